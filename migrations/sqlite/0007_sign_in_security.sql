-- Sign-in limits that a stranger cannot turn against a colleague, and the
-- security log.

-- Failed sign-ins counted per subject and client address. The subject is
-- 'login:SHA256' of the login as the lookup reads it, whether or not it
-- names an account (so an unknown login is paused exactly like a known one
-- and the pause tells nothing); account_id is the account it named, for
-- the person's page and for unlocking. After a few failures the address waits before trying again,
-- longer each time; at the limit the account is locked against that
-- address only (locked_until). Rows are forgotten a day after the last
-- failure, on success from that address, or when an administrator unlocks.
CREATE TABLE sign_in_failures (
    subject         TEXT    NOT NULL,
    address         TEXT    NOT NULL,
    account_id      BIGINT  REFERENCES accounts (id),
    failures        BIGINT  NOT NULL,
    last_failed_at  BIGINT  NOT NULL,
    locked_until    BIGINT,
    PRIMARY KEY (subject, address)
);
CREATE INDEX sign_in_failures_by_account ON sign_in_failures (account_id);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (last_failed_at);

-- The security log: every sign-in attempt, its client address and what
-- became of it. Never the password, nor the login typed for an unknown
-- account (it may be a password typed in the wrong field). Kept for a
-- retention period (90 days by default), then deleted.
CREATE TABLE sign_in_events (
    id              INTEGER PRIMARY KEY,
    at              BIGINT  NOT NULL,
    account_id      BIGINT  REFERENCES accounts (id),
    institution_id  BIGINT  REFERENCES institutions (id),
    address         TEXT    NOT NULL,
    outcome         TEXT    NOT NULL
);
CREATE INDEX sign_in_events_by_time ON sign_in_events (at);
CREATE INDEX sign_in_events_by_account ON sign_in_events (account_id, id);
