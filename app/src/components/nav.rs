//! The site's header and footer. The header's navigation is grouped by
//! role: everyone sees a short bar (the courses, the glossary, their
//! account or "Sign in"); the HR and administration pages the viewer may
//! open sit in one "Manage" menu, a `<details>` disclosure that opens
//! without JavaScript, so that a narrow screen never holds a row of nine
//! links. The footer holds the language menu: a plain form that works
//! without JavaScript.

use leptos::prelude::*;

use crate::i18n::{Locale, t};
use crate::model::{RequestContext, Viewer};

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <a class="skip" href="#main">{t("shared-skip-to-content")}</a>
        <header class="site">
            <a class="brand" href="/">{t("shared-brand")}</a>
            <nav aria-label=t("shared-nav-label")>
                <a href="/">{t("shared-nav-courses")}</a>
                <a href="/glossary">{t("shared-nav-glossary")}</a>
                <ViewerLinks />
            </nav>
        </header>
    }
}

/// The HR and administration pages `viewer` may open, as (address, the
/// label's catalogue id), in the order the menu lists them.
pub fn manage_links(viewer: &Viewer) -> Vec<(&'static str, &'static str)> {
    let mut links = Vec::new();
    if viewer.manages_people() {
        links.push(("/people", "shared-nav-people"));
        links.push(("/learn/assign", "learning-hr-nav-assign"));
    }
    if crate::quiz::trainer_model::grades_essays(viewer) {
        links.push(("/quiz/grading", "quiz-trainer-nav-grading"));
    }
    if crate::quiz::trainer_model::analyses_questions(viewer) {
        links.push(("/quiz/analysis", "quiz-trainer-nav-analysis"));
    }
    if viewer.is_admin() {
        links.extend([
            ("/admin/units", "shared-nav-units"),
            ("/admin/audit", "shared-nav-audit"),
            ("/admin/sign-ins", "shared-nav-sign-ins"),
        ]);
    }
    if viewer.is_deployment_admin() {
        links.extend([("/admin/institutions", "shared-nav-institutions"), ("/admin/cadres", "shared-nav-cadres")]);
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
                        <summary>{t("shared-nav-manage")}</summary>
                        <ul>
                            {links
                                .into_iter()
                                .map(|(href, label)| view! { <li><a href=href>{t(label)}</a></li> })
                                .collect_view()}
                        </ul>
                    </details>
                }
            });
            view! {
                <a href="/learn">{t("shared-nav-learning")}</a>
                {menu}
                <a href="/account">
                    <bdi>{viewer.name}</bdi>
                </a>
                <form class="inline" method="post" action="/sign-out">
                    <input type="hidden" name="csrf" value=request.csrf />
                    <button type="submit" class="link">{t("shared-nav-sign-out")}</button>
                </form>
            }
            .into_any()
        }
        None => view! { <a href="/sign-in">{t("shared-nav-sign-in")}</a> }.into_any(),
    }
}

/// Where the footer's language form carries its CSRF token: the frame of a
/// page is rendered with this in the token's place and the request's token
/// put there afterwards (`render::Frame`), so a kept frame holds no token.
pub const CSRF_SLOT: &str = "tutela-footer-csrf-slot";

/// The footer: what Tutela is, and the language menu, a form posted to
/// `/language` that comes back to this page (`next`). Each language is
/// named in itself (`lang` on its option).
#[component]
pub fn SiteFooter() -> impl IntoView {
    let request = use_context::<RequestContext>().unwrap_or_default();
    let current = request.locale;
    view! {
        <footer class="site">
            <p>{t("shared-footer-tagline")}</p>
            <form class="language" method="post" action="/language">
                <input type="hidden" name="csrf" value=CSRF_SLOT />
                <input type="hidden" name="next" value=request.path />
                <label for="language">{t("shared-language")}</label>
                <select id="language" name="lang">
                    {Locale::ALL
                        .into_iter()
                        .map(|locale| {
                            view! {
                                <option value=locale.code() lang=locale.code() selected=locale == current>
                                    {locale.endonym()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
                <button type="submit" class="button">{t("shared-language-change")}</button>
            </form>
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
        assert_eq!(
            manage_links(&hr),
            vec![("/people", "shared-nav-people"), ("/learn/assign", "learning-hr-nav-assign")]
        );
        let reviewer = viewer(vec![Grant { role: Role::Reviewer, unit_path: Some("/1/".into()) }]);
        assert_eq!(
            manage_links(&reviewer),
            vec![("/quiz/grading", "quiz-trainer-nav-grading"), ("/quiz/analysis", "quiz-trainer-nav-analysis")]
        );
        let admin = viewer(vec![Grant { role: Role::Admin, unit_path: Some("/1/".into()) }]);
        assert_eq!(manage_links(&admin).len(), 6);
        let everywhere = viewer(vec![Grant { role: Role::Admin, unit_path: None }]);
        assert_eq!(manage_links(&everywhere).len(), 9);
    }
}
