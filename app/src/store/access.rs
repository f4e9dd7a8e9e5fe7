//! The storage seam for people and access: persons, accounts, roles and
//! sessions. Every change here writes its audit entry in the same
//! transaction.

use super::StoreResult;
use crate::model::AccountSummary;

pub use crate::model::Role;

/// A person to create, named by slugs and codes that the store resolves.
#[derive(Clone, Debug)]
pub struct NewPerson {
    pub institution_slug: String,
    pub staff_number: String,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub cadre_slug: String,
    pub unit_code: String,
    /// `YYYY-MM-DD`.
    pub hire_date: String,
}

/// An account that a sign-in attempt may be for.
#[derive(Clone, Debug)]
pub struct SignInCandidate {
    pub account_id: i64,
    pub person_id: i64,
    pub institution_id: i64,
    pub institution_slug: String,
    pub password_hash: Option<String>,
    pub locked_until: Option<i64>,
    /// Disabled by an administrator, or the person has left.
    pub barred: bool,
}

/// A session to open.
#[derive(Clone, Debug)]
pub struct NewSession {
    pub id_hash: String,
    pub account_id: i64,
    pub csrf_token: String,
    pub now: i64,
    pub expires_at: i64,
    /// The client address it signed in from (an address key): its failed
    /// attempts are forgotten.
    pub address: String,
}

/// A stored session, with who it belongs to.
#[derive(Clone, Debug)]
pub struct SessionInfo {
    pub account_id: i64,
    pub person_id: i64,
    pub institution_id: i64,
    pub name: String,
    pub csrf_token: String,
    pub last_seen_at: i64,
    pub expires_at: i64,
    /// Disabled by an administrator, or the person has left.
    pub barred: bool,
    /// The account's roles in force.
    pub grants: Vec<crate::model::Grant>,
}

/// Why an invitation is sent: a first password, or a forgotten one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvitationPurpose {
    Activate,
    Reset,
}

impl InvitationPurpose {
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationPurpose::Activate => "activate",
            InvitationPurpose::Reset => "reset",
        }
    }
}

/// An invitation to store: its token's hash, never the token.
#[derive(Clone, Debug)]
pub struct NewInvitation {
    pub account_id: i64,
    pub purpose: InvitationPurpose,
    pub token_hash: String,
    pub expires_at: i64,
}

/// An invitation found by its token, with whom it is for.
#[derive(Clone, Debug)]
pub struct InvitationInfo {
    pub account_id: i64,
    pub purpose: InvitationPurpose,
    pub expires_at: i64,
    pub used: bool,
    pub name: String,
    pub staff_number: String,
    pub email: Option<String>,
}

/// When failed sign-ins pause and then lock an account against the
/// address they came from (never against every address: a stranger must not
/// be able to lock a colleague out).
#[derive(Clone, Copy, Debug)]
pub struct LockoutPolicy {
    /// Failures from one address before the first pause.
    pub pause_from: i64,
    /// The first pause; each further failure doubles it.
    pub first_pause_seconds: i64,
    /// Failures from one address that lock the account against it.
    pub max_failures: i64,
    /// How long that lock lasts (doubling with each failure after it, up to a day).
    pub lock_seconds: i64,
    /// Failures older than this are forgotten.
    pub forget_after_seconds: i64,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        Self {
            pause_from: 3,
            first_pause_seconds: 30,
            max_failures: 5,
            lock_seconds: 15 * 60,
            forget_after_seconds: 86_400,
        }
    }
}

impl LockoutPolicy {
    /// Until when attempts from the address that made `record` wait, if they must.
    pub fn paused_until(&self, record: &FailureRecord, now: i64) -> Option<i64> {
        if let Some(until) = record.locked_until.filter(|until| *until > now) {
            return Some(until);
        }
        if record.failures < self.pause_from || record.failures >= self.max_failures {
            return None;
        }
        let doublings = (record.failures - self.pause_from).min(20) as u32;
        let until = record.last_failed_at + self.first_pause_seconds.saturating_mul(1 << doublings);
        (until > now).then_some(until)
    }

