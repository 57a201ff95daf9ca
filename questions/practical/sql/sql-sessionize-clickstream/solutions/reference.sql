SELECT user_id, SUM(CASE WHEN prev IS NULL OR ts - prev > 1800 THEN 1 ELSE 0 END) AS sessions
FROM (SELECT user_id, ts, LAG(ts) OVER (PARTITION BY user_id ORDER BY ts) AS prev FROM clicks)
GROUP BY user_id
