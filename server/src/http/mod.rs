//! The HTTP surface: pages (load, then render the Leptos components), the
//! page cache, static files, `/healthz`, compression and security headers.

pub mod articles;
pub mod assets;
pub mod cache;
pub mod forms;
pub mod security;
pub mod sign_in;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use axum::extract::{Query, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use cookie::SameSite;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tutela_app::Page;
use tutela_app::store::SharedStore;

use self::assets::Assets;
use self::cache::PageCache;
use crate::auth::{Auth, Caller, IdentifyState};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: SharedStore,
    pub assets: Arc<Assets>,
    pub cache: Arc<PageCache>,
    /// The folder holding `pkg/`, the browser bundle.
    pub site_root: PathBuf,
    pub auth: Arc<Auth>,
    /// The key the audit chain is checked with, if the deployment has one.
    pub audit_key: Option<crate::audit::AuditKey>,
}

pub fn router(state: AppState) -> Router {
    let pkg = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")))
        .service(ServeDir::new(state.site_root.join("pkg")).precompressed_gzip());

    let identify = IdentifyState { store: state.store.clone(), auth: state.auth.clone() };
    let router = Router::new()
        .route("/healthz", get(healthz))
        .route("/sign-in", get(page).post(sign_in::sign_in))
        .route("/sign-out", post(forms::sign_out))
        .route("/activate/{token}", get(forms::activate_page).post(forms::activate))
        .route("/people/{id}/invite", post(forms::person_invite))
        .route("/people/{id}/unlock", post(forms::person_unlock))
        .route("/people/{id}/lock", post(forms::person_lock))
        .route("/people/{id}/roles", post(forms::person_grant))
        .route("/people/{id}/roles/{grant}/revoke", post(forms::person_revoke))
        .route(
            "/people/roster",
            get(page).post(forms::roster_upload).layer(axum::extract::DefaultBodyLimit::max(50 * 1024 * 1024)),
        )
        .route("/people/roster.csv", get(forms::roster_export))
        .route("/people/invitations.csv", post(forms::invitations_export))
        .route("/admin/audit", get(audit_page))
        .route("/admin/sign-ins", get(sign_ins_page))
        .route("/admin/units", get(page).post(forms::unit_create))
        .route("/admin/units/move", post(forms::unit_move))
        .route("/admin/cadres", get(page).post(forms::cadre_create))
        .route("/admin/institutions", get(page).post(forms::institution_create))
        .route("/admin/cadres/{id}", post(forms::cadre_rename))
        .route("/admin/cadres/{id}/retire", post(forms::cadre_retire))
        .route("/people/roster/{id}/apply", post(forms::roster_apply))
        .route("/account/password", post(forms::change_password))
        // Every other GET is a page: the route table is `tutela_app::routes`.
        .fallback(page)
        .layer(axum::middleware::from_fn_with_state(identify, crate::auth::identify))
        // Static files never pass through the session lookup.
        .merge(Router::new().route("/assets/{file}", get(asset)).nest_service("/pkg", pkg))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::map_response(security::with_headers))
        .layer(tower_http::trace::TraceLayer::new_for_http().make_span_with(request_span))
        .layer(cache::PageCacheLayer::new(state.cache.clone()));
    // Over https, browsers are told to use nothing else for a year.
    let hsts = state.auth.config.site_url.as_ref().is_some_and(crate::auth::SiteUrl::https);
    let router = router.with_state(state);
    if hsts {
        router.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        ))
    } else {
        router
    }
}

/// The span of a request in the logs: its method and path, with the
/// secret part of token paths (`/activate/{token}`) left out.
fn request_span(request: &Request) -> tracing::Span {
    let path = crate::auth::redact_path(request.uri().path());
    tracing::info_span!("request", method = %request.method(), path = %path)
}

