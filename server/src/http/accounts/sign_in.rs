//! `POST /sign-in`: who may sign in, and how often.
//!
//! The order of the checks is the rule: a genuine form; the per-address
//! rate limit; which account the login names (an `@` means an email; a
//! staff number used in several institutions asks which one); whether
//! attempts on it from this address are paused or locked; the password,
//! verified within the server's hashing bound. Every attempt goes to the
//! security log. Failures are counted per account *and* address, so a
//! stranger can pause or lock an account only against their own address.

use axum::Extension;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use cookie::SameSite;
use serde::Deserialize;
use sha2::{Digest, Sha256};
use tutela_app::Page;
use tutela_app::accounts::AccountsPages;
use tutela_app::i18n::Msg;
use tutela_app::model::{Choice, SignInForm};
use tutela_app::routes::local_path;
use tutela_app::store::StoreError;
use tutela_app::store::{NewSession, SignInCandidate, SignInEvent, SignInOutcome};

use crate::auth::{self, Caller};
use crate::http::AppState;
use crate::http::error::HttpError;
use crate::http::render::{Rendered, see_other};

/// The one message for every failed sign-in: it must not tell an unknown
/// account from a wrong password, a locked account or a person who left.
/// (These constants are catalogue ids, in `accounts.ftl`.)
pub const SIGN_IN_FAILED: &str = "accounts-sign-in-failed";

/// Over the per-address rate limit.
pub const TOO_MANY_ATTEMPTS: &str = "accounts-too-many-attempts";

/// A form without the caller's CSRF token, or from another origin.
pub const FORM_EXPIRED: &str = "shared-form-expired";

/// The staff number is used in more than one institution.
pub const CHOOSE_INSTITUTION: &str = "accounts-choose-institution-again";

/// The server is hashing as many passwords as it can at once.
pub const BUSY: &str = "accounts-busy";

/// The message for attempts paused until `until`.
pub fn paused_message(until: i64, now: i64) -> Msg {
    let minutes = ((until - now) as f64 / 60.0).ceil().max(1.0) as i64;
    Msg::new("accounts-paused").arg("minutes", minutes)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SignInFields {
    csrf: String,
    login: String,
    password: String,
    next: String,
    institution: String,
}

/// What the handler answers, before it becomes a response.
struct Refusal {
    message: Msg,
    status: StatusCode,
    institutions: Vec<Choice>,
    retry_after: Option<i64>,
}

impl Refusal {
    fn new(message: Msg, status: StatusCode) -> Self {
        Self { message, status, institutions: Vec::new(), retry_after: None }
    }
}

/// `POST /sign-in`.
pub async fn sign_in(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    headers: HeaderMap,
    Form(fields): Form<SignInFields>,
) -> Response {
    if caller.session.is_some() {
        return see_other("/");
    }
    let chosen = match fields.institution.trim() {
        "" => auth::cookie_value(&headers, caller.cookies.institution).unwrap_or_default(),
        slug => slug.to_string(),
    };
    let attempt = attempt(&state, &caller, &headers, &fields, &chosen).await;
    let refusal = match attempt {
        Ok(Ok(signed_in)) => return signed_in,
        Ok(Err(refusal)) => refusal,
        Err(err) => return HttpError::store("a sign-in could not be completed")(err).into_response(),
    };
    let page = Page::Accounts(AccountsPages::SignIn(Box::new(SignInForm {
        login: fields.login.clone(),
        error: Some(refusal.message),
        next: local_path(Some(&fields.next)),
        notice: None,
        institutions: refusal.institutions,
        institution: chosen,
    })));
    let mut response = Rendered(page, refusal.status).into_response();
    if let Some(seconds) = refusal.retry_after {
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds.max(1)));
    }
    response
}

/// What every step of one attempt shares: the store, the time, the
/// client's address, and the security log.
struct Attempt<'a> {
    state: &'a AppState,
    now: i64,
    address: Option<std::net::IpAddr>,
    address_text: String,
}

