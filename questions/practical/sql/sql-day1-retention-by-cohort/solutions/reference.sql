SELECT s.signup_day, COUNT(*) AS cohort_size,
       AVG(CASE WHEN EXISTS (SELECT 1 FROM activity a WHERE a.user_id = s.user_id AND a.day = s.signup_day + 1) THEN 1.0 ELSE 0.0 END) AS day1_retention
FROM signups s
GROUP BY s.signup_day
