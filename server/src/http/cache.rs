//! Rendered pages kept in memory.
//!
//! Published content changes only when a course version is published, so a
//! page rendered once can be served to every reader until then. The cache
//! sits in front of the Leptos renderer: a GET without a query string whose
//! answer is an HTML page is kept, with a gzip copy made once, and served
//! from memory afterwards. A background task compares the database's
//! content generation every few seconds and empties the cache when it
//! moves, so every instance of a deployment notices a new import.
//!
//! Nothing personal may pass through here: when pages start to depend on
//! who is asking, those requests must bypass the cache.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::Response;
use bytes::Bytes;
use http_body_util::BodyExt;
use tutela_app::store::SharedStore;

/// Pages kept at most; past it the cache starts again from empty, which is
/// cheap and bounds memory whatever addresses crawlers try.
const MAX_PAGES: usize = 4096;
/// Larger pages are served but not kept.
const MAX_PAGE_BYTES: usize = 512 * 1024;

pub struct CachedPage {
    status: StatusCode,
    etag: HeaderValue,
    plain: Bytes,
    compressed: Bytes,
}

#[derive(Default)]
pub struct PageCache {
    pages: RwLock<HashMap<String, Arc<CachedPage>>>,
    generation: AtomicI64,
}

impl PageCache {
    fn get(&self, path: &str) -> Option<Arc<CachedPage>> {
        self.pages.read().ok()?.get(path).cloned()
    }

    fn insert(&self, path: String, page: CachedPage, rendered_at_generation: i64) {
        let Ok(mut pages) = self.pages.write() else { return };
        // A publication that landed while this page rendered makes it stale.
        if self.generation.load(Ordering::Acquire) != rendered_at_generation {
            return;
        }
        if pages.len() >= MAX_PAGES {
            pages.clear();
        }
        pages.insert(path, Arc::new(page));
    }

    /// Records the database's content generation; drops every page if it moved.
    pub fn observe_generation(&self, generation: i64) {
        if self.generation.swap(generation, Ordering::AcqRel) != generation
            && let Ok(mut pages) = self.pages.write()
        {
            pages.clear();
        }
    }

    pub fn len(&self) -> usize {
        self.pages.read().map(|pages| pages.len()).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Polls the content generation until the server stops.
pub fn spawn_generation_watch(cache: Arc<PageCache>, store: SharedStore, every: Duration) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            match store.content_generation().await {
                Ok(generation) => cache.observe_generation(generation),
                Err(err) => tracing::warn!(%err, "could not read the content generation"),
            }
        }
    });
}

/// The middleware: serve from memory, or render, keep and serve.
pub async fn serve_cached(State(cache): State<Arc<PageCache>>, request: Request, next: Next) -> Response {
    let cacheable =
        request.method() == Method::GET && request.uri().query().is_none() && is_page_path(request.uri().path());
    if !cacheable {
        return next.run(request).await;
    }
    let path = request.uri().path().to_string();
    let headers = request.headers().clone();
    if let Some(page) = cache.get(&path) {
        return respond(&page, &headers);
    }
    let generation = cache.generation.load(Ordering::Acquire);
    let response = next.run(request).await;
    let is_html = response
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let keep = is_html
        && matches!(response.status(), StatusCode::OK | StatusCode::NOT_FOUND)
        && !response.headers().contains_key(header::CONTENT_ENCODING);
    if !keep {
        return response;
    }
    let (parts, body) = response.into_parts();
    let bytes = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(err) => {
            tracing::error!(%err, "page body failed while rendering");
            return Response::builder()
                .status(StatusCode::INTERNAL_SERVER_ERROR)
                .body(Body::empty())
                .unwrap_or_default();
        }
    };
    if bytes.len() > MAX_PAGE_BYTES {
        return Response::from_parts(parts, Body::from(bytes));
    }
    let page =
        CachedPage { status: parts.status, etag: etag_of(&bytes), compressed: Bytes::from(gzip(&bytes)), plain: bytes };
    let response = respond(&page, &headers);
    cache.insert(path, page, generation);
    response
}

/// Pages worth keeping: the catalogue and the curriculum. Not `/api`,
/// `/pkg`, `/assets` or `/healthz`.
fn is_page_path(path: &str) -> bool {
    path == "/" || path.starts_with("/cadres/") || path.starts_with("/courses/")
}

fn respond(page: &CachedPage, request_headers: &HeaderMap) -> Response {
    let not_modified =
        request_headers.get(header::IF_NONE_MATCH).is_some_and(|tag| tag.as_bytes() == page.etag.as_bytes());
    let mut builder = Response::builder()
        .header(header::CONTENT_TYPE, "text/html; charset=utf-8")
        .header(header::ETAG, page.etag.clone())
        .header(header::VARY, "accept-encoding")
        .header(header::CACHE_CONTROL, "no-cache");
    let body = if not_modified {
        builder = builder.status(StatusCode::NOT_MODIFIED);
        Body::empty()
    } else if accepts_gzip(request_headers) {
        builder = builder.status(page.status).header(header::CONTENT_ENCODING, "gzip");
        Body::from(page.compressed.clone())
    } else {
        builder = builder.status(page.status);
        Body::from(page.plain.clone())
    };
    builder.body(body).unwrap_or_default()
}

fn etag_of(bytes: &[u8]) -> HeaderValue {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    HeaderValue::from_str(&format!("\"{}\"", hex::encode(&digest[..12]))).unwrap_or(HeaderValue::from_static("\"0\""))
}

/// Does the client take gzip? (A `q=0` opt-out counts as no.)
pub fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(',')).any(
        |item| {
            let mut parts = item.split(';').map(str::trim);
            let coding = parts.next().unwrap_or_default();
            let refused = parts.any(|p| p.replace(' ', "") == "q=0" || p.replace(' ', "") == "q=0.0");
            (coding.eq_ignore_ascii_case("gzip") || coding == "*") && !refused
        },
    )
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(bytes.len() / 3), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}
