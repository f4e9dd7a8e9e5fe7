//! Learning's addresses: `/learn` and `/learn/transcript`. (Its forms,
//! `/learn/enrol`, `/learn/read`, `/learn/switch`, and the CSV
//! `/learn/transcript.csv` are the server's routes, not pages.) HR's
//! pages are in `hr_routes.rs`.

use crate::routes::{CapabilityRoute, Segments};

/// A learning page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LearningRoute<'a> {
    Home,
    Transcript,
    /// HR's pages: assigning, a course's enrolments.
    Hr(super::hr_routes::HrRoute<'a>),
}

impl<'a> LearningRoute<'a> {
    /// The learning page the path's segments name, if any.
    pub fn parse(segments: Segments<'a>) -> Option<Self> {
        match segments {
            [Some("learn"), None, ..] => Some(LearningRoute::Home),
            [Some("learn"), Some("transcript"), None, ..] => Some(LearningRoute::Transcript),
            _ => super::hr_routes::HrRoute::parse(segments).map(LearningRoute::Hr),
        }
    }
}

impl CapabilityRoute for LearningRoute<'_> {
    fn well_formed(&self) -> bool {
        match self {
            LearningRoute::Home | LearningRoute::Transcript => true,
            LearningRoute::Hr(route) => route.well_formed(),
        }
    }
}
