-- DENSE_RANK returns every tied item.
SELECT category, item, clicks FROM (
  SELECT category, item, clicks, DENSE_RANK() OVER (PARTITION BY category ORDER BY clicks DESC) AS r FROM items
) WHERE r <= 2
