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

use tutela_app::ids::{AttemptId, CourseVersionId, EnrolmentId, InstitutionId, PersonId, QuestionId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::quiz::model::{AttemptState, AttemptSummary};
use tutela_app::store::{
    self, AttemptRecord, AttemptSlot, Missing, QuizRefusal, QuizReview, QuizSettings, Refusal, StoreError, StoreResult,
};
use tutela_gift::Weight;

use super::super::learning::complete_if_done;
use super::super::{Backend, Db, audit};
use crate::quiz::attempt::{self, Answer, Drawable, Layout};

type Tx<'a> = sqlx::Transaction<'a, Db>;

/// The columns of an [`AttemptSummary`] over `quiz_attempts a`.
const SUMMARY: &str = "a.id, a.number, a.started_at, a.submitted_at, a.closed_by, a.result, a.percent";

type SummaryRow = (AttemptId, i64, i64, Option<i64>, Option<String>, Option<String>, Option<f64>);

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
        (Some(_), Some(_)) => AttemptState::Failed,
        (Some(_), None) => AttemptState::Pending,
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

/// A stored text that does not read back (written by this program, so a
/// fault of the records): an outage, not a user's error.
fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::unavailable(std::io::Error::other(format!("a quiz record does not read back: {what}")))
}

fn review_word(word: &str) -> StoreResult<QuizReview> {
    QuizReview::parse(word).ok_or_else(|| corrupt(format!("review `{word}`")))
}

