//! Typed ids: a person's id cannot be passed where an account's is wanted.
//!
//! Each is the row id of its table, kept as the same integer in the
//! database and on the wire (`#[serde(transparent)]`); on the server
//! (`ssr`) each is also an `sqlx` type, so queries bind and read it
//! directly. The browser bundle does not pull in sqlx.

use std::fmt;
use std::str::FromStr;

macro_rules! ids {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
        #[serde(transparent)]
        #[cfg_attr(feature = "ssr", derive(sqlx::Type), sqlx(transparent))]
        pub struct $name(pub i64);

        impl $name {
            /// The row id as the database stores it.
            pub const fn get(self) -> i64 {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        /// Parses a path segment or form value: the decimal row id.
        impl FromStr for $name {
            type Err = std::num::ParseIntError;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                text.parse().map($name)
            }
        }
    )*};
}

ids! {
    /// A row of `persons`.
    PersonId,
    /// A row of `accounts`.
    AccountId,
    /// A row of `units`.
    UnitId,
    /// A row of `institutions`.
    InstitutionId,
    /// A row of `course_versions`.
    CourseVersionId,
    /// A row of `role_grants`.
    GrantId,
    /// A row of `roster_uploads`.
    UploadId,
    /// A row of `cadres`.
    CadreId,
    /// A row of `enrolments`.
    EnrolmentId,
    /// A row of `quiz_attempts`.
    AttemptId,
    /// A row of `questions`: a question version.
    QuestionId,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_and_write_as_their_number() {
        let id: PersonId = "42".parse().unwrap();
        assert_eq!(id, PersonId(42));
        assert_eq!(id.to_string(), "42");
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(serde_json::from_str::<AccountId>("7").unwrap(), AccountId(7));
        assert!("x".parse::<UnitId>().is_err());
    }
}
