SELECT model, version, stage
FROM (
  SELECT model, version, stage,
         ROW_NUMBER() OVER (PARTITION BY model ORDER BY registered_at DESC, version DESC) AS rn
  FROM model_versions
)
WHERE rn = 1
