//! Learning's HR addresses: `/learn/assign` and `/learn/courses/{slug}`
//! (its forms, `POST /learn/assign` and
//! `POST /learn/enrolments/{id}/withdraw`, and the CSV
//! `/learn/courses/{slug}.csv` are the server's routes, not pages).

use crate::routes::{Segments, word};

/// An HR page of learning, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HrRoute<'a> {
    Assign,
    /// A course's enrolments, by the course's slug.
    Course(&'a str),
}

impl<'a> HrRoute<'a> {
    /// The HR page the path's segments name, if any.
    pub fn parse(segments: Segments<'a>) -> Option<Self> {
        match segments {
            [Some("learn"), Some("assign"), None, ..] => Some(HrRoute::Assign),
            [Some("learn"), Some("courses"), Some(slug), None, ..] => Some(HrRoute::Course(slug)),
            _ => None,
        }
    }

    /// Whether every segment has the shape of a name.
    pub fn well_formed(&self) -> bool {
        match *self {
            HrRoute::Assign => true,
            HrRoute::Course(slug) => word(slug),
        }
    }
}
