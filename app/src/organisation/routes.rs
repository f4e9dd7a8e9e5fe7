//! The organisation's addresses: `/admin/units`, `/admin/cadres`,
//! `/admin/institutions`.

use crate::routes::{CapabilityRoute, Segments};

/// An organisation page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OrganisationRoute {
    Units,
    Cadres,
    Institutions,
}

impl OrganisationRoute {
    /// The organisation page the path's segments name, if any.
    pub fn parse(segments: Segments<'_>) -> Option<Self> {
        let route = match segments {
            [Some("admin"), Some("units"), None, ..] => OrganisationRoute::Units,
            [Some("admin"), Some("cadres"), None, ..] => OrganisationRoute::Cadres,
            [Some("admin"), Some("institutions"), None, ..] => OrganisationRoute::Institutions,
            _ => return None,
        };
        Some(route)
    }
}

impl CapabilityRoute for OrganisationRoute {
    fn well_formed(&self) -> bool {
        match self {
            OrganisationRoute::Units | OrganisationRoute::Cadres | OrganisationRoute::Institutions => true,
        }
    }
}
