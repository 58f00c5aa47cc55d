-- Server-side sessions (any node serves any request) and failed sign-ins for throttling.
CREATE TABLE sessions (
    id            VARCHAR(64)  PRIMARY KEY,  -- SHA-256 of the cookie's secret, hex; never the secret itself
    person        VARCHAR(120) NOT NULL,
    directory_id  UUID,
    principal_id  UUID,
    email         VARCHAR(320),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

CREATE TABLE sign_in_failures (
    throttle_key  VARCHAR(400) PRIMARY KEY,  -- "name:<lower-case name>" or "address:<client address>"
    failures      INT          NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL
);
