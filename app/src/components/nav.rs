//! The site's header and footer. The header's navigation is grouped by
//! role: everyone sees a short bar (the courses, the glossary, their
//! account or "Sign in"); the HR and administration pages the viewer may
//! open sit in one "Manage" menu, a `<details>` disclosure that opens
//! without JavaScript, so that a narrow screen never holds a row of nine
//! links.

use leptos::prelude::*;

use crate::model::{RequestContext, Viewer};

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a class="skip" href="#main">"Skip to content"</a>
        <header class="site">
            <a class="brand" href="/">"Tutela"</a>
            <nav aria-label="Site">
                <a href="/">"Courses"</a>
                <a href="/glossary">"Glossary"</a>
                <ViewerLinks />
            </nav>
        </header>
    }
}

/// The HR and administration pages `viewer` may open, as (address, label),
/// in the order the menu lists them.
pub fn manage_links(viewer: &Viewer) -> Vec<(&'static str, &'static str)> {
    let mut links = Vec::new();
    if viewer.manages_people() {
        links.push(("/people", "People"));
    }
    if viewer.is_admin() {
        links.extend([
            ("/admin/units", "Units"),
            ("/admin/audit", "Audit log"),
            ("/admin/sign-ins", "Sign-in attempts"),
        ]);
    }
    if viewer.is_deployment_admin() {
        links.extend([("/admin/institutions", "Institutions"), ("/admin/cadres", "Cadres")]);
    }
    links
}

/// "Sign in"; or the "Manage" menu (if any), the signed-in person's name
/// (their account page) and a sign-out button (a form, so that it works
/// without JavaScript and carries the CSRF token).
#[component]
fn ViewerLinks() -> impl IntoView {
    let request = use_context::<RequestContext>().unwrap_or_default();
    match request.viewer {
        Some(viewer) => {
            let links = manage_links(&viewer);
            let menu = (!links.is_empty()).then(|| {
                view! {
                    <details class="menu">
                        <summary>"Manage"</summary>
                        <ul>
                            {links
                                .into_iter()
                                .map(|(href, label)| view! { <li><a href=href>{label}</a></li> })
                                .collect_view()}
                        </ul>
                    </details>
                }
            });
            view! {
                {menu}
                <a href="/account">{viewer.name}</a>
                <form class="inline" method="post" action="/sign-out">
                    <input type="hidden" name="csrf" value=request.csrf />
                    <button type="submit" class="link">"Sign out"</button>
                </form>
            }
            .into_any()
        }
        None => view! { <a href="/sign-in">"Sign in"</a> }.into_any(),
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site">
            <p>"Tutela: training that stays with the institution."</p>
        </footer>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Grant, Role};

    fn viewer(grants: Vec<Grant>) -> Viewer {
        Viewer {
            account_id: crate::ids::AccountId(1),
            person_id: crate::ids::PersonId(1),
            institution_id: crate::ids::InstitutionId(1),
            name: "A".into(),
            grants,
        }
    }

    #[test]
    fn the_menu_holds_what_the_roles_open() {
        assert!(manage_links(&viewer(vec![])).is_empty(), "a learner has no menu");
        let hr = viewer(vec![Grant { role: Role::Hr, unit_path: Some("/1/".into()) }]);
        assert_eq!(manage_links(&hr), vec![("/people", "People")]);
        let admin = viewer(vec![Grant { role: Role::Admin, unit_path: Some("/1/".into()) }]);
        assert_eq!(manage_links(&admin).len(), 4);
        let everywhere = viewer(vec![Grant { role: Role::Admin, unit_path: None }]);
        assert_eq!(manage_links(&everywhere).len(), 6);
    }
}
