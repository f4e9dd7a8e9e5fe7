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
    question_id     BIGINT NOT NULL REFERENCES questions (id),
    institution_id  BIGINT NOT NULL REFERENCES institutions (id),
    n               BIGINT NOT NULL,
    sum_x           DOUBLE PRECISION NOT NULL,
    sum_y           DOUBLE PRECISION NOT NULL,
    sum_xy          DOUBLE PRECISION NOT NULL,
    sum_xx          DOUBLE PRECISION NOT NULL,
    sum_yy          DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (question_id, institution_id)
);

CREATE TABLE quiz_item_choices (
    question_id     BIGINT NOT NULL REFERENCES questions (id),
    institution_id  BIGINT NOT NULL REFERENCES institutions (id),
    choice          BIGINT NOT NULL,
    answers         BIGINT NOT NULL,
    PRIMARY KEY (question_id, institution_id, choice)
);

-- The attempts graded before this migration.
INSERT INTO quiz_item_figures (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy)
SELECT s.question_id, p.institution_id, COUNT(*),
       SUM(s.mark::float8), SUM((a.score - s.mark)::float8),
       SUM(s.mark::float8 * (a.score - s.mark)::float8),
       SUM(s.mark::float8 * s.mark::float8),
       SUM((a.score - s.mark)::float8 * (a.score - s.mark)::float8)
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

-- Rows are always written in (question, institution[, choice]) order, the
-- sums before the options, so that two writers never wait on each other
-- in a cycle.

-- An attempt's score or result changed: its contribution at the old score
-- (if it was final) out, at the new one (if it is) in. Its chosen options
-- count from the moment it is final (it never stops being so).
CREATE FUNCTION quiz_figures_of_attempt() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    v_institution BIGINT;
    v_new INTEGER := CASE WHEN NEW.result IS NOT NULL THEN 1 ELSE 0 END;
    v_old INTEGER := CASE WHEN OLD.result IS NOT NULL THEN 1 ELSE 0 END;
BEGIN
    SELECT p.institution_id INTO v_institution FROM enrolments e JOIN persons p ON p.id = e.person_id
    WHERE e.id = NEW.enrolment_id;
    INSERT INTO quiz_item_figures AS f (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy)
    SELECT s.question_id, v_institution,
           SUM(v_new - v_old),
           SUM((v_new - v_old) * s.mark::float8),
           SUM(CASE WHEN v_new = 1 THEN (NEW.score - s.mark)::float8 ELSE 0 END
             - CASE WHEN v_old = 1 THEN (OLD.score - s.mark)::float8 ELSE 0 END),
           SUM(CASE WHEN v_new = 1 THEN s.mark::float8 * (NEW.score - s.mark)::float8 ELSE 0 END
             - CASE WHEN v_old = 1 THEN s.mark::float8 * (OLD.score - s.mark)::float8 ELSE 0 END),
           SUM((v_new - v_old) * s.mark::float8 * s.mark::float8),
           SUM(CASE WHEN v_new = 1 THEN (NEW.score - s.mark)::float8 * (NEW.score - s.mark)::float8 ELSE 0 END
             - CASE WHEN v_old = 1 THEN (OLD.score - s.mark)::float8 * (OLD.score - s.mark)::float8 ELSE 0 END)
    FROM attempt_slots s WHERE s.attempt_id = NEW.id AND s.mark IS NOT NULL
    GROUP BY s.question_id ORDER BY s.question_id
    ON CONFLICT (question_id, institution_id) DO UPDATE SET
        n = f.n + EXCLUDED.n, sum_x = f.sum_x + EXCLUDED.sum_x, sum_y = f.sum_y + EXCLUDED.sum_y,
        sum_xy = f.sum_xy + EXCLUDED.sum_xy, sum_xx = f.sum_xx + EXCLUDED.sum_xx, sum_yy = f.sum_yy + EXCLUDED.sum_yy;
    IF v_new <> v_old THEN
        INSERT INTO quiz_item_choices AS c (question_id, institution_id, choice, answers)
        SELECT ch.question_id, v_institution, ch.choice, COUNT(*) * (v_new - v_old)
        FROM attempt_choices ch WHERE ch.attempt_id = NEW.id
        GROUP BY ch.question_id, ch.choice ORDER BY ch.question_id, ch.choice
        ON CONFLICT (question_id, institution_id, choice) DO UPDATE SET answers = c.answers + EXCLUDED.answers;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER quiz_figures_of_attempt AFTER UPDATE OF score, result ON quiz_attempts FOR EACH ROW
WHEN ((OLD.result IS NOT NULL OR NEW.result IS NOT NULL)
      AND (OLD.result IS DISTINCT FROM NEW.result OR OLD.score IS DISTINCT FROM NEW.score))
EXECUTE FUNCTION quiz_figures_of_attempt();

