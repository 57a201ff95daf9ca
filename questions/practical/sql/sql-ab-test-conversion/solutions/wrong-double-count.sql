-- Joining raw conversions counts a repeat converter twice.
SELECT a.arm, COUNT(*) AS users, COUNT(c.user_id) AS converters, 1.0 * COUNT(c.user_id) / COUNT(*) AS rate
FROM assignments a LEFT JOIN conversions c ON c.user_id = a.user_id
GROUP BY a.arm
