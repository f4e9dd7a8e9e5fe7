//! The route table: which page an address names.
//!
//! [`Route::parse`] is the one map from paths to pages. The server's page
//! handler loads the page a route names, [`is_page`] checks a `next`
//! address against it, and [`Route::is_public`] with
//! [`Route::is_canonical`] say which addresses the caches may keep. [`reach`] and [`audit_reach`] say what part of
//! an institution a caller acts on or reads; pages and forms both ask them.

use crate::ids::InstitutionId;
use std::collections::HashMap;

use crate::model::{Choice, InstitutionSwitch, Viewer};
use crate::store::{Store, StoreError};

/// A page of the site, parsed once from its path. Segments are borrowed
/// as written; whether the record they name exists is for the page's
/// loader to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    Home,
    Glossary,
    Cadre(&'a str),
    Course(&'a str),
    Lesson {
        course: &'a str,
        lesson: &'a str,
    },
    /// A lesson of an older version: `/courses/{course}/versions/{n}/{lesson}`.
    LessonVersion {
        course: &'a str,
        version: &'a str,
        lesson: &'a str,
    },
    SignIn,
    Account,
    People,
    Roster,
    Person(&'a str),
    Audit,
    SignIns,
    Units,
    Cadres,
    Institutions,
}

impl<'a> Route<'a> {
    /// The page `path` (without query string) names, if any. Empty
    /// segments are skipped, so `/people/` is the people page.
    pub fn parse(path: &'a str) -> Option<Self> {
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let mut next = [segments.next(), segments.next(), segments.next(), segments.next(), segments.next()];
        if segments.next().is_some() {
            return None;
        }
        let route = match &mut next {
            [None, ..] => Route::Home,
            [Some("glossary"), None, ..] => Route::Glossary,
            [Some("sign-in"), None, ..] => Route::SignIn,
            [Some("account"), None, ..] => Route::Account,
            [Some("people"), None, ..] => Route::People,
            [Some("people"), Some("roster"), None, ..] => Route::Roster,
            [Some("people"), Some(id), None, ..] => Route::Person(id),
            [Some("cadres"), Some(slug), None, ..] => Route::Cadre(slug),
            [Some("courses"), Some(slug), None, ..] => Route::Course(slug),
            [Some("courses"), Some(course), Some(lesson), None, ..] => Route::Lesson { course, lesson },
            [Some("courses"), Some(course), Some("versions"), Some(version), Some(lesson)] => {
                Route::LessonVersion { course, version, lesson }
            }
            [Some("admin"), Some(page), None, ..] => match *page {
                "audit" => Route::Audit,
                "sign-ins" => Route::SignIns,
                "units" => Route::Units,
                "cadres" => Route::Cadres,
                "institutions" => Route::Institutions,
                _ => return None,
            },
            _ => return None,
        };
        Some(route)
    }

    /// Whether `path` is this route's one spelling: no empty segments, no
    /// trailing `/`, a version number without leading zeros. Only that
    /// spelling is kept by the page and lesson-frame caches, so that
    /// `/courses/a/b//` and its kin cannot fill them with copies.
    pub fn is_canonical(&self, path: &str) -> bool {
        let canonical = match *self {
            Route::Home => return path == "/",
            Route::Glossary => "/glossary".to_string(),
            Route::Cadre(slug) => format!("/cadres/{slug}"),
            Route::Course(slug) => format!("/courses/{slug}"),
            Route::Lesson { course, lesson } => format!("/courses/{course}/{lesson}"),
            Route::LessonVersion { course, version, lesson } => match version.parse::<u64>() {
                Ok(number) => format!("/courses/{course}/versions/{number}/{lesson}"),
                Err(_) => return false,
            },
            // Pages that are never kept.
            _ => return false,
        };
        path == canonical
    }

    /// Whether the page is the same for everyone (the catalogue and the
    /// curriculum), so the page cache may keep it.
    pub fn is_public(&self) -> bool {
        matches!(
            self,
            Route::Home
                | Route::Glossary
                | Route::Cadre(_)
                | Route::Course(_)
                | Route::Lesson { .. }
                | Route::LessonVersion { .. }
        )
    }

    /// Whether every segment has the shape of a name (letters, digits, `-`
    /// and `_`; a version, digits): addresses offered as `next` must.
    fn well_formed(&self) -> bool {
        let word = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        match *self {
            Route::Cadre(slug) | Route::Course(slug) | Route::Person(slug) => word(slug),
            Route::Lesson { course, lesson } => word(course) && word(lesson),
            Route::LessonVersion { course, version, lesson } => {
                word(course) && version.chars().all(|c| c.is_ascii_digit()) && word(lesson)
            }
            // Routes that carry no segment of their own; a new route that
            // does must be named above.
            Route::Home
            | Route::Glossary
            | Route::SignIn
            | Route::Account
            | Route::People
            | Route::Roster
            | Route::Audit
            | Route::SignIns
            | Route::Units
            | Route::Cadres
            | Route::Institutions => true,
        }
    }
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

/// Whether `path` is written exactly as one of the route table's pages
/// (one `/` between segments, none at the end but for `/`, names of
/// letters, digits, `-` and `_`). Whether the record it names exists is
/// for the page to say.
pub fn is_page(path: &str) -> bool {
    let exact = path == "/" || (path.starts_with('/') && !path.ends_with('/') && !path[1..].contains("//"));
    // The sign-in page is no place to come back to after signing in.
    exact && Route::parse(path).is_some_and(|route| route != Route::SignIn && route.well_formed())
}

/// The page a sign-in brings the caller back to after a refusal at
/// `path`: `path` itself if it is a page, else the nearest page above it
/// (a form's address `/people/7/lock` gives its page `/people/7`).
pub fn page_at_or_above(path: &str) -> &str {
    let mut path = path.trim_end_matches('/');
    loop {
        if path.is_empty() {
            return "/";
        }
        if is_page(path) {
            return path;
        }
        path = path.rsplit_once('/').map_or("", |(above, _)| above);
    }
}

/// What part of the audit log `viewer` (an administrator) reads: the
/// institution (None: every one, for a deployment administrator) and the
/// unit subtrees whose records' entries they see (None: every entry of the
/// institution, for an administrator of all its top units). Any other
/// administrator sees the entries about the people, accounts and units now
/// in the units they administer, and none about no unit (the institution
/// itself, roster imports).
pub async fn audit_reach(
    store: &dyn Store,
    viewer: &Viewer,
) -> Result<(Option<InstitutionId>, Option<Vec<String>>), StoreError> {
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

/// Where a people, roster or units page acts: one institution, and the
/// unit paths within it (or beyond, for grants shared on purpose) that
/// the viewer manages.
#[derive(Clone, Debug)]
pub struct Reach {
    pub institution_id: InstitutionId,
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
    Id(InstitutionId),
}

/// The institution a page's query string names.
pub fn named(query: &HashMap<String, String>) -> Named<'_> {
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
