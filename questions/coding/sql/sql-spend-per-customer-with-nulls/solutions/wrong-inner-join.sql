-- An inner join drops customers without orders.
SELECT c.customer_id, c.name, SUM(o.amount) AS total_spend
FROM customers c JOIN orders o ON o.customer_id = c.customer_id
GROUP BY c.customer_id, c.name
