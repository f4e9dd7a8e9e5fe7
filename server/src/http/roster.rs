//! Roster: HR's upload of a roster CSV, its preview, applying it, the
//! export (`roster.csv`). Planning is `crate::roster`; the store applies a
//! plan in one transaction.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;
use tutela_app::Page;
use tutela_app::i18n::Msg;
use tutela_app::ids::UploadId;
use tutela_app::model::{FieldErrors, RosterPage, RosterPreview, Viewer};
use tutela_app::policy::Policy;
use tutela_app::roster::RosterPages;
use tutela_app::roster::RosterRoute;
use tutela_app::routes::{Named, Reach, named};
use tutela_app::store::RosterUpload;

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, CsrfOnly, ManagePeople, actor, genuine};
use super::pages::{Ask, page, reach_of};
use super::people::csv_attachment;
use super::render::Rendered;
use crate::auth::Caller;
use crate::roster::{Preview, RosterOptions};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/people/roster", get(page).post(roster_upload).layer(DefaultBodyLimit::max(50 * 1024 * 1024)))
        .route("/people/roster/{id}/apply", post(roster_apply))
        .route("/people/roster.csv", get(roster_export))
}

/// The roster page `route` names.
pub async fn load(ask: &Ask<'_>, route: RosterRoute) -> Result<Page, HttpError> {
    match route {
        RosterRoute::Roster => roster_page(ask).await,
    }
}

/// Rows in error shown on the preview page (all are counted).
const ERRORS_SHOWN: usize = 200;

/// `GET /people/roster`: the upload form, for the institution in reach.
pub async fn roster_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::ManagePeople.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let reach = reach_of(ask.state, viewer, named(ask.query)).await?;
    Ok(Page::Roster(RosterPages::Roster(Box::new(RosterPage { institution: reach.switch, ..RosterPage::default() }))))
}

fn preview_model(upload_id: UploadId, file_name: &str, preview: &Preview, applied: bool) -> RosterPreview {
    RosterPreview {
        upload_id,
        file_name: file_name.to_string(),
        counts: preview.counts,
        errors: preview.errors.iter().take(ERRORS_SHOWN).map(|e| (e.line, e.message.clone())).collect(),
        errors_total: preview.errors.len(),
        examples: preview.examples.clone(),
        can_apply: preview.plan.is_some(),
        applied,
    }
}

/// The fields of an upload form.
#[derive(Default)]
struct UploadFields {
    csrf: String,
    file_name: String,
    content: Vec<u8>,
    complete: bool,
    as_of: String,
    institution: String,
}

/// The upload stopped before its end.
const INCOMPLETE: &str = "roster-upload-incomplete";

/// No file was chosen.
const NO_FILE: &str = "roster-choose-file";

/// The roster form again with one error.
fn form_error(field: &str, message: &'static str) -> HttpError {
    let mut errors = FieldErrors::new();
    errors.insert(field.into(), Msg::new(message));
    HttpError::invalid(Page::Roster(RosterPages::Roster(Box::new(RosterPage { errors, ..RosterPage::default() }))))
}

/// Reads a multipart upload form whole.
async fn read_upload(multipart: Result<Multipart, MultipartRejection>) -> Result<UploadFields, HttpError> {
    let mut multipart = multipart.map_err(|_| form_error("file", NO_FILE))?;
    let mut fields = UploadFields::default();
    while let Some(field) = multipart.next_field().await.map_err(|_| form_error("file", INCOMPLETE))? {
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            fields.file_name = field.file_name().unwrap_or("roster.csv").to_string();
        }
        let bytes = field.bytes().await.map_err(|_| form_error("file", INCOMPLETE))?;
        let text = || String::from_utf8_lossy(&bytes).trim().to_string();
        match name.as_str() {
            "csrf" => fields.csrf = String::from_utf8_lossy(&bytes).into_owned(),
            "file" => fields.content = bytes.to_vec(),
            "complete" => fields.complete = !bytes.is_empty(),
            "as_of" => fields.as_of = text(),
            "institution" => fields.institution = text(),
            _ => {}
        }
    }
    Ok(fields)
}

/// The options a roster is planned with for `viewer` in `reach`: the
/// people they may not change (more powerful) read as they are now.
async fn options(
    state: &AppState,
    viewer: &Viewer,
    reach: Reach,
    (complete, as_of, file_name): (bool, String, String),
) -> Result<RosterOptions, HttpError> {
    let protected = crate::roster::protected_people(state.store.as_ref(), reach.institution_id, viewer)
        .await
        .map_err(HttpError::store("the grants of an institution could not be read"))?;
    Ok(RosterOptions { complete, as_of, scopes: Some(reach.scopes), file_name, protected })
}

