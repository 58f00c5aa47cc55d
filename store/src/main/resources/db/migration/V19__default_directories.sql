-- Each person's default directory (R31): where its sign-ins land unless the client names one.
-- A person is a Microsoft account or a work account's home identity, by its identity key.
CREATE TABLE default_directories (
    person_key      VARCHAR(200) NOT NULL,
    directory_id    UUID         NOT NULL,
    CONSTRAINT pk_default_directories PRIMARY KEY (person_key)
);
