//! What can go wrong in a store, typed: the store says which rule refused
//! a change, and the words a person reads are chosen here, in `app/`, not
//! in the SQL code.

use std::fmt;
use std::sync::Arc;

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
    /// A role on the whole deployment other than administrator.
    DeploymentRoleNotAdministrator,
    /// A grant on a unit outside the person's institution.
    UnitElsewhere,
    /// A roster upload applied already.
    RosterAppliedAlready,
    /// An activation link asked for an account activated meanwhile.
    ActivatedMeanwhile,
    /// An invitation expired or used.
    InvitationUnusable,
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

    /// In words, for the person who asked (lower case, no final stop: forms
    /// put it in a sentence).
    pub fn message(&self) -> String {
        match self {
            StoreError::NotFound(missing) => missing.message(),
            StoreError::Duplicate { field, value } => field.taken(value),
            StoreError::Refused(refusal) => refusal.message().into(),
            StoreError::Unavailable(_) => "the records cannot be reached just now".into(),
        }
    }
}

impl Field {
    fn taken(self, value: &str) -> String {
        match self {
            Field::StaffNumber => format!("staff number `{value}` is already in use"),
            Field::Email => format!("email `{value}` is already in use"),
            Field::Slug => format!("the slug `{value}` is already used"),
            Field::UnitCode => format!("the code `{value}` is already used in this institution"),
        }
    }
}

impl Missing {
    fn message(&self) -> String {
        match self {
            Missing::Institution(slug) => format!("there is no institution `{slug}`"),
            Missing::UnitCode(code) => format!("there is no unit `{code}` in this institution"),
            Missing::Cadre(slug) => format!("there is no cadre `{slug}`"),
            Missing::Unit => "there is no such unit".into(),
            Missing::CadreId => "there is no such cadre".into(),
            Missing::Grant => "there is no such role to revoke".into(),
            Missing::Record => "there is no such record".into(),
        }
    }
}

impl Refusal {
    fn message(&self) -> std::borrow::Cow<'static, str> {
        match self {
            Refusal::StaffNumberUnusable(number) => {
                format!("staff number `{number}` must not be empty or contain `@`").into()
            }
            Refusal::UnknownAudience(cadre) => format!("unknown cadre `{cadre}`").into(),
            Refusal::ParentElsewhere => "the parent unit is not in this institution".into(),
            Refusal::MoveAcrossInstitutions => "a unit can move only within its institution".into(),
            Refusal::MoveUnderItself => "a unit cannot move under itself or under a unit below it".into(),
            Refusal::DeploymentRoleNotAdministrator => {
                "only the administrator role can cover the whole deployment".into()
            }
            Refusal::UnitElsewhere => "the unit is not in this person's institution".into(),
            Refusal::RosterAppliedAlready => "this roster file was applied already".into(),
            Refusal::ActivatedMeanwhile => {
                "Some of these people activated their accounts meanwhile. Ask for the links again.".into()
            }
            Refusal::InvitationUnusable => "this link has expired or was already used".into(),
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
