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

use tutela_app::ids::AccountId;
mod address;
mod locale;
pub mod password;
pub mod sessions;

pub use address::{address_key, client_address};
pub use locale::anonymous_locale;
use locale::request_locale;

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
use tutela_app::store::{LockoutPolicy, SessionInfo};

pub const SESSION_COOKIE: &str = "tutela_session";
pub const CSRF_COOKIE: &str = "tutela_csrf";
/// Remembers which institution a person signs in to when their staff
/// number is used in more than one.
pub const INSTITUTION_COOKIE: &str = "tutela_institution";
/// The language the footer's menu chose (`i18n::choose`).
pub const LANG_COOKIE: &str = "tutela_lang";

/// The names of Tutela's cookies. Over an https site URL they carry the
/// `__Host-` prefix, which browsers accept only on Secure, host-only
/// cookies for `/`: no other site under the same domain can set them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CookieNames {
    pub session: &'static str,
    pub csrf: &'static str,
    pub institution: &'static str,
    pub lang: &'static str,
}

impl CookieNames {
    /// Over plain HTTP, or without a site URL.
    pub const PLAIN: CookieNames =
        CookieNames { session: SESSION_COOKIE, csrf: CSRF_COOKIE, institution: INSTITUTION_COOKIE, lang: LANG_COOKIE };
    /// Over an https site URL.
    pub const HOST: CookieNames = CookieNames {
        session: "__Host-tutela_session",
        csrf: "__Host-tutela_csrf",
        institution: "__Host-tutela_institution",
        lang: "__Host-tutela_lang",
    };
}

impl Default for CookieNames {
    fn default() -> Self {
        Self::PLAIN
    }
}

/// The address people use to reach Tutela (`--site-url`): the links in
/// activation and reset messages are built on it, and a form is accepted
/// only from its origin (scheme, host and port).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SiteUrl {
    url: url::Url,
}

impl SiteUrl {
    /// `http(s)://host[:port]`, with nothing after the host but an optional `/`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let url = url::Url::parse(text.trim()).map_err(|err| format!("`{text}` is not a URL: {err}"))?;
        if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
            return Err(format!("`{text}` must start with http:// or https:// and name a host"));
        }
        if url.path() != "/" || url.query().is_some() || url.fragment().is_some() || !url.username().is_empty() {
            return Err(format!(
                "`{text}` must be only a scheme, a host and a port, such as https://tutela.example.org"
            ));
        }
        Ok(Self { url })
    }

    /// Whether people reach Tutela over HTTPS.
    pub fn https(&self) -> bool {
        self.url.scheme() == "https"
    }

    /// `scheme://host[:port]`, the default port left out, as browsers send it in `Origin`.
    pub fn origin(&self) -> String {
        self.url.origin().ascii_serialization()
    }
}

/// Session and sign-in limits, and what the server knows of the network
/// in front of it.
#[derive(Clone, Debug)]
pub struct AuthConfig {
    /// A session ends after this long without a request.
    pub idle_timeout: Duration,
    /// A session ends this long after sign-in, whatever happens.
    pub absolute_timeout: Duration,
    /// When failed attempts from one address pause and lock an account
    /// against that address.
    pub lockout: LockoutPolicy,
    /// Sign-in attempts allowed per client address per minute.
    pub attempts_per_minute: u32,
    /// Proxies whose `X-Forwarded-For` is believed (`--trusted-proxy`).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// The address people use (`--site-url`); None: taken from each request.
    pub site_url: Option<SiteUrl>,
    /// Password hashes computed at once, and how long a request waits for one.
    pub hashing: password::Gate,
    /// How long the security log keeps sign-in events.
    pub security_log_days: i64,
    /// Where "now" comes from.
    pub clock: crate::clock::Clock,
    /// Whether the pseudo-locale may be asked for (`tutela_lang=pseudo`):
    /// tests only, from `Config::pseudo_locale`.
    pub pseudo_locale: bool,
}

impl Default for AuthConfig {
    fn default() -> Self {
        Self {
            idle_timeout: Duration::from_secs(30 * 60),
            absolute_timeout: Duration::from_secs(12 * 60 * 60),
            lockout: LockoutPolicy::default(),
            attempts_per_minute: 10,
            trusted_proxies: Vec::new(),
            site_url: None,
            hashing: password::Gate::for_this_machine(),
            security_log_days: 90,
            clock: crate::clock::Clock::system(),
            pseudo_locale: false,
        }
    }
}

/// Shared by the handlers: the limits and the per-address limiter.
pub struct Auth {
    pub config: AuthConfig,
    limiter: DefaultKeyedRateLimiter<IpAddr>,
    /// One security-log entry a minute per address for attempts over the
    /// limit: a flood must not become a flood of writes.
    limited_logged: DefaultKeyedRateLimiter<IpAddr>,
    /// Sessions read a moment ago ([`sessions`]).
    pub sessions: sessions::SessionCache,
}

