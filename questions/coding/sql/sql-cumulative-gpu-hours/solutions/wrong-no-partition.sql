-- The running total crosses teams.
SELECT team, day, gpu_hours, SUM(gpu_hours) OVER (ORDER BY team, day) AS cumulative_hours
FROM usage ORDER BY team, day
