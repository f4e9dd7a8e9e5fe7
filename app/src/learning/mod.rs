//! Learning: the learner's home (`/learn`), their transcript
//! (`/learn/transcript`), and the parts it puts on the catalogue's pages
//! (progress on a course's outline, the read mark beside a lesson); and
//! HR's side (`hr.rs`: assigning, a course's enrolments, a person's part).

pub mod hr;
pub mod hr_model;
#[cfg(feature = "ssr")]
pub mod hr_routes;
pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;
pub mod views;

#[cfg(feature = "ssr")]
pub use routes::LearningRoute;

use leptos::prelude::*;

use crate::{CapabilityPage, Layout, titled};
use model::{LearnerHome, Transcript};

/// A learning page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum LearningPages {
    Home(Box<LearnerHome>),
    Transcript(Box<Transcript>),
    /// HR's pages.
    Hr(hr::HrPages),
}

impl CapabilityPage for LearningPages {
    fn layout(&self) -> Layout {
        match self {
            LearningPages::Home(_) | LearningPages::Transcript(_) => Layout::Reading,
            LearningPages::Hr(page) => page.layout(),
        }
    }

    fn title(&self) -> crate::i18n::Msg {
        let title = match self {
            LearningPages::Home(_) => "learning-home-title",
            LearningPages::Transcript(_) => "learning-transcript-title",
            LearningPages::Hr(page) => return page.title(),
        };
        titled(crate::i18n::Msg::new(title))
    }
}

/// The `<main>` content of a learning page.
pub fn body(page: LearningPages) -> AnyView {
    match page {
        LearningPages::Home(home) => view! { <views::HomeView home=*home /> }.into_any(),
        LearningPages::Transcript(transcript) => view! { <views::TranscriptView transcript=*transcript /> }.into_any(),
        LearningPages::Hr(page) => hr::body(page),
    }
}

/// A reader's read mark on a lesson, rendered alone (it is never part of
/// the lesson's kept frame): `top` goes beside the header, `end` after the
/// article (the frame's end slot), so that a reader who scrolled to the
/// end finds the button there.
#[cfg(feature = "ssr")]
#[derive(Clone, Debug, Default)]
pub struct RenderedMark {
    pub top: String,
    pub end: String,
}

/// Renders `mark` for `request` ([`RenderedMark`]).
#[cfg(feature = "ssr")]
pub fn render_mark(request: &crate::model::RequestContext, mark: model::LessonMark) -> RenderedMark {
    let end = mark.clone();
    RenderedMark {
        top: crate::render::part(request, move || view! { <views::LessonMarkPart mark /> }),
        end: crate::render::part(request, move || view! { <views::LessonMarkEnd mark=end /> }),
    }
}
