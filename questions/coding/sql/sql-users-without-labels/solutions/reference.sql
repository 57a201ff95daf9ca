SELECT u.user_id FROM users u
WHERE NOT EXISTS (SELECT 1 FROM labels l WHERE l.user_id = u.user_id)
