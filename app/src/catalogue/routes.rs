//! The catalogue's addresses: `/`, `/glossary`, `/cadres/{slug}` and
//! `/courses/...`, the pages the same for everyone.

use crate::routes::{CapabilityRoute, Segments, word};

/// A catalogue page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogueRoute<'a> {
    Home,
    Glossary,
    Cadre(&'a str),
    Course(&'a str),
    Lesson {
        course: &'a str,
        lesson: &'a str,
    },
    /// A lesson of an older version: `/courses/{course}/versions/{n}/{lesson}`.
    LessonVersion {
        course: &'a str,
        version: &'a str,
        lesson: &'a str,
    },
}

impl<'a> CatalogueRoute<'a> {
    /// The catalogue page the path's segments name, if any.
    pub fn parse(segments: Segments<'a>) -> Option<Self> {
        let route = match segments {
            [None, ..] => CatalogueRoute::Home,
            [Some("glossary"), None, ..] => CatalogueRoute::Glossary,
            [Some("cadres"), Some(slug), None, ..] => CatalogueRoute::Cadre(slug),
            [Some("courses"), Some(slug), None, ..] => CatalogueRoute::Course(slug),
            [Some("courses"), Some(course), Some(lesson), None, ..] => CatalogueRoute::Lesson { course, lesson },
            [Some("courses"), Some(course), Some("versions"), Some(version), Some(lesson)] => {
                CatalogueRoute::LessonVersion { course, version, lesson }
            }
            _ => return None,
        };
        Some(route)
    }
}

impl CapabilityRoute for CatalogueRoute<'_> {
    fn is_canonical(&self, path: &str) -> bool {
        let canonical = match *self {
            CatalogueRoute::Home => return path == "/",
            CatalogueRoute::Glossary => "/glossary".to_string(),
            CatalogueRoute::Cadre(slug) => format!("/cadres/{slug}"),
            CatalogueRoute::Course(slug) => format!("/courses/{slug}"),
            CatalogueRoute::Lesson { course, lesson } => format!("/courses/{course}/{lesson}"),
            CatalogueRoute::LessonVersion { course, version, lesson } => match version.parse::<u64>() {
                Ok(number) => format!("/courses/{course}/versions/{number}/{lesson}"),
                Err(_) => return false,
            },
        };
        path == canonical
    }

    /// Every catalogue page: the published catalogue and curriculum.
    fn is_public(&self) -> bool {
        true
    }

    fn well_formed(&self) -> bool {
        match *self {
            CatalogueRoute::Cadre(slug) | CatalogueRoute::Course(slug) => word(slug),
            CatalogueRoute::Lesson { course, lesson } => word(course) && word(lesson),
            CatalogueRoute::LessonVersion { course, version, lesson } => {
                word(course) && version.chars().all(|c| c.is_ascii_digit()) && word(lesson)
            }
            CatalogueRoute::Home | CatalogueRoute::Glossary => true,
        }
    }
}
