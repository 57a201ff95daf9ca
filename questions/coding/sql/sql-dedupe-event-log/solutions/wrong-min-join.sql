-- Joining back on MIN(received_at) keeps both copies when they tie.
SELECT e.event_id, e.user_id, e.kind, e.received_at
FROM events e
JOIN (SELECT event_id, MIN(received_at) AS first_at FROM events GROUP BY event_id) f
  ON f.event_id = e.event_id AND f.first_at = e.received_at
