//! People: the list HR and administrators manage, and a person's page
//! (history, account, links, lock and unlock, roles).

pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;
mod views;

#[cfg(feature = "ssr")]
pub use routes::PeopleRoute;
pub use views::{PeopleView, PersonView};

use leptos::prelude::*;

use crate::{CapabilityPage, Layout, titled};
use model::{PeoplePage, PersonDetail};

/// A people page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum PeoplePages {
    People(Box<PeoplePage>),
    Person(Box<PersonDetail>),
}

impl CapabilityPage for PeoplePages {
    fn layout(&self) -> Layout {
        match self {
            PeoplePages::People(_) | PeoplePages::Person(_) => Layout::Wide,
        }
    }

    fn title(&self) -> crate::i18n::Msg {
        let title = match self {
            PeoplePages::People(_) => crate::i18n::Msg::new("people-title"),
            PeoplePages::Person(person) => crate::i18n::Msg::verbatim(person.name.clone()),
        };
        titled(title)
    }
}

/// The `<main>` content of a people page.
pub fn body(page: PeoplePages) -> AnyView {
    match page {
        PeoplePages::People(page) => view! { <PeopleView page=*page /> }.into_any(),
        PeoplePages::Person(person) => view! { <PersonView person=*person /> }.into_any(),
    }
}
