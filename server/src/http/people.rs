//! People: HR's people list, a person's page, and what HR and
//! administrators do to a person's account there (an activation or reset
//! link, lock, unlock, roles granted and revoked), and the activation
//! links of everyone not yet activated (`invitations.csv`).

use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Extension, Router};
use serde::Deserialize;
use tutela_app::Page;
use tutela_app::i18n::{Msg, catalogue};
use tutela_app::ids::{AccountId, GrantId, PersonId, UnitId};
use tutela_app::model::{
    AccountState, PeoplePage, PeopleQuery, PersonDetail, PersonStatus, Role, RoleLine, Viewer, WHOLE_DEPLOYMENT,
};
use tutela_app::people::PeoplePages;
use tutela_app::people::PeopleRoute;
use tutela_app::policy::Policy;
use tutela_app::routes::{Named, named};
use tutela_app::store::{InvitationPurpose, NewInvitation};
use tutela_app::store::{Store, StoreError};

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, CsrfOnly, ManagePeople, SignedIn, actor};
use super::pages::{Ask, reach_of};
use super::render::{Rendered, see_other};
use crate::auth::{self, Caller};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/people/{id}/invite", post(person_invite))
        .route("/people/{id}/unlock", post(person_lock::<UNLOCKED>))
        .route("/people/{id}/lock", post(person_lock::<LOCKED>))
        .route("/people/{id}/roles", post(person_grant))
        .route("/people/{id}/roles/{grant}/revoke", post(person_revoke))
        .route("/people/invitations.csv", post(invitations_export))
}

/// The people page `route` names.
pub async fn load(ask: &Ask<'_>, route: PeopleRoute<'_>) -> Result<Page, HttpError> {
    match route {
        PeopleRoute::People => people_page(ask).await,
        PeopleRoute::Person(id) => person_page(ask, id).await,
    }
}

/// People per page of the people list.
pub const PEOPLE_PAGE_SIZE: i64 = 50;

/// The highest page number a list is asked for: beyond it the offset could
/// overflow; a list that long has not got so many pages anyway.
pub const MAX_PAGE: i64 = 1_000_000_000;

/// `GET /people`: the people the viewer manages in the institution in
/// reach, searched and filtered, 50 to a page.
pub async fn people_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::ManagePeople.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let reach = reach_of(ask.state, viewer, named(ask.query)).await?;
    let store = ask.state.store.as_ref();
    let query = ask.query;
    let mut query = PeopleQuery {
        q: query.get("q").cloned().unwrap_or_default(),
        unit: query.get("unit").cloned().unwrap_or_default(),
        cadre: query.get("cadre").cloned().unwrap_or_default(),
        // No `status` at all: the active only; `status=` (or a word that
        // is no status): both.
        status: query.get("status").map_or(Some(PersonStatus::Active), |word| word.parse().ok()),
        // Any number is a page: past the last one answers the last one.
        page: query.get("page").and_then(|p| p.trim().parse::<i64>().ok()).unwrap_or(1).clamp(1, MAX_PAGE),
    };
    let (mut rows, total) = store.people(Some(&reach.scopes), &query, PEOPLE_PAGE_SIZE).await?;
    let last = ((total + PEOPLE_PAGE_SIZE - 1) / PEOPLE_PAGE_SIZE).max(1);
    if query.page > last {
        query.page = last;
        rows = store.people(Some(&reach.scopes), &query, PEOPLE_PAGE_SIZE).await?.0;
    }
    Ok(Page::People(PeoplePages::People(Box::new(PeoplePage {
        institution: reach.switch,
        query,
        rows,
        total,
        page_size: PEOPLE_PAGE_SIZE,
        units: store.unit_choices(Some(&reach.scopes)).await?,
        cadres: store.cadre_choices().await?,
    }))))
}

/// `GET /people/{id}`: a person the viewer manages (the same 403 for one
/// they do not and for one who does not exist).
pub async fn person_page(ask: &Ask<'_>, id: &str) -> Result<Page, HttpError> {
    Policy::SignedIn.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let id = id.parse::<PersonId>().map_err(|_| HttpError::NotFound)?;
    let person = managed_person(ask.state.store.as_ref(), viewer, id).await?;
    let person = with_learning(ask.state, viewer, with_roles(ask.state.store.as_ref(), viewer, person).await?).await?;
    Ok(Page::People(PeoplePages::Person(Box::new(person))))
}

