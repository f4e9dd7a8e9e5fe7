//! Learning's page models: enrolments as the learner sees them, the
//! progress part of a course outline and of a lesson, the learner's home
//! and transcript. Nothing secret: these reach the browser.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::i18n::{Arg, Msg};
use crate::ids::EnrolmentId;
use crate::model::{CourseCard, ServiceStage};

/// Where an enrolment stands. `Enrolled` and `InProgress` are open (one
/// per person and course); the other three are final and never change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EnrolmentStatus {
    Enrolled,
    InProgress,
    Completed,
    /// Withdrawn by HR, with a reason.
    Withdrawn,
    /// Closed because the person left.
    Closed,
}

impl EnrolmentStatus {
    pub const ALL: [EnrolmentStatus; 5] = [
        EnrolmentStatus::Enrolled,
        EnrolmentStatus::InProgress,
        EnrolmentStatus::Completed,
        EnrolmentStatus::Withdrawn,
        EnrolmentStatus::Closed,
    ];

    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            EnrolmentStatus::Enrolled => "enrolled",
            EnrolmentStatus::InProgress => "in_progress",
            EnrolmentStatus::Completed => "completed",
            EnrolmentStatus::Withdrawn => "withdrawn",
            EnrolmentStatus::Closed => "closed",
        }
    }

    /// Enrolled or in progress: the person may still read and complete it.
    pub fn is_open(self) -> bool {
        matches!(self, EnrolmentStatus::Enrolled | EnrolmentStatus::InProgress)
    }

    /// The status in the reader's words (`learning-status`).
    pub fn msg(self) -> Msg {
        Msg::new("learning-status").arg("status", Arg::word(self.as_str()))
    }
}

/// How an enrolment began.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum EnrolmentOrigin {
    /// The person enrolled themselves.
    SelfEnrolled,
    /// HR or an administrator assigned it.
    Assigned,
    /// A requirement rule assigned it (a later issue).
    Rule,
}

impl EnrolmentOrigin {
    pub const ALL: [EnrolmentOrigin; 3] =
        [EnrolmentOrigin::SelfEnrolled, EnrolmentOrigin::Assigned, EnrolmentOrigin::Rule];

    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            EnrolmentOrigin::SelfEnrolled => "self",
            EnrolmentOrigin::Assigned => "assigned",
            EnrolmentOrigin::Rule => "rule",
        }
    }

    /// The origin in the reader's words (`learning-origin`).
    pub fn msg(self) -> Msg {
        Msg::new("learning-origin").arg("origin", Arg::word(self.as_str()))
    }
}

/// A stored word that names no value of the type.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a stored word of learning")]
pub struct NotAWord(pub String);

macro_rules! stored_as_word {
    ($($name:ident),*) => {$(
        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// Parses the stored word exactly.
        impl FromStr for $name {
            type Err = NotAWord;
            fn from_str(word: &str) -> Result<Self, Self::Err> {
                Self::ALL.into_iter().find(|value| value.as_str() == word).ok_or_else(|| NotAWord(word.to_string()))
            }
        }

        /// Stored as its word in a TEXT column, like `PersonStatus`: the
        /// type and its compatibility are `str`'s, and a word outside the
        /// set fails to decode rather than being guessed.
        #[cfg(feature = "ssr")]
        impl<DB: sqlx::Database> sqlx::Type<DB> for $name
        where
            str: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <str as sqlx::Type<DB>>::type_info()
            }

            fn compatible(ty: &DB::TypeInfo) -> bool {
                <str as sqlx::Type<DB>>::compatible(ty)
            }
        }

        #[cfg(feature = "ssr")]
        impl<'q, DB: sqlx::Database> sqlx::Encode<'q, DB> for $name
        where
            &'q str: sqlx::Encode<'q, DB>,
        {
            fn encode_by_ref(
                &self,
                buf: &mut <DB as sqlx::Database>::ArgumentBuffer<'q>,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                let word: &'q str = self.as_str();
                word.encode_by_ref(buf)
            }
        }

        #[cfg(feature = "ssr")]
        impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $name
        where
            &'r str: sqlx::Decode<'r, DB>,
        {
            fn decode(value: <DB as sqlx::Database>::ValueRef<'r>) -> Result<Self, sqlx::error::BoxDynError> {
                Ok(<&'r str as sqlx::Decode<'r, DB>>::decode(value)?.parse()?)
            }
        }
    )*};
}

stored_as_word!(EnrolmentStatus, EnrolmentOrigin);

