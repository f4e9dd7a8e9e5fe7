//! Quiz attempts' SQL: starting one (the draw), reading one, saving an
//! answer, submitting and grading, and closing those past their deadline.
//! The rules are `crate::quiz::attempt`'s (pure); this file holds the
//! transactions around them.
//!
//! Every write on an attempt first locks its row with an `UPDATE ...
//! RETURNING` that re-checks it is open and in time (on PostgreSQL a
//! concurrent save or submit of the same attempt waits there; SQLite
//! serialises writers anyway), so an answer is never saved into an
//! attempt being graded, and a double submit grades once.

use tutela_app::ids::{AttemptId, CourseVersionId, EnrolmentId, PersonId, QuestionId};
use tutela_app::quiz::model::{AttemptState, AttemptSummary};
use tutela_app::store::{
    self, AttemptRecord, AttemptSlot, Missing, QuizRefusal, QuizReview, Refusal, StoreError, StoreResult,
};

use super::super::write::OpenWrite;
use super::super::{Backend, Db};
use super::grading::{self, ClosedBy, Standing, close_and_grade, corrupt, lock_enrolment_of};

mod start;

type Tx<'a> = sqlx::Transaction<'a, Db>;

/// The columns of an [`AttemptSummary`] over `quiz_attempts a`.
const SUMMARY: &str = "a.id, a.number, a.started_at, a.submitted_at, a.closed_by, a.result, a.percent";

type SummaryRow = (AttemptId, i64, i64, Option<i64>, Option<String>, Option<String>, Option<f64>);

/// A slot of an attempt with its question's GIFT ([`Backend::read_attempt`]).
type SlotRow = (i64, QuestionId, String, String, Option<String>, Option<i64>, Option<String>);

/// An attempt's row with its course and quiz ([`Backend::read_attempt`]).
#[derive(sqlx::FromRow)]
struct AttemptHead {
    id: AttemptId,
    number: i64,
    started_at: i64,
    submitted_at: Option<i64>,
    closed_by: Option<String>,
    result: Option<String>,
    percent: Option<f64>,
    enrolment_id: EnrolmentId,
    slug: String,
    title: String,
    version_no: i64,
    deadline: Option<i64>,
    pass_mark: i64,
    review: String,
}

fn summary((id, number, started_at, submitted_at, closed_by, result, percent): SummaryRow) -> AttemptSummary {
    let state = match (submitted_at, result.as_deref()) {
        (None, _) => AttemptState::Open,
        (Some(_), Some("passed")) => AttemptState::Passed,
        (Some(_), Some("failed")) => AttemptState::Failed,
        // No result yet: an essay waits (the column's CHECK allows no other word).
        (Some(_), _) => AttemptState::Pending,
    };
    AttemptSummary {
        id,
        number,
        started_at,
        submitted_at,
        timed_out: closed_by.as_deref() == Some("deadline"),
        state,
        percent,
    }
}

pub(super) fn review_word(word: &str) -> StoreResult<QuizReview> {
    QuizReview::parse(word).ok_or_else(|| corrupt(format!("review `{word}`")))
}

