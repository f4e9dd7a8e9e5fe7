//! The storage seam for learning: enrolments, lessons read, completion,
//! the transcript, and HR's assignments, withdrawals and lists.

use super::StoreResult;
use crate::ids::{AccountId, CadreId, EnrolmentId, InstitutionId, PersonId};
use crate::learning::model::{CourseProgress, EnrolmentStatus, EnrolmentSummary, LessonMark, TranscriptEntry};
use crate::model::PersonStatus;

#[async_trait::async_trait]
pub trait LearningStore: Send + Sync + 'static {
    /// What the learning pages need to know of a person: cadre, hire
    /// date, status. None: no such person.
    async fn learner(&self, person: PersonId) -> StoreResult<Option<Learner>>;

    /// Every enrolment of a person, open, finished or ended, newest first.
    async fn person_enrolments(&self, person: PersonId) -> StoreResult<Vec<EnrolmentSummary>>;

    /// The person's part of a course's outline. None: no published course
    /// of that slug.
    async fn course_progress(&self, person: PersonId, course_slug: &str) -> StoreResult<Option<CourseProgress>>;

    /// The person's open enrolment in a course with every lesson of its
    /// version, read or not (for the marks beside its lessons); None when
    /// they have none open.
    async fn read_marks(&self, person: PersonId, course_slug: &str) -> StoreResult<Option<ReadMarks>>;

    /// Enrols the person in the published version of a course, by
    /// themselves: allowed when its audience includes their current cadre
    /// or it is open to all, and they are active. An open enrolment is
    /// reported, not duplicated. Audited (`enrolment.self`).
    async fn enrol_self(&self, person: PersonId, course_slug: &str, actor: &str) -> StoreResult<Enrolled>;

    /// Records a lesson (by slug, in the enrolment's version) as read by
    /// the person's own open enrolment (`NotFound(Missing::Enrolment)`
    /// for anyone else's), and completes the enrolment when the rule says
    /// so (audited, `enrolment.complete`; the reads themselves are not).
    async fn mark_read(
        &self,
        person: PersonId,
        enrolment: EnrolmentId,
        lesson_slug: &str,
        actor: &str,
    ) -> StoreResult<ReadOutcome>;

    /// Moves the person's own started enrolment to the course's published
    /// version, restarting its progress (reads of the old version stay
    /// recorded but no longer count). Audited (`enrolment.switch`).
    async fn switch_version(&self, person: PersonId, enrolment: EnrolmentId, actor: &str) -> StoreResult<()>;

    /// Every completion of a person, newest first.
    async fn transcript(&self, person: PersonId) -> StoreResult<Vec<TranscriptEntry>>;

    /// Assigns the published version of a course to people of the
    /// institution, in one transaction: an enrolment and an audit entry
    /// (`enrolment.assign`) each for those who have none open and have not
    /// completed the course; the others are reported, not duplicated.
    async fn assign(&self, assignment: &Assignment<'_>) -> StoreResult<AssignReport>;

    /// One enrolment with whose it is, for a handler's scope check.
    async fn enrolment(&self, enrolment: EnrolmentId) -> StoreResult<Option<EnrolmentRecord>>;

    /// Withdraws an open enrolment with a reason (bounded, 500
    /// characters). Audited (`enrolment.withdraw`).
    async fn withdraw(&self, enrolment: EnrolmentId, reason: &str, actor: &str) -> StoreResult<()>;

    /// A course's enrolments of people of the institution placed in the
    /// given unit subtrees (all when `scopes` is None), filtered, newest
    /// first, a page at a time, with the total that match.
    async fn course_enrolments(
        &self,
        institution: InstitutionId,
        course_slug: &str,
        scopes: Option<&[String]>,
        filter: &EnrolmentFilter,
    ) -> StoreResult<(Vec<CourseEnrolmentRow>, i64)>;
}

/// What [`LearningStore::learner`] answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Learner {
    pub person_id: PersonId,
    pub institution_id: InstitutionId,
    pub name: String,
    pub cadre_id: CadreId,
    pub cadre_slug: String,
    /// `YYYY-MM-DD`.
    pub hire_date: String,
    pub status: PersonStatus,
}

