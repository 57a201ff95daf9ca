-- Admins may see every assessment's results and extend a running attempt (support
-- cases: the owner is away, a candidate needs more time). OR IGNORE: another branch
-- may insert the same permission rows.
INSERT OR IGNORE INTO "Permission" ("id", "action", "entity", "access", "description") VALUES
  ('perm_read_assessment_any', 'read', 'assessment', 'any', 'see every assessment and its results'),
  ('perm_update_assessment_any', 'update', 'assessment', 'any', 'change any assessment, e.g. extend a running attempt');

INSERT OR IGNORE INTO "_PermissionToRole" ("A", "B")
  SELECT "id", 'role_admin' FROM "Permission"
  WHERE ("action", "entity", "access") IN (VALUES ('read', 'assessment', 'any'), ('update', 'assessment', 'any'));
