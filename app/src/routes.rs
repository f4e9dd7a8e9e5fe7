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
                    // Any number is a page: past the last one answers the last one.
                    page: query.get("page").and_then(|p| p.trim().parse::<i64>().ok()).unwrap_or(1).clamp(1, MAX_PAGE),
                };
                let (mut rows, total) = store.people(Some(&reach.scopes), &query, PEOPLE_PAGE_SIZE).await?;
                let last = ((total + PEOPLE_PAGE_SIZE - 1) / PEOPLE_PAGE_SIZE).max(1);
                let mut query = query;
                if query.page > last {
                    query.page = last;
                    rows = store.people(Some(&reach.scopes), &query, PEOPLE_PAGE_SIZE).await?.0;
                }
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
        ["admin", "sign-ins"] => match viewer {
            None => Page::Redirect("/sign-in?next=/admin/sign-ins".into()),
            Some(viewer) if !viewer.is_admin() => Page::Forbidden(NOT_AN_ADMIN_SIGN_INS.into()),
            Some(viewer) => {
                let outcome = query
                    .get("outcome")
                    .and_then(|word| crate::store::access::SignInOutcome::parse(word.trim()))
                    .map(|outcome| outcome.as_str().to_string())
                    .unwrap_or_default();
                let before = query.get("before").and_then(|b| b.parse::<i64>().ok()).map(|b| b.max(0));
                let scopes = viewer.admin_scopes();
                let rows = store.sign_in_log(scopes.as_deref(), &outcome, before, SIGN_INS_PAGE_SIZE + 1).await?;
                let older = (rows.len() as i64 > SIGN_INS_PAGE_SIZE).then(|| rows[SIGN_INS_PAGE_SIZE as usize - 1].id);
                let outcomes = crate::store::access::SignInOutcome::ALL
                    .into_iter()
                    .map(|o| Choice { value: o.as_str().into(), label: o.label().into() })
                    .collect();
                Page::SignIns(Box::new(crate::model::SignInsPage {
                    outcome,
                    outcomes,
                    rows: rows.into_iter().take(SIGN_INS_PAGE_SIZE as usize).collect(),
                    older,
                    retention_days: 0,
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

/// `next` if it is the address of a page of this site, else "" (then the
/// caller goes to the home page): no open redirects. Refused: anything
/// that does not start with one `/`, a backslash, whitespace or a control
/// character anywhere, any percent-encoding in the path (which could hide
/// `//`, `\\` or a control character from this check but not from a
/// browser), and paths that name no page.
pub fn local_path(next: Option<&String>) -> String {
    let Some(next) = next else { return String::new() };
    let (path, query) = next.split_once('?').unwrap_or((next.as_str(), ""));
    let safe = next.len() <= 2048
        && path.starts_with('/')
        && !path.starts_with("//")
        && !next.chars().any(|c| c == '\\' || c.is_whitespace() || c.is_control())
        && !path.contains('%')
        && !query.contains("%0")
        && !query.contains("%5C")
        && !query.contains("%5c")
        && is_page(path);
    if safe { next.clone() } else { String::new() }
}

/// Whether `path` has the shape of one of the route table's pages (whether
/// the record it names exists is for the page to say).
pub fn is_page(path: &str) -> bool {
    let segments: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    match segments.as_slice() {
        [""] => true,
        ["glossary" | "account" | "people"] => true,
        ["people", "roster"] => true,
        ["admin", "audit" | "units" | "cadres" | "institutions" | "sign-ins"] => true,
        ["cadres" | "courses" | "people", slug] => word(slug),
        ["courses", course, lesson] => word(course) && word(lesson),
        ["courses", course, "versions", version, lesson] => {
            word(course) && version.chars().all(|c| c.is_ascii_digit()) && word(lesson)
        }
        _ => false,
    }
}

/// People per page of the people list.
pub const PEOPLE_PAGE_SIZE: i64 = 50;

/// The highest page number a list is asked for: beyond it the offset could
/// overflow; a list that long has not got so many pages anyway.
pub const MAX_PAGE: i64 = 1_000_000_000;

pub const NOT_A_MANAGER: &str = "Only HR officers and administrators can see people. If you need to, ask an administrator for the HR role for your unit.";

/// The same answer for a person outside the viewer's units and for one who
/// does not exist, so the answer reveals nothing.
pub const NOT_YOURS: &str = "This person is not in a unit you manage.";

/// Acting on an account that holds a role beyond what the viewer administers.
pub const MORE_POWERFUL: &str = "This person holds a role beyond the units you administer, so only an administrator \
     of that scope can issue their links, lock or unlock their account or change their roles.";

/// Acting on one's own account through a person's page.
pub const NOT_YOURSELF: &str = "You cannot do this to your own account. Change your password under Your account; \
     another administrator can change your roles.";

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

pub const NOT_AN_ADMIN_SIGN_INS: &str = "Only administrators can read the sign-in attempts.";

/// Attempts per page of the security log.
pub const SIGN_INS_PAGE_SIZE: i64 = 50;

/// A person's page gains their roles, whether the viewer may act on their
/// account and, for their administrator, which grants they may revoke and
/// the units where roles can be granted.
pub async fn with_roles(
    store: &dyn Store,
    viewer: &Viewer,
    mut person: crate::model::PersonDetail,
) -> Result<crate::model::PersonDetail, StoreError> {
    let Some(account) = store.account_of(person.id).await? else { return Ok(person) };
    person.roles = store.roles_of(account).await?;
    let grants: Vec<_> = person.roles.iter().map(crate::model::RoleLine::grant).collect();
    person.may_act = viewer.manages(&person.unit_path) && viewer.may_act_on(account, &grants);
    if person.may_act && viewer.administers(&person.unit_path) {
        for line in &mut person.roles {
            line.revocable = viewer.administers_grant(&line.grant());
        }
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
