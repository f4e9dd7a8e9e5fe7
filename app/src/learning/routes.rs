//! Learning's addresses: `/learn` and `/learn/transcript`. (Its forms,
//! `/learn/enrol`, `/learn/read`, `/learn/switch`, and the CSV
//! `/learn/transcript.csv` are the server's routes, not pages.)

use crate::routes::{CapabilityRoute, Segments};

/// A learning page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LearningRoute {
    Home,
    Transcript,
}

impl LearningRoute {
    /// The learning page the path's segments name, if any.
    pub fn parse(segments: Segments<'_>) -> Option<Self> {
        match segments {
            [Some("learn"), None, ..] => Some(LearningRoute::Home),
            [Some("learn"), Some("transcript"), None, ..] => Some(LearningRoute::Transcript),
            _ => None,
        }
    }
}

impl CapabilityRoute for LearningRoute {
    fn well_formed(&self) -> bool {
        match self {
            LearningRoute::Home | LearningRoute::Transcript => true,
        }
    }
}
