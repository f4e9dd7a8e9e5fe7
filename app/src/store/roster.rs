//! The storage seam for roster imports: the people on record as an import
//! compares them, uploads kept between preview and apply, and the plan
//! written.

use super::StoreResult;
use crate::audit::model::AuditAction;
use crate::ids::{AccountId, CadreId, InstitutionId, PersonId, UnitId, UploadId};

#[async_trait::async_trait]
pub trait RosterStore: Send + Sync + 'static {
    /// Every person of an institution, as the roster import compares them.
    async fn roster(&self, institution_id: InstitutionId) -> StoreResult<Vec<KnownPerson>>;

    /// Emails of people in institutions other than `institution_id`: read
    /// only to explain a roster apply the database refused, never for a
    /// preview (see `docs/roster.md`).
    async fn emails_elsewhere(&self, institution_id: InstitutionId) -> StoreResult<Vec<String>>;

    /// Writes a roster plan in one transaction: all or nothing. Joiners get
    /// an account (to be activated with an invitation).
    async fn apply_roster(&self, plan: &RosterPlan, actor: &str) -> StoreResult<()>;

    /// Keeps an uploaded roster file for its apply; returns its id.
    async fn save_roster_upload(&self, upload: &RosterUpload) -> StoreResult<UploadId>;

    async fn roster_upload(&self, id: UploadId) -> StoreResult<Option<RosterUpload>>;

    /// Applies `plan`, marks the upload applied and empties its content (a
    /// whole staff list is kept no longer than needed), in one transaction;
    /// `Refused` if it was applied already.
    async fn apply_roster_upload(&self, upload_id: UploadId, plan: &RosterPlan, actor: &str) -> StoreResult<()>;

    /// Deletes the roster uploads kept since before `created_before` (Unix
    /// seconds), applied or not; returns how many.
    async fn forget_roster_uploads(&self, created_before: i64) -> StoreResult<u64>;
}

/// A person as the roster import compares them: the current record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterEntry {
    pub staff_number: String,
    pub given_name: String,
    pub family_name: String,
    pub email: Option<String>,
    pub cadre_id: CadreId,
    pub unit_id: UnitId,
    /// `YYYY-MM-DD`.
    pub hire_date: String,
    pub status: crate::people::model::PersonStatus,
    pub left_on: Option<String>,
}

/// A person already on record, with their id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KnownPerson {
    pub id: PersonId,
    pub entry: RosterEntry,
}

/// One change a roster import makes to one person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterChange {
    /// None for a joiner.
    pub person_id: Option<PersonId>,
    pub entry: RosterEntry,
    /// The unit, cadre or status changed: close the open placement and open
    /// a new one from `placement_from`.
    pub new_placement: bool,
    pub placement_from: String,
    /// What changed, as a JSON object (field → [old, new]), for the audit log.
    pub changes_json: String,
    /// `PersonJoin`, `PersonMove`, `PersonLeave`, `PersonRejoin` or `PersonUpdate`.
    pub action: AuditAction,
}

/// Everything an import will write, decided before anything is written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterPlan {
    pub institution_id: InstitutionId,
    pub changes: Vec<RosterChange>,
    /// The import's own audit entry: file, counts, options.
    pub summary_json: String,
}

/// A roster file kept between preview and apply: its content is emptied
/// when it is applied, and the whole upload deleted after 7 days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RosterUpload {
    pub id: UploadId,
    pub institution_id: InstitutionId,
    pub account_id: AccountId,
    pub file_name: String,
    pub content: Vec<u8>,
    pub complete: bool,
    pub as_of: String,
    pub created_at: i64,
    pub applied: bool,
}
