//! The route table: which page an address names, and loading its data.
//!
//! This is the only place that maps paths to pages. Loading reads the
//! [`Store`]; a storage failure is logged here and becomes
//! [`Page::Unavailable`], which tells the reader nothing internal.

use std::collections::HashMap;

use crate::Page;
use crate::model::{
    AccountPage, AuditPage, AuditRow, Choice, InstitutionSwitch, PeoplePage, PeopleQuery, RosterPage, SignInForm,
    Viewer, utc_label,
};
use crate::store::{AuditFilter, Store, StoreError};

/// The page for `path` (without query string), given the query parameters
/// and who is asking.
pub async fn load(store: &dyn Store, path: &str, query: &HashMap<String, String>, viewer: Option<&Viewer>) -> Page {
    match load_or_fail(store, path, query, viewer).await {
        Ok(page) => page,
        Err(err) => {
            tracing::error!(%err, path, "a page could not be loaded");
            Page::Unavailable
        }
    }
}

async fn load_or_fail(
    store: &dyn Store,
    path: &str,
    query: &HashMap<String, String>,
    viewer: Option<&Viewer>,
) -> Result<Page, StoreError> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    let page = match segments.as_slice() {
        [] => Page::Home { cadres: store.cadre_summaries().await? },
        ["cadres", slug] => match store.cadre(slug).await? {
            Some(cadre) => Page::Cadre {
                courses: store.courses_for_cadre(slug).await?,
                cadre,
                query: query.get("q").map(|q| q.trim().to_string()).unwrap_or_default(),
            },
            None => Page::NotFound,
        },
        ["glossary"] => Page::Glossary(store.glossary().await?),
        ["sign-in"] => match viewer {
            Some(_) => Page::Redirect("/account".into()),
            None => Page::SignIn(SignInForm {
                next: local_path(query.get("next")),
                notice: query.contains_key("activated").then(|| {
                    "Your password is set. Sign in with your staff number or email and your new password.".into()
                }),
                ..SignInForm::default()
            }),
        },
        ["people"] => match viewer {
            None => Page::Redirect("/sign-in?next=/people".into()),
            Some(viewer) if !viewer.manages_people() => Page::Forbidden(NOT_A_MANAGER.into()),
            Some(viewer) => {
                let Some(reach) = reach(store, viewer, named(query)).await? else {
                    return Ok(Page::Forbidden(NOT_YOUR_INSTITUTION.into()));
                };
                let query = PeopleQuery {
                    q: query.get("q").cloned().unwrap_or_default(),
                    unit: query.get("unit").cloned().unwrap_or_default(),
                    cadre: query.get("cadre").cloned().unwrap_or_default(),
                    status: query.get("status").cloned().unwrap_or_else(|| "active".into()),
                    page: query.get("page").and_then(|p| p.parse().ok()).unwrap_or(1).max(1),
                };
                let (rows, total) = store.people(Some(&reach.scopes), &query, PEOPLE_PAGE_SIZE).await?;
                Page::People(Box::new(PeoplePage {
                    institution: reach.switch,
                    query,
                    rows,
                    total,
                    page_size: PEOPLE_PAGE_SIZE,
                    units: store.unit_choices(Some(&reach.scopes)).await?,
                    cadres: store.cadre_choices().await?,
                }))
            }
        },
        ["people", "roster"] => match viewer {
            None => Page::Redirect("/sign-in?next=/people/roster".into()),
            Some(viewer) if !viewer.manages_people() => Page::Forbidden(NOT_A_MANAGER.into()),
            Some(viewer) => match reach(store, viewer, named(query)).await? {
                Some(reach) => {
                    Page::Roster(Box::new(RosterPage { institution: reach.switch, ..RosterPage::default() }))
                }
                None => Page::Forbidden(NOT_YOUR_INSTITUTION.into()),
            },
        },
        ["people", id] => match viewer {
            None => Page::Redirect(format!("/sign-in?next=/people/{id}")),
            Some(viewer) => match id.parse::<i64>() {
                Ok(id) => match store.person(id).await? {
                    Some(person) if viewer.manages(&person.unit_path) => {
                        Page::Person(Box::new(with_roles(store, viewer, person).await?))
                    }
                    _ => Page::Forbidden(NOT_YOURS.into()),
                },
                Err(_) => Page::NotFound,
            },
        },
        ["admin", "audit"] => match viewer {
            None => Page::Redirect("/sign-in?next=/admin/audit".into()),
            Some(viewer) if !viewer.is_admin() => Page::Forbidden(NOT_AN_ADMIN.into()),
            Some(viewer) if query.contains_key("verify") && !viewer.is_deployment_admin() => {
                Page::Forbidden(NOT_A_DEPLOYMENT_ADMIN_AUDIT.into())
            }
            Some(viewer) => {
                let (institution_id, unit_scopes) = audit_reach(store, viewer).await?;
                let action = query.get("action").map(|a| a.trim().to_string()).unwrap_or_default();
                let record = query.get("record").map(|r| r.trim().to_string()).unwrap_or_default();
                let (record_type, record_id) = record.split_once(':').unwrap_or((record.as_str(), ""));
                let filter = AuditFilter {
                    institution_id,
                    unit_scopes,
                    action: action.clone(),
                    record_type: record_type.trim().to_string(),
                    record_id: record_id.trim().to_string(),
                    before: query.get("before").and_then(|b| b.parse().ok()),
                    limit: AUDIT_PAGE_SIZE + 1,
                };
                let entries = store.audit_search(&filter).await?;
                let older = (entries.len() as i64 > AUDIT_PAGE_SIZE).then(|| entries[AUDIT_PAGE_SIZE as usize - 1].seq);
                let rows = entries
                    .into_iter()
                    .take(AUDIT_PAGE_SIZE as usize)
                    .map(|e| AuditRow {
                        seq: e.seq,
                        at: utc_label(e.at),
                        actor: e.entry.actor,
                        action: e.entry.action,
                        record: format!("{}:{}", e.entry.record_type, e.entry.record_id),
                        changes: e.entry.changes,
                    })
                    .collect();
                Page::Audit(Box::new(AuditPage {
                    action,
                    record,
                    rows,
                    older,
                    scoped: filter.unit_scopes.is_some(),
                    can_verify: viewer.is_deployment_admin(),
                    ..AuditPage::default()
                }))
            }
        },
        ["admin", "institutions"] => match viewer {
            None => Page::Redirect("/sign-in?next=/admin/institutions".into()),
            Some(viewer) if !viewer.is_deployment_admin() => Page::Forbidden(NOT_A_DEPLOYMENT_ADMIN.into()),
            Some(_) => Page::Institutions(Box::new(crate::model::InstitutionsPage {
                institutions: store.institution_lines().await?,
                notice: query.contains_key("saved").then(|| "The institution was added.".to_string()),
                ..Default::default()
            })),
        },
        ["admin", "cadres"] => match viewer {
            None => Page::Redirect("/sign-in?next=/admin/cadres".into()),
            Some(viewer) if !viewer.is_deployment_admin() => Page::Forbidden(NOT_A_DEPLOYMENT_ADMIN.into()),
            Some(_) => Page::Cadres(Box::new(crate::model::CadresPage {
                cadres: store.cadre_lines().await?,
                notice: query.contains_key("saved").then(|| "Saved.".to_string()),
                ..Default::default()
            })),
        },
        ["admin", "units"] => match viewer {
            None => Page::Redirect("/sign-in?next=/admin/units".into()),
            Some(viewer) if !viewer.is_admin() => Page::Forbidden(NOT_AN_ADMIN_UNITS.into()),
            Some(viewer) => match reach(store, viewer, named(query)).await? {
                Some(reach) => {
                    Page::Units(Box::new(units_page(store, viewer, &reach, query.get("done").cloned()).await?))
                }
                None => Page::Forbidden(NOT_YOUR_INSTITUTION.into()),
            },
        },
        ["account"] => match viewer {
            None => Page::Redirect("/sign-in?next=/account".into()),
            Some(viewer) => match store.account_summary(viewer.account_id).await? {
                Some(summary) => Page::Account(Box::new(AccountPage {
                    summary,
                    password_errors: Default::default(),
                    password_changed: query.get("password").is_some_and(|v| v == "changed"),
                })),
                None => Page::NotFound,
            },
        },
        ["courses", slug] => store.course(slug).await?.map(Page::Course).unwrap_or(Page::NotFound),
        ["courses", course, lesson] => lesson_page(store, course, None, lesson).await?,
        ["courses", course, "versions", version, lesson] => match version.parse::<i64>() {
            Ok(version) => lesson_page(store, course, Some(version), lesson).await?,
            Err(_) => Page::NotFound,
        },
        _ => Page::NotFound,
    };
    Ok(page)
}

