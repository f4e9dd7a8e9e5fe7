//! Catalogue: the home page, a cadre's courses, a course's outline, its
//! lessons (current and older versions) and the glossary. Public pages,
//! the same for everyone (the page cache keeps them); content changes only
//! by import (`tutela import`), so there is no form here. A course page
//! and the glossary are shown in the reader's language where a translation
//! exists (`tutela_app::catalogue::translation`), or in the one `?lang=`
//! names.

use std::collections::BTreeMap;

use axum::Router;
use tutela_app::Page;
use tutela_app::catalogue::translation;
use tutela_app::catalogue::{CataloguePages, CatalogueRoute};
use tutela_app::i18n::Locale;
use tutela_app::model::Cadre;

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
    let mut cadres = ask.state.store.cadre_summaries().await?;
    let names = cadre_names(ask).await?;
    for summary in &mut cadres {
        in_reader_language(&mut summary.cadre, &names);
    }
    Ok(Page::Catalogue(CataloguePages::Home { cadres }))
}

/// The cadres' names in the reader's language, where translated (the
/// cadres' own are English).
async fn cadre_names(ask: &Ask<'_>) -> Result<BTreeMap<String, (String, String)>, HttpError> {
    let locale = reader_locale(ask);
    if locale == Locale::En {
        return Ok(BTreeMap::new());
    }
    Ok(ask.state.store.cadre_translations(locale.code()).await?)
}

fn in_reader_language(cadre: &mut Cadre, names: &BTreeMap<String, (String, String)>) {
    if let Some((name, description)) = names.get(&cadre.slug) {
        cadre.name = name.clone();
        cadre.description = description.clone();
    }
}

/// The request's language, as content is read in it (the tests'
/// pseudo-locale reads English).
fn reader_locale(ask: &Ask<'_>) -> Locale {
    ask.locale.source()
}

/// The language a course page or the glossary is wanted in (`?lang=`, else
/// the reader's) and the one `?lang=` chose.
fn wanted(ask: &Ask<'_>) -> (Locale, Option<Locale>) {
    translation::wanted(ask.query.get("lang").map(String::as_str), reader_locale(ask))
}

/// `GET /glossary`.
pub async fn glossary(ask: &Ask<'_>) -> Result<Page, HttpError> {
    let store = ask.state.store.as_ref();
    let (wanted, chosen) = wanted(ask);
    let glossary =
        translation::glossary_in(store.glossary().await?, store.glossary_translations().await?, wanted, chosen);
    Ok(Page::Catalogue(CataloguePages::Glossary(glossary)))
}

/// `GET /cadres/{slug}`: the cadre's courses, narrowed by `?q=`.
pub async fn cadre(ask: &Ask<'_>, slug: &str) -> Result<Page, HttpError> {
    let store = ask.state.store.as_ref();
    let mut cadre = store.cadre(slug).await?.ok_or(HttpError::NotFound)?;
    in_reader_language(&mut cadre, &cadre_names(ask).await?);
    Ok(Page::Catalogue(CataloguePages::Cadre {
        courses: store.courses_for_cadre(slug, reader_locale(ask).code()).await?,
        cadre,
        query: ask.query.get("q").map(|q| q.trim().to_string()).unwrap_or_default(),
    }))
}

/// `GET /courses/{slug}`.
pub async fn course(ask: &Ask<'_>, slug: &str) -> Result<Page, HttpError> {
    let store = ask.state.store.as_ref();
    let mut outline = store.course(slug).await?.ok_or(HttpError::NotFound)?;
    let names = cadre_names(ask).await?;
    for cadre in &mut outline.audience {
        in_reader_language(cadre, &names);
    }
    let (wanted, chosen) = wanted(ask);
    let mut outline = translation::outline_in(outline, &store.course_translations(slug).await?, wanted, chosen);
    outline.learning = super::learning::part(ask, slug).await?;
    Ok(Page::Catalogue(CataloguePages::Course(Box::new(outline))))
}

/// `GET /courses/{course}/{lesson}` and `.../versions/{n}/{lesson}`: an
/// old version in its source language only.
pub async fn lesson(ask: &Ask<'_>, course: &str, version: Option<i64>, lesson: &str) -> Result<Page, HttpError> {
    let store = ask.state.store.as_ref();
    let mut page = store.lesson(course, version, lesson).await?.ok_or(HttpError::NotFound)?;
    if version.is_some() {
        page.reading =
            tutela_app::model::Reading::source_only(translation::locale_of(&page.language).unwrap_or_default());
        return Ok(Page::Catalogue(CataloguePages::Lesson(Box::new(page))));
    }
    let (wanted, chosen) = wanted(ask);
    let translations = store.course_translations(course).await?;
    let translated = if translation::lesson_wanted(&page, &translations, wanted) {
        store.lesson_translation(course, wanted.code(), lesson).await?
    } else {
        None
    };
    let page = translation::lesson_in(page, &translations, translated, wanted, chosen);
    Ok(Page::Catalogue(CataloguePages::Lesson(Box::new(page))))
}
