//! The storage seam for sign-in, sessions, passwords, activation and reset
//! links as their holder uses them, and the security log.

use super::StoreResult;
use crate::i18n::Locale;
use crate::ids::{AccountId, InstitutionId, PersonId};
use crate::model::AccountSummary;

#[async_trait::async_trait]
pub trait AccountStore: Send + Sync + 'static {
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
        account_id: Option<AccountId>,
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
    /// subtrees. `outcome` filters when given; `before` pages back.
    async fn sign_in_log(
        &self,
        scopes: Option<&[String]>,
        outcome: Option<SignInOutcome>,
        before: Option<i64>,
        limit: i64,
    ) -> StoreResult<Vec<crate::model::SignInRow>>;

    /// Forgets security-log events from before `events_before` and failed
    /// attempts last made before `failures_before`.
    async fn prune_sign_ins(&self, events_before: i64, failures_before: i64) -> StoreResult<()>;

    async fn session(&self, id_hash: &str) -> StoreResult<Option<SessionInfo>>;

    async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()>;

    async fn end_session(&self, id_hash: &str) -> StoreResult<()>;

    async fn account_summary(&self, account_id: AccountId) -> StoreResult<Option<AccountSummary>>;

    async fn password_hash(&self, account_id: AccountId) -> StoreResult<Option<String>>;

    /// Sets the account's own language (None: no setting of its own). A
    /// preference, like the language menu's cookie: not audited.
    async fn set_account_locale(&self, account_id: AccountId, locale: Option<Locale>) -> StoreResult<()>;

    /// Every institution's default language, by slug.
    async fn institution_locales(&self) -> StoreResult<Vec<(String, Option<Locale>)>>;

    /// Sets an institution's default language (None: English), recording
    /// the change in the audit log (`institution.locale`).
    async fn set_institution_locale(
        &self,
        institution_id: InstitutionId,
        locale: Option<Locale>,
        actor: &str,
    ) -> StoreResult<()>;

    /// Sets the password, ends every session of the account except
    /// `keep_session` (the one that changed it, if any), unlocks it.
    async fn set_password(
        &self,
        account_id: AccountId,
        password_hash: &str,
        keep_session: Option<&str>,
        actor: &str,
    ) -> StoreResult<()>;

    async fn invitation(&self, token_hash: &str) -> StoreResult<Option<InvitationInfo>>;

    /// Uses the invitation to set the account's password, if it is unused
    /// and unexpired at `now` (checked in the same statement that marks it
    /// used, so it works once even when two requests race). Ends the
    /// account's sessions. `Refused` if the invitation cannot be used.
    async fn redeem_invitation(&self, token_hash: &str, password_hash: &str, now: i64) -> StoreResult<AccountId>;

    /// The account whose person has this staff number (in this institution)
    /// or email.
    async fn account_by_login(&self, institution_slug: &str, login: &str) -> StoreResult<Option<AccountId>>;
}

/// An account that a sign-in attempt may be for.
#[derive(Clone, Debug)]
pub struct SignInCandidate {
    pub account_id: AccountId,
    pub person_id: PersonId,
    pub institution_id: InstitutionId,
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
    pub account_id: AccountId,
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
    pub account_id: AccountId,
    pub person_id: PersonId,
    pub institution_id: InstitutionId,
    pub name: String,
    pub csrf_token: String,
    pub last_seen_at: i64,
    pub expires_at: i64,
    /// Disabled by an administrator, or the person has left.
    pub barred: bool,
    /// The account's roles in force.
    pub grants: Vec<crate::model::Grant>,
    /// The account's own language setting.
    pub locale: Option<Locale>,
    /// Its institution's default language.
    pub institution_locale: Option<Locale>,
}

/// Why an invitation is sent: a first password, or a forgotten one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InvitationPurpose {
    Activate,
    Reset,
}

impl InvitationPurpose {
    /// The word stored in `invitations.purpose` and in audit entries.
    pub fn as_str(self) -> &'static str {
        match self {
            InvitationPurpose::Activate => "activate",
            InvitationPurpose::Reset => "reset",
        }
    }

    /// The purpose a stored word names, if any.
    pub fn parse(word: &str) -> Option<Self> {
        [InvitationPurpose::Activate, InvitationPurpose::Reset].into_iter().find(|purpose| purpose.as_str() == word)
    }
}

/// An invitation found by its token, with whom it is for.
#[derive(Clone, Debug)]
pub struct InvitationInfo {
    pub account_id: AccountId,
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
}

/// One sign-in attempt for the security log. Never the password, nor the
/// login typed for an unknown account (it may be a password typed in the
/// wrong field).
#[derive(Clone, Debug)]
pub struct SignInEvent {
    /// When, in Unix seconds.
    pub at: i64,
    /// The account the login named, if it named one.
    pub account_id: Option<AccountId>,
    /// That account's institution.
    pub institution_id: Option<InstitutionId>,
    /// The client address, as an address key (IPv6 by /64).
    pub address: String,
    pub outcome: SignInOutcome,
}
