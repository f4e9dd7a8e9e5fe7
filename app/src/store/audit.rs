//! The storage seam for the audit log: reading it, searching it, and the
//! head of its hash chain.

use super::StoreResult;
use crate::audit::model::{AuditAction, RecordType};
use crate::ids::InstitutionId;

#[async_trait::async_trait]
pub trait AuditStore: Send + Sync + 'static {
    /// Up to `limit` audit entries after entry number `after_seq`, oldest first.
    async fn audit_entries(&self, after_seq: i64, limit: i64) -> StoreResult<Vec<AuditRecord>>;

    /// The audit entries `filter` selects, newest first.
    async fn audit_search(&self, filter: &AuditFilter) -> StoreResult<Vec<AuditRecord>>;

    /// The number and hash of the last audit entry (0 and the genesis hash
    /// when the log is empty).
    async fn audit_head(&self) -> StoreResult<(i64, String)>;
}

/// A change to record in the audit log: who made it, to which record, and
/// what changed (`changes` is a JSON object of field → new value, or
/// field → `[old, new]` for an update).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAuditEntry {
    pub actor: String,
    pub institution_id: Option<InstitutionId>,
    pub action: AuditAction,
    pub record_type: RecordType,
    pub record_id: String,
    pub changes: String,
}

/// An entry of the audit log as stored, with its place in the hash chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRecord {
    pub seq: i64,
    pub at: i64,
    pub entry: NewAuditEntry,
    pub prev_hash: String,
    pub hash: String,
    /// Whether `hash` is keyed (HMAC under the deployment's audit key)
    /// rather than plain SHA-256.
    pub keyed: bool,
}

/// Which audit entries [`AuditStore::audit_search`] returns: up to `limit`,
/// older than entry `before` (all when None), of one institution (all when
/// None), about records now in the unit subtrees `unit_scopes` (any record
/// when None; entries about no unit, such as an institution's or a roster
/// import's, only when None), whose action starts with `action` and whose
/// record is of `record_type` (when given) and has `record_id` (when not
/// empty). `action` is a prefix typed in the page's filter (`person.`),
/// not an [`AuditAction`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub institution_id: Option<InstitutionId>,
    /// Unit paths such as `/1/4/`: an entry about a person, an account (its
    /// person) or a unit is kept when that record's current unit lies in one.
    pub unit_scopes: Option<Vec<String>>,
    pub action: String,
    pub record_type: Option<RecordType>,
    pub record_id: String,
    pub before: Option<i64>,
    pub limit: i64,
}
