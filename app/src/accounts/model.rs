//! Accounts' page models: who is asking (roles, grants, the viewer),
//! the sign-in, activation and account pages, and the security log.

use crate::ids::{AccountId, InstitutionId, PersonId};
use serde::{Deserialize, Serialize};

use crate::i18n::{Locale, Msg};
use crate::model::{Choice, FieldErrors};

/// Roles granted on a unit subtree (learner is implicit: every account).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Role {
    Author,
    Reviewer,
    Hr,
    Admin,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Author => "author",
            Role::Reviewer => "reviewer",
            Role::Hr => "hr",
            Role::Admin => "admin",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [Role::Author, Role::Reviewer, Role::Hr, Role::Admin].into_iter().find(|role| role.as_str() == word)
    }

    /// The role in the reader's words (`shared-role`).
    pub fn msg(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new("shared-role").arg("role", crate::i18n::Arg::word(self.as_str()))
    }

    /// The label in English (the command line, and pages not yet using
    /// [`Role::msg`]).
    pub fn label(self) -> &'static str {
        match self {
            Role::Author => "Author",
            Role::Reviewer => "Reviewer",
            Role::Hr => "HR",
            Role::Admin => "Administrator",
        }
    }
}

/// A role and where it applies: a unit's subtree (the unit's materialised
/// path, such as `/1/4/`, which names its institution too) or, for
/// deployment administrators only, everything (`unit_path` None).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Grant {
    pub role: Role,
    pub unit_path: Option<String>,
}

/// Who is asking, on a page rendered for a signed-in person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Viewer {
    pub account_id: AccountId,
    pub person_id: PersonId,
    pub institution_id: InstitutionId,
    pub name: String,
    pub grants: Vec<Grant>,
}

impl Viewer {
    /// The unit paths where the viewer manages people (HR or admin), or
    /// `None` when the viewer is a deployment administrator (everywhere).
    /// An empty list: nowhere.
    pub fn people_scopes(&self) -> Option<Vec<String>> {
        let managing = self.grants.iter().filter(|g| matches!(g.role, Role::Hr | Role::Admin));
        let mut paths = Vec::new();
        for grant in managing {
            match &grant.unit_path {
                None if grant.role == Role::Admin => return None,
                None => {}
                Some(path) => paths.push(path.clone()),
            }
        }
        Some(paths)
    }

    /// Whether the viewer manages the person placed in the unit at `unit_path`.
    pub fn manages(&self, unit_path: &str) -> bool {
        match self.people_scopes() {
            None => true,
            Some(paths) => paths.iter().any(|scope| unit_path.starts_with(scope.as_str())),
        }
    }

    /// Whether the viewer administers anything (an institution's subtree or the deployment).
    pub fn is_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role == Role::Admin)
    }

    /// Whether the viewer administers the whole deployment.
    pub fn is_deployment_admin(&self) -> bool {
        self.grants.iter().any(|g| g.role == Role::Admin && g.unit_path.is_none())
    }

    /// Whether the viewer administers the unit at `unit_path` (may grant
    /// roles there).
    pub fn administers(&self, unit_path: &str) -> bool {
        self.grants
            .iter()
            .any(|g| g.role == Role::Admin && g.unit_path.as_deref().is_none_or(|scope| unit_path.starts_with(scope)))
    }

    /// The unit paths the viewer administers, or `None` for a deployment
    /// administrator (everywhere). An empty list: nowhere.
    pub fn admin_scopes(&self) -> Option<Vec<String>> {
        let mut paths = Vec::new();
        for grant in self.grants.iter().filter(|g| g.role == Role::Admin) {
            match &grant.unit_path {
                None => return None,
                Some(path) => paths.push(path.clone()),
            }
        }
        Some(paths)
    }

    /// Whether the viewer manages anyone at all.
    pub fn manages_people(&self) -> bool {
        self.people_scopes().is_none_or(|paths| !paths.is_empty())
    }

    /// Whether the viewer administers the scope of `grant`: a unit
    /// subtree inside one they administer, or (for a deployment-wide grant)
    /// the whole deployment.
    pub fn administers_grant(&self, grant: &Grant) -> bool {
        match &grant.unit_path {
            Some(path) => self.administers(path),
            None => self.is_deployment_admin(),
        }
    }

    /// Whether the viewer may act on the account `account_id`, whose active
    /// grants are `grants`: issue it a link, lock or unlock it, change its
    /// roles. Nobody acts on an account more powerful than their own, so
    /// the viewer must administer every grant the account holds (HR, who
    /// administer nothing, only people with no role at all), and nobody
    /// acts on their own account through a person's page. The caller checks
    /// separately that the person is in a unit the viewer manages.
    pub fn may_act_on(&self, account_id: AccountId, grants: &[Grant]) -> bool {
        account_id != self.account_id && grants.iter().all(|grant| self.administers_grant(grant))
    }
}

/// One sign-in attempt as the security log page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRow {
    pub id: i64,
    /// When (Unix seconds), shown in the reader's language.
    pub at: i64,
    /// The person, when the attempt named an account: (id, name, staff number).
    pub person: Option<(PersonId, String, String)>,
    pub address: String,
    /// What became of it: the outcome's stored word (`wrong-password`),
    /// put into words by the page (`accounts-outcome`).
    pub outcome: String,
}

/// The security log page.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInsPage {
    /// The outcome filtered on (empty: all).
    pub outcome: String,
    /// Every outcome, as the filter's choices.
    pub outcomes: Vec<Choice>,
    /// The attempts shown, newest first.
    pub rows: Vec<SignInRow>,
    /// The `before` of the next, older page.
    pub older: Option<i64>,
    /// How long the server keeps attempts.
    pub retention_days: i64,
}

/// The sign-in form, as shown again after a failed attempt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInForm {
    /// What the person typed as staff number or email (kept).
    pub login: String,
    /// The institutions to choose from, shown only when the staff number
    /// typed is used in more than one.
    pub institutions: Vec<Choice>,
    /// The institution chosen (its slug).
    pub institution: String,
    /// The one message for any failure, so that it reveals nothing.
    pub error: Option<Msg>,
    /// Where to go after signing in (a local path).
    pub next: String,
    /// A confirmation to show above the form, such as "your password is set".
    pub notice: Option<Msg>,
}

/// The form that sets a password with an invitation link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActivateForm {
    /// The token from the link; posted back to the same address.
    pub token: String,
    pub name: String,
    pub staff_number: String,
    /// A reset of a forgotten password rather than a first activation.
    pub reset: bool,
    pub errors: FieldErrors,
}

/// A person's own account page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountPage {
    pub summary: AccountSummary,
    pub password_errors: FieldErrors,
    /// Set after the password was changed.
    pub password_changed: bool,
    /// Set after the language setting was saved.
    pub language_saved: bool,
}

/// The facts about a person that their account page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccountSummary {
    pub name: String,
    pub staff_number: String,
    pub email: Option<String>,
    pub institution: String,
    pub unit: String,
    pub cadre: String,
    /// The roles granted (learner, every account's, is not listed).
    pub roles: Vec<RoleHeld>,
    /// The account's own language setting (None: the browser's or the
    /// institution's).
    pub locale: Option<Locale>,
}

/// A role in force and where: a unit's name, or None for the whole deployment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoleHeld {
    pub role: Role,
    pub unit: Option<String>,
}