/// Loads the page an address names, then renders it.
async fn page(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    method: Method,
    uri: Uri,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    // A signed-in reader's lesson: their header around the kept frame.
    let framed = caller.session.is_some() && query.is_empty();
    if framed && let Some(response) = articles::from_frame(&state, &caller, uri.path()) {
        return response;
    }
    let generation = state.cache.generation();
    let viewer = caller.viewer();
    let page = tutela_app::routes::load(state.store.as_ref(), uri.path(), &query, viewer.as_ref()).await;
    if framed && articles::keeps(&page) {
        return articles::keep(&state, &caller, uri.path(), page, generation);
    }
    // The published catalogue, as every anonymous reader sees it, may be kept.
    let public = caller.session.is_none()
        && matches!(
            page,
            Page::Home { .. } | Page::Cadre { .. } | Page::Course(_) | Page::Lesson(_) | Page::Glossary(_)
        );
    let mut response = render(&state, &caller, page, None);
    if public && response.status() == StatusCode::OK {
        response.extensions_mut().insert(cache::Cacheable);
    }
    response
}

/// `GET /admin/audit`: the page from the route table, with the chain
/// checked (under the deployment's audit key) when `verify` is asked for;
/// the route table lets only deployment administrators ask.
async fn audit_page(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let viewer = caller.viewer();
    let mut page = tutela_app::routes::load(state.store.as_ref(), "/admin/audit", &query, viewer.as_ref()).await;
    if let Page::Audit(audit) = &mut page
        && query.contains_key("verify")
    {
        match crate::audit::verify_with(state.store.as_ref(), state.audit_key.as_ref(), None).await {
            Ok(verdict) => {
                audit.intact = matches!(verdict, crate::audit::Verdict::Intact { .. });
                audit.verdict = Some(verdict.to_string());
            }
            Err(err) => {
                tracing::error!(%err, "the audit log could not be verified");
                page = Page::Unavailable;
            }
        }
    }
    render(&state, &caller, page, None)
}

/// `GET /admin/sign-ins`: the page from the route table, with the
/// retention the server keeps attempts for.
async fn sign_ins_page(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let viewer = caller.viewer();
    let mut page = tutela_app::routes::load(state.store.as_ref(), "/admin/sign-ins", &query, viewer.as_ref()).await;
    if let Page::SignIns(sign_ins) = &mut page {
        sign_ins.retention_days = state.auth.config.security_log_days;
    }
    render(&state, &caller, page, None)
}

/// Renders `page` for `caller` with the page's own status or `status`.
/// A signed-in page is private (`no-store`); a page with a form gets the
/// anonymous CSRF cookie if the caller has none yet.
pub fn render(state: &AppState, caller: &Caller, page: Page, status: Option<StatusCode>) -> Response {
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
    let status = status.unwrap_or_else(|| StatusCode::from_u16(page.status()).unwrap_or(StatusCode::OK));
    let private = caller.session.is_some() || page.has_anonymous_form();
    let html = tutela_app::render::document(page, &caller.request_context(&anonymous_csrf), &state.assets.urls);
    let mut response = (status, Html(html)).into_response();
    if private {
        response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if let Some(token) = new_csrf {
        let cookie = crate::auth::set_cookie(caller.cookies.csrf, &token, SameSite::Strict, None, caller.https);
        response.headers_mut().append(header::SET_COOKIE, cookie);
    }
    response
}

/// `303 See Other` to a local path.
pub fn see_other(to: &str) -> Response {
    let location = HeaderValue::from_str(to).unwrap_or_else(|_| HeaderValue::from_static("/"));
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}

/// 200 when the database answers within two seconds, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    let problem = match tokio::time::timeout(std::time::Duration::from_secs(2), state.store.ping()).await {
        Ok(Ok(())) => return (StatusCode::OK, "ok\n").into_response(),
        Ok(Err(err)) => err.to_string(),
        Err(_) => "no answer within 2 s".to_string(),
    };
    tracing::warn!(%problem, "health check: the database did not answer");
    (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
}

async fn asset(State(state): State<AppState>, request: Request) -> Response {
    state.assets.serve(request.uri().path(), request.headers())
}
