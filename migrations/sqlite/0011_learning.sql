-- Learning: enrolments (a person in a course, at the version they study)
-- and the lessons each enrolment has read.
--
-- `open_to_all` on a course version: 1 when its course.toml says
-- `open = true`, so anyone signed in may enrol, not only its audience.
ALTER TABLE course_versions ADD COLUMN open_to_all BIGINT NOT NULL DEFAULT 0 CHECK (open_to_all IN (0, 1));

-- A person in a course. `course_version_id` is the version they study:
-- publishing a new version moves the enrolments not yet started to it;
-- started ones keep theirs until the person switches. `origin` says how
-- it began (`self`, `assigned` by `assigned_by`, later `rule`). States:
-- enrolled -> in_progress -> completed; withdrawn (by HR, with a reason)
-- and closed (the person left) end an open one. A finished enrolment
-- (completed, withdrawn, closed) is never changed again and no
-- enrolment is ever deleted (triggers below). Dates are `YYYY-MM-DD`
-- text, times Unix seconds.
CREATE TABLE enrolments (
    id                 INTEGER PRIMARY KEY,
    person_id          BIGINT  NOT NULL REFERENCES persons (id),
    course_id          BIGINT  NOT NULL REFERENCES courses (id),
    course_version_id  BIGINT  NOT NULL REFERENCES course_versions (id),
    origin             TEXT    NOT NULL CHECK (origin IN ('self', 'assigned', 'rule')),
    assigned_by        BIGINT  REFERENCES accounts (id),
    reason             TEXT    CHECK (length(reason) <= 500),
    due_on             TEXT,
    status             TEXT    NOT NULL CHECK (status IN ('enrolled', 'in_progress', 'completed', 'withdrawn', 'closed')),
    enrolled_at        BIGINT  NOT NULL,
    started_at         BIGINT,
    completed_at       BIGINT,
    completed_on       TEXT,
    cpd_hours          REAL,
    ended_at           BIGINT,
    ended_on           TEXT,
    end_reason         TEXT    CHECK (length(end_reason) <= 500)
);
-- One open enrolment per person and course; after completion a new one
-- may begin (in-service repetition).
CREATE UNIQUE INDEX enrolments_open ON enrolments (person_id, course_id)
    WHERE status IN ('enrolled', 'in_progress');
-- "My enrolments" and "a course's enrolments".
CREATE INDEX enrolments_by_person ON enrolments (person_id, status);
CREATE INDEX enrolments_by_course ON enrolments (course_id, status);

-- A lesson an enrolment has read. Counted only for lessons of the
-- enrolment's own version: after a switch to a newer version the rows of
-- the old one stay (they are the old version's lessons) but no longer count.
CREATE TABLE lesson_reads (
    enrolment_id  BIGINT  NOT NULL REFERENCES enrolments (id),
    lesson_id     BIGINT  NOT NULL REFERENCES lessons (id),
    read_at       BIGINT  NOT NULL,
    PRIMARY KEY (enrolment_id, lesson_id)
);

CREATE TRIGGER enrolments_finished_are_final BEFORE UPDATE ON enrolments
WHEN OLD.status IN ('completed', 'withdrawn', 'closed')
BEGIN SELECT RAISE(ABORT, 'a finished enrolment is never changed'); END;
CREATE TRIGGER enrolments_never_deleted BEFORE DELETE ON enrolments
BEGIN SELECT RAISE(ABORT, 'enrolments are never deleted'); END;
CREATE TRIGGER lesson_reads_never_deleted BEFORE DELETE ON lesson_reads
BEGIN SELECT RAISE(ABORT, 'lesson reads are never deleted'); END;
