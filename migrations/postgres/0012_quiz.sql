-- A course version's quiz (content/README.md, "The quiz"): its settings,
-- what an attempt draws, and its questions. Version data: written by
-- `publish` with its version and never changed nor deleted (triggers).

CREATE TABLE quizzes (
    course_version_id   BIGINT  PRIMARY KEY REFERENCES course_versions (id),
    pass_mark           BIGINT  NOT NULL CHECK (pass_mark BETWEEN 1 AND 100),
    attempts            BIGINT  NOT NULL CHECK (attempts >= 0),
    wait_minutes        BIGINT  NOT NULL CHECK (wait_minutes >= 0),
    time_limit_minutes  BIGINT  CHECK (time_limit_minutes > 0),
    shuffle             BIGINT  NOT NULL CHECK (shuffle IN (0, 1)),
    review              TEXT    NOT NULL CHECK (review IN ('score', 'correctness', 'feedback'))
);

-- What an attempt draws: `how_many` questions at random from `category`.
CREATE TABLE quiz_draws (
    course_version_id  BIGINT  NOT NULL REFERENCES quizzes (course_version_id),
    position           BIGINT  NOT NULL,
    category           TEXT    NOT NULL,
    how_many           BIGINT  NOT NULL CHECK (how_many > 0),
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
    id           BIGINT  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id    BIGINT  NOT NULL REFERENCES courses (id),
    fingerprint  TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('description', 'essay', 'truefalse', 'multichoice',
                                                  'multiresponse', 'shortanswer', 'numerical', 'match')),
    gift         TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    UNIQUE (course_id, fingerprint)
);

-- The questions of a version's quiz in the banks' order, with what the
-- bank said of each in this version.
CREATE TABLE quiz_questions (
    course_version_id  BIGINT  NOT NULL REFERENCES quizzes (course_version_id),
    position           BIGINT  NOT NULL,
    question_id        BIGINT  NOT NULL REFERENCES questions (id),
    bank               TEXT    NOT NULL,
    category           TEXT,
    title              TEXT,
    id_number          TEXT,
    tags_json          TEXT    NOT NULL,
    PRIMARY KEY (course_version_id, position),
    UNIQUE (course_version_id, question_id)
);
CREATE INDEX quiz_questions_by_question ON quiz_questions (question_id);

CREATE TRIGGER quizzes_immutable BEFORE UPDATE OR DELETE ON quizzes
    FOR EACH ROW EXECUTE FUNCTION reject_update();
CREATE TRIGGER quiz_draws_immutable BEFORE UPDATE OR DELETE ON quiz_draws
    FOR EACH ROW EXECUTE FUNCTION reject_update();
CREATE TRIGGER quiz_questions_immutable BEFORE UPDATE OR DELETE ON quiz_questions
    FOR EACH ROW EXECUTE FUNCTION reject_update();
CREATE TRIGGER questions_immutable BEFORE UPDATE OR DELETE ON questions
    FOR EACH ROW EXECUTE FUNCTION reject_update();
