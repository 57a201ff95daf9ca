SELECT split, label, COUNT(*) AS n, 1.0 * COUNT(*) / SUM(COUNT(*)) OVER (PARTITION BY split) AS share
FROM examples
WHERE label IS NOT NULL
GROUP BY split, label
