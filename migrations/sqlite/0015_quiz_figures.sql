-- Item analysis's sums, kept as attempts are graded (ARCHITECTURE.md,
-- "Quizzes: item analysis"), so that the page reads a few hundred rows
-- instead of every slot and chosen option of every attempt.
--
-- What they hold, at every commit: over the final attempts (`result` not
-- NULL: no essay pending) of the learners of each institution, for each
-- question version, n = the graded answers, x = an answer's mark and
-- y = the rest of its attempt's score (score - x), Σx, Σy, Σxy, Σx², Σy²
-- (weight units, as doubles: what item analysis computed by `SUM` over
-- the slots before); and how often each option was chosen.
--
-- The triggers below keep them so for every writer (grading, essay
-- grading and regrading, anything written by hand), in the writer's own
-- transaction: a change of an attempt's score or result takes its old
-- contribution out and puts the new one in (y of every slot moves with the
-- score); a change of a final attempt's mark moves that answer's terms; a
-- slot or chosen option written into a final attempt adds its own. Sums
-- only: nothing is read back but by item analysis. A person's institution
-- never changes, so the institution a contribution went to is the one it
-- is taken from.

-- Item analysis read the chosen options by question through this index;
-- it reads these sums now, and the index cost every submission a page
-- written per question answered (its entries sit in question order).
DROP INDEX attempt_choices_by_question;

CREATE TABLE quiz_item_figures (
    question_id     INTEGER NOT NULL REFERENCES questions (id),
    institution_id  INTEGER NOT NULL REFERENCES institutions (id),
    n               INTEGER NOT NULL,
    sum_x           REAL    NOT NULL,
    sum_y           REAL    NOT NULL,
    sum_xy          REAL    NOT NULL,
    sum_xx          REAL    NOT NULL,
    sum_yy          REAL    NOT NULL,
    PRIMARY KEY (question_id, institution_id)
) WITHOUT ROWID;

CREATE TABLE quiz_item_choices (
    question_id     INTEGER NOT NULL REFERENCES questions (id),
    institution_id  INTEGER NOT NULL REFERENCES institutions (id),
    choice          INTEGER NOT NULL,
    answers         INTEGER NOT NULL,
    PRIMARY KEY (question_id, institution_id, choice)
) WITHOUT ROWID;

-- The attempts graded before this migration.
INSERT INTO quiz_item_figures (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy)
SELECT s.question_id, p.institution_id, COUNT(*),
       SUM(CAST(s.mark AS REAL)), SUM(CAST(a.score - s.mark AS REAL)),
       SUM(CAST(s.mark AS REAL) * CAST(a.score - s.mark AS REAL)),
       SUM(CAST(s.mark AS REAL) * CAST(s.mark AS REAL)),
       SUM(CAST(a.score - s.mark AS REAL) * CAST(a.score - s.mark AS REAL))
FROM attempt_slots s JOIN quiz_attempts a ON a.id = s.attempt_id
JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id
WHERE a.result IS NOT NULL AND s.mark IS NOT NULL
GROUP BY s.question_id, p.institution_id;

INSERT INTO quiz_item_choices (question_id, institution_id, choice, answers)
SELECT ch.question_id, p.institution_id, ch.choice, COUNT(*)
FROM attempt_choices ch JOIN quiz_attempts a ON a.id = ch.attempt_id
JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id
WHERE a.result IS NOT NULL
GROUP BY ch.question_id, p.institution_id, ch.choice;

-- An attempt's score or result changed: its contribution at the old score
-- (if it was final) out, at the new one (if it is) in. Its chosen options
-- count from the moment it is final (it never stops being so).
CREATE TRIGGER quiz_figures_of_attempt AFTER UPDATE OF score, result ON quiz_attempts
WHEN (OLD.result IS NOT NULL OR NEW.result IS NOT NULL)
  AND (OLD.result IS NOT NEW.result OR OLD.score IS NOT NEW.score)
BEGIN
    INSERT INTO quiz_item_figures (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy)
    SELECT s.question_id,
           (SELECT p.institution_id FROM enrolments e JOIN persons p ON p.id = e.person_id
            WHERE e.id = NEW.enrolment_id),
           SUM((NEW.result IS NOT NULL) - (OLD.result IS NOT NULL)),
           SUM(((NEW.result IS NOT NULL) - (OLD.result IS NOT NULL)) * CAST(s.mark AS REAL)),
           SUM(CASE WHEN NEW.result IS NOT NULL THEN CAST(NEW.score - s.mark AS REAL) ELSE 0.0 END
             - CASE WHEN OLD.result IS NOT NULL THEN CAST(OLD.score - s.mark AS REAL) ELSE 0.0 END),
           SUM(CASE WHEN NEW.result IS NOT NULL
                 THEN CAST(s.mark AS REAL) * CAST(NEW.score - s.mark AS REAL) ELSE 0.0 END
             - CASE WHEN OLD.result IS NOT NULL
                 THEN CAST(s.mark AS REAL) * CAST(OLD.score - s.mark AS REAL) ELSE 0.0 END),
           SUM(((NEW.result IS NOT NULL) - (OLD.result IS NOT NULL)) * CAST(s.mark AS REAL) * CAST(s.mark AS REAL)),
           SUM(CASE WHEN NEW.result IS NOT NULL
                 THEN CAST(NEW.score - s.mark AS REAL) * CAST(NEW.score - s.mark AS REAL) ELSE 0.0 END
             - CASE WHEN OLD.result IS NOT NULL
                 THEN CAST(OLD.score - s.mark AS REAL) * CAST(OLD.score - s.mark AS REAL) ELSE 0.0 END)
    FROM attempt_slots s WHERE s.attempt_id = NEW.id AND s.mark IS NOT NULL
    GROUP BY s.question_id
    ON CONFLICT (question_id, institution_id) DO UPDATE SET
        n = n + excluded.n, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y,
        sum_xy = sum_xy + excluded.sum_xy, sum_xx = sum_xx + excluded.sum_xx, sum_yy = sum_yy + excluded.sum_yy;
    INSERT INTO quiz_item_choices (question_id, institution_id, choice, answers)
    SELECT ch.question_id,
           (SELECT p.institution_id FROM enrolments e JOIN persons p ON p.id = e.person_id
            WHERE e.id = NEW.enrolment_id),
           ch.choice, SUM((NEW.result IS NOT NULL) - (OLD.result IS NOT NULL))
    FROM attempt_choices ch WHERE ch.attempt_id = NEW.id AND (OLD.result IS NULL) <> (NEW.result IS NULL)
    GROUP BY ch.question_id, ch.choice
    ON CONFLICT (question_id, institution_id, choice) DO UPDATE SET answers = answers + excluded.answers;
