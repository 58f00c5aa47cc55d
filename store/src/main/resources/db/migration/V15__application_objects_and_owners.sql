-- Graph's application object: an object id of its own (distinct from the client id and from the
-- service principal's), an optional service principal (Graph's POST /applications makes none), and
-- owners. Rows stored earlier keep working: their object id becomes their client id, their service
-- principal stays.
ALTER TABLE app_registrations ADD COLUMN object_id UUID;
UPDATE app_registrations SET object_id = client_id;
ALTER TABLE app_registrations ALTER COLUMN object_id SET NOT NULL;
ALTER TABLE app_registrations ALTER COLUMN service_principal DROP NOT NULL;
CREATE UNIQUE INDEX ux_app_registrations_object ON app_registrations (object_id);
-- moves with every update of an app, so that a node keeping a registration in memory sees another
-- node's change (a secret removed) with one primary-key read
ALTER TABLE app_registrations ADD COLUMN version BIGINT NOT NULL DEFAULT 0;

CREATE TABLE app_owners (
    client_id UUID NOT NULL REFERENCES app_registrations (client_id) ON DELETE CASCADE,
    pos       INT  NOT NULL,
    owner_id  UUID NOT NULL,
    CONSTRAINT pk_app_owners PRIMARY KEY (client_id, pos)
);
