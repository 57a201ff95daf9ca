-- DISTINCT keeps retries whose received_at differs.
SELECT DISTINCT event_id, user_id, kind, received_at FROM events
