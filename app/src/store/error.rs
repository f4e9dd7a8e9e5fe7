//! What can go wrong in a store, typed: the store says which rule refused
//! a change, and the message a person reads is chosen here, in `app/`
//! (its words in `locales/*/shared.ftl`), not in the SQL code.

use std::fmt;
use std::sync::Arc;

use crate::i18n::Msg;

/// A storage failure. [`StoreError::message`] is what a person may read for
/// every kind but [`StoreError::Unavailable`], whose cause is for logs only
/// (its [`source`](std::error::Error::source), so a log shows the chain).
#[derive(Clone, Debug)]
pub enum StoreError {
    /// The record a change names does not exist.
    NotFound(Missing),
    /// A value that must be unique is taken: found before writing, or
    /// reported by the database's unique constraint when two requests race.
    Duplicate { field: Field, value: String },
    /// A rule of the records refuses the change.
    Refused(Refusal),
    /// The database failed or could not be reached: the cause, for logs.
    Unavailable(Cause),
}

/// Why the database failed: the driver's error, kept whole (shared, so a
/// [`StoreError`] can be cloned into a request's extensions).
pub type Cause = Arc<dyn std::error::Error + Send + Sync>;

/// The value of [`StoreError::Duplicate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    StaffNumber,
    Email,
    /// An institution's or a cadre's slug.
    Slug,
    /// A unit's code within its institution.
    UnitCode,
}

/// What [`StoreError::NotFound`] did not find.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Missing {
    /// An institution, by slug.
    Institution(String),
    /// A unit of the institution, by code.
    UnitCode(String),
    /// An active cadre, by slug.
    Cadre(String),
    Unit,
    CadreId,
    Grant,
    /// A published course, by slug.
    Course(String),
    /// An enrolment, or one that is not the caller's (the same answer, so
    /// ids do not tell whose they are).
    Enrolment,
    /// A lesson of the enrolment's version, by slug.
    Lesson(String),
    /// A record a query expected (`sqlx::Error::RowNotFound`).
    Record,
}

/// Why a store refused a change: [`StoreError::Refused`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A staff number empty or with `@` (a login with `@` is an email).
    StaffNumberUnusable(String),
    /// A course's audience names a cadre that does not exist.
    UnknownAudience(String),
    /// A new unit's parent is in another institution.
    ParentElsewhere,
    /// A unit cannot move to another institution.
    MoveAcrossInstitutions,
    /// A unit cannot move under itself or below itself.
    MoveUnderItself,
    /// A role on the whole deployment other than administrator or author.
    DeploymentRoleNotAdministrator,
    /// A grant on a unit outside the person's institution.
    UnitElsewhere,
    /// A roster upload applied already.
    RosterAppliedAlready,
    /// An activation link asked for an account activated meanwhile.
    ActivatedMeanwhile,
    /// An invitation expired or used.
    InvitationUnusable,
    /// Self-enrolment in a course neither for the person's cadre nor open to all.
    NotInAudience,
    /// A person who has left cannot enrol.
    LearnerLeft,
    /// The enrolment is completed, withdrawn or closed: it never changes.
    EnrolmentFinished,
    /// A switch asked for an enrolment already at the published version.
    AlreadyCurrent,
    /// A reason longer than 500 characters, or empty where one is needed.
    ReasonUnusable,
    /// A due date that is not `YYYY-MM-DD`.
    DueDateUnusable(String),
    /// A date of leaving before the person's current placement began.
    DepartureBeforePlacement,
    /// A quiz attempt cannot start, or its answer cannot be saved.
    Quiz(super::QuizRefusal),
    /// An essay was graded by someone else after the grader's form was
    /// shown: their mark is not replaced unseen.
    GradedMeanwhile,
    /// A bank uploaded in the browser was previewed against a version of
    /// its course that is no longer the published one.
    BankStale,
    /// A bank upload applied already, or kept too long to apply.
    BankUnusable,
    /// A course published (a bank applied in the browser) since the import
    /// that would publish it read it.
    CourseChanged(String),
}

impl StoreError {
    /// The database failed with `cause`.
    pub fn unavailable(cause: impl std::error::Error + Send + Sync + 'static) -> Self {
        StoreError::Unavailable(Arc::new(cause))
    }

    /// Whether the store answered with a reason (every kind but
    /// [`StoreError::Unavailable`]).
    pub fn is_refusal(&self) -> bool {
        !matches!(self, StoreError::Unavailable(_))
    }

    /// What to tell the person who asked, put into words when the page
    /// renders (lower case, no final stop: forms put it in a sentence).
    pub fn msg(&self) -> Msg {
        match self {
            StoreError::NotFound(missing) => missing.msg(),
            StoreError::Duplicate { field, value } => field.taken(value),
            StoreError::Refused(refusal) => refusal.msg(),
            StoreError::Unavailable(_) => Msg::new("shared-store-unavailable"),
        }
    }

    /// [`StoreError::msg`] in English: for logs and the command line.
    pub fn message(&self) -> String {
        crate::i18n::catalogue::translate(crate::i18n::Locale::En, &self.msg())
    }
}

