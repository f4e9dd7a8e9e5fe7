//! The roster page's models: the upload form and its preview.

use crate::ids::UploadId;
use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::model::FieldErrors;
use crate::organisation::model::InstitutionSwitch;

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
    pub upload_id: UploadId,
    pub file_name: String,
    pub counts: RosterCounts,
    /// (line, reason) for the first rows in error.
    pub errors: Vec<(u64, Msg)>,
    pub errors_total: usize,
    /// The first changes.
    pub examples: Vec<RosterExample>,
    /// No error and something to change.
    pub can_apply: bool,
    /// Set after the changes were made.
    pub applied: bool,
}

/// One change of a roster, as its preview tells it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterExample {
    pub staff_number: String,
    /// What happens: joins, moves, leaves, rejoins, details change.
    pub what: Msg,
    /// The change in words: a joiner's placement, or each field's before and after.
    pub detail: Msg,
}

/// How many rows a roster has, and what each would do (the preview's
/// counts, and the audit entry of an import).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RosterCounts {
    pub rows: usize,
    pub joiners: usize,
    pub movers: usize,
    pub leavers: usize,
    pub rejoiners: usize,
    pub updated: usize,
    pub unchanged: usize,
}
