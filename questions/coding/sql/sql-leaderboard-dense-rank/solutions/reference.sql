SELECT DENSE_RANK() OVER (ORDER BY val_accuracy DESC) AS rank, run_id, val_accuracy
FROM runs
WHERE val_accuracy IS NOT NULL
ORDER BY rank, run_id
