//! The audit log page: entries newest first, filtered by action and
//! record, and a check of the hash chain on demand.

use leptos::prelude::*;

use crate::audit::changes::describe;
use crate::components::DataTable;
use crate::model::AuditPage;

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
    view! {
        <h1>"Audit log"</h1>
        <p>
            "Every change to institutions, units, people, accounts, roles and roster imports, newest first. Entries cannot be changed: each carries the hash of the one before it."
        </p>
        {scoped
            .then(|| {
                view! {
                    <p>
                        "You see the entries about the people, accounts and units now in the units you administer."
                    </p>
                }
            })}
        {verdict
            .map(|verdict| {
                view! {
                    <p class="notice" class:success=intact class:error-summary=!intact role="status">
                        {verdict}
                    </p>
                }
            })}
        <form class="filters audit" method="get" action="/admin/audit">
            <div class="field">
                <label for="action">"Action"</label>
                <p class="hint">"Such as person.move, or person. for all"</p>
                <input id="action" name="action" type="text" value=action />
            </div>
            <div class="field">
                <label for="record">"Record"</label>
                <p class="hint">"Such as person:42, or account"</p>
                <input id="record" name="record" type="text" value=record />
            </div>
            <button type="submit" class="button">"Filter"</button>
        </form>
        {can_verify
            .then(|| {
                view! {
                    <p>
                        <a href="/admin/audit?verify=1">"Check that no entry was altered or removed"</a>
                    </p>
                }
            })}
        <p>
            <a href="/admin/sign-ins">"Sign-in attempts (the security log)"</a>
        </p>
        <DataTable
            caption="Audit entries" hide_caption=true
            headers=vec!["No.", "When", "Who", "Action", "Record", "What changed"]
            empty="No entries match these filters."
            rows={rows
                        .into_iter()
                        .map(|row| {
                            let changes = describe(&row.action, &row.changes);
                            view! {
                                <tr>
                                    <td>{row.seq}</td>
                                    <td>{row.at}</td>
                                    <td>{row.actor}</td>
                                    <td>{row.action.to_string()}</td>
                                    <td>{row.record}</td>
                                    <td class="detail">
                                        <ul class="changes">
                                            {changes.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                                        </ul>
                                    </td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <nav class="pager" aria-label="Pages">
            {older_href.map(|href| view! { <a href=href rel="next">"Older entries"</a> })}
        </nav>
    }
}
