-- Assumes the highest version number is the latest registered.
SELECT m.model, m.version, m.stage
FROM model_versions m
WHERE m.version = (SELECT MAX(version) FROM model_versions WHERE model = m.model)
