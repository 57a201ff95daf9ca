-- Counts unlabelled examples as a class of their own.
SELECT split, label, COUNT(*) AS n, 1.0 * COUNT(*) / SUM(COUNT(*)) OVER (PARTITION BY split) AS share
FROM examples GROUP BY split, label
