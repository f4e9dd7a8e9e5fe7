//! Rendered pages kept in memory.
//!
//! Published content changes only when a course version is published, so a
//! page rendered once can be served to every reader until then. The cache
//! sits in front of the Leptos renderer and keeps what the handler marks:
//! a response to a GET without a query string, from a request without a
//! session cookie, that carries the [`Cacheable`] extension and sets no
//! cookie is kept with its headers, a gzip copy made once, and served from
//! memory afterwards. The page handler marks the public catalogue pages
//! (200 only: a 404 is never kept, so requests for random paths cannot
//! fill or empty the cache). A background task compares the database's
//! content generation every few seconds and empties the cache when it
//! moves, so every instance of a deployment notices a new import; the
//! signed-in readers' lesson frames ([`super::articles`]) go with it.
//!
//! Nothing personal may pass through here: a handler marks a response
//! only when it is the same for every anonymous reader.

use std::collections::HashMap;
use std::convert::Infallible;
use std::future::{Ready, ready};
use std::io::Write;
use std::sync::atomic::{AtomicBool, AtomicI64, Ordering};
use std::sync::{Arc, RwLock};
use std::task::{Context, Poll};
use std::time::Duration;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use bytes::Bytes;
use futures_util::future::{BoxFuture, Either};
use http_body_util::BodyExt;
use tower::{Layer, Service};
use tutela_app::i18n::Locale;
use tutela_app::store::SharedStore;

/// Pages kept at most. Only marked pages (the published catalogue) are
/// kept, so this bounds memory without ever being reached in practice;
/// past it, new pages are served but not kept.
const MAX_PAGES: usize = 4096;
/// Larger pages are served but not kept.
const MAX_PAGE_BYTES: usize = 512 * 1024;

/// The mark a handler puts on a response (`response.extensions_mut()`)
/// that is the same for every anonymous reader and may be kept.
#[derive(Clone, Copy, Debug)]
pub struct Cacheable;

/// The language a marked page was rendered in (the render layer says). The
/// cache keeps a page only under the language it decided for the request
/// and only if the page was rendered in that one, so no request can file
/// a page under another language's copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenderedIn(pub Locale);

pub struct CachedPage {
    status: StatusCode,
    /// The handler's headers (content type, security headers, ...).
    headers: HeaderMap,
    etag: HeaderValue,
    plain: Bytes,
    compressed: Bytes,
}

/// A page's copies, one per language (by `Locale::index`).
type Copies = [Option<Arc<CachedPage>>; Locale::COUNT];

#[derive(Default)]
pub struct PageCache {
    /// Pages by address, each with a copy per language: an anonymous
    /// request's language is decided (`auth::anonymous_locale`) before
    /// the lookup.
    pages: RwLock<HashMap<String, Copies>>,
    generation: AtomicI64,
    /// Whether the pseudo-locale may be asked for (tests only).
    pseudo: AtomicBool,
    /// Whether the language cookie is read under its `__Host-` name (an
    /// https site URL), the one name `identify` reads too.
    host_cookies: AtomicBool,
    /// Lesson frames for signed-in readers, dropped with the pages.
    pub articles: super::articles::ArticleCache,
}

impl std::fmt::Debug for PageCache {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageCache").field("generation", &self.generation()).finish_non_exhaustive()
    }
}

impl PageCache {
    /// The content generation pages are being rendered at.
    pub fn generation(&self) -> i64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Reads the language as `identify` does: from the cookie of the name
    /// `names` gives (`Auth::cookies`), with the pseudo-locale allowed or
    /// not (`Config::pseudo_locale`).
    pub fn read_language_as(&self, names: crate::auth::CookieNames, pseudo: bool) {
        self.host_cookies.store(names.lang == crate::auth::CookieNames::HOST.lang, Ordering::Release);
        self.pseudo.store(pseudo, Ordering::Release);
    }

