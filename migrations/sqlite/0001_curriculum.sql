-- The curriculum and the organisations that use it.
-- Times are Unix seconds (UTC). Later migrations add people, accounts,
-- enrolments, quizzes, certifications, awards and the audit log.

-- A statutory body that owns staff and training (a police academy, a
-- judicial training institute, a social-welfare ministry).
CREATE TABLE institutions (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    country     TEXT    NOT NULL DEFAULT '',
    created_at  BIGINT  NOT NULL
);

-- A node of an institution's tree (headquarters > region > station or
-- court). `path` is the chain of ids from the root, like '/1/4/9/', so a
-- subtree is `path LIKE '/1/4/%'` on one index; moving a unit rewrites the
-- paths of its subtree in one statement.
CREATE TABLE units (
    id              INTEGER PRIMARY KEY,
    institution_id  BIGINT  NOT NULL REFERENCES institutions (id),
    parent_id       BIGINT  REFERENCES units (id),
    code            TEXT    NOT NULL,
    name            TEXT    NOT NULL,
    path            TEXT    NOT NULL,
    created_at      BIGINT  NOT NULL,
    UNIQUE (institution_id, code)
);
CREATE INDEX units_by_path ON units (path);

-- A professional group. Retired, never deleted, once anything points at it.
CREATE TABLE cadres (
    id           INTEGER PRIMARY KEY,
    slug         TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    description  TEXT    NOT NULL DEFAULT '',
    retired_at   BIGINT
);

INSERT INTO cadres (slug, name, description) VALUES
    ('police-first-responder', 'Police first responders', 'Officers who take the first report or make the first contact with a child.'),
    ('police-investigator', 'Police investigators', 'Detectives and specialist units who investigate child sexual exploitation and abuse, online and offline.'),
    ('prosecutor', 'Prosecutors', 'Prosecutors who decide on charges and present cases of child sexual exploitation and abuse.'),
    ('judge', 'Judges and magistrates', 'Judicial officers who hear cases involving child victims and witnesses.'),
    ('social-worker', 'Social workers', 'Social workers and child-protection officers who support children and families.'),
    ('helpline-counsellor', 'Helpline counsellors', 'Counsellors who answer children and adults by phone or chat.');

-- A course is only a stable name; everything a learner reads lives in its
-- versions.
CREATE TABLE courses (
    id          INTEGER PRIMARY KEY,
    slug        TEXT    NOT NULL UNIQUE,
    created_at  BIGINT  NOT NULL
);

-- An immutable published version of a course. The highest version_no is
-- the published one; older ones stay readable for the records that point
-- at them. content_hash is the SHA-256 of the course's source files.
CREATE TABLE course_versions (
    id               INTEGER PRIMARY KEY,
    course_id        BIGINT  NOT NULL REFERENCES courses (id),
    version_no       BIGINT  NOT NULL,
    content_hash     TEXT    NOT NULL,
    title            TEXT    NOT NULL,
    summary          TEXT    NOT NULL,
    language         TEXT    NOT NULL,
    stage            TEXT    NOT NULL CHECK (stage IN ('pre-service', 'in-service')),
    estimated_hours  REAL    NOT NULL CHECK (estimated_hours > 0),
    published_at     BIGINT  NOT NULL,
    UNIQUE (course_id, version_no)
);

-- The cadres a version is written for.
CREATE TABLE course_version_cadres (
    course_version_id  BIGINT NOT NULL REFERENCES course_versions (id),
    cadre_id           BIGINT NOT NULL REFERENCES cadres (id),
    PRIMARY KEY (course_version_id, cadre_id)
);
CREATE INDEX course_version_cadres_by_cadre ON course_version_cadres (cadre_id);

CREATE TABLE modules (
    id                 INTEGER PRIMARY KEY,
    course_version_id  BIGINT  NOT NULL REFERENCES course_versions (id),
    position           BIGINT  NOT NULL,
    slug               TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    UNIQUE (course_version_id, position)
);

-- A lesson, stored as sanitised HTML (rendered and cleaned at import).
-- position orders lessons across the whole version.
CREATE TABLE lessons (
    id                 INTEGER PRIMARY KEY,
    course_version_id  BIGINT  NOT NULL REFERENCES course_versions (id),
    module_id          BIGINT  NOT NULL REFERENCES modules (id),
    position           BIGINT  NOT NULL,
    slug               TEXT    NOT NULL,
    title              TEXT    NOT NULL,
    body_html          TEXT    NOT NULL,
    toc_json           TEXT    NOT NULL,
    word_count         BIGINT  NOT NULL,
    UNIQUE (course_version_id, slug),
    UNIQUE (course_version_id, position)
);

-- The published version of each course.
CREATE VIEW published_versions AS
    SELECT v.* FROM course_versions v
    WHERE v.version_no = (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = v.course_id);

-- Published content is immutable: a change is a new version.
CREATE TRIGGER course_versions_immutable BEFORE UPDATE ON course_versions
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER modules_immutable BEFORE UPDATE ON modules
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER lessons_immutable BEFORE UPDATE ON lessons
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;

-- Grows by one with every publication, so that every server instance can
-- tell cheaply when its in-memory page cache is stale.
CREATE TABLE content_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    generation  BIGINT  NOT NULL
);
INSERT INTO content_state (id, generation) VALUES (1, 0);
