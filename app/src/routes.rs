//! The route table: which page an address names, and loading its data.
//!
//! This is the only place that maps paths to pages. Loading reads the
//! [`Store`]; a storage failure is logged here and becomes
//! [`Page::Unavailable`], which tells the reader nothing internal.

use crate::Page;
use crate::store::{Store, StoreError};

/// The page for `path` (without query string) and the `q` filter, if any.
pub async fn load(store: &dyn Store, path: &str, query: Option<&str>) -> Page {
    match load_or_fail(store, path, query).await {
        Ok(page) => page,
        Err(err) => {
            tracing::error!(%err, path, "a page could not be loaded");
            Page::Unavailable
        }
    }
}

async fn load_or_fail(store: &dyn Store, path: &str, query: Option<&str>) -> Result<Page, StoreError> {
    let segments: Vec<&str> = path.trim_matches('/').split('/').filter(|s| !s.is_empty()).collect();
    let page = match segments.as_slice() {
        [] => Page::Home { cadres: store.cadre_summaries().await? },
        ["cadres", slug] => match store.cadre(slug).await? {
            Some(cadre) => Page::Cadre {
                courses: store.courses_for_cadre(slug).await?,
                cadre,
                query: query.unwrap_or_default().trim().to_string(),
            },
            None => Page::NotFound,
        },
        ["glossary"] => Page::Glossary(store.glossary().await?),
        ["courses", slug] => store.course(slug).await?.map(Page::Course).unwrap_or(Page::NotFound),
        ["courses", course, lesson] => lesson_page(store, course, None, lesson).await?,
        ["courses", course, "versions", version, lesson] => match version.parse::<i64>() {
            Ok(version) => lesson_page(store, course, Some(version), lesson).await?,
            Err(_) => Page::NotFound,
        },
        _ => Page::NotFound,
    };
    Ok(page)
}

async fn lesson_page(store: &dyn Store, course: &str, version: Option<i64>, lesson: &str) -> Result<Page, StoreError> {
    Ok(store.lesson(course, version, lesson).await?.map(Page::Lesson).unwrap_or(Page::NotFound))
}
