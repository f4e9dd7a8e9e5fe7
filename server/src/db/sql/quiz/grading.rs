//! Grading an attempt inside its transaction: `close_and_grade` (every
//! answer graded by `quiz::attempt::grade`, marks and choices written, the
//! result, the audit entry, the enrolment completed on a pass), the
//! result's rule, and reading a stored question back.

use std::collections::HashMap;
use std::sync::Arc;

use tutela_app::ids::{AttemptId, EnrolmentId, InstitutionId, PersonId, QuestionId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{StoreError, StoreResult};
use tutela_gift::Weight;

use super::super::learning::complete_if_done;
use super::super::{Backend, Db, audit};
use crate::quiz::attempt::{self, Answer, Layout};

type Tx<'a> = sqlx::Transaction<'a, Db>;

/// A stored text that does not read back (written by this program, so a
/// fault of the records): an outage, not a user's error.
pub(super) fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::unavailable(std::io::Error::other(format!("a quiz record does not read back: {what}")))
}

/// One stored question parsed back from its GIFT.
pub(crate) fn question_of(gift: &str) -> StoreResult<tutela_gift::Question> {
    let bank = tutela_gift::parse(gift).map_err(|_| corrupt("a question's GIFT"))?;
    bank.questions.into_iter().next().ok_or_else(|| corrupt("an empty question"))
}

/// The questions `ids` parsed, from the store's cache or read and parsed
/// now (and kept).
pub(crate) async fn parsed_questions(
    backend: &Backend,
    tx: &mut Tx<'_>,
    ids: impl Iterator<Item = QuestionId>,
) -> StoreResult<HashMap<QuestionId, Arc<tutela_gift::Question>>> {
    let mut found = HashMap::new();
    let mut missing = Vec::new();
    for id in ids {
        match backend.questions.get(id) {
            Some(question) => {
                found.insert(id, question);
            }
            None => missing.push(id),
        }
    }
    if missing.is_empty() {
        return Ok(found);
    }
    let mut read = sqlx::QueryBuilder::<Db>::new("SELECT id, gift FROM questions WHERE id IN (");
    let mut list = read.separated(", ");
    for id in &missing {
        list.push_bind(*id);
    }
    read.push(")");
    let gifts: Vec<(QuestionId, String)> = read.build_query_as().fetch_all(&mut **tx).await?;
    for (id, gift) in gifts {
        let question = Arc::new(question_of(&gift)?);
        backend.questions.keep(id, Arc::clone(&question));
        found.insert(id, question);
    }
    Ok(found)
}

/// Locks the enrolment of `attempt` while it is open, first in a write
/// that may grade the attempt: every writer takes the enrolment, then the
/// attempt, then the audit head (a withdrawal or a lesson read takes the
/// enrolment then the head), so two writers never wait on each other in a
/// cycle on PostgreSQL. A finished enrolment is not locked (nothing changes it).
/// On SQLite the write transaction holds the whole database already.
pub(crate) async fn lock_enrolment_of(tx: &mut Tx<'_>, attempt: AttemptId) -> StoreResult<()> {
    if !Backend::ROW_LOCKS {
        return Ok(());
    }
    sqlx::query(
        "UPDATE enrolments SET status = status WHERE id = (SELECT enrolment_id FROM quiz_attempts WHERE id = $1) \
           AND status IN ('enrolled', 'in_progress')",
    )
    .bind(attempt)
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// Slots (or chosen options) written by one statement: at most five bound
/// values each, far below SQLite's 32,766 and PostgreSQL's 65,535.
const CHUNK: usize = 500;

/// What a grading did.
pub(super) struct Graded {
    pub completed: bool,
}

/// Who or what closed an attempt (`quiz_attempts.closed_by`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ClosedBy {
    /// Submitted by the learner.
    Learner,
    /// Its time limit passed.
    Deadline,
    /// Its enrolment was withdrawn, closed or completed while it was open.
    Enrolment,
}

impl ClosedBy {
    fn as_str(self) -> &'static str {
        match self {
            ClosedBy::Learner => "learner",
            ClosedBy::Deadline => "deadline",
            ClosedBy::Enrolment => "enrolment",
        }
    }
}

