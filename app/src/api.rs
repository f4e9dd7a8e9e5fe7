//! Server functions: the pages' only way to data.
//!
//! Each has a stable endpoint name so that the browser bundle and the
//! server agree wherever each was built. The bodies run on the server only
//! and read the [`crate::store::Store`] from the request's context.

use leptos::prelude::*;

use crate::model::{Cadre, CadreSummary, CourseCard, CourseOutline, LessonPage};

#[cfg(feature = "ssr")]
fn store() -> Result<crate::store::SharedStore, ServerFnError> {
    use_context::<crate::store::SharedStore>().ok_or_else(|| ServerFnError::new("storage is not configured"))
}

/// Logs a storage failure and gives the caller a message with no internals.
#[cfg(feature = "ssr")]
fn hide(err: crate::store::StoreError) -> ServerFnError {
    leptos::logging::error!("storage error: {err}");
    ServerFnError::new("The service could not read its records. Please try again.")
}

#[server(endpoint = "cadre_summaries")]
pub async fn load_cadre_summaries() -> Result<Vec<CadreSummary>, ServerFnError> {
    store()?.cadre_summaries().await.map_err(hide)
}

/// The cadre and its courses; `None` when no such cadre exists.
#[server(endpoint = "cadre_catalogue")]
pub async fn load_cadre_catalogue(slug: String) -> Result<Option<(Cadre, Vec<CourseCard>)>, ServerFnError> {
    let store = store()?;
    let Some(cadre) = store.cadre(&slug).await.map_err(hide)? else {
        return Ok(None);
    };
    let courses = store.courses_for_cadre(&slug).await.map_err(hide)?;
    Ok(Some((cadre, courses)))
}

#[server(endpoint = "course_outline")]
pub async fn load_course_outline(slug: String) -> Result<Option<CourseOutline>, ServerFnError> {
    store()?.course(&slug).await.map_err(hide)
}

#[server(endpoint = "lesson_page")]
pub async fn load_lesson_page(
    course: String,
    version: Option<i64>,
    lesson: String,
) -> Result<Option<LessonPage>, ServerFnError> {
    store()?.lesson(&course, version, &lesson).await.map_err(hide)
}
