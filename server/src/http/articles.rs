//! Lesson pages for signed-in readers, built around a rendered frame.
//!
//! A lesson reads the same for everyone; only the site header (the
//! reader's name, their menu, the sign-out form with their CSRF token)
//! differs. So the first signed-in request for a lesson renders the page
//! without its header ([`tutela_app::render::frame`], with an anonymous
//! request context so that nothing personal is kept) and keeps that frame
//! by address; later requests render only the reader's header and put the
//! frame around it: no database read and no render of the article. Frames
//! belong to a content generation and are dropped with the page cache
//! when it moves ([`super::cache::PageCache::observe_generation`]).
//!
//! The reader's header is kept too, by session, together with the request
//! context it was rendered from (name, grants, CSRF token, language), and
//! used only while that context is unchanged. Frames are kept per language
//! (the reader's, decided by `auth::identify`); the reader's CSRF token goes
//! into the frame's footer form as it is put around the header.
//!
//! The reader's read mark (learning's part: `http::learning::mark`) is
//! rendered per request beside the header and after the article (the
//! frame's end slot), never kept in the frame.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use tutela_app::Page;
use tutela_app::catalogue::CataloguePages;
use tutela_app::i18n::Locale;
use tutela_app::model::RequestContext;
use tutela_app::render::Frame;

use super::AppState;
use crate::auth::Caller;

/// Frames kept at most (lessons are a bounded, published set; past it new
/// frames are used once and not kept).
const MAX_FRAMES: usize = 4096;

/// Readers' headers kept at most; past it they are all dropped.
const MAX_HEADERS: usize = 10_000;

/// A lesson's frames, one per language (by `Locale::index`).
type Frames = [Option<Arc<Frame>>; Locale::COUNT];

#[derive(Default)]
pub struct ArticleCache {
    frames: RwLock<HashMap<String, Frames>>,
    /// Each session's rendered header, with what it was rendered from: it
    /// is used only while the session's request context is still the same.
    headers: RwLock<HashMap<String, (RequestContext, Arc<str>)>>,
    /// Each reader's read marks per course (learning's part beside the
    /// header), believed for 2 s.
    pub marks: super::learning::MarksCache,
}

impl ArticleCache {
    pub fn get(&self, path: &str, locale: Locale) -> Option<Arc<Frame>> {
        self.frames.read().ok()?.get(path)?[locale.index()].clone()
    }

    pub fn clear(&self) {
        if let Ok(mut frames) = self.frames.write() {
            frames.clear();
        }
        if let Ok(mut headers) = self.headers.write() {
            headers.clear();
        }
        self.marks.clear();
    }

    /// The caller's site header: the one rendered for their session if it
    /// was rendered from the same request context, else rendered now.
    fn header(&self, caller: &Caller) -> Arc<str> {
        let request = caller.request_context("", "");
        let Some(session) = &caller.session else { return tutela_app::render::header(&request).into() };
        if let Ok(headers) = self.headers.read()
            && let Some((rendered_for, html)) = headers.get(&session.id_hash)
            && *rendered_for == request
        {
            return html.clone();
        }
        let html: Arc<str> = tutela_app::render::header(&request).into();
        if let Ok(mut headers) = self.headers.write() {
            if headers.len() >= MAX_HEADERS {
                headers.clear();
            }
            headers.insert(session.id_hash.clone(), (request, html.clone()));
        }
        html
    }

    /// Keeps `frame` unless the content moved on since it was loaded:
    /// `current` is asked while the frames are locked, and a publication
    /// switches the generation before it clears them (under the same lock),
    /// so a stale frame is either refused here or cleared there.
    fn insert(&self, path: &str, locale: Locale, frame: Arc<Frame>, current: impl FnOnce() -> bool) {
        let Ok(mut frames) = self.frames.write() else { return };
        if !current() {
            return;
        }
        if frames.len() < MAX_FRAMES || frames.contains_key(path) {
            frames.entry(path.to_string()).or_default()[locale.index()] = Some(frame);
        }
    }
}

/// The lesson at `path` for a signed-in caller, from its kept frame.
pub async fn from_frame(state: &AppState, caller: &Caller, path: &str) -> Option<Response> {
    let frame = state.cache.articles.get(path, caller.locale)?;
    Some(respond(state, caller, path, &frame).await)
}

/// Whether `page` is one whose frame is kept: a lesson found.
pub fn keeps(page: &Page) -> bool {
    matches!(page, Page::Catalogue(CataloguePages::Lesson(_))) && page.status() == 200
}

/// Renders the frame of a loaded lesson (loaded at content `generation`;
/// see [`keeps`]), keeps it if `kept` (the lesson's one spelling, without
/// a query) and answers with it.
pub async fn keep(state: &AppState, caller: &Caller, path: &str, page: Page, generation: i64, kept: bool) -> Response {
    // Nothing of the reader's but the language and the address.
    let request = RequestContext { locale: caller.locale, path: path.to_string(), ..RequestContext::default() };
    let frame = Arc::new(tutela_app::render::frame(page, &request, &state.assets.urls));
    // A publication that landed while this lesson loaded makes it stale.
    if kept {
        state.cache.articles.insert(path, caller.locale, frame.clone(), || state.cache.generation() == generation);
    }
    respond(state, caller, path, &frame).await
}

/// The frame around the caller's own header and, beside it, their read
/// mark (none if they are not enrolled): private to them.
async fn respond(state: &AppState, caller: &Caller, path: &str, frame: &Frame) -> Response {
    let header = state.cache.articles.header(caller);
    let csrf = caller.session.as_ref().map(|session| session.info.csrf_token.as_str()).unwrap_or_default();
    let html = match super::learning::mark(state, caller, path).await {
        Some(mark) => frame.around_with(&format!("{header}{}", mark.top), &mark.end, csrf),
        None => frame.around(&header, csrf),
    };
    let mut response = (StatusCode::OK, Html(html)).into_response();
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response.headers_mut().insert(header::VARY, super::render::VARY);
    response
}
