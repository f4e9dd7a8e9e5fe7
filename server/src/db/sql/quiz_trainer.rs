//! The SQL of [`QuizTrainerStore`](tutela_app::store::QuizTrainerStore):
//! the essays waiting for a reviewer within their units, grading one (the
//! attempt's result recomputed as `close_and_grade` computes it, and the
//! enrolment completed when it passes), and item analysis from the sums
//! the database keeps per question version and institution as attempts
//! are graded (migration 0015's triggers: never every attempt read).
//!
//! A grading locks the attempt's row first (`UPDATE ... RETURNING`), so
//! two trainers grading essays of one attempt at once recompute its score
//! one after the other, each from the other's mark.

use tutela_app::ids::{AttemptId, EnrolmentId, InstitutionId, PersonId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::quiz::trainer_model::EssayRow;
use tutela_app::store::{
    self, EssayGraded, EssayRecord, ItemAnalysis, ItemStats, Missing, Refusal, StoreError, StoreResult,
};
use tutela_gift::Weight;

use super::{Backend, Db, audit};

type Tx<'a> = sqlx::Transaction<'a, Db>;

/// The essays of submitted attempts with their learner, unit and course.
/// The institution's id follows.
const ESSAYS: &str = "FROM attempt_slots s JOIN quiz_attempts a ON a.id = s.attempt_id \
     JOIN questions q ON q.id = s.question_id JOIN enrolments e ON e.id = a.enrolment_id \
     JOIN persons p ON p.id = e.person_id JOIN units u ON u.id = p.unit_id \
     JOIN course_versions v ON v.id = a.course_version_id \
     WHERE q.kind = 'essay' AND a.submitted_at IS NOT NULL AND p.institution_id = ";

type QueueRow = (AttemptId, i64, String, String, String, String, String, i64, Option<i64>, Option<i64>);

/// A mark in weight units as a percentage.
fn percent(units: i64) -> f64 {
    units as f64 / f64::from(Weight::UNIT)
}

#[derive(sqlx::FromRow)]
struct EssayHead {
    attempt: AttemptId,
    slot: i64,
    title: String,
    given_name: String,
    family_name: String,
    staff_number: String,
    unit: String,
    submitted_at: i64,
    gift: String,
    answer: Option<String>,
    mark: Option<i64>,
    comment: Option<String>,
    graded_at: Option<i64>,
    grader_given: Option<String>,
    grader_family: Option<String>,
    enrolment_id: EnrolmentId,
    person_id: PersonId,
}

/// The essay at (`attempt`, `slot`) within the institution and scopes.
async fn find_essay(
    tx: &mut Tx<'_>,
    grader: PersonId,
    institution: InstitutionId,
    scopes: Option<&[String]>,
    attempt: AttemptId,
    slot: u32,
) -> StoreResult<Option<EssayHead>> {
    let mut query = sqlx::QueryBuilder::<Db>::new(
        "SELECT a.id AS attempt, s.slot, v.title, p.given_name, p.family_name, p.staff_number, u.name AS unit, \
           a.submitted_at, q.gift, s.answer, s.mark, s.comment, s.graded_at, gp.given_name AS grader_given, \
           gp.family_name AS grader_family, a.enrolment_id, p.id AS person_id \
         FROM attempt_slots s JOIN quiz_attempts a ON a.id = s.attempt_id \
         JOIN questions q ON q.id = s.question_id JOIN enrolments e ON e.id = a.enrolment_id \
         JOIN persons p ON p.id = e.person_id JOIN units u ON u.id = p.unit_id \
         JOIN course_versions v ON v.id = a.course_version_id \
         LEFT JOIN accounts g ON g.id = s.graded_by LEFT JOIN persons gp ON gp.id = g.person_id \
         WHERE q.kind = 'essay' AND a.submitted_at IS NOT NULL AND p.institution_id = ",
    );
    query.push_bind(institution).push(" AND p.id <> ").push_bind(grader);
    query.push(" AND a.id = ").push_bind(attempt).push(" AND s.slot = ").push_bind(i64::from(slot));
    super::subtree::within(&mut query, "u.path", scopes);
    Ok(query.build_query_as::<EssayHead>().fetch_optional(&mut **tx).await?)
}

#[async_trait::async_trait]
impl store::QuizTrainerStore for Backend {
    async fn essay_queue(
        &self,
        grader: PersonId,
        institution: InstitutionId,
        scopes: Option<&[String]>,
        graded: bool,
        limit: i64,
        offset: i64,
    ) -> StoreResult<(Vec<EssayRow>, i64)> {
        let marked = if graded { " AND s.mark IS NOT NULL" } else { " AND s.mark IS NULL" };
        let mut count = sqlx::QueryBuilder::<Db>::new(format!("SELECT COUNT(*) {ESSAYS}"));
        count.push_bind(institution).push(" AND p.id <> ").push_bind(grader).push(marked);
        super::subtree::within(&mut count, "u.path", scopes);
        let total: i64 = count.build_query_scalar().fetch_one(&self.pool).await?;
        let mut rows = sqlx::QueryBuilder::<Db>::new(format!(
            "SELECT a.id, s.slot, p.given_name, p.family_name, p.staff_number, u.name, v.title, a.submitted_at, \
               s.mark, s.graded_at {ESSAYS}"
        ));
        rows.push_bind(institution).push(" AND p.id <> ").push_bind(grader).push(marked);
        super::subtree::within(&mut rows, "u.path", scopes);
        rows.push(if graded {
            " ORDER BY s.graded_at DESC, a.id DESC, s.slot"
        } else {
            " ORDER BY a.submitted_at, a.id, s.slot"
        });
        rows.push(" LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
        let found: Vec<QueueRow> = rows.build_query_as().fetch_all(&self.pool).await?;
        let rows = found
            .into_iter()
            .map(|(attempt, slot, given, family, staff_number, unit, course_title, submitted_at, mark, graded_at)| {
                EssayRow {
                    attempt,
                    slot: u32::try_from(slot).unwrap_or_default(),
                    learner: format!("{given} {family}"),
                    staff_number,
                    unit,
                    course_title,
                    submitted_at,
                    mark: mark.map(percent),
                    graded_at,
                }
            })
            .collect();
        Ok((rows, total))
    }

    async fn essay(
        &self,
        grader: PersonId,
        institution: InstitutionId,
        scopes: Option<&[String]>,
        attempt: AttemptId,
        slot: u32,
    ) -> StoreResult<Option<EssayRecord>> {
        let mut tx = self.pool.begin().await?;
        let head = find_essay(&mut tx, grader, institution, scopes, attempt, slot).await?;
        tx.commit().await?;
        Ok(head.map(|h| EssayRecord {
            attempt: h.attempt,
            slot: u32::try_from(h.slot).unwrap_or_default(),
            course_title: h.title,
            person: h.person_id,
            learner: format!("{} {}", h.given_name, h.family_name),
            staff_number: h.staff_number,
            unit: h.unit,
            submitted_at: h.submitted_at,
            gift: h.gift,
            answer: h.answer,
            mark: h.mark,
            comment: h.comment,
            graded_at: h.graded_at,
            graded_by: h.grader_given.zip(h.grader_family).map(|(given, family)| format!("{given} {family}")),
        }))
    }

    async fn grade_essay(&self, grading: &store::EssayGrading<'_>) -> StoreResult<EssayGraded> {
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // The enrolment, then the attempt, then the audit head: every
        // enrolment writer's order (a pass may complete the enrolment).
        super::quiz::grading::lock_enrolment_of(&mut tx, grading.attempt, None).await?;
        let locked: Option<AttemptId> = sqlx::query_scalar(
            "UPDATE quiz_attempts SET started_at = started_at WHERE id = $1 AND submitted_at IS NOT NULL RETURNING id",
        )
        .bind(grading.attempt)
        .fetch_optional(&mut *tx)
        .await?;
        let essay = match locked {
            Some(_) => {
                find_essay(&mut tx, grading.grader, grading.institution, grading.scopes, grading.attempt, grading.slot)
                    .await?
            }
            None => None,
        };
        let Some(essay) = essay else { return Err(StoreError::NotFound(Missing::Record)) };
        if grading
            .seen
            .is_some_and(|seen| seen != store::grading_seen(essay.mark, essay.graded_at, essay.comment.as_deref()))
        {
            return Err(StoreError::Refused(Refusal::GradedMeanwhile));
        }
        sqlx::query(
            "UPDATE attempt_slots SET mark = $1, graded_by = $2, graded_at = $3, comment = $4 \
             WHERE attempt_id = $5 AND slot = $6",
        )
        .bind(grading.mark)
        .bind(grading.by)
        .bind(now)
        .bind(grading.comment)
        .bind(grading.attempt)
        .bind(i64::from(grading.slot))
        .execute(&mut *tx)
        .await?;
        type Totals = (i64, i64, i64, i64, i64, String, i64);
        let (score, pending, max_score, pass_mark, number, course_slug, version_no): Totals = sqlx::query_as(
            "SELECT CAST(COALESCE((SELECT SUM(s.mark) FROM attempt_slots s WHERE s.attempt_id = a.id), 0) AS BIGINT), \
               (SELECT COUNT(*) FROM attempt_slots s WHERE s.attempt_id = a.id AND s.mark IS NULL), \
               COALESCE(a.max_score, 0), qz.pass_mark, a.number, c.slug, v.version_no \
             FROM quiz_attempts a JOIN quizzes qz ON qz.course_version_id = a.course_version_id \
             JOIN course_versions v ON v.id = a.course_version_id JOIN courses c ON c.id = v.course_id \
             WHERE a.id = $1",
        )
        .bind(grading.attempt)
        .fetch_one(&mut *tx)
        .await?;
        let (percent_now, result) = super::quiz::grading::result_of(score, max_score, pending, pass_mark);
        sqlx::query("UPDATE quiz_attempts SET score = $1, pending = $2, result = $3, percent = $4 WHERE id = $5")
            .bind(score)
            .bind(pending)
            .bind(result)
            .bind(percent_now)
            .bind(grading.attempt)
            .execute(&mut *tx)
            .await?;
        let changes = serde_json::json!({
            "attempt": grading.attempt, "slot": grading.slot, "course": course_slug, "version": version_no,
            "number": number, "mark": [essay.mark.map(percent), percent(grading.mark)],
            "percent": percent_now, "result": result.unwrap_or("pending"),
        });
        let entry = audit::entry(
            grading.actor,
            Some(grading.institution),
            AuditAction::QuizGrade,
            RecordType::Person,
            essay.person_id,
            changes,
        );
        audit::append(self, &mut tx, &entry).await?;
        // A regrade that fails a passed attempt leaves a completed
        // enrolment completed: its finished row never changes.
        let completed = result == Some("passed")
            && super::learning::complete_if_done(self, &mut tx, essay.enrolment_id, grading.actor, essay.submitted_at)
                .await?;
        tx.commit().await?;
        Ok(EssayGraded { before: essay.mark, result: result.map(String::from), percent: percent_now, completed })
    }

    async fn quiz_courses(&self) -> StoreResult<Vec<tutela_app::model::Choice>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT c.slug, pv.title FROM courses c JOIN published_versions pv ON pv.course_id = c.id \
             JOIN quizzes qz ON qz.course_version_id = pv.id ORDER BY pv.title, c.slug",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(value, label)| tutela_app::model::Choice { value, label }).collect())
    }

    async fn item_analysis(
        &self,
        course_slug: &str,
        institution: Option<InstitutionId>,
    ) -> StoreResult<Option<ItemAnalysis>> {
        read_analysis(self, course_slug, institution).await
    }
}

/// The sums of one question version's graded answers: (question, n, Σx,
/// Σy, Σxy, Σx², Σy²), x the item's mark and y the rest of the score.
type SumsRow = (i64, i64, f64, f64, f64, f64, f64);

/// [`store::QuizTrainerStore::item_analysis`]: final attempts only (no
/// essay pending), whose scores are whole; descriptions are never drawn.
async fn read_analysis(
    backend: &Backend,
    course_slug: &str,
    institution: Option<InstitutionId>,
) -> StoreResult<Option<ItemAnalysis>> {
    let mut tx = backend.pool.begin().await?;
    let course: Option<(i64, String, i64, i64)> = sqlx::query_as(
        "SELECT c.id, pv.title, pv.id, pv.version_no FROM courses c \
         JOIN published_versions pv ON pv.course_id = c.id \
         JOIN quizzes qz ON qz.course_version_id = pv.id WHERE c.slug = $1",
    )
    .bind(course_slug)
    .fetch_optional(&mut *tx)
    .await?;
    let Some((course_id, course_title, published, version_no)) = course else { return Ok(None) };
    // The question versions: the published quiz's, and any other of the
    // course's that was answered; named as the latest version that has them.
    type Named = (i64, String, String, Option<String>, Option<String>, i64, i64);
    let named: Vec<Named> = sqlx::query_as(
        "SELECT q.id, q.kind, q.gift, x.title, x.id_number, x.position, x.course_version_id \
         FROM questions q JOIN quiz_questions x ON x.question_id = q.id \
         JOIN course_versions v ON v.id = x.course_version_id \
         WHERE q.course_id = $1 AND q.kind <> 'description' \
           AND (x.course_version_id = $2 OR EXISTS (SELECT 1 FROM attempt_slots s WHERE s.question_id = q.id)) \
         ORDER BY CASE WHEN x.course_version_id = $2 THEN 0 ELSE 1 END, v.version_no DESC, x.position",
    )
    .bind(course_id)
    .bind(published)
    .fetch_all(&mut *tx)
    .await?;
    // The sums kept as attempts are graded (migration 0015's triggers),
    // one row per question version and institution.
    let mut sums = sqlx::QueryBuilder::<Db>::new(
        "SELECT f.question_id, CAST(SUM(f.n) AS BIGINT), SUM(f.sum_x), SUM(f.sum_y), SUM(f.sum_xy), \
           SUM(f.sum_xx), SUM(f.sum_yy) \
         FROM quiz_item_figures f JOIN questions q ON q.id = f.question_id WHERE q.course_id = ",
    );
    sums.push_bind(course_id);
    if let Some(institution) = institution {
        sums.push(" AND f.institution_id = ").push_bind(institution);
    }
    sums.push(" GROUP BY f.question_id HAVING SUM(f.n) > 0");
    let sums: Vec<SumsRow> = sums.build_query_as().fetch_all(&mut *tx).await?;
    let mut chosen = sqlx::QueryBuilder::<Db>::new(
        "SELECT c.question_id, c.choice, CAST(SUM(c.answers) AS BIGINT) FROM quiz_item_choices c \
         JOIN questions q ON q.id = c.question_id WHERE q.course_id = ",
    );
    chosen.push_bind(course_id);
    if let Some(institution) = institution {
        chosen.push(" AND c.institution_id = ").push_bind(institution);
    }
    chosen.push(" GROUP BY c.question_id, c.choice HAVING SUM(c.answers) > 0 ORDER BY c.question_id, c.choice");
    let chosen: Vec<(i64, i64, i64)> = chosen.build_query_as().fetch_all(&mut *tx).await?;
    tx.commit().await?;
    let mut items: Vec<ItemStats> = Vec::new();
    for (question_id, kind, gift, title, id_number, position, version) in named {
        if items.iter().any(|item| item.question_id == question_id) {
            continue;
        }
        let (n, sum_x, sum_y, sum_xy, sum_xx, sum_yy) = sums
            .iter()
            .find(|row| row.0 == question_id)
            .map(|&(_, n, x, y, xy, xx, yy)| (n, x, y, xy, xx, yy))
            .unwrap_or_default();
        items.push(ItemStats {
            question_id,
            current: version == published,
            position: position + 1,
            kind,
            title,
            id_number,
            gift,
            n,
            sum_x,
            sum_y,
            sum_xy,
            sum_xx,
            sum_yy,
            chosen: chosen
                .iter()
                .filter(|row| row.0 == question_id)
                .map(|&(_, choice, count)| (choice, count))
                .collect(),
        });
    }
    Ok(Some(ItemAnalysis { course_slug: course_slug.to_string(), course_title, version_no, items }))
}
