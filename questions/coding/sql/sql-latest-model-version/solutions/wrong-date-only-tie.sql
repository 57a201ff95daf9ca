-- Ignores same-day ties: both versions registered that day come back.
SELECT m.model, m.version, m.stage
FROM model_versions m
WHERE m.registered_at = (SELECT MAX(registered_at) FROM model_versions WHERE model = m.model)
