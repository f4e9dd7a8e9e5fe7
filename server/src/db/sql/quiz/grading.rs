//! Grading an attempt inside its transaction: `close_and_grade` (every
//! answer graded by `quiz::attempt::grade`, marks and choices written, the
//! result, the audit entry, the enrolment completed on a pass), the
//! result's rule, and reading a stored question back.

use std::collections::HashMap;
use std::sync::Arc;

use tutela_app::ids::{AttemptId, PersonId, QuestionId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{StoreError, StoreResult};
use tutela_gift::Weight;

use super::super::Conn;
use super::super::batch::Batch;
use super::super::learning::completion;
use super::super::write::Writes;
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
    conn: &mut Conn,
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
    let gifts: Vec<(QuestionId, String)> = read.build_query_as().fetch_all(&mut *conn).await?;
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
/// cycle on PostgreSQL. A finished enrolment is not locked (nothing changes
/// it), nor, given `person`, someone else's.
/// On SQLite the write transaction holds the whole database already.
pub(crate) async fn lock_enrolment_of(
    tx: &mut Tx<'_>,
    attempt: AttemptId,
    person: Option<PersonId>,
) -> StoreResult<()> {
    if !Backend::ROW_LOCKS {
        return Ok(());
    }
    // A learner's write locks only their own enrolment: an attempt id of
    // someone else's locks nothing (and is then not found).
    let mut lock = sqlx::QueryBuilder::<Db>::new(
        "UPDATE enrolments SET status = status WHERE id = (SELECT enrolment_id FROM quiz_attempts WHERE id = ",
    );
    lock.push_bind(attempt).push(") AND status IN ('enrolled', 'in_progress')");
    if let Some(person) = person {
        lock.push(" AND person_id = ").push_bind(person);
    }
    lock.build().execute(&mut **tx).await?;
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

/// An attempt as its grading reads it, in one statement and one row
/// ([`load`]): its enrolment, quiz and where it stands, the audit log's
/// head, what the completion rule reads of the enrolment, and its slots.
pub(super) struct Loaded {
    row: AttemptRow,
    slots: Vec<LoadedSlot>,
}

/// A slot as [`LOAD`] lists it: slot, question, layout, answer.
type LoadedSlot = (i64, QuestionId, Layout, Option<Answer>);

#[derive(sqlx::FromRow)]
struct AttemptRow {
    #[sqlx(flatten)]
    of: completion::EnrolmentRef,
    number: i64,
    pass_mark: i64,
    deadline: Option<i64>,
    /// 1 while not submitted.
    open: i64,
    /// 1 while its enrolment is open and studies the attempt's version.
    current: i64,
    /// Read in the write transaction, before anything was appended.
    #[sqlx(flatten)]
    audit_head: audit::AuditHead,
    #[sqlx(flatten)]
    facts: completion::Facts,
    /// The slots as one JSON array of [`LoadedSlot`]s, in slot order, or
    /// NULL for none: built by concatenation, since the layouts and answers
    /// are stored JSON already (`string_agg`, in both dialects).
    slots: Option<String>,
}

/// [`load`]'s statement: one row, so that the whole read is one message
/// from SQLite's connection thread, not one a slot.
const LOAD: &str = "SELECT a.enrolment_id AS enrolment, e.person_id AS person, p.institution_id AS institution, \
       c.slug AS course_slug, v.version_no, a.number, q.pass_mark, a.deadline, \
       CAST(CASE WHEN a.submitted_at IS NULL THEN 1 ELSE 0 END AS BIGINT) AS open, \
       CAST(CASE WHEN e.status IN ('enrolled', 'in_progress') AND e.course_version_id = a.course_version_id \
         THEN 1 ELSE 0 END AS BIGINT) AS current, \
       st.last_seq AS audit_seq, st.last_hash AS audit_hash, {FACTS}, \
       (SELECT '[' || string_agg('[' || s.slot || ',' || s.question_id || ',' || s.layout || ',' \
           || COALESCE(s.answer, 'null') || ']', ',' ORDER BY s.slot) || ']' \
        FROM attempt_slots s WHERE s.attempt_id = a.id) AS slots \
     FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id \
     JOIN quizzes q ON q.course_version_id = a.course_version_id \
     JOIN course_versions v ON v.id = a.course_version_id JOIN courses c ON c.id = v.course_id \
     JOIN audit_state st ON st.id = 1 \
     WHERE a.id = $1 {AND_PERSON}";

/// Reads the attempt for grading (of `person`, when given), in the
/// caller's write transaction; None when there is no such attempt. `begin`
/// starts the query: empty, or an open write's `BEGIN`
/// ([`OpenWrite::begin`](super::super::write::OpenWrite::begin)). It is graded by [`grade`] only once the caller has
/// locked it open ([`Backend::ROW_LOCKS`]) or knows it open in this write
/// transaction ([`Loaded::standing`]).
pub(super) async fn load(
    conn: &mut Conn,
    begin: &str,
    attempt: AttemptId,
    person: Option<PersonId>,
) -> StoreResult<Option<Loaded>> {
    let sql = format!(
        "{begin}{}",
        LOAD.replace("{FACTS}", completion::FACTS)
            .replace("{AND_PERSON}", if person.is_some() { "AND e.person_id = $2" } else { "" })
    );
    let mut query = sqlx::query_as::<_, AttemptRow>(&sql).bind(attempt);
    if let Some(person) = person {
        query = query.bind(person);
    }
    let Some(mut row) = query.fetch_optional(&mut *conn).await? else { return Ok(None) };
    let slots = match row.slots.take() {
        Some(slots) => serde_json::from_str(&slots).map_err(corrupt)?,
        None => Vec::new(),
    };
    Ok(Some(Loaded { row, slots }))
}

impl Loaded {
    /// The attempt's course.
    pub(super) fn course_slug(&self) -> &str {
        &self.row.of.course_slug
    }

    /// Where the attempt stands at `now`.
    pub(super) fn standing(&self, now: i64) -> Standing {
        Standing {
            open: self.row.open == 1,
            past_deadline: self.row.deadline.is_some_and(|deadline| deadline <= now),
            enrolment_current: self.row.current == 1,
        }
    }
}

/// Where one of the person's attempts stands.
#[derive(Clone, Copy, Debug)]
pub(super) struct Standing {
    pub open: bool,
    pub past_deadline: bool,
    /// Its enrolment is open and still studies the attempt's version.
    pub enrolment_current: bool,
}

impl Standing {
    /// Not submitted, not past its deadline, and its enrolment open on
    /// the attempt's version: the learner may still save and submit.
    pub(super) fn answerable(self) -> bool {
        self.open && !self.past_deadline && self.enrolment_current
    }
}

/// Closes the attempt (locked, open) and grades every answer saved, in
/// `tx` ([`grade`]); read first.
pub(super) async fn close_and_grade(
    backend: &Backend,
    tx: &mut Tx<'_>,
    attempt: AttemptId,
    by: ClosedBy,
    actor: &str,
) -> StoreResult<Graded> {
    let loaded = load(tx, "", attempt, None).await?.ok_or_else(|| corrupt("an attempt locked, not read"))?;
    let (graded, writes) = grade(backend, tx, attempt, loaded, by, actor).await?;
    writes.apply(backend, tx).await?;
    Ok(graded)
}

/// Closes the attempt `loaded` (locked or known open: [`load`]) and grades
/// every answer saved: marks and choices written, the score, the essays
/// left to a trainer, and, when none waits, passed or failed; then the
/// enrolment completed when the rule says so. Audited (`quiz.submit`, and
/// `enrolment.complete`). Returns the writes unsent, for the caller to
/// send in its transaction ([`Writes::apply`]) or to commit with
/// ([`OpenWrite::commit`](super::super::write::OpenWrite::commit)): on
/// SQLite, one round trip either way. `conn` only reads (questions not yet
/// cached).
pub(super) async fn grade(
    backend: &Backend,
    conn: &mut Conn,
    attempt: AttemptId,
    loaded: Loaded,
    by: ClosedBy,
    actor: &str,
) -> StoreResult<(Graded, Writes<'static>)> {
    let Loaded { row: head, slots } = loaded;
    let now = backend.clock.now();
    // Closed at its deadline: when the time ran out, however late it is noticed.
    let closed_at = match (by, head.deadline) {
        (ClosedBy::Deadline, Some(deadline)) => deadline.min(now),
        _ => now,
    };
    let questions = parsed_questions(backend, conn, slots.iter().map(|slot| slot.1)).await?;
    let (mut score, mut pending) = (0i64, 0i64);
    // Each slot's mark and the options chosen, then a statement each for
    // all the slots (a statement a slot and a choice made some seventy
    // round trips a submission).
    let mut marks: Vec<(i64, Option<i64>)> = Vec::with_capacity(slots.len());
    let mut chosen: Vec<(i64, QuestionId, i64)> = Vec::new();
    for (slot, question_id, layout, answer) in &slots {
        let question = questions.get(question_id).ok_or_else(|| corrupt("a slot's question"))?;
        let graded = attempt::grade(&question.body, layout, answer.as_ref());
        match graded.mark {
            Some(mark) => score += i64::from(mark.units()),
            None => pending += 1,
        }
        marks.push((*slot, graded.mark.map(|m| i64::from(m.units()))));
        chosen.extend(graded.chosen.into_iter().map(|choice| (*slot, *question_id, choice as i64)));
    }
    let mut batch = Batch::new();
    for marks in marks.chunks(CHUNK) {
        let update = batch.statement("UPDATE attempt_slots SET mark = CASE slot");
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
        update.push(")");
    }
    for chosen in chosen.chunks(CHUNK) {
        batch
            .statement("INSERT INTO attempt_choices (attempt_id, slot, question_id, choice) ")
            .push_values(chosen, |mut row, (slot, question_id, choice)| {
                row.push_bind(attempt).push_bind(*slot).push_bind(*question_id).push_bind(*choice);
            })
            .push(" ON CONFLICT DO NOTHING");
    }
    let max_score = slots.len() as i64 * i64::from(Weight::FULL.units());
    let (percent, result) = result_of(score, max_score, pending, head.pass_mark);
    batch
        .statement("UPDATE quiz_attempts SET submitted_at = ")
        .push_bind(closed_at)
        .push(", closed_by = ")
        .push_bind(by.as_str())
        .push(", score = ")
        .push_bind(score)
        .push(", max_score = ")
        .push_bind(max_score)
        .push(", pending = ")
        .push_bind(pending)
        .push(", result = ")
        .push_bind(result)
        .push(", percent = ")
        .push_bind(percent)
        .push(" WHERE id = ")
        .push_bind(attempt);
    let changes = serde_json::json!({
        "attempt": attempt, "course": head.of.course_slug, "version": head.of.version_no, "number": head.number,
        "percent": percent, "result": result.unwrap_or("pending"),
        "closed_by": by.as_str(),
    });
    let mut entries = vec![audit::entry(
        actor,
        Some(head.of.institution),
        AuditAction::QuizSubmit,
        RecordType::Person,
        head.of.person,
        changes,
    )];
    // A pass completes the open enrolment when its lessons are read too,
    // if the attempt is at the version the enrolment studies (an attempt
    // left at an older one is closed, not counted: its enrolment's
    // completion would have come with a pass at its own version).
    let completion = (result == Some("passed") && head.current == 1)
        .then(|| head.facts.completion(&head.of, true, actor, closed_at))
        .flatten();
    let completed = completion.is_some();
    if let Some(completion) = completion {
        completion.push(&mut batch, &mut entries);
    }
    Ok((Graded { completed }, Writes { batch, head: Some(head.audit_head), entries }))
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
