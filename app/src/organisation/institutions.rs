//! The institutions that share this Tutela, for deployment administrators:
//! see them and add one (with its top unit). An institution's first
//! administrator is made with `tutela admin create`, or by granting the
//! administrator role to one of its people once they are imported.

use leptos::prelude::*;

use crate::components::{CsrfField, DataTable, Field};
use crate::model::InstitutionsPage;

#[component]
pub fn InstitutionsView(page: InstitutionsPage) -> impl IntoView {
    let InstitutionsPage { institutions, errors, slug, name, country, root_code, root_name, notice } = page;
    view! {
        <h1>"Institutions"</h1>
        <p>
            "Each institution sees only its own people, units and records. As a deployment administrator you can act on any of them: its people, its roster and its units."
        </p>
        {notice.map(|n| view! { <p class="notice success" role="status">{n}</p> })}
        <DataTable
            caption="Institutions" hide_caption=true
            headers=vec!["Name", "Slug", "Country", "Active people", "Manage"]
            empty="No institutions yet."
            rows={institutions
                        .into_iter()
                        .map(|(slug, name, country, people)| {
                            let people_href = format!("/people?institution={slug}");
                            let roster_href = format!("/people/roster?institution={slug}");
                            let units_href = format!("/admin/units?institution={slug}");
                            view! {
                                <tr>
                                    <td>{name}</td>
                                    <td>{slug}</td>
                                    <td>{country}</td>
                                    <td>{people}</td>
                                    <td>
                                        <a href=people_href>"People"</a>
                                        " · "
                                        <a href=roster_href>"Roster"</a>
                                        " · "
                                        <a href=units_href>"Units"</a>
                                    </td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <h2>"Add an institution"</h2>
        <form method="post" action="/admin/institutions">
            <CsrfField />
            <Field name="slug" label="Slug" value=slug hint="Lower-case letters, digits and hyphens, such as judicial-institute." errors=errors.clone() />
            <Field name="name" label="Name" value=name errors=errors.clone() />
            <Field name="country" label="Country" value=country errors=errors.clone() />
            <Field name="root_code" label="Code of its top unit" value=root_code hint="Such as hq." errors=errors.clone() />
            <Field name="root_name" label="Name of its top unit" value=root_name hint="Such as Headquarters." errors=errors />
            <button type="submit" class="button">"Add institution"</button>
        </form>
    }
}
