//! The page handler: every GET no capability routes itself. The path is
//! parsed once into a [`Route`] and the capability that owns the page
//! loads it; what is not a page is the not-found page.

use std::collections::HashMap;

use axum::Extension;
use axum::extract::{Query, State};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use tutela_app::Page;
use tutela_app::model::Viewer;
use tutela_app::policy::NOT_YOUR_INSTITUTION;
use tutela_app::routes::{Named, Reach, Route};

use super::error::HttpError;
use super::render::Rendered;
use super::{AppState, accounts, articles, audit, cache, catalogue, learning, organisation, people, quiz, roster};
use crate::auth::Caller;

/// What every page loader is given: the state, who is asking (None:
/// nobody signed in) and the query parameters.
pub struct Ask<'a> {
    pub state: &'a AppState,
    pub viewer: Option<&'a Viewer>,
    pub query: &'a HashMap<String, String>,
    /// The language the page is read in (the caller's, see `auth::identify`).
    pub locale: tutela_app::i18n::Locale,
}

/// Loads the page an address names, then has it rendered.
pub async fn page(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    method: Method,
    uri: Uri,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let Some(route) = Route::parse(uri.path()) else { return HttpError::NotFound.into_response() };
    // Only a public page at its one spelling is kept (by the page cache for
    // anonymous readers, as a frame for signed-in ones): other spellings of
    // the same page are served but cannot fill the caches.
    let keepable = route.is_public() && route.is_canonical(uri.path()) && query.is_empty();
    // A signed-in reader's lesson: their header around the kept frame.
    let framed = keepable && caller.session.is_some();
    if framed && let Some(response) = articles::from_frame(&state, &caller, uri.path()).await {
        return response;
    }
    let generation = state.cache.generation();
    let viewer = caller.viewer();
    let ask = Ask { state: &state, viewer: viewer.as_ref(), query: &query, locale: caller.locale };
    let page = match load(&ask, route).await {
        Ok(page) => page,
        Err(err) => return err.into_response(),
    };
    // A signed-in reader's lesson is its frame around their header and
    // their read mark; kept only at its one spelling.
    if caller.session.is_some() && articles::keeps(&page) {
        return articles::keep(&state, &caller, uri.path(), page, generation, framed).await;
    }
    // The published catalogue, as every anonymous reader sees it, may be kept.
    let public = keepable && caller.session.is_none();
    let mut response = Rendered::page(page).into_response();
    if public && response.status() == StatusCode::OK {
        response.extensions_mut().insert(cache::Cacheable);
    }
    response
}

/// The page `route` names, from the capability that owns it.
async fn load(ask: &Ask<'_>, route: Route<'_>) -> Result<Page, HttpError> {
    match route {
        Route::Catalogue(route) => catalogue::load(ask, route).await,
        Route::Accounts(route) => accounts::load(ask, route).await,
        Route::People(route) => people::load(ask, route).await,
        Route::Roster(route) => roster::load(ask, route).await,
        Route::Organisation(route) => organisation::load(ask, route).await,
        Route::Audit(route) => audit::load(ask, route).await,
        Route::Learning(route) => learning::load(ask, route).await,
        Route::Quiz(route) => quiz::load(ask, route).await,
    }
}

/// The viewer's reach in the institution `named` ([`tutela_app::routes::reach`]),
/// or 403 when they may not act there.
pub async fn reach_of(state: &AppState, viewer: &Viewer, named: Named<'_>) -> Result<Reach, HttpError> {
    tutela_app::routes::reach(state.store.as_ref(), viewer, named)
        .await
        .map_err(HttpError::store("an institution could not be read"))?
        .ok_or(HttpError::Forbidden(tutela_app::i18n::Msg::new(NOT_YOUR_INSTITUTION)))
}
