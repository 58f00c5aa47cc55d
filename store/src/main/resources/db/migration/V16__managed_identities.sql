-- Managed identities (issue 11, part 3).
-- The client id tokens of an identity carry as appid; identities stored before have none and
-- get one derived from their principal id (Resource.ManagedIdentity), so the column stays nullable.
ALTER TABLE resources ADD COLUMN mi_client UUID;
-- The token endpoint and R25 find an identity by its principal or client id.
CREATE INDEX ix_resources_mi_principal ON resources (mi_principal);
CREATE INDEX ix_resources_mi_client ON resources (mi_client);

-- Tags of resources, as resource_group_tags are for groups; they go with their resource.
CREATE TABLE resource_tags (
    id_key          VARCHAR(2048) NOT NULL,
    name            VARCHAR(512)  NOT NULL,
    tag_value       VARCHAR(256)  NOT NULL,
    CONSTRAINT pk_resource_tags PRIMARY KEY (id_key, name),
    CONSTRAINT fk_resource_tags_resource FOREIGN KEY (id_key) REFERENCES resources (id_key) ON DELETE CASCADE
);

-- The managed-identity token endpoint's grants: the SHA-256 of a secret (the IDENTITY_HEADER a
-- hosting environment is given; never stored itself) and the principal ids of the identities it may
-- ask tokens for, one a line, the first the default.
CREATE TABLE identity_endpoint_grants (
    secret_hash     VARCHAR(64)   NOT NULL PRIMARY KEY,
    principals      VARCHAR(4000) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
