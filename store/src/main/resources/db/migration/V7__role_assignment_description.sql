-- A role assignment keeps the optional description its assigner gave (ARM's properties.description,
-- at most 2,048 characters); NULL when none was given, as for every assignment made before.
ALTER TABLE role_assignments ADD COLUMN description VARCHAR(2048);
