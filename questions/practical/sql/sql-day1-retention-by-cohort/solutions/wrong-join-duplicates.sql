-- Duplicate activity rows inflate both the cohort and the returners.
SELECT s.signup_day, COUNT(*) AS cohort_size, 1.0 * COUNT(a.user_id) / COUNT(*) AS day1_retention
FROM signups s LEFT JOIN activity a ON a.user_id = s.user_id AND a.day = s.signup_day + 1
GROUP BY s.signup_day
