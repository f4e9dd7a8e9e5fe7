-- People and access: persons (the staff an institution trains), their
-- placement history, accounts, role grants, sessions and invitations.

-- A member of an institution's staff. `staff_number` is unique within the
-- institution; `email` (lower-cased) is unique in the deployment, so a
-- person can sign in with either. Dates are ISO `YYYY-MM-DD` text.
CREATE TABLE persons (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    institution_id  BIGINT  NOT NULL REFERENCES institutions (id),
    staff_number    TEXT    NOT NULL,
    given_name      TEXT    NOT NULL,
    family_name     TEXT    NOT NULL,
    email           TEXT,
    cadre_id        BIGINT  NOT NULL REFERENCES cadres (id),
    unit_id         BIGINT  NOT NULL REFERENCES units (id),
    hire_date       TEXT    NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('active', 'left')),
    left_on         TEXT,
    created_at      BIGINT  NOT NULL,
    updated_at      BIGINT  NOT NULL,
    UNIQUE (institution_id, staff_number)
);
CREATE UNIQUE INDEX persons_by_email ON persons (email) WHERE email IS NOT NULL;
CREATE INDEX persons_by_unit ON persons (unit_id);

-- Where a person was, when: one row per period with the same unit, cadre
-- and status. A move, a change of cadre or a departure closes the open row
-- (valid_to) and opens a new one, so coverage can be computed for any date.
CREATE TABLE person_placements (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id    BIGINT  NOT NULL REFERENCES persons (id),
    unit_id      BIGINT  NOT NULL REFERENCES units (id),
    cadre_id     BIGINT  NOT NULL REFERENCES cadres (id),
    status       TEXT    NOT NULL CHECK (status IN ('active', 'left')),
    valid_from   TEXT    NOT NULL,
    valid_to     TEXT,
    recorded_at  BIGINT  NOT NULL
);
CREATE INDEX person_placements_by_person ON person_placements (person_id, valid_from);

-- The sign-in of a person. `password_hash` (argon2id, PHC string) is NULL
-- until the person activates the account with an invitation.
CREATE TABLE accounts (
    id                   BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id            BIGINT  NOT NULL UNIQUE REFERENCES persons (id),
    password_hash        TEXT,
    failed_attempts      BIGINT  NOT NULL DEFAULT 0,
    locked_until         BIGINT,
    disabled_at          BIGINT,
    password_changed_at  BIGINT,
    created_at           BIGINT  NOT NULL
);

-- A role granted on a unit's subtree, or on the whole deployment when
-- unit_id is NULL (deployment administrators only). Revoked, not deleted.
CREATE TABLE role_grants (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id),
    role        TEXT    NOT NULL CHECK (role IN ('author', 'reviewer', 'hr', 'admin')),
    unit_id     BIGINT  REFERENCES units (id),
    granted_by  TEXT    NOT NULL,
    granted_at  BIGINT  NOT NULL,
    revoked_at  BIGINT
);
CREATE INDEX role_grants_by_account ON role_grants (account_id);

-- A signed-in browser. The cookie holds a random token; only its SHA-256
-- is stored, so a copy of the database opens no session. Ends at
-- expires_at (absolute) or after the idle time since last_seen_at.
CREATE TABLE sessions (
    id_hash       TEXT    PRIMARY KEY,
    account_id    BIGINT  NOT NULL REFERENCES accounts (id),
    csrf_token    TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    last_seen_at  BIGINT  NOT NULL,
    expires_at    BIGINT  NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- A one-time link that activates an account or resets its password. Only
-- the token's SHA-256 is stored; used_at makes it single-use.
CREATE TABLE invitations (
    token_hash  TEXT    PRIMARY KEY,
    account_id  BIGINT  NOT NULL REFERENCES accounts (id),
    purpose     TEXT    NOT NULL CHECK (purpose IN ('activate', 'reset')),
    created_by  TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    used_at     BIGINT
);
CREATE INDEX invitations_by_account ON invitations (account_id);
