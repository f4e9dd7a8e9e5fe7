//! The deployment's cadres: rename (the slug stays, so nothing that names
//! it breaks), retire and restore, add. For deployment administrators.

use leptos::prelude::*;

use crate::components::{CsrfField, Field};
use crate::model::{CadresPage, FieldErrors};

#[component]
pub fn CadresView(page: CadresPage) -> impl IntoView {
    let CadresPage { cadres, errors, errors_for, slug, name, description, notice } = page;
    let new_errors = if errors_for == "new" { errors.clone() } else { FieldErrors::new() };
    view! {
        <h1>"Cadres"</h1>
        <p>
            "A cadre's slug is how course files and roster files name it, so it never changes. A cadre in use is retired, not deleted: it leaves the lists, and the records that name it keep it."
        </p>
        {notice.map(|n| view! { <p class="notice success" role="status">{n}</p> })}
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
                    format!("Retired · {} active people", cadre.people)
                } else {
                    format!("In use · {} active people", cadre.people)
                };
                let button = if cadre.retired { "Restore" } else { "Retire" };
                view! {
                    <section class="card cadre-admin">
                        <h2>{cadre.name.clone()} " " <span class="facts">{format!("({})", cadre.slug)}</span></h2>
                        <p class="facts">{status}</p>
                        <form method="post" action=rename>
                            <CsrfField />
                            <Field name="name" label="Name" value=name_value errors=errors.clone() />
                            <Field name="description" label="Description" value=description_value errors=errors />
                            <button type="submit" class="button">"Save"</button>
                        </form>
                        <form method="post" action=retire class="spaced">
                            <CsrfField />
                            <input type="hidden" name="retired" value=if cadre.retired { "no" } else { "yes" } />
                            <button type="submit" class="link">{button}</button>
                        </form>
                    </section>
                }
            })
            .collect_view()}
        <h2>"Add a cadre"</h2>
        <form method="post" action="/admin/cadres">
            <CsrfField />
            <Field name="slug" label="Slug" value=slug hint="Lower-case letters, digits and hyphens, such as labour-inspector. It cannot change later." errors=new_errors.clone() />
            <Field name="name" label="Name" value=if errors_for == "new" { name.clone() } else { String::new() } errors=new_errors.clone() />
            <Field name="description" label="Description" value=if errors_for == "new" { description.clone() } else { String::new() } errors=new_errors />
            <button type="submit" class="button">"Add cadre"</button>
        </form>
    }
}
