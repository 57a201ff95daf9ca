-- ROW_NUMBER on raw rows returns the minimum again when it repeats.
SELECT e.endpoint, r.p50_ms AS second_ms
FROM (SELECT DISTINCT endpoint FROM latencies) e
LEFT JOIN (SELECT endpoint, p50_ms, ROW_NUMBER() OVER (PARTITION BY endpoint ORDER BY p50_ms) AS rn
           FROM latencies WHERE p50_ms IS NOT NULL) r
  ON r.endpoint = e.endpoint AND r.rn = 2
