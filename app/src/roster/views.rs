//! HR's roster import page: upload a CSV, see what it would change and
//! every row in error, then apply it. Works without JavaScript.

use leptos::prelude::*;

use crate::components::{CsrfField, DataTable, InstitutionField, InstitutionPicker};
use crate::model::{RosterCounts, RosterPage, RosterPreview};

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
            <a href=people>"People"</a>
        </p>
        <h1>"Import a roster"</h1>
        {institution.others.is_empty().then(|| view! { <p class="lead">{institution.name.clone()}</p> })}
        <InstitutionPicker action="/people/roster" switch=institution.clone() />
        {preview.map(|preview| view! { <PreviewView preview /> })}
        <h2>"Upload a file"</h2>
        <p>
            "A CSV file with the columns staff_number, given_name, family_name, email, cadre, unit, hire_date, status, left_on (see the "
            <a href=export>"export of your people"</a>
            ", which has them). Nothing changes until you apply the preview."
        </p>
        <form method="post" action="/people/roster" enctype="multipart/form-data">
            <CsrfField />
            <InstitutionField switch=institution />
            <div class="field" class:has-error=file_invalid>
                <label for="file">"Roster file (CSV)"</label>
                {file_error.clone().map(|m| view! { <p class="error" id="file-error">{crate::i18n::rich(&m)}</p> })}
                <input
                    id="file"
                    name="file"
                    type="file"
                    accept=".csv,text/csv"
                    aria-describedby=file_described
                />
            </div>
            <div class="field" class:has-error=as_of_invalid>
                <label for="as_of">"Moves and departures without a date take effect on"</label>
                <p class="hint" id="as_of-hint">"YYYY-MM-DD; leave empty for today."</p>
                {as_of_error.clone().map(|m| view! { <p class="error" id="as_of-error">{crate::i18n::rich(&m)}</p> })}
                <input id="as_of" name="as_of" type="text" value=as_of aria-describedby="as_of-hint" />
            </div>
            <div class="field checkbox">
                <input id="complete" name="complete" type="checkbox" value="yes" checked=complete />
                <label for="complete">
                    "This file lists everyone in my units: people missing from it have left"
                </label>
            </div>
            <button type="submit" class="button">"Preview"</button>
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
        ("Rows read", rows),
        ("Joining", joiners),
        ("Moving (unit or cadre)", movers),
        ("Leaving", leavers),
        ("Rejoining", rejoiners),
        ("Other details changed", updated),
        ("Unchanged", unchanged),
        ("Rows in error", errors_total),
    ];
    let heading = if applied { format!("Applied: {file_name}") } else { format!("Preview: {file_name}") };
    let more_errors =
        (errors_total > errors.len()).then(|| format!("… and {} more rows in error.", errors_total - errors.len()));
    let apply_action = format!("/people/roster/{upload_id}/apply");
    let verdict = if applied {
        "These changes were made."
    } else if errors_total > 0 {
        "Correct the rows in error and upload the file again: a file with errors cannot be applied."
    } else if can_apply {
        "Nothing has changed yet."
    } else {
        "The records already match this file: there is nothing to change."
    };
    view! {
        <section class="notice" class:success=applied role="status" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{heading}</h2>
            <dl class="facts-list">
                {counts.into_iter().map(|(label, count)| view! { <dt>{label}</dt><dd>{count}</dd> }).collect_view()}
            </dl>
            <p>{verdict}</p>
        </section>
        {(!errors.is_empty())
            .then(|| {
                view! {
                    <h2>"Rows in error"</h2>
                    <DataTable
            caption="Rows in error" hide_caption=true
            headers=vec!["Line", "Why"]
            empty="No rows in error."
            rows={errors
                                    .into_iter()
                                    .map(|(line, why)| view! { <tr><td>{line}</td><td>{why}</td></tr> })
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
                        <button type="submit" class="button">"Apply these changes"</button>
                    </form>
                }
            })}
        {(!examples.is_empty())
            .then(|| {
                view! {
                    <h2>"Changes"</h2>
                    <DataTable
            caption="Changes" hide_caption=true
            headers=vec!["Staff number", "What happens", "Details"]
            empty="Nothing to change."
            rows={examples
                                    .into_iter()
                                    .map(|(staff, what, detail)| {
                                        view! {
                                            <tr>
                                                <td>{staff}</td>
                                                <td>{what}</td>
                                                <td class="detail">{detail}</td>
                                            </tr>
                                        }
                                    })
                                    .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
                }
            })}
    }
}
