//! The HTTP surface. Each capability's module holds its page loaders and
//! form handlers and gives its `router()`; this module holds the state,
//! merges the routers and adds the layers (page cache, tracing, security
//! headers, compression, the caller's identity, page rendering), plus
//! static files and `/healthz`.

pub mod accounts;
pub mod articles;
pub mod assets;
pub mod audit;
pub mod cache;
pub mod catalogue;
pub mod error;
pub mod extract;
pub mod learning;
pub mod learning_hr;
pub mod organisation;
pub mod pages;
pub mod people;
pub mod quiz;
pub mod quiz_bank;
pub mod quiz_trainer;
pub mod render;
pub mod roster;
pub mod security;

use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tutela_app::store::SharedStore;

use self::assets::Assets;
use self::cache::PageCache;
use crate::auth::{Auth, IdentifyState};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: SharedStore,
    pub assets: Arc<Assets>,
    pub cache: Arc<PageCache>,
    /// The folder holding `pkg/`, the browser bundle.
    pub site_root: PathBuf,
    pub auth: Arc<Auth>,
    /// Where every "now" and "today" of a rule comes from: the clock the
    /// server was started with (`AuthConfig::clock`), shared with the store.
    pub clock: crate::clock::Clock,
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
        .merge(catalogue::router())
        .merge(accounts::router())
        .merge(people::router())
        .merge(roster::router())
        .merge(organisation::router())
        .merge(audit::router())
        .merge(learning_hr::router())
        .merge(learning::router())
        .merge(quiz::router())
        .merge(quiz_trainer::router())
        .merge(quiz_bank::router())
        // Every other GET is a page: the route table is `tutela_app::routes::Route`.
        .fallback(pages::page)
        .layer(axum::middleware::from_fn_with_state(state.clone(), render::pages))
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

/// 200 when the database answers within two seconds, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    let problem: Box<dyn std::error::Error + Send + Sync> =
        match tokio::time::timeout(std::time::Duration::from_secs(2), state.store.ping()).await {
            Ok(Ok(())) => return (StatusCode::OK, "ok\n").into_response(),
            Ok(Err(err)) => err.into(),
            Err(_) => "no answer within 2 s".into(),
        };
    tracing::warn!(error = &*problem as &dyn std::error::Error, "health check: the database did not answer");
    (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
}

async fn asset(State(state): State<AppState>, request: Request) -> Response {
    state.assets.serve(request.uri().path(), request.headers())
}