impl Attempt<'_> {
    /// Writes the attempt to the security log (a failure to is logged, and
    /// does not change the answer).
    async fn log(&self, outcome: SignInOutcome, candidate: Option<&SignInCandidate>) {
        let event = SignInEvent {
            at: self.now,
            account_id: candidate.map(|c| c.account_id),
            institution_id: candidate.map(|c| c.institution_id),
            address: self.address_text.clone(),
            outcome,
        };
        if let Err(err) = self.state.store.record_sign_in(&event).await {
            tracing::error!(
                error = &err as &dyn std::error::Error,
                "a sign-in could not be written to the security log"
            );
        }
    }
}

type Step<T> = Result<Result<T, Refusal>, StoreError>;

/// The sign-in itself: the signed-in response, the form's refusal, or a
/// storage error. Each step refuses or hands on to the next.
async fn attempt(
    state: &AppState,
    caller: &Caller,
    headers: &HeaderMap,
    fields: &SignInFields,
    chosen: &str,
) -> Step<Response> {
    let address = caller.address.map(auth::address_key);
    let address_text = address.map(|a| a.to_string()).unwrap_or_else(|| "unknown".into());
    let at = Attempt { state, now: state.auth.now(), address, address_text };
    if !caller.genuine(headers, &fields.csrf) {
        return Ok(Err(Refusal::new(Msg::new(FORM_EXPIRED), StatusCode::FORBIDDEN)));
    }
    if !state.auth.allow_attempt(at.address) {
        if state.auth.log_limited(at.address) {
            at.log(SignInOutcome::Limited, None).await;
        }
        let mut refusal = Refusal::new(Msg::new(TOO_MANY_ATTEMPTS), StatusCode::TOO_MANY_REQUESTS);
        refusal.retry_after = Some(60);
        return Ok(Err(refusal));
    }
    let (candidate, shared) = match which_account(&at, &fields.login, chosen).await? {
        Ok(found) => found,
        Err(refusal) => return Ok(Err(refusal)),
    };
    let subject = subject(&fields.login);
    if let Err(refusal) = not_paused(&at, &subject, candidate.as_ref()).await? {
        return Ok(Err(refusal));
    }
    let account = match verified(&at, &subject, &fields.password, candidate).await? {
        Ok(account) => account,
        Err(refusal) => return Ok(Err(refusal)),
    };
    Ok(Ok(signed_in(&at, caller, &account, shared, &fields.next).await?))
}

/// Which account the login names, and whether its staff number is shared
/// by several institutions. Such a number asks which one: the remembered
/// choice only pre-selects; anything but exactly one account in the
/// chosen institution asks again.
async fn which_account(at: &Attempt<'_>, login: &str, chosen: &str) -> Step<(Option<SignInCandidate>, bool)> {
    let store = at.state.store.as_ref();
    let mut candidates = store.sign_in_candidates(login).await?;
    let shared = candidates.len() > 1;
    if shared {
        candidates.retain(|c| c.institution_slug == chosen);
    }
    if shared && candidates.len() != 1 {
        // Every institution is offered, not only those with this staff
        // number, so the list tells nothing about who works where.
        let mut refusal = Refusal::new(Msg::new(CHOOSE_INSTITUTION), StatusCode::OK);
        refusal.institutions =
            store.institutions().await?.into_iter().map(|(_, value, label)| Choice { value, label }).collect();
        at.log(SignInOutcome::Ambiguous, None).await;
        return Ok(Err(refusal));
    }
    Ok(Ok((candidates.into_iter().next(), shared)))
}

/// What failures are counted under: the login as the lookup reads it (an
/// email without regard to case, a staff number exactly), known or not,
/// so the count says nothing about whether an account exists, nor which
/// email and staff number belong to one account.
fn subject(login: &str) -> String {
    let login = login.trim();
    let normalised = if login.contains('@') { login.to_lowercase() } else { login.to_string() };
    format!("login:{}", hex::encode(Sha256::digest(normalised.as_bytes())))
}

