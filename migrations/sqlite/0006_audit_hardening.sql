-- Hardening the audit log.
--
-- `keyed`: 1 when the entry's hash is HMAC-SHA-256 under the deployment's
-- audit key (TUTELA_AUDIT_KEY), 0 when it is plain SHA-256 (every entry
-- written before this migration). `tutela audit verify` checks each entry
-- with its own scheme, and from the first keyed entry on requires every
-- entry to be keyed, so a rewrite with plain hashes is found.
ALTER TABLE audit_log ADD COLUMN keyed BIGINT NOT NULL DEFAULT 0 CHECK (keyed IN (0, 1));

-- `audit_state` holds one row, whose entry count only grows: entries cut
-- from the end cannot be hidden by lowering it, nor by deleting or
-- replacing the row (INSERT OR REPLACE deletes without firing DELETE
-- triggers, hence the INSERT trigger). Someone who owns the file can still
-- drop these triggers: a checkpoint kept outside the database
-- (`tutela audit head`) finds what they then do.
CREATE TRIGGER audit_state_never_decreases BEFORE UPDATE OF last_seq ON audit_state
WHEN NEW.last_seq < OLD.last_seq
BEGIN SELECT RAISE(ABORT, 'the audit log''s entry count never decreases'); END;
CREATE TRIGGER audit_state_no_delete BEFORE DELETE ON audit_state
BEGIN SELECT RAISE(ABORT, 'the audit log''s state cannot be removed or replaced'); END;
CREATE TRIGGER audit_state_no_insert BEFORE INSERT ON audit_state
BEGIN SELECT RAISE(ABORT, 'the audit log''s state cannot be removed or replaced'); END;