impl Auth {
    pub fn new(config: AuthConfig) -> Self {
        let per_minute = NonZeroU32::new(config.attempts_per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
        Self {
            limiter: RateLimiter::keyed(Quota::per_minute(per_minute)),
            limited_logged: RateLimiter::keyed(Quota::per_minute(NonZeroU32::MIN)),
            sessions: sessions::SessionCache::default(),
            config,
        }
    }

    /// Whether an attempt refused by the rate limit from `address` goes to
    /// the security log (the first in each minute does).
    pub fn log_limited(&self, address: Option<IpAddr>) -> bool {
        let Some(address) = address else { return true };
        if self.limited_logged.len() > 100_000 {
            self.limited_logged.retain_recent();
        }
        self.limited_logged.check_key(&address).is_ok()
    }

    /// Whether a sign-in attempt from `address` (an [`address_key`]) is
    /// within its limit (the `governor` crate's GCRA: the allowance refills
    /// evenly over a minute).
    pub fn allow_attempt(&self, address: Option<IpAddr>) -> bool {
        let Some(address) = address else { return true };
        if self.limiter.len() > 100_000 {
            self.limiter.retain_recent();
        }
        self.limiter.check_key(&address).is_ok()
    }

    /// Now, from the server's clock.
    pub fn now(&self) -> i64 {
        self.config.clock.now()
    }

    /// The names of the cookies this server reads and sets.
    pub fn cookies(&self) -> CookieNames {
        if self.config.site_url.as_ref().is_some_and(SiteUrl::https) { CookieNames::HOST } else { CookieNames::PLAIN }
    }
}

/// The request's caller, put on every request by [`identify`].
#[derive(Clone, Debug, Default)]
pub struct Caller {
    pub session: Option<ActiveSession>,
    /// The anonymous CSRF token from the CSRF cookie, if sent.
    pub anonymous_csrf: Option<String>,
    /// The client's address, as [`client_address`] finds it.
    pub address: Option<IpAddr>,
    /// Whether the request reached Tutela over HTTPS (directly, as
    /// `X-Forwarded-Proto` says, or as the https site URL says); cookies
    /// are then Secure.
    pub https: bool,
    /// The names of the cookies to read and set.
    pub cookies: CookieNames,
    /// The origin forms must come from: the site URL's, or this request's
    /// scheme and `Host`.
    pub origin: Option<String>,
    /// The language pages are written in for this request.
    pub locale: tutela_app::i18n::Locale,
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

    /// What pages need: the viewer, the token forms must carry, the
    /// language; `path` is the page's address (empty for a header kept
    /// across pages).
    pub fn request_context(&self, anonymous_csrf: &str, path: &str) -> RequestContext {
        let csrf = match &self.session {
            Some(session) => session.info.csrf_token.clone(),
            None => anonymous_csrf.to_string(),
        };
        RequestContext { viewer: self.viewer(), csrf, locale: self.locale, path: path.to_string() }
    }

