//! Learning's addresses under `/learn`: HR's pages (`hr_routes.rs`).

use crate::routes::{CapabilityRoute, Segments};

/// A learning page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LearningRoute<'a> {
    /// HR's pages: assigning, a course's enrolments.
    Hr(super::hr_routes::HrRoute<'a>),
}

impl<'a> LearningRoute<'a> {
    /// The learning page the path's segments name, if any.
    pub fn parse(segments: Segments<'a>) -> Option<Self> {
        super::hr_routes::HrRoute::parse(segments).map(LearningRoute::Hr)
    }
}

impl CapabilityRoute for LearningRoute<'_> {
    fn well_formed(&self) -> bool {
        match self {
            LearningRoute::Hr(route) => route.well_formed(),
        }
    }
}
