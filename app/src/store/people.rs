//! The storage seam for persons and their accounts as HR and administrators
//! manage them: the people list, a person, links issued, locks, role
//! grants.

use super::{InvitationPurpose, StoreResult};
use crate::ids::{AccountId, GrantId, InstitutionId, PersonId, UnitId};

pub use crate::model::Role;

#[async_trait::async_trait]
pub trait PeopleStore: Send + Sync + 'static {
    /// Creates a person with the first entry of their placement history.
    async fn create_person(&self, person: &NewPerson, actor: &str) -> StoreResult<PersonId>;

    /// Opens an account for a person, with a password hash or none (then the
    /// person activates it with an invitation).
    async fn create_account(
        &self,
        person_id: PersonId,
        password_hash: Option<&str>,
        actor: &str,
    ) -> StoreResult<AccountId>;

    /// Grants a role on a unit's subtree (`unit_code` within the account's
    /// institution), or on the whole deployment when `unit_code` is None.
    async fn grant_role(
        &self,
        account_id: AccountId,
        role: Role,
        unit_code: Option<&str>,
        actor: &str,
    ) -> StoreResult<()>;

    /// Locks an account against every address until an administrator unlocks it.
    async fn lock_account(&self, account_id: AccountId, actor: &str) -> StoreResult<()>;

    /// Lifts an administrator's lock and every lock and pause that failed
    /// attempts set.
    async fn unlock_account(&self, account_id: AccountId, actor: &str) -> StoreResult<()>;

    /// Stores a new invitation (its token's hash) and withdraws the
    /// account's earlier unused ones.
    async fn create_invitation(
        &self,
        account_id: AccountId,
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

    async fn person(&self, person_id: PersonId) -> StoreResult<Option<crate::model::PersonDetail>>;

    /// The roles in force of an account.
    async fn roles_of(&self, account_id: AccountId) -> StoreResult<Vec<crate::model::RoleLine>>;

    /// Grants `role` on the subtree of unit `unit_id` (None: the deployment).
    async fn grant_role_on(
        &self,
        account_id: AccountId,
        role: Role,
        unit_id: Option<UnitId>,
        actor: &str,
    ) -> StoreResult<()>;

    /// Revokes a grant of `account_id` (kept, marked revoked).
    async fn revoke_role(&self, account_id: AccountId, grant_id: GrantId, actor: &str) -> StoreResult<()>;

    /// Every active role grant held by the people of an institution, as
    /// (person id, grant).
    async fn grants_in(&self, institution_id: InstitutionId) -> StoreResult<Vec<(PersonId, crate::model::Grant)>>;

    /// The account of a person, if they have one.
    async fn account_of(&self, person_id: PersonId) -> StoreResult<Option<AccountId>>;

    /// Records that an active person left on `date` (`YYYY-MM-DD`), as a
    /// roster's apply does (status, leaving date, a new placement;
    /// audited, `person.leave`), and closes their open enrolments on that
    /// date in the same transaction. The number closed; None when the
    /// person had left already (nothing written).
    async fn record_departure(&self, person_id: PersonId, date: &str, actor: &str) -> StoreResult<Option<u64>>;
}

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

/// An invitation to store: its token's hash, never the token.
#[derive(Clone, Debug)]
pub struct NewInvitation {
    pub account_id: AccountId,
    pub purpose: InvitationPurpose,
    pub token_hash: String,
    pub expires_at: i64,
}
