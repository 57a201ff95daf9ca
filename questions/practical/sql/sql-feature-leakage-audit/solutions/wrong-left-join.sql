-- Counts feature rows of unknown examples as leaks (NULL predict_at).
SELECT f.feature, COUNT(DISTINCT f.example_id) AS leaking_examples
FROM feature_values f LEFT JOIN examples e ON e.example_id = f.example_id
WHERE e.predict_at IS NULL OR f.computed_at > e.predict_at GROUP BY f.feature
