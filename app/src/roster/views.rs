//! HR's roster import page: upload a CSV, see what it would change and
//! every row in error, then apply it. Works without JavaScript.

use leptos::prelude::*;

use crate::components::{CsrfField, DataTable, InstitutionField, InstitutionPicker};
use crate::i18n::{Msg, number, rich, t, tm};
use crate::model::{RosterCounts, RosterExample, RosterPage, RosterPreview};

/// The roster's columns, as the upload form lists them (the file's header
/// names them so in every language).
const COLUMNS: &str = "staff_number, given_name, family_name, email, cadre, unit, hire_date, status, left_on";

/// Where the column list and the export link go in `roster-upload-help`
/// (private-use characters: no translation contains them).
const COLUMNS_AT: char = '\u{e002}';
const EXPORT_AT: char = '\u{e003}';

/// The upload form's help: a sentence of the catalogue around the column
/// list (text the file must say, as it is) and a link to the export.
fn upload_help(export: String) -> impl IntoView {
    let text =
        tm(&Msg::new("roster-upload-help").arg("columns", COLUMNS_AT.to_string()).arg("export", EXPORT_AT.to_string()));
    let mut parts = Vec::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find([COLUMNS_AT, EXPORT_AT]) {
        parts.push(rest[..at].to_string().into_any());
        if rest[at..].starts_with(COLUMNS_AT) {
            parts.push(view! { <bdi>{COLUMNS}</bdi> }.into_any());
        } else {
            parts.push(view! { <a href=export.clone()>{t("roster-export-link")}</a> }.into_any());
        }
        rest = &rest[at + COLUMNS_AT.len_utf8()..];
    }
    parts.push(rest.to_string().into_any());
    parts
}

#[component]
pub fn RosterView(page: RosterPage) -> impl IntoView {
    let RosterPage { institution, errors, complete, as_of, preview } = page;
    let in_institution = institution.query('?');
    let people = format!("/people{in_institution}");
    let export = format!("/people/roster.csv{in_institution}");
    let file_error = errors.get("file").cloned();
    let as_of_error = errors.get("as_of").cloned();
    let (file_invalid, as_of_invalid) = (file_error.is_some(), as_of_error.is_some());
    let file_described = file_error.as_ref().map(|_| "file-error");
    view! {
        <p class="crumbs">
            <a href=people>{t("roster-people")}</a>
        </p>
        <h1>{t("roster-heading")}</h1>
        {institution.others.is_empty().then(|| view! { <p class="lead"><bdi>{institution.name.clone()}</bdi></p> })}
        <InstitutionPicker action="/people/roster" switch=institution.clone() />
        {preview.map(|preview| view! { <PreviewView preview /> })}
        <h2>{t("roster-upload-heading")}</h2>
        <p>{upload_help(export)}</p>
        <form method="post" action="/people/roster" enctype="multipart/form-data">
            <CsrfField />
            <InstitutionField switch=institution />
            <div class="field" class:has-error=file_invalid>
                <label for="file">{t("roster-file")}</label>
                {file_error.clone().map(|m| view! { <p class="error" id="file-error">{rich(&m)}</p> })}
                <input
                    id="file"
                    name="file"
                    type="file"
                    accept=".csv,text/csv"
                    aria-describedby=file_described
                />
            </div>
            <div class="field" class:has-error=as_of_invalid>
                <label for="as_of">{t("roster-as-of")}</label>
                <p class="hint" id="as_of-hint">{t("roster-as-of-hint")}</p>
                {as_of_error.clone().map(|m| view! { <p class="error" id="as_of-error">{rich(&m)}</p> })}
                <input id="as_of" name="as_of" type="text" value=as_of aria-describedby="as_of-hint" />
            </div>
            <div class="field checkbox">
                <input id="complete" name="complete" type="checkbox" value="yes" checked=complete />
                <label for="complete">{t("roster-complete")}</label>
            </div>
            <button type="submit" class="button">{t("roster-preview-button")}</button>
        </form>
    }
}

#[component]
fn PreviewView(preview: RosterPreview) -> impl IntoView {
    let RosterPreview {
        upload_id,
        file_name,
        counts: RosterCounts { rows, joiners, movers, leavers, rejoiners, updated, unchanged },
        errors,
        errors_total,
        examples,
        can_apply,
        applied,
    } = preview;
    let counts = [
        ("roster-rows-read", rows),
        ("roster-joining", joiners),
        ("roster-moving", movers),
        ("roster-leaving", leavers),
        ("roster-rejoining", rejoiners),
        ("roster-updated", updated),
        ("roster-unchanged", unchanged),
        ("roster-rows-in-error", errors_total),
    ];
    let heading =
        Msg::new(if applied { "roster-applied-heading" } else { "roster-preview-heading" }).arg("file", file_name);
    let more_errors = (errors_total > errors.len())
        .then(|| tm(&Msg::new("roster-more-errors").arg("count", errors_total - errors.len())));
    let apply_action = format!("/people/roster/{upload_id}/apply");
    let verdict = if applied {
        "roster-verdict-applied"
    } else if errors_total > 0 {
        "roster-verdict-errors"
    } else if can_apply {
        "roster-verdict-ready"
    } else {
        "roster-verdict-nothing"
    };
    let count = |n: usize| number(n as f64);
    view! {
        <section class="notice" class:success=applied role="status" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{rich(&heading)}</h2>
            <dl class="facts-list">
                {counts
                    .into_iter()
                    .map(|(label, n)| view! { <dt>{t(label)}</dt><dd>{count(n)}</dd> })
                    .collect_view()}
            </dl>
            <p>{t(verdict)}</p>
        </section>
        {(!errors.is_empty())
            .then(|| {
                view! {
                    <h2>{t("roster-rows-in-error")}</h2>
                    <DataTable
            caption=t("roster-rows-in-error") hide_caption=true
            headers=vec!["roster-line", "roster-why"]
            empty=t("roster-no-errors")
            rows={errors
                                    .into_iter()
                                    .map(|(line, why)| view! { <tr><td>{line}</td><td>{rich(&why)}</td></tr> })
                                    .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
                    {more_errors}
                }
            })}
        {(can_apply && !applied)
            .then(|| {
                view! {
                    <form method="post" action=apply_action>
                        <CsrfField />
                        <button type="submit" class="button">{t("roster-apply")}</button>
                    </form>
                }
            })}
        {(!examples.is_empty())
            .then(|| {
                view! {
                    <h2>{t("roster-changes")}</h2>
                    <DataTable
            caption=t("roster-changes") hide_caption=true
            headers=vec!["roster-staff-number", "roster-what-happens", "roster-details"]
            empty=t("roster-nothing-to-change")
            rows={examples
                                    .into_iter()
                                    .map(|RosterExample { staff_number, what, detail }| {
                                        view! {
                                            <tr>
                                                <td><bdi>{staff_number}</bdi></td>
                                                <td>{tm(&what)}</td>
                                                <td class="detail">{rich(&detail)}</td>
                                            </tr>
                                        }
                                    })
                                    .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
                }
            })}
    }
}