    /// The lock that `failures` failures earn, from `now`; None below the limit.
    pub fn lock_after(&self, failures: i64, now: i64) -> Option<i64> {
        let doublings = (failures - self.max_failures).clamp(0, 20) as u32;
        (failures >= self.max_failures).then(|| now + self.lock_seconds.saturating_mul(1 << doublings).min(86_400))
    }
}

/// The failed sign-ins of one account (or unknown login) from one address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FailureRecord {
    /// Failures counted since the count last started (forgotten after a quiet day).
    pub failures: i64,
    /// When the last one was, in Unix seconds.
    pub last_failed_at: i64,
    /// Until when the account is locked against this address, if it is.
    pub locked_until: Option<i64>,
}

/// What became of a sign-in attempt, as the security log records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SignInOutcome {
    SignedIn,
    WrongPassword,
    UnknownAccount,
    /// The account is disabled or the person has left.
    Barred,
    /// Locked by an administrator.
    Locked,
    /// Too many failures from this address: paused or locked against it.
    Paused,
    /// Over the per-address rate limit.
    Limited,
    /// The staff number is used in more than one institution.
    Ambiguous,
    /// The server was hashing as many passwords as it can at once.
    Busy,
}

impl SignInOutcome {
    /// Every outcome, in the order the log page offers them as filters.
    pub const ALL: [SignInOutcome; 9] = [
        SignInOutcome::SignedIn,
        SignInOutcome::WrongPassword,
        SignInOutcome::UnknownAccount,
        SignInOutcome::Barred,
        SignInOutcome::Locked,
        SignInOutcome::Paused,
        SignInOutcome::Limited,
        SignInOutcome::Ambiguous,
        SignInOutcome::Busy,
    ];

    /// The word stored in the database and used in addresses.
    pub fn as_str(self) -> &'static str {
        match self {
            SignInOutcome::SignedIn => "signed-in",
            SignInOutcome::WrongPassword => "wrong-password",
            SignInOutcome::UnknownAccount => "unknown-account",
            SignInOutcome::Barred => "barred",
            SignInOutcome::Locked => "locked",
            SignInOutcome::Paused => "paused",
            SignInOutcome::Limited => "rate-limited",
            SignInOutcome::Ambiguous => "ambiguous",
            SignInOutcome::Busy => "busy",
        }
    }

    /// The outcome a stored word names, if any.
    pub fn parse(word: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|outcome| outcome.as_str() == word)
    }

    /// In words, for administrators.
    pub fn label(self) -> &'static str {
        match self {
            SignInOutcome::SignedIn => "Signed in",
            SignInOutcome::WrongPassword => "Wrong password",
            SignInOutcome::UnknownAccount => "No such account",
            SignInOutcome::Barred => "Account disabled or person left",
            SignInOutcome::Locked => "Account locked by an administrator",
            SignInOutcome::Paused => "Refused: too many failures from this address",
            SignInOutcome::Limited => "Refused: too many attempts from this address",
            SignInOutcome::Ambiguous => "Asked which institution",
            SignInOutcome::Busy => "Refused: server busy",
        }
    }
}

/// One sign-in attempt for the security log. Never the password, nor the
/// login typed for an unknown account (it may be a password typed in the
/// wrong field).
#[derive(Clone, Debug)]
pub struct SignInEvent {
    /// When, in Unix seconds.
    pub at: i64,
    /// The account the login named, if it named one.
    pub account_id: Option<i64>,
    /// That account's institution.
    pub institution_id: Option<i64>,
    /// The client address, as an address key (IPv6 by /64).
    pub address: String,
    pub outcome: SignInOutcome,
}

