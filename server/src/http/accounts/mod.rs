//! Accounts: signing in ([`sign_in`]) and out, the account page and its
//! password change, activating an account (or resetting its password)
//! with an invitation link, and the security log (`/admin/sign-ins`).

pub mod language;
pub mod sign_in;

use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;
use tutela_app::Page;
use tutela_app::accounts::AccountsPages;
use tutela_app::accounts::AccountsRoute;
use tutela_app::i18n::Msg;
use tutela_app::i18n::catalogue::translate;
use tutela_app::model::{AccountPage, ActivateForm, Choice, FieldErrors, SignInForm, SignInsPage};
use tutela_app::policy::Policy;
use tutela_app::routes::local_path;
use tutela_app::store::{InvitationPurpose, SignInOutcome};

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, CsrfOnly, SignedIn, genuine};
use super::pages::{Ask, page};
use super::render::{Rendered, see_other};
use crate::auth::{self, Caller, password};

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sign-in", get(page).post(sign_in::sign_in))
        .route("/sign-out", post(sign_out))
        .route("/account/password", post(change_password))
        .route("/account/language", post(language::account_language))
        .route("/language", post(language::choose))
        .route("/admin/institutions/language", post(language::institution_language))
        .route("/activate/{token}", get(activate_page).post(activate))
}

/// The accounts page `route` names.
pub async fn load(ask: &Ask<'_>, route: AccountsRoute) -> Result<Page, HttpError> {
    match route {
        AccountsRoute::SignIn => sign_in_page(ask),
        AccountsRoute::Account => account_page(ask).await,
        AccountsRoute::SignIns => sign_ins_page(ask).await,
    }
}

/// Attempts per page of the security log.
pub const SIGN_INS_PAGE_SIZE: i64 = 50;

/// `GET /sign-in`: the form (or, signed in already, the account page).
pub fn sign_in_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    if ask.viewer.is_some() {
        return Ok(Page::Redirect("/account".into()));
    }
    Ok(Page::Accounts(AccountsPages::SignIn(Box::new(SignInForm {
        next: local_path(ask.query.get("next")),
        notice: ask.query.contains_key("activated").then(|| Msg::new("accounts-password-set")),
        ..SignInForm::default()
    }))))
}

/// `GET /account`.
pub async fn account_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::SignedIn.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let summary = ask.state.store.account_summary(viewer.account_id).await?.ok_or(HttpError::NotFound)?;
    Ok(Page::Accounts(AccountsPages::Account(Box::new(AccountPage {
        summary,
        password_errors: Default::default(),
        password_changed: ask.query.get("password").is_some_and(|v| v == "changed"),
        language_saved: ask.query.get("language").is_some_and(|v| v == "saved"),
    }))))
}

/// `GET /admin/sign-ins`: the attempts on accounts in the units the viewer
/// administers (every attempt, for a deployment administrator), by outcome.
pub async fn sign_ins_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::ReadSignIns.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let query = ask.query;
    let outcome = query.get("outcome").and_then(|word| SignInOutcome::parse(word.trim()));
    let before = query.get("before").and_then(|b| b.parse::<i64>().ok()).map(|b| b.max(0));
    let scopes = viewer.admin_scopes();
    let rows = ask.state.store.sign_in_log(scopes.as_deref(), outcome, before, SIGN_INS_PAGE_SIZE + 1).await?;
    let older = (rows.len() as i64 > SIGN_INS_PAGE_SIZE).then(|| rows[SIGN_INS_PAGE_SIZE as usize - 1].id);
    let outcomes = SignInOutcome::ALL
        .into_iter()
        .map(|o| {
            let label = translate(ask.locale, &Msg::new("accounts-outcome").arg("outcome", o.as_str()));
            Choice { value: o.as_str().into(), label }
        })
        .collect();
    Ok(Page::Accounts(AccountsPages::SignIns(Box::new(SignInsPage {
        outcome: outcome.map(|outcome| outcome.as_str().to_string()).unwrap_or_default(),
        outcomes,
        rows: rows.into_iter().take(SIGN_INS_PAGE_SIZE as usize).collect(),
        older,
        retention_days: ask.state.auth.config.security_log_days,
    }))))
}

/// `POST /sign-out`: ends the session on the server and clears the cookie.
pub async fn sign_out(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<CsrfOnly>,
) -> Result<Response, HttpError> {
    let Some(session) = &caller.session else { return Ok(see_other("/")) };
    genuine(&caller, &headers, &fields.csrf)?;
    state.store.end_session(&session.id_hash).await.map_err(HttpError::store("a session could not be ended"))?;
    let mut response = see_other("/");
    response.headers_mut().append(header::SET_COOKIE, auth::clear_cookie(caller.cookies.session, caller.https));
    Ok(response)
}

/// A new password, typed twice (the password change and activation forms).
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct NewPassword {
    new_password: String,
    confirm_password: String,
}

