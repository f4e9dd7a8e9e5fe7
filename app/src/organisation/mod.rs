//! Organisation: institutions, their unit trees (add, move), and the
//! deployment's cadres (add, rename, retire).

mod cadres;
mod institutions;
pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;
mod units;

pub use cadres::CadresView;
pub use institutions::InstitutionsView;
#[cfg(feature = "ssr")]
pub use routes::OrganisationRoute;
pub use units::UnitsView;

use leptos::prelude::*;

use crate::{CapabilityPage, Layout, titled};
use model::{CadresPage, InstitutionsPage, UnitsPage};

/// An organisation page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum OrganisationPages {
    Units(Box<UnitsPage>),
    Cadres(Box<CadresPage>),
    Institutions(Box<InstitutionsPage>),
}

impl CapabilityPage for OrganisationPages {
    fn layout(&self) -> Layout {
        match self {
            OrganisationPages::Units(_) | OrganisationPages::Cadres(_) | OrganisationPages::Institutions(_) => {
                Layout::Wide
            }
        }
    }

    fn title(&self) -> crate::i18n::Msg {
        let title = match self {
            OrganisationPages::Units(_) => "organisation-units-title",
            OrganisationPages::Cadres(_) => "organisation-cadres-title",
            OrganisationPages::Institutions(_) => "organisation-institutions-title",
        };
        titled(crate::i18n::Msg::new(title))
    }
}

/// The `<main>` content of an organisation page.
pub fn body(page: OrganisationPages) -> AnyView {
    match page {
        OrganisationPages::Units(page) => view! { <UnitsView page=*page /> }.into_any(),
        OrganisationPages::Cadres(page) => view! { <CadresView page=*page /> }.into_any(),
        OrganisationPages::Institutions(page) => view! { <InstitutionsView page=*page /> }.into_any(),
    }
}
