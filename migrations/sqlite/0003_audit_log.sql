-- The audit log: one entry per change to institutions, units, cadres,
-- persons, roles, accounts and roster imports. Append-only (the triggers
-- refuse UPDATE and DELETE) and hash-chained: each entry's hash covers its
-- fields and the previous entry's hash, so `tutela audit verify` finds an
-- entry altered or removed even by someone who bypassed the triggers.
-- Entries are numbered 1, 2, 3... without gaps; `audit_state` holds the
-- last number and hash, so removing entries from the end is found too.
CREATE TABLE audit_log (
    seq             BIGINT  PRIMARY KEY,
    at              BIGINT  NOT NULL,
    actor           TEXT    NOT NULL,
    institution_id  BIGINT,
    action          TEXT    NOT NULL,
    record_type     TEXT    NOT NULL,
    record_id       TEXT    NOT NULL,
    changes         TEXT    NOT NULL,
    prev_hash       TEXT    NOT NULL,
    hash            TEXT    NOT NULL
);
CREATE INDEX audit_log_institution ON audit_log (institution_id, seq);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE audit_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq    BIGINT  NOT NULL,
    last_hash   TEXT    NOT NULL
);
INSERT INTO audit_state (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