/// Refused if attempts on `subject` from this address are paused or
/// locked; unknown logins count alike.
async fn not_paused(at: &Attempt<'_>, subject: &str, candidate: Option<&SignInCandidate>) -> Step<()> {
    let Some(record) = at.state.store.sign_in_failures(subject, &at.address_text).await? else { return Ok(Ok(())) };
    let Some(until) = at.state.auth.config.lockout.paused_until(&record, at.now) else { return Ok(Ok(())) };
    at.log(SignInOutcome::Paused, candidate).await;
    let mut refusal = Refusal::new(paused_message(until, at.now), StatusCode::TOO_MANY_REQUESTS);
    refusal.retry_after = Some(until - at.now);
    Ok(Err(refusal))
}

/// The account, if it may sign in and the password is its own: verified
/// within the hashing bound, with the same work for every case. A failure
/// is counted against this address.
async fn verified(
    at: &Attempt<'_>,
    subject: &str,
    password: &str,
    candidate: Option<SignInCandidate>,
) -> Step<SignInCandidate> {
    let config = &at.state.auth.config;
    let locked = |c: &SignInCandidate| c.locked_until.is_some_and(|until| until > at.now);
    let usable = candidate.as_ref().filter(|c| !c.barred && !locked(c));
    let usable_hash = usable.map(|c| c.password_hash.clone());
    let verified = match usable_hash.clone().flatten() {
        Some(stored) => config.hashing.verify(stored, password.to_string()).await,
        None => config.hashing.verify_nothing(password.to_string()).await.map(|()| false),
    };
    let Ok(verified) = verified else {
        at.log(SignInOutcome::Busy, candidate.as_ref()).await;
        let mut refusal = Refusal::new(Msg::new(BUSY), StatusCode::SERVICE_UNAVAILABLE);
        refusal.retry_after = Some(5);
        return Ok(Err(refusal));
    };
    let candidate = match candidate {
        Some(account) if verified && usable_hash.is_some() => return Ok(Ok(account)),
        other => other,
    };
    let outcome = match &candidate {
        None => SignInOutcome::UnknownAccount,
        Some(c) if c.barred => SignInOutcome::Barred,
        Some(c) if locked(c) => SignInOutcome::Locked,
        Some(_) => SignInOutcome::WrongPassword,
    };
    let account_id = candidate.as_ref().map(|c| c.account_id);
    at.state.store.record_failed_sign_in(subject, account_id, &at.address_text, at.now, config.lockout).await?;
    at.log(outcome, candidate.as_ref()).await;
    Ok(Err(Refusal::new(Msg::new(SIGN_IN_FAILED), StatusCode::UNAUTHORIZED)))
}

/// A new session, with a new id (nothing from before sign-in carries
/// over), and the way to `next`.
async fn signed_in(
    at: &Attempt<'_>,
    caller: &Caller,
    account: &SignInCandidate,
    shared: bool,
    next: &str,
) -> Result<Response, StoreError> {
    let token = auth::new_token();
    let absolute = at.state.auth.config.absolute_timeout;
    let session = NewSession {
        id_hash: auth::token_hash(&token),
        account_id: account.account_id,
        csrf_token: auth::new_token(),
        now: at.now,
        expires_at: at.now + absolute.as_secs() as i64,
        address: at.address_text.clone(),
    };
    at.state.store.start_session(&session).await?;
    at.log(SignInOutcome::SignedIn, Some(account)).await;
    // Without a page to return to, the learner's home.
    let next = local_path(Some(&next.to_string()));
    let mut response = see_other(if next.is_empty() { "/learn" } else { &next });
    let cookie = auth::set_cookie(caller.cookies.session, &token, SameSite::Lax, Some(absolute), caller.https);
    response.headers_mut().append(header::SET_COOKIE, cookie);
    if shared {
        // Remembered for a year, so the question is asked once per browser.
        let year = std::time::Duration::from_secs(365 * 86_400);
        let slug = &account.institution_slug;
        let remembered = auth::set_cookie(caller.cookies.institution, slug, SameSite::Lax, Some(year), caller.https);
        response.headers_mut().append(header::SET_COOKIE, remembered);
    }
    Ok(response)
}
