-- Integer division: the rate rounds down to 0.
SELECT a.arm, COUNT(*) AS users,
       SUM(CASE WHEN EXISTS (SELECT 1 FROM conversions c WHERE c.user_id = a.user_id) THEN 1 ELSE 0 END) AS converters,
       SUM(CASE WHEN EXISTS (SELECT 1 FROM conversions c WHERE c.user_id = a.user_id) THEN 1 ELSE 0 END) / COUNT(*) AS rate
FROM assignments a GROUP BY a.arm
