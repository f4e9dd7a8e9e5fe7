//! The SQL of [`LearningStore`](tutela_app::store::LearningStore), written
//! once for both backends: the learner's side here (enrol, read, switch,
//! progress, transcript), HR's in `hr.rs` (assign, withdraw, a course's
//! enrolments) with the steps other capabilities' writes call: moving
//! enrolments not yet started to a new version (`move_unstarted`, from
//! `publish`) and closing a leaver's open enrolments
//! (`Backend::close_open_enrolments`, from a roster's apply).

pub(super) mod completion;
mod hr;

pub(super) use hr::move_unstarted;

use super::{Backend, audit};

use tutela_app::ids::{CourseVersionId, EnrolmentId, InstitutionId, PersonId};
use tutela_app::learning::model::{
    CourseProgress, EnrolmentOrigin, EnrolmentStatus, EnrolmentSummary, TranscriptEntry,
};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{self, Missing, Refusal, StoreError, StoreResult};

/// The columns of an [`EnrolmentSummary`], over `enrolments e` joined to
/// `courses c` and the version studied `v`.
const SUMMARY_COLUMNS: &str = "e.id, c.slug AS course_slug, v.title AS course_title, v.stage, v.version_no, \
     (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = e.course_id) AS current_version_no, \
     e.origin, e.status, e.due_on, \
     (SELECT COUNT(*) FROM lessons l WHERE l.course_version_id = e.course_version_id) AS lessons_total, \
     (SELECT COUNT(*) FROM lesson_reads r JOIN lessons l ON l.id = r.lesson_id \
       WHERE r.enrolment_id = e.id AND l.course_version_id = e.course_version_id) AS lessons_read, \
     (SELECT l.slug FROM lessons l WHERE l.course_version_id = e.course_version_id \
        AND NOT EXISTS (SELECT 1 FROM lesson_reads r WHERE r.enrolment_id = e.id AND r.lesson_id = l.id) \
      ORDER BY l.position LIMIT 1) AS next_lesson, \
     e.enrolled_at, e.completed_on, e.cpd_hours, e.ended_on, e.end_reason";

/// `SUMMARY_COLUMNS`' tables.
const SUMMARY_FROM: &str =
    "FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN course_versions v ON v.id = e.course_version_id";

/// The open states, for SQL.
const OPEN: &str = "('enrolled', 'in_progress')";

/// One row of `SUMMARY_COLUMNS`.
#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: EnrolmentId,
    course_slug: String,
    course_title: String,
    stage: String,
    version_no: i64,
    current_version_no: i64,
    origin: EnrolmentOrigin,
    status: EnrolmentStatus,
    due_on: Option<String>,
    lessons_total: i64,
    lessons_read: i64,
    next_lesson: Option<String>,
    enrolled_at: i64,
    completed_on: Option<String>,
    cpd_hours: Option<f64>,
    ended_on: Option<String>,
    end_reason: Option<String>,
}

impl From<SummaryRow> for EnrolmentSummary {
    fn from(row: SummaryRow) -> Self {
        EnrolmentSummary {
            id: row.id,
            course_slug: row.course_slug,
            course_title: row.course_title,
            stage: crate::db::rows::stage(&row.stage),
            version_no: row.version_no,
            current_version_no: row.current_version_no,
            origin: row.origin,
            status: row.status,
            due_on: row.due_on,
            lessons_total: row.lessons_total,
            lessons_read: row.lessons_read,
            next_lesson: row.next_lesson,
            enrolled_at: row.enrolled_at,
            completed_on: row.completed_on,
            cpd_hours: row.cpd_hours,
            ended_on: row.ended_on,
            end_reason: row.end_reason,
        }
    }
}

/// A published course as self-enrolment sees it: ids, version, and
/// whether the person's cadre is in its audience or it is open to all.
struct Offered {
    course_id: i64,
    version_id: CourseVersionId,
    version_no: i64,
    for_them: bool,
}

