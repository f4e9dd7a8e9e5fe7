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
        Page::Glossary(glossary) => view! { <GlossaryPage glossary /> }.into_any(),
        Page::SignIn(form) => view! { <SignInPage form /> }.into_any(),
        Page::Activate(form) => view! { <ActivatePage form /> }.into_any(),
        Page::InvitationUnusable => view! {
            <section class="notice" role="alert">
                <h1>"This link is no longer valid"</h1>
                <p>
                    "The link has expired, has already been used, or was replaced by a newer one. Ask your HR officer or administrator for a new link."
                </p>
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
        Page::Redirect(to) => view! { <p><a href=to>"Continue"</a></p> }.into_any(),
        Page::Forbidden(why) => view! {
            <section class="notice" role="alert">
                <h1>"Not allowed"</h1>
                <p>{why}</p>
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
            <h1>"Page not found"</h1>
            <p>"There is no page at this address. It may have moved, or the link may be mistyped."</p>
            <p>
                <a href="/">"Go to the list of cadres"</a>
            </p>
        </section>
    }
}

#[component]
fn Unavailable() -> impl IntoView {
    view! {
        <section class="notice" role="alert">
            <h1>"The service is unavailable"</h1>
            <p>"Tutela could not read its records just now. Please try again in a few minutes."</p>
        </section>
    }
}
