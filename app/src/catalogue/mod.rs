//! Catalogue: home, cadre pages, course outlines, lessons (current and old
//! versions), the glossary. Its one island is the course filter.

pub mod islands;
pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;
mod views;

#[cfg(feature = "ssr")]
pub use routes::CatalogueRoute;
pub use views::{CadrePage, CourseOutlineView, GlossaryPage, HomePage, LessonArticle};

use leptos::prelude::*;

use crate::{CapabilityPage, Layout, titled};
use model::{Cadre, CadreSummary, CourseCard, CourseOutline, GlossaryTerm, LessonPage};

/// A catalogue page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum CataloguePages {
    Home { cadres: Vec<CadreSummary> },
    Cadre { cadre: Cadre, courses: Vec<CourseCard>, query: String },
    Course(Box<CourseOutline>),
    Lesson(Box<LessonPage>),
    Glossary(Vec<GlossaryTerm>),
}

impl CapabilityPage for CataloguePages {
    fn layout(&self) -> Layout {
        match self {
            CataloguePages::Home { .. }
            | CataloguePages::Cadre { .. }
            | CataloguePages::Course(_)
            | CataloguePages::Lesson(_)
            | CataloguePages::Glossary(_) => Layout::Reading,
        }
    }

    fn title(&self) -> crate::i18n::Msg {
        use crate::i18n::Msg;
        // A record's or the content's own name, as it is.
        let title = match self {
            CataloguePages::Home { .. } => return Msg::new("shared-title-home"),
            CataloguePages::Cadre { cadre, .. } => Msg::verbatim(cadre.name.clone()),
            CataloguePages::Course(course) => Msg::verbatim(course.title.clone()),
            CataloguePages::Lesson(lesson) => Msg::verbatim(format!("{} · {}", lesson.title, lesson.course_title)),
            CataloguePages::Glossary(_) => Msg::new("catalogue-glossary-title"),
        };
        titled(title)
    }
}

/// The `<main>` content of a catalogue page.
pub fn body(page: CataloguePages) -> AnyView {
    match page {
        CataloguePages::Home { cadres } => view! { <HomePage cadres /> }.into_any(),
        CataloguePages::Cadre { cadre, courses, query } => view! { <CadrePage cadre courses query /> }.into_any(),
        CataloguePages::Course(course) => view! { <CourseOutlineView course=*course /> }.into_any(),
        CataloguePages::Lesson(page) => view! { <LessonArticle page=*page /> }.into_any(),
        CataloguePages::Glossary(terms) => view! { <GlossaryPage terms /> }.into_any(),
    }
}