/// The published version of `course_slug` and whether `person` may enrol
/// in it by cadre or openness (their status aside).
async fn offered<'e, E>(executor: E, person: PersonId, course_slug: &str) -> StoreResult<Option<Offered>>
where
    E: sqlx::Executor<'e, Database = super::Db>,
{
    let row: Option<(i64, CourseVersionId, i64, i64)> = sqlx::query_as(
        "SELECT c.id, v.id, v.version_no, \
           CAST(CASE WHEN v.open_to_all = 1 OR EXISTS (SELECT 1 FROM course_version_cadres cc JOIN persons p \
             ON p.cadre_id = cc.cadre_id WHERE cc.course_version_id = v.id AND p.id = $2) THEN 1 ELSE 0 END AS BIGINT) \
         FROM courses c JOIN published_versions v ON v.course_id = c.id WHERE c.slug = $1",
    )
    .bind(course_slug)
    .bind(person)
    .fetch_optional(executor)
    .await?;
    Ok(row.map(|(course_id, version_id, version_no, for_them)| Offered {
        course_id,
        version_id,
        version_no,
        for_them: for_them == 1,
    }))
}

#[async_trait::async_trait]
impl store::LearningStore for Backend {
    async fn learner(&self, person: PersonId) -> StoreResult<Option<store::Learner>> {
        type Row = (
            PersonId,
            InstitutionId,
            String,
            String,
            tutela_app::ids::CadreId,
            String,
            String,
            tutela_app::model::PersonStatus,
        );
        let row: Option<Row> = sqlx::query_as(
            "SELECT p.id, p.institution_id, p.given_name, p.family_name, p.cadre_id, d.slug, p.hire_date, p.status \
             FROM persons p JOIN cadres d ON d.id = p.cadre_id WHERE p.id = $1",
        )
        .bind(person)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(person_id, institution_id, given, family, cadre_id, cadre_slug, hire_date, status)| {
            store::Learner {
                person_id,
                institution_id,
                name: format!("{given} {family}"),
                cadre_id,
                cadre_slug,
                hire_date,
                status,
            }
        }))
    }

    async fn person_enrolments(&self, person: PersonId) -> StoreResult<Vec<EnrolmentSummary>> {
        let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
            "SELECT {SUMMARY_COLUMNS} {SUMMARY_FROM} WHERE e.person_id = $1 ORDER BY e.enrolled_at DESC, e.id DESC"
        ))
        .bind(person)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(Into::into).collect())
    }

    async fn course_progress(&self, person: PersonId, course_slug: &str) -> StoreResult<Option<CourseProgress>> {
        let Some(offer) = offered(&self.pool, person, course_slug).await? else { return Ok(None) };
        let rows: Vec<SummaryRow> = sqlx::query_as(&format!(
            "SELECT {SUMMARY_COLUMNS} {SUMMARY_FROM} WHERE e.person_id = $1 AND e.course_id = $2 \
             ORDER BY e.enrolled_at DESC, e.id DESC"
        ))
        .bind(person)
        .bind(offer.course_id)
        .fetch_all(&self.pool)
        .await?;
        let enrolments: Vec<EnrolmentSummary> = rows.into_iter().map(Into::into).collect();
        let completed_on = enrolments.iter().filter_map(|e| e.completed_on.clone()).max();
        let open = enrolments.into_iter().find(|e| e.status.is_open());
        let read = match &open {
            Some(open) => {
                sqlx::query_scalar(
                    "SELECT l.slug FROM lesson_reads r JOIN lessons l ON l.id = r.lesson_id \
                     JOIN enrolments e ON e.id = r.enrolment_id \
                     WHERE r.enrolment_id = $1 AND l.course_version_id = e.course_version_id ORDER BY l.position",
                )
                .bind(open.id)
                .fetch_all(&self.pool)
                .await?
            }
            None => Vec::new(),
        };
        let active: bool =
            sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM persons WHERE id = $1 AND status = 'active'")
                .bind(person)
                .fetch_one(&self.pool)
                .await?
                == 1;
        let quiz: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM quizzes WHERE course_version_id = \
               COALESCE((SELECT e.course_version_id FROM enrolments e WHERE e.id = $1), $2)",
        )
        .bind(open.as_ref().map(|e| e.id))
        .bind(offer.version_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(Some(CourseProgress {
            quiz: quiz > 0,
            may_enrol: open.is_none() && active && offer.for_them,
            open,
            read,
            completed_on,
            just_completed: false,
        }))
    }

    async fn read_marks(&self, person: PersonId, course_slug: &str) -> StoreResult<Option<store::ReadMarks>> {
        let open: Option<(EnrolmentId, CourseVersionId, i64, i64)> = sqlx::query_as(&format!(
            "SELECT e.id, e.course_version_id, v.version_no, \
               (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = e.course_id) \
             FROM enrolments e JOIN courses c ON c.id = e.course_id \
             JOIN course_versions v ON v.id = e.course_version_id \
             WHERE e.person_id = $1 AND c.slug = $2 AND e.status IN {OPEN}"
        ))
        .bind(person)
        .bind(course_slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some((enrolment, version_id, version_no, current_version_no)) = open else { return Ok(None) };
        let lessons: Vec<(String, i64)> = sqlx::query_as(
            "SELECT l.slug, CAST(CASE WHEN EXISTS (SELECT 1 FROM lesson_reads r \
               WHERE r.enrolment_id = $2 AND r.lesson_id = l.id) THEN 1 ELSE 0 END AS BIGINT) \
             FROM lessons l WHERE l.course_version_id = $1 ORDER BY l.position",
        )
        .bind(version_id)
        .bind(enrolment)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some(store::ReadMarks {
            enrolment,
            course_slug: course_slug.to_string(),
            version_no,
            current_version_no,
            lessons: lessons.into_iter().map(|(slug, read)| (slug, read == 1)).collect(),
        }))
    }

    async fn enrol_self(&self, person: PersonId, course_slug: &str, actor: &str) -> StoreResult<store::Enrolled> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let learner: Option<(InstitutionId, tutela_app::model::PersonStatus)> =
            sqlx::query_as("SELECT institution_id, status FROM persons WHERE id = $1")
                .bind(person)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((institution, status)) = learner else { return Err(StoreError::NotFound(Missing::Record)) };
        let Some(offer) = offered(&mut *tx, person, course_slug).await? else {
            return Err(StoreError::NotFound(Missing::Course(course_slug.to_string())));
        };
        if let Some(open) = open_enrolment(&mut tx, person, offer.course_id).await? {
            return Ok(store::Enrolled::AlreadyOpen(open));
        }
        if status != tutela_app::model::PersonStatus::Active {
            return Err(StoreError::Refused(Refusal::LearnerLeft));
        }
        if !offer.for_them {
            return Err(StoreError::Refused(Refusal::NotInAudience));
        }
        let inserted: Option<EnrolmentId> = sqlx::query_scalar(&format!(
            "INSERT INTO enrolments (person_id, course_id, course_version_id, origin, status, enrolled_at) \
             VALUES ($1, $2, $3, 'self', 'enrolled', $4) \
             ON CONFLICT (person_id, course_id) WHERE status IN {OPEN} DO NOTHING RETURNING id"
        ))
        .bind(person)
        .bind(offer.course_id)
        .bind(offer.version_id)
        .bind(self.clock.now())
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = inserted else {
            // Another request enrolled them meanwhile.
            let open = open_enrolment(&mut tx, person, offer.course_id).await?;
            return open.map(store::Enrolled::AlreadyOpen).ok_or(StoreError::NotFound(Missing::Enrolment));
        };
        let changes = serde_json::json!({ "enrolment": id, "course": course_slug, "version": offer.version_no });
        let entry =
            audit::entry(actor, Some(institution), AuditAction::EnrolmentSelf, RecordType::Person, person, changes);
        audit::commit(self, tx, &entry).await?;
        Ok(store::Enrolled::New(id))
    }

    async fn mark_read(
        &self,
        person: PersonId,
        enrolment: EnrolmentId,
        lesson_slug: &str,
        actor: &str,
    ) -> StoreResult<store::ReadOutcome> {
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // First, lock the enrolment while re-checking it is open: on
        // PostgreSQL a concurrent read of the last lesson waits here, then
        // finds it completed (SQLite serialises writers anyway).
        let locked: Option<CourseVersionId> = sqlx::query_scalar(&format!(
            "UPDATE enrolments SET status = CASE WHEN status = 'enrolled' THEN 'in_progress' ELSE status END, \
               started_at = COALESCE(started_at, $3) \
             WHERE id = $1 AND person_id = $2 AND status IN {OPEN} RETURNING course_version_id"
        ))
        .bind(enrolment)
        .bind(person)
        .bind(now)
        .fetch_optional(&mut *tx)
        .await?;
        type Row = (CourseVersionId, EnrolmentStatus, String, i64, i64);
        let row: Option<Row> = sqlx::query_as(
            "SELECT e.course_version_id, e.status, c.slug, v.version_no, \
               (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = e.course_id) \
             FROM enrolments e JOIN courses c ON c.id = e.course_id \
             JOIN course_versions v ON v.id = e.course_version_id JOIN persons p ON p.id = e.person_id \
             WHERE e.id = $1 AND e.person_id = $2",
        )
        .bind(enrolment)
        .bind(person)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((version_id, status, course_slug, version_no, current_version_no)) = row else {
            return Err(StoreError::NotFound(Missing::Enrolment));
        };
        if locked.is_none() {
            // Completed meanwhile (a double submit of the last lesson): the
            // same outcome as the read that completed it.
            if status == EnrolmentStatus::Completed {
                let outcome = store::ReadOutcome {
                    course_slug,
                    version_no,
                    current_version_no,
                    next_lesson: None,
                    completed: true,
                };
                return Ok(outcome);
            }
            return Err(StoreError::Refused(Refusal::EnrolmentFinished));
        }
        let lesson: Option<(i64, i64)> =
            sqlx::query_as("SELECT id, position FROM lessons WHERE course_version_id = $1 AND slug = $2")
                .bind(version_id)
                .bind(lesson_slug)
                .fetch_optional(&mut *tx)
                .await?;
        let Some((lesson_id, position)) = lesson else {
            return Err(StoreError::NotFound(Missing::Lesson(lesson_slug.to_string())));
        };
        sqlx::query(
            "INSERT INTO lesson_reads (enrolment_id, lesson_id, read_at) VALUES ($1, $2, $3) \
             ON CONFLICT (enrolment_id, lesson_id) DO NOTHING",
        )
        .bind(enrolment)
        .bind(lesson_id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let next_lesson: Option<String> = sqlx::query_scalar(
            "SELECT l.slug FROM lessons l WHERE l.course_version_id = $1 \
               AND NOT EXISTS (SELECT 1 FROM lesson_reads r WHERE r.enrolment_id = $2 AND r.lesson_id = l.id) \
             ORDER BY CASE WHEN l.position > $3 THEN 0 ELSE 1 END, l.position LIMIT 1",
        )
        .bind(version_id)
        .bind(enrolment)
        .bind(position)
        .fetch_optional(&mut *tx)
        .await?;
        let completed = complete_if_done(self, &mut tx, enrolment, actor, now).await?;
        tx.commit().await?;
        Ok(store::ReadOutcome { course_slug, version_no, current_version_no, next_lesson, completed })
    }

    async fn switch_version(&self, person: PersonId, enrolment: EnrolmentId, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // First, lock the enrolment while re-checking it is open (a
        // concurrent switch or withdrawal on PostgreSQL waits here).
        let locked: Option<EnrolmentId> = sqlx::query_scalar(&format!(
            "UPDATE enrolments SET status = status WHERE id = $1 AND person_id = $2 AND status IN {OPEN} RETURNING id"
        ))
        .bind(enrolment)
        .bind(person)
        .fetch_optional(&mut *tx)
        .await?;
        type Row = (EnrolmentStatus, String, i64, CourseVersionId, i64, InstitutionId);
        let row: Option<Row> = sqlx::query_as(
            "SELECT e.status, c.slug, v.version_no, pv.id, pv.version_no, p.institution_id \
             FROM enrolments e JOIN courses c ON c.id = e.course_id \
             JOIN course_versions v ON v.id = e.course_version_id \
             JOIN published_versions pv ON pv.course_id = e.course_id JOIN persons p ON p.id = e.person_id \
             WHERE e.id = $1 AND e.person_id = $2",
        )
        .bind(enrolment)
        .bind(person)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((_, course_slug, from_no, to_version, to_no, institution)) = row else {
            return Err(StoreError::NotFound(Missing::Enrolment));
        };
        if locked.is_none() {
            return Err(StoreError::Refused(Refusal::EnrolmentFinished));
        }
        if from_no == to_no {
            return Err(StoreError::Refused(Refusal::AlreadyCurrent));
        }
        sqlx::query(
            "UPDATE enrolments SET course_version_id = $1, status = 'enrolled', started_at = NULL WHERE id = $2",
        )
        .bind(to_version)
        .bind(enrolment)
        .execute(&mut *tx)
        .await?;
        let changes = serde_json::json!({ "enrolment": enrolment, "course": course_slug, "version": [from_no, to_no] });
        let entry =
            audit::entry(actor, Some(institution), AuditAction::EnrolmentSwitch, RecordType::Person, person, changes);
        audit::commit(self, tx, &entry).await
    }

    async fn transcript(&self, person: PersonId) -> StoreResult<Vec<TranscriptEntry>> {
        let rows: Vec<(String, String, i64, String, f64)> = sqlx::query_as(
            "SELECT c.slug, v.title, v.version_no, e.completed_on, e.cpd_hours \
             FROM enrolments e JOIN courses c ON c.id = e.course_id \
             JOIN course_versions v ON v.id = e.course_version_id \
             WHERE e.person_id = $1 AND e.status = 'completed' \
             ORDER BY e.completed_on DESC, e.completed_at DESC, e.id DESC",
        )
        .bind(person)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(course_slug, course_title, version_no, completed_on, cpd_hours)| TranscriptEntry {
                course_slug,
                course_title,
                version_no,
                completed_on,
                cpd_hours,
            })
            .collect())
    }

    async fn assign(&self, assignment: &store::Assignment<'_>) -> StoreResult<store::AssignReport> {
        self.write_assignment(assignment).await
    }

    async fn enrolment(&self, enrolment: EnrolmentId) -> StoreResult<Option<store::EnrolmentRecord>> {
        self.read_enrolment(enrolment).await
    }

    async fn withdraw(&self, enrolment: EnrolmentId, reason: &str, actor: &str) -> StoreResult<()> {
        self.write_withdrawal(enrolment, reason, actor).await
    }

    async fn course_enrolments(
        &self,
        institution: InstitutionId,
        course_slug: &str,
        scopes: Option<&[String]>,
        filter: &store::EnrolmentFilter,
    ) -> StoreResult<(Vec<store::CourseEnrolmentRow>, i64)> {
        self.read_course_enrolments(institution, course_slug, scopes, filter).await
    }
}

