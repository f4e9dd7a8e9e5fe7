//! Organisation: institutions (deployment administrators add them), the
//! unit tree of an institution (administrators add and move units within
//! what they administer), and the cadres every institution shares
//! (deployment administrators add, rename and retire them).

use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use serde::Deserialize;
use tutela_app::i18n::Msg;
use tutela_app::ids::{CadreId, UnitId};
use tutela_app::model::{CadresPage, Choice, FieldErrors, InstitutionsPage, UnitLine, UnitsPage, Viewer};
use tutela_app::organisation::OrganisationPages;
use tutela_app::organisation::OrganisationRoute;
use tutela_app::policy::Policy;
use tutela_app::routes::{Named, Reach, named};
use tutela_app::store::{Field, Missing, Refusal, StoreError};
use tutela_app::{Page, msg};

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, DeploymentAdmin, ManageUnits, actor};
use super::pages::{Ask, page, reach_of};
use super::render::see_other;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/units", get(page).post(unit_create))
        .route("/admin/units/move", post(unit_move))
        .route("/admin/cadres", get(page).post(cadre_create))
        .route("/admin/cadres/{id}", post(cadre_rename))
        .route("/admin/cadres/{id}/retire", post(cadre_retire))
        .route("/admin/institutions", get(page).post(institution_create))
}

/// The organisation page `route` names.
pub async fn load(ask: &Ask<'_>, route: OrganisationRoute) -> Result<Page, HttpError> {
    match route {
        OrganisationRoute::Units => units_page(ask).await,
        OrganisationRoute::Cadres => cadres_page(ask).await,
        OrganisationRoute::Institutions => institutions_page(ask).await,
    }
}

/// `GET /admin/units`: the unit tree of the institution in reach.
pub async fn units_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::ManageUnits.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let reach = reach_of(ask.state, viewer, named(ask.query)).await?;
    let notice = ask.query.get("done").map(|done| match done.as_str() {
        "moved" => msg!("organisation-unit-moved"),
        _ => msg!("organisation-unit-added"),
    });
    let page = unit_tree(ask.state, viewer, &reach).await?;
    Ok(Page::Organisation(OrganisationPages::Units(Box::new(UnitsPage { notice, ..page }))))
}

