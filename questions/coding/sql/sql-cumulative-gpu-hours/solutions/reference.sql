SELECT team, day, gpu_hours, SUM(gpu_hours) OVER (PARTITION BY team ORDER BY day) AS cumulative_hours
FROM usage
ORDER BY team, day
