//! Audit: the audit log page, its filters, the chain check, and each
//! entry's changes told in words.

pub mod changes;
pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;
mod views;

#[cfg(feature = "ssr")]
pub use routes::AuditRoute;
pub use views::AuditView;

use leptos::prelude::*;

use crate::{CapabilityPage, Layout, titled};
use model::AuditPage;

/// An audit page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum AuditPages {
    Audit(Box<AuditPage>),
}

impl CapabilityPage for AuditPages {
    fn layout(&self) -> Layout {
        match self {
            AuditPages::Audit(_) => Layout::Wide,
        }
    }

    fn title(&self) -> crate::i18n::Msg {
        let title = match self {
            AuditPages::Audit(_) => "audit-title",
        };
        titled(crate::i18n::Msg::new(title))
    }
}

/// The `<main>` content of an audit page.
pub fn body(page: AuditPages) -> AnyView {
    match page {
        AuditPages::Audit(page) => view! { <AuditView page=*page /> }.into_any(),
    }
}