/// The unit tree of the institution within reach, with the units the
/// viewer administers as choices.
async fn unit_tree(state: &AppState, viewer: &Viewer, reach: &Reach) -> Result<UnitsPage, HttpError> {
    let units = state.store.institution_units(reach.institution_id).await?;
    let depth = |path: &str| path.matches('/').count().saturating_sub(2);
    Ok(UnitsPage {
        institution: reach.switch.clone(),
        choices: units
            .iter()
            .filter(|u| viewer.administers(&u.path))
            .map(|u| Choice {
                value: u.id.to_string(),
                label: format!("{}{} ({})", "\u{2003}".repeat(depth(&u.path)), u.name, u.code),
            })
            .collect(),
        units: units
            .iter()
            .map(|u| UnitLine { id: u.id, code: u.code.clone(), name: u.name.clone(), depth: depth(&u.path) })
            .collect(),
        top_level: Policy::AddTopUnit.allows(Some(viewer)).is_ok(),
        ..Default::default()
    })
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct UnitFields {
    institution: String,
    code: String,
    name: String,
    parent: String,
    unit: String,
    new_parent: String,
}

/// The units page again with the errors and the values typed.
async fn units_again(
    state: &AppState,
    (viewer, reach): (&Viewer, &Reach),
    fields: UnitFields,
    errors: FieldErrors,
) -> HttpError {
    match unit_tree(state, viewer, reach).await {
        Ok(page) => HttpError::invalid(Page::Organisation(OrganisationPages::Units(Box::new(UnitsPage {
            errors,
            code: fields.code,
            name: fields.name,
            parent: fields.parent,
            unit: fields.unit,
            new_parent: fields.new_parent,
            ..page
        })))),
        Err(err) => err,
    }
}

/// The id of unit `value` if the viewer administers it.
async fn administered_unit(state: &AppState, viewer: &Viewer, value: &str) -> Option<UnitId> {
    let id = value.parse::<UnitId>().ok()?;
    let path = state.store.unit_path(id).await.ok().flatten()?;
    viewer.administers(&path).then_some(id)
}

/// Whether `text` is a code: lower-case letters, digits and hyphens, not
/// beginning with a hyphen.
fn is_code(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.starts_with('-')
}

/// A store's refusal as a field's message, a sentence of its own: the
/// refusals these forms meet in their own words ("The code `x` is already
/// used in this institution."), any other as the store puts it.
fn sentence(err: &StoreError) -> Msg {
    match err {
        StoreError::Duplicate { field: Field::Slug, value } => msg!("organisation-slug-taken", value = value),
        StoreError::Duplicate { field: Field::UnitCode, value } => msg!("organisation-code-taken", value = value),
        StoreError::Refused(Refusal::ParentElsewhere) => msg!("organisation-parent-elsewhere"),
        StoreError::Refused(Refusal::MoveAcrossInstitutions) => msg!("organisation-move-across-institutions"),
        StoreError::Refused(Refusal::MoveUnderItself) => msg!("organisation-move-under-itself"),
        StoreError::NotFound(Missing::Unit) => msg!("organisation-no-unit"),
        other => msg!("organisation-refused", reason = other.msg()),
    }
}

/// A store's refusal as the error of form field `field`; its failure as
/// the error of the request.
fn refusal_into(err: StoreError, field: &str, errors: &mut FieldErrors) -> Result<(), HttpError> {
    if !err.is_refusal() {
        return Err(err.into());
    }
    errors.insert(field.into(), sentence(&err));
    Ok(())
}

/// `POST /admin/units`: adds a unit under one the caller administers (a
/// top unit: deployment administrators only).
pub async fn unit_create(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<ManageUnits>,
    CsrfForm(fields): CsrfForm<UnitFields>,
) -> Result<Response, HttpError> {
    let reach = reach_of(&state, &viewer, Named::Slug(&fields.institution)).await?;
    let mut errors = FieldErrors::new();
    let code = fields.code.trim().to_lowercase();
    if !is_code(&code) {
        errors.insert("code".into(), msg!("organisation-unit-code-format"));
    }
    if fields.name.trim().is_empty() {
        errors.insert("name".into(), msg!("organisation-unit-name-missing"));
    }
    let parent = if fields.parent.is_empty() && Policy::AddTopUnit.allows(Some(&viewer)).is_ok() {
        Some(None)
    } else {
        administered_unit(&state, &viewer, &fields.parent).await.map(Some)
    };
    if parent.is_none() {
        errors.insert("parent".into(), msg!("organisation-unit-not-yours"));
    }
    if !errors.is_empty() {
        return Err(units_again(&state, (&viewer, &reach), fields, errors).await);
    }
    let name = fields.name.trim();
    if let Err(err) =
        state.store.create_unit(reach.institution_id, parent.flatten(), &code, name, &actor(&viewer)).await
    {
        refusal_into(err, "code", &mut errors)?;
        return Err(units_again(&state, (&viewer, &reach), fields, errors).await);
    }
    Ok(see_other(&format!("/admin/units?done=added{}", reach.switch.query('&'))))
}

/// `POST /admin/units/move`: moves a unit and its subtree, both ends
/// administered by the caller.
pub async fn unit_move(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<ManageUnits>,
    CsrfForm(fields): CsrfForm<UnitFields>,
) -> Result<Response, HttpError> {
    let reach = reach_of(&state, &viewer, Named::Slug(&fields.institution)).await?;
    let mut errors = FieldErrors::new();
    let unit = administered_unit(&state, &viewer, &fields.unit).await;
    let new_parent = administered_unit(&state, &viewer, &fields.new_parent).await;
    if unit.is_none() {
        errors.insert("unit".into(), msg!("organisation-unit-not-yours"));
    }
    if new_parent.is_none() {
        errors.insert("new_parent".into(), msg!("organisation-unit-not-yours"));
    }
    let (Some(unit), Some(new_parent)) = (unit, new_parent) else {
        return Err(units_again(&state, (&viewer, &reach), fields, errors).await);
    };
    if let Err(err) = state.store.move_unit(unit, new_parent, &actor(&viewer)).await {
        refusal_into(err, "new_parent", &mut errors)?;
        return Err(units_again(&state, (&viewer, &reach), fields, errors).await);
    }
    Ok(see_other(&format!("/admin/units?done=moved{}", reach.switch.query('&'))))
}

/// `GET /admin/cadres`.
pub async fn cadres_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::DeploymentAdmin.allows(ask.viewer)?;
    Ok(Page::Organisation(OrganisationPages::Cadres(Box::new(CadresPage {
        cadres: ask.state.store.cadre_lines().await?,
        notice: ask.query.contains_key("saved").then(|| msg!("organisation-cadres-saved")),
        ..Default::default()
    }))))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CadreFields {
    slug: String,
    name: String,
    description: String,
    retired: String,
}

/// The cadres page again, with the errors of the form `errors_for` (a
/// cadre's id, or "new").
async fn cadres_again(state: &AppState, errors_for: &str, fields: CadreFields, errors: FieldErrors) -> HttpError {
    match state.store.cadre_lines().await {
        Ok(cadres) => HttpError::invalid(Page::Organisation(OrganisationPages::Cadres(Box::new(CadresPage {
            cadres,
            errors,
            errors_for: errors_for.to_string(),
            slug: fields.slug,
            name: fields.name,
            description: fields.description,
            notice: None,
        })))),
        Err(err) => err.into(),
    }
}

/// `POST /admin/cadres`: adds a cadre.
pub async fn cadre_create(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<DeploymentAdmin>,
    CsrfForm(fields): CsrfForm<CadreFields>,
) -> Result<Response, HttpError> {
    let mut errors = FieldErrors::new();
    let slug = fields.slug.trim().to_lowercase();
    if !is_code(&slug) {
        errors.insert("slug".into(), msg!("organisation-cadre-slug-format"));
    }
    if fields.name.trim().is_empty() {
        errors.insert("name".into(), msg!("organisation-cadre-name-missing"));
    }
    if !errors.is_empty() {
        return Err(cadres_again(&state, "new", fields, errors).await);
    }
    let (name, description) = (fields.name.trim(), fields.description.trim());
    if let Err(err) = state.store.create_cadre(&slug, name, description, &actor(&viewer)).await {
        refusal_into(err, "slug", &mut errors)?;
        return Err(cadres_again(&state, "new", fields, errors).await);
    }
    Ok(see_other("/admin/cadres?saved=1"))
}

/// `POST /admin/cadres/{id}`: renames a cadre.
pub async fn cadre_rename(
    State(state): State<AppState>,
    Path(id): Path<CadreId>,
    Allowed(viewer, _): Allowed<DeploymentAdmin>,
    CsrfForm(fields): CsrfForm<CadreFields>,
) -> Result<Response, HttpError> {
    if fields.name.trim().is_empty() {
        let mut errors = FieldErrors::new();
        errors.insert("name".into(), msg!("organisation-cadre-name-missing"));
        return Err(cadres_again(&state, &id.to_string(), fields, errors).await);
    }
    let (name, description) = (fields.name.trim(), fields.description.trim());
    state.store.rename_cadre(id, name, description, &actor(&viewer)).await.map_err(HttpError::refused)?;
    Ok(see_other("/admin/cadres?saved=1"))
}

/// `POST /admin/cadres/{id}/retire`: retires (retired=yes) or restores it.
pub async fn cadre_retire(
    State(state): State<AppState>,
    Path(id): Path<CadreId>,
    Allowed(viewer, _): Allowed<DeploymentAdmin>,
    CsrfForm(fields): CsrfForm<CadreFields>,
) -> Result<Response, HttpError> {
    let retired = fields.retired == "yes";
    state.store.set_cadre_retired(id, retired, &actor(&viewer)).await.map_err(HttpError::refused)?;
    Ok(see_other("/admin/cadres?saved=1"))
}

/// `GET /admin/institutions`.
pub async fn institutions_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::DeploymentAdmin.allows(ask.viewer)?;
    Ok(Page::Organisation(OrganisationPages::Institutions(Box::new(InstitutionsPage {
        institutions: ask.state.store.institution_lines().await?,
        notice: ask.query.contains_key("saved").then(|| msg!("organisation-institution-added")),
        locales: ask.state.store.institution_locales().await?,
        locale_saved: ask.query.contains_key("language"),
        ..Default::default()
    }))))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstitutionFields {
    slug: String,
    name: String,
    country: String,
    root_code: String,
    root_name: String,
}

/// `POST /admin/institutions`: adds an institution with its top unit.
pub async fn institution_create(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<DeploymentAdmin>,
    CsrfForm(fields): CsrfForm<InstitutionFields>,
) -> Result<Response, HttpError> {
    let mut errors = FieldErrors::new();
    let slug = fields.slug.trim().to_lowercase();
    let root_code = fields.root_code.trim().to_lowercase();
    if !is_code(&slug) {
        errors.insert("slug".into(), msg!("organisation-institution-slug-format"));
    }
    if !is_code(&root_code) {
        errors.insert("root_code".into(), msg!("organisation-root-code-format"));
    }
    for (field, value) in [("name", &fields.name), ("root_name", &fields.root_name)] {
        if value.trim().is_empty() {
            errors.insert(field.into(), msg!("organisation-required"));
        }
    }
    if errors.is_empty() {
        let (name, country, root_name) = (fields.name.trim(), fields.country.trim(), fields.root_name.trim());
        match state.store.create_institution(&slug, name, country, &root_code, root_name, &actor(&viewer)).await {
            Ok(_) => return Ok(see_other("/admin/institutions?saved=1")),
            Err(err) => refusal_into(err, "slug", &mut errors)?,
        }
    }
    let page = InstitutionsPage {
        institutions: state.store.institution_lines().await?,
        errors,
        slug: fields.slug,
        name: fields.name,
        country: fields.country,
        root_code: fields.root_code,
        root_name: fields.root_name,
        notice: None,
        locales: state.store.institution_locales().await?,
        locale_saved: false,
    };
    Err(HttpError::invalid(Page::Organisation(OrganisationPages::Institutions(Box::new(page)))))
}
