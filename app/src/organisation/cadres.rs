//! The deployment's cadres: rename (the slug stays, so nothing that names
//! it breaks), retire and restore, add. For deployment administrators.

use leptos::prelude::*;

use crate::components::{CsrfField, Field};
use crate::i18n::{rich, t};
use crate::model::{CadresPage, FieldErrors};

#[component]
pub fn CadresView(page: CadresPage) -> impl IntoView {
    let CadresPage { cadres, errors, errors_for, slug, name, description, notice } = page;
    let new_errors = if errors_for == "new" { errors.clone() } else { FieldErrors::new() };
    view! {
        <h1>{t("organisation-cadres-heading")}</h1>
        <p>{t("organisation-cadres-intro")}</p>
        {notice.map(|n| view! { <p class="notice success" role="status">{rich(&n)}</p> })}
        {cadres
            .into_iter()
            .map(|cadre| {
                let mine = errors_for == cadre.id.to_string();
                let errors = if mine { errors.clone() } else { FieldErrors::new() };
                let (name_value, description_value) = if mine {
                    (name.clone(), description.clone())
                } else {
                    (cadre.name.clone(), cadre.description.clone())
                };
                let rename = format!("/admin/cadres/{}", cadre.id);
                let retire = format!("/admin/cadres/{}/retire", cadre.id);
                let status = if cadre.retired {
                    crate::t!("organisation-cadre-retired", people = cadre.people)
                } else {
                    crate::t!("organisation-cadre-in-use", people = cadre.people)
                };
                let button = if cadre.retired { "organisation-cadre-restore" } else { "organisation-cadre-retire" };
                view! {
                    <section class="card cadre-admin">
                        <h2>
                            <bdi>{cadre.name.clone()}</bdi>
                            " "
                            <span class="facts">"(" <bdi>{cadre.slug.clone()}</bdi> ")"</span>
                        </h2>
                        <p class="facts">{status}</p>
                        <form method="post" action=rename>
                            <CsrfField />
                            <Field name="name" label="organisation-name" value=name_value errors=errors.clone() />
                            <Field
                                name="description"
                                label="organisation-description"
                                value=description_value
                                errors=errors
                            />
                            <button type="submit" class="button">{t("organisation-save")}</button>
                        </form>
                        <form method="post" action=retire class="spaced">
                            <CsrfField />
                            <input type="hidden" name="retired" value=if cadre.retired { "no" } else { "yes" } />
                            <button type="submit" class="link">{t(button)}</button>
                        </form>
                    </section>
                }
            })
            .collect_view()}
        <h2>{t("organisation-cadre-add-heading")}</h2>
        <form method="post" action="/admin/cadres">
            <CsrfField />
            <Field name="slug" label="organisation-slug" value=slug hint="organisation-cadre-slug-hint" errors=new_errors.clone() />
            <Field name="name" label="organisation-name" value=if errors_for == "new" { name.clone() } else { String::new() } errors=new_errors.clone() />
            <Field name="description" label="organisation-description" value=if errors_for == "new" { description.clone() } else { String::new() } errors=new_errors />
            <button type="submit" class="button">{t("organisation-cadre-add")}</button>
        </form>
    }
}
