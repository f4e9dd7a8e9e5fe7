//! Choosing the interface's language: the footer's menu (`POST /language`)
//! and the account's own setting (`POST /account/language`).
//!
//! The menu sets the `tutela_lang` cookie for a year and, for a signed-in
//! person, saves the choice as their account's setting too; then it goes
//! back to the page it was on (`next`, a page of this site or the home
//! page: `routes::local_path`). A preference is not audited.
//!
//! CSRF: a signed-in person's form carries the session's token, checked
//! like every other form. A visitor's menu sits on pages the page cache
//! keeps for every anonymous reader, which cannot carry a token of their
//! own; so an anonymous choice is taken when it carries the visitor's
//! token (the sign-in page's footer), or else only when the browser says
//! where the form came from (`Origin`) and that is this site. A forged
//! post could at worst switch a visitor's language, which the menu
//! switches back.

use std::time::Duration;

use axum::Extension;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use cookie::SameSite;
use serde::Deserialize;
use tutela_app::i18n::{self, Locale, Msg};
use tutela_app::routes::local_path;

use crate::auth::{self, Caller};
use crate::http::AppState;
use crate::http::error::HttpError;
use crate::http::extract::{Allowed, CsrfForm, DeploymentAdmin, SignedIn, actor, genuine};
use crate::http::render::see_other;

/// How long the language cookie is kept.
const YEAR: Duration = Duration::from_secs(365 * 86_400);

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct MenuFields {
    csrf: String,
    lang: String,
    next: String,
}

/// The language a form names, or 422 for one Tutela does not offer.
fn offered(state: &AppState, code: &str) -> Result<Locale, HttpError> {
    i18n::from_cookie(code, state.auth.config.pseudo_locale).ok_or(HttpError::Refused {
        status: StatusCode::UNPROCESSABLE_ENTITY,
        message: Msg::new("shared-language-unknown"),
    })
}

/// Where the menu goes back to: a page of this site (`routes::local_path`),
/// or the two pages a visitor may be on that are not kept as a `next`
/// after signing in: the sign-in form and an activation link's form.
fn back_to(next: &str) -> String {
    let activation = next.strip_prefix("/activate/").is_some_and(|token| {
        !token.is_empty() && token.len() <= 128 && token.chars().all(|c| c.is_ascii_alphanumeric())
    });
    if next == "/sign-in" || activation { next.to_string() } else { local_path(Some(&next.to_string())) }
}

/// The `Set-Cookie` that remembers `locale` in this browser.
fn remember(caller: &Caller, locale: Locale) -> axum::http::HeaderValue {
    let value = if locale == Locale::Pseudo { i18n::PSEUDO_COOKIE_VALUE } else { locale.code() };
    auth::set_cookie(caller.cookies.lang, value, SameSite::Lax, Some(YEAR), caller.https)
}

/// `POST /language`: the footer's menu.
pub async fn choose(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<MenuFields>,
) -> Result<Response, HttpError> {
    match &caller.session {
        Some(_) => genuine(&caller, &headers, &fields.csrf)?,
        None => {
            let from_here =
                headers.contains_key(header::ORIGIN) && !auth::cross_site(&headers, caller.origin.as_deref());
            if !(from_here || caller.genuine(&headers, &fields.csrf)) {
                return Err(HttpError::form_expired());
            }
        }
    }
    let locale = offered(&state, &fields.lang)?;
    if let Some(viewer) = caller.viewer()
        && locale != Locale::Pseudo
    {
        state
            .store
            .set_account_locale(viewer.account_id, Some(locale))
            .await
            .map_err(HttpError::store("a language setting could not be saved"))?;
    }
    let next = back_to(&fields.next);
    let mut response = see_other(if next.is_empty() { "/" } else { &next });
    response.headers_mut().append(header::SET_COOKIE, remember(&caller, locale));
    Ok(response)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SettingFields {
    locale: String,
}

/// A setting's language: empty for none, else one Tutela offers (422 otherwise).
fn setting(code: &str) -> Result<Option<Locale>, HttpError> {
    match code.trim() {
        "" => Ok(None),
        code => Locale::parse(code).map(Some).ok_or(HttpError::Refused {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            message: Msg::new("shared-language-unknown"),
        }),
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct InstitutionLanguageFields {
    institution: String,
    locale: String,
}

/// `POST /admin/institutions/language`: an institution's default language
/// (deployment administrators; audited as `institution.locale`).
pub async fn institution_language(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<DeploymentAdmin>,
    CsrfForm(fields): CsrfForm<InstitutionLanguageFields>,
) -> Result<Response, HttpError> {
    let locale = setting(&fields.locale)?;
    let institution = state.store.institution_id(fields.institution.trim()).await?.ok_or(HttpError::NotFound)?;
    state.store.set_institution_locale(institution, locale, &actor(&viewer)).await?;
    Ok(see_other("/admin/institutions?language=saved#default-language"))
}

/// `POST /account/language`: the account's own setting (empty: none, so
/// the menu's cookie, the browser and the institution decide).
pub async fn account_language(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(fields): CsrfForm<SettingFields>,
) -> Result<Response, HttpError> {
    let locale = setting(&fields.locale)?;
    state
        .store
        .set_account_locale(viewer.account_id, locale)
        .await
        .map_err(HttpError::store("a language setting could not be saved"))?;
    let mut response = see_other("/account?language=saved#language");
    if let Some(locale) = locale {
        response.headers_mut().append(header::SET_COOKIE, remember(&caller, locale));
    }
    Ok(response)
}
