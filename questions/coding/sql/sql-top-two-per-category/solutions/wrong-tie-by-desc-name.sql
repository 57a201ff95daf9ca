-- Breaks ties by name in reverse order.
SELECT category, item, clicks FROM (
  SELECT category, item, clicks, ROW_NUMBER() OVER (PARTITION BY category ORDER BY clicks DESC, item DESC) AS rn FROM items
) WHERE rn <= 2
