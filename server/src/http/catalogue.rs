//! Catalogue: the home page, a cadre's courses, a course's outline, its
//! lessons (current and older versions) and the glossary. Public pages,
//! the same for everyone (the page cache keeps them); content changes only
//! by import (`tutela import`), so there is no form here.

use axum::Router;
use tutela_app::Page;
use tutela_app::catalogue::CataloguePages;
use tutela_app::catalogue::CatalogueRoute;

use super::AppState;
use super::error::HttpError;
use super::pages::Ask;

/// The catalogue's own routes: none beyond its pages, which the page
/// handler serves.
pub fn router() -> Router<AppState> {
    Router::new()
}

/// The catalogue page `route` names.
pub async fn load(ask: &Ask<'_>, route: CatalogueRoute<'_>) -> Result<Page, HttpError> {
    match route {
        CatalogueRoute::Home => home(ask).await,
        CatalogueRoute::Glossary => glossary(ask).await,
        CatalogueRoute::Cadre(slug) => cadre(ask, slug).await,
        CatalogueRoute::Course(slug) => course(ask, slug).await,
        CatalogueRoute::Lesson { course, lesson } => self::lesson(ask, course, None, lesson).await,
        CatalogueRoute::LessonVersion { course, version, lesson } => {
            let version = version.parse::<i64>().map_err(|_| HttpError::NotFound)?;
            self::lesson(ask, course, Some(version), lesson).await
        }
    }
}

/// `GET /`.
pub async fn home(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Ok(Page::Catalogue(CataloguePages::Home { cadres: ask.state.store.cadre_summaries().await? }))
}

/// `GET /glossary`.
pub async fn glossary(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Ok(Page::Catalogue(CataloguePages::Glossary(ask.state.store.glossary().await?)))
}

/// `GET /cadres/{slug}`: the cadre's courses, narrowed by `?q=`.
pub async fn cadre(ask: &Ask<'_>, slug: &str) -> Result<Page, HttpError> {
    let store = ask.state.store.as_ref();
    let cadre = store.cadre(slug).await?.ok_or(HttpError::NotFound)?;
    Ok(Page::Catalogue(CataloguePages::Cadre {
        courses: store.courses_for_cadre(slug).await?,
        cadre,
        query: ask.query.get("q").map(|q| q.trim().to_string()).unwrap_or_default(),
    }))
}

/// `GET /courses/{slug}`.
pub async fn course(ask: &Ask<'_>, slug: &str) -> Result<Page, HttpError> {
    ask.state
        .store
        .course(slug)
        .await?
        .map(|course| Page::Catalogue(CataloguePages::Course(Box::new(course))))
        .ok_or(HttpError::NotFound)
}

/// `GET /courses/{course}/{lesson}` and `.../versions/{n}/{lesson}`.
pub async fn lesson(ask: &Ask<'_>, course: &str, version: Option<i64>, lesson: &str) -> Result<Page, HttpError> {
    ask.state
        .store
        .lesson(course, version, lesson)
        .await?
        .map(|lesson| Page::Catalogue(CataloguePages::Lesson(Box::new(lesson))))
        .ok_or(HttpError::NotFound)
}
