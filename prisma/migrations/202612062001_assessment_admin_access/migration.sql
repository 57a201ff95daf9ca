-- Admins may see and manage every assessment, its invites and its results (the issue:
-- "only the owner (and admins)"). OR IGNORE: a parallel branch may insert the same rows.
INSERT OR IGNORE INTO "Permission" ("id", "action", "entity", "access", "description") VALUES
  ('perm_create_assessment_any', 'create', 'assessment', 'any', 'build assessments'),
  ('perm_read_assessment_any', 'read', 'assessment', 'any', 'see every assessment and its results'),
  ('perm_update_assessment_any', 'update', 'assessment', 'any', 'edit any assessment'),
  ('perm_delete_assessment_any', 'delete', 'assessment', 'any', 'archive any assessment'),
  ('perm_create_invite_any', 'create', 'invite', 'any', 'invite candidates to any assessment');

INSERT OR IGNORE INTO "_PermissionToRole" ("A", "B") VALUES
  ('perm_create_assessment_any', 'role_admin'),
  ('perm_read_assessment_any', 'role_admin'),
  ('perm_update_assessment_any', 'role_admin'),
  ('perm_delete_assessment_any', 'role_admin'),
  ('perm_create_invite_any', 'role_admin');
