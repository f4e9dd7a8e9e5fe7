//! Pieces of page shared by several pages.

use leptos::prelude::*;

use crate::model::RequestContext;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a class="skip" href="#main">"Skip to content"</a>
        <header class="site">
            <a class="brand" href="/">"Tutela"</a>
            <nav aria-label="Site">
                <a href="/">"Cadres"</a>
                <a href="/glossary">"Glossary"</a>
                <ViewerLinks />
            </nav>
        </header>
    }
}

/// "Sign in", or the signed-in person's name and a sign-out button (a form,
/// so that it works without JavaScript and carries the CSRF token).
#[component]
fn ViewerLinks() -> impl IntoView {
    let request = use_context::<RequestContext>().unwrap_or_default();
    match request.viewer {
        Some(viewer) => view! {
            {viewer.manages_people().then(|| view! { <a href="/people">"People"</a> })}
            {viewer
                .is_deployment_admin()
                .then(|| view! { <a href="/admin/institutions">"Institutions"</a> <a href="/admin/cadres">"Cadres admin"</a> })}
            {viewer.is_admin().then(|| view! { <a href="/admin/units">"Units"</a> <a href="/admin/audit">"Audit log"</a> })}
            <a href="/account">{viewer.name}</a>
            <form class="inline" method="post" action="/sign-out">
                <input type="hidden" name="csrf" value=request.csrf />
                <button type="submit" class="link">"Sign out"</button>
            </form>
        }
        .into_any(),
        None => view! { <a href="/sign-in">"Sign in"</a> }.into_any(),
    }
}

/// The hidden field that carries the request's CSRF token in a form.
#[component]
pub fn CsrfField() -> impl IntoView {
    let csrf = use_context::<RequestContext>().unwrap_or_default().csrf;
    view! { <input type="hidden" name="csrf" value=csrf /> }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site">
            <p>"Tutela: training that stays with the institution."</p>
        </footer>
    }
}

/// Hours as a reader expects them: "1 hour", "2.5 hours".
pub fn hours_label(hours: f64) -> String {
    let rounded = (hours * 10.0).round() / 10.0;
    if (rounded - 1.0).abs() < f64::EPSILON {
        "1 hour".to_string()
    } else if rounded.fract() == 0.0 {
        format!("{} hours", rounded as i64)
    } else {
        format!("{rounded} hours")
    }
}

/// "1 course", "3 courses".
pub fn count_label(count: usize, one: &str, many: &str) -> String {
    if count == 1 { format!("1 {one}") } else { format!("{count} {many}") }
}
