//! The people pages' models: the list, its filters, a person.

use std::fmt;
use std::str::FromStr;

use crate::ids::{GrantId, PersonId};
use serde::{Deserialize, Serialize};

use crate::accounts::model::{Grant, Role};
use crate::i18n::{Arg, Msg};
use crate::model::Choice;
use crate::organisation::model::InstitutionSwitch;

/// The state of a person's account, as HR sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountState {
    NoAccount,
    NotActivated,
    Active,
    Locked,
}

impl AccountState {
    /// The state's word in the catalogue's selector (`people-account-state`).
    pub fn as_str(self) -> &'static str {
        match self {
            AccountState::NoAccount => "none",
            AccountState::NotActivated => "not-activated",
            AccountState::Active => "active",
            AccountState::Locked => "locked",
        }
    }

    /// The state in the reader's words.
    pub fn msg(self) -> Msg {
        Msg::new("people-account-state").arg("state", Arg::word(self.as_str()))
    }
}

/// Whether a person is on the staff: `active`, or `left` (with a date of
/// leaving). The same word in the database (`persons.status`,
/// `person_placements.status`), on the wire, in the roster CSV and in audit
/// entries; under `ssr` an `sqlx` type stored as that word (TEXT).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PersonStatus {
    Active,
    Left,
}

impl PersonStatus {
    pub const ALL: [PersonStatus; 2] = [PersonStatus::Active, PersonStatus::Left];

    /// The stored word.
    pub fn as_str(self) -> &'static str {
        match self {
            PersonStatus::Active => "active",
            PersonStatus::Left => "left",
        }
    }

    /// The status in the reader's words (`people-status-word`).
    pub fn msg(self) -> Msg {
        Msg::new("people-status-word").arg("status", Arg::word(self.as_str()))
    }
}

impl fmt::Display for PersonStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A word that is not a person's status.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a person's status (`active` or `left`)")]
pub struct NotAStatus(pub String);

/// Parses the stored word exactly (the roster import, which forgives case,
/// reads its own column).
impl FromStr for PersonStatus {
    type Err = NotAStatus;
    fn from_str(word: &str) -> Result<Self, Self::Err> {
        Self::ALL.into_iter().find(|status| status.as_str() == word).ok_or_else(|| NotAStatus(word.to_string()))
    }
}

/// Stored as its word, in a TEXT column: the type and its compatibility
/// are `str`'s, so PostgreSQL reads a TEXT column into it (a derived
/// `sqlx::Type` would name a custom type instead), and decoding a word
/// outside the two fails rather than guessing.
#[cfg(feature = "ssr")]
mod stored {
    use super::PersonStatus;
    use sqlx::encode::IsNull;
    use sqlx::error::BoxDynError;
    use sqlx::{Database, Decode, Encode, Type};

    impl<DB: Database> Type<DB> for PersonStatus
    where
        str: Type<DB>,
    {
        fn type_info() -> DB::TypeInfo {
            <str as Type<DB>>::type_info()
        }

        fn compatible(ty: &DB::TypeInfo) -> bool {
            <str as Type<DB>>::compatible(ty)
        }
    }

    impl<'q, DB: Database> Encode<'q, DB> for PersonStatus
    where
        &'q str: Encode<'q, DB>,
    {
        fn encode_by_ref(&self, buf: &mut <DB as Database>::ArgumentBuffer<'q>) -> Result<IsNull, BoxDynError> {
            let word: &'q str = self.as_str();
            word.encode_by_ref(buf)
        }
    }

    impl<'r, DB: Database> Decode<'r, DB> for PersonStatus
    where
        &'r str: Decode<'r, DB>,
    {
        fn decode(value: <DB as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
            Ok(<&'r str as Decode<'r, DB>>::decode(value)?.parse()?)
        }
    }
}

/// The filters of the people list, as in its address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleQuery {
    /// Part of a name, staff number or email.
    pub q: String,
    /// A unit id (its subtree), or empty for all in scope.
    pub unit: String,
    /// A cadre slug, or empty.
    pub cadre: String,
    /// One status, or None for both.
    pub status: Option<PersonStatus>,
    /// 1-based.
    pub page: i64,
}

/// One line of the people list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRow {
    pub id: PersonId,
    pub staff_number: String,
    pub name: String,
    pub cadre: String,
    pub unit: String,
    pub status: PersonStatus,
    pub account: AccountState,
}

/// The people an HR officer or administrator manages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeoplePage {
    pub institution: InstitutionSwitch,
    pub query: PeopleQuery,
    pub rows: Vec<PersonRow>,
    pub total: i64,
    pub page_size: i64,
    pub units: Vec<Choice>,
    pub cadres: Vec<Choice>,
}

/// One period of a person's placement history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub unit: String,
    pub cadre: String,
    pub status: PersonStatus,
    pub from: String,
    pub to: Option<String>,
}

/// A person, as HR sees them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PersonDetail {
    pub id: PersonId,
    pub staff_number: String,
    pub name: String,
    pub email: Option<String>,
    pub institution: String,
    pub unit: String,
    /// The unit's materialised path, for the scope check (not shown).
    pub unit_path: String,
    pub cadre: String,
    pub hire_date: String,
    pub status: PersonStatus,
    pub left_on: Option<String>,
    pub placements: Vec<Placement>,
    pub account: AccountState,
    /// A one-time link just created, shown once to be passed on.
    pub new_link: Option<String>,
    /// The account's roles in force.
    pub roles: Vec<RoleLine>,
    /// Units where the viewer may grant roles to this person (empty when
    /// the viewer is not their administrator, or may not act on them).
    pub role_units: Vec<Choice>,
    /// Whether the viewer may also grant a role on the whole deployment
    /// (the unit choice [`WHOLE_DEPLOYMENT`]): a deployment administrator.
    pub grants_deployment_wide: bool,
    /// Whether the viewer may act on this person's account (links, lock,
    /// unlock, roles): see [`Viewer::may_act_on`].
    pub may_act: bool,
    /// Their enrolments and transcript, and the departure form (learning's
    /// part: `http::learning_hr::part`); None when the viewer may not see it.
    pub learning: Option<crate::learning::hr_model::PersonLearning>,
}

/// A role grant as a person's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleLine {
    pub grant_id: GrantId,
    pub role: Role,
    /// The unit's name (None: the whole deployment).
    pub unit: Option<String>,
    /// The unit's materialised path (None: the whole deployment), for the
    /// scope checks (not shown).
    pub unit_path: Option<String>,
    /// Whether the viewer may revoke it (set by the page's loader).
    pub revocable: bool,
}

impl RoleLine {
    /// The grant this line shows, as the scope checks compare it.
    pub fn grant(&self) -> Grant {
        Grant { role: self.role, unit_path: self.unit_path.clone() }
    }
}

/// The unit choice of the role form that means the whole deployment (a
/// grant with no unit): only offered to deployment administrators, and only
/// for the author and administrator roles (the store refuses the others).
pub const WHOLE_DEPLOYMENT: &str = "*";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_status_is_its_word() {
        for status in PersonStatus::ALL {
            assert_eq!(status.as_str().parse::<PersonStatus>(), Ok(status));
            assert_eq!(serde_json::to_string(&status).unwrap(), format!("\"{status}\""));
        }
        assert_eq!(PersonStatus::Left.as_str(), "left");
        assert_eq!(serde_json::from_str::<PersonStatus>(r#""active""#).unwrap(), PersonStatus::Active);
        assert_eq!("Left".parse::<PersonStatus>(), Err(NotAStatus("Left".into())), "the stored word, exactly");
    }
}