/// `POST /people/roster` (multipart): keeps the file and shows its preview.
/// Authorisation first; then a body that is not an upload is the form's error.
pub async fn roster_upload(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Allowed(viewer, _): Allowed<ManagePeople>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, HttpError> {
    let fields = read_upload(multipart).await?;
    genuine(&caller, &headers, &fields.csrf)?;
    let reach = reach_of(&state, &viewer, Named::Slug(&fields.institution)).await?;
    let UploadFields { file_name, content, complete, as_of, .. } = fields;
    let mut errors = FieldErrors::new();
    if content.is_empty() {
        errors.insert("file".into(), Msg::new(NO_FILE));
    }
    if !as_of.is_empty() && !crate::cli::valid_date(&as_of) {
        errors.insert("as_of".into(), Msg::new("roster-as-of-invalid"));
    }
    if !errors.is_empty() {
        let page = RosterPage { institution: reach.switch, errors, complete, as_of, preview: None };
        return Err(HttpError::invalid(Page::Roster(RosterPages::Roster(Box::new(page)))));
    }
    let effective = if as_of.is_empty() { state.clock.today() } else { as_of.clone() };
    let institution_id = reach.institution_id;
    let switch = reach.switch.clone();
    let options = options(&state, &viewer, reach, (complete, effective.clone(), file_name.clone())).await?;
    let preview = crate::roster::preview(state.store.as_ref(), institution_id, &content, &options)
        .await
        .map_err(HttpError::store("a roster could not be previewed"))?;
    let upload = RosterUpload {
        id: UploadId(0),
        institution_id,
        account_id: viewer.account_id,
        file_name: file_name.clone(),
        content,
        complete,
        as_of: effective,
        created_at: state.clock.now(),
        applied: false,
    };
    let upload_id =
        state.store.save_roster_upload(&upload).await.map_err(HttpError::store("a roster upload could not be kept"))?;
    let shown = preview_model(upload_id, &file_name, &preview, false);
    let page = RosterPage { institution: switch, errors: FieldErrors::new(), complete, as_of, preview: Some(shown) };
    Ok(preview_page(page, &preview))
}

/// The preview page: 422 while the file has errors.
fn preview_page(page: RosterPage, preview: &Preview) -> Response {
    let status = if preview.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    Rendered(Page::Roster(RosterPages::Roster(Box::new(page))), status).into_response()
}

/// The answer to applying a roster file a second time.
fn applied_already() -> HttpError {
    HttpError::conflict(Msg::new("roster-applied-already"))
}

/// `POST /people/roster/{id}/apply`: plans the kept file again against the
/// records as they are now and, if it still has no error, applies it.
pub async fn roster_apply(
    State(state): State<AppState>,
    Path(id): Path<UploadId>,
    Allowed(viewer, _): Allowed<ManagePeople>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, HttpError> {
    let upload = match state.store.roster_upload(id).await? {
        Some(upload) if upload.account_id == viewer.account_id => upload,
        _ => {
            return Err(HttpError::Forbidden(Msg::new("roster-not-your-upload")));
        }
    };
    if upload.applied {
        // Its content is gone: nothing to compare any more.
        return Err(applied_already());
    }
    // The reach and the protected people as they are now: the uploader may
    // have lost a grant since the preview, and grants may have changed.
    let reach = reach_of(&state, &viewer, Named::Id(upload.institution_id)).await?;
    let switch = reach.switch.clone();
    let planned = (upload.complete, upload.as_of.clone(), upload.file_name.clone());
    let options = options(&state, &viewer, reach, planned).await?;
    let preview = crate::roster::preview(state.store.as_ref(), upload.institution_id, &upload.content, &options)
        .await
        .map_err(HttpError::store("a roster could not be previewed"))?;
    let (preview, applied) = apply(&state, &viewer, &upload, &options, preview).await?;
    let mut shown = preview_model(upload.id, &upload.file_name, &preview, applied);
    if !applied {
        // The records changed so that the file now has errors, or nothing to change: show why.
        shown.can_apply = false;
    }
    let page = RosterPage {
        institution: switch,
        errors: FieldErrors::new(),
        complete: upload.complete,
        as_of: upload.as_of,
        preview: Some(shown),
    };
    Ok(preview_page(page, &preview))
}

/// Applies `preview`'s plan, if it has one: the preview to show and
/// whether it was applied.
async fn apply(
    state: &AppState,
    viewer: &Viewer,
    upload: &RosterUpload,
    options: &RosterOptions,
    preview: Preview,
) -> Result<(Preview, bool), HttpError> {
    let Some(plan) = &preview.plan else { return Ok((preview, false)) };
    let err = match state.store.apply_roster_upload(upload.id, plan, &actor(viewer)).await {
        Ok(()) => return Ok((preview, true)),
        Err(err) if err.is_refusal() => return Err(applied_already()),
        Err(err) => err,
    };
    // The database refused, nothing was written: most likely an email of
    // another institution (which the preview does not look at). Plan again
    // knowing those, to name the rows.
    match crate::roster::recheck(state.store.as_ref(), upload.institution_id, &upload.content, options).await {
        Ok(again) if !again.errors.is_empty() => {
            tracing::warn!(upload = upload.id.get(), account = viewer.account_id.get(), "a roster apply was refused");
            Ok((again, false))
        }
        _ => Err(HttpError::store("a roster could not be applied")(err)),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstitutionQuery {
    institution: String,
}

/// `GET /people/roster.csv`: the importer's people as a roster CSV.
pub async fn roster_export(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<ManagePeople>,
    Query(query): Query<InstitutionQuery>,
) -> Result<Response, HttpError> {
    let Reach { institution_id, scopes, .. } = reach_of(&state, &viewer, Named::Slug(&query.institution)).await?;
    let records = crate::roster::records(state.store.as_ref(), institution_id).await?;
    Ok(csv_attachment("roster.csv", crate::roster::export(&records, Some(&scopes))))
}
