-- A question bank uploaded in the browser for a course
-- (`/quiz/bank/{course}`), kept between its preview and its apply, like a
-- roster upload: `based_on` is the version number that was published when
-- it was previewed (an apply is refused once another version is), and
-- `applied_version` the version its apply published. Deleted after 7 days,
-- applied or not (the version it published keeps its questions).
CREATE TABLE quiz_bank_uploads (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id        BIGINT  NOT NULL REFERENCES courses (id),
    based_on         BIGINT  NOT NULL,
    account_id       BIGINT  NOT NULL REFERENCES accounts (id),
    file_name        TEXT    NOT NULL,
    content          BYTEA   NOT NULL,
    created_at       BIGINT  NOT NULL,
    applied_version  BIGINT,
    applied_at       BIGINT
);
CREATE INDEX quiz_bank_uploads_by_time ON quiz_bank_uploads (created_at);

-- A version published by such an apply: the previous version's lessons,
-- audience and quiz settings with the uploaded questions, and the same
-- content_hash (its folder has not changed). `bank_uploaded_at` says its
-- bank came from the browser, not from the course folder: `tutela import`
-- then refuses a changed folder whose questions differ from it.
ALTER TABLE course_versions ADD COLUMN bank_uploaded_at BIGINT;
-- PostgreSQL expands a view's `v.*` when the view is made: again, with the new column.
CREATE OR REPLACE VIEW published_versions AS
    SELECT v.* FROM course_versions v
    WHERE v.version_no = (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = v.course_id);