-- A final attempt's mark changed (an essay regraded): that answer's terms
-- at the attempt's score as it stands (its score's change, if any, follows
-- through the trigger above). Every figure row of the attempt is locked
-- first, in order, as that trigger will take them.
CREATE FUNCTION quiz_figures_of_mark() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM quiz_item_figures f
    JOIN attempt_slots s ON s.question_id = f.question_id
    JOIN quiz_attempts a ON a.id = s.attempt_id JOIN enrolments e ON e.id = a.enrolment_id
    JOIN persons p ON p.id = e.person_id AND p.institution_id = f.institution_id
    WHERE a.result IS NOT NULL AND s.attempt_id IN (SELECT n.attempt_id FROM new_slots n
        JOIN old_slots o ON o.attempt_id = n.attempt_id AND o.slot = n.slot WHERE o.mark IS DISTINCT FROM n.mark)
    ORDER BY f.question_id, f.institution_id FOR UPDATE OF f;
    INSERT INTO quiz_item_figures AS f (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy)
    SELECT n.question_id, p.institution_id,
           SUM(CASE WHEN n.mark IS NOT NULL THEN 1 ELSE 0 END - CASE WHEN o.mark IS NOT NULL THEN 1 ELSE 0 END),
           SUM(COALESCE(n.mark::float8, 0) - COALESCE(o.mark::float8, 0)),
           SUM(COALESCE((a.score - n.mark)::float8, 0) - COALESCE((a.score - o.mark)::float8, 0)),
           SUM(COALESCE(n.mark::float8 * (a.score - n.mark)::float8, 0)
             - COALESCE(o.mark::float8 * (a.score - o.mark)::float8, 0)),
           SUM(COALESCE(n.mark::float8 * n.mark::float8, 0) - COALESCE(o.mark::float8 * o.mark::float8, 0)),
           SUM(COALESCE((a.score - n.mark)::float8 * (a.score - n.mark)::float8, 0)
             - COALESCE((a.score - o.mark)::float8 * (a.score - o.mark)::float8, 0))
    FROM new_slots n JOIN old_slots o ON o.attempt_id = n.attempt_id AND o.slot = n.slot
    JOIN quiz_attempts a ON a.id = n.attempt_id JOIN enrolments e ON e.id = a.enrolment_id
    JOIN persons p ON p.id = e.person_id
    WHERE a.result IS NOT NULL AND o.mark IS DISTINCT FROM n.mark
    GROUP BY n.question_id, p.institution_id ORDER BY n.question_id, p.institution_id
    ON CONFLICT (question_id, institution_id) DO UPDATE SET
        n = f.n + EXCLUDED.n, sum_x = f.sum_x + EXCLUDED.sum_x, sum_y = f.sum_y + EXCLUDED.sum_y,
        sum_xy = f.sum_xy + EXCLUDED.sum_xy, sum_xx = f.sum_xx + EXCLUDED.sum_xx, sum_yy = f.sum_yy + EXCLUDED.sum_yy;
    RETURN NULL;
END $$;
CREATE TRIGGER quiz_figures_of_mark AFTER UPDATE ON attempt_slots
REFERENCING OLD TABLE AS old_slots NEW TABLE AS new_slots FOR EACH STATEMENT
EXECUTE FUNCTION quiz_figures_of_mark();

-- Graded slots written into a final attempt (not the store's way: its
-- slots are written when the attempt starts; records written by hand).
CREATE FUNCTION quiz_figures_of_slots() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO quiz_item_figures AS f (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy)
    SELECT n.question_id, p.institution_id, COUNT(*), SUM(n.mark::float8), SUM((a.score - n.mark)::float8),
           SUM(n.mark::float8 * (a.score - n.mark)::float8), SUM(n.mark::float8 * n.mark::float8),
           SUM((a.score - n.mark)::float8 * (a.score - n.mark)::float8)
    FROM new_slots n JOIN quiz_attempts a ON a.id = n.attempt_id JOIN enrolments e ON e.id = a.enrolment_id
    JOIN persons p ON p.id = e.person_id
    WHERE a.result IS NOT NULL AND n.mark IS NOT NULL
    GROUP BY n.question_id, p.institution_id ORDER BY n.question_id, p.institution_id
    ON CONFLICT (question_id, institution_id) DO UPDATE SET
        n = f.n + EXCLUDED.n, sum_x = f.sum_x + EXCLUDED.sum_x, sum_y = f.sum_y + EXCLUDED.sum_y,
        sum_xy = f.sum_xy + EXCLUDED.sum_xy, sum_xx = f.sum_xx + EXCLUDED.sum_xx, sum_yy = f.sum_yy + EXCLUDED.sum_yy;
    RETURN NULL;
END $$;
CREATE TRIGGER quiz_figures_of_slots AFTER INSERT ON attempt_slots
REFERENCING NEW TABLE AS new_slots FOR EACH STATEMENT
EXECUTE FUNCTION quiz_figures_of_slots();

-- Chosen options written into a final attempt (likewise).
CREATE FUNCTION quiz_figures_of_choices() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO quiz_item_choices AS c (question_id, institution_id, choice, answers)
    SELECT n.question_id, p.institution_id, n.choice, COUNT(*)
    FROM new_choices n JOIN quiz_attempts a ON a.id = n.attempt_id JOIN enrolments e ON e.id = a.enrolment_id
    JOIN persons p ON p.id = e.person_id
    WHERE a.result IS NOT NULL
    GROUP BY n.question_id, p.institution_id, n.choice ORDER BY n.question_id, p.institution_id, n.choice
    ON CONFLICT (question_id, institution_id, choice) DO UPDATE SET answers = c.answers + EXCLUDED.answers;
    RETURN NULL;
END $$;
CREATE TRIGGER quiz_figures_of_choices AFTER INSERT ON attempt_choices
REFERENCING NEW TABLE AS new_choices FOR EACH STATEMENT
EXECUTE FUNCTION quiz_figures_of_choices();
