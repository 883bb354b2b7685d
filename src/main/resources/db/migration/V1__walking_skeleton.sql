-- Runs on H2 (default) and PostgreSQL (production); keep to the SQL both understand.

CREATE TABLE user_account (
    id              UUID         NOT NULL PRIMARY KEY,
    username        VARCHAR(40)  NOT NULL UNIQUE,
    password_hash   VARCHAR(200) NOT NULL,
    platform_admin  BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE plan (
    id              UUID          NOT NULL PRIMARY KEY,
    name            VARCHAR(40)   NOT NULL UNIQUE,
    cpu_millis      INTEGER       NOT NULL,
    memory_mib      INTEGER       NOT NULL,
    storage_gib     INTEGER       NOT NULL,
    max_apps        INTEGER       NOT NULL,
    monthly_price   NUMERIC(10,2) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE team (
    id              UUID         NOT NULL PRIMARY KEY,
    name            VARCHAR(63)  NOT NULL,
    slug            VARCHAR(22)  NOT NULL UNIQUE,
    plan_id         UUID         NOT NULL REFERENCES plan (id),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);

CREATE TABLE membership (
    id              UUID         NOT NULL PRIMARY KEY,
    team_id         UUID         NOT NULL REFERENCES team (id),
    user_id         UUID         NOT NULL UNIQUE REFERENCES user_account (id),
    role            VARCHAR(20)  NOT NULL,
    cpu_millis      INTEGER      NOT NULL,
    memory_mib      INTEGER      NOT NULL,
    storage_gib     INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX membership_team ON membership (team_id);

CREATE TABLE catalog_entry (
    id                VARCHAR(40)   NOT NULL PRIMARY KEY,
    name              VARCHAR(60)   NOT NULL,
    description       VARCHAR(300)  NOT NULL,
    category          VARCHAR(40)   NOT NULL,
    image             VARCHAR(255)  NOT NULL,
    port              INTEGER       NOT NULL,
    protocol          VARCHAR(4)    NOT NULL,
    data_mount_path   VARCHAR(255),
    health_path       VARCHAR(255),
    docs_url          VARCHAR(255)  NOT NULL,
    logo              VARCHAR(255)  NOT NULL,
    run_as_user       INTEGER,
    relative_command  BOOLEAN       NOT NULL,
    hidden            BOOLEAN       NOT NULL,
    position          INTEGER       NOT NULL
);

CREATE TABLE catalog_tag (
    entry_id   VARCHAR(40)  NOT NULL REFERENCES catalog_entry (id),
    position   INTEGER      NOT NULL,
    tag        VARCHAR(128) NOT NULL,
    PRIMARY KEY (entry_id, position)
);

CREATE TABLE catalog_env_hint (
    entry_id      VARCHAR(40)  NOT NULL REFERENCES catalog_entry (id),
    position      INTEGER      NOT NULL,
    name          VARCHAR(100) NOT NULL,
    description   VARCHAR(300) NOT NULL,
    example       VARCHAR(200),
    PRIMARY KEY (entry_id, position)
);

CREATE TABLE installation (
    id                UUID          NOT NULL PRIMARY KEY,
    team_id           UUID          NOT NULL REFERENCES team (id),
    owner_id          UUID          NOT NULL REFERENCES user_account (id),
    catalog_entry_id  VARCHAR(40),
    name              VARCHAR(40)   NOT NULL,
    image             VARCHAR(255)  NOT NULL,
    tag               VARCHAR(128)  NOT NULL,
    percent           INTEGER       NOT NULL,
    protocol          VARCHAR(4)    NOT NULL,
    port              INTEGER       NOT NULL,
    working_dir       VARCHAR(255),
    access            VARCHAR(10)   NOT NULL,
    persistence       VARCHAR(20)   NOT NULL,
    env_sealed        VARCHAR(100000),
    status            VARCHAR(30)   NOT NULL,
    status_reason     VARCHAR(500),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT        NOT NULL,
    CONSTRAINT installation_name_per_team UNIQUE (team_id, name)
);
CREATE INDEX installation_owner ON installation (owner_id);

-- Spring Modulith's JPA event publication registry (the outbox of the install hand-off)
CREATE TABLE event_publication (
    id                      UUID          NOT NULL PRIMARY KEY,
    listener_id             VARCHAR(512)  NOT NULL,
    event_type              VARCHAR(512)  NOT NULL,
    serialized_event        VARCHAR(10000) NOT NULL,
    publication_date        TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date         TIMESTAMP WITH TIME ZONE,
    status                  VARCHAR(20),
    completion_attempts     INTEGER,
    last_resubmission_date  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_incomplete ON event_publication (completion_date);
