-- User-assigned identities attached to a resource (ARM's identity.userAssignedIdentities), by
-- their resource ids in the order the request gave them; they go with their resource. An attached
-- identity that is deleted later stays named here, as ARM keeps naming it.
CREATE TABLE resource_user_identities (
    id_key          VARCHAR(2048) NOT NULL,
    seq             INTEGER       NOT NULL,
    identity_id     VARCHAR(2048) NOT NULL,
    CONSTRAINT pk_resource_user_identities PRIMARY KEY (id_key, seq),
    CONSTRAINT fk_resource_user_identities_resource FOREIGN KEY (id_key) REFERENCES resources (id_key) ON DELETE CASCADE
);