async fn lesson_page(store: &dyn Store, course: &str, version: Option<i64>, lesson: &str) -> Result<Page, StoreError> {
    Ok(store.lesson(course, version, lesson).await?.map(Page::Lesson).unwrap_or(Page::NotFound))
}

/// `next` if it is a path on this site, else "" (no open redirects).
pub fn local_path(next: Option<&String>) -> String {
    match next {
        Some(path) if path.starts_with('/') && !path.starts_with("//") && !path.contains('\\') => path.clone(),
        _ => String::new(),
    }
}

/// People per page of the people list.
pub const PEOPLE_PAGE_SIZE: i64 = 50;

pub const NOT_A_MANAGER: &str = "Only HR officers and administrators can see people. If you need to, ask an administrator for the HR role for your unit.";

/// The same answer for a person outside the viewer's units and for one who
/// does not exist, so the answer reveals nothing.
pub const NOT_YOURS: &str = "This person is not in a unit you manage.";

/// Entries per page of the audit log.
pub const AUDIT_PAGE_SIZE: i64 = 50;

pub const NOT_AN_ADMIN: &str = "Only administrators can read the audit log.";

pub const NOT_A_DEPLOYMENT_ADMIN_AUDIT: &str =
    "Only the deployment's administrators can check the whole audit log: it holds every institution's entries.";

