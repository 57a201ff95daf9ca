-- Divides by all labelled examples, not those of the split.
SELECT split, label, COUNT(*) AS n, 1.0 * COUNT(*) / SUM(COUNT(*)) OVER () AS share
FROM examples WHERE label IS NOT NULL GROUP BY split, label