    /// Whether a submitted form is this caller's own: not posted from
    /// another origin, and carrying the caller's CSRF token.
    pub fn genuine(&self, headers: &HeaderMap, submitted: &str) -> bool {
        !cross_site(headers, self.origin.as_deref()) && self.csrf_matches(submitted)
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

    /// The base of links that people open (activation and reset links).
    pub fn site_base(&self) -> String {
        self.origin.clone().unwrap_or_else(|| "http://localhost".into())
    }
}

/// Whether `path` is one of a learner's quiz forms, spelt exactly:
/// `/quiz/{course}` (start), `/quiz/attempts/{id}/{n}` (save) and
/// `/quiz/attempts/{id}/submit`. They write no session, grant or lock.
fn is_quiz_form(path: &str) -> bool {
    let number = |s: &str| !s.is_empty() && s.len() <= 19 && s.bytes().all(|b| b.is_ascii_digit());
    let segments: Vec<&str> = path.split('/').collect();
    match segments.as_slice() {
        ["", "quiz", course] => !course.is_empty() && !matches!(*course, "attempts" | "grading" | "analysis"),
        ["", "quiz", "attempts", id, last] => number(id) && (number(last) || *last == "submit"),
        _ => false,
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

/// The value of cookie `name` in the request's `Cookie` headers.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    cookies(headers).find(|cookie| cookie.name() == name).map(|cookie| cookie.value().to_string())
}

/// Every cookie of the request's `Cookie` headers (the unreadable ones left out).
fn cookies(headers: &HeaderMap) -> impl Iterator<Item = Cookie<'_>> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(Cookie::split_parse)
        .filter_map(Result::ok)
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

/// Whether the request says it comes from another origin than `expected`
/// (scheme, host and port). Browsers send `Origin` on every POST; a request
/// without one (a script, an old browser) is left to the CSRF token.
pub fn cross_site(headers: &HeaderMap, expected: Option<&str>) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else { return false };
    let Some(expected) = expected else { return true };
    let parsed = |text: &str| url::Url::parse(text).ok().map(|url| url.origin());
    match (parsed(origin), parsed(expected)) {
        (Some(origin), Some(expected)) => !origin.is_tuple() || origin != expected,
        _ => true,
    }
}

/// State for [`identify`].
#[derive(Clone)]
pub struct IdentifyState {
    pub store: SharedStore,
    pub auth: Arc<Auth>,
}

/// The origin of the site as this request reached it, when no site URL is
/// configured: its scheme and `Host`.
fn request_origin(headers: &HeaderMap, https: bool) -> Option<String> {
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok())?;
    let origin = format!("{}://{host}", if https { "https" } else { "http" });
    url::Url::parse(&origin).ok().map(|url| url.origin().ascii_serialization())
}

/// Middleware: finds the caller's session, ends it if it has expired, and
/// puts a [`Caller`] on the request. The session comes from
/// [`sessions::SessionCache`] when it was read less than
/// [`sessions::LIFETIME`] seconds ago; a request that may change records
/// makes the cache forget every session once it is answered.
pub async fn identify(State(state): State<IdentifyState>, mut request: Request, next: Next) -> Response {
    let config = &state.auth.config;
    let headers = request.headers();
    let https = match &config.site_url {
        Some(site) => site.https(),
        None => {
            headers.get("x-forwarded-proto").is_some_and(|v| v.as_bytes().eq_ignore_ascii_case(b"https"))
                || request.uri().scheme_str() == Some("https")
        }
    };
    let origin = match &config.site_url {
        Some(site) => Some(site.origin()),
        None => request_origin(headers, https),
    };
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|info| info.0.ip());
    let address = client_address(peer, headers, &config.trusted_proxies);
    let cookies = state.auth.cookies();
    let anonymous_csrf = cookie_value(headers, cookies.csrf).filter(|token| token.len() == 64);
    let mut clear_session = false;
    let mut session = None;
    if let Some(token) = cookie_value(headers, cookies.session) {
        let id_hash = token_hash(&token);
        match find_session(&state, &id_hash).await {
            Ok(Some(info)) => {
                let now = state.auth.now();
                let idle = config.idle_timeout.as_secs() as i64;
                if info.barred || now >= info.expires_at || now - info.last_seen_at >= idle {
                    let _ = state.store.end_session(&id_hash).await;
                    state.auth.sessions.forget(&id_hash);
                    clear_session = true;
                } else {
                    // Recording every request would make each page a write.
                    if now - info.last_seen_at >= 60 {
                        let _ = state.store.touch_session(&id_hash, now).await;
                        state.auth.sessions.touched(&id_hash, now);
                    }
                    session = Some(ActiveSession { id_hash, info });
                }
            }
            Ok(None) => clear_session = true,
            // Never answered as anonymous: the render layer answers 503.
            Err(err) => {
                request.extensions_mut().insert(sessions::Unreadable(err));
            }
        }
    }
    // A form that may have changed sessions, grants or locks: a signed-in
    // caller's, or an activation (which ends the account's sessions).
    // Anonymous requests, and forms refused, leave the kept sessions alone,
    // so nobody can empty the cache at will.
    // A learner's own forms (enrol, a lesson read, a version switch)
    // change none of these, and are frequent: they leave the cache alone
    // too. Named exactly, so that a form added later under `/learn/` is
    // not exempt by accident. So do a learner's quiz forms (starting,
    // saving, submitting an attempt: `is_quiz_form`).
    const LEARNER_FORMS: [&str; 3] = ["/learn/enrol", "/learn/read", "/learn/switch"];
    let path = request.uri().path();
    let may_change = !matches!(*request.method(), axum::http::Method::GET | axum::http::Method::HEAD)
        && (session.is_some() || path.starts_with("/activate/"))
        && !LEARNER_FORMS.contains(&path)
        && !is_quiz_form(path);
    let cookie = cookie_value(request.headers(), cookies.lang);
    let locale = request_locale(
        request.headers(),
        cookie.as_deref(),
        session.as_ref().map(|s: &ActiveSession| &s.info),
        config.pseudo_locale,
    );
    request.extensions_mut().insert(Caller { session, anonymous_csrf, address, https, cookies, origin, locale });
    let mut forget = sessions::ForgetSessions { sessions: &state.auth.sessions, armed: may_change };
    let mut response = next.run(request).await;
    // A change that succeeded answers 303; if the request is dropped
    // before answering (the client went away), the guard forgets anyway.
    forget.armed = may_change && response.status() == axum::http::StatusCode::SEE_OTHER;
    drop(forget);
    if clear_session {
        response.headers_mut().append(header::SET_COOKIE, clear_cookie(cookies.session, https));
    }
    response
}

