//! The route table: which page an address names.
//!
//! [`Route::parse`] is the one map from paths to pages: it picks the
//! capability that owns the path's first segments, whose own route
//! (`<capability>::routes`) parses the rest. The server's page
//! handler loads the page a route names, [`is_page`] checks a `next`
//! address against it, and [`Route::is_public`] with
//! [`Route::is_canonical`] say which addresses the caches may keep. [`reach`] and [`audit_reach`] say what part of
//! an institution a caller acts on or reads; pages and forms both ask them.

use crate::ids::InstitutionId;
use std::collections::HashMap;

use crate::{accounts, audit, catalogue, learning, organisation, people, quiz, roster};

use crate::model::{Choice, InstitutionSwitch, Viewer};
use crate::store::{Store, StoreError};

/// A path's first five segments (empty segments skipped); a page's path
/// has no more.
pub type Segments<'a> = [Option<&'a str>; 5];

/// What the route table asks of each capability's routes.
pub trait CapabilityRoute {
    /// Whether every segment has the shape of a name (letters, digits, `-`
    /// and `_`; a version, digits): addresses offered as `next` must. Name
    /// every variant, so that a new route is placed on purpose.
    fn well_formed(&self) -> bool;

    /// Whether the page is the same for everyone (the catalogue and the
    /// curriculum), so the page cache may keep it.
    fn is_public(&self) -> bool {
        false
    }

    /// Whether `path` is this route's one spelling: no empty segments, no
    /// trailing `/`, a version number without leading zeros. Only that
    /// spelling is kept by the page and lesson-frame caches, so that
    /// `/courses/a/b//` and its kin cannot fill them with copies. Pages
    /// that are never kept have none.
    fn is_canonical(&self, _path: &str) -> bool {
        false
    }
}

