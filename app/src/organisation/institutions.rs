//! The institutions that share this Tutela, for deployment administrators:
//! see them and add one (with its top unit). An institution's first
//! administrator is made with `tutela admin create`, or by granting the
//! administrator role to one of its people once they are imported.

use leptos::prelude::*;

use crate::components::{CsrfField, DataTable, Field};
use crate::i18n::{number, rich, t};
use crate::model::InstitutionsPage;

#[component]
pub fn InstitutionsView(page: InstitutionsPage) -> impl IntoView {
    let InstitutionsPage { institutions, errors, slug, name, country, root_code, root_name, notice } = page;
    view! {
        <h1>{t("organisation-institutions-heading")}</h1>
        <p>{t("organisation-institutions-intro")}</p>
        {notice.map(|n| view! { <p class="notice success" role="status">{rich(&n)}</p> })}
        <DataTable
            caption=t("organisation-institutions-caption") hide_caption=true
            headers=vec![
                "organisation-name",
                "organisation-slug",
                "organisation-country",
                "organisation-active-people",
                "organisation-manage",
            ]
            empty=t("organisation-institutions-none")
            rows={institutions
                        .into_iter()
                        .map(|(slug, name, country, people)| {
                            let people_href = format!("/people?institution={slug}");
                            let roster_href = format!("/people/roster?institution={slug}");
                            let units_href = format!("/admin/units?institution={slug}");
                            view! {
                                <tr>
                                    <td><bdi>{name}</bdi></td>
                                    <td><bdi>{slug}</bdi></td>
                                    <td><bdi>{country}</bdi></td>
                                    <td>{number(people as f64)}</td>
                                    <td>
                                        <a href=people_href>{t("organisation-manage-people")}</a>
                                        " · "
                                        <a href=roster_href>{t("organisation-manage-roster")}</a>
                                        " · "
                                        <a href=units_href>{t("organisation-manage-units")}</a>
                                    </td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <h2>{t("organisation-institution-add-heading")}</h2>
        <form method="post" action="/admin/institutions">
            <CsrfField />
            <Field name="slug" label="organisation-slug" value=slug hint="organisation-institution-slug-hint" errors=errors.clone() />
            <Field name="name" label="organisation-name" value=name errors=errors.clone() />
            <Field name="country" label="organisation-country" value=country errors=errors.clone() />
            <Field name="root_code" label="organisation-root-code" value=root_code hint="organisation-root-code-hint" errors=errors.clone() />
            <Field name="root_name" label="organisation-root-name" value=root_name hint="organisation-root-name-hint" errors=errors />
            <button type="submit" class="button">{t("organisation-institution-add")}</button>
        </form>
    }
}