END;

-- A final attempt's mark changed (an essay regraded): that answer's terms
-- at the attempt's score as it stands (its score's change, if any, follows
-- through the trigger above).
CREATE TRIGGER quiz_figures_of_mark AFTER UPDATE OF mark ON attempt_slots
WHEN OLD.mark IS NOT NEW.mark
  AND (SELECT result FROM quiz_attempts WHERE id = NEW.attempt_id) IS NOT NULL
BEGIN
    INSERT INTO quiz_item_figures (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy)
    SELECT NEW.question_id, p.institution_id,
           (NEW.mark IS NOT NULL) - (OLD.mark IS NOT NULL),
           COALESCE(CAST(NEW.mark AS REAL), 0.0) - COALESCE(CAST(OLD.mark AS REAL), 0.0),
           COALESCE(CAST(a.score - NEW.mark AS REAL), 0.0) - COALESCE(CAST(a.score - OLD.mark AS REAL), 0.0),
           COALESCE(CAST(NEW.mark AS REAL) * CAST(a.score - NEW.mark AS REAL), 0.0)
             - COALESCE(CAST(OLD.mark AS REAL) * CAST(a.score - OLD.mark AS REAL), 0.0),
           COALESCE(CAST(NEW.mark AS REAL) * CAST(NEW.mark AS REAL), 0.0)
             - COALESCE(CAST(OLD.mark AS REAL) * CAST(OLD.mark AS REAL), 0.0),
           COALESCE(CAST(a.score - NEW.mark AS REAL) * CAST(a.score - NEW.mark AS REAL), 0.0)
             - COALESCE(CAST(a.score - OLD.mark AS REAL) * CAST(a.score - OLD.mark AS REAL), 0.0)
    FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id
    WHERE a.id = NEW.attempt_id
    ON CONFLICT (question_id, institution_id) DO UPDATE SET
        n = n + excluded.n, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y,
        sum_xy = sum_xy + excluded.sum_xy, sum_xx = sum_xx + excluded.sum_xx, sum_yy = sum_yy + excluded.sum_yy;
END;

-- A graded slot written into a final attempt (not the store's way: its
-- slots are written when the attempt starts; records written by hand).
CREATE TRIGGER quiz_figures_of_slot AFTER INSERT ON attempt_slots
WHEN NEW.mark IS NOT NULL AND (SELECT result FROM quiz_attempts WHERE id = NEW.attempt_id) IS NOT NULL
BEGIN
    INSERT INTO quiz_item_figures (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy)
    SELECT NEW.question_id, p.institution_id, 1, CAST(NEW.mark AS REAL), CAST(a.score - NEW.mark AS REAL),
           CAST(NEW.mark AS REAL) * CAST(a.score - NEW.mark AS REAL), CAST(NEW.mark AS REAL) * CAST(NEW.mark AS REAL),
           CAST(a.score - NEW.mark AS REAL) * CAST(a.score - NEW.mark AS REAL)
    FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id
    WHERE a.id = NEW.attempt_id
    ON CONFLICT (question_id, institution_id) DO UPDATE SET
        n = n + excluded.n, sum_x = sum_x + excluded.sum_x, sum_y = sum_y + excluded.sum_y,
        sum_xy = sum_xy + excluded.sum_xy, sum_xx = sum_xx + excluded.sum_xx, sum_yy = sum_yy + excluded.sum_yy;
END;

-- A chosen option written into a final attempt (likewise).
CREATE TRIGGER quiz_figures_of_choice AFTER INSERT ON attempt_choices
WHEN (SELECT result FROM quiz_attempts WHERE id = NEW.attempt_id) IS NOT NULL
BEGIN
    INSERT INTO quiz_item_choices (question_id, institution_id, choice, answers)
    SELECT NEW.question_id, p.institution_id, NEW.choice, 1
    FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id
    WHERE a.id = NEW.attempt_id
    ON CONFLICT (question_id, institution_id, choice) DO UPDATE SET answers = answers + excluded.answers;
END;
