//! Pieces of page shared by several pages.

use leptos::prelude::*;

use crate::model::{Choice, InstitutionSwitch, RequestContext};

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

/// The `<option>`s of a select, the one whose value is `selected` marked.
pub fn options(choices: Vec<Choice>, selected: &str) -> impl IntoView + use<> {
    choices
        .into_iter()
        .map(|choice| {
            let is = choice.value == selected;
            view! { <option value=choice.value selected=is>{choice.label}</option> }
        })
        .collect_view()
}

/// For a deployment administrator, the choice of the institution a page
/// acts on (a GET form to `action`); nothing for anyone else.
#[component]
pub fn InstitutionPicker(action: &'static str, switch: InstitutionSwitch) -> impl IntoView {
    let InstitutionSwitch { slug, others, .. } = switch;
    (!others.is_empty()).then(|| {
        view! {
            <form class="filters switch" method="get" action=action>
                <div class="field">
                    <label for="institution">"Institution"</label>
                    <select id="institution" name="institution">
                        {options(others, &slug)}
                    </select>
                </div>
                <button type="submit" class="button">"Switch"</button>
            </form>
        }
    })
}

/// The hidden field that keeps a form in the institution a deployment
/// administrator chose; nothing for anyone else.
#[component]
pub fn InstitutionField(switch: InstitutionSwitch) -> impl IntoView {
    (!switch.others.is_empty()).then(|| view! { <input type="hidden" name="institution" value=switch.slug /> })
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
