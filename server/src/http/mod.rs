//! The HTTP surface: Leptos pages and server functions, the page cache,
//! static files, `/healthz`, compression and security headers.

pub mod assets;
pub mod cache;
pub mod html;
pub mod security;

use std::sync::Arc;

use axum::Router;
use axum::extract::{FromRef, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use leptos::prelude::*;
use leptos_axum::{LeptosRoutes, generate_route_list};
use tower_http::compression::CompressionLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tutela_app::store::SharedStore;
use tutela_app::{App, shell};

use self::assets::Assets;
use self::cache::PageCache;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub store: SharedStore,
    pub assets: Arc<Assets>,
    pub cache: Arc<PageCache>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let context = {
        let store = state.store.clone();
        let urls = state.assets.urls();
        move || {
            provide_context(store.clone());
            provide_context(urls.clone());
        }
    };
    let pkg_dir = std::path::Path::new(&*state.leptos_options.site_root).join("pkg");
    let pkg = tower::ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")))
        .service(ServeDir::new(pkg_dir).precompressed_gzip());
    let not_found = leptos_axum::render_app_async_with_context(context.clone(), {
        let options = state.leptos_options.clone();
        move || shell(options.clone())
    });

    Router::new()
        .route("/healthz", get(healthz))
        .route("/assets/{file}", get(asset))
        .leptos_routes_with_context(&state, routes, context, {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        })
        .nest_service("/pkg", pkg)
        .fallback(move |request: Request| not_found(request))
        .layer(axum::middleware::from_fn(html::strip_inline_scripts))
        .layer(CompressionLayer::new())
        .layer(axum::middleware::map_response(security::with_headers))
        .layer(tower_http::trace::TraceLayer::new_for_http())
        .layer(cache::PageCacheLayer::new(state.cache.clone()))
        .with_state(state)
}

/// 200 when the database answers within two seconds, 503 otherwise.
async fn healthz(State(state): State<AppState>) -> Response {
    match tokio::time::timeout(std::time::Duration::from_secs(2), state.store.ping()).await {
        Ok(Ok(())) => (StatusCode::OK, "ok\n").into_response(),
        Ok(Err(err)) => {
            tracing::warn!(%err, "health check: the database did not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
        Err(_) => {
            tracing::warn!("health check: the database did not answer within 2 s");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}

async fn asset(State(state): State<AppState>, request: Request) -> Response {
    state.assets.serve(request.uri().path(), request.headers())
}
