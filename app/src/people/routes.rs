//! People's addresses: `/people` and `/people/{id}` (`/people/roster` is
//! the roster's).

use crate::routes::{CapabilityRoute, Segments, word};

/// A people page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeopleRoute<'a> {
    People,
    Person(&'a str),
}

impl<'a> PeopleRoute<'a> {
    /// The people page the path's segments name, if any.
    pub fn parse(segments: Segments<'a>) -> Option<Self> {
        let route = match segments {
            [Some("people"), None, ..] => PeopleRoute::People,
            [Some("people"), Some(id), None, ..] => PeopleRoute::Person(id),
            _ => return None,
        };
        Some(route)
    }
}

impl CapabilityRoute for PeopleRoute<'_> {
    fn well_formed(&self) -> bool {
        match *self {
            PeopleRoute::Person(id) => word(id),
            PeopleRoute::People => true,
        }
    }
}