/// Completes the open enrolment `enrolment` inside `tx` when the rule says
/// so ([`crate::learning::is_complete`]: every lesson of its version read and, if the
/// version has a quiz, an attempt at it passed), with the version's CPD
/// hours and an audit entry (`enrolment.complete`); whether it did. Called
/// by a lesson read and by an essay's grading, after their writes (a
/// submission's grading reads the same facts with the attempt:
/// `quiz/grading.rs`); `at` is when the learner finished
/// ([`completion::Facts::completion`]).
pub(super) async fn complete_if_done(
    backend: &Backend,
    tx: &mut sqlx::Transaction<'_, super::Db>,
    enrolment: EnrolmentId,
    actor: &str,
    at: i64,
) -> StoreResult<bool> {
    #[derive(sqlx::FromRow)]
    struct Row {
        #[sqlx(flatten)]
        of: completion::EnrolmentRef,
        #[sqlx(flatten)]
        facts: completion::Facts,
    }
    let row: Option<Row> = sqlx::query_as(&format!(
        "SELECT e.id AS enrolment, e.person_id AS person, p.institution_id AS institution, c.slug AS course_slug, \
           v.version_no, {FACTS} \
         FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN course_versions v ON v.id = e.course_version_id \
         JOIN persons p ON p.id = e.person_id WHERE e.id = $1 AND e.status IN {OPEN}",
        FACTS = completion::FACTS
    ))
    .bind(enrolment)
    .fetch_optional(&mut **tx)
    .await?;
    let Some(completion) = row.and_then(|row| row.facts.completion(&row.of, false, actor, at)) else {
        return Ok(false);
    };
    let mut writes = super::write::Writes { batch: super::batch::Batch::new(), head: None, entries: Vec::new() };
    completion.push(&mut writes.batch, &mut writes.entries);
    writes.apply(backend, tx).await?;
    Ok(true)
}

/// The person's open enrolment in the course, if any.
async fn open_enrolment(
    tx: &mut sqlx::Transaction<'_, super::Db>,
    person: PersonId,
    course_id: i64,
) -> StoreResult<Option<EnrolmentId>> {
    Ok(sqlx::query_scalar(&format!(
        "SELECT id FROM enrolments WHERE person_id = $1 AND course_id = $2 AND status IN {OPEN}"
    ))
    .bind(person)
    .bind(course_id)
    .fetch_optional(&mut **tx)
    .await?)
}