#[async_trait::async_trait]
pub trait AccessStore: Send + Sync + 'static {
    /// Creates a person with the first entry of their placement history.
    async fn create_person(&self, person: &NewPerson, actor: &str) -> StoreResult<i64>;

    /// Opens an account for a person, with a password hash or none (then the
    /// person activates it with an invitation).
    async fn create_account(&self, person_id: i64, password_hash: Option<&str>, actor: &str) -> StoreResult<i64>;

    /// Grants a role on a unit's subtree (`unit_code` within the account's
    /// institution), or on the whole deployment when `unit_code` is None.
    async fn grant_role(&self, account_id: i64, role: Role, unit_code: Option<&str>, actor: &str) -> StoreResult<()>;

    /// Accounts a login names: with an `@`, the person with this email;
    /// otherwise the people with this staff number (in any institution).
    async fn sign_in_candidates(&self, login: &str) -> StoreResult<Vec<SignInCandidate>>;

    /// The failed attempts of `subject` (`login:HASH`, the SHA-256 of the
    /// login as the lookup reads it) from `address`, if any are remembered.
    async fn sign_in_failures(&self, subject: &str, address: &str) -> StoreResult<Option<FailureRecord>>;

    /// Counts a failed attempt of `subject` from `address`; when the policy
    /// says so, locks it against that address (audited for an account).
    async fn record_failed_sign_in(
        &self,
        subject: &str,
        account_id: Option<i64>,
        address: &str,
        now: i64,
        policy: LockoutPolicy,
    ) -> StoreResult<FailureRecord>;

    /// Opens a session and forgets the account's failed attempts from its address.
    async fn start_session(&self, session: &NewSession) -> StoreResult<()>;

    /// Appends a sign-in attempt to the security log.
    async fn record_sign_in(&self, event: &SignInEvent) -> StoreResult<()>;

    /// The security log, newest first: every event when `scopes` is None,
    /// else the events of accounts whose person is placed in those unit
    /// subtrees. `outcome` filters when not empty; `before` pages back.
    async fn sign_in_log(
        &self,
        scopes: Option<&[String]>,
        outcome: &str,
        before: Option<i64>,
        limit: i64,
    ) -> StoreResult<Vec<crate::model::SignInRow>>;

    /// Forgets security-log events from before `events_before` and failed
    /// attempts last made before `failures_before`.
    async fn prune_sign_ins(&self, events_before: i64, failures_before: i64) -> StoreResult<()>;

    /// Locks an account against every address until an administrator unlocks it.
    async fn lock_account(&self, account_id: i64, actor: &str) -> StoreResult<()>;

    async fn session(&self, id_hash: &str) -> StoreResult<Option<SessionInfo>>;

    async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()>;

    async fn end_session(&self, id_hash: &str) -> StoreResult<()>;

    async fn account_summary(&self, account_id: i64) -> StoreResult<Option<AccountSummary>>;

    async fn password_hash(&self, account_id: i64) -> StoreResult<Option<String>>;

    /// Sets the password, ends every session of the account except
    /// `keep_session` (the one that changed it, if any), unlocks it.
    async fn set_password(
        &self,
        account_id: i64,
        password_hash: &str,
        keep_session: Option<&str>,
        actor: &str,
    ) -> StoreResult<()>;

    /// Lifts an administrator's lock and every lock and pause that failed
    /// attempts set.
    async fn unlock_account(&self, account_id: i64, actor: &str) -> StoreResult<()>;

    /// Stores a new invitation (its token's hash) and withdraws the
    /// account's earlier unused ones.
    async fn create_invitation(
        &self,
        account_id: i64,
        purpose: InvitationPurpose,
        token_hash: &str,
        expires_at: i64,
        actor: &str,
    ) -> StoreResult<()>;

    /// Stores many invitations in one transaction, as
    /// [`create_invitation`](Self::create_invitation) does each (earlier
    /// unused ones withdrawn, an audit entry each): all of them, or, on any
    /// error, none, and every earlier link still works.
    async fn create_invitations(&self, invitations: &[NewInvitation], actor: &str) -> StoreResult<()>;

    async fn invitation(&self, token_hash: &str) -> StoreResult<Option<InvitationInfo>>;

    /// Uses the invitation to set the account's password, if it is unused
    /// and unexpired at `now` (checked in the same statement that marks it
    /// used, so it works once even when two requests race). Ends the
    /// account's sessions. `Conflict` if the invitation cannot be used.
    async fn redeem_invitation(&self, token_hash: &str, password_hash: &str, now: i64) -> StoreResult<i64>;

    /// People placed in the given unit subtrees (all when `scopes` is None),
    /// filtered and paginated, with the total that match.
    async fn people(
        &self,
        scopes: Option<&[String]>,
        query: &crate::model::PeopleQuery,
        limit: i64,
    ) -> StoreResult<(Vec<crate::model::PersonRow>, i64)>;

    /// The units in the given subtrees (all when None), as filter choices
    /// (value = unit id), in tree order.
    async fn unit_choices(&self, scopes: Option<&[String]>) -> StoreResult<Vec<crate::model::Choice>>;

    /// Active cadres as filter choices (value = slug).
    async fn cadre_choices(&self) -> StoreResult<Vec<crate::model::Choice>>;

    async fn person(&self, person_id: i64) -> StoreResult<Option<crate::model::PersonDetail>>;

    /// Adds a unit under `parent_id` (None: a root of the institution).
    /// `Conflict` with a reason for the person when it cannot be done.
    async fn create_unit(
        &self,
        institution_id: i64,
        parent_id: Option<i64>,
        code: &str,
        name: &str,
        actor: &str,
    ) -> StoreResult<i64>;

    /// Moves a unit, with everything below it, under `new_parent_id` of the
    /// same institution. `Conflict` if that would put it inside itself.
    async fn move_unit(&self, unit_id: i64, new_parent_id: i64, actor: &str) -> StoreResult<()>;

    /// Every institution: (slug, name, country, active people).
    async fn institution_lines(&self) -> StoreResult<Vec<(String, String, String, i64)>>;

    /// Creates an institution with its root unit; `Conflict` if the slug is taken.
    async fn create_institution(
        &self,
        slug: &str,
        name: &str,
        country: &str,
        root_code: &str,
        root_name: &str,
        actor: &str,
    ) -> StoreResult<i64>;

    /// Every cadre with the number of people in it.
    async fn cadre_lines(&self) -> StoreResult<Vec<crate::model::CadreLine>>;

    /// Adds a cadre; `Conflict` if the slug is taken.
    async fn create_cadre(&self, slug: &str, name: &str, description: &str, actor: &str) -> StoreResult<()>;

    /// Renames a cadre: its slug (used in files and links) stays.
    async fn rename_cadre(&self, id: i64, name: &str, description: &str, actor: &str) -> StoreResult<()>;

    /// Retires a cadre (no new people or courses) or brings it back.
    async fn set_cadre_retired(&self, id: i64, retired: bool, actor: &str) -> StoreResult<()>;

    /// The materialised path of a unit.
    async fn unit_path(&self, unit_id: i64) -> StoreResult<Option<String>>;

    /// The roles in force of an account.
    async fn roles_of(&self, account_id: i64) -> StoreResult<Vec<crate::model::RoleLine>>;

    /// Grants `role` on the subtree of unit `unit_id` (None: the deployment).
    async fn grant_role_on(&self, account_id: i64, role: Role, unit_id: Option<i64>, actor: &str) -> StoreResult<()>;

    /// Revokes a grant of `account_id` (kept, marked revoked).
    async fn revoke_role(&self, account_id: i64, grant_id: i64, actor: &str) -> StoreResult<()>;

    /// Every active role grant held by the people of an institution, as
    /// (person id, grant).
    async fn grants_in(&self, institution_id: i64) -> StoreResult<Vec<(i64, crate::model::Grant)>>;

    /// The account of a person, if they have one.
    async fn account_of(&self, person_id: i64) -> StoreResult<Option<i64>>;

    /// The institution's id, by slug.
    async fn institution_id(&self, slug: &str) -> StoreResult<Option<i64>>;

    /// Every institution as (id, slug, name), by name.
    async fn institutions(&self) -> StoreResult<Vec<(i64, String, String)>>;

    /// Every unit of an institution.
    async fn institution_units(&self, institution_id: i64) -> StoreResult<Vec<UnitRef>>;

    /// Every person of an institution, as the roster import compares them.
    async fn roster(&self, institution_id: i64) -> StoreResult<Vec<KnownPerson>>;

    /// Emails of people in institutions other than `institution_id`: read
    /// only to explain a roster apply the database refused, never for a
    /// preview (see `docs/roster.md`).
    async fn emails_elsewhere(&self, institution_id: i64) -> StoreResult<Vec<String>>;

    /// Every cadre (id, slug, name, retired).
    async fn cadre_refs(&self) -> StoreResult<Vec<(i64, String, String, bool)>>;

    /// Writes a roster plan in one transaction: all or nothing. Joiners get
    /// an account (to be activated with an invitation).
    async fn apply_roster(&self, plan: &RosterPlan, actor: &str) -> StoreResult<()>;

    /// Keeps an uploaded roster file for its apply; returns its id.
    async fn save_roster_upload(&self, upload: &RosterUpload) -> StoreResult<i64>;

    async fn roster_upload(&self, id: i64) -> StoreResult<Option<RosterUpload>>;

    /// Applies `plan`, marks the upload applied and empties its content (a
    /// whole staff list is kept no longer than needed), in one transaction;
    /// `Conflict` if it was applied already.
    async fn apply_roster_upload(&self, upload_id: i64, plan: &RosterPlan, actor: &str) -> StoreResult<()>;

    /// Deletes the roster uploads kept since before `created_before` (Unix
    /// seconds), applied or not; returns how many.
    async fn forget_roster_uploads(&self, created_before: i64) -> StoreResult<u64>;

    /// The account whose person has this staff number (in this institution)
    /// or email.
    async fn account_by_login(&self, institution_slug: &str, login: &str) -> StoreResult<Option<i64>>;
}