/// One enrolment as a list shows it (the learner's home, a person's page).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EnrolmentSummary {
    pub id: EnrolmentId,
    pub course_slug: String,
    /// The title of the version studied.
    pub course_title: String,
    pub stage: ServiceStage,
    /// The version studied.
    pub version_no: i64,
    /// The course's published version (newer than `version_no` when a
    /// version came out after the person started).
    pub current_version_no: i64,
    pub origin: EnrolmentOrigin,
    pub status: EnrolmentStatus,
    /// `YYYY-MM-DD`, for an assignment with a due date.
    pub due_on: Option<String>,
    pub lessons_total: i64,
    /// Lessons of the version studied that are read.
    pub lessons_read: i64,
    /// The first unread lesson of the version studied ("continue").
    pub next_lesson: Option<String>,
    pub enrolled_at: i64,
    pub completed_on: Option<String>,
    pub cpd_hours: Option<f64>,
    /// When a withdrawn or closed enrolment ended, and why (withdrawn).
    pub ended_on: Option<String>,
    pub end_reason: Option<String>,
}

impl EnrolmentSummary {
    /// Whole per cent of the lessons read.
    pub fn percent(&self) -> i64 {
        percent(self.lessons_read, self.lessons_total)
    }

    /// Whether a newer version than the one studied is published.
    pub fn newer_version(&self) -> bool {
        self.current_version_no > self.version_no
    }

    /// The address of a lesson of the version studied: the current
    /// spelling when it is the published version, else the version's own.
    pub fn lesson_href(&self, lesson_slug: &str) -> String {
        lesson_href(&self.course_slug, self.version_no, self.current_version_no, lesson_slug)
    }

    /// Where "continue" goes: the first unread lesson, else the outline.
    pub fn continue_href(&self) -> String {
        match &self.next_lesson {
            Some(lesson) => self.lesson_href(lesson),
            None => format!("/courses/{}", self.course_slug),
        }
    }

    /// Whether it is open and past its due date on `today` (`YYYY-MM-DD`).
    pub fn overdue(&self, today: &str) -> bool {
        self.status.is_open() && self.due_on.as_deref().is_some_and(|due| due < today)
    }
}

/// The address of a lesson of version `version_no` of a course whose
/// published version is `current_version_no`.
pub fn lesson_href(course_slug: &str, version_no: i64, current_version_no: i64, lesson_slug: &str) -> String {
    if version_no == current_version_no {
        format!("/courses/{course_slug}/{lesson_slug}")
    } else {
        format!("/courses/{course_slug}/versions/{version_no}/{lesson_slug}")
    }
}

/// Whole per cent of `read` out of `total` (0 for a course without lessons).
pub fn percent(read: i64, total: i64) -> i64 {
    if total <= 0 { 0 } else { (read.clamp(0, total) * 100) / total }
}

/// The learner's part of a course outline: their open enrolment with what
/// they read, or whether they may enrol.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CourseProgress {
    /// The open enrolment, if any.
    pub open: Option<EnrolmentSummary>,
    /// Slugs of the lessons read in the open enrolment's version.
    pub read: Vec<String>,
    /// The date of the latest completion, if any.
    pub completed_on: Option<String>,
    /// Whether the person may enrol now (no open enrolment, and the course
    /// is for their cadre or open to all).
    pub may_enrol: bool,
    /// Shown once after the last lesson was marked read.
    pub just_completed: bool,
    /// The version studied (or, not enrolled, the published one) ends in a
    /// quiz (at `/quiz/{course}`).
    pub quiz: bool,
}

/// The learner's part beside a lesson: whether it is read in their open
/// enrolment, and the form that marks it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LessonMark {
    pub enrolment: EnrolmentId,
    pub course_slug: String,
    pub lesson_slug: String,
    pub read: bool,
    pub lessons_read: i64,
    pub lessons_total: i64,
}

/// One completed course on a transcript.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranscriptEntry {
    pub course_slug: String,
    pub course_title: String,
    pub version_no: i64,
    /// `YYYY-MM-DD`.
    pub completed_on: String,
    pub cpd_hours: f64,
}

/// CPD hours earned in one calendar year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CpdYear {
    pub year: i32,
    pub hours: f64,
    pub courses: i64,
}

/// Every course a person completed, newest first, and the hours per year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Transcript {
    pub name: String,
    pub entries: Vec<TranscriptEntry>,
    /// Newest year first.
    pub years: Vec<CpdYear>,
}

/// The learner's home, its sections in the order shown.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LearnerHome {
    /// `YYYY-MM-DD`, for "overdue".
    pub today: String,
    /// Open assignments with a due date: overdue first, then by due date.
    pub due: Vec<EnrolmentSummary>,
    /// Other open enrolments, started ones first.
    pub in_progress: Vec<EnrolmentSummary>,
    /// Courses for the person's cadre they have no enrolment in
    /// (pre-service first for people hired in the last year).
    pub recommended: Vec<CourseCard>,
    /// Completed recently, newest first.
    pub completed: Vec<EnrolmentSummary>,
}
