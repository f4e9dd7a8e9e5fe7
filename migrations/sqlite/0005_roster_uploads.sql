-- A roster file uploaded in the browser, kept between its preview and its
-- apply (which plans it again against the records as they are then).
CREATE TABLE roster_uploads (
    id              INTEGER PRIMARY KEY,
    institution_id  BIGINT  NOT NULL REFERENCES institutions (id),
    account_id      BIGINT  NOT NULL REFERENCES accounts (id),
    file_name       TEXT    NOT NULL,
    content         BLOB    NOT NULL,
    complete        BIGINT  NOT NULL,
    as_of           TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    applied_at      BIGINT
);
