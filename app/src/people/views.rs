//! The people an HR officer or administrator manages: the list (search,
//! filters, pages; a GET form, so it works without JavaScript) and one
//! person with their history and account.

use leptos::prelude::*;

use crate::components::{CsrfField, DataTable, InstitutionField, InstitutionPicker, Pager, Paging, Select};
use crate::i18n::{Msg, date, rich, t, tm};
use crate::model::{
    AccountState, Choice, InstitutionSwitch, PeoplePage, PeopleQuery, PersonDetail, PersonStatus, Role,
    WHOLE_DEPLOYMENT,
};

/// The address of a page of the list with the same filters.
fn list_href(institution: &InstitutionSwitch, query: &PeopleQuery, page: i64) -> String {
    let mut parts = vec![format!("page={page}")];
    for (key, value) in [("q", &query.q), ("unit", &query.unit), ("cadre", &query.cadre)] {
        if !value.is_empty() {
            parts.push(format!("{key}={}", crate::components::encode(value)));
        }
    }
    // Always said: a list without `status` shows the active only.
    parts.push(format!("status={}", query.status.map(PersonStatus::as_str).unwrap_or_default()));
    format!("/people?{}{}", parts.join("&"), institution.query('&'))
}

#[component]
pub fn PeopleView(page: PeoplePage) -> impl IntoView {
    let PeoplePage { institution, query, rows, total, page_size, units, cadres } = page;
    let paging = Paging::new(total, page_size, query.page);
    let statuses: Vec<Choice> = PersonStatus::ALL
        .into_iter()
        .map(|status| Choice { value: status.as_str().into(), label: tm(&status.msg()) })
        .collect();
    let status = query.status.map(PersonStatus::as_str).unwrap_or_default().to_string();
    let count = crate::t!("people-count", count = total);
    let page_href = {
        let (institution, query) = (institution.clone(), query.clone());
        move |page| list_href(&institution, &query, page)
    };
    let in_institution = institution.query('?');
    view! {
        <h1>{t("people-heading")}</h1>
        <InstitutionPicker action="/people" switch=institution.clone() />
        <p class="actions">
            <a href=format!("/people/roster{in_institution}")>{t("people-import-roster")}</a>
            " · "
            <a href=format!("/people/roster.csv{in_institution}")>{t("people-export-roster")}</a>
        </p>
        <form method="post" action="/people/invitations.csv" class="spaced">
            <CsrfField />
            <InstitutionField switch=institution.clone() />
            <button type="submit" class="link">
                {t("people-download-links")}
            </button>
            " "
            <span class="facts">{t("people-download-links-note")}</span>
        </form>
        <form class="filters" method="get" action="/people">
            <InstitutionField switch=institution />
            <div class="field">
                <label for="q">{t("people-search")}</label>
                <input id="q" name="q" type="search" value=query.q.clone() />
            </div>
            <Select name="unit" label="people-unit" choices=units selected=query.unit.clone() all="people-all-units" />
            <Select name="cadre" label="people-cadre" choices=cadres selected=query.cadre.clone() all="people-all-cadres" />
            <Select
                name="status"
                label="people-status"
                choices=statuses
                selected=status
                all="people-active-and-left"
            />
            <button type="submit" class="button">{t("people-filter")}</button>
        </form>
        <p class="facts" role="status">{count}</p>
        <DataTable
            caption=t("people-heading") hide_caption=true
            headers=vec!["people-name", "people-staff-number", "people-cadre", "people-unit", "people-status", "people-account"]
            empty=t("people-none-to-show")
            rows={rows
                        .into_iter()
                        .map(|row| {
                            let href = format!("/people/{}", row.id);
                            view! {
                                <tr>
                                    <td>
                                        <a href=href><bdi>{row.name}</bdi></a>
                                    </td>
                                    <td><bdi>{row.staff_number}</bdi></td>
                                    <td><bdi>{row.cadre}</bdi></td>
                                    <td><bdi>{row.unit}</bdi></td>
                                    <td>{tm(&row.status.msg())}</td>
                                    <td>{tm(&row.account.msg())}</td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        <Pager paging href=page_href />
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
        mut role_units,
        grants_deployment_wide,
        may_act,
        learning,
        ..
    } = person;
    if grants_deployment_wide {
        let whole = Choice { value: WHOLE_DEPLOYMENT.into(), label: t("people-role-whole-deployment") };
        role_units.insert(0, whole);
    }
    let can_grant = may_act && !role_units.is_empty() && account != AccountState::NoAccount;
    let status = match left_on {
        Some(on) => crate::t!("people-left-on", date = date(&on)),
        None => tm(&status.msg()),
    };
    let invite_label = match account {
        AccountState::Active | AccountState::Locked => "people-create-reset-link",
        _ => "people-create-activation-link",
    };
    let has_account = may_act && account != AccountState::NoAccount;
    let locked = may_act && account == AccountState::Locked;
    let email = match email {
        Some(email) => view! { <bdi>{email}</bdi> }.into_any(),
        None => t("people-no-email").into_any(),
    };
    let link_notice = new_link.map(|link| {
        let for_whom = Msg::new("people-pass-link-on").arg("name", name.clone());
        view! {
            <div class="notice success" role="status">
                <p>{rich(&for_whom)}</p>
                <label for="new-link">{t("people-link")}</label>
                <input id="new-link" class="link-box" type="text" readonly value=link />
            </div>
        }
    });
    view! {
        <p class="crumbs">
            <a href="/people">{t("people-heading")}</a>
        </p>
        <h1><bdi>{name.clone()}</bdi></h1>
        <dl class="facts-list">
            <dt>{t("people-staff-number")}</dt>
            <dd><bdi>{staff_number}</bdi></dd>
            <dt>{t("people-email")}</dt>
            <dd>{email}</dd>
            <dt>{t("people-institution")}</dt>
            <dd><bdi>{institution}</bdi></dd>
            <dt>{t("people-unit")}</dt>
            <dd><bdi>{unit}</bdi></dd>
            <dt>{t("people-cadre")}</dt>
            <dd><bdi>{cadre}</bdi></dd>
            <dt>{t("people-hired")}</dt>
            <dd>{date(&hire_date)}</dd>
            <dt>{t("people-status")}</dt>
            <dd>{status}</dd>
        </dl>
        <h2>{t("people-history")}</h2>
        <DataTable
            caption=t("people-history") hide_caption=true
            headers=vec!["people-from", "people-to", "people-unit", "people-cadre", "people-status"]
            empty=t("people-no-placements")
            rows={placements
                        .into_iter()
                        .map(|p| {
                            view! {
                                <tr>
                                    <td>{date(&p.from)}</td>
                                    <td>{p.to.map_or_else(|| t("people-now"), |to| date(&to))}</td>
                                    <td><bdi>{p.unit}</bdi></td>
                                    <td><bdi>{p.cadre}</bdi></td>
                                    <td>{tm(&p.status.msg())}</td>
                                </tr>
                            }
                        })
                        .map(IntoAny::into_any).collect::<Vec<_>>()}
        />
        {learning.map(|learning| view! { <crate::learning::hr::PersonLearningPart learning /> })}
        <h2 id="account">{t("people-account-heading")}</h2>
        <p>{tm(&account.msg())}</p>
        {(!may_act && account != AccountState::NoAccount)
            .then(|| view! { <p class="facts">{t("people-may-not-act")}</p> })}
        {link_notice}
        {has_account
            .then(|| {
                let action = format!("/people/{id}/invite");
                view! {
                    <form method="post" action=action>
                        <CsrfField />
                        <button type="submit" class="button">{t(invite_label)}</button>
                    </form>
                }
            })}
        <h2 id="roles">{t("people-roles-heading")}</h2>
        <ul class="roles">
            <li>{t("people-role-learner")}</li>
            {roles
                .into_iter()
                .map(|line| {
                    let action = format!("/people/{id}/roles/{}/revoke", line.grant_id);
                    // The shared words of `components::role_on`, with the unit's name in a `<bdi>`.
                    let label = match line.unit {
                        Some(unit) => Msg::new("shared-role-on-unit").arg("role", line.role.msg()).arg("unit", unit),
                        None => Msg::new("shared-role-everywhere").arg("role", line.role.msg()),
                    };
                    view! {
                        <li>
                            {rich(&label)}
                            {line
                                .revocable
                                .then(|| {
                                    view! {
                                        <form class="inline" method="post" action=action>
                                            <CsrfField />
                                            <button type="submit" class="link">{t("people-revoke")}</button>
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
                let roles = [Role::Author, Role::Reviewer, Role::Hr, Role::Admin]
                    .into_iter()
                    .map(|role| Choice { value: role.as_str().into(), label: tm(&role.msg()) })
                    .collect();
                view! {
                    <form class="filters grant" method="post" action=action>
                        <CsrfField />
                        <Select name="role" label="people-role" choices=roles selected=String::new() all="people-choose-role" />
                        <Select
                            name="unit"
                            label="people-role-unit"
                            choices=role_units
                            selected=String::new()
                            all="people-choose-unit"
                        />
                        <button type="submit" class="button">{t("people-grant")}</button>
                        {grants_deployment_wide
                            .then(|| view! { <p class="hint">{t("people-role-whole-deployment-hint")}</p> })}
                    </form>
                }
            })}
        {(may_act && account == AccountState::Active)
            .then(|| {
                let action = format!("/people/{id}/lock");
                view! {
                    <form method="post" action=action class="spaced">
                        <CsrfField />
                        <p class="hint">{t("people-lock-hint")}</p>
                        <button type="submit" class="button secondary">{t("people-lock")}</button>
                    </form>
                }
            })}
        {locked
            .then(|| {
                let action = format!("/people/{id}/unlock");
                view! {
                    <form method="post" action=action class="spaced">
                        <CsrfField />
                        <button type="submit" class="button">{t("people-unlock")}</button>
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
