-- Ranks the run without a metric too.
SELECT DENSE_RANK() OVER (ORDER BY val_accuracy DESC) AS rank, run_id, val_accuracy
FROM runs ORDER BY rank, run_id
