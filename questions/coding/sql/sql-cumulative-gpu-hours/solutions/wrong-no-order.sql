-- Without ORDER BY in the window every row gets the team total.
SELECT team, day, gpu_hours, SUM(gpu_hours) OVER (PARTITION BY team) AS cumulative_hours
FROM usage ORDER BY team, day
