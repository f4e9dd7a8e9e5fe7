//! Accounts: signing in and out, activation with an invitation, a person's
//! own account page, and the security log (sign-in attempts). Its models
//! also say who is asking: roles, grants and the [`model::Viewer`].

pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;
mod sign_ins;
mod views;

#[cfg(feature = "ssr")]
pub use routes::AccountsRoute;
pub use sign_ins::SignInsView;
pub use views::{AccountView, ActivatePage, SignInPage};

use leptos::prelude::*;

use crate::i18n::{Msg, t};
use crate::{CapabilityPage, Layout, titled};
use model::{AccountPage, ActivateForm, SignInForm, SignInsPage};

/// An accounts page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum AccountsPages {
    SignIn(Box<SignInForm>),
    Activate(ActivateForm),
    /// An invitation link that has expired, was used, or never existed.
    InvitationUnusable,
    Account(Box<AccountPage>),
    SignIns(Box<SignInsPage>),
}

impl CapabilityPage for AccountsPages {
    fn layout(&self) -> Layout {
        match self {
            AccountsPages::SignIns(_) => Layout::Wide,
            AccountsPages::SignIn(_)
            | AccountsPages::Activate(_)
            | AccountsPages::InvitationUnusable
            | AccountsPages::Account(_) => Layout::Reading,
        }
    }

    fn status(&self) -> u16 {
        match self {
            AccountsPages::InvitationUnusable => 410,
            _ => 200,
        }
    }

    fn has_anonymous_form(&self) -> bool {
        matches!(self, AccountsPages::SignIn(_) | AccountsPages::Activate(_))
    }

    fn title(&self) -> Msg {
        let title = match self {
            AccountsPages::SignIn(_) => "accounts-sign-in-title",
            AccountsPages::Activate(form) if form.reset => "accounts-reset-title",
            AccountsPages::Activate(_) => "accounts-activate-title",
            AccountsPages::InvitationUnusable => "shared-link-unusable-title",
            AccountsPages::Account(_) => "accounts-account-title",
            AccountsPages::SignIns(_) => "accounts-sign-ins-title",
        };
        titled(Msg::new(title))
    }
}

/// The `<main>` content of an accounts page.
pub fn body(page: AccountsPages) -> AnyView {
    match page {
        AccountsPages::SignIn(form) => view! { <SignInPage form=*form /> }.into_any(),
        AccountsPages::Activate(form) => view! { <ActivatePage form /> }.into_any(),
        AccountsPages::InvitationUnusable => view! {
            <section class="notice" role="alert">
                <h1>{t("shared-link-unusable-heading")}</h1>
                <p>{t("shared-link-unusable-body")}</p>
            </section>
        }
        .into_any(),
        AccountsPages::Account(page) => view! { <AccountView page=*page /> }.into_any(),
        AccountsPages::SignIns(page) => view! { <SignInsView page=*page /> }.into_any(),
    }
}
