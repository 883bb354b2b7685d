-- Premium persistent volumes, retained volumes, and images of the user's own choosing (issue #5).
-- Runs on H2 (default) and PostgreSQL (production); keep to the SQL both understand.

-- A volume belongs to the member whose app it was made for. installation_id is the app it is attached to;
-- null while it is retained (its app was deleted and its data kept). Attached and retained volumes both count
-- against the owner's storage allocation.
CREATE TABLE volume (
    id               UUID          NOT NULL PRIMARY KEY,
    team_id          UUID          NOT NULL REFERENCES team (id),
    owner_id         UUID          NOT NULL REFERENCES user_account (id),
    installation_id  UUID          REFERENCES installation (id),
    claim_name       VARCHAR(63)   NOT NULL,
    volume_type      VARCHAR(40)   NOT NULL,
    storage_class    VARCHAR(253)  NOT NULL,
    size_gib         INTEGER       NOT NULL,
    app_name         VARCHAR(40)   NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    retained_since   TIMESTAMP WITH TIME ZONE,
    version          BIGINT        NOT NULL,
    CONSTRAINT volume_claim_per_team UNIQUE (team_id, claim_name),
    CONSTRAINT volume_per_installation UNIQUE (installation_id)
);
CREATE INDEX volume_owner ON volume (owner_id);

-- Where the app mounts its persistent volume; null for apps without one (they use the catalog entry's path)
ALTER TABLE installation ADD COLUMN mount_path VARCHAR(255);

-- Registry credentials of an image of the user's own, JSON encrypted like env_sealed; null when none
ALTER TABLE installation ADD COLUMN pull_sealed VARCHAR(10000);

-- Own images: a registry host and a path of up to 255 characters; a tag of up to 128 and/or a digest
ALTER TABLE installation ALTER COLUMN image SET DATA TYPE VARCHAR(512);
ALTER TABLE installation ALTER COLUMN tag SET DATA TYPE VARCHAR(200);
