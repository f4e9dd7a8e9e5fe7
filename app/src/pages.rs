//! What each page shows, given its loaded data ([`Page`]): the dispatch to
//! each capability's views, and the pages that belong to none (not found,
//! not allowed, unavailable).
//!
//! Components are plain functions of their data: no resources, no
//! waiting. They run on the server only; the browser gets their HTML.

use leptos::prelude::*;

use crate::Page;
use crate::accounts::{AccountView, ActivatePage, SignInPage, SignInsView};
use crate::audit::AuditView;
use crate::catalogue::{CadrePage, CourseOutlineView, GlossaryPage, HomePage, LessonArticle};
use crate::i18n::{rich, t};
use crate::organisation::{CadresView, InstitutionsView, UnitsView};
use crate::people::{PeopleView, PersonView};
use crate::roster::RosterView;

/// The `<main>` content of a page.
#[component]
pub fn PageBody(page: Page) -> impl IntoView {
    match page {
        Page::Home { cadres } => view! { <HomePage cadres /> }.into_any(),
        Page::Cadre { cadre, courses, query } => view! { <CadrePage cadre courses query /> }.into_any(),
        Page::Course(course) => view! { <CourseOutlineView course /> }.into_any(),
        Page::Lesson(page) => view! { <LessonArticle page /> }.into_any(),
        Page::Glossary(terms) => view! { <GlossaryPage terms /> }.into_any(),
        Page::SignIn(form) => view! { <SignInPage form /> }.into_any(),
        Page::Activate(form) => view! { <ActivatePage form /> }.into_any(),
        Page::InvitationUnusable => view! {
            <section class="notice" role="alert">
                <h1>{t("shared-link-unusable-heading")}</h1>
                <p>{t("shared-link-unusable-body")}</p>
            </section>
        }
        .into_any(),
        Page::Account(page) => view! { <AccountView page=*page /> }.into_any(),
        Page::People(page) => view! { <PeopleView page=*page /> }.into_any(),
        Page::Person(person) => view! { <PersonView person=*person /> }.into_any(),
        Page::Roster(page) => view! { <RosterView page=*page /> }.into_any(),
        Page::Audit(page) => view! { <AuditView page=*page /> }.into_any(),
        Page::SignIns(page) => view! { <SignInsView page=*page /> }.into_any(),
        Page::Units(page) => view! { <UnitsView page=*page /> }.into_any(),
        Page::Cadres(page) => view! { <CadresView page=*page /> }.into_any(),
        Page::Institutions(page) => view! { <InstitutionsView page=*page /> }.into_any(),
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