/// The session whose token hashes to `id_hash`: from the cache while its
/// entry is fresh, else from the database (and kept).
async fn find_session(state: &IdentifyState, id_hash: &str) -> tutela_app::store::StoreResult<Option<SessionInfo>> {
    let now = state.auth.now();
    if let Some(info) = state.auth.sessions.get(id_hash, now) {
        return Ok(Some(info));
    }
    let generation = state.auth.sessions.generation();
    let found = state.store.session(id_hash).await?;
    if let Some(info) = &found {
        state.auth.sessions.insert(id_hash, info, now, generation);
    }
    Ok(found)
}

/// How long an activation link works.
pub const ACTIVATION_LIFETIME: Duration = Duration::from_secs(7 * 24 * 60 * 60);
/// How long a password-reset link works.
pub const RESET_LIFETIME: Duration = Duration::from_secs(2 * 24 * 60 * 60);

/// Creates a one-time link for `account_id`, valid from `now`, and returns
/// its token (shown once; only its hash is stored) and expiry. Earlier unused links of the
/// account stop working.
pub async fn invite(
    store: &dyn tutela_app::store::Store,
    account_id: AccountId,
    purpose: tutela_app::store::InvitationPurpose,
    actor: &str,
    now: i64,
) -> tutela_app::store::StoreResult<(String, i64)> {
    let lifetime = match purpose {
        tutela_app::store::InvitationPurpose::Activate => ACTIVATION_LIFETIME,
        tutela_app::store::InvitationPurpose::Reset => RESET_LIFETIME,
    };
    let token = new_token();
    let expires_at = now + lifetime.as_secs() as i64;
    store.create_invitation(account_id, purpose, &token_hash(&token), expires_at, actor).await?;
    Ok((token, expires_at))
}

/// The address a person opens to use an invitation.
pub fn invitation_link(site_url: &str, token: &str) -> String {
    format!("{}/activate/{token}", site_url.trim_end_matches('/'))
}

/// A request path as logs may show it: the secret part of a token path
/// (`/activate/{token}`) replaced by `…`.
pub fn redact_path(path: &str) -> std::borrow::Cow<'_, str> {
    const SECRET_PATHS: [&str; 1] = ["/activate/"];
    for prefix in SECRET_PATHS {
        if let Some(rest) = path.strip_prefix(prefix)
            && !rest.is_empty()
        {
            return format!("{prefix}…").into();
        }
    }
    path.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_accepted_only_from_the_sites_scheme_host_and_port() {
        let site = SiteUrl::parse("https://tutela.example.org").unwrap();
        let origin = Some(site.origin());
        let from = |value: &str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ORIGIN, HeaderValue::from_str(value).unwrap());
            cross_site(&headers, origin.as_deref())
        };
        assert!(!from("https://tutela.example.org"));
        assert!(!from("https://tutela.example.org:443"));
        assert!(from("http://tutela.example.org"), "another scheme");
        assert!(from("https://tutela.example.org:8443"), "another port");
        assert!(from("https://evil.example.org"));
        assert!(from("null"));
        assert!(!cross_site(&HeaderMap::new(), origin.as_deref()), "no Origin: left to the token");
        assert!(SiteUrl::parse("https://tutela.example.org/some/path").is_err());
        assert!(SiteUrl::parse("ftp://tutela.example.org").is_err());
    }

    #[test]
    fn only_a_learner_s_quiz_forms_are_exempt_and_spelt_exactly() {
        for exempt in ["/quiz/foundations", "/quiz/attempts/12/3", "/quiz/attempts/12/submit"] {
            assert!(super::is_quiz_form(exempt), "{exempt}");
        }
        for not in [
            "/quiz/attempts",
            "/quiz/grading",
            "/quiz/grading/1/2",
            "/quiz/attempts/x/1",
            "/quiz/attempts/1/review/x",
            "/quiz/",
            "/quizzes/a",
            "/quiz/a/b",
        ] {
            assert!(!super::is_quiz_form(not), "{not}");
        }
    }

    #[test]
    fn token_paths_are_redacted_in_logs() {
        assert_eq!(redact_path("/activate/0123abcd"), "/activate/…");
        assert_eq!(redact_path("/people/4"), "/people/4");
    }
}
