//! The SQL of [`QuizStore`](tutela_app::store::QuizStore): a version's quiz
//! written in `publish`'s transaction ([`write_quiz`]), and read back;
//! attempts in `attempts.rs`.

mod attempts;
pub(super) mod grading;

use super::{Backend, Db};

use tutela_app::ids::{AttemptId, CourseVersionId, PersonId};
use tutela_app::store::{self, NewQuestion, NewQuiz, QuizDraw, QuizSettings, StoreResult};

/// Writes `quiz` as the quiz of the version `version_id` of the course
/// `course_id`, inside `publish`'s transaction. A question whose
/// fingerprint the course already has is that question version again; a
/// new fingerprint is a new question version.
pub(super) async fn write_quiz(
    tx: &mut sqlx::Transaction<'_, Db>,
    course_id: i64,
    version_id: CourseVersionId,
    quiz: &NewQuiz,
    now: i64,
) -> StoreResult<()> {
    sqlx::query(
        "INSERT INTO quizzes (course_version_id, pass_mark, attempts, wait_minutes, time_limit_minutes, shuffle, \
           review) VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(version_id)
    .bind(i64::from(quiz.pass_mark))
    .bind(i64::from(quiz.attempts))
    .bind(i64::from(quiz.wait_minutes))
    .bind(quiz.time_limit_minutes.map(i64::from))
    .bind(i64::from(quiz.shuffle))
    .bind(quiz.review.as_str())
    .execute(&mut **tx)
    .await?;
    for (position, draw) in quiz.draws.iter().enumerate() {
        sqlx::query("INSERT INTO quiz_draws (course_version_id, position, category, how_many) VALUES ($1, $2, $3, $4)")
            .bind(version_id)
            .bind(position as i64)
            .bind(&draw.category)
            .bind(i64::from(draw.how_many))
            .execute(&mut **tx)
            .await?;
    }
    for (position, question) in quiz.questions.iter().enumerate() {
        sqlx::query(
            "INSERT INTO questions (course_id, fingerprint, kind, gift, created_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (course_id, fingerprint) DO NOTHING",
        )
        .bind(course_id)
        .bind(&question.fingerprint)
        .bind(&question.kind)
        .bind(&question.gift)
        .bind(now)
        .execute(&mut **tx)
        .await?;
        let question_id: i64 = sqlx::query_scalar("SELECT id FROM questions WHERE course_id = $1 AND fingerprint = $2")
            .bind(course_id)
            .bind(&question.fingerprint)
            .fetch_one(&mut **tx)
            .await?;
        let tags = serde_json::to_string(&question.tags).map_err(store::StoreError::unavailable)?;
        sqlx::query(
            "INSERT INTO quiz_questions (course_version_id, position, question_id, bank, category, title, id_number, \
               tags_json) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(version_id)
        .bind(position as i64)
        .bind(question_id)
        .bind(&question.bank)
        .bind(&question.category)
        .bind(&question.title)
        .bind(&question.id_number)
        .bind(tags)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// A version's quiz settings as stored, read once for every use: the
/// learner's [`QuizSettings`] (with the questions an attempt asks), and
/// the draws and shuffle an attempt is drawn by.
pub(super) struct ReadSettings {
    pub settings: QuizSettings,
    pub shuffle: bool,
    pub draws: Vec<QuizDraw>,
}

/// The quiz settings of the version `version`; None when it has no quiz.
pub(super) async fn read_settings(
    conn: &mut <Db as sqlx::Database>::Connection,
    version: CourseVersionId,
) -> StoreResult<Option<ReadSettings>> {
    type Row = (i64, i64, i64, Option<i64>, i64, String);
    let row: Option<Row> = sqlx::query_as(
        "SELECT pass_mark, attempts, wait_minutes, time_limit_minutes, shuffle, review FROM quizzes \
         WHERE course_version_id = $1",
    )
    .bind(version)
    .fetch_optional(&mut *conn)
    .await?;
    let Some((pass_mark, attempts, wait, limit, shuffle, review)) = row else { return Ok(None) };
    let draws: Vec<(String, i64)> =
        sqlx::query_as("SELECT category, how_many FROM quiz_draws WHERE course_version_id = $1 ORDER BY position")
            .bind(version)
            .fetch_all(&mut *conn)
            .await?;
    let number = |n: i64| u32::try_from(n).map_err(grading::corrupt);
    let draws = draws
        .into_iter()
        .map(|(category, how_many)| Ok(QuizDraw { category, how_many: number(how_many)? }))
        .collect::<StoreResult<Vec<_>>>()?;
    Ok(Some(ReadSettings {
        settings: QuizSettings {
            pass_mark: number(pass_mark)?,
            attempts: number(attempts)?,
            wait_minutes: number(wait)?,
            time_limit_minutes: limit.map(number).transpose()?,
            review: attempts::review_word(&review)?,
            questions: draws.iter().map(|draw| draw.how_many).sum(),
        },
        shuffle: shuffle != 0,
        draws,
    }))
}

#[async_trait::async_trait]
impl store::QuizStore for Backend {
    async fn quiz(&self, course_slug: &str, version_no: Option<i64>) -> StoreResult<Option<store::StoredQuiz>> {
        let version: Option<(CourseVersionId, i64)> = sqlx::query_as(
            "SELECT v.id, v.version_no FROM courses c JOIN course_versions v ON v.course_id = c.id \
             WHERE c.slug = $1 AND v.version_no = COALESCE($2, \
               (SELECT p.version_no FROM published_versions p WHERE p.course_id = c.id))",
        )
        .bind(course_slug)
        .bind(version_no)
        .fetch_optional(&self.pool)
        .await?;
        let Some((version_id, version_no)) = version else { return Ok(None) };
        let mut conn = self.pool.acquire().await?;
        let Some(ReadSettings { settings, shuffle, draws }) = read_settings(&mut conn, version_id).await? else {
            return Ok(None);
        };
        drop(conn);
        type Row = (i64, String, String, String, String, Option<String>, Option<String>, Option<String>, String);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT q.id, q.fingerprint, q.kind, q.gift, x.bank, x.category, x.title, x.id_number, x.tags_json \
             FROM quiz_questions x JOIN questions q ON q.id = x.question_id \
             WHERE x.course_version_id = $1 ORDER BY x.position",
        )
        .bind(version_id)
        .fetch_all(&self.pool)
        .await?;
        let mut question_ids = Vec::with_capacity(rows.len());
        let mut questions = Vec::with_capacity(rows.len());
        for (id, fingerprint, kind, gift, bank, category, title, id_number, tags) in rows {
            question_ids.push(id);
            let tags: Vec<String> = serde_json::from_str(&tags).map_err(store::StoreError::unavailable)?;
            questions.push(NewQuestion { fingerprint, kind, gift, bank, category, title, id_number, tags });
        }
        let quiz = NewQuiz {
            pass_mark: settings.pass_mark,
            attempts: settings.attempts,
            wait_minutes: settings.wait_minutes,
            time_limit_minutes: settings.time_limit_minutes,
            shuffle,
            review: settings.review,
            draws,
            questions,
        };
        Ok(Some(store::StoredQuiz { course_slug: course_slug.to_string(), version_no, quiz, question_ids }))
    }

    async fn quiz_overview(&self, person: PersonId, course_slug: &str) -> StoreResult<Option<store::QuizOverview>> {
        self.read_overview(person, course_slug).await
    }

    async fn start_attempt(&self, person: PersonId, course_slug: &str) -> StoreResult<AttemptId> {
        self.begin_attempt(person, course_slug).await
    }

    async fn attempt(&self, person: PersonId, attempt: AttemptId) -> StoreResult<Option<store::AttemptRecord>> {
        self.read_attempt(person, attempt).await
    }

    async fn attempt_question(
        &self,
        person: PersonId,
        attempt: AttemptId,
        slot: u32,
    ) -> StoreResult<Option<store::AttemptQuestion>> {
        type Row = (Option<i64>, i64, Option<String>, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT a.submitted_at, (SELECT COUNT(*) FROM attempt_slots n WHERE n.attempt_id = a.id), q.gift, s.layout \
             FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id \
             LEFT JOIN attempt_slots s ON s.attempt_id = a.id AND s.slot = $3 \
             LEFT JOIN questions q ON q.id = s.question_id \
             WHERE a.id = $1 AND e.person_id = $2",
        )
        .bind(attempt)
        .bind(person)
        .bind(i64::from(slot))
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(submitted, slots, gift, layout)| {
            Ok(store::AttemptQuestion {
                open: submitted.is_none(),
                slots: u32::try_from(slots).map_err(grading::corrupt)?,
                question: gift.zip(layout),
            })
        })
        .transpose()
    }

    async fn save_answer(
        &self,
        person: PersonId,
        attempt: AttemptId,
        slot: u32,
        answer: Option<&str>,
    ) -> StoreResult<()> {
        self.write_answer(person, attempt, slot, answer).await
    }

    async fn submit_attempt(&self, person: PersonId, attempt: AttemptId, actor: &str) -> StoreResult<store::Submitted> {
        self.write_submission(person, attempt, actor).await
    }

    async fn close_expired_attempts(&self) -> StoreResult<u64> {
        self.sweep_expired().await
    }
}
