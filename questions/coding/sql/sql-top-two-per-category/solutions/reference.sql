SELECT category, item, clicks FROM (
  SELECT category, item, clicks, ROW_NUMBER() OVER (PARTITION BY category ORDER BY clicks DESC, item) AS rn FROM items
) WHERE rn <= 2