impl NewPassword {
    /// Adds its errors to `errors`: the password policy (nothing like the
    /// `personal` facts), and the two typings the same.
    fn check(&self, personal: &[&str], errors: &mut FieldErrors) {
        if let Some(reason) = password::refuse(&self.new_password, personal) {
            errors.insert("new_password".into(), reason);
        }
        if self.confirm_password != self.new_password {
            errors.insert("confirm_password".into(), Msg::new("accounts-new-passwords-differ"));
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct PasswordFields {
    current_password: String,
    #[serde(flatten)]
    new: NewPassword,
}

/// `POST /account/password`: the current password, then a new one that
/// passes the password policy; other sessions end.
pub async fn change_password(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(fields): CsrfForm<PasswordFields>,
) -> Result<Response, HttpError> {
    let session = caller.session.as_ref().ok_or(HttpError::SignIn)?;
    let account_id = viewer.account_id;
    let reading = HttpError::store("an account could not be read");
    let summary = state.store.account_summary(account_id).await.map_err(reading)?;
    let stored = state.store.password_hash(account_id).await?;
    let summary = summary
        .ok_or_else(|| HttpError::failed("an account could not be read")("the signed-in account has no summary"))?;
    let current_ok = match stored {
        Some(stored) => state.auth.config.hashing.verify(stored, fields.current_password.clone()).await?,
        None => false,
    };
    let mut errors = FieldErrors::new();
    if !current_ok {
        errors.insert("current_password".into(), Msg::new("accounts-not-current-password"));
    }
    let personal = [summary.staff_number.as_str(), summary.email.as_deref().unwrap_or(""), summary.name.as_str()];
    fields.new.check(&personal, &mut errors);
    if fields.new.new_password == fields.current_password && !errors.contains_key("new_password") {
        errors.insert("new_password".into(), Msg::new("accounts-password-unchanged"));
    }
    if !errors.is_empty() {
        let page = AccountPage { summary, password_errors: errors, password_changed: false, language_saved: false };
        return Err(HttpError::invalid(Page::Accounts(AccountsPages::Account(Box::new(page)))));
    }
    let hash = hash(&state, fields.new.new_password).await?;
    let actor = format!("account:{account_id}");
    state
        .store
        .set_password(account_id, &hash, Some(&session.id_hash), &actor)
        .await
        .map_err(HttpError::store("a password could not be stored"))?;
    Ok(see_other("/account?password=changed#password"))
}

/// `password`'s hash, within the server's hashing bound.
async fn hash(state: &AppState, password: String) -> Result<String, HttpError> {
    state.auth.config.hashing.hash(password).await?.map_err(HttpError::failed("a password could not be hashed"))
}

/// The activation form for an invitation, or why it cannot be used.
async fn activation_form(state: &AppState, token: &str) -> Result<Result<ActivateForm, Page>, HttpError> {
    let invitation = state
        .store
        .invitation(&auth::token_hash(token))
        .await
        .map_err(HttpError::store("an invitation could not be read"))?;
    Ok(match invitation {
        Some(invitation) if !invitation.used && invitation.expires_at > state.clock.now() => Ok(ActivateForm {
            token: token.to_string(),
            name: invitation.name,
            staff_number: invitation.staff_number,
            reset: invitation.purpose == InvitationPurpose::Reset,
            errors: FieldErrors::new(),
        }),
        _ => Err(Page::Accounts(AccountsPages::InvitationUnusable)),
    })
}

/// `GET /activate/{token}`.
pub async fn activate_page(State(state): State<AppState>, Path(token): Path<String>) -> Result<Response, HttpError> {
    let page = match activation_form(&state, &token).await? {
        Ok(form) => Page::Accounts(AccountsPages::Activate(form)),
        Err(unusable) => unusable,
    };
    Ok(Rendered::page(page).into_response())
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ActivateFields {
    csrf: String,
    #[serde(flatten)]
    new: NewPassword,
}

/// `POST /activate/{token}`: sets the password; the link then stops
/// working. An unusable link says so before the form's token is checked.
pub async fn activate(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(token): Path<String>,
    headers: HeaderMap,
    Form(fields): Form<ActivateFields>,
) -> Result<Response, HttpError> {
    let mut form = match activation_form(&state, &token).await? {
        Ok(form) => form,
        Err(unusable) => return Ok(Rendered::page(unusable).into_response()),
    };
    genuine(&caller, &headers, &fields.csrf)?;
    fields.new.check(&[form.staff_number.as_str(), form.name.as_str()], &mut form.errors);
    if !form.errors.is_empty() {
        return Err(HttpError::invalid(Page::Accounts(AccountsPages::Activate(form))));
    }
    let hash = hash(&state, fields.new.new_password).await?;
    match state.store.redeem_invitation(&auth::token_hash(&token), &hash, state.clock.now()).await {
        Ok(_) => Ok(see_other("/sign-in?activated=1")),
        // Used by a request that raced this one, or expired meanwhile.
        Err(err) if err.is_refusal() => {
            Ok(Rendered(Page::Accounts(AccountsPages::InvitationUnusable), StatusCode::GONE).into_response())
        }
        Err(err) => Err(HttpError::store("an invitation could not be redeemed")(err)),
    }
}
