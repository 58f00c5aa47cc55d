-- A directory user keeps its alias (Graph's mailNickname) and whether it may sign in (accountEnabled).
-- Users stored before have NULL as alias, read as the default (the user principal name up to the '@'),
-- and are enabled.
ALTER TABLE directory_users ADD COLUMN mail_nickname VARCHAR(64);
ALTER TABLE directory_users ADD COLUMN account_enabled BOOLEAN NOT NULL DEFAULT TRUE;
