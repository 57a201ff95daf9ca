-- NOT IN returns nothing once the subquery contains a NULL.
SELECT user_id FROM users WHERE user_id NOT IN (SELECT user_id FROM labels)
