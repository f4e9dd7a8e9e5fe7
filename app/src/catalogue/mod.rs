//! Catalogue: home, cadre pages, course outlines, lessons (current and old
//! versions), the glossary. Its one island is the course filter.

pub mod islands;
pub mod model;
mod views;

pub use views::{CadrePage, CourseOutlineView, GlossaryPage, HomePage, LessonArticle};
