//! The security log page: sign-in attempts, newest first, for
//! administrators (each sees the accounts of the units they administer; a
//! deployment administrator also sees attempts that named no account).

use leptos::prelude::*;

use crate::components::{DataTable, Select};
use crate::model::SignInsPage;

/// The security log page: the outcome filter, the attempts and older pages.
#[component]
pub fn SignInsView(page: SignInsPage) -> impl IntoView {
    let SignInsPage { outcome, outcomes, rows, older, retention_days } = page;
    let older_href = older.map(|before| {
        let filter = if outcome.is_empty() { String::new() } else { format!("&outcome={outcome}") };
        format!("/admin/sign-ins?before={before}{filter}")
    });
    let intro = format!(
        "Every attempt to sign in, newest first: when, whose account, from which network address, and what became of it. Passwords are never recorded. Attempts are kept for {retention_days} days."
    );
    view! {
        <p class="crumbs">
            <a href="/admin/audit">"Audit log"</a>
        </p>
        <h1>"Sign-in attempts"</h1>
        <p>{intro}</p>
        <form class="filters audit" method="get" action="/admin/sign-ins">
            <Select name="outcome" label="Outcome" choices=outcomes selected=outcome all="Every outcome" />
            <button type="submit" class="button">"Filter"</button>
        </form>
        <DataTable
            caption="Sign-in attempts" hide_caption=true
            headers=vec!["When", "Account", "Address", "Outcome"]
            empty="No sign-in attempts to show."
            rows={rows
                        .into_iter()
                        .map(|row| {
                            let account = match row.person {
                                Some((id, name, staff_number)) => {
                                    let href = format!("/people/{id}");
                                    view! { <a href=href>{format!("{name} ({staff_number})")}</a> }.into_any()
                                }
                                None => view! { "no such account" }.into_any(),
                            };
                            view! {
                                <tr>
                                    <td>{row.at}</td>
                                    <td>{account}</td>
                                    <td>{row.address}</td>
                                    <td>{row.outcome}</td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <nav class="pager" aria-label="Pages">
            {older_href.map(|href| view! { <a href=href rel="next">"Older attempts"</a> })}
        </nav>
    }
}