/// An open attempt of the person past its deadline, or None.
async fn expired_open(tx: &mut Tx<'_>, enrolment: EnrolmentId, now: i64) -> StoreResult<Option<AttemptId>> {
    Ok(sqlx::query_scalar(
        "SELECT id FROM quiz_attempts WHERE enrolment_id = $1 AND submitted_at IS NULL \
         AND deadline IS NOT NULL AND deadline <= $2",
    )
    .bind(enrolment)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Locks the attempt `attempt` of `person` while it is open and in time;
/// None when it is not (someone else's, submitted, or past its deadline).
async fn lock_open(tx: &mut Tx<'_>, person: PersonId, attempt: AttemptId, now: i64) -> StoreResult<Option<AttemptId>> {
    Ok(sqlx::query_scalar(
        "UPDATE quiz_attempts SET started_at = started_at WHERE id = $1 AND submitted_at IS NULL \
           AND (deadline IS NULL OR deadline > $3) \
           AND enrolment_id IN (SELECT id FROM enrolments WHERE person_id = $2 \
             AND status IN ('enrolled', 'in_progress') AND course_version_id = quiz_attempts.course_version_id) \
         RETURNING id",
    )
    .bind(attempt)
    .bind(person)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Where the attempt stands; None when it is not the person's.
async fn standing(tx: &mut Tx<'_>, person: PersonId, attempt: AttemptId, now: i64) -> StoreResult<Option<Standing>> {
    let row: Option<(Option<i64>, Option<i64>, i64)> = sqlx::query_as(
        "SELECT a.submitted_at, a.deadline, CAST(CASE WHEN e.status IN ('enrolled', 'in_progress') \
           AND e.course_version_id = a.course_version_id THEN 1 ELSE 0 END AS BIGINT) \
         FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id WHERE a.id = $1 AND e.person_id = $2",
    )
    .bind(attempt)
    .bind(person)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(submitted, deadline, current)| Standing {
        open: submitted.is_none(),
        past_deadline: deadline.is_some_and(|d| d <= now),
        enrolment_current: current == 1,
    }))
}

/// Closes an open attempt that can no longer be answered (past its
/// deadline, or its enrolment finished or moved to another version),
/// locking it first (its enrolment locked before: [`lock_enrolment_of`]);
/// whether it did.
async fn close_if_done(
    backend: &Backend,
    tx: &mut Tx<'_>,
    attempt: AttemptId,
    standing: Standing,
) -> StoreResult<bool> {
    if !standing.open {
        return Ok(false);
    }
    if standing.past_deadline {
        return close_if_expired(backend, tx, attempt, backend.clock.now()).await;
    }
    if standing.enrolment_current {
        return Ok(false);
    }
    let locked: Option<AttemptId> = sqlx::query_scalar(
        "UPDATE quiz_attempts SET started_at = started_at WHERE id = $1 AND submitted_at IS NULL RETURNING id",
    )
    .bind(attempt)
    .fetch_optional(&mut **tx)
    .await?;
    if locked.is_none() {
        return Ok(false);
    }
    close_and_grade(backend, tx, attempt, ClosedBy::Enrolment, "tutela:enrolment-ended").await?;
    Ok(true)
}

/// Closes the attempt at its deadline when it is open and past it (locking
/// it first); whether it did.
async fn close_if_expired(backend: &Backend, tx: &mut Tx<'_>, attempt: AttemptId, now: i64) -> StoreResult<bool> {
    let locked: Option<AttemptId> = sqlx::query_scalar(
        "UPDATE quiz_attempts SET started_at = started_at WHERE id = $1 AND submitted_at IS NULL \
           AND deadline IS NOT NULL AND deadline <= $2 RETURNING id",
    )
    .bind(attempt)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?;
    if locked.is_none() {
        return Ok(false);
    }
    close_and_grade(backend, tx, attempt, ClosedBy::Deadline, "tutela:time-limit").await?;
    Ok(true)
}

impl Backend {
    /// Closes the person's open attempt at the course if it is past its
    /// deadline: a write only when there is one, so that reading a quiz's
    /// pages takes no write lock.
    async fn settle_course(&self, person: PersonId, course_slug: &str) -> StoreResult<()> {
        let now = self.clock.now();
        let expired: Option<AttemptId> = sqlx::query_scalar(
            "SELECT a.id FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id \
             JOIN courses c ON c.id = e.course_id WHERE e.person_id = $1 AND c.slug = $2 \
             AND a.submitted_at IS NULL AND a.deadline IS NOT NULL AND a.deadline <= $3",
        )
        .bind(person)
        .bind(course_slug)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        if let Some(expired) = expired {
            let mut writer = self.write_connection().await?;
            let mut tx = writer.begin().await?;
            lock_enrolment_of(&mut tx, expired, Some(person)).await?;
            close_if_expired(self, &mut tx, expired, now).await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Closes the person's attempt if it can no longer be answered (past
    /// its deadline, or its enrolment finished or moved to another
    /// version): a write only then.
    async fn settle_attempt(&self, person: PersonId, attempt: AttemptId) -> StoreResult<()> {
        let now = self.clock.now();
        let mut read = self.pool.begin().await?;
        let found = standing(&mut read, person, attempt, now).await?;
        drop(read);
        if found.is_some_and(|s| s.open && (s.past_deadline || !s.enrolment_current)) {
            self.settle_one(person, attempt, now).await?;
        }
        Ok(())
    }

    pub(super) async fn read_overview(
        &self,
        person: PersonId,
        course_slug: &str,
    ) -> StoreResult<Option<store::QuizOverview>> {
        self.settle_course(person, course_slug).await?;
        let mut tx = self.pool.begin().await?;
        type Course = (i64, String, CourseVersionId, i64, Option<EnrolmentId>, Option<CourseVersionId>, Option<i64>);
        let course: Option<Course> = sqlx::query_as(
            "SELECT c.id, pv.title, pv.id, pv.version_no, e.id, e.course_version_id, ev.version_no \
             FROM courses c JOIN published_versions pv ON pv.course_id = c.id \
             LEFT JOIN enrolments e ON e.course_id = c.id AND e.person_id = $2 AND e.status IN ('enrolled', 'in_progress') \
             LEFT JOIN course_versions ev ON ev.id = e.course_version_id \
             WHERE c.slug = $1",
        )
        .bind(course_slug)
        .bind(person)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((course_id, title, published, published_no, enrolment, studied, studied_no)) = course else {
            return Ok(None);
        };
        let (version, version_no) = match (studied, studied_no) {
            (Some(version), Some(no)) => (version, no),
            _ => (published, published_no),
        };
        let Some(quiz) = super::read_settings(&mut tx, version).await? else { return Ok(None) };
        let settings = quiz.settings;
        let (lessons_total, lessons_read): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM lessons WHERE course_version_id = $1), \
               (SELECT COUNT(*) FROM lesson_reads r JOIN lessons l ON l.id = r.lesson_id \
                 WHERE r.enrolment_id = $2 AND l.course_version_id = $1)",
        )
        .bind(version)
        .bind(enrolment)
        .fetch_one(&mut *tx)
        .await?;
        // The open enrolment's attempts at its version's quiz; with none
        // open, those of the latest enrolment (a completed course's pass).
        let attempts: Vec<SummaryRow> = match enrolment {
            Some(enrolment) => {
                sqlx::query_as(&format!(
                    "SELECT {SUMMARY} FROM quiz_attempts a WHERE a.enrolment_id = $1 AND a.course_version_id = $2 \
                     ORDER BY a.number DESC"
                ))
                .bind(enrolment)
                .bind(version)
                .fetch_all(&mut *tx)
                .await?
            }
            None => {
                sqlx::query_as(&format!(
                    "SELECT {SUMMARY} FROM quiz_attempts a WHERE a.enrolment_id = (SELECT e.id FROM enrolments e \
                       WHERE e.person_id = $1 AND e.course_id = $2 ORDER BY e.enrolled_at DESC, e.id DESC LIMIT 1) \
                     ORDER BY a.number DESC"
                ))
                .bind(person)
                .bind(course_id)
                .fetch_all(&mut *tx)
                .await?
            }
        };
        let completed_on: Option<String> = sqlx::query_scalar(
            "SELECT MAX(completed_on) FROM enrolments WHERE person_id = $1 AND course_id = $2 AND status = 'completed'",
        )
        .bind(person)
        .bind(course_id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        let attempts: Vec<AttemptSummary> = attempts.into_iter().map(summary).collect();
        let start = crate::quiz::start_state(
            enrolment.is_some(),
            completed_on.is_some(),
            &attempts,
            &settings,
            self.clock.now(),
        );
        Ok(Some(store::QuizOverview {
            course_slug: course_slug.to_string(),
            course_title: title,
            version_no,
            enrolment,
            lessons_total,
            lessons_read,
            settings,
            attempts,
            completed_on,
            start,
        }))
    }

    pub(super) async fn read_attempt(
        &self,
        person: PersonId,
        attempt: AttemptId,
    ) -> StoreResult<Option<AttemptRecord>> {
        self.settle_attempt(person, attempt).await?;
        let now = self.clock.now();
        let mut tx = self.pool.begin().await?;
        if standing(&mut tx, person, attempt, now).await?.is_none() {
            return Ok(None);
        }
        let head: AttemptHead = sqlx::query_as(&format!(
            "SELECT {SUMMARY}, a.enrolment_id, c.slug, v.title, v.version_no, a.deadline, q.pass_mark, q.review \
             FROM quiz_attempts a JOIN quizzes q ON q.course_version_id = a.course_version_id \
             JOIN course_versions v ON v.id = a.course_version_id JOIN courses c ON c.id = v.course_id \
             WHERE a.id = $1"
        ))
        .bind(attempt)
        .fetch_one(&mut *tx)
        .await?;
        let slots: Vec<SlotRow> = sqlx::query_as(
            "SELECT s.slot, s.question_id, q.gift, s.layout, s.answer, s.mark, s.comment FROM attempt_slots s \
             JOIN questions q ON q.id = s.question_id WHERE s.attempt_id = $1 ORDER BY s.slot",
        )
        .bind(attempt)
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(AttemptRecord {
            summary: summary((
                head.id,
                head.number,
                head.started_at,
                head.submitted_at,
                head.closed_by,
                head.result,
                head.percent,
            )),
            enrolment: head.enrolment_id,
            course_slug: head.slug,
            course_title: head.title,
            version_no: head.version_no,
            deadline: head.deadline,
            pass_mark: u32::try_from(head.pass_mark).map_err(corrupt)?,
            review: review_word(&head.review)?,
            slots: slots
                .into_iter()
                .map(|(slot, question, gift, layout, answer, mark, comment)| {
                    Ok(AttemptSlot {
                        slot: u32::try_from(slot).map_err(corrupt)?,
                        question,
                        gift,
                        layout,
                        answer,
                        mark,
                        comment,
                    })
                })
                .collect::<StoreResult<_>>()?,
        }))
    }

    pub(super) async fn write_answer(
        &self,
        person: PersonId,
        attempt: AttemptId,
        slot: u32,
        answer: Option<&str>,
    ) -> StoreResult<()> {
        // Stored answers are one serialised `Answer` each: grading reads
        // them back concatenated into one JSON array (`grading::load`), so
        // no other text may be stored.
        if let Some(answer) = answer {
            serde_json::from_str::<crate::quiz::attempt::Answer>(answer).map_err(corrupt)?;
        }
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        lock_enrolment_of(&mut tx, attempt, Some(person)).await?;
        if lock_open(&mut tx, person, attempt, now).await?.is_none() {
            let Some(standing) = standing(&mut tx, person, attempt, now).await? else {
                return Err(StoreError::NotFound(Missing::Record));
            };
            if !standing.open {
                return Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::Submitted)));
            }
            close_if_done(self, &mut tx, attempt, standing).await?;
            tx.commit().await?;
            let refusal =
                if standing.past_deadline { Refusal::Quiz(QuizRefusal::TimeUp) } else { Refusal::EnrolmentFinished };
            return Err(StoreError::Refused(refusal));
        }
        let saved =
            sqlx::query("UPDATE attempt_slots SET answer = $1, answered_at = $2 WHERE attempt_id = $3 AND slot = $4")
                .bind(answer)
                .bind(answer.map(|_| now))
                .bind(attempt)
                .bind(i64::from(slot))
                .execute(&mut *tx)
                .await?;
        if saved.rows_affected() != 1 {
            return Err(StoreError::NotFound(Missing::Record));
        }
        tx.commit().await?;
        Ok(())
    }

    pub(super) async fn write_submission(
        &self,
        person: PersonId,
        attempt: AttemptId,
        actor: &str,
    ) -> StoreResult<store::Submitted> {
        if let Some(submitted) = self.submit_in_two_round_trips(person, attempt, actor).await? {
            return Ok(submitted);
        }
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // On PostgreSQL the enrolment and the attempt are locked first (a
        // concurrent save or submit waits); SQLite's write transaction
        // holds the database already, so the one read below says whether
        // the attempt is still open, in the same round trip as everything
        // its grading reads.
        let locked = if Backend::ROW_LOCKS {
            lock_enrolment_of(&mut tx, attempt, Some(person)).await?;
            lock_open(&mut tx, person, attempt, now).await?.is_some()
        } else {
            true
        };
        let loaded = grading::load(&mut tx, "", attempt, Some(person)).await?;
        let Some(loaded) = loaded else { return Err(StoreError::NotFound(Missing::Record)) };
        let course_slug = loaded.course_slug().to_string();
        let standing = loaded.standing(now);
        if !locked || !standing.answerable() {
            // Submitted already (a double click), or past its deadline, or
            // its enrolment finished: closed now with what was saved, if not yet.
            let closed = close_if_done(self, &mut tx, attempt, standing).await?;
            tx.commit().await?;
            return Ok(store::Submitted { course_slug, completed: false, again: !closed });
        }
        let (graded, writes) = grading::grade(self, &mut tx, attempt, loaded, ClosedBy::Learner, actor).await?;
        writes.apply(self, &mut tx).await?;
        tx.commit().await?;
        Ok(store::Submitted { course_slug, completed: graded.completed, again: false })
    }

    /// The usual submission (the person's attempt, open and in time) on
    /// SQLite, in two round trips to the writer's thread: `BEGIN IMMEDIATE`
    /// with the grading's one read, then every write, the audit entries and
    /// `COMMIT` as one batch ([`OpenWrite`]). None, having written nothing,
    /// on PostgreSQL and for every other case, which
    /// [`Backend::write_submission`]'s transaction then handles (not found,
    /// submitted already, past its deadline, enrolment finished).
    async fn submit_in_two_round_trips(
        &self,
        person: PersonId,
        attempt: AttemptId,
        actor: &str,
    ) -> StoreResult<Option<store::Submitted>> {
        let Some(mut write) = OpenWrite::acquire(self).await? else { return Ok(None) };
        let now = self.clock.now();
        let begin = write.begin();
        let loaded = grading::load(write.conn(), begin, attempt, Some(person)).await?;
        let Some(loaded) = loaded.filter(|loaded| loaded.standing(now).answerable()) else {
            write.rollback().await?;
            return Ok(None);
        };
        let course_slug = loaded.course_slug().to_string();
        let (graded, writes) = grading::grade(self, write.conn(), attempt, loaded, ClosedBy::Learner, actor).await?;
        write.commit(self, writes).await?;
        Ok(Some(store::Submitted { course_slug, completed: graded.completed, again: false }))
    }

    pub(super) async fn sweep_expired(&self) -> StoreResult<u64> {
        const BATCH: i64 = 500;
        let now = self.clock.now();
        let (mut closed, mut after) = (0, AttemptId(0));
        loop {
            // Open attempts past their deadline, or whose enrolment ended or
            // moved to another version.
            let due: Vec<(AttemptId, PersonId)> = sqlx::query_as(
                "SELECT a.id, e.person_id FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id \
                 WHERE a.submitted_at IS NULL AND a.id > $2 AND ((a.deadline IS NOT NULL AND a.deadline <= $1) \
                   OR e.status NOT IN ('enrolled', 'in_progress') OR e.course_version_id <> a.course_version_id) \
                 ORDER BY a.id LIMIT $3",
            )
            .bind(now)
            .bind(after)
            .bind(BATCH)
            .fetch_all(&self.pool)
            .await?;
            for &(attempt, person) in &due {
                // One attempt that cannot be closed (its records unreadable)
                // is logged and passed over; the others are still closed.
                match self.settle_one(person, attempt, now).await {
                    Ok(true) => closed += 1,
                    Ok(false) => {}
                    Err(err) => tracing::warn!(
                        error = &err as &dyn std::error::Error,
                        attempt = attempt.0,
                        "an attempt past its time could not be closed; the sweep goes on"
                    ),
                }
            }
            match due.last() {
                Some(&(last, _)) if due.len() as i64 == BATCH => after = last,
                _ => return Ok(closed),
            }
        }
    }

    /// Closes one attempt that can no longer be answered, in its own
    /// transaction; whether it did.
    async fn settle_one(&self, person: PersonId, attempt: AttemptId, now: i64) -> StoreResult<bool> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        lock_enrolment_of(&mut tx, attempt, Some(person)).await?;
        let closed = match standing(&mut tx, person, attempt, now).await? {
            Some(standing) => close_if_done(self, &mut tx, attempt, standing).await?,
            None => false,
        };
        tx.commit().await?;
        Ok(closed)
    }
}
