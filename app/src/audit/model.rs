//! The audit log page's models.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;

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
    pub verdict: Option<Msg>,
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
    /// When (Unix seconds), shown in the reader's language.
    pub at: i64,
    pub actor: String,
    pub action: String,
    pub record: String,
    pub changes: String,
}