/// A person as the roster import compares them: the current record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterEntry {
    pub staff_number: String,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub cadre_id: i64,
    pub unit_id: i64,
    /// `YYYY-MM-DD`.
    pub hire_date: String,
    /// "active" or "left".
    pub status: String,
    pub left_on: Option<String>,
}

/// A person already on record, with their id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownPerson {
    pub id: i64,
    pub entry: RosterEntry,
}

/// A unit of an institution, for resolving roster rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitRef {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub code: String,
    pub name: String,
    pub path: String,
}

/// One change a roster import makes to one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterChange {
    /// None for a joiner.
    pub person_id: Option<i64>,
    pub entry: RosterEntry,
    /// The unit, cadre or status changed: close the open placement and open
    /// a new one from `placement_from`.
    pub new_placement: bool,
    pub placement_from: String,
    /// What changed, as a JSON object (field → [old, new]), for the audit log.
    pub changes_json: String,
    /// "person.join", "person.move", "person.leave", "person.rejoin" or "person.update".
    pub action: &'static str,
}

/// Everything an import will write, decided before anything is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterPlan {
    pub institution_id: i64,
    pub changes: Vec<RosterChange>,
    /// The import's own audit entry: file, counts, options.
    pub summary_json: String,
}

/// A roster file kept between preview and apply: its content is emptied
/// when it is applied, and the whole upload deleted after 7 days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterUpload {
    pub id: i64,
    pub institution_id: i64,
    pub account_id: i64,
    pub file_name: String,
    pub content: Vec<u8>,
    pub complete: bool,
    pub as_of: String,
    pub created_at: i64,
    pub applied: bool,
}
