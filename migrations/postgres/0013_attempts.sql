-- Quiz attempts (ARCHITECTURE.md, "Quizzes: attempts"): a learner's
-- attempt at the quiz of the version their enrolment studies, the
-- questions drawn for it with the options shown under opaque tokens
-- (`layout`, never sent as such), the answers saved as they go, and the
-- marks. Learner activity: not audited, except submitting, grading an
-- essay and regrading, which are. Nothing here is ever deleted.

CREATE TABLE quiz_attempts (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id       BIGINT  NOT NULL REFERENCES enrolments (id),
    course_version_id  BIGINT  NOT NULL REFERENCES quizzes (course_version_id),
    number             BIGINT  NOT NULL CHECK (number > 0),
    started_at         BIGINT  NOT NULL,
    deadline           BIGINT,
    submitted_at       BIGINT,
    closed_by          TEXT CHECK (closed_by IN ('learner', 'deadline', 'enrolment')),
    score              BIGINT,
    max_score          BIGINT,
    pending            BIGINT  NOT NULL DEFAULT 0 CHECK (pending >= 0),
    result             TEXT CHECK (result IN ('passed', 'failed')),
    percent            DOUBLE PRECISION,
    UNIQUE (enrolment_id, number)
);
CREATE UNIQUE INDEX quiz_attempts_one_open ON quiz_attempts (enrolment_id) WHERE submitted_at IS NULL;
CREATE INDEX quiz_attempts_by_version ON quiz_attempts (course_version_id, result);
-- The open attempts, for the sweep that closes those past their time.
CREATE INDEX quiz_attempts_open ON quiz_attempts (id) WHERE submitted_at IS NULL;

CREATE TABLE attempt_slots (
    attempt_id   BIGINT  NOT NULL REFERENCES quiz_attempts (id),
    slot         BIGINT  NOT NULL CHECK (slot > 0),
    question_id  BIGINT  NOT NULL REFERENCES questions (id),
    layout       TEXT    NOT NULL,
    answer       TEXT,
    answered_at  BIGINT,
    mark         BIGINT CHECK (mark BETWEEN 0 AND 10000000),
    graded_by    BIGINT REFERENCES accounts (id),
    graded_at    BIGINT,
    comment      TEXT,
    PRIMARY KEY (attempt_id, slot)
);
CREATE INDEX attempt_slots_by_question ON attempt_slots (question_id);

-- What each graded answer chose, by index in its question (item analysis
-- counts them): each choice ticked (multiple choice and answers); 0 for
-- true, 1 for false; the accepted answer matched (short answer,
-- numerical); each matching item answered right.
CREATE TABLE attempt_choices (
    attempt_id   BIGINT  NOT NULL REFERENCES quiz_attempts (id),
    slot         BIGINT  NOT NULL,
    question_id  BIGINT  NOT NULL REFERENCES questions (id),
    choice       BIGINT  NOT NULL,
    PRIMARY KEY (attempt_id, slot, choice)
);
CREATE INDEX attempt_choices_by_question ON attempt_choices (question_id, choice);

CREATE FUNCTION reject_attempt_removal() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'quiz attempts are never deleted'; END $$;
CREATE TRIGGER quiz_attempts_kept BEFORE DELETE ON quiz_attempts
    FOR EACH ROW EXECUTE FUNCTION reject_attempt_removal();
CREATE TRIGGER attempt_slots_kept BEFORE DELETE ON attempt_slots
    FOR EACH ROW EXECUTE FUNCTION reject_attempt_removal();
CREATE TRIGGER attempt_choices_kept BEFORE DELETE ON attempt_choices
    FOR EACH ROW EXECUTE FUNCTION reject_attempt_removal();
CREATE TRIGGER quiz_attempts_no_truncate BEFORE TRUNCATE ON quiz_attempts
    FOR EACH STATEMENT EXECUTE FUNCTION reject_attempt_removal();

CREATE FUNCTION reject_submitted_answer_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (NEW.answer IS DISTINCT FROM OLD.answer OR NEW.question_id <> OLD.question_id OR NEW.layout <> OLD.layout)
       AND (SELECT submitted_at FROM quiz_attempts WHERE id = NEW.attempt_id) IS NOT NULL THEN
        RAISE EXCEPTION 'a submitted attempt''s answers never change';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER attempt_answers_final BEFORE UPDATE ON attempt_slots
    FOR EACH ROW EXECUTE FUNCTION reject_submitted_answer_change();
