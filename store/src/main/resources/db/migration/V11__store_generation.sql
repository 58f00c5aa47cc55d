-- The store's generation (moved on at every start and stop of the server, with a copy kept in the
-- data directory): a database older than the last run is noticed at start and refused.
CREATE TABLE store_generation (
    id          INT    PRIMARY KEY,
    generation  BIGINT NOT NULL
);
