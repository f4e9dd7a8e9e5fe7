//! Catalogue: home, cadre pages, course outlines, lessons (current and old
//! versions), the glossary, each in the reader's language where a
//! translation exists. Its one island is the course filter.

pub mod islands;
mod languages;
pub mod model;
#[cfg(feature = "ssr")]
pub mod translation;
mod views;

pub use views::{CadrePage, CourseOutlineView, GlossaryPage, HomePage, LessonArticle};
