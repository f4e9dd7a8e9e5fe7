//! The accounts' addresses: `/sign-in`, `/account` and the security log,
//! `/admin/sign-ins`.

use crate::routes::{CapabilityRoute, Segments};

/// An accounts page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountsRoute {
    SignIn,
    Account,
    SignIns,
}

impl AccountsRoute {
    /// The accounts page the path's segments name, if any.
    pub fn parse(segments: Segments<'_>) -> Option<Self> {
        let route = match segments {
            [Some("sign-in"), None, ..] => AccountsRoute::SignIn,
            [Some("account"), None, ..] => AccountsRoute::Account,
            [Some("admin"), Some("sign-ins"), None, ..] => AccountsRoute::SignIns,
            _ => return None,
        };
        Some(route)
    }
}

impl CapabilityRoute for AccountsRoute {
    fn well_formed(&self) -> bool {
        match self {
            AccountsRoute::SignIn | AccountsRoute::Account | AccountsRoute::SignIns => true,
        }
    }
}
