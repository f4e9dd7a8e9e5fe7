//! Learning: enrolments, progress, the learner's home and transcript, and
//! HR's side (`hr.rs`: assigning, a course's enrolments, a person's part).

pub mod hr;
pub mod hr_model;
#[cfg(feature = "ssr")]
pub mod hr_routes;
pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;

#[cfg(feature = "ssr")]
pub use routes::LearningRoute;

use leptos::prelude::*;

use crate::{CapabilityPage, Layout};

/// A learning page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum LearningPages {
    /// HR's pages.
    Hr(hr::HrPages),
}

impl CapabilityPage for LearningPages {
    fn layout(&self) -> Layout {
        match self {
            LearningPages::Hr(page) => page.layout(),
        }
    }

    fn title(&self) -> crate::i18n::Msg {
        match self {
            LearningPages::Hr(page) => page.title(),
        }
    }
}

/// The `<main>` content of a learning page.
pub fn body(page: LearningPages) -> AnyView {
    match page {
        LearningPages::Hr(page) => hr::body(page),
    }
}