/// A person's page gains learning's part (`learning_hr::part`).
async fn with_learning(state: &AppState, viewer: &Viewer, mut person: PersonDetail) -> Result<PersonDetail, HttpError> {
    let part = super::learning_hr::part(state.store.as_ref(), viewer, state.clock.today(), &person).await;
    person.learning = part.map_err(HttpError::store("a person's learning could not be read"))?;
    Ok(person)
}

/// The person `id` if the viewer manages their unit ([`Policy::ManagePerson`]).
async fn managed_person(store: &dyn Store, viewer: &Viewer, id: PersonId) -> Result<PersonDetail, HttpError> {
    let person = store.person(id).await.map_err(HttpError::store("a person could not be read"))?;
    let unit_path = person.as_ref().map_or("", |person| person.unit_path.as_str());
    match person {
        Some(person) if Policy::ManagePerson(unit_path).holds(viewer) => Ok(person),
        _ => Err(HttpError::Forbidden(Msg::new(tutela_app::policy::NOT_YOURS))),
    }
}

/// A person's page gains their roles, whether the viewer may act on their
/// account and, for their administrator, which grants they may revoke and
/// the units where roles can be granted.
pub async fn with_roles(store: &dyn Store, viewer: &Viewer, person: PersonDetail) -> Result<PersonDetail, StoreError> {
    Ok(with_roles_and_account(store, viewer, person).await?.0)
}

/// [`with_roles`], and the person's account (None: they have none).
async fn with_roles_and_account(
    store: &dyn Store,
    viewer: &Viewer,
    mut person: PersonDetail,
) -> Result<(PersonDetail, Option<AccountId>), StoreError> {
    let Some(account_id) = store.account_of(person.id).await? else { return Ok((person, None)) };
    person.roles = store.roles_of(account_id).await?;
    let grants: Vec<_> = person.roles.iter().map(RoleLine::grant).collect();
    person.may_act = Policy::ManagePerson(&person.unit_path).holds(viewer)
        && Policy::ActOnAccount { account_id, grants: &grants }.holds(viewer);
    if person.may_act && Policy::Administer(&person.unit_path).holds(viewer) {
        for line in &mut person.roles {
            line.revocable = viewer.administers_grant(&line.grant());
        }
        // A deployment administrator grants within the person's institution,
        // whose root is the first id of the unit's path: "/1/4/9/" → "/1/".
        let scopes = viewer
            .admin_scopes()
            .unwrap_or_else(|| person.unit_path.split('/').nth(1).map(|id| format!("/{id}/")).into_iter().collect());
        person.role_units = store.unit_choices(Some(&scopes)).await?;
        person.grants_deployment_wide = Policy::GrantOn(None).holds(viewer);
    }
    Ok((person, Some(account_id)))
}

/// Whether the viewer may act on the account of the person `id`, if they
/// have one ([`Policy::ActOnAccount`]: never one's own, never one more
/// powerful); a person without an account: Ok. What recording a departure
/// requires, since it bars the person's account as the roster does.
pub async fn may_act_on_account_of(
    store: &dyn Store,
    viewer: &Viewer,
    id: PersonId,
) -> Result<Result<(), tutela_app::policy::Denied>, StoreError> {
    let Some(account_id) = store.account_of(id).await? else { return Ok(Ok(())) };
    let grants: Vec<_> = store.roles_of(account_id).await?.iter().map(RoleLine::grant).collect();
    Ok(Policy::ActOnAccount { account_id, grants: &grants }.allows(Some(viewer)))
}

/// A person whose account a handler acts on, as their page shows them.
struct Target {
    person: PersonDetail,
    account: AccountId,
}

