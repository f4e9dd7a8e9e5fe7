//! The people an HR officer or administrator manages: the list (search,
//! filters, pages; a GET form, so it works without JavaScript) and one
//! person with their history and account.

use leptos::prelude::*;

use crate::components::{CsrfField, DataTable, InstitutionField, InstitutionPicker, Select, role_on};
use crate::model::{AccountState, Choice, InstitutionSwitch, PeoplePage, PeopleQuery, PersonDetail, PersonStatus};

/// The address of a page of the list with the same filters.
fn list_href(institution: &InstitutionSwitch, query: &PeopleQuery, page: i64) -> String {
    let mut parts = vec![format!("page={page}")];
    for (key, value) in [("q", &query.q), ("unit", &query.unit), ("cadre", &query.cadre)] {
        if !value.is_empty() {
            parts.push(format!("{key}={}", encode(value)));
        }
    }
    // Always said: a list without `status` shows the active only.
    parts.push(format!("status={}", query.status.map(PersonStatus::as_str).unwrap_or_default()));
    format!("/people?{}{}", parts.join("&"), institution.query('&'))
}

/// Percent-encodes a query value.
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

#[component]
pub fn PeopleView(page: PeoplePage) -> impl IntoView {
    let PeoplePage { institution, query, rows, total, page_size, units, cadres } = page;
    let pages = ((total + page_size - 1) / page_size).max(1);
    let current = query.page.min(pages);
    let statuses: Vec<Choice> = PersonStatus::ALL
        .into_iter()
        .map(|status| Choice { value: status.as_str().into(), label: status.label().into() })
        .collect();
    let status = query.status.map(PersonStatus::as_str).unwrap_or_default().to_string();
    let count = match total {
        0 => "No one matches these filters.".to_string(),
        1 => "1 person".to_string(),
        n => format!("{n} people"),
    };
    let previous = (current > 1).then(|| list_href(&institution, &query, current - 1));
    let next = (current < pages).then(|| list_href(&institution, &query, current + 1));
    let in_institution = institution.query('?');
    view! {
        <h1>"People"</h1>
        <InstitutionPicker action="/people" switch=institution.clone() />
        <p class="actions">
            <a href=format!("/people/roster{in_institution}")>"Import a roster"</a>
            " · "
            <a href=format!("/people/roster.csv{in_institution}")>"Export your people (CSV)"</a>
        </p>
        <form method="post" action="/people/invitations.csv" class="spaced">
            <CsrfField />
            <InstitutionField switch=institution.clone() />
            <button type="submit" class="link">
                "Download activation links for everyone not yet activated (CSV)"
            </button>
            <span class="facts">" Each download replaces the links given before."</span>
        </form>
        <form class="filters" method="get" action="/people">
            <InstitutionField switch=institution />
            <div class="field">
                <label for="q">"Name, staff number or email"</label>
                <input id="q" name="q" type="search" value=query.q.clone() />
            </div>
            <Select name="unit" label="Unit" choices=units selected=query.unit.clone() all="All your units" />
            <Select name="cadre" label="Cadre" choices=cadres selected=query.cadre.clone() all="All cadres" />
            <Select name="status" label="Status" choices=statuses selected=status all="Active and left" />
            <button type="submit" class="button">"Filter"</button>
        </form>
        <p class="facts" role="status">{count}</p>
        <DataTable
            caption="People" hide_caption=true
            headers=vec!["Name", "Staff number", "Cadre", "Unit", "Status", "Account"]
            empty="No one to show."
            rows={rows
                        .into_iter()
                        .map(|row| {
                            let href = format!("/people/{}", row.id);
                            view! {
                                <tr>
                                    <td>
                                        <a href=href>{row.name}</a>
                                    </td>
                                    <td>{row.staff_number}</td>
                                    <td>{row.cadre}</td>
                                    <td>{row.unit}</td>
                                    <td>{row.status.label()}</td>
                                    <td>{row.account.label()}</td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <nav class="pager" aria-label="Pages">
            {previous.map(|href| view! { <a href=href rel="prev">"Previous page"</a> })}
            <span>{format!("Page {current} of {pages}")}</span>
            {next.map(|href| view! { <a href=href rel="next">"Next page"</a> })}
        </nav>
    }
}

#[component]
pub fn PersonView(person: PersonDetail) -> impl IntoView {
    let PersonDetail {
        id,
        staff_number,
        name,
        email,
        institution,
        unit,
        cadre,
        hire_date,
        status,
        left_on,
        placements,
        account,
        new_link,
        roles,
        role_units,
        may_act,
        ..
    } = person;
    let can_grant = may_act && !role_units.is_empty() && account != AccountState::NoAccount;
    let status = match left_on {
        Some(date) => format!("{} (left {date})", status.label()),
        None => status.label().to_string(),
    };
    let invite_label = match account {
        AccountState::Active | AccountState::Locked => "Create a password-reset link",
        _ => "Create an activation link",
    };
    let has_account = may_act && account != AccountState::NoAccount;
    let locked = may_act && account == AccountState::Locked;
    let link_notice = new_link.map(|link| {
        let for_whom = format!("Pass this link to {name}. It works once; an older link no longer works.");
        view! {
            <div class="notice success" role="status">
                <p>{for_whom}</p>
                <label for="new-link">"Link"</label>
                <input id="new-link" class="link-box" type="text" readonly value=link />
            </div>
        }
    });
    view! {
        <p class="crumbs">
            <a href="/people">"People"</a>
        </p>
        <h1>{name.clone()}</h1>
        <dl class="facts-list">
            <dt>"Staff number"</dt>
            <dd>{staff_number}</dd>
            <dt>"Email"</dt>
            <dd>{email.unwrap_or_else(|| "none recorded".into())}</dd>
            <dt>"Institution"</dt>
            <dd>{institution}</dd>
            <dt>"Unit"</dt>
            <dd>{unit}</dd>
            <dt>"Cadre"</dt>
            <dd>{cadre}</dd>
            <dt>"Hired"</dt>
            <dd>{hire_date}</dd>
            <dt>"Status"</dt>
            <dd>{status}</dd>
        </dl>
        <h2>"History"</h2>
        <DataTable
            caption="History" hide_caption=true
            headers=vec!["From", "To", "Unit", "Cadre", "Status"]
            empty="No placements recorded."
            rows={placements
                        .into_iter()
                        .map(|p| {
                            view! {
                                <tr>
                                    <td>{p.from}</td>
                                    <td>{p.to.unwrap_or_else(|| "now".into())}</td>
                                    <td>{p.unit}</td>
                                    <td>{p.cadre}</td>
                                    <td>{p.status.label()}</td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <h2 id="account">"Account"</h2>
        <p>{account.label()}</p>
        {(!may_act && account != AccountState::NoAccount)
            .then(|| {
                view! {
                    <p class="facts">
                        "Only an administrator of every unit this person holds a role in can issue their links, unlock their account or change their roles; nobody can do so for their own account here."
                    </p>
                }
            })}
        {link_notice}
        {has_account
            .then(|| {
                let action = format!("/people/{id}/invite");
                view! {
                    <form method="post" action=action>
                        <CsrfField />
                        <button type="submit" class="button">{invite_label}</button>
                    </form>
                }
            })}
        <h2 id="roles">"Roles"</h2>
        <ul class="roles">
            <li>"Learner (every account)"</li>
            {roles
                .into_iter()
                .map(|line| {
                    let action = format!("/people/{id}/roles/{}/revoke", line.grant_id);
                    let label = role_on(line.role, line.unit.as_deref());
                    view! {
                        <li>
                            {label}
                            {line
                                .revocable
                                .then(|| {
                                    view! {
                                        <form class="inline" method="post" action=action>
                                            <CsrfField />
                                            <button type="submit" class="link">"Revoke"</button>
                                        </form>
                                    }
                                })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
        {can_grant
            .then(|| {
                let action = format!("/people/{id}/roles");
                let roles = vec![
                    Choice { value: "author".into(), label: "Author".into() },
                    Choice { value: "reviewer".into(), label: "Reviewer".into() },
                    Choice { value: "hr".into(), label: "HR".into() },
                    Choice { value: "admin".into(), label: "Administrator".into() },
                ];
                view! {
                    <form class="filters grant" method="post" action=action>
                        <CsrfField />
                        <Select name="role" label="Role" choices=roles selected=String::new() all="Choose a role" />
                        <Select name="unit" label="In the unit and below" choices=role_units selected=String::new() all="Choose a unit" />
                        <button type="submit" class="button">"Grant"</button>
                    </form>
                }
            })}
        {(may_act && account == AccountState::Active)
            .then(|| {
                let action = format!("/people/{id}/lock");
                view! {
                    <form method="post" action=action class="spaced">
                        <CsrfField />
                        <p class="hint">
                            "Locking signs the person out everywhere and stops every sign-in until the account is unlocked."
                        </p>
                        <button type="submit" class="button secondary">"Lock the account"</button>
                    </form>
                }
            })}
        {locked
            .then(|| {
                let action = format!("/people/{id}/unlock");
                view! {
                    <form method="post" action=action class="spaced">
                        <CsrfField />
                        <button type="submit" class="button">"Unlock the account"</button>
                    </form>
                }
            })}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_of_a_list_keep_its_status_filter() {
        let switch = InstitutionSwitch::default();
        let query = |status| PeopleQuery { q: "ok".into(), status, page: 1, ..Default::default() };
        // Without `status` the list shows the active only, so "active and
        // left" must be written out (empty) for the next page to keep it.
        assert_eq!(list_href(&switch, &query(None), 2), "/people?page=2&q=ok&status=");
        assert_eq!(list_href(&switch, &query(Some(PersonStatus::Left)), 2), "/people?page=2&q=ok&status=left");
        assert_eq!(list_href(&switch, &query(Some(PersonStatus::Active)), 3), "/people?page=3&q=ok&status=active");
    }
}
