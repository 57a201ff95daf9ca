-- Flags values computed exactly at prediction time.
SELECT f.feature, COUNT(DISTINCT f.example_id) AS leaking_examples
FROM feature_values f JOIN examples e ON e.example_id = f.example_id
WHERE f.computed_at >= e.predict_at GROUP BY f.feature
