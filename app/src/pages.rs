//! What each page shows, given its loaded data ([`Page`]): the dispatch to
//! each capability's views (`<capability>::body`), and the pages that
//! belong to none (not found, not allowed, unavailable).
//!
//! Components are plain functions of their data: no resources, no
//! waiting. They run on the server only; the browser gets their HTML.

use leptos::prelude::*;

use crate::i18n::{rich, t};
use crate::{Page, accounts, audit, catalogue, learning, organisation, people, quiz, roster};

/// The `<main>` content of a page: its capability's view, or a notice.
#[component]
pub fn PageBody(page: Page) -> impl IntoView {
    match page {
        Page::Catalogue(page) => catalogue::body(page),
        Page::Accounts(page) => accounts::body(page),
        Page::People(page) => people::body(page),
        Page::Roster(page) => roster::body(page),
        Page::Organisation(page) => organisation::body(page),
        Page::Audit(page) => audit::body(page),
        Page::Learning(page) => learning::body(page),
        Page::Quiz(page) => quiz::body(page),
        Page::Redirect(to) => view! { <p><a href=to>{t("shared-continue")}</a></p> }.into_any(),
        Page::Forbidden(why) => view! {
            <section class="notice" role="alert">
                <h1>{t("shared-forbidden-heading")}</h1>
                <p>{rich(&why)}</p>
            </section>
        }
        .into_any(),
        Page::NotFound => view! { <NotFound /> }.into_any(),
        Page::Unavailable => view! { <Unavailable /> }.into_any(),
    }
}

#[component]
fn NotFound() -> impl IntoView {
    view! {
        <section class="notice">
            <h1>{t("shared-not-found-heading")}</h1>
            <p>{t("shared-not-found-body")}</p>
            <p>
                <a href="/">{t("shared-not-found-home")}</a>
            </p>
        </section>
    }
}

#[component]
fn Unavailable() -> impl IntoView {
    view! {
        <section class="notice" role="alert">
            <h1>{t("shared-unavailable-heading")}</h1>
            <p>{t("shared-unavailable-body")}</p>
        </section>
    }
}
