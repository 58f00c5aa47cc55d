-- Applications are listed a page at a time by display name whatever its case (Graph's
-- /applications and /servicePrincipals, the portal's App registrations): a lower-case key and an
-- index that serves that order within a directory.
ALTER TABLE app_registrations ADD COLUMN display_name_key VARCHAR(256);
UPDATE app_registrations SET display_name_key = LOWER(display_name);
ALTER TABLE app_registrations ALTER COLUMN display_name_key SET NOT NULL;
CREATE INDEX ix_app_registrations_name ON app_registrations (directory_id, display_name_key, client_id);
