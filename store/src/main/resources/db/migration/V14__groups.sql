-- Security groups of a directory, with their members and owners. A member is a user, a service
-- principal or another group (member_type); nested membership is read with a recursive query.
CREATE TABLE directory_groups (
    id                UUID          NOT NULL PRIMARY KEY,
    directory_id      UUID          NOT NULL,
    display_name      VARCHAR(256)  NOT NULL,
    display_name_key  VARCHAR(256)  NOT NULL,
    mail_nickname     VARCHAR(64)   NOT NULL,
    mail_nickname_key VARCHAR(64)   NOT NULL,
    description       VARCHAR(1024),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_directory_groups_name ON directory_groups (directory_id, display_name_key, id);
CREATE INDEX ix_directory_groups_alias ON directory_groups (directory_id, mail_nickname_key);

CREATE TABLE group_members (
    directory_id UUID        NOT NULL,
    group_id     UUID        NOT NULL,
    member_id    UUID        NOT NULL,
    member_type  VARCHAR(20) NOT NULL,
    CONSTRAINT pk_group_members PRIMARY KEY (group_id, member_id)
);
CREATE INDEX ix_group_members_member ON group_members (directory_id, member_id);

CREATE TABLE group_owners (
    directory_id UUID        NOT NULL,
    group_id     UUID        NOT NULL,
    owner_id     UUID        NOT NULL,
    owner_type   VARCHAR(20) NOT NULL,
    CONSTRAINT pk_group_owners PRIMARY KEY (group_id, owner_id)
);
CREATE INDEX ix_group_owners_owner ON group_owners (directory_id, owner_id);
