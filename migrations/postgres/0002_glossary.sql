-- The terminology glossary (content/glossary.toml), replaced as a whole
-- when an import finds it changed.
CREATE TABLE glossary_terms (
    position    BIGINT PRIMARY KEY,
    term        TEXT   NOT NULL,
    meaning     TEXT   NOT NULL,
    avoid_json  TEXT   NOT NULL,
    reason      TEXT   NOT NULL,
    note        TEXT   NOT NULL
);

ALTER TABLE content_state ADD COLUMN glossary_hash TEXT NOT NULL DEFAULT '';
