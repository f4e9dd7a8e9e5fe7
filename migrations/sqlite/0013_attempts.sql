-- Quiz attempts (ARCHITECTURE.md, "Quizzes: attempts"): a learner's
-- attempt at the quiz of the version their enrolment studies, the
-- questions drawn for it with the options shown under opaque tokens
-- (`layout`, never sent as such), the answers saved as they go, and the
-- marks. Learner activity: not audited, except submitting, grading an
-- essay and regrading, which are. Nothing here is ever deleted.

CREATE TABLE quiz_attempts (
    id                 INTEGER PRIMARY KEY,
    enrolment_id       INTEGER NOT NULL REFERENCES enrolments (id),
    course_version_id  INTEGER NOT NULL REFERENCES quizzes (course_version_id),
    number             INTEGER NOT NULL CHECK (number > 0),
    started_at         INTEGER NOT NULL,
    -- Started + the time limit; NULL: none. Answers after it are refused.
    deadline           INTEGER,
    -- NULL while the attempt is open.
    submitted_at       INTEGER,
    closed_by          TEXT CHECK (closed_by IN ('learner', 'deadline', 'enrolment')),
    -- Marks in weight units (100 % = 10,000,000 per question), over the
    -- questions graded; `pending` essays still to grade.
    score              INTEGER,
    max_score          INTEGER,
    pending            INTEGER NOT NULL DEFAULT 0 CHECK (pending >= 0),
    -- NULL while open or while an essay waits.
    result             TEXT CHECK (result IN ('passed', 'failed')),
    percent            REAL,
    UNIQUE (enrolment_id, number)
);
CREATE UNIQUE INDEX quiz_attempts_one_open ON quiz_attempts (enrolment_id) WHERE submitted_at IS NULL;
CREATE INDEX quiz_attempts_by_version ON quiz_attempts (course_version_id, result);
-- The open attempts, for the sweep that closes those past their time.
CREATE INDEX quiz_attempts_open ON quiz_attempts (id) WHERE submitted_at IS NULL;

CREATE TABLE attempt_slots (
    attempt_id   INTEGER NOT NULL REFERENCES quiz_attempts (id),
    slot         INTEGER NOT NULL CHECK (slot > 0),
    question_id  INTEGER NOT NULL REFERENCES questions (id),
    -- JSON: the options in the order shown, each with its token.
    layout       TEXT    NOT NULL,
    -- JSON: the learner's answer as saved; NULL: not answered.
    answer       TEXT,
    answered_at  INTEGER,
    -- Weight units, 0 to 10,000,000; NULL: not graded (open, or an essay waiting).
    mark         INTEGER CHECK (mark BETWEEN 0 AND 10000000),
    graded_by    INTEGER REFERENCES accounts (id),
    graded_at    INTEGER,
    comment      TEXT,
    PRIMARY KEY (attempt_id, slot)
);
CREATE INDEX attempt_slots_by_question ON attempt_slots (question_id);

-- What each graded answer chose, by index in its question (item analysis
-- counts them): each choice ticked (multiple choice and answers); 0 for
-- true, 1 for false; the accepted answer matched (short answer,
-- numerical); each matching item answered right.
CREATE TABLE attempt_choices (
    attempt_id   INTEGER NOT NULL REFERENCES quiz_attempts (id),
    slot         INTEGER NOT NULL,
    question_id  INTEGER NOT NULL REFERENCES questions (id),
    choice       INTEGER NOT NULL,
    PRIMARY KEY (attempt_id, slot, choice)
);
CREATE INDEX attempt_choices_by_question ON attempt_choices (question_id, choice);

CREATE TRIGGER quiz_attempts_kept BEFORE DELETE ON quiz_attempts
BEGIN SELECT RAISE(ABORT, 'quiz attempts are never deleted'); END;
CREATE TRIGGER attempt_slots_kept BEFORE DELETE ON attempt_slots
BEGIN SELECT RAISE(ABORT, 'quiz attempts are never deleted'); END;
CREATE TRIGGER attempt_choices_kept BEFORE DELETE ON attempt_choices
BEGIN SELECT RAISE(ABORT, 'quiz attempts are never deleted'); END;
CREATE TRIGGER attempt_answers_final BEFORE UPDATE OF answer, question_id, layout ON attempt_slots
WHEN (SELECT submitted_at FROM quiz_attempts WHERE id = NEW.attempt_id) IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a submitted attempt''s answers never change'); END;
