SELECT model, AVG(latency_ms) AS median_ms FROM (
  SELECT model, latency_ms,
         ROW_NUMBER() OVER (PARTITION BY model ORDER BY latency_ms) AS rn,
         COUNT(*) OVER (PARTITION BY model) AS n
  FROM requests WHERE latency_ms IS NOT NULL
)
WHERE rn IN ((n + 1) / 2, (n + 2) / 2)
GROUP BY model