    fn language_cookie(&self) -> &'static str {
        let names = if self.host_cookies.load(Ordering::Relaxed) {
            crate::auth::CookieNames::HOST
        } else {
            crate::auth::CookieNames::PLAIN
        };
        names.lang
    }

    fn get(&self, path: &str, locale: Locale) -> Option<Arc<CachedPage>> {
        self.pages.read().ok()?.get(path)?[locale.index()].clone()
    }

    fn insert(&self, path: String, locale: Locale, page: CachedPage, rendered_at_generation: i64) {
        let Ok(mut pages) = self.pages.write() else { return };
        // A publication that landed while this page rendered makes it stale.
        if self.generation.load(Ordering::Acquire) != rendered_at_generation {
            return;
        }
        if pages.len() >= MAX_PAGES && !pages.contains_key(&path) {
            return;
        }
        pages.entry(path).or_default()[locale.index()] = Some(Arc::new(page));
    }

    /// Records the database's content generation; drops every page if it moved.
    pub fn observe_generation(&self, generation: i64) {
        if self.generation.swap(generation, Ordering::AcqRel) != generation {
            if let Ok(mut pages) = self.pages.write() {
                pages.clear();
            }
            self.articles.clear();
        }
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
                Err(err) => {
                    tracing::warn!(error = &err as &dyn std::error::Error, "could not read the content generation")
                }
            }
        }
    });
}

/// The cache as a tower layer, outermost in the router: a hit is answered
/// here, before routing and the other layers, which is what lets a lesson
/// page be served at a large fraction of a static file server's rate.
/// Hits therefore carry the security headers themselves (see `respond`).
#[derive(Clone)]
pub struct PageCacheLayer {
    cache: Arc<PageCache>,
}

impl PageCacheLayer {
    pub fn new(cache: Arc<PageCache>) -> Self {
        Self { cache }
    }
}

impl<S> Layer<S> for PageCacheLayer {
    type Service = PageCacheService<S>;

    fn layer(&self, inner: S) -> Self::Service {
        PageCacheService { cache: self.cache.clone(), inner }
    }
}

#[derive(Clone)]
pub struct PageCacheService<S> {
    cache: Arc<PageCache>,
    inner: S,
}

type Answer = Result<Response, Infallible>;

impl<S> Service<Request> for PageCacheService<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send + 'static,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Either<Ready<Answer>, BoxFuture<'static, Answer>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        // An anonymous GET of a page without a query: its language decides
        // which copy answers it.
        let locale =
            (request.method() == Method::GET && request.uri().query().is_none() && !is_static(request.uri().path()))
                .then(|| {
                    let (cookie, pseudo) = (self.cache.language_cookie(), self.cache.pseudo.load(Ordering::Relaxed));
                    crate::auth::anonymous_locale(request.headers(), cookie, pseudo)
                })
                .flatten();
        if let Some(locale) = locale
            && let Some(page) = self.cache.get(request.uri().path(), locale)
        {
            return Either::Left(ready(Ok(respond(&page, request.headers()))));
        }
        // The usual tower hand-over: keep a fresh clone, use the one that is ready.
        let fresh = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, fresh);
        let Some(locale) = locale else {
            return Either::Right(Box::pin(inner.call(request)));
        };
        let cache = self.cache.clone();
        Either::Right(Box::pin(async move {
            let mut request = request;
            let path = request.uri().path().to_string();
            let wants = Wants::of(request.headers());
            // Render plain, whatever this client takes: the cache keeps both
            // encodings and answers with the one asked for.
            request.headers_mut().remove(header::ACCEPT_ENCODING);
            request.headers_mut().remove(header::IF_NONE_MATCH);
            let generation = cache.generation.load(Ordering::Acquire);
            let response = inner.call(request).await?;
            Ok(keep_and_answer(&cache, (path, locale), wants, generation, response).await)
        }))
    }
}

/// What the client's request headers ask of a cached page.
struct Wants {
    gzip: bool,
    if_none_match: Option<HeaderValue>,
}

impl Wants {
    fn of(headers: &HeaderMap) -> Self {
        Self { gzip: accepts_gzip(headers), if_none_match: headers.get(header::IF_NONE_MATCH).cloned() }
    }
}

