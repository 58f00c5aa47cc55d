-- Refresh tokens rotated from one sign-in (or one authorization code) form a family: presenting a
-- used one again revokes them all (OAuth 2.0 Security BCP). Tokens issued before are their own family.
ALTER TABLE refresh_tokens ADD COLUMN family VARCHAR(80);
UPDATE refresh_tokens SET family = token_hash;
ALTER TABLE refresh_tokens ALTER COLUMN family SET NOT NULL;
CREATE INDEX refresh_tokens_family ON refresh_tokens (family);