/// The person `id` and their account, if the viewer manages their unit and
/// may act on their account ([`Policy::ActOnAccount`]: not their own, and
/// none more powerful than theirs).
async fn acted_on(state: &AppState, viewer: &Viewer, id: PersonId) -> Result<Target, HttpError> {
    let store = state.store.as_ref();
    let person = managed_person(store, viewer, id).await?;
    let (person, account) = with_roles_and_account(store, viewer, person)
        .await
        .map_err(HttpError::store("a person's roles could not be read"))?;
    let account = account.ok_or_else(|| HttpError::conflict(Msg::new("people-no-account")))?;
    let grants: Vec<_> = person.roles.iter().map(RoleLine::grant).collect();
    Policy::ActOnAccount { account_id: account, grants: &grants }.allows(Some(viewer))?;
    Ok(Target { person, account })
}

/// [`acted_on`], and the viewer administers the person's unit (roles).
async fn administered_person(state: &AppState, viewer: &Viewer, id: PersonId) -> Result<Target, HttpError> {
    let target = acted_on(state, viewer, id).await?;
    Policy::Administer(&target.person.unit_path).allows(Some(viewer))?;
    Ok(target)
}

/// `POST /people/{id}/invite`: a new activation or reset link, shown once.
pub async fn person_invite(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<PersonId>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, HttpError> {
    let Target { mut person, account } = acted_on(&state, &viewer, id).await?;
    let purpose = match person.account {
        AccountState::Active | AccountState::Locked => InvitationPurpose::Reset,
        _ => InvitationPurpose::Activate,
    };
    let (token, _) = auth::invite(state.store.as_ref(), account, purpose, &actor(&viewer), state.clock.now())
        .await
        .map_err(HttpError::store("an invitation could not be created"))?;
    person.new_link = Some(auth::invitation_link(&caller.site_base(), &token));
    let person = with_learning(&state, &viewer, person).await?;
    Ok(Rendered::page(Page::People(PeoplePages::Person(Box::new(person)))).into_response())
}

/// [`person_lock`]'s two routes.
const LOCKED: bool = true;
const UNLOCKED: bool = false;

/// `POST /people/{id}/lock` ([`LOCKED`]): locks the account against every
/// address and ends its sessions, until an administrator (or HR, for
/// people without roles) unlocks it. `POST /people/{id}/unlock`
/// ([`UNLOCKED`]): lifts that lock and the per-address locks.
pub async fn person_lock<const LOCK: bool>(
    State(state): State<AppState>,
    Path(id): Path<PersonId>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, HttpError> {
    let Target { account, .. } = acted_on(&state, &viewer, id).await?;
    let (store, actor) = (&state.store, actor(&viewer));
    let done =
        if LOCK { store.lock_account(account, &actor).await } else { store.unlock_account(account, &actor).await };
    done.map_err(HttpError::store("an account's lock could not be changed"))?;
    Ok(see_other(&format!("/people/{id}#account")))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct GrantFields {
    role: String,
    unit: String,
}

/// `POST /people/{id}/roles`: grants a role on a unit the caller
/// administers, or (unit [`WHOLE_DEPLOYMENT`]) on the whole deployment,
/// which only a deployment administrator may: the policy decides here,
/// whatever the form offered.
pub async fn person_grant(
    State(state): State<AppState>,
    Path(id): Path<PersonId>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(fields): CsrfForm<GrantFields>,
) -> Result<Response, HttpError> {
    let Target { account, .. } = administered_person(&state, &viewer, id).await?;
    let role = Role::parse(&fields.role);
    // Some(None): the whole deployment; Some(Some(..)): a unit and its path.
    let scope = if fields.unit == WHOLE_DEPLOYMENT {
        Some(None)
    } else {
        match fields.unit.parse::<UnitId>() {
            Ok(unit) => state.store.unit_path(unit).await.ok().flatten().map(|path| Some((unit, path))),
            Err(_) => None,
        }
    };
    let (Some(role), Some(scope)) = (role, scope) else {
        let message = Msg::new("people-choose-role-and-unit");
        return Err(HttpError::Refused { status: StatusCode::UNPROCESSABLE_ENTITY, message });
    };
    Policy::GrantOn(scope.as_ref().map(|(_, path)| path.as_str())).allows(Some(&viewer))?;
    let unit = scope.map(|(unit, _)| unit);
    let granting = state.store.grant_role_on(account, role, unit, &actor(&viewer)).await;
    granting.map_err(HttpError::refused_as(StatusCode::UNPROCESSABLE_ENTITY))?;
    Ok(see_other(&format!("/people/{id}#roles")))
}

/// `POST /people/{id}/roles/{grant}/revoke`. The grant's own scope
/// decides, not only the person's unit: an administrator of a unit cannot
/// revoke a grant on a unit above it.
pub async fn person_revoke(
    State(state): State<AppState>,
    Path((id, grant)): Path<(PersonId, GrantId)>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, HttpError> {
    let Target { person, account } = administered_person(&state, &viewer, id).await?;
    let revocable = !person.roles.iter().any(|line| line.grant_id == grant && !line.revocable);
    Policy::Revoke { revocable }.allows(Some(&viewer))?;
    state.store.revoke_role(account, grant, &actor(&viewer)).await.map_err(HttpError::refused)?;
    Ok(see_other(&format!("/people/{id}#roles")))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstitutionForm {
    institution: String,
}

/// `POST /people/invitations.csv`: a new activation link for every active
/// person in the caller's units whose account is not activated yet, as a
/// CSV to pass on (earlier links of those accounts stop working). Nobody
/// gets a link for an account more powerful than their own, nor their own.
pub async fn invitations_export(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Allowed(viewer, _): Allowed<ManagePeople>,
    CsrfForm(fields): CsrfForm<InstitutionForm>,
) -> Result<Response, HttpError> {
    let store = state.store.as_ref();
    let reach = reach_of(&state, &viewer, Named::Slug(&fields.institution)).await?;
    let protected = crate::roster::protected_people(store, reach.institution_id, &viewer)
        .await
        .map_err(HttpError::store("the grants of an institution could not be read"))?;
    let query = PeopleQuery { status: Some(PersonStatus::Active), page: 1, ..Default::default() };
    let (rows, _) = store.people(Some(&reach.scopes), &query, 1_000_000).await?;
    // Every link is made first and stored in one transaction: the file is
    // sent only when all of them are, and a failure leaves the earlier links working.
    let expires_at = state.clock.now() + auth::ACTIVATION_LIFETIME.as_secs() as i64;
    let mut lines = Vec::new();
    let mut invitations = Vec::new();
    let unactivated = rows.into_iter().filter(|r| r.account == AccountState::NotActivated);
    for row in unactivated.filter(|r| !protected.contains(&r.id) && r.id != viewer.person_id) {
        let reading = HttpError::store("an account could not be read");
        let Some(account_id) = store.account_of(row.id).await.map_err(reading)? else { continue };
        let token = auth::new_token();
        let token_hash = auth::token_hash(&token);
        invitations.push(NewInvitation { account_id, purpose: InvitationPurpose::Activate, token_hash, expires_at });
        lines.push((row, token));
    }
    match store.create_invitations(&invitations, &actor(&viewer)).await {
        Ok(()) => {}
        Err(err) if err.is_refusal() => return Err(HttpError::conflict(err.msg())),
        Err(err) => return Err(HttpError::store("activation links could not be created")(err)),
    }
    let site = caller.site_base();
    let expires = tutela_app::model::utc_label(expires_at);
    let mut file = crate::csv_out::CsvOut::new();
    // The header row in the caller's language (nothing reads it back, unlike the roster's column ids).
    let header = [
        "people-links-staff-number",
        "people-links-name",
        "people-links-unit",
        "people-links-link",
        "people-links-expires",
    ]
    .map(|id| catalogue::text(caller.locale, id));
    file.row(header.iter().map(String::as_str));
    for (row, token) in &lines {
        let link = auth::invitation_link(&site, token);
        file.row([row.staff_number.as_str(), row.name.as_str(), row.unit.as_str(), &link, &expires]);
    }
    Ok(csv_attachment("activation-links.csv", file.into_bytes()))
}

/// A CSV file to download, never kept by a cache.
pub fn csv_attachment(name: &str, body: Vec<u8>) -> Response {
    let disposition = format!("attachment; filename=\"{name}\"");
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}