async fn keep_and_answer(
    cache: &PageCache,
    (path, locale): (String, Locale),
    wants: Wants,
    generation: i64,
    response: Response,
) -> Response {
    let keep = response.extensions().get::<Cacheable>().is_some()
        && response.extensions().get::<RenderedIn>() == Some(&RenderedIn(locale))
        && response.status() == StatusCode::OK
        && !response.headers().contains_key(header::CONTENT_ENCODING)
        && !response.headers().contains_key(header::SET_COOKIE);
    if !keep {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let bytes = match body.collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(err) => {
            tracing::error!(%err, "page body failed while rendering");
            let mut failed = Response::new(Body::empty());
            *failed.status_mut() = StatusCode::INTERNAL_SERVER_ERROR;
            return failed;
        }
    };
    if bytes.len() > MAX_PAGE_BYTES {
        return Response::from_parts(parts, Body::from(bytes));
    }
    parts.headers.remove(header::CONTENT_LENGTH);
    let page = CachedPage {
        status: parts.status,
        headers: parts.headers,
        etag: etag_of(&bytes),
        compressed: Bytes::from(gzip(&bytes)),
        plain: bytes,
    };
    let response = answer(&page, &wants);
    cache.insert(path, locale, page, generation);
    response
}

/// Static files, which have their own caching (content-hashed names,
/// `ETag`s) and never a page's mark.
fn is_static(path: &str) -> bool {
    path.starts_with("/assets/") || path.starts_with("/pkg/") || path == "/healthz"
}

fn respond(page: &CachedPage, request_headers: &HeaderMap) -> Response {
    answer(page, &Wants::of(request_headers))
}

const NO_CACHE: HeaderValue = HeaderValue::from_static("no-cache");
const GZIP: HeaderValue = HeaderValue::from_static("gzip");

fn answer(page: &CachedPage, wants: &Wants) -> Response {
    let not_modified = wants.if_none_match.as_ref().is_some_and(|tag| tag.as_bytes() == page.etag.as_bytes());
    let (status, body, gzipped) = if not_modified {
        (StatusCode::NOT_MODIFIED, Body::empty(), false)
    } else if wants.gzip {
        (page.status, Body::from(page.compressed.clone()), true)
    } else {
        (page.status, Body::from(page.plain.clone()), false)
    };
    let mut response = Response::new(body);
    *response.status_mut() = status;
    let headers = response.headers_mut();
    *headers = page.headers.clone();
    headers.reserve(4);
    headers.insert(header::ETAG, page.etag.clone());
    headers.insert(header::VARY, super::render::VARY);
    headers.insert(header::CACHE_CONTROL, NO_CACHE);
    if gzipped {
        headers.insert(header::CONTENT_ENCODING, GZIP);
    }
    response
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

#[cfg(test)]
mod tests {
    use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
    use bytes::Bytes;

    use super::{CachedPage, Locale, MAX_PAGES, PageCache, accepts_gzip};

    fn page() -> CachedPage {
        CachedPage {
            status: StatusCode::OK,
            headers: HeaderMap::new(),
            etag: HeaderValue::from_static("\"0\""),
            plain: Bytes::new(),
            compressed: Bytes::new(),
        }
    }

    #[test]
    fn a_full_cache_keeps_its_pages_and_a_new_generation_empties_it() {
        let cache = PageCache::default();
        let en = Locale::En;
        for n in 0..MAX_PAGES + 10 {
            cache.insert(format!("/page/{n}"), en, page(), 0);
        }
        assert!(cache.get("/page/0", en).is_some(), "new addresses do not push out kept pages");
        assert!(cache.get("/page/0", Locale::Ar).is_none(), "each language its own copy");
        cache.insert("/page/0".into(), Locale::Ar, page(), 0);
        assert!(cache.get("/page/0", Locale::Ar).is_some(), "a kept address takes another language");
        assert!(cache.get(&format!("/page/{}", MAX_PAGES + 5), en).is_none());
        cache.observe_generation(1);
        assert!(cache.get("/page/0", en).is_none());
        cache.insert("/page/0".into(), en, page(), 0);
        assert!(cache.get("/page/0", en).is_none(), "rendered before the publication: stale");
    }

    fn with(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn gzip_is_sent_only_to_clients_that_take_it() {
        assert!(accepts_gzip(&with("gzip, deflate, br")));
        assert!(accepts_gzip(&with("br;q=1.0, gzip;q=0.5")));
        assert!(accepts_gzip(&with("*")));
        assert!(!accepts_gzip(&with("gzip;q=0")));
        assert!(!accepts_gzip(&with("br")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
