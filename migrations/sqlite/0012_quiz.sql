-- A course version's quiz (content/README.md, "The quiz"): its settings,
-- what an attempt draws, and its questions. Version data: written by
-- `publish` with its version and never changed nor deleted (triggers).

CREATE TABLE quizzes (
    course_version_id   INTEGER PRIMARY KEY REFERENCES course_versions (id),
    pass_mark           INTEGER NOT NULL CHECK (pass_mark BETWEEN 1 AND 100),
    attempts            INTEGER NOT NULL CHECK (attempts >= 0),
    wait_minutes        INTEGER NOT NULL CHECK (wait_minutes >= 0),
    time_limit_minutes  INTEGER CHECK (time_limit_minutes > 0),
    shuffle             INTEGER NOT NULL CHECK (shuffle IN (0, 1)),
    review              TEXT    NOT NULL CHECK (review IN ('score', 'correctness', 'feedback'))
);

-- What an attempt draws: `how_many` questions at random from `category`.
CREATE TABLE quiz_draws (
    course_version_id  INTEGER NOT NULL REFERENCES quizzes (course_version_id),
    position           INTEGER NOT NULL,
    category           TEXT    NOT NULL,
    how_many           INTEGER NOT NULL CHECK (how_many > 0),
    PRIMARY KEY (course_version_id, position)
);

-- A question version: a question of a course as learners see it and
-- grading uses it. `fingerprint` is the SHA-256 of exactly that
-- (tutela-gift's `Question::fingerprint`), so a question unchanged in a
-- new version of the course is the same row, and a changed one a new row:
-- attempts keep the version they were asked. `gift` is its GIFT without
-- title, ID number, tags or category (those are the version's, in
-- quiz_questions): the one stored form of its texts and answer key.
CREATE TABLE questions (
    id           INTEGER PRIMARY KEY,
    course_id    INTEGER NOT NULL REFERENCES courses (id),
    fingerprint  TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('description', 'essay', 'truefalse', 'multichoice',
                                                  'multiresponse', 'shortanswer', 'numerical', 'match')),
    gift         TEXT    NOT NULL,
    created_at   INTEGER NOT NULL,
    UNIQUE (course_id, fingerprint)
);

-- The questions of a version's quiz in the banks' order, with what the
-- bank said of each in this version.
CREATE TABLE quiz_questions (
    course_version_id  INTEGER NOT NULL REFERENCES quizzes (course_version_id),
    position           INTEGER NOT NULL,
    question_id        INTEGER NOT NULL REFERENCES questions (id),
    bank               TEXT    NOT NULL,
    category           TEXT,
    title              TEXT,
    id_number          TEXT,
    tags_json          TEXT    NOT NULL,
    PRIMARY KEY (course_version_id, position),
    UNIQUE (course_version_id, question_id)
);
CREATE INDEX quiz_questions_by_question ON quiz_questions (question_id);

CREATE TRIGGER quizzes_immutable BEFORE UPDATE ON quizzes
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER quizzes_kept BEFORE DELETE ON quizzes
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER quiz_draws_immutable BEFORE UPDATE ON quiz_draws
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER quiz_draws_kept BEFORE DELETE ON quiz_draws
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER quiz_questions_immutable BEFORE UPDATE ON quiz_questions
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER quiz_questions_kept BEFORE DELETE ON quiz_questions
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER questions_immutable BEFORE UPDATE ON questions
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
CREATE TRIGGER questions_kept BEFORE DELETE ON questions
BEGIN SELECT RAISE(ABORT, 'course versions are immutable'); END;