/// What part of the audit log `viewer` (an administrator) reads: the
/// institution (None: every one, for a deployment administrator) and the
/// unit subtrees whose records' entries they see (None: every entry of the
/// institution, for an administrator of all its top units). Any other
/// administrator sees the entries about the people, accounts and units now
/// in the units they administer, and none about no unit (the institution
/// itself, roster imports).
pub async fn audit_reach(store: &dyn Store, viewer: &Viewer) -> Result<(Option<i64>, Option<Vec<String>>), StoreError> {
    if viewer.is_deployment_admin() {
        return Ok((None, None));
    }
    let tops: Vec<String> = store
        .institution_units(viewer.institution_id)
        .await?
        .into_iter()
        .filter(|unit| unit.parent_id.is_none())
        .map(|unit| unit.path)
        .collect();
    if !tops.is_empty() && tops.iter().all(|top| viewer.administers(top)) {
        return Ok((Some(viewer.institution_id), None));
    }
    let administered = viewer
        .grants
        .iter()
        .filter(|grant| grant.role == crate::model::Role::Admin)
        .filter_map(|grant| grant.unit_path.clone())
        .collect();
    Ok((Some(viewer.institution_id), Some(administered)))
}

/// A person's page gains their roles and, for their administrator, the
/// units where roles can be granted.
pub async fn with_roles(
    store: &dyn Store,
    viewer: &Viewer,
    mut person: crate::model::PersonDetail,
) -> Result<crate::model::PersonDetail, StoreError> {
    if let Some(account) = store.account_of(person.id).await? {
        person.roles = store.roles_of(account).await?;
    }
    if viewer.administers(&person.unit_path) {
        let scopes: Vec<String> = if viewer.is_deployment_admin() {
            // The institution's root is the first id of the unit's path: "/1/4/9/" → "/1/".
            person.unit_path.split('/').nth(1).map(|id| format!("/{id}/")).into_iter().collect()
        } else {
            viewer
                .grants
                .iter()
                .filter(|g| g.role == crate::model::Role::Admin)
                .filter_map(|g| g.unit_path.clone())
                .collect()
        };
        person.role_units = store.unit_choices(Some(&scopes)).await?;
    }
    Ok(person)
}

pub const NOT_AN_ADMIN_UNITS: &str = "Only administrators can change units.";

