//! Starting an attempt: the open enrolment locked, an attempt past its
//! deadline or at a version no longer studied closed, the rules of
//! `quiz::may_start`, then the draw and each question's layout stored.

use tutela_app::ids::{AttemptId, CourseVersionId, EnrolmentId, PersonId, QuestionId};
use tutela_app::store::{Missing, QuizDraw, QuizRefusal, Refusal, StoreError, StoreResult};

use super::super::Backend;
use super::super::grading::{ClosedBy, close_and_grade, corrupt, question_of};
use super::{close_if_expired, expired_open};
use crate::quiz::attempt::{self, Drawable};

impl Backend {
    pub(in super::super) async fn begin_attempt(&self, person: PersonId, course_slug: &str) -> StoreResult<AttemptId> {
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
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
        let Some(super::super::ReadSettings { settings, shuffle, draws }) =
            super::super::read_settings(&mut tx, version).await?
        else {
            return Err(StoreError::NotFound(Missing::Record));
        };
        if let Some(expired) = expired_open(&mut tx, enrolment, now).await? {
            close_if_expired(self, &mut tx, expired, now).await?;
        }
        let open: Option<(AttemptId, CourseVersionId)> = sqlx::query_as(
            "SELECT id, course_version_id FROM quiz_attempts WHERE enrolment_id = $1 AND submitted_at IS NULL",
        )
        .bind(enrolment)
        .fetch_optional(&mut *tx)
        .await?;
        match open {
            Some((open, at)) if at == version => {
                tx.commit().await?;
                return Ok(open);
            }
            // An attempt at the version the enrolment studied before a
            // switch: closed with what was saved, and a new one starts.
            Some((old, _)) => {
                let locked: Option<AttemptId> = sqlx::query_scalar(
                    "UPDATE quiz_attempts SET started_at = started_at WHERE id = $1 AND submitted_at IS NULL RETURNING id",
                )
                .bind(old)
                .fetch_optional(&mut *tx)
                .await?;
                if locked.is_some() {
                    close_and_grade(self, &mut tx, old, ClosedBy::Enrolment, "tutela:enrolment-ended").await?;
                }
            }
            None => {}
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
        let slots = draw_slots(&pool, &draws, shuffle)?;
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
}

/// The questions an attempt asks and each one's layout (JSON), drawn from
/// the version's questions (`pool`, in bank order) as its `draws` say.
fn draw_slots(
    pool: &[(QuestionId, Option<String>, String, String)],
    draws: &[QuizDraw],
    shuffle: bool,
) -> StoreResult<Vec<(QuestionId, String)>> {
    let drawable: Vec<Drawable<'_>> = pool
        .iter()
        .map(|(_, category, kind, _)| Drawable { category: category.as_deref(), description: kind == "description" })
        .collect();
    let draws: Vec<(String, u32)> = draws.iter().map(|draw| (draw.category.clone(), draw.how_many)).collect();
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
