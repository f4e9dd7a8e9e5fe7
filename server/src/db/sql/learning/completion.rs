//! Completing an enrolment when the rule says it is done
//! ([`is_complete`]): what the rule reads, as columns a caller's own query
//! can carry ([`FACTS`]), the decision, and the write.

use super::super::batch::Batch;
use super::audit;

use crate::learning::{QuizState, is_complete};
use tutela_app::ids::{EnrolmentId, InstitutionId, PersonId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::NewAuditEntry;

/// The columns of [`Facts`], over an enrolment `e` (of any state): its
/// version's CPD hours, lessons and lessons read, the last read's time,
/// whether the version has a quiz and the attempts at it passed.
pub(crate) const FACTS: &str = "(SELECT cv.estimated_hours FROM course_versions cv WHERE cv.id = e.course_version_id) \
       AS hours, \
     (SELECT COUNT(*) FROM lessons l WHERE l.course_version_id = e.course_version_id) AS lessons_total, \
     (SELECT COUNT(*) FROM lesson_reads r JOIN lessons l ON l.id = r.lesson_id \
       WHERE r.enrolment_id = e.id AND l.course_version_id = e.course_version_id) AS lessons_read, \
     CAST(COALESCE((SELECT MAX(r.read_at) FROM lesson_reads r WHERE r.enrolment_id = e.id), 0) AS BIGINT) \
       AS last_read, \
     (SELECT COUNT(*) FROM quizzes qz WHERE qz.course_version_id = e.course_version_id) AS quizzes, \
     (SELECT COUNT(*) FROM quiz_attempts pa WHERE pa.enrolment_id = e.id \
       AND pa.course_version_id = e.course_version_id AND pa.result = 'passed') AS passes";

/// What the completion rule reads of an enrolment ([`FACTS`]).
#[derive(sqlx::FromRow, Clone, Debug)]
pub(crate) struct Facts {
    hours: f64,
    lessons_total: i64,
    lessons_read: i64,
    last_read: i64,
    quizzes: i64,
    passes: i64,
}

/// Whose enrolment, as the audit entry of its completion names it: the
/// columns `enrolment`, `person`, `institution`, `course_slug`, `version_no`.
#[derive(sqlx::FromRow, Clone, Debug)]
pub(crate) struct EnrolmentRef {
    pub enrolment: EnrolmentId,
    pub person: PersonId,
    pub institution: InstitutionId,
    pub course_slug: String,
    pub version_no: i64,
}

/// An enrolment found done: its write and its audit entry
/// (`enrolment.complete`), both given to the caller's write by
/// [`Completion::push`].
pub(crate) struct Completion {
    enrolment: EnrolmentId,
    at: i64,
    today: String,
    hours: f64,
    entry: NewAuditEntry,
}

impl Facts {
    /// The completion of the open enrolment `of`, if the rule says it is
    /// done, counting a pass written in this transaction after these facts
    /// were read when `pass_just_written`. `at` is when the learner finished (the
    /// read, the attempt's submission or deadline, an essay's grading),
    /// which dates the completion even when it is noticed later (an attempt
    /// closed by the sweep); never before the last lesson read, since an
    /// attempt's deadline may come before a read made while it stayed open.
    pub(crate) fn completion(
        &self,
        of: &EnrolmentRef,
        pass_just_written: bool,
        actor: &str,
        at: i64,
    ) -> Option<Completion> {
        let quiz = match (self.quizzes, self.passes + i64::from(pass_just_written)) {
            (0, _) => QuizState::NoQuiz,
            (_, 0) => QuizState::NotPassed,
            _ => QuizState::Passed,
        };
        if !is_complete(self.lessons_total, self.lessons_read, quiz) {
            return None;
        }
        let at = at.max(self.last_read);
        let today = crate::clock::date_of(at);
        let changes = serde_json::json!({
            "enrolment": of.enrolment, "course": of.course_slug, "version": of.version_no,
            "completed_on": today, "cpd_hours": self.hours,
        });
        let entry = audit::entry(
            actor,
            Some(of.institution),
            AuditAction::EnrolmentComplete,
            RecordType::Person,
            of.person,
            changes,
        );
        Some(Completion { enrolment: of.enrolment, at, today, hours: self.hours, entry })
    }
}

impl Completion {
    /// The enrolment's completion into `batch`, its entry into `entries`.
    pub(crate) fn push(self, batch: &mut Batch<'_>, entries: &mut Vec<NewAuditEntry>) {
        entries.push(self.entry);
        batch
            .statement("UPDATE enrolments SET status = 'completed', completed_at = ")
            .push_bind(self.at)
            .push(", completed_on = ")
            .push_bind(self.today)
            .push(", cpd_hours = ")
            .push_bind(self.hours)
            .push(" WHERE id = ")
            .push_bind(self.enrolment);
    }
}
