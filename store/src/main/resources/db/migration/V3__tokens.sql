-- The identity platform's state: signing keys per directory, and refresh tokens, authorization
-- codes and device codes stored only as SHA-256 hashes of their values. Callers are kept as
-- sessions keep them (person key, directory, principal, email). No foreign keys to directories:
-- personal accounts outside any directory sign through a fixed pseudo-directory.
CREATE TABLE signing_keys (
    key_id        VARCHAR(64)   PRIMARY KEY,
    directory_id  UUID          NOT NULL,
    public_jwk    VARCHAR(4000) NOT NULL,
    private_jwk   VARCHAR(8000) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after     TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX signing_keys_directory ON signing_keys (directory_id);

CREATE TABLE refresh_tokens (
    token_hash    VARCHAR(64)   PRIMARY KEY,
    person        VARCHAR(120)  NOT NULL,
    directory_id  UUID,
    principal_id  UUID,
    email         VARCHAR(320),
    client_id     UUID          NOT NULL,
    scopes        VARCHAR(4000) NOT NULL,
    issued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX refresh_tokens_expiry ON refresh_tokens (expires_at);

CREATE TABLE authorization_codes (
    code_hash       VARCHAR(64)   PRIMARY KEY,
    person          VARCHAR(120)  NOT NULL,
    directory_id    UUID,
    principal_id    UUID,
    email           VARCHAR(320),
    client_id       UUID          NOT NULL,
    redirect_uri    VARCHAR(2000) NOT NULL,
    code_challenge  VARCHAR(128),
    nonce           VARCHAR(512),
    scopes          VARCHAR(4000) NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX authorization_codes_expiry ON authorization_codes (expires_at);

CREATE TABLE device_codes (
    device_code_hash  VARCHAR(64)   PRIMARY KEY,
    user_code         VARCHAR(16)   NOT NULL UNIQUE,  -- upper case
    client_id         UUID          NOT NULL,
    tenant            VARCHAR(300)  NOT NULL,
    scopes            VARCHAR(4000) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    interval_seconds  INT           NOT NULL,
    state             VARCHAR(16)   NOT NULL,
    person            VARCHAR(120),
    directory_id      UUID,
    principal_id      UUID,
    email             VARCHAR(320)
);
CREATE INDEX device_codes_expiry ON device_codes (expires_at);