/// The unit tree of the institution within reach, with the units the viewer administers as choices.
pub async fn units_page(
    store: &dyn Store,
    viewer: &Viewer,
    reach: &Reach,
    notice: Option<String>,
) -> Result<crate::model::UnitsPage, StoreError> {
    let units = store.institution_units(reach.institution_id).await?;
    let depth = |path: &str| path.matches('/').count().saturating_sub(2);
    let notice = notice.map(|done| match done.as_str() {
        "moved" => "The unit was moved, with every unit below it.".to_string(),
        _ => "The unit was added.".to_string(),
    });
    Ok(crate::model::UnitsPage {
        institution: reach.switch.clone(),
        choices: units
            .iter()
            .filter(|u| viewer.administers(&u.path))
            .map(|u| crate::model::Choice {
                value: u.id.to_string(),
                label: format!("{}{} ({})", "\u{2003}".repeat(depth(&u.path)), u.name, u.code),
            })
            .collect(),
        units: units
            .iter()
            .map(|u| crate::model::UnitLine {
                id: u.id,
                code: u.code.clone(),
                name: u.name.clone(),
                depth: depth(&u.path),
            })
            .collect(),
        top_level: viewer.is_deployment_admin(),
        notice,
        ..Default::default()
    })
}

pub const NOT_A_DEPLOYMENT_ADMIN: &str =
    "Cadres are shared by every institution of this Tutela: only its deployment administrators change them.";

pub const NOT_YOUR_INSTITUTION: &str = "There is no such institution, or it is not yours: HR officers and administrators act on their own institution's people and units only.";

/// Where a people, roster or units page acts: one institution, and the
/// unit paths within it (or beyond, for grants shared on purpose) that
/// the viewer manages.
#[derive(Clone, Debug)]
pub struct Reach {
    pub institution_id: i64,
    /// The unit paths (subtrees) managed there: the viewer's
    /// [`Viewer::people_scopes`], or for a deployment administrator the
    /// chosen institution's top units.
    pub scopes: Vec<String>,
    pub switch: InstitutionSwitch,
}

/// Which institution a request names.
#[derive(Clone, Copy, Debug)]
pub enum Named<'a> {
    /// By slug (`?institution=`, or a form's `institution` field); empty:
    /// the caller's own.
    Slug(&'a str),
    /// By id: the institution of a record, such as a kept roster upload.
    Id(i64),
}

/// The institution a page's query string names.
fn named(query: &HashMap<String, String>) -> Named<'_> {
    Named::Slug(query.get("institution").map_or("", String::as_str))
}

/// The reach of `viewer` in the institution `named`. `None` when the viewer
/// may not act there, or it does not exist: a deployment administrator
/// acts on any institution, everyone else on their own.
pub async fn reach(store: &dyn Store, viewer: &Viewer, named: Named<'_>) -> Result<Option<Reach>, StoreError> {
    let institutions = store.institutions().await?;
    let chosen = match named {
        Named::Slug(slug) if !slug.trim().is_empty() => institutions.iter().find(|(_, s, _)| s == slug.trim()),
        Named::Slug(_) => institutions.iter().find(|(id, _, _)| *id == viewer.institution_id),
        Named::Id(wanted) => institutions.iter().find(|(id, _, _)| *id == wanted),
    };
    let Some((id, slug, name)) = chosen.cloned() else { return Ok(None) };
    if !viewer.is_deployment_admin() {
        if id != viewer.institution_id {
            return Ok(None);
        }
        let switch = InstitutionSwitch { slug, name, others: Vec::new() };
        // Only a deployment administrator's scopes are None.
        let scopes = viewer.people_scopes().unwrap_or_default();
        return Ok(Some(Reach { institution_id: id, scopes, switch }));
    }
    let tops: Vec<String> = store
        .institution_units(id)
        .await?
        .into_iter()
        .filter(|unit| unit.parent_id.is_none())
        .map(|unit| unit.path)
        .collect();
    let others = institutions.into_iter().map(|(_, value, label)| Choice { value, label }).collect();
    Ok(Some(Reach { institution_id: id, scopes: tops, switch: InstitutionSwitch { slug, name, others } }))
}
