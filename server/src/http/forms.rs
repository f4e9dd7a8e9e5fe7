//! The forms of signing in: each handler checks the CSRF token, validates,
//! and either redirects (303) or renders the form again with the error next
//! to the field and the values kept. No JavaScript is needed.

use axum::Extension;
use axum::extract::{Form, Multipart, Path, Query, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use tutela_app::Page;
use tutela_app::model::{AccountPage, ActivateForm, FieldErrors, RosterPage, RosterPreview};
use tutela_app::routes::{Named, Reach};
use tutela_app::store::access::InvitationPurpose;

use super::{AppState, render, see_other};
use crate::auth::{self, Caller, password};

pub use super::sign_in::{FORM_EXPIRED, SIGN_IN_FAILED, TOO_MANY_ATTEMPTS};

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CsrfOnly {
    csrf: String,
}

/// `POST /sign-out`: ends the session on the server and clears the cookie.
pub async fn sign_out(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<CsrfOnly>,
) -> Response {
    let Some(session) = &caller.session else { return see_other("/") };
    if !caller.genuine(&headers, &fields.csrf) {
        return forbidden(&state, &caller);
    }
    if let Err(err) = state.store.end_session(&session.id_hash).await {
        tracing::error!(%err, "a session could not be ended");
        return render(&state, &caller, Page::Unavailable, None);
    }
    let mut response = see_other("/");
    response.headers_mut().append(header::SET_COOKIE, auth::clear_cookie(caller.cookies.session, caller.https));
    response
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordFields {
    csrf: String,
    current_password: String,
    new_password: String,
    confirm_password: String,
}

/// `POST /account/password`.
pub async fn change_password(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<PasswordFields>,
) -> Response {
    let Some(session) = &caller.session else { return see_other("/sign-in?next=/account") };
    if !caller.genuine(&headers, &fields.csrf) {
        return forbidden(&state, &caller);
    }
    let account_id = session.info.account_id;
    let (summary, stored) =
        match (state.store.account_summary(account_id).await, state.store.password_hash(account_id).await) {
            (Ok(Some(summary)), Ok(stored)) => (summary, stored),
            _ => return render(&state, &caller, Page::Unavailable, None),
        };
    let mut errors = FieldErrors::new();
    let current_ok = match stored {
        Some(stored) => match state.auth.config.hashing.verify(stored, fields.current_password.clone()).await {
            Ok(matches) => matches,
            Err(password::Busy) => return busy(&state, &caller),
        },
        None => false,
    };
    if !current_ok {
        errors.insert("current_password".into(), "This is not your current password.".into());
    }
    let personal = [summary.staff_number.as_str(), summary.email.as_deref().unwrap_or(""), summary.name.as_str()];
    if let Some(reason) = password::refuse(&fields.new_password, &personal) {
        errors.insert("new_password".into(), reason);
    } else if fields.new_password == fields.current_password {
        errors.insert("new_password".into(), "Choose a password different from your current one.".into());
    }
    if fields.confirm_password != fields.new_password {
        errors.insert("confirm_password".into(), "The two new passwords are not the same.".into());
    }
    if !errors.is_empty() {
        let page = Page::Account(Box::new(AccountPage { summary, password_errors: errors, password_changed: false }));
        return render(&state, &caller, page, Some(StatusCode::UNPROCESSABLE_ENTITY));
    }
    let hash = match state.auth.config.hashing.hash(fields.new_password).await {
        Ok(Ok(hash)) => hash,
        Ok(Err(err)) => {
            tracing::error!(%err, "a password could not be hashed");
            return render(&state, &caller, Page::Unavailable, None);
        }
        Err(password::Busy) => return busy(&state, &caller),
    };
    let actor = format!("account:{account_id}");
    if let Err(err) = state.store.set_password(account_id, &hash, Some(&session.id_hash), &actor).await {
        tracing::error!(%err, "a password could not be stored");
        return render(&state, &caller, Page::Unavailable, None);
    }
    see_other("/account?password=changed#password")
}

/// The answer when the server is hashing as many passwords as it can:
/// try again shortly.
fn busy(state: &AppState, caller: &Caller) -> Response {
    let mut response = render(state, caller, Page::Unavailable, None);
    response.headers_mut().insert(header::RETRY_AFTER, axum::http::HeaderValue::from_static("5"));
    response
}

/// The answer to a form without this caller's CSRF token or from another site.
fn forbidden(state: &AppState, caller: &Caller) -> Response {
    render(state, caller, Page::Forbidden(FORM_EXPIRED.into()), Some(StatusCode::FORBIDDEN))
}

/// The activation form for an invitation, or why it cannot be used.
async fn activation_form(state: &AppState, token: &str) -> Page {
    match state.store.invitation(&auth::token_hash(token)).await {
        Ok(Some(invitation)) if !invitation.used && invitation.expires_at > auth::now() => {
            Page::Activate(ActivateForm {
                token: token.to_string(),
                name: invitation.name,
                staff_number: invitation.staff_number,
                reset: invitation.purpose == InvitationPurpose::Reset,
                errors: FieldErrors::new(),
            })
        }
        Ok(_) => Page::InvitationUnusable,
        Err(err) => {
            tracing::error!(%err, "an invitation could not be read");
            Page::Unavailable
        }
    }
}

/// `GET /activate/{token}`.
pub async fn activate_page(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(token): Path<String>,
) -> Response {
    let page = activation_form(&state, &token).await;
    render(&state, &caller, page, None)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActivateFields {
    csrf: String,
    new_password: String,
    confirm_password: String,
}

/// `POST /activate/{token}`: sets the password; the link then stops working.
pub async fn activate(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(fields): Form<ActivateFields>,
) -> Response {
    let page = activation_form(&state, &token).await;
    let Page::Activate(mut form) = page else { return render(&state, &caller, page, None) };
    if !caller.genuine(&headers, &fields.csrf) {
        return forbidden(&state, &caller);
    }
    let personal = [form.staff_number.as_str(), form.name.as_str()];
    if let Some(reason) = password::refuse(&fields.new_password, &personal) {
        form.errors.insert("new_password".into(), reason);
    }
    if fields.confirm_password != fields.new_password {
        form.errors.insert("confirm_password".into(), "The two passwords are not the same.".into());
    }
    if !form.errors.is_empty() {
        return render(&state, &caller, Page::Activate(form), Some(StatusCode::UNPROCESSABLE_ENTITY));
    }
    let hash = match state.auth.config.hashing.hash(fields.new_password).await {
        Ok(Ok(hash)) => hash,
        Ok(Err(err)) => {
            tracing::error!(%err, "a password could not be hashed");
            return render(&state, &caller, Page::Unavailable, None);
        }
        Err(password::Busy) => return busy(&state, &caller),
    };
    match state.store.redeem_invitation(&auth::token_hash(&token), &hash, auth::now()).await {
        Ok(_) => see_other("/sign-in?activated=1"),
        // Used by a request that raced this one, or expired meanwhile.
        Err(err) if err.is_refusal() => render(&state, &caller, Page::InvitationUnusable, None),
        Err(err) => {
            tracing::error!(%err, "an invitation could not be redeemed");
            render(&state, &caller, Page::Unavailable, None)
        }
    }
}

/// A person whose account a handler acts on, as their page shows them.
struct Target {
    person: tutela_app::model::PersonDetail,
    account: i64,
    viewer: tutela_app::model::Viewer,
}

/// The person `id` and their account, if the caller manages their unit and
/// may act on their account ([`Viewer::may_act_on`]: every grant the
/// account holds is within what the caller administers, and it is not the
/// caller's own); otherwise the response to send instead (sign in, or 403
/// for anyone else and for people who do not exist alike).
///
/// [`Viewer::may_act_on`]: tutela_app::model::Viewer::may_act_on
async fn acted_on(
    state: &AppState,
    caller: &Caller,
    headers: &HeaderMap,
    csrf: &str,
    id: i64,
) -> Result<Target, Box<Response>> {
    let Some(viewer) = caller.viewer() else { return Err(Box::new(see_other(&format!("/sign-in?next=/people/{id}")))) };
    if !caller.genuine(headers, csrf) {
        return Err(Box::new(forbidden(state, caller)));
    }
    let refuse =
        |message: &str, status| Err(Box::new(render(state, caller, Page::Forbidden(message.into()), Some(status))));
    let person = match state.store.person(id).await {
        Ok(Some(person)) if viewer.manages(&person.unit_path) => person,
        Ok(_) => return refuse(tutela_app::routes::NOT_YOURS, StatusCode::FORBIDDEN),
        Err(err) => {
            tracing::error!(%err, "a person could not be read");
            return Err(Box::new(render(state, caller, Page::Unavailable, None)));
        }
    };
    let person = match tutela_app::routes::with_roles(state.store.as_ref(), &viewer, person).await {
        Ok(person) => person,
        Err(err) => {
            tracing::error!(%err, "a person's roles could not be read");
            return Err(Box::new(render(state, caller, Page::Unavailable, None)));
        }
    };
    let account = match state.store.account_of(id).await {
        Ok(Some(account)) => account,
        Ok(None) => return refuse("This person has no account.", StatusCode::CONFLICT),
        Err(_) => return Err(Box::new(render(state, caller, Page::Unavailable, None))),
    };
    if account == viewer.account_id {
        return refuse(tutela_app::routes::NOT_YOURSELF, StatusCode::FORBIDDEN);
    }
    if !person.may_act {
        return refuse(tutela_app::routes::MORE_POWERFUL, StatusCode::FORBIDDEN);
    }
    Ok(Target { person, account, viewer })
}

/// `POST /people/{id}/invite`: a new activation or reset link, shown once.
pub async fn person_invite(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(fields): Form<CsrfOnly>,
) -> Response {
    let Target { mut person, account, viewer } = match acted_on(&state, &caller, &headers, &fields.csrf, id).await {
        Ok(found) => found,
        Err(response) => return *response,
    };
    let purpose = match person.account {
        tutela_app::model::AccountState::Active | tutela_app::model::AccountState::Locked => InvitationPurpose::Reset,
        _ => InvitationPurpose::Activate,
    };
    let actor = format!("account:{}", viewer.account_id);
    match auth::invite(state.store.as_ref(), account, purpose, &actor).await {
        Ok((token, _)) => {
            person.new_link = Some(auth::invitation_link(&caller.site_base(), &token));
            render(&state, &caller, Page::Person(Box::new(person)), None)
        }
        Err(err) => {
            tracing::error!(%err, "an invitation could not be created");
            render(&state, &caller, Page::Unavailable, None)
        }
    }
}

/// `POST /people/{id}/unlock`.
pub async fn person_unlock(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(fields): Form<CsrfOnly>,
) -> Response {
    let Target { account, viewer, .. } = match acted_on(&state, &caller, &headers, &fields.csrf, id).await {
        Ok(found) => found,
        Err(response) => return *response,
    };
    let actor = format!("account:{}", viewer.account_id);
    match state.store.unlock_account(account, &actor).await {
        Ok(()) => see_other(&format!("/people/{id}#account")),
        Err(err) => {
            tracing::error!(%err, "an account could not be unlocked");
            render(&state, &caller, Page::Unavailable, None)
        }
    }
}

/// `POST /people/{id}/lock`: locks the account against every address and
/// ends its sessions, until an administrator (or HR, for people without
/// roles) unlocks it.
pub async fn person_lock(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(fields): Form<CsrfOnly>,
) -> Response {
    let Target { account, viewer, .. } = match acted_on(&state, &caller, &headers, &fields.csrf, id).await {
        Ok(found) => found,
        Err(response) => return *response,
    };
    match state.store.lock_account(account, &format!("account:{}", viewer.account_id)).await {
        Ok(()) => see_other(&format!("/people/{id}#account")),
        Err(err) => {
            tracing::error!(%err, "an account could not be locked");
            render(&state, &caller, Page::Unavailable, None)
        }
    }
}

/// Rows in error shown on the preview page (all are counted).
const ERRORS_SHOWN: usize = 200;

/// The caller if they manage people, or the answer for those who may not import.
fn roster_importer(state: &AppState, caller: &Caller) -> Result<tutela_app::model::Viewer, Box<Response>> {
    match caller.viewer() {
        None => Err(Box::new(see_other("/sign-in?next=/people/roster"))),
        Some(viewer) if !viewer.manages_people() => Err(Box::new(render(
            state,
            caller,
            Page::Forbidden(tutela_app::routes::NOT_A_MANAGER.into()),
            Some(StatusCode::FORBIDDEN),
        ))),
        Some(viewer) => Ok(viewer),
    }
}

/// The viewer's reach in the institution `named`, or the answer to send:
/// 403 when they may not act there.
async fn reach_of(
    state: &AppState,
    caller: &Caller,
    viewer: &tutela_app::model::Viewer,
    named: Named<'_>,
) -> Result<Reach, Box<Response>> {
    match tutela_app::routes::reach(state.store.as_ref(), viewer, named).await {
        Ok(Some(reach)) => Ok(reach),
        Ok(None) => {
            let page = Page::Forbidden(tutela_app::routes::NOT_YOUR_INSTITUTION.into());
            Err(Box::new(render(state, caller, page, Some(StatusCode::FORBIDDEN))))
        }
        Err(err) => {
            tracing::error!(%err, "an institution could not be read");
            Err(Box::new(render(state, caller, Page::Unavailable, None)))
        }
    }
}

fn preview_model(upload_id: i64, file_name: &str, preview: &crate::roster::Preview, applied: bool) -> RosterPreview {
    RosterPreview {
        upload_id,
        file_name: file_name.to_string(),
        rows: preview.rows,
        joiners: preview.joiners,
        movers: preview.movers,
        leavers: preview.leavers,
        rejoiners: preview.rejoiners,
        updated: preview.updated,
        unchanged: preview.unchanged,
        errors: preview.errors.iter().take(ERRORS_SHOWN).map(|e| (e.line, e.message.clone())).collect(),
        errors_total: preview.errors.len(),
        examples: preview.examples.clone(),
        can_apply: preview.plan.is_some(),
        applied,
    }
}

/// `POST /people/roster` (multipart): keeps the file and shows its preview.
pub async fn roster_upload(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    multipart: Result<Multipart, axum::extract::multipart::MultipartRejection>,
) -> Response {
    let viewer = match roster_importer(&state, &caller) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    // Authorisation first; then a body that is not an upload is the form's error.
    let Ok(mut multipart) = multipart else {
        return roster_form_error(&state, &caller, "file", "Choose a CSV file to upload.");
    };
    let (mut csrf, mut file_name, mut content, mut complete, mut as_of, mut institution) =
        (String::new(), String::new(), Vec::new(), false, String::new(), String::new());
    loop {
        match multipart.next_field().await {
            Ok(Some(field)) => {
                let name = field.name().unwrap_or_default().to_string();
                if name == "file" {
                    file_name = field.file_name().unwrap_or("roster.csv").to_string();
                }
                match field.bytes().await {
                    Ok(bytes) => match name.as_str() {
                        "csrf" => csrf = String::from_utf8_lossy(&bytes).into_owned(),
                        "file" => content = bytes.to_vec(),
                        "complete" => complete = !bytes.is_empty(),
                        "as_of" => as_of = String::from_utf8_lossy(&bytes).trim().to_string(),
                        "institution" => institution = String::from_utf8_lossy(&bytes).trim().to_string(),
                        _ => {}
                    },
                    Err(_) => {
                        return roster_form_error(
                            &state,
                            &caller,
                            "file",
                            "The upload did not arrive whole (the limit is 50 MB). Try again.",
                        );
                    }
                }
            }
            Ok(None) => break,
            Err(_) => {
                return roster_form_error(
                    &state,
                    &caller,
                    "file",
                    "The upload did not arrive whole (the limit is 50 MB). Try again.",
                );
            }
        }
    }
    if !caller.genuine(&headers, &csrf) {
        return forbidden(&state, &caller);
    }
    let reach = match reach_of(&state, &caller, &viewer, Named::Slug(&institution)).await {
        Ok(reach) => reach,
        Err(response) => return *response,
    };
    let mut errors = FieldErrors::new();
    if content.is_empty() {
        errors.insert("file".into(), "Choose a CSV file to upload.".into());
    }
    if !as_of.is_empty() && !crate::cli::valid_date(&as_of) {
        errors.insert(
            "as_of".into(),
            "Write the date as YYYY-MM-DD, such as 2026-03-01, or leave it empty for today.".into(),
        );
    }
    if !errors.is_empty() {
        let page = RosterPage { institution: reach.switch, errors, complete, as_of, preview: None };
        return render(&state, &caller, Page::Roster(Box::new(page)), Some(StatusCode::UNPROCESSABLE_ENTITY));
    }
    let effective = if as_of.is_empty() { crate::cli::today() } else { as_of.clone() };
    let protected = match crate::roster::protected_people(state.store.as_ref(), reach.institution_id, &viewer).await {
        Ok(protected) => protected,
        Err(err) => {
            tracing::error!(%err, "the grants of an institution could not be read");
            return render(&state, &caller, Page::Unavailable, None);
        }
    };
    let options = crate::roster::RosterOptions {
        complete,
        as_of: effective.clone(),
        scopes: Some(reach.scopes),
        file_name: file_name.clone(),
        protected,
    };
    let preview = match crate::roster::preview(state.store.as_ref(), reach.institution_id, &content, &options).await {
        Ok(preview) => preview,
        Err(err) => {
            tracing::error!(%err, "a roster could not be previewed");
            return render(&state, &caller, Page::Unavailable, None);
        }
    };
    let upload = tutela_app::store::access::RosterUpload {
        id: 0,
        institution_id: reach.institution_id,
        account_id: viewer.account_id,
        file_name: file_name.clone(),
        content,
        complete,
        as_of: effective,
        created_at: auth::now(),
        applied: false,
    };
    let upload_id = match state.store.save_roster_upload(&upload).await {
        Ok(id) => id,
        Err(err) => {
            tracing::error!(%err, "a roster upload could not be kept");
            return render(&state, &caller, Page::Unavailable, None);
        }
    };
    let page = RosterPage {
        institution: reach.switch,
        errors: FieldErrors::new(),
        complete,
        as_of,
        preview: Some(preview_model(upload_id, &file_name, &preview, false)),
    };
    let status = if preview.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(&state, &caller, Page::Roster(Box::new(page)), Some(status))
}

fn roster_form_error(state: &AppState, caller: &Caller, field: &str, message: &str) -> Response {
    let mut errors = FieldErrors::new();
    errors.insert(field.into(), message.into());
    let page = RosterPage { errors, ..RosterPage::default() };
    render(state, caller, Page::Roster(Box::new(page)), Some(StatusCode::UNPROCESSABLE_ENTITY))
}

/// `POST /people/roster/{id}/apply`: plans the kept file again against the
/// records as they are now and, if it still has no error, applies it.
pub async fn roster_apply(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(fields): Form<CsrfOnly>,
) -> Response {
    let viewer = match roster_importer(&state, &caller) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    if !caller.genuine(&headers, &fields.csrf) {
        return forbidden(&state, &caller);
    }
    let upload = match state.store.roster_upload(id).await {
        Ok(Some(upload)) if upload.account_id == viewer.account_id => upload,
        Ok(_) => {
            let page = Page::Forbidden(
                "This roster file was uploaded by someone else, or does not exist (a file not applied is kept for 7 days)."
                    .into(),
            );
            return render(&state, &caller, page, Some(StatusCode::FORBIDDEN));
        }
        Err(_) => return render(&state, &caller, Page::Unavailable, None),
    };
    if upload.applied {
        // Its content is gone: nothing to compare any more.
        return roster_applied_already(&state, &caller);
    }
    // The reach as it is now: the uploader may have lost a grant since the preview.
    let reach = match reach_of(&state, &caller, &viewer, Named::Id(upload.institution_id)).await {
        Ok(reach) => reach,
        Err(response) => return *response,
    };
    // The protected people as they are now: grants may have changed since the preview.
    let protected = match crate::roster::protected_people(state.store.as_ref(), upload.institution_id, &viewer).await {
        Ok(protected) => protected,
        Err(err) => {
            tracing::error!(%err, "the grants of an institution could not be read");
            return render(&state, &caller, Page::Unavailable, None);
        }
    };
    let options = crate::roster::RosterOptions {
        complete: upload.complete,
        as_of: upload.as_of.clone(),
        scopes: Some(reach.scopes),
        file_name: upload.file_name.clone(),
        protected,
    };
    let preview =
        match crate::roster::preview(state.store.as_ref(), upload.institution_id, &upload.content, &options).await {
            Ok(preview) => preview,
            Err(_) => return render(&state, &caller, Page::Unavailable, None),
        };
    let actor = format!("account:{}", viewer.account_id);
    let (preview, applied) = match &preview.plan {
        Some(plan) => match state.store.apply_roster_upload(upload.id, plan, &actor).await {
            Ok(()) => (preview, true),
            Err(err) if err.is_refusal() => return roster_applied_already(&state, &caller),
            Err(err) => {
                // The database refused, nothing was written: most likely an
                // email of another institution (which the preview does not
                // look at). Plan again knowing those, to name the rows.
                match crate::roster::recheck(state.store.as_ref(), upload.institution_id, &upload.content, &options)
                    .await
                {
                    Ok(again) if !again.errors.is_empty() => {
                        tracing::warn!(upload = upload.id, account = viewer.account_id, "a roster apply was refused");
                        (again, false)
                    }
                    _ => {
                        tracing::error!(%err, "a roster could not be applied");
                        return render(&state, &caller, Page::Unavailable, None);
                    }
                }
            }
        },
        None => (preview, false),
    };
    let mut shown = preview_model(upload.id, &upload.file_name, &preview, applied);
    if !applied {
        // The records changed so that the file now has errors, or nothing to change: show why.
        shown.can_apply = false;
    }
    let page = RosterPage {
        institution: reach.switch,
        errors: FieldErrors::new(),
        complete: upload.complete,
        as_of: upload.as_of,
        preview: Some(shown),
    };
    let status = if preview.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render(&state, &caller, Page::Roster(Box::new(page)), Some(status))
}

/// The answer to applying a roster file a second time.
fn roster_applied_already(state: &AppState, caller: &Caller) -> Response {
    let page = Page::Forbidden(
        "This roster file was applied already. To compare it with the records as they are now, upload it again.".into(),
    );
    render(state, caller, page, Some(StatusCode::CONFLICT))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstitutionQuery {
    institution: String,
}

/// `GET /people/roster.csv`: the importer's people as a roster CSV.
pub async fn roster_export(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<InstitutionQuery>,
) -> Response {
    let viewer = match roster_importer(&state, &caller) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    let Reach { institution_id, scopes, .. } =
        match reach_of(&state, &caller, &viewer, Named::Slug(&query.institution)).await {
            Ok(reach) => reach,
            Err(response) => return *response,
        };
    let Ok(records) = crate::roster::records(state.store.as_ref(), institution_id).await else {
        return render(&state, &caller, Page::Unavailable, None);
    };
    let csv = crate::roster::export(&records, Some(&scopes));
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"roster.csv\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        csv,
    )
        .into_response()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct GrantFields {
    csrf: String,
    role: String,
    unit: String,
}

/// The account of person `id` and the caller, if the caller administers the
/// person's unit and may act on their account.
async fn administered_person(
    state: &AppState,
    caller: &Caller,
    headers: &HeaderMap,
    csrf: &str,
    id: i64,
) -> Result<Target, Box<Response>> {
    let target = acted_on(state, caller, headers, csrf, id).await?;
    if target.viewer.administers(&target.person.unit_path) {
        Ok(target)
    } else {
        let page = Page::Forbidden("Only an administrator of this person's unit can change their roles.".into());
        Err(Box::new(render(state, caller, page, Some(StatusCode::FORBIDDEN))))
    }
}

/// `POST /people/{id}/roles`: grants a role on a unit the caller administers.
pub async fn person_grant(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(fields): Form<GrantFields>,
) -> Response {
    let Target { account, viewer, .. } = match administered_person(&state, &caller, &headers, &fields.csrf, id).await {
        Ok(found) => found,
        Err(response) => return *response,
    };
    let role = tutela_app::model::Role::parse(&fields.role);
    let unit_path = match fields.unit.parse::<i64>() {
        Ok(unit) => state.store.unit_path(unit).await.ok().flatten().map(|path| (unit, path)),
        Err(_) => None,
    };
    let (Some(role), Some((unit, path))) = (role, unit_path) else {
        let page = Page::Forbidden("Choose a role and a unit.".into());
        return render(&state, &caller, page, Some(StatusCode::UNPROCESSABLE_ENTITY));
    };
    if !viewer.administers(&path) {
        let page = Page::Forbidden("You can grant roles only in units you administer.".into());
        return render(&state, &caller, page, Some(StatusCode::FORBIDDEN));
    }
    match state.store.grant_role_on(account, role, Some(unit), &format!("account:{}", viewer.account_id)).await {
        Ok(()) => see_other(&format!("/people/{id}#roles")),
        Err(err) if err.is_refusal() => {
            let message = err.message();
            render(&state, &caller, Page::Forbidden(message), Some(StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(_) => render(&state, &caller, Page::Unavailable, None),
    }
}

/// `POST /people/{id}/roles/{grant}/revoke`.
pub async fn person_revoke(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path((id, grant)): Path<(i64, i64)>,
    headers: HeaderMap,
    Form(fields): Form<CsrfOnly>,
) -> Response {
    let Target { person, account, viewer } =
        match administered_person(&state, &caller, &headers, &fields.csrf, id).await {
            Ok(found) => found,
            Err(response) => return *response,
        };
    // The grant's own scope decides, not only the person's unit: an
    // administrator of a unit cannot revoke a grant on a unit above it.
    if person.roles.iter().any(|line| line.grant_id == grant && !line.revocable) {
        let page = Page::Forbidden(tutela_app::routes::MORE_POWERFUL.into());
        return render(&state, &caller, page, Some(StatusCode::FORBIDDEN));
    }
    match state.store.revoke_role(account, grant, &format!("account:{}", viewer.account_id)).await {
        Ok(()) => see_other(&format!("/people/{id}#roles")),
        Err(err) if err.is_refusal() => {
            let message = err.message();
            render(&state, &caller, Page::Forbidden(message), Some(StatusCode::CONFLICT))
        }
        Err(_) => render(&state, &caller, Page::Unavailable, None),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct UnitFields {
    csrf: String,
    institution: String,
    code: String,
    name: String,
    parent: String,
    unit: String,
    new_parent: String,
}

/// The caller, if an administrator; otherwise the answer to send.
fn admin_caller(
    state: &AppState,
    caller: &Caller,
    headers: &HeaderMap,
    csrf: &str,
) -> Result<tutela_app::model::Viewer, Box<Response>> {
    let Some(viewer) = caller.viewer() else { return Err(Box::new(see_other("/sign-in?next=/admin/units"))) };
    if !viewer.is_admin() {
        let page = Page::Forbidden(tutela_app::routes::NOT_AN_ADMIN_UNITS.into());
        return Err(Box::new(render(state, caller, page, Some(StatusCode::FORBIDDEN))));
    }
    if !caller.genuine(headers, csrf) {
        return Err(Box::new(forbidden(state, caller)));
    }
    Ok(viewer)
}

/// The units page again with the errors and the values typed.
async fn units_again(
    state: &AppState,
    caller: &Caller,
    (viewer, reach): (&tutela_app::model::Viewer, &Reach),
    fields: UnitFields,
    errors: FieldErrors,
) -> Response {
    match tutela_app::routes::units_page(state.store.as_ref(), viewer, reach, None).await {
        Ok(mut page) => {
            page.errors = errors;
            page.code = fields.code;
            page.name = fields.name;
            page.parent = fields.parent;
            page.unit = fields.unit;
            page.new_parent = fields.new_parent;
            render(state, caller, Page::Units(Box::new(page)), Some(StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(_) => render(state, caller, Page::Unavailable, None),
    }
}

/// The path of unit `value` (an id) if the viewer administers it.
async fn administered_unit(state: &AppState, viewer: &tutela_app::model::Viewer, value: &str) -> Option<(i64, String)> {
    let id = value.parse::<i64>().ok()?;
    let path = state.store.unit_path(id).await.ok().flatten()?;
    viewer.administers(&path).then_some((id, path))
}

/// `POST /admin/units`: adds a unit.
pub async fn unit_create(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<UnitFields>,
) -> Response {
    let viewer = match admin_caller(&state, &caller, &headers, &fields.csrf) {
        Ok(viewer) => viewer,
        Err(response) => return *response,
    };
    let reach = match reach_of(&state, &caller, &viewer, Named::Slug(&fields.institution)).await {
        Ok(reach) => reach,
        Err(response) => return *response,
    };
    let mut errors = FieldErrors::new();
    let code = fields.code.trim().to_lowercase();
    let valid_code = !code.is_empty()
        && code.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !code.starts_with('-');
    if !valid_code {
        errors.insert("code".into(), "Use lower-case letters, digits and hyphens, such as east-court.".into());
    }
    if fields.name.trim().is_empty() {
        errors.insert("name".into(), "Give the unit a name.".into());
    }
    let parent = if fields.parent.is_empty() && viewer.is_deployment_admin() {
        Some(None)
    } else {
        administered_unit(&state, &viewer, &fields.parent).await.map(|(id, _)| Some(id))
    };
    if parent.is_none() {
        errors.insert("parent".into(), "Choose a unit you administer.".into());
    }
    if !errors.is_empty() {
        return units_again(&state, &caller, (&viewer, &reach), fields, errors).await;
    }
    let actor = format!("account:{}", viewer.account_id);
    let result =
        state.store.create_unit(reach.institution_id, parent.flatten(), &code, fields.name.trim(), &actor).await;
    match result {
        Ok(_) => see_other(&format!("/admin/units?done=added{}", reach.switch.query('&'))),
        Err(err) if err.is_refusal() => {
            let message = err.message();
            errors.insert("code".into(), format!("{}.", capitalise(&message)));
            units_again(&state, &caller, (&viewer, &reach), fields, errors).await
        }
        Err(_) => render(&state, &caller, Page::Unavailable, None),
    }
}

/// `POST /admin/units/move`: moves a unit and its subtree.
pub async fn unit_move(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<UnitFields>,
) -> Response {
    let viewer = match admin_caller(&state, &caller, &headers, &fields.csrf) {
        Ok(viewer) => viewer,
        Err(response) => return *response,
    };
    let reach = match reach_of(&state, &caller, &viewer, Named::Slug(&fields.institution)).await {
        Ok(reach) => reach,
        Err(response) => return *response,
    };
    let mut errors = FieldErrors::new();
    let unit = administered_unit(&state, &viewer, &fields.unit).await;
    let new_parent = administered_unit(&state, &viewer, &fields.new_parent).await;
    if unit.is_none() {
        errors.insert("unit".into(), "Choose a unit you administer.".into());
    }
    if new_parent.is_none() {
        errors.insert("new_parent".into(), "Choose a unit you administer.".into());
    }
    let (Some((unit, _)), Some((new_parent, _))) = (unit, new_parent) else {
        return units_again(&state, &caller, (&viewer, &reach), fields, errors).await;
    };
    match state.store.move_unit(unit, new_parent, &format!("account:{}", viewer.account_id)).await {
        Ok(()) => see_other(&format!("/admin/units?done=moved{}", reach.switch.query('&'))),
        Err(err) if err.is_refusal() => {
            let message = err.message();
            errors.insert("new_parent".into(), format!("{}.", capitalise(&message)));
            units_again(&state, &caller, (&viewer, &reach), fields, errors).await
        }
        Err(_) => render(&state, &caller, Page::Unavailable, None),
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CadreFields {
    csrf: String,
    slug: String,
    name: String,
    description: String,
    retired: String,
}

/// The caller, if a deployment administrator; otherwise the answer to send.
fn deployment_admin(
    state: &AppState,
    caller: &Caller,
    headers: &HeaderMap,
    csrf: &str,
) -> Result<tutela_app::model::Viewer, Box<Response>> {
    let Some(viewer) = caller.viewer() else { return Err(Box::new(see_other("/sign-in?next=/admin/cadres"))) };
    if !viewer.is_deployment_admin() {
        let page = Page::Forbidden(tutela_app::routes::NOT_A_DEPLOYMENT_ADMIN.into());
        return Err(Box::new(render(state, caller, page, Some(StatusCode::FORBIDDEN))));
    }
    if !caller.genuine(headers, csrf) {
        return Err(Box::new(forbidden(state, caller)));
    }
    Ok(viewer)
}

async fn cadres_again(
    state: &AppState,
    caller: &Caller,
    errors_for: &str,
    fields: CadreFields,
    errors: FieldErrors,
) -> Response {
    match state.store.cadre_lines().await {
        Ok(cadres) => {
            let page = tutela_app::model::CadresPage {
                cadres,
                errors,
                errors_for: errors_for.to_string(),
                slug: fields.slug,
                name: fields.name,
                description: fields.description,
                notice: None,
            };
            render(state, caller, Page::Cadres(Box::new(page)), Some(StatusCode::UNPROCESSABLE_ENTITY))
        }
        Err(_) => render(state, caller, Page::Unavailable, None),
    }
}

/// `POST /admin/cadres`: adds a cadre.
pub async fn cadre_create(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<CadreFields>,
) -> Response {
    let viewer = match deployment_admin(&state, &caller, &headers, &fields.csrf) {
        Ok(viewer) => viewer,
        Err(response) => return *response,
    };
    let mut errors = FieldErrors::new();
    let slug = fields.slug.trim().to_lowercase();
    if slug.is_empty()
        || !slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        || slug.starts_with('-')
    {
        errors.insert("slug".into(), "Use lower-case letters, digits and hyphens, such as labour-inspector.".into());
    }
    if fields.name.trim().is_empty() {
        errors.insert("name".into(), "Give the cadre a name.".into());
    }
    if !errors.is_empty() {
        return cadres_again(&state, &caller, "new", fields, errors).await;
    }
    let actor = format!("account:{}", viewer.account_id);
    match state.store.create_cadre(&slug, fields.name.trim(), fields.description.trim(), &actor).await {
        Ok(()) => see_other("/admin/cadres?saved=1"),
        Err(err) if err.is_refusal() => {
            let message = err.message();
            errors.insert("slug".into(), format!("{}.", capitalise(&message)));
            cadres_again(&state, &caller, "new", fields, errors).await
        }
        Err(_) => render(&state, &caller, Page::Unavailable, None),
    }
}

/// `POST /admin/cadres/{id}`: renames a cadre.
pub async fn cadre_rename(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(fields): Form<CadreFields>,
) -> Response {
    let viewer = match deployment_admin(&state, &caller, &headers, &fields.csrf) {
        Ok(viewer) => viewer,
        Err(response) => return *response,
    };
    if fields.name.trim().is_empty() {
        let mut errors = FieldErrors::new();
        errors.insert("name".into(), "Give the cadre a name.".into());
        return cadres_again(&state, &caller, &id.to_string(), fields, errors).await;
    }
    let actor = format!("account:{}", viewer.account_id);
    match state.store.rename_cadre(id, fields.name.trim(), fields.description.trim(), &actor).await {
        Ok(()) => see_other("/admin/cadres?saved=1"),
        Err(err) if err.is_refusal() => {
            let message = err.message();
            render(&state, &caller, Page::Forbidden(message), Some(StatusCode::CONFLICT))
        }
        Err(_) => render(&state, &caller, Page::Unavailable, None),
    }
}

/// `POST /admin/cadres/{id}/retire`: retires (retired=yes) or restores it.
pub async fn cadre_retire(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(id): Path<i64>,
    headers: HeaderMap,
    Form(fields): Form<CadreFields>,
) -> Response {
    let viewer = match deployment_admin(&state, &caller, &headers, &fields.csrf) {
        Ok(viewer) => viewer,
        Err(response) => return *response,
    };
    let actor = format!("account:{}", viewer.account_id);
    match state.store.set_cadre_retired(id, fields.retired == "yes", &actor).await {
        Ok(()) => see_other("/admin/cadres?saved=1"),
        Err(err) if err.is_refusal() => {
            let message = err.message();
            render(&state, &caller, Page::Forbidden(message), Some(StatusCode::CONFLICT))
        }
        Err(_) => render(&state, &caller, Page::Unavailable, None),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstitutionFields {
    csrf: String,
    slug: String,
    name: String,
    country: String,
    root_code: String,
    root_name: String,
}

fn is_code(text: &str) -> bool {
    !text.is_empty()
        && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !text.starts_with('-')
}

/// `POST /admin/institutions`: adds an institution with its top unit.
pub async fn institution_create(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<InstitutionFields>,
) -> Response {
    let viewer = match deployment_admin(&state, &caller, &headers, &fields.csrf) {
        Ok(viewer) => viewer,
        Err(response) => return *response,
    };
    let mut errors = FieldErrors::new();
    let slug = fields.slug.trim().to_lowercase();
    let root_code = fields.root_code.trim().to_lowercase();
    if !is_code(&slug) {
        errors.insert("slug".into(), "Use lower-case letters, digits and hyphens, such as judicial-institute.".into());
    }
    if !is_code(&root_code) {
        errors.insert("root_code".into(), "Use lower-case letters, digits and hyphens, such as hq.".into());
    }
    for (field, value) in [("name", &fields.name), ("root_name", &fields.root_name)] {
        if value.trim().is_empty() {
            errors.insert(field.into(), "This cannot be empty.".into());
        }
    }
    if errors.is_empty() {
        let actor = format!("account:{}", viewer.account_id);
        let created = state
            .store
            .create_institution(
                &slug,
                fields.name.trim(),
                fields.country.trim(),
                &root_code,
                fields.root_name.trim(),
                &actor,
            )
            .await;
        match created {
            Ok(_) => return see_other("/admin/institutions?saved=1"),
            Err(err) if err.is_refusal() => {
                let message = err.message();
                errors.insert("slug".into(), format!("{}.", capitalise(&message)));
            }
            Err(_) => return render(&state, &caller, Page::Unavailable, None),
        }
    }
    let institutions = match state.store.institution_lines().await {
        Ok(lines) => lines,
        Err(_) => return render(&state, &caller, Page::Unavailable, None),
    };
    let page = tutela_app::model::InstitutionsPage {
        institutions,
        errors,
        slug: fields.slug,
        name: fields.name,
        country: fields.country,
        root_code: fields.root_code,
        root_name: fields.root_name,
        notice: None,
    };
    render(&state, &caller, Page::Institutions(Box::new(page)), Some(StatusCode::UNPROCESSABLE_ENTITY))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstitutionForm {
    csrf: String,
    institution: String,
}

/// `POST /people/invitations.csv`: a new activation link for every active
/// person in the caller's units whose account is not activated yet, as a
/// CSV to pass on (earlier links of those accounts stop working).
pub async fn invitations_export(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<InstitutionForm>,
) -> Response {
    let viewer = match roster_importer(&state, &caller) {
        Ok(found) => found,
        Err(response) => return *response,
    };
    if !caller.genuine(&headers, &fields.csrf) {
        return forbidden(&state, &caller);
    }
    let (institution_id, scopes) = match reach_of(&state, &caller, &viewer, Named::Slug(&fields.institution)).await {
        Ok(reach) => (reach.institution_id, reach.scopes),
        Err(response) => return *response,
    };
    // Nobody gets a link for an account more powerful than their own.
    let protected = match crate::roster::protected_people(state.store.as_ref(), institution_id, &viewer).await {
        Ok(protected) => protected,
        Err(err) => {
            tracing::error!(%err, "the grants of an institution could not be read");
            return render(&state, &caller, Page::Unavailable, None);
        }
    };
    let query = tutela_app::model::PeopleQuery { status: "active".into(), page: 1, ..Default::default() };
    let Ok((rows, _)) = state.store.people(Some(&scopes), &query, 1_000_000).await else {
        return render(&state, &caller, Page::Unavailable, None);
    };
    // Every link is made first and stored in one transaction: the file is
    // sent only when all of them are, and a failure leaves the earlier links working.
    let expires_at = auth::now() + auth::ACTIVATION_LIFETIME.as_secs() as i64;
    let mut lines = Vec::new();
    let mut invitations = Vec::new();
    let unactivated = rows.into_iter().filter(|r| r.account == tutela_app::model::AccountState::NotActivated);
    for row in unactivated.filter(|r| !protected.contains(&r.id) && r.id != viewer.person_id) {
        let account_id = match state.store.account_of(row.id).await {
            Ok(Some(account_id)) => account_id,
            Ok(None) => continue,
            Err(err) => {
                tracing::error!(%err, "an account could not be read");
                return render(&state, &caller, Page::Unavailable, None);
            }
        };
        let token = auth::new_token();
        let token_hash = auth::token_hash(&token);
        invitations.push(tutela_app::store::access::NewInvitation {
            account_id,
            purpose: InvitationPurpose::Activate,
            token_hash,
            expires_at,
        });
        lines.push((row, token));
    }
    let actor = format!("account:{}", viewer.account_id);
    match state.store.create_invitations(&invitations, &actor).await {
        Ok(()) => {}
        Err(err) if err.is_refusal() => {
            let message = err.message();
            return render(&state, &caller, Page::Forbidden(message), Some(StatusCode::CONFLICT));
        }
        Err(err) => {
            tracing::error!(%err, "activation links could not be created");
            return render(&state, &caller, Page::Unavailable, None);
        }
    }
    let site = caller.site_base();
    let expires = tutela_app::model::utc_label(expires_at);
    let mut file = crate::csv_out::CsvOut::new();
    file.row(["staff_number", "name", "unit", "link", "expires"]);
    for (row, token) in &lines {
        let link = auth::invitation_link(&site, token);
        file.row([row.staff_number.as_str(), row.name.as_str(), row.unit.as_str(), &link, &expires]);
    }
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"activation-links.csv\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        file.into_bytes(),
    )
        .into_response()
}