/// Closes the attempt (locked, open) and grades every answer saved, in
/// `tx`: marks and choices written, the score, the essays left to a
/// trainer, and, when none waits, passed or failed; then the enrolment
/// completed when the rule says so. Audited (`quiz.submit`).
pub(super) async fn close_and_grade(
    backend: &Backend,
    tx: &mut Tx<'_>,
    attempt: AttemptId,
    by: ClosedBy,
    actor: &str,
) -> StoreResult<Graded> {
    type Head = (EnrolmentId, PersonId, InstitutionId, i64, i64, String, i64, Option<i64>);
    let (enrolment, person, institution, number, pass_mark, course_slug, version_no, deadline): Head = sqlx::query_as(
        "SELECT a.enrolment_id, e.person_id, p.institution_id, a.number, q.pass_mark, c.slug, v.version_no, a.deadline \
         FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id \
         JOIN quizzes q ON q.course_version_id = a.course_version_id \
         JOIN course_versions v ON v.id = a.course_version_id JOIN courses c ON c.id = v.course_id \
         WHERE a.id = $1",
    )
    .bind(attempt)
    .fetch_one(&mut **tx)
    .await?;
    let now = backend.clock.now();
    // Closed at its deadline: when the time ran out, however late it is noticed.
    let closed_at = match (by, deadline) {
        (ClosedBy::Deadline, Some(deadline)) => deadline.min(now),
        _ => now,
    };
    let slots: Vec<(i64, QuestionId, String, Option<String>)> = sqlx::query_as(
        "SELECT slot, question_id, layout, answer FROM attempt_slots WHERE attempt_id = $1 ORDER BY slot",
    )
    .bind(attempt)
    .fetch_all(&mut **tx)
    .await?;
    let questions = parsed_questions(backend, tx, slots.iter().map(|slot| slot.1)).await?;
    let (mut score, mut pending) = (0i64, 0i64);
    // Each slot's mark and the options chosen, then a statement each for
    // all the slots (a statement a slot and a choice made some seventy
    // round trips a submission).
    let mut marks: Vec<(i64, Option<i64>)> = Vec::with_capacity(slots.len());
    let mut chosen: Vec<(i64, QuestionId, i64)> = Vec::new();
    for (slot, question_id, layout, answer) in &slots {
        let question = questions.get(question_id).ok_or_else(|| corrupt("a slot's question"))?;
        let layout: Layout = serde_json::from_str(layout).map_err(corrupt)?;
        let answer: Option<Answer> = answer.as_deref().map(serde_json::from_str).transpose().map_err(corrupt)?;
        let graded = attempt::grade(&question.body, &layout, answer.as_ref());
        match graded.mark {
            Some(mark) => score += i64::from(mark.units()),
            None => pending += 1,
        }
        marks.push((*slot, graded.mark.map(|m| i64::from(m.units()))));
        chosen.extend(graded.chosen.into_iter().map(|choice| (*slot, *question_id, choice as i64)));
    }
    for marks in marks.chunks(CHUNK) {
        let mut update = sqlx::QueryBuilder::<Db>::new("UPDATE attempt_slots SET mark = CASE slot");
        for (slot, mark) in marks {
            update.push(" WHEN ").push_bind(*slot).push(" THEN ").push_bind(*mark);
        }
        update.push(" END, graded_at = CASE slot");
        for (slot, mark) in marks {
            update.push(" WHEN ").push_bind(*slot).push(" THEN ").push_bind(mark.map(|_| now));
        }
        update.push(" END WHERE attempt_id = ").push_bind(attempt).push(" AND slot IN (");
        let mut list = update.separated(", ");
        for (slot, _) in marks {
            list.push_bind(*slot);
        }
        update.push(")").build().execute(&mut **tx).await?;
    }
    for chosen in chosen.chunks(CHUNK) {
        let mut insert =
            sqlx::QueryBuilder::<Db>::new("INSERT INTO attempt_choices (attempt_id, slot, question_id, choice) ");
        insert.push_values(chosen, |mut row, (slot, question_id, choice)| {
            row.push_bind(attempt).push_bind(*slot).push_bind(*question_id).push_bind(*choice);
        });
        insert.push(" ON CONFLICT DO NOTHING").build().execute(&mut **tx).await?;
    }
    let max_score = slots.len() as i64 * i64::from(Weight::FULL.units());
    let (percent, result) = result_of(score, max_score, pending, pass_mark);
    sqlx::query(
        "UPDATE quiz_attempts SET submitted_at = $1, closed_by = $2, score = $3, max_score = $4, pending = $5, \
           result = $6, percent = $7 WHERE id = $8",
    )
    .bind(closed_at)
    .bind(by.as_str())
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
        "closed_by": by.as_str(),
    });
    let entry = audit::entry(actor, Some(institution), AuditAction::QuizSubmit, RecordType::Person, person, changes);
    audit::append(backend, tx, &entry).await?;
    let completed = result == Some("passed") && complete_if_done(backend, tx, enrolment, actor, closed_at).await?;
    Ok(Graded { completed })
}

/// An attempt's percentage, two decimals rounded down (so a percentage
/// shown at the pass mark is a pass), and, with no essay pending, its
/// result against the pass mark (per cent). An attempt with no question
/// fails.
pub(crate) fn result_of(score: i64, max_score: i64, pending: i64, pass_mark: i64) -> (f64, Option<&'static str>) {
    let hundredths = if max_score > 0 { i128::from(score) * 10_000 / i128::from(max_score) } else { 0 };
    let percent = hundredths as f64 / 100.0;
    let result = (pending == 0).then(|| {
        // Compared exactly, in weight units: score / max >= pass_mark / 100.
        let passed = max_score > 0 && i128::from(score) * 100 >= i128::from(pass_mark) * i128::from(max_score);
        if passed { "passed" } else { "failed" }
    });
    (percent, result)
}

#[cfg(test)]
mod tests {
    use super::result_of;

    #[test]
    fn the_percentage_shown_never_rounds_a_fail_up_to_the_pass_mark() {
        let full = 10_000_000;
        // 7 answers at 99.99999 % of 10: 69.999993 %, shown 69.99, failed at 70.
        assert_eq!(result_of(7 * (full - 1), 10 * full, 0, 70), (69.99, Some("failed")));
        assert_eq!(result_of(7 * full, 10 * full, 0, 70), (70.0, Some("passed")));
        assert_eq!(result_of(2 * full, 3 * full, 0, 70), (66.66, Some("failed")));
        assert_eq!(result_of(5 * full, 6 * full, 1, 70), (83.33, None), "no result while an essay waits");
        assert_eq!(result_of(0, 0, 0, 1), (0.0, Some("failed")), "no question, no pass");
    }
}
