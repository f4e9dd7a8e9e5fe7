//! The HTTP surface: pages (load, then render the Leptos components), the
//! page cache, static files, `/healthz`, compression and security headers.

pub mod assets;
pub mod cache;
pub mod security;

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use axum::Router;
use axum::extract::{Query, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tutela_app::store::SharedStore;

use self::assets::Assets;
use self::cache::PageCache;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub store: SharedStore,
    pub assets: Arc<Assets>,
    pub cache: Arc<PageCache>,
    /// The folder holding `pkg/`, the browser bundle.
    pub site_root: PathBuf,
}

pub fn router(state: AppState) -> Router {
    let pkg = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")))
        .service(ServeDir::new(state.site_root.join("pkg")).precompressed_gzip());

    Router::new()
        .route("/healthz", get(healthz))
        .route("/assets/{file}", get(asset))
        .nest_service("/pkg", pkg)
        // Every other GET is a page: the route table is `tutela_app::routes`.
        .fallback(page)
        .layer(CompressionLayer::new())
        .layer(axum::middleware::map_response(security::with_headers))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .layer(cache::PageCacheLayer::new(state.cache.clone()))
        .with_state(state)
}

/// Loads the page an address names, then renders it.
async fn page(
    State(state): State<AppState>,
    method: Method,
    uri: Uri,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let page = tutela_app::routes::load(state.store.as_ref(), uri.path(), query.get("q").map(String::as_str)).await;
    let status = StatusCode::from_u16(page.status()).unwrap_or(StatusCode::OK);
    let html = tutela_app::render::document(page, &state.assets.urls);
    (status, Html(html)).into_response()
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
