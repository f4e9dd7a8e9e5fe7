//! Who is asking: sessions, their cookies, CSRF tokens and the sign-in
//! limits. Pages and handlers read the [`Caller`] that [`identify`] puts on
//! every request; nothing trusts the browser beyond the session cookie.
//!
//! - A session cookie holds 32 random bytes; the database keeps only their
//!   SHA-256, and the session ends at its absolute time-out, after the idle
//!   time-out, at sign-out, or when the password changes.
//! - CSRF: a signed-in form carries the session's token; an anonymous form
//!   (sign-in) carries the token of the `tutela_csrf` cookie (SameSite=Strict,
//!   double submit). Both are compared in constant time, and a request whose
//!   `Origin` names another site is refused before that.

pub mod password;

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;
use cookie::{Cookie, SameSite};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;
use tutela_app::model::{RequestContext, Viewer};
use tutela_app::store::SharedStore;
use tutela_app::store::access::{LockoutPolicy, SessionInfo};

pub const SESSION_COOKIE: &str = "tutela_session";
pub const CSRF_COOKIE: &str = "tutela_csrf";

/// Session and sign-in limits.
#[derive(Clone, Debug)]
pub struct AuthConfig {
    /// A session ends after this long without a request.
    pub idle_timeout: Duration,
    /// A session ends this long after sign-in, whatever happens.
    pub absolute_timeout: Duration,
    /// Failed attempts before an account locks, and for how long.
    pub lockout: LockoutPolicy,
    /// Sign-in attempts allowed per client address per minute.
    pub attempts_per_minute: u32,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::from_secs(30 * 60),
            absolute_timeout: Duration::from_secs(12 * 60 * 60),
            lockout: LockoutPolicy { max_failures: 5, lock_seconds: 15 * 60 },
            attempts_per_minute: 10,
        }
    }
}

/// Shared by the handlers: the limits and the per-address limiter.
pub struct Auth {
    pub config: AuthConfig,
    limiter: DefaultKeyedRateLimiter<IpAddr>,
}

impl Auth {
    pub fn new(config: AuthConfig) -> Self {
        let per_minute = NonZeroU32::new(config.attempts_per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        Self { limiter: RateLimiter::keyed(Quota::per_minute(per_minute)), config }
    }

    /// Whether a sign-in attempt from `address` is within its limit (the
    /// `governor` crate's GCRA: the allowance refills evenly over a minute).
    pub fn allow_attempt(&self, address: Option<IpAddr>) -> bool {
        let Some(address) = address else { return true };
        if self.limiter.len() > 100_000 {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(&address).is_ok()
    }
}

/// The request's caller, put on every request by [`identify`].
#[derive(Clone, Debug, Default)]
pub struct Caller {
    pub session: Option<ActiveSession>,
    /// The anonymous CSRF token from the `tutela_csrf` cookie, if sent.
    pub anonymous_csrf: Option<String>,
    pub address: Option<IpAddr>,
    /// Whether the request reached Tutela over HTTPS (directly or, as
    /// `X-Forwarded-Proto` says, through a proxy); cookies are then Secure.
    pub https: bool,
}

#[derive(Clone, Debug)]
pub struct ActiveSession {
    pub id_hash: String,
    pub info: SessionInfo,
}

impl Caller {
    pub fn viewer(&self) -> Option<Viewer> {
        self.session.as_ref().map(|session| Viewer {
            account_id: session.info.account_id,
            person_id: session.info.person_id,
            institution_id: session.info.institution_id,
            name: session.info.name.clone(),
            grants: session.info.grants.clone(),
        })
    }

    /// What pages need: the viewer and the token forms must carry.
    pub fn request_context(&self, anonymous_csrf: &str) -> RequestContext {
        let csrf = match &self.session {
            Some(session) => session.info.csrf_token.clone(),
            None => anonymous_csrf.to_string(),
        };
        RequestContext { viewer: self.viewer(), csrf }
    }

    /// Whether a submitted form is this caller's own: not posted from
    /// another site, and carrying the caller's CSRF token.
    pub fn genuine(&self, headers: &HeaderMap, submitted: &str) -> bool {
        !cross_site(headers) && self.csrf_matches(submitted)
    }

    /// Whether `submitted` is this caller's CSRF token.
    pub fn csrf_matches(&self, submitted: &str) -> bool {
        let expected = match &self.session {
            Some(session) => Some(session.info.csrf_token.as_str()),
            None => self.anonymous_csrf.as_deref(),
        };
        expected
            .is_some_and(|expected| !expected.is_empty() && bool::from(expected.as_bytes().ct_eq(submitted.as_bytes())))
    }
}

/// Fills `bytes` from the operating system's random source.
pub fn random_bytes(bytes: &mut [u8]) {
    // Without a working OS random source no secret can be made safely.
    getrandom::fill(bytes).expect("the operating system's random source");
}

/// A new random token, hex-encoded (32 bytes, 64 characters).
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    random_bytes(&mut bytes);
    hex::encode(bytes)
}

/// What the database stores for a token.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

pub fn now() -> i64 {
    crate::db::now()
}

/// The value of cookie `name` in the request's `Cookie` headers.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
        .find(|cookie| cookie.name() == name)
        .map(|cookie| cookie.value().to_string())
}