/// One stored question parsed back from its GIFT.
pub(crate) fn question_of(gift: &str) -> StoreResult<tutela_gift::Question> {
    let bank = tutela_gift::parse(gift).map_err(|_| corrupt("a question's GIFT"))?;
    bank.questions.into_iter().next().ok_or_else(|| corrupt("an empty question"))
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

/// What a grading did.
pub(super) struct Graded {
    pub completed: bool,
}

/// Closes the attempt (locked, open) and grades every answer saved, in
/// `tx`: marks and choices written, the score, the essays left to a
/// trainer, and, when none waits, passed or failed; then the enrolment
/// completed when the rule says so. Audited (`quiz.submit`).
pub(super) async fn close_and_grade(
    backend: &Backend,
    tx: &mut Tx<'_>,
    attempt: AttemptId,
    by_deadline: bool,
    actor: &str,
) -> StoreResult<Graded> {
    let now = backend.clock.now();
    type Head = (EnrolmentId, PersonId, InstitutionId, i64, i64, String, i64);
    let (enrolment, person, institution, number, pass_mark, course_slug, version_no): Head = sqlx::query_as(
        "SELECT a.enrolment_id, e.person_id, p.institution_id, a.number, q.pass_mark, c.slug, v.version_no \
         FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id \
         JOIN quizzes q ON q.course_version_id = a.course_version_id \
         JOIN course_versions v ON v.id = a.course_version_id JOIN courses c ON c.id = v.course_id \
         WHERE a.id = $1",
    )
    .bind(attempt)
    .fetch_one(&mut **tx)
    .await?;
    let slots: Vec<(i64, QuestionId, String, String, Option<String>)> = sqlx::query_as(
        "SELECT s.slot, s.question_id, q.gift, s.layout, s.answer FROM attempt_slots s \
         JOIN questions q ON q.id = s.question_id WHERE s.attempt_id = $1 ORDER BY s.slot",
    )
    .bind(attempt)
    .fetch_all(&mut **tx)
    .await?;
    let (mut score, mut pending) = (0i64, 0i64);
    for (slot, question_id, gift, layout, answer) in &slots {
        let question = question_of(gift)?;
        let layout: Layout = serde_json::from_str(layout).map_err(corrupt)?;
        let answer: Option<Answer> = answer.as_deref().map(serde_json::from_str).transpose().map_err(corrupt)?;
        let graded = attempt::grade(&question.body, &layout, answer.as_ref());
        match graded.mark {
            Some(mark) => score += i64::from(mark.units()),
            None => pending += 1,
        }
        sqlx::query("UPDATE attempt_slots SET mark = $1, graded_at = $2 WHERE attempt_id = $3 AND slot = $4")
            .bind(graded.mark.map(|m| i64::from(m.units())))
            .bind(graded.mark.map(|_| now))
            .bind(attempt)
            .bind(slot)
            .execute(&mut **tx)
            .await?;
        for choice in graded.chosen {
            sqlx::query(
                "INSERT INTO attempt_choices (attempt_id, slot, question_id, choice) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(attempt)
            .bind(slot)
            .bind(question_id)
            .bind(choice as i64)
            .execute(&mut **tx)
            .await?;
        }
    }
    let max_score = slots.len() as i64 * i64::from(Weight::FULL.units());
    let (percent, result) = result_of(score, max_score, pending, pass_mark);
    sqlx::query(
        "UPDATE quiz_attempts SET submitted_at = $1, closed_by = $2, score = $3, max_score = $4, pending = $5, \
           result = $6, percent = $7 WHERE id = $8",
    )
    .bind(now)
    .bind(if by_deadline { "deadline" } else { "learner" })
    .bind(score)
    .bind(max_score)
    .bind(pending)
    .bind(result)
    .bind(percent)
    .bind(attempt)
    .execute(&mut **tx)
    .await?;
    let changes = serde_json::json!({
        "attempt": attempt, "course": course_slug, "version": version_no, "number": number,
        "percent": percent, "result": result.unwrap_or("pending"),
        "closed_by": if by_deadline { "deadline" } else { "learner" },
    });
    let entry = audit::entry(actor, Some(institution), AuditAction::QuizSubmit, RecordType::Person, person, changes);
    audit::append(backend, tx, &entry).await?;
    let completed = result == Some("passed") && complete_if_done(backend, tx, enrolment, actor).await?;
    Ok(Graded { completed })
}

/// An attempt's percentage (two decimals) and, with no essay pending, its
/// result against the pass mark (per cent).
pub(in super::super) fn result_of(
    score: i64,
    max_score: i64,
    pending: i64,
    pass_mark: i64,
) -> (f64, Option<&'static str>) {
    let percent = if max_score > 0 { (score as f64 * 10_000.0 / max_score as f64).round() / 100.0 } else { 0.0 };
    let result = (pending == 0).then(|| {
        // Compared exactly, in weight units: score / max >= pass_mark / 100.
        if i128::from(score) * 100 >= i128::from(pass_mark) * i128::from(max_score) { "passed" } else { "failed" }
    });
    (percent, result)
}

/// Locks the attempt `attempt` of `person` while it is open and in time;
/// None when it is not (someone else's, submitted, or past its deadline).
async fn lock_open(tx: &mut Tx<'_>, person: PersonId, attempt: AttemptId, now: i64) -> StoreResult<Option<AttemptId>> {
    Ok(sqlx::query_scalar(
        "UPDATE quiz_attempts SET started_at = started_at WHERE id = $1 AND submitted_at IS NULL \
           AND (deadline IS NULL OR deadline > $3) \
           AND enrolment_id IN (SELECT id FROM enrolments WHERE person_id = $2) RETURNING id",
    )
    .bind(attempt)
    .bind(person)
    .bind(now)
    .fetch_optional(&mut **tx)
    .await?)
}

/// Whose attempt it is and where it stands: (open, past its deadline); None
/// when it is not the person's.
async fn standing(
    tx: &mut Tx<'_>,
    person: PersonId,
    attempt: AttemptId,
    now: i64,
) -> StoreResult<Option<(bool, bool)>> {
    let row: Option<(Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT a.submitted_at, a.deadline FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id \
         WHERE a.id = $1 AND e.person_id = $2",
    )
    .bind(attempt)
    .bind(person)
    .fetch_optional(&mut **tx)
    .await?;
    Ok(row.map(|(submitted, deadline)| (submitted.is_none(), deadline.is_some_and(|d| d <= now))))
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
    close_and_grade(backend, tx, attempt, true, "tutela:time-limit").await?;
    Ok(true)
}

impl Backend {
    /// The quiz settings of a version, and how many questions an attempt asks.
    async fn settings(&self, tx: &mut Tx<'_>, version: CourseVersionId) -> StoreResult<Option<QuizSettings>> {
        type Row = (i64, i64, i64, Option<i64>, String, i64);
        let row: Option<Row> = sqlx::query_as(
            "SELECT q.pass_mark, q.attempts, q.wait_minutes, q.time_limit_minutes, q.review, \
               CAST(COALESCE((SELECT SUM(d.how_many) FROM quiz_draws d WHERE d.course_version_id = q.course_version_id), 0) AS BIGINT) \
             FROM quizzes q WHERE q.course_version_id = $1",
        )
        .bind(version)
        .fetch_optional(&mut **tx)
        .await?;
        let Some((pass_mark, attempts, wait, limit, review, questions)) = row else { return Ok(None) };
        let number = |n: i64| u32::try_from(n).map_err(corrupt);
        Ok(Some(QuizSettings {
            pass_mark: number(pass_mark)?,
            attempts: number(attempts)?,
            wait_minutes: number(wait)?,
            time_limit_minutes: limit.map(number).transpose()?,
            review: review_word(&review)?,
            questions: number(questions)?,
        }))
    }

    pub(super) async fn read_overview(
        &self,
        person: PersonId,
        course_slug: &str,
    ) -> StoreResult<Option<store::QuizOverview>> {
        let now = self.clock.now();
        let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await?;
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
        let Some(settings) = self.settings(&mut tx, version).await? else { return Ok(None) };
        if let Some(enrolment) = enrolment
            && let Some(expired) = expired_open(&mut tx, enrolment, now).await?
        {
            close_if_expired(self, &mut tx, expired, now).await?;
        }
        let (lessons_total, lessons_read): (i64, i64) = sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM lessons WHERE course_version_id = $1), \
               (SELECT COUNT(*) FROM lesson_reads r JOIN lessons l ON l.id = r.lesson_id \
                 WHERE r.enrolment_id = $2 AND l.course_version_id = $1)",
        )
        .bind(version)
        .bind(enrolment)
        .fetch_one(&mut *tx)
        .await?;
        let attempts: Vec<SummaryRow> = sqlx::query_as(&format!(
            "SELECT {SUMMARY} FROM quiz_attempts a WHERE a.enrolment_id = $1 AND a.course_version_id = $2 \
             ORDER BY a.number DESC"
        ))
        .bind(enrolment)
        .bind(version)
        .fetch_all(&mut *tx)
        .await?;
        let completed_on: Option<String> = sqlx::query_scalar(
            "SELECT MAX(completed_on) FROM enrolments WHERE person_id = $1 AND course_id = $2 AND status = 'completed'",
        )
        .bind(person)
        .bind(course_id)
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(Some(store::QuizOverview {
            course_slug: course_slug.to_string(),
            course_title: title,
            version_no,
            enrolment,
            lessons_total,
            lessons_read,
            settings,
            attempts: attempts.into_iter().map(summary).collect(),
            completed_on,
        }))
    }

    pub(super) async fn begin_attempt(&self, person: PersonId, course_slug: &str) -> StoreResult<AttemptId> {
        let now = self.clock.now();
        let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await?;
        // Lock the open enrolment (a concurrent start waits here on PostgreSQL).
        let locked: Option<(EnrolmentId, CourseVersionId)> = sqlx::query_as(
            "UPDATE enrolments SET status = CASE WHEN status = 'enrolled' THEN 'in_progress' ELSE status END, \
               started_at = COALESCE(started_at, $3) \
             WHERE person_id = $1 AND course_id = (SELECT id FROM courses WHERE slug = $2) \
               AND status IN ('enrolled', 'in_progress') RETURNING id, course_version_id",
        )
        .bind(person)
        .bind(course_slug)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((enrolment, version)) = locked else {
            return Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::NotEnrolled)));
        };
        let Some(settings) = self.settings(&mut tx, version).await? else {
            return Err(StoreError::NotFound(Missing::Record));
        };
        if let Some(expired) = expired_open(&mut tx, enrolment, now).await? {
            close_if_expired(self, &mut tx, expired, now).await?;
        }
        let open: Option<AttemptId> =
            sqlx::query_scalar("SELECT id FROM quiz_attempts WHERE enrolment_id = $1 AND submitted_at IS NULL")
                .bind(enrolment)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(open) = open {
            tx.commit().await?;
            return Ok(open);
        }
        let previous: Vec<(i64, Option<String>, Option<i64>)> = sqlx::query_as(
            "SELECT number, result, submitted_at FROM quiz_attempts WHERE enrolment_id = $1 AND course_version_id = $2",
        )
        .bind(enrolment)
        .bind(version)
        .fetch_all(&mut *tx)
        .await?;
        let last_number: i64 =
            sqlx::query_scalar("SELECT COALESCE(MAX(number), 0) FROM quiz_attempts WHERE enrolment_id = $1")
                .bind(enrolment)
                .fetch_one(&mut *tx)
                .await?;
        let finished: Vec<(Option<&str>, i64)> =
            previous.iter().map(|(_, result, submitted)| (result.as_deref(), submitted.unwrap_or(0))).collect();
        if let Some(refusal) = crate::quiz::may_start(&settings, &finished, now) {
            // The enrolment's lock and any closing at a deadline stand.
            tx.commit().await?;
            return Err(StoreError::Refused(Refusal::Quiz(refusal)));
        }
        let pool: Vec<(QuestionId, Option<String>, String, String)> = sqlx::query_as(
            "SELECT q.id, x.category, q.kind, q.gift FROM quiz_questions x JOIN questions q ON q.id = x.question_id \
             WHERE x.course_version_id = $1 ORDER BY x.position",
        )
        .bind(version)
        .fetch_all(&mut *tx)
        .await?;
        let draws: Vec<(String, i64)> =
            sqlx::query_as("SELECT category, how_many FROM quiz_draws WHERE course_version_id = $1 ORDER BY position")
                .bind(version)
                .fetch_all(&mut *tx)
                .await?;
        let shuffle: i64 = sqlx::query_scalar("SELECT shuffle FROM quizzes WHERE course_version_id = $1")
            .bind(version)
            .fetch_one(&mut *tx)
            .await?;
        let slots = draw_slots(&pool, &draws, shuffle != 0)?;
        let deadline = settings.time_limit_minutes.map(|minutes| now + i64::from(minutes) * 60);
        let id: AttemptId = sqlx::query_scalar(
            "INSERT INTO quiz_attempts (enrolment_id, course_version_id, number, started_at, deadline) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(enrolment)
        .bind(version)
        .bind(last_number + 1)
        .bind(now)
        .bind(deadline)
        .fetch_one(&mut *tx)
        .await
        .map_err(|err| match &err {
            // A concurrent start (SQLite allows none; PostgreSQL waits on the lock).
            sqlx::Error::Database(db) if db.is_unique_violation() => StoreError::NotFound(Missing::Record),
            _ => err.into(),
        })?;
        for (slot, (question, layout)) in slots.iter().enumerate() {
            sqlx::query("INSERT INTO attempt_slots (attempt_id, slot, question_id, layout) VALUES ($1, $2, $3, $4)")
                .bind(id)
                .bind(slot as i64 + 1)
                .bind(question)
                .bind(layout)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    pub(super) async fn read_attempt(
        &self,
        person: PersonId,
        attempt: AttemptId,
    ) -> StoreResult<Option<AttemptRecord>> {
        let now = self.clock.now();
        let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await?;
        let Some((open, expired)) = standing(&mut tx, person, attempt, now).await? else { return Ok(None) };
        if open && expired {
            close_if_expired(self, &mut tx, attempt, now).await?;
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
        let slots: Vec<(i64, QuestionId, String, String, Option<String>, Option<i64>, Option<String>)> =
            sqlx::query_as(
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
        let now = self.clock.now();
        let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await?;
        if lock_open(&mut tx, person, attempt, now).await?.is_none() {
            let refusal = match standing(&mut tx, person, attempt, now).await? {
                None => return Err(StoreError::NotFound(Missing::Record)),
                Some((false, _)) => QuizRefusal::Submitted,
                Some((true, _)) => {
                    close_if_expired(self, &mut tx, attempt, now).await?;
                    tx.commit().await?;
                    QuizRefusal::TimeUp
                }
            };
            return Err(StoreError::Refused(Refusal::Quiz(refusal)));
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
        let now = self.clock.now();
        let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await?;
        let course_slug: Option<String> = sqlx::query_scalar(
            "SELECT c.slug FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id \
             JOIN courses c ON c.id = e.course_id WHERE a.id = $1 AND e.person_id = $2",
        )
        .bind(attempt)
        .bind(person)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(course_slug) = course_slug else { return Err(StoreError::NotFound(Missing::Record)) };
        if lock_open(&mut tx, person, attempt, now).await?.is_none() {
            // Submitted already (a double click), or past its deadline:
            // closed now with what was saved, if not yet.
            let closed = close_if_expired(self, &mut tx, attempt, now).await?;
            tx.commit().await?;
            return Ok(store::Submitted { course_slug, completed: false, again: !closed });
        }
        let graded = close_and_grade(self, &mut tx, attempt, false, actor).await?;
        tx.commit().await?;
        Ok(store::Submitted { course_slug, completed: graded.completed, again: false })
    }

    pub(super) async fn sweep_expired(&self) -> StoreResult<u64> {
        let now = self.clock.now();
        let expired: Vec<AttemptId> = sqlx::query_scalar(
            "SELECT id FROM quiz_attempts WHERE submitted_at IS NULL AND deadline IS NOT NULL AND deadline <= $1 \
             ORDER BY id LIMIT 1000",
        )
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        let mut closed = 0;
        for attempt in expired {
            let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await?;
            if close_if_expired(self, &mut tx, attempt, now).await? {
                closed += 1;
            }
            tx.commit().await?;
        }
        Ok(closed)
    }
}

/// The questions an attempt asks and each one's layout (JSON), drawn from
/// the version's questions (`pool`, in bank order) as its `draws` say.
fn draw_slots(
    pool: &[(QuestionId, Option<String>, String, String)],
    draws: &[(String, i64)],
    shuffle: bool,
) -> StoreResult<Vec<(QuestionId, String)>> {
    let drawable: Vec<Drawable<'_>> = pool
        .iter()
        .map(|(_, category, kind, _)| Drawable { category: category.as_deref(), description: kind == "description" })
        .collect();
    let draws: Vec<(String, u32)> =
        draws.iter().map(|(category, n)| (category.clone(), u32::try_from(*n).unwrap_or(0))).collect();
    let mut rng = rand::rng();
    let picked = attempt::draw(&drawable, &draws, shuffle, &mut rng);
    let mut slots = Vec::with_capacity(picked.len());
    for index in picked {
        let (id, _, _, gift) = &pool[index];
        let question = question_of(gift)?;
        let layout = attempt::layout(&question.body, shuffle, &mut rng);
        slots.push((*id, serde_json::to_string(&layout).map_err(corrupt)?));
    }
    Ok(slots)
}
