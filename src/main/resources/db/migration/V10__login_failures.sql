-- Failed logins counted per account and per client address, shared by every replica and kept across restarts, so
-- that the throttle's limits hold however a guesser's requests are spread (see DECISIONS.md). Rows a quarter of an
-- hour old no longer count and are deleted by a periodic clean-up.
CREATE TABLE login_failure (
    kind         VARCHAR(8)               NOT NULL,
    subject      VARCHAR(64)              NOT NULL,
    failures     INTEGER                  NOT NULL,
    last_failure TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (kind, subject)
);

CREATE INDEX login_failure_last ON login_failure (last_failure);
