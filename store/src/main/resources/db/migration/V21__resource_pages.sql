-- Resources are listed a page at a time (ARM's resource lists, the portal's resource group page),
-- selected in the database by what the caller may read: by type (the access decision is made per
-- type: <type>/read), by group and by id, in id order. A resource's lower-case type (its
-- namespace and type segments, without the names) and name are kept as columns for it; existing
-- rows get them from their lower-case id (REGEXP_REPLACE with a back reference and the 'g' flag,
-- as PostgreSQL and H2 in PostgreSQL mode both take it).
ALTER TABLE resources ADD COLUMN type_key VARCHAR(2048);
ALTER TABLE resources ADD COLUMN name_key VARCHAR(260);
UPDATE resources SET
    type_key = REGEXP_REPLACE(
        REGEXP_REPLACE(id_key, '^/subscriptions/[^/]+/resourcegroups/[^/]+/providers/', ''),
        '/([^/]*)/[^/]*', '/\1', 'g'),
    name_key = REGEXP_REPLACE(id_key, '^.*/', '');
ALTER TABLE resources ALTER COLUMN type_key SET NOT NULL;
ALTER TABLE resources ALTER COLUMN name_key SET NOT NULL;
-- a subscription's resources and a group's in id order; their distinct types
DROP INDEX ix_resources_group;
CREATE INDEX ix_resources_group ON resources (subscription_id, group_key, id_key);
CREATE INDEX ix_resources_subscription ON resources (subscription_id, id_key);
CREATE INDEX ix_resources_type ON resources (subscription_id, type_key);
