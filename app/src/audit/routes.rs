//! The audit log's address: `/admin/audit`.

use crate::routes::{CapabilityRoute, Segments};

/// An audit page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AuditRoute {
    Audit,
}

impl AuditRoute {
    /// The audit page the path's segments name, if any.
    pub fn parse(segments: Segments<'_>) -> Option<Self> {
        match segments {
            [Some("admin"), Some("audit"), None, ..] => Some(AuditRoute::Audit),
            _ => None,
        }
    }
}

impl CapabilityRoute for AuditRoute {
    fn well_formed(&self) -> bool {
        match self {
            AuditRoute::Audit => true,
        }
    }
}
