//! Pages become HTML here, late: a handler answers [`Rendered`] (a page and
//! its status) or an [`HttpError`](super::error::HttpError), and the
//! [`pages`] layer, which knows the caller, renders it. So neither handlers
//! nor errors carry the caller around to render.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};
use cookie::SameSite;
use tutela_app::Page;

use super::AppState;
use super::error::{HttpError, SignInFirst};
use crate::auth::Caller;
use crate::auth::sessions::Unreadable;

/// A page to send with a status, rendered by the [`pages`] layer.
#[derive(Debug)]
pub struct Rendered(pub Page, pub StatusCode);

impl Rendered {
    /// `page` with its own status.
    pub fn page(page: Page) -> Self {
        let status = StatusCode::from_u16(page.status()).unwrap_or(StatusCode::OK);
        Rendered(page, status)
    }
}

/// The page a response still has to render.
#[derive(Clone, Debug)]
struct Unrendered(Box<Page>);

impl IntoResponse for Rendered {
    fn into_response(self) -> Response {
        let mut response = self.1.into_response();
        response.extensions_mut().insert(Unrendered(Box::new(self.0)));
        response
    }
}

/// The layer that renders [`Rendered`] pages for the request's caller and
/// turns a sign-in refusal into `303 /sign-in?next=…`, `next` being the
/// page asked for or, for a form's address, the page above it. A request
/// whose session could not be read ([`Unreadable`]) is not handled: it is
/// answered `503`.
pub async fn pages(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let caller = request.extensions().get::<Caller>().cloned().unwrap_or_default();
    let uri = request.uri().clone();
    let unreadable = request.extensions().get::<Unreadable>().cloned();
    let mut response = match unreadable {
        Some(Unreadable(err)) => session_unreadable(&caller, &request, err),
        None => next.run(request).await,
    };
    if response.extensions().get::<SignInFirst>().is_some() {
        return see_other(&format!("/sign-in?next={}", tutela_app::routes::page_at_or_above(uri.path())));
    }
    let Some(Unrendered(page)) = response.extensions_mut().remove::<Unrendered>() else { return response };
    let public = response.extensions().get::<super::cache::Cacheable>().is_some();
    let path = match uri.query() {
        Some(query) => format!("{}?{query}", uri.path()),
        None => uri.path().to_string(),
    };
    let mut rendered = render(&state, &caller, *page, response.status(), &path, public);
    // The handler's own caching rule (a 503's `no-store`) wins over the
    // page's; its other headers are added.
    if let Some(control) = response.headers().get(header::CACHE_CONTROL) {
        rendered.headers_mut().insert(header::CACHE_CONTROL, control.clone());
    }
    for (name, value) in response.headers() {
        if name != header::CACHE_CONTROL {
            rendered.headers_mut().append(name.clone(), value.clone());
        }
    }
    // The handler's mark that the page cache may keep this answer, and the
    // language it was rendered in (the cache keeps it only under that one).
    if let Some(mark) = response.extensions_mut().remove::<super::cache::Cacheable>() {
        rendered.extensions_mut().insert(mark);
        rendered.extensions_mut().insert(super::cache::RenderedIn(caller.locale));
    }
    rendered
}

/// The `503` for a request whose session could not be read: never kept
/// (`no-store`), to be tried again (`Retry-After`); a sign-out still
/// clears the session cookie, as the person asked.
fn session_unreadable(caller: &Caller, request: &Request, err: tutela_app::store::StoreError) -> Response {
    let mut response = HttpError::store("a session could not be read")(err).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
    if request.method() == axum::http::Method::POST && request.uri().path() == "/sign-out" {
        headers.append(header::SET_COOKIE, crate::auth::clear_cookie(caller.cookies.session, caller.https));
    }
    response
}

/// Renders `page` for `caller` with `status` at `path` (`public`: a page the
/// cache may keep for every anonymous reader, so its footer carries no
/// token). A signed-in page is private (`no-store`); a page with a form
/// gets the anonymous CSRF cookie if the caller has none yet. Every page
/// says it varies with the language (`Accept-Language`, the cookies).
fn render(state: &AppState, caller: &Caller, page: Page, status: StatusCode, path: &str, public: bool) -> Response {
    if let Page::Redirect(to) = &page {
        return see_other(to);
    }
    let mut new_csrf = None;
    let anonymous_csrf = match &caller.anonymous_csrf {
        Some(token) => token.clone(),
        None if caller.session.is_none() && page.has_anonymous_form() => {
            let token = crate::auth::new_token();
            new_csrf = Some(token.clone());
            token
        }
        None => String::new(),
    };
    let private = caller.session.is_some() || page.has_anonymous_form();
    let request = caller.request_context(&anonymous_csrf, path);
    let footer_csrf = if public || !private { "" } else { request.csrf.as_str() };
    let html = tutela_app::render::document(page, &request, footer_csrf, &state.assets.urls);
    let mut response = (status, Html(html)).into_response();
    response.headers_mut().insert(header::VARY, VARY);
    // A shared cache downstream may keep an anonymous page only to ask
    // again each time (an import changes it).
    let cache_control = if private { "no-store" } else { "no-cache" };
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(cache_control));
    if let Some(token) = new_csrf {
        let cookie = crate::auth::set_cookie(caller.cookies.csrf, &token, SameSite::Strict, None, caller.https);
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// What a page's words depend on besides its address: the language
/// (`Accept-Language`, the language cookie) and the session (a cookie), and
/// the encoding. A shared cache downstream must key on them or not keep
/// the page (every page is `no-cache` or `no-store`).
pub const VARY: HeaderValue = HeaderValue::from_static("accept-encoding, accept-language, cookie");

/// `303 See Other` to a local path.
pub fn see_other(to: &str) -> Response {
    let location = HeaderValue::from_str(to).unwrap_or_else(|_| HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}
