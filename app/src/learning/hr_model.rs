//! The page models of learning's HR side: assigning a course, a course's
//! enrolments, and a person's learning on their page. Nothing secret.

use serde::{Deserialize, Serialize};

use crate::ids::PersonId;
use crate::learning::model::{EnrolmentSummary, TranscriptEntry};
use crate::model::{Choice, FieldErrors, InstitutionSwitch, PersonStatus};

/// The assign page's filter and choices, as in its address (a GET form)
/// and in the confirming POST.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AssignQuery {
    /// A published course's slug.
    pub course: String,
    /// A unit id (its subtree), or empty for all in scope.
    pub unit: String,
    /// A cadre slug, or empty.
    pub cadre: String,
    /// `active` (the default), `left`, or empty for both.
    pub status: String,
    /// `YYYY-MM-DD`, or empty.
    pub hired_after: String,
    /// `YYYY-MM-DD`, or empty.
    pub due: String,
    pub reason: String,
}

/// One person an assignment's filter selects.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CandidateRow {
    pub id: PersonId,
    pub staff_number: String,
    pub name: String,
    pub unit: String,
    pub cadre: String,
    pub hire_date: String,
    pub status: PersonStatus,
}

/// How many people the filter selects, and the first of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignPreview {
    pub total: i64,
    pub already_open: i64,
    pub completed: i64,
    pub rows: Vec<CandidateRow>,
}

/// What an assignment did.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignOutcome {
    pub course_title: String,
    pub created: i64,
    pub already_open: i64,
    pub completed: i64,
    pub not_eligible: i64,
}

/// `/learn/assign`: pick a course, filter people, see who matches, confirm.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssignPage {
    pub institution: InstitutionSwitch,
    pub query: AssignQuery,
    pub courses: Vec<Choice>,
    pub units: Vec<Choice>,
    pub cadres: Vec<Choice>,
    /// When a course is chosen and the filter is usable.
    pub preview: Option<AssignPreview>,
    /// After the confirming POST.
    pub outcome: Option<AssignOutcome>,
    pub errors: FieldErrors,
}

/// The filters of a course's enrolments, as in its address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnrolmentsQuery {
    /// A status word, or empty for all.
    pub status: String,
    pub overdue: bool,
    /// A unit id, or empty.
    pub unit: String,
    /// 1-based.
    pub page: i64,
}

/// One line of a course's enrolments.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EnrolmentLine {
    pub person_id: PersonId,
    pub staff_number: String,
    pub name: String,
    pub unit: String,
    pub enrolment: EnrolmentSummary,
}

/// `/learn/courses/{slug}`: the enrolments of the people in scope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CourseEnrolmentsPage {
    pub institution: InstitutionSwitch,
    pub course_slug: String,
    pub course_title: String,
    pub query: EnrolmentsQuery,
    pub lines: Vec<EnrolmentLine>,
    pub total: i64,
    pub page_size: i64,
    /// `YYYY-MM-DD`, for "overdue".
    pub today: String,
    pub units: Vec<Choice>,
    /// Every published course, to move to another's list.
    pub courses: Vec<Choice>,
}

/// A person's learning on their page, for HR in scope.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonLearning {
    pub person_id: PersonId,
    /// `YYYY-MM-DD`, for "overdue" and the departure's latest date.
    pub today: String,
    /// Every enrolment, newest first (open ones may be withdrawn).
    pub enrolments: Vec<EnrolmentSummary>,
    /// Completed courses, newest first.
    pub transcript: Vec<TranscriptEntry>,
    /// Whether a departure may be recorded (the person is active).
    pub may_record_departure: bool,
}
