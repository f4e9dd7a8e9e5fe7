//! Roster: HR's upload of a roster file, its preview and its application.

pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;
mod views;

#[cfg(feature = "ssr")]
pub use routes::RosterRoute;
pub use views::RosterView;

use leptos::prelude::*;

use crate::{CapabilityPage, Layout, titled};
use model::RosterPage;

/// A roster page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum RosterPages {
    Roster(Box<RosterPage>),
}

impl CapabilityPage for RosterPages {
    fn layout(&self) -> Layout {
        match self {
            RosterPages::Roster(_) => Layout::Wide,
        }
    }

    fn title(&self) -> crate::i18n::Msg {
        let title = match self {
            RosterPages::Roster(_) => "roster-title",
        };
        titled(crate::i18n::Msg::new(title))
    }
}

/// The `<main>` content of a roster page.
pub fn body(page: RosterPages) -> AnyView {
    match page {
        RosterPages::Roster(page) => view! { <RosterView page=*page /> }.into_any(),
    }
}
