//! The people pages' models: the list, its filters, a person.

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

/// The filters of the people list, as in its address.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeopleQuery {
    /// Part of a name, staff number or email.
    pub q: String,
    /// A unit id (its subtree), or empty for all in scope.
    pub unit: String,
    /// A cadre slug, or empty.
    pub cadre: String,
    /// "active", "left", or empty for both.
    pub status: String,
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
    pub status: String,
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
    pub status: String,
    pub from: String,
    pub to: Option<String>,
}

/// A person, as HR sees them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    pub status: String,
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
    /// Whether the viewer may act on this person's account (links, lock,
    /// unlock, roles): see [`Viewer::may_act_on`].
    pub may_act: bool,
}

/// A role grant as a person's page lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleLine {
    pub grant_id: GrantId,
    pub role: Role,
    /// The unit's name (shown only for a unit: a grant on the whole
    /// deployment, `unit_path` None, is put in words by the page).
    pub scope: String,
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
