//! The language a request is answered in, decided once in `identify`
//! (`i18n::choose`), and the one the page cache reads for an anonymous visitor.

use axum::http::{HeaderMap, header};
use tutela_app::i18n::{Locale, Preferences};
use tutela_app::store::SessionInfo;

use super::{CookieNames, cookies};

/// What the page cache needs to know of a request, reading its `Cookie`
/// headers once: None if it carries a session cookie (under either name),
/// else the language an anonymous visitor is answered in, decided as
/// `identify` decides it: the first cookie named `lang_cookie` (the one
/// name this server reads), then `Accept-Language`, then English
/// (`i18n::choose`).
pub fn anonymous_locale(headers: &HeaderMap, lang_cookie: &str, pseudo: bool) -> Option<Locale> {
    let sessions = [CookieNames::PLAIN.session, CookieNames::HOST.session];
    let mut cookie_value = None;
    for cookie in cookies(headers) {
        if sessions.contains(&cookie.name()) {
            return None;
        }
        if cookie_value.is_none() && cookie.name() == lang_cookie {
            cookie_value = Some(cookie.value().to_string());
        }
    }
    let chosen = cookie_value.and_then(|value| tutela_app::i18n::from_cookie(&value, pseudo));
    Some(chosen.unwrap_or_else(|| browser_locale(headers).unwrap_or_default()))
}

/// The language the request's `Accept-Language` prefers, if Tutela speaks it.
fn browser_locale(headers: &HeaderMap) -> Option<Locale> {
    headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find_map(tutela_app::i18n::from_accept_language)
}

/// The language a request is answered in (`i18n::choose`): the account's
/// setting, the language cookie, `Accept-Language`, the institution's
/// default, English.
pub(super) fn request_locale(
    headers: &HeaderMap,
    cookie: Option<&str>,
    session: Option<&SessionInfo>,
    pseudo: bool,
) -> Locale {
    // The first `Accept-Language` header that names a language Tutela
    // speaks, as the page cache reads it.
    let accept_language = headers
        .get_all(header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .find(|value| tutela_app::i18n::from_accept_language(value).is_some());
    tutela_app::i18n::choose(Preferences {
        setting: session.and_then(|info| info.locale),
        cookie,
        accept_language,
        institution: session.and_then(|info| info.institution_locale),
        pseudo,
    })
}
