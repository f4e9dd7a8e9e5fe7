//! The security log page: sign-in attempts, newest first, for
//! administrators (each sees the accounts of the units they administer; a
//! deployment administrator also sees attempts that named no account).

use leptos::prelude::*;

use crate::components::{DataTable, Select};
use crate::i18n::{Msg, date_time, t, tm};
use crate::model::SignInsPage;

/// The security log page: the outcome filter, the attempts and older pages.
#[component]
pub fn SignInsView(page: SignInsPage) -> impl IntoView {
    let SignInsPage { outcome, outcomes, rows, older, retention_days } = page;
    let older_href = older.map(|before| {
        let filter = if outcome.is_empty() { String::new() } else { format!("&outcome={outcome}") };
        format!("/admin/sign-ins?before={before}{filter}")
    });
    let intro = tm(&Msg::new("accounts-sign-ins-intro").arg("days", retention_days));
    view! {
        <p class="crumbs">
            <a href="/admin/audit">{t("shared-nav-audit")}</a>
        </p>
        <h1>{t("accounts-sign-ins-heading")}</h1>
        <p>{intro}</p>
        <form class="filters audit" method="get" action="/admin/sign-ins">
            <Select
                name="outcome"
                label="accounts-sign-ins-outcome"
                choices=outcomes
                selected=outcome
                all="accounts-sign-ins-every-outcome"
            />
            <button type="submit" class="button">{t("accounts-sign-ins-filter")}</button>
        </form>
        <DataTable
            caption=t("accounts-sign-ins-heading") hide_caption=true
            headers=vec![
                "accounts-sign-ins-when",
                "accounts-sign-ins-account",
                "accounts-sign-ins-address",
                "accounts-sign-ins-outcome",
            ]
            empty=t("accounts-sign-ins-none")
            rows={rows
                        .into_iter()
                        .map(|row| {
                            let account = match row.person {
                                Some((id, name, staff_number)) => {
                                    let href = format!("/people/{id}");
                                    view! { <a href=href><bdi>{format!("{name} ({staff_number})")}</bdi></a> }.into_any()
                                }
                                None => t("accounts-sign-ins-no-account").into_any(),
                            };
                            let outcome = tm(&Msg::new("accounts-outcome").arg("outcome", crate::i18n::Arg::word(row.outcome)));
                            view! {
                                <tr>
                                    <td>{date_time(row.at)}</td>
                                    <td>{account}</td>
                                    <td><bdi>{row.address}</bdi></td>
                                    <td>{outcome}</td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <nav class="pager" aria-label=t("shared-pages")>
            {older_href.map(|href| view! { <a href=href rel="next">{t("accounts-sign-ins-older")}</a> })}
        </nav>
    }
}
