-- Smart lockout: failure counts restart with their window (so they decay), a key remembers how
-- often and until when it was locked, and browsers that signed a name in before are familiar.
ALTER TABLE sign_in_failures ADD COLUMN window_start TIMESTAMP WITH TIME ZONE;
UPDATE sign_in_failures SET window_start = last_failure;
ALTER TABLE sign_in_failures ALTER COLUMN window_start SET NOT NULL;
ALTER TABLE sign_in_failures ADD COLUMN lockouts INT DEFAULT 0 NOT NULL;
ALTER TABLE sign_in_failures ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
CREATE INDEX sign_in_failures_last ON sign_in_failures (last_failure);

CREATE TABLE familiar_devices (
    device_hash    VARCHAR(64)  NOT NULL,  -- SHA-256 of the device cookie, hex; never the cookie itself
    name_key       VARCHAR(400) NOT NULL,
    remembered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (device_hash, name_key)
);
