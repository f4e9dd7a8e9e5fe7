//! The audit log page: entries newest first, filtered by action and
//! record, and a check of the hash chain on demand.

use leptos::prelude::*;

use crate::audit::changes::{actor, describe};
use crate::components::DataTable;
use crate::i18n::{date_time, rich, t};
use crate::model::AuditPage;
use crate::msg;

#[component]
pub fn AuditView(page: AuditPage) -> impl IntoView {
    let AuditPage { action, record, rows, older, verdict, intact, can_verify, scoped } = page;
    let older_href = older.map(|before| {
        let mut href = format!("/admin/audit?before={before}");
        for (key, value) in [("action", &action), ("record", &record)] {
            if !value.is_empty() {
                href.push_str(&format!("&{key}={}", value.replace('&', "%26").replace(' ', "+")));
            }
        }
        href
    });
    let action_hint = msg!("audit-action-hint", example = "person.move", prefix = "person.");
    let record_hint = msg!("audit-record-hint", example = "person:42", kind = "account");
    view! {
        <h1>{t("audit-heading")}</h1>
        <p>{t("audit-intro")}</p>
        {scoped.then(|| view! { <p>{t("audit-scoped")}</p> })}
        {verdict
            .map(|verdict| {
                view! {
                    <p class="notice" class:success=intact class:error-summary=!intact role="status">
                        {rich(&verdict)}
                    </p>
                }
            })}
        <form class="filters audit" method="get" action="/admin/audit">
            <div class="field">
                <label for="action">{t("audit-action")}</label>
                <p class="hint">{rich(&action_hint)}</p>
                <input id="action" name="action" type="text" value=action />
            </div>
            <div class="field">
                <label for="record">{t("audit-record")}</label>
                <p class="hint">{rich(&record_hint)}</p>
                <input id="record" name="record" type="text" value=record />
            </div>
            <button type="submit" class="button">{t("audit-filter")}</button>
        </form>
        {can_verify
            .then(|| {
                view! {
                    <p>
                        <a href="/admin/audit?verify=1">{t("audit-verify-link")}</a>
                    </p>
                }
            })}
        <p>
            <a href="/admin/sign-ins">{t("audit-sign-ins-link")}</a>
        </p>
        <DataTable
            caption=t("audit-caption") hide_caption=true
            headers=vec!["audit-seq", "audit-when", "audit-who", "audit-action", "audit-record", "audit-changes"]
            empty=t("audit-none")
            rows={rows
                        .into_iter()
                        .map(|row| {
                            let changes = describe(&row.action, &row.changes);
                            view! {
                                <tr>
                                    <td>{row.seq}</td>
                                    <td>{date_time(row.at)}</td>
                                    <td>{rich(&actor(&row.actor))}</td>
                                    <td><bdi>{row.action.to_string()}</bdi></td>
                                    <td><bdi>{row.record}</bdi></td>
                                    <td class="detail">
                                        <ul class="changes">
                                            {changes.into_iter().map(|line| view! { <li>{rich(&line)}</li> }).collect_view()}
                                        </ul>
                                    </td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <nav class="pager" aria-label=t("shared-pages")>
            {older_href.map(|href| view! { <a href=href rel="next">{t("audit-older")}</a> })}
        </nav>
    }
}