/// A segment with the shape of a name: letters, digits, `-` and `_`.
pub(crate) fn word(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// A page of the site, parsed once from its path: the capability that
/// owns it, and which of its pages. Segments are borrowed as written;
/// whether the record they name exists is for the page's loader to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route<'a> {
    Catalogue(catalogue::CatalogueRoute<'a>),
    Accounts(accounts::AccountsRoute),
    People(people::PeopleRoute<'a>),
    Roster(roster::RosterRoute),
    Organisation(organisation::OrganisationRoute),
    Audit(audit::AuditRoute),
    Learning(learning::LearningRoute<'a>),
    Quiz(quiz::QuizRoute<'a>),
}

impl<'a> Route<'a> {
    /// The page `path` (without query string) names, if any. Empty
    /// segments are skipped, so `/people/` is the people page.
    pub fn parse(path: &'a str) -> Option<Self> {
        let mut segments = path.split('/').filter(|s| !s.is_empty());
        let next = [segments.next(), segments.next(), segments.next(), segments.next(), segments.next()];
        if segments.next().is_some() {
            return None;
        }
        // Which capability owns the first segment (or, under `/people` and
        // `/admin`, the first two); it parses the rest.
        match next {
            [None | Some("glossary" | "cadres" | "courses"), ..] => {
                catalogue::CatalogueRoute::parse(next).map(Route::Catalogue)
            }
            [Some("sign-in" | "account"), ..] | [Some("admin"), Some("sign-ins"), ..] => {
                accounts::AccountsRoute::parse(next).map(Route::Accounts)
            }
            [Some("people"), Some("roster"), ..] => roster::RosterRoute::parse(next).map(Route::Roster),
            [Some("people"), ..] => people::PeopleRoute::parse(next).map(Route::People),
            [Some("admin"), Some("units" | "cadres" | "institutions"), ..] => {
                organisation::OrganisationRoute::parse(next).map(Route::Organisation)
            }
            [Some("admin"), Some("audit"), ..] => audit::AuditRoute::parse(next).map(Route::Audit),
            [Some("learn"), ..] => learning::LearningRoute::parse(next).map(Route::Learning),
            [Some("quiz"), ..] => quiz::QuizRoute::parse(next).map(Route::Quiz),
            _ => None,
        }
    }

    /// The route of the capability that owns the page.
    fn capability(&self) -> &dyn CapabilityRoute {
        match self {
            Route::Catalogue(route) => route,
            Route::Accounts(route) => route,
            Route::People(route) => route,
            Route::Roster(route) => route,
            Route::Organisation(route) => route,
            Route::Audit(route) => route,
            Route::Learning(route) => route,
            Route::Quiz(route) => route,
        }
    }

    /// Whether `path` is this route's one spelling ([`CapabilityRoute::is_canonical`]).
    pub fn is_canonical(&self, path: &str) -> bool {
        self.capability().is_canonical(path)
    }

    /// Whether the page is the same for everyone, so the page cache may
    /// keep it ([`CapabilityRoute::is_public`]).
    pub fn is_public(&self) -> bool {
        self.capability().is_public()
    }

    fn well_formed(&self) -> bool {
        self.capability().well_formed()
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
    exact
        && Route::parse(path)
            .is_some_and(|route| route != Route::Accounts(accounts::AccountsRoute::SignIn) && route.well_formed())
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::AccountsRoute;
    use crate::catalogue::CatalogueRoute;
    use crate::learning::hr_routes::HrRoute;
    use crate::organisation::OrganisationRoute;
    use crate::people::PeopleRoute;
    use crate::roster::RosterRoute;

    /// The capability that owns each address, where two share a first
    /// segment (`/people`, `/admin`) or the catalogue's many.
    #[test]
    fn each_address_goes_to_its_capability() {
        let cases = [
            ("/", Some(Route::Catalogue(CatalogueRoute::Home))),
            ("/glossary", Some(Route::Catalogue(CatalogueRoute::Glossary))),
            ("/cadres/judges", Some(Route::Catalogue(CatalogueRoute::Cadre("judges")))),
            (
                "/courses/a/versions/2/b",
                Some(Route::Catalogue(CatalogueRoute::LessonVersion { course: "a", version: "2", lesson: "b" })),
            ),
            ("/courses/a/b", Some(Route::Catalogue(CatalogueRoute::Lesson { course: "a", lesson: "b" }))),
            ("/courses/a/versions/2", None),
            ("/sign-in", Some(Route::Accounts(AccountsRoute::SignIn))),
            ("/admin/sign-ins", Some(Route::Accounts(AccountsRoute::SignIns))),
            ("/people/", Some(Route::People(PeopleRoute::People))),
            ("/people/7", Some(Route::People(PeopleRoute::Person("7")))),
            ("/people/roster", Some(Route::Roster(RosterRoute::Roster))),
            ("/admin/units", Some(Route::Organisation(OrganisationRoute::Units))),
            ("/admin/audit", Some(Route::Audit(crate::audit::AuditRoute::Audit))),
            ("/learn/assign", Some(Route::Learning(crate::learning::LearningRoute::Hr(HrRoute::Assign)))),
            (
                "/learn/courses/alpha",
                Some(Route::Learning(crate::learning::LearningRoute::Hr(HrRoute::Course("alpha")))),
            ),
            ("/learn/courses", None),
            ("/learn/enrolments/3/withdraw", None),
            ("/learn", Some(Route::Learning(crate::learning::LearningRoute::Home))),
            ("/learn/transcript", Some(Route::Learning(crate::learning::LearningRoute::Transcript))),
            ("/learn/transcript.csv", None),
            ("/learn/enrol", None),
            ("/people/roster/3", None),
            ("/people/7/lock", None),
            ("/admin/sign-ins/x", None),
            ("/admin/nothing", None),
            ("/account/password", None),
            ("/a/b/c/d/e/f", None),
        ];
        for (path, route) in cases {
            assert_eq!(Route::parse(path), route, "{path}");
        }
    }
}
