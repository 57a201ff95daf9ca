-- COUNT(*) counts the unmatched NULL row as one purchase.
SELECT u.user_id, COUNT(*) AS purchases_7d, COALESCE(SUM(p.amount), 0) AS spend_7d
FROM users u LEFT JOIN purchases p ON p.user_id = u.user_id AND p.day BETWEEN 93 AND 99
GROUP BY u.user_id
