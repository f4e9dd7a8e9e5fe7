//! The institutions that share this Tutela, for deployment administrators:
//! see them and add one (with its top unit). An institution's first
//! administrator is made with `tutela admin create`, or by granting the
//! administrator role to one of its people once they are imported.

use leptos::prelude::*;

use crate::components::{CsrfField, DataTable, Field, options};
use crate::i18n::{Locale, number, rich, t};
use crate::model::{Choice, InstitutionsPage};

/// Each institution's default language (the language of its people's pages
/// when neither their own setting, the language menu nor their browser
/// names one Tutela speaks), and the form that changes one.
#[component]
fn DefaultLanguages(choices: Vec<Choice>, locales: Vec<(String, Option<Locale>)>, saved: bool) -> impl IntoView {
    let named = |code: Option<Locale>| match code {
        Some(locale) => view! { <span lang=locale.code()>{locale.endonym()}</span> }.into_any(),
        None => t("organisation-default-language-none").into_any(),
    };
    let lines = choices
        .iter()
        .map(|choice| {
            let current = locales.iter().find(|(slug, _)| *slug == choice.value).and_then(|(_, l)| *l);
            view! {
                <li>
                    <bdi>{choice.label.clone()}</bdi>
                    ": "
                    {named(current)}
                </li>
            }
        })
        .collect_view();
    view! {
        <h2 id="default-language">{t("organisation-default-language-heading")}</h2>
        <p>{t("organisation-default-language-intro")}</p>
        {saved.then(|| view! { <p class="notice success" role="status">{t("organisation-default-language-saved")}</p> })}
        <ul>{lines}</ul>
        <form class="filters" method="post" action="/admin/institutions/language">
            <CsrfField />
            <div class="field">
                <label for="language-institution">{t("shared-institution")}</label>
                <select id="language-institution" name="institution">{options(choices, "")}</select>
            </div>
            <div class="field">
                <label for="default-locale">{t("organisation-default-language")}</label>
                <select id="default-locale" name="locale">
                    <option value="">{t("organisation-default-language-none")}</option>
                    {Locale::ALL
                        .into_iter()
                        .map(|locale| view! { <option value=locale.code() lang=locale.code()>{locale.endonym()}</option> })
                        .collect_view()}
                </select>
            </div>
            <button type="submit" class="button">{t("organisation-default-language-save")}</button>
        </form>
    }
}

#[component]
pub fn InstitutionsView(page: InstitutionsPage) -> impl IntoView {
    let InstitutionsPage {
        institutions,
        errors,
        slug,
        name,
        country,
        root_code,
        root_name,
        notice,
        locales,
        locale_saved,
    } = page;
    let choices: Vec<Choice> =
        institutions.iter().map(|(slug, name, ..)| Choice { value: slug.clone(), label: name.clone() }).collect();
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
        <DefaultLanguages choices locales saved=locale_saved />
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