impl Field {
    fn taken(self, value: &str) -> Msg {
        let id = match self {
            Field::StaffNumber => "shared-store-staff-number-taken",
            Field::Email => "shared-store-email-taken",
            Field::Slug => "shared-store-slug-taken",
            Field::UnitCode => "shared-store-unit-code-taken",
        };
        Msg::new(id).arg("value", value)
    }
}

impl Missing {
    fn msg(&self) -> Msg {
        match self {
            Missing::Institution(slug) => Msg::new("shared-store-no-institution").arg("slug", slug),
            Missing::UnitCode(code) => Msg::new("shared-store-no-unit-code").arg("code", code),
            Missing::Cadre(slug) => Msg::new("shared-store-no-cadre").arg("slug", slug),
            Missing::Unit => Msg::new("shared-store-no-unit"),
            Missing::CadreId => Msg::new("shared-store-no-cadre-id"),
            Missing::Grant => Msg::new("shared-store-no-grant"),
            Missing::Course(slug) => Msg::new("shared-store-no-course").arg("slug", slug),
            Missing::Enrolment => Msg::new("shared-store-no-enrolment"),
            Missing::Lesson(slug) => Msg::new("shared-store-no-lesson").arg("slug", slug),
            Missing::Record => Msg::new("shared-store-no-record"),
        }
    }
}

impl Refusal {
    fn msg(&self) -> Msg {
        match self {
            Refusal::StaffNumberUnusable(number) => {
                Msg::new("shared-store-staff-number-unusable").arg("number", number)
            }
            Refusal::UnknownAudience(cadre) => Msg::new("shared-store-unknown-audience").arg("cadre", cadre),
            Refusal::ParentElsewhere => Msg::new("shared-store-parent-elsewhere"),
            Refusal::MoveAcrossInstitutions => Msg::new("shared-store-move-across-institutions"),
            Refusal::MoveUnderItself => Msg::new("shared-store-move-under-itself"),
            Refusal::DeploymentRoleNotAdministrator => Msg::new("shared-store-deployment-role"),
            Refusal::UnitElsewhere => Msg::new("shared-store-unit-elsewhere"),
            Refusal::RosterAppliedAlready => Msg::new("shared-store-roster-applied"),
            Refusal::ActivatedMeanwhile => Msg::new("shared-store-activated-meanwhile"),
            Refusal::InvitationUnusable => Msg::new("shared-store-invitation-unusable"),
            Refusal::NotInAudience => Msg::new("shared-store-not-in-audience"),
            Refusal::LearnerLeft => Msg::new("shared-store-learner-left"),
            Refusal::EnrolmentFinished => Msg::new("shared-store-enrolment-finished"),
            Refusal::AlreadyCurrent => Msg::new("shared-store-already-current"),
            Refusal::ReasonUnusable => Msg::new("shared-store-reason-unusable"),
            Refusal::DueDateUnusable(date) => Msg::new("shared-store-due-date-unusable").arg("date", date),
            Refusal::DepartureBeforePlacement => Msg::new("shared-store-departure-before-placement"),
            Refusal::GradedMeanwhile => Msg::new("shared-store-graded-meanwhile"),
            Refusal::BankStale => Msg::new("shared-store-bank-stale"),
            Refusal::BankUnusable => Msg::new("shared-store-bank-unusable"),
            Refusal::CourseChanged(course) => Msg::new("shared-store-course-changed").arg("course", course),
            Refusal::Quiz(refusal) => match refusal {
                super::QuizRefusal::Passed => Msg::new("shared-store-quiz-passed"),
                super::QuizRefusal::NoAttemptLeft => Msg::new("shared-store-quiz-no-attempt-left"),
                super::QuizRefusal::WaitUntil(_) => Msg::new("shared-store-quiz-wait"),
                super::QuizRefusal::Submitted => Msg::new("shared-store-quiz-submitted"),
                super::QuizRefusal::TimeUp => Msg::new("shared-store-quiz-time-up"),
                super::QuizRefusal::NotEnrolled => Msg::new("shared-store-quiz-not-enrolled"),
            },
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // The cause is the source: a log that shows the chain shows it.
            StoreError::Unavailable(_) => f.write_str("the database failed"),
            other => f.write_str(&other.message()),
        }
    }
}

/// A database error reaching a store's `?` is a failure, never a refusal,
/// so the SQL code writes `.await?`; the unique violations a form can
/// race are mapped before, where the field is known (`unique_error`). A
/// `fetch_one` that finds no row is [`Missing::Record`] (a `404`), not a
/// failing database; an id from a user is still read with `fetch_optional`
/// and answered with its own [`StoreError::NotFound`].
impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        match err {
            sqlx::Error::RowNotFound => StoreError::NotFound(Missing::Record),
            err => StoreError::unavailable(err),
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Unavailable(cause) => Some(cause.as_ref()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_row_is_not_found_and_other_database_errors_are_failures() {
        let missing = StoreError::from(sqlx::Error::RowNotFound);
        assert!(matches!(missing, StoreError::NotFound(Missing::Record)), "{missing:?}");
        assert!(missing.is_refusal());
        let failed = StoreError::from(sqlx::Error::PoolTimedOut);
        assert!(matches!(failed, StoreError::Unavailable(_)), "{failed:?}");
    }
}
