//! The types that cross the wire between the server and the pages.
//!
//! They hold only what a page shows: rendered, sanitised HTML and plain
//! facts. Nothing here is secret, so everything here may reach a browser.

use serde::{Deserialize, Serialize};

/// A professional group, such as `prosecutor` or `social-worker`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cadre {
    pub slug: String,
    pub name: String,
    pub description: String,
}

/// A cadre with the number of published courses whose audience includes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadreSummary {
    pub cadre: Cadre,
    pub course_count: i64,
}

/// Whether a course is taken before or after taking up the post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServiceStage {
    /// Taken by new hires before or soon after they start.
    PreService,
    /// Taken (and renewed) by serving staff.
    InService,
}

impl ServiceStage {
    /// The word used in `course.toml` and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceStage::PreService => "pre-service",
            ServiceStage::InService => "in-service",
        }
    }

    /// Parses the word used in `course.toml` and in the database.
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "pre-service" => Some(ServiceStage::PreService),
            "in-service" => Some(ServiceStage::InService),
            _ => None,
        }
    }

    /// The label a learner reads.
    pub fn label(self) -> &'static str {
        match self {
            ServiceStage::PreService => "Pre-service",
            ServiceStage::InService => "In-service",
        }
    }
}

/// One line of a catalogue: enough to choose a course.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CourseCard {
    pub slug: String,
    pub title: String,
    pub summary: String,
    pub stage: ServiceStage,
    pub estimated_hours: f64,
    pub lesson_count: i64,
}

/// The published version of a course and its table of contents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CourseOutline {
    pub slug: String,
    pub version_no: i64,
    pub title: String,
    pub summary: String,
    pub stage: ServiceStage,
    pub language: String,
    pub estimated_hours: f64,
    pub audience: Vec<Cadre>,
    pub modules: Vec<ModuleOutline>,
}

/// A module and its lessons, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleOutline {
    pub title: String,
    pub lessons: Vec<LessonLink>,
}

/// A lesson as a link target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonLink {
    pub slug: String,
    pub title: String,
}

/// One heading of a lesson, for its table of contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TocEntry {
    /// 2 for `##`, 3 for `###`.
    pub level: u8,
    pub anchor: String,
    pub text: String,
}

/// A lesson as a learner reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LessonPage {
    pub course_slug: String,
    pub course_title: String,
    pub language: String,
    /// The version this lesson belongs to.
    pub version_no: i64,
    /// The course's published version, to tell a reader of an old one.
    pub current_version_no: i64,
    pub module_title: String,
    pub slug: String,
    pub title: String,
    /// Rendered from Markdown and sanitised at import; safe to insert.
    pub body_html: String,
    pub toc: Vec<TocEntry>,
    pub word_count: i64,
    pub previous: Option<LessonLink>,
    pub next: Option<LessonLink>,
}

impl LessonPage {
    /// Lessons shorter than this read fine without a table of contents.
    pub const TOC_MIN_HEADINGS: usize = 3;

    /// Whether the page should show its table of contents.
    pub fn shows_toc(&self) -> bool {
        self.toc.len() >= Self::TOC_MIN_HEADINGS
    }

    /// Minutes to read at a careful 180 words a minute, at least one.
    pub fn reading_minutes(&self) -> i64 {
        (self.word_count / 180).max(1)
    }
}

/// One entry of the terminology glossary: the term to use, what it means,
/// and the words to avoid in its place, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryTerm {
    pub term: String,
    pub meaning: String,
    pub avoid: Vec<String>,
    pub reason: String,
    /// Guidance on using the term with care, if any.
    pub note: String,
}

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

    /// The label a person reads.
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
    pub account_id: i64,
    pub person_id: i64,
    pub institution_id: i64,
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
    pub fn may_act_on(&self, account_id: i64, grants: &[Grant]) -> bool {
        account_id != self.account_id && grants.iter().all(|grant| self.administers_grant(grant))
    }
}

/// One sign-in attempt as the security log page shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignInRow {
    pub id: i64,
    pub at: String,
    /// The person, when the attempt named an account: (id, name, staff number).
    pub person: Option<(i64, String, String)>,
    pub address: String,
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

/// What a page needs to know about the request it answers: the viewer, if
/// signed in, and the token every form must send back (the session's CSRF
/// token, or the anonymous one from the `tutela_csrf` cookie).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestContext {
    pub viewer: Option<Viewer>,
    pub csrf: String,
}

/// Errors of a submitted form, by field name; shown next to the field.
pub type FieldErrors = std::collections::BTreeMap<String, String>;

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
    pub error: Option<String>,
    /// Where to go after signing in (a local path).
    pub next: String,
    /// A confirmation to show above the form, such as "your password is set".
    pub notice: Option<String>,
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
    /// "Learner" first, then each role with its scope, such as "HR, Northern Region".
    pub roles: Vec<String>,
}

/// The state of a person's account, as HR sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AccountState {
    NoAccount,
    NotActivated,
    Active,
    Locked,
}

