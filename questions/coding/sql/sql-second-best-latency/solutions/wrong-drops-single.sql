-- Leaves out endpoints with a single distinct value instead of NULL.
SELECT endpoint, MIN(p50_ms) AS second_ms FROM latencies l
WHERE p50_ms > (SELECT MIN(p50_ms) FROM latencies WHERE endpoint = l.endpoint)
GROUP BY endpoint
