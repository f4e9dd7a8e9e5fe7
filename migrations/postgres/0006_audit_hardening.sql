-- Hardening the audit log.
--
-- `keyed`: 1 when the entry's hash is HMAC-SHA-256 under the deployment's
-- audit key (TUTELA_AUDIT_KEY), 0 when it is plain SHA-256 (every entry
-- written before this migration). `tutela audit verify` checks each entry
-- with its own scheme, and from the first keyed entry on requires every
-- entry to be keyed, so a rewrite with plain hashes is found.
ALTER TABLE audit_log ADD COLUMN keyed BIGINT NOT NULL DEFAULT 0 CHECK (keyed IN (0, 1));

-- TRUNCATE fires no row triggers: refuse it with a statement trigger.
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION reject_audit_change();

-- `audit_state` holds one row, whose entry count only grows: entries cut
-- from the end cannot be hidden by lowering it, nor by deleting, truncating
-- or re-inserting the row. An owner of the tables can still disable these
-- triggers: a checkpoint kept outside the database (`tutela audit head`)
-- finds what they then do.
CREATE FUNCTION reject_audit_state_decrease() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.last_seq < OLD.last_seq THEN
        RAISE EXCEPTION 'the audit log''s entry count never decreases';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER audit_state_never_decreases BEFORE UPDATE ON audit_state
    FOR EACH ROW EXECUTE FUNCTION reject_audit_state_decrease();

CREATE FUNCTION reject_audit_state_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log''s state cannot be removed or replaced';
END $$;
CREATE TRIGGER audit_state_no_delete BEFORE DELETE ON audit_state
    FOR EACH ROW EXECUTE FUNCTION reject_audit_state_removal();
CREATE TRIGGER audit_state_no_insert BEFORE INSERT ON audit_state
    FOR EACH ROW EXECUTE FUNCTION reject_audit_state_removal();
CREATE TRIGGER audit_state_no_truncate BEFORE TRUNCATE ON audit_state
    FOR EACH STATEMENT EXECUTE FUNCTION reject_audit_state_removal();
