-- Takes the lower middle value for an even count.
SELECT model, latency_ms AS median_ms FROM (
  SELECT model, latency_ms, ROW_NUMBER() OVER (PARTITION BY model ORDER BY latency_ms) AS rn, COUNT(*) OVER (PARTITION BY model) AS n
  FROM requests WHERE latency_ms IS NOT NULL
) WHERE rn = (n + 1) / 2