impl AccountState {
    pub fn label(self) -> &'static str {
        match self {
            AccountState::NoAccount => "No account",
            AccountState::NotActivated => "Not activated",
            AccountState::Active => "Active",
            AccountState::Locked => "Locked",
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
    /// "active", "left", or empty for both.
    pub status: String,
    /// 1-based.
    pub page: i64,
}

/// One line of the people list.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRow {
    pub id: i64,
    pub staff_number: String,
    pub name: String,
    pub cadre: String,
    pub unit: String,
    pub status: String,
    pub account: AccountState,
}

/// A value and its label, for a filter's choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
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
    pub id: i64,
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
    pub grant_id: i64,
    pub role: Role,
    /// The unit's name, or "whole deployment".
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

/// The roster page: the upload form, and the preview of an uploaded file.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterPage {
    pub institution: InstitutionSwitch,
    pub errors: FieldErrors,
    pub complete: bool,
    pub as_of: String,
    pub preview: Option<RosterPreview>,
}

/// What an uploaded roster would change.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterPreview {
    pub upload_id: i64,
    pub file_name: String,
    pub rows: usize,
    pub joiners: usize,
    pub movers: usize,
    pub leavers: usize,
    pub rejoiners: usize,
    pub updated: usize,
    pub unchanged: usize,
    /// (line, reason) for the first rows in error.
    pub errors: Vec<(u64, String)>,
    pub errors_total: usize,
    /// (staff number, what happens, detail) for the first changes.
    pub examples: Vec<(String, String, String)>,
    /// No error and something to change.
    pub can_apply: bool,
    /// Set after the changes were made.
    pub applied: bool,
}

/// The audit log as an administrator browses it, newest first.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditPage {
    /// Filter: an action such as `person.move`, or a prefix such as `person.`.
    pub action: String,
    /// Filter: a record, as `type` or `type:id` (such as `person:42`).
    pub record: String,
    pub rows: Vec<AuditRow>,
    /// The `before` value of the next (older) page, if there is one.
    pub older: Option<i64>,
    /// The result of checking the chain, when asked.
    pub verdict: Option<String>,
    /// Whether the chain check found it intact.
    pub intact: bool,
    /// Whether the viewer may check the chain (deployment administrators:
    /// the chain runs through every institution's entries).
    pub can_verify: bool,
    /// Whether only entries about records in the viewer's units are shown.
    pub scoped: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRow {
    pub seq: i64,
    /// "2026-11-29 16:40 UTC".
    pub at: String,
    pub actor: String,
    pub action: String,
    pub record: String,
    pub changes: String,
}

/// Unix seconds as "YYYY-MM-DD HH:MM UTC" (proleptic Gregorian calendar).
pub fn utc_label(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", rest / 3600, rest % 3600 / 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_labels_are_calendar_dates() {
        assert_eq!(utc_label(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_label(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc_label(1_795_971_600), "2026-11-29 17:00 UTC");
    }
}

/// The institution a people, roster or units page acts on. A deployment
/// administrator may switch to any other (`others`, by slug); everyone
/// else acts on their own institution and `others` is empty.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstitutionSwitch {
    pub slug: String,
    pub name: String,
    pub others: Vec<Choice>,
}

impl InstitutionSwitch {
    /// `?institution=…` for links that must stay in the chosen institution,
    /// or "" when there is nothing to switch (the page's own institution).
    pub fn query(&self, first: char) -> String {
        if self.others.is_empty() { String::new() } else { format!("{first}institution={}", self.slug) }
    }
}

/// An institution's unit tree, for its administrators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitsPage {
    pub institution: InstitutionSwitch,
    pub units: Vec<UnitLine>,
    /// Units the viewer administers: parents for a new unit, and both ends of a move.
    pub choices: Vec<Choice>,
    /// Whether a new unit may be put at the top level (deployment administrators).
    pub top_level: bool,
    pub errors: FieldErrors,
    /// Values typed, kept when the form comes back with an error.
    pub code: String,
    pub name: String,
    pub parent: String,
    pub unit: String,
    pub new_parent: String,
    pub notice: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnitLine {
    pub id: i64,
    pub code: String,
    pub name: String,
    pub depth: usize,
}

/// The deployment's cadres, for its administrators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadresPage {
    pub cadres: Vec<CadreLine>,
    pub errors: FieldErrors,
    /// The cadre whose form has the errors ("new" for the add form).
    pub errors_for: String,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub notice: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadreLine {
    pub id: i64,
    pub slug: String,
    pub name: String,
    pub description: String,
    pub retired: bool,
    /// People placed in it now.
    pub people: i64,
}

/// The institutions of this Tutela, for deployment administrators.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InstitutionsPage {
    /// (slug, name, country, people).
    pub institutions: Vec<(String, String, String, i64)>,
    pub errors: FieldErrors,
    pub slug: String,
    pub name: String,
    pub country: String,
    pub root_code: String,
    pub root_name: String,
    pub notice: Option<String>,
}
