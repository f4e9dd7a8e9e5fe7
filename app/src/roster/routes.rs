//! The roster's address: `/people/roster`.

use crate::routes::{CapabilityRoute, Segments};

/// A roster page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RosterRoute {
    Roster,
}

impl RosterRoute {
    /// The roster page the path's segments name, if any.
    pub fn parse(segments: Segments<'_>) -> Option<Self> {
        match segments {
            [Some("people"), Some("roster"), None, ..] => Some(RosterRoute::Roster),
            _ => None,
        }
    }
}

impl CapabilityRoute for RosterRoute {
    fn well_formed(&self) -> bool {
        match self {
            RosterRoute::Roster => true,
        }
    }
}
