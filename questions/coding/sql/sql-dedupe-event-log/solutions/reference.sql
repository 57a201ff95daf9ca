SELECT event_id, user_id, kind, received_at
FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY event_id ORDER BY received_at) AS rn
  FROM events
)
WHERE rn = 1
