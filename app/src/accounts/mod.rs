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

use crate::{CapabilityPage, Layout, titled};
use model::{AccountPage, ActivateForm, SignInForm, SignInsPage};

/// An accounts page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum AccountsPages {
    SignIn(SignInForm),
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

    fn title(&self) -> String {
        let title = match self {
            AccountsPages::SignIn(_) => "Sign in",
            AccountsPages::Activate(form) if form.reset => "Choose a new password",
            AccountsPages::Activate(_) => "Activate your account",
            AccountsPages::InvitationUnusable => "Link no longer valid",
            AccountsPages::Account(_) => "Your account",
            AccountsPages::SignIns(_) => "Sign-in attempts",
        };
        titled(title)
    }
}

/// The `<main>` content of an accounts page.
pub fn body(page: AccountsPages) -> AnyView {
    match page {
        AccountsPages::SignIn(form) => view! { <SignInPage form /> }.into_any(),
        AccountsPages::Activate(form) => view! { <ActivatePage form /> }.into_any(),
        AccountsPages::InvitationUnusable => view! {
            <section class="notice" role="alert">
                <h1>"This link is no longer valid"</h1>
                <p>
                    "The link has expired, has already been used, or was replaced by a newer one. Ask your HR officer or administrator for a new link."
                </p>
            </section>
        }
        .into_any(),
        AccountsPages::Account(page) => view! { <AccountView page=*page /> }.into_any(),
        AccountsPages::SignIns(page) => view! { <SignInsView page=*page /> }.into_any(),
    }
}