/// A `Set-Cookie` value: HttpOnly, Path=/, Secure over HTTPS.
pub fn set_cookie(name: &str, value: &str, same_site: SameSite, max_age: Option<Duration>, https: bool) -> HeaderValue {
    let mut cookie = Cookie::build((name.to_string(), value.to_string()))
        .path("/")
        .http_only(true)
        .same_site(same_site)
        .secure(https);
    if let Some(max_age) = max_age {
        cookie = cookie.max_age(cookie::time::Duration::seconds(max_age.as_secs() as i64));
    }
    HeaderValue::from_str(&cookie.build().to_string()).unwrap_or_else(|_| HeaderValue::from_static(""))
}

/// A `Set-Cookie` value that removes cookie `name`.
pub fn clear_cookie(name: &str, https: bool) -> HeaderValue {
    set_cookie(name, "", SameSite::Lax, Some(Duration::ZERO), https)
}

/// Whether the request says it comes from another site. Browsers send
/// `Origin` on every POST; a request without one (a script, an old
/// browser) is left to the CSRF token.
pub fn cross_site(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else { return false };
    let Some(host) = headers.get(header::HOST).and_then(|v| v.to_str().ok()) else { return true };
    let origin_host = origin.split_once("://").map(|(_, rest)| rest).unwrap_or(origin);
    origin == "null" || !origin_host.eq_ignore_ascii_case(host)
}

/// State for [`identify`].
#[derive(Clone)]
pub struct IdentifyState {
    pub store: SharedStore,
    pub auth: Arc<Auth>,
}

/// Middleware: finds the caller's session, ends it if it has expired, and
/// puts a [`Caller`] on the request.
pub async fn identify(State(state): State<IdentifyState>, mut request: Request, next: Next) -> Response {
    let headers = request.headers();
    let https = headers.get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
        || request.uri().scheme_str() == Some("https");
    let address = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip());
    let anonymous_csrf = cookie_value(headers, CSRF_COOKIE).filter(|token| token.len() == 64);
    let mut clear_session = false;
    let mut session = None;
    if let Some(token) = cookie_value(headers, SESSION_COOKIE) {
        let id_hash = token_hash(&token);
        match state.store.session(&id_hash).await {
            Ok(Some(info)) => {
                let now = now();
                let idle = state.auth.config.idle_timeout.as_secs() as i64;
                if info.barred || now >= info.expires_at || now - info.last_seen_at >= idle {
                    let _ = state.store.end_session(&id_hash).await;
                    clear_session = true;
                } else {
                    // Recording every request would make each page a write.
                    if now - info.last_seen_at >= 60 {
                        let _ = state.store.touch_session(&id_hash, now).await;
                    }
                    session = Some(ActiveSession { id_hash, info });
                }
            }
            Ok(None) => clear_session = true,
            Err(err) => tracing::error!(%err, "a session could not be read"),
        }
    }
    request.extensions_mut().insert(Caller { session, anonymous_csrf, address, https });
    let mut response = next.run(request).await;
    if clear_session {
        response.headers_mut().append(header::SET_COOKIE, clear_cookie(SESSION_COOKIE, https));
    }
    response
}

/// How long an activation link works.
pub const ACTIVATION_LIFETIME: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// How long a password-reset link works.
pub const RESET_LIFETIME: Duration = Duration::from_secs(2 * 24 * 60 * 60);

/// Creates a one-time link for `account_id` and returns its token (shown
/// once; only its hash is stored) and expiry. Earlier unused links of the
/// account stop working.
pub async fn invite(
    store: &dyn tutela_app::store::Store,
    account_id: i64,
    purpose: tutela_app::store::access::InvitationPurpose,
    actor: &str,
) -> tutela_app::store::StoreResult<(String, i64)> {
    let lifetime = match purpose {
        tutela_app::store::access::InvitationPurpose::Activate => ACTIVATION_LIFETIME,
        tutela_app::store::access::InvitationPurpose::Reset => RESET_LIFETIME,
    };
    let token = new_token();
    let expires_at = now() + lifetime.as_secs() as i64;
    store.create_invitation(account_id, purpose, &token_hash(&token), expires_at, actor).await?;
    Ok((token, expires_at))
}

/// The address a person opens to use an invitation.
pub fn invitation_link(site_url: &str, token: &str) -> String {
    format!("{}/activate/{token}", site_url.trim_end_matches('/'))
}
