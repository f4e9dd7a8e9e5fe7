//! The Tutela server: configuration, storage backends, the content loader
//! and the HTTP surface around the Leptos app.
//!
//! `main.rs` only parses the command line; everything it does is a
//! function here, so tests start the real server with [`run`] on port 0.

pub mod audit;
pub mod auth;
pub mod cli;
pub mod clock;
pub mod content;
pub mod csv_out;
pub mod db;
pub mod demo;
pub mod housekeeping;
pub mod http;
pub mod learning;
pub mod quiz;
pub mod roster;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::TcpListener;

use crate::http::AppState;
use crate::http::assets::Assets;
use crate::http::cache::PageCache;

/// What a running server needs to know.
#[derive(Clone, Debug)]
pub struct Config {
    /// `sqlite://path` or `postgres://...`.
    pub database: String,
    /// The folder that holds `pkg/` (the browser bundle).
    pub site_root: PathBuf,
    /// How often to look for newly published content.
    pub content_poll: Duration,
    /// How often to delete roster uploads kept past
    /// [`roster::UPLOAD_KEPT`] (`tutela serve`: hourly by default).
    pub upload_sweep: Duration,
    /// Session time-outs and sign-in limits.
    pub auth: auth::AuthConfig,
    /// The deployment's audit key (`TUTELA_AUDIT_KEY`): audit entries are
    /// chained with HMAC-SHA-256 under it, and the chain check uses it.
    pub audit_key: Option<audit::AuditKey>,
    /// The page cache the server fills (`PageCache::default()`); whoever
    /// keeps a handle can bring it up to date at once (tests), instead of
    /// waiting for the next `content_poll`.
    pub cache: Arc<PageCache>,
    /// Tests only: a request whose `tutela_lang` cookie says `pseudo` is
    /// answered in the pseudo-locale (every catalogue message visibly
    /// transformed). Never offered to people.
    pub pseudo_locale: bool,
}

/// Serves Tutela on `listener` until `shutdown` completes, then finishes the
/// requests under way. Opens (and migrates) the database first.
pub async fn run(
    config: Config,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    // 1. The database, brought up to the current schema, its audit chain
    //    continued with the deployment's key (refused if it does not fit).
    //    Its "now" is the server's clock, the one sessions and sign-in limits read.
    let options = db::StoreOptions { audit_key: config.audit_key.clone(), clock: config.auth.clock.clone() };
    let store = db::open_with(&config.database, options).await?;

    // 2. The page cache, and the task that empties it when content changes.
    let cache = config.cache.clone();
    let mut auth_config = config.auth;
    auth_config.pseudo_locale = config.pseudo_locale;
    cache.observe_generation(store.content_generation().await?);
    http::cache::spawn_generation_watch(cache.clone(), store.clone(), config.content_poll);

    // 3. Clean-up of records kept only for a while (the security log, roster uploads).
    let clock = auth_config.clock.clone();
    let auth = Arc::new(auth::Auth::new(auth_config));
    cache.read_language_as(auth.cookies(), config.pseudo_locale);
    housekeeping::spawn(store.clone(), auth.clone(), housekeeping::EVERY);
    // Roster uploads (whole staff lists) not applied within 7 days: deleted
    // once now, then every `upload_sweep`.
    roster::sweep_logged(store.as_ref(), &clock).await;
    roster::spawn_upload_sweep(store.clone(), config.upload_sweep, clock.clone());

    // 4. The routes: pages, the embedded assets, the browser bundle.
    let state = AppState {
        store,
        assets: Arc::new(Assets::new()),
        cache,
        site_root: config.site_root,
        auth,
        clock,
        audit_key: config.audit_key,
    };
    let app = http::router(state);

    // 5. Serve until asked to stop.
    let address = listener.local_addr()?;
    println!("Tutela is serving at http://{address}/");
    tracing::info!(%address, "serving");
    // The client address feeds the per-address sign-in limit.
    let app = app.into_make_service_with_connect_info::<std::net::SocketAddr>();
    axum::serve(listener, app).with_graceful_shutdown(shutdown).await?;
    tracing::info!("stopped");
    Ok(())
}