/// A person's open enrolment in a course and its version's lessons, each
/// read or not ([`LearningStore::read_marks`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadMarks {
    pub enrolment: EnrolmentId,
    pub course_slug: String,
    /// The version studied.
    pub version_no: i64,
    /// The course's published version.
    pub current_version_no: i64,
    /// The version's lessons in order: slug, and whether it is read.
    pub lessons: Vec<(String, bool)>,
}

impl ReadMarks {
    /// The mark beside lesson `lesson_slug` of version `version_no` (None:
    /// the published one): only on the version studied.
    pub fn mark(&self, version_no: Option<i64>, lesson_slug: &str) -> Option<LessonMark> {
        if version_no.unwrap_or(self.current_version_no) != self.version_no {
            return None;
        }
        let (_, read) = self.lessons.iter().find(|(slug, _)| slug == lesson_slug)?;
        Some(LessonMark {
            enrolment: self.enrolment,
            course_slug: self.course_slug.clone(),
            lesson_slug: lesson_slug.to_string(),
            read: *read,
            lessons_read: self.lessons.iter().filter(|(_, read)| *read).count() as i64,
            lessons_total: self.lessons.len() as i64,
        })
    }
}

/// What [`LearningStore::enrol_self`] did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Enrolled {
    /// A new enrolment.
    New(EnrolmentId),
    /// The person had one open already: nothing written.
    AlreadyOpen(EnrolmentId),
}

impl Enrolled {
    pub fn id(self) -> EnrolmentId {
        match self {
            Enrolled::New(id) | Enrolled::AlreadyOpen(id) => id,
        }
    }
}

/// What [`LearningStore::mark_read`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadOutcome {
    pub course_slug: String,
    pub version_no: i64,
    pub current_version_no: i64,
    /// The lesson to read next: the one after this that is unread, else
    /// the first unread; None when every lesson is read.
    pub next_lesson: Option<String>,
    /// This read completed the enrolment.
    pub completed: bool,
}

/// A course assigned to people ([`LearningStore::assign`]).
#[derive(Clone, Debug)]
pub struct Assignment<'a> {
    pub institution: InstitutionId,
    pub course_slug: &'a str,
    pub persons: &'a [PersonId],
    /// `YYYY-MM-DD`.
    pub due_on: Option<&'a str>,
    /// Why (bounded, 500 characters).
    pub reason: Option<&'a str>,
    /// The account assigning (None: the command line).
    pub assigned_by: Option<AccountId>,
    /// Who the audit log names.
    pub actor: &'a str,
}

/// What [`LearningStore::assign`] did, person by person.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AssignReport {
    /// Enrolments created.
    pub created: Vec<(PersonId, EnrolmentId)>,
    /// People with an open enrolment in the course already.
    pub already_open: Vec<PersonId>,
    /// People who completed the course (any version) and have none open.
    pub completed: Vec<PersonId>,
    /// Ids that name no active person of the institution.
    pub not_eligible: Vec<PersonId>,
}

/// One enrolment and whose it is ([`LearningStore::enrolment`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EnrolmentRecord {
    pub id: EnrolmentId,
    pub person_id: PersonId,
    pub institution_id: InstitutionId,
    /// The person's unit's path, for `Viewer::manages`.
    pub unit_path: String,
    pub course_slug: String,
    pub status: EnrolmentStatus,
}

/// The filters of a course's enrolments list.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EnrolmentFilter {
    pub status: Option<EnrolmentStatus>,
    /// Only open enrolments whose due date is before `today`.
    pub overdue: bool,
    /// `YYYY-MM-DD`, for `overdue`.
    pub today: String,
    /// Only people placed in this unit's subtree (a unit path).
    pub unit_path: Option<String>,
    pub cadre_slug: Option<String>,
    pub limit: i64,
    pub offset: i64,
}

/// One row of a course's enrolments list.
#[derive(Clone, Debug, PartialEq)]
pub struct CourseEnrolmentRow {
    pub person_id: PersonId,
    pub staff_number: String,
    pub name: String,
    pub unit_name: String,
    pub cadre_slug: String,
    pub enrolment: EnrolmentSummary,
}
