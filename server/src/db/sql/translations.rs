//! The catalogue's translations: courses in other languages than their
//! source, and the glossary's terms in other languages. Part of
//! [`CatalogueStore`](tutela_app::store::CatalogueStore) (`catalogue.rs`
//! calls these); written once for both backends like it.
//!
//! A translation is not a course version: it is kept per course and
//! language, replaced when its text changes, and records the source
//! version it translates, so a reader can be told when the source moved on.

use std::collections::BTreeMap;

use super::{Backend, Db};
use tutela_app::model::{GlossaryTerm, TocEntry};
use tutela_app::store::{
    CourseTranslation, GlossaryTranslation, NewCourseTranslation, StoreResult, TranslatedLesson, TranslationState,
};

type Tx<'a> = sqlx::Transaction<'a, Db>;

/// Publishes one translation, in the transaction that publishes its course
/// (if that changed) before it. Its text changed (or it is new): every row
/// is replaced and it translates the explicit version, else the course's
/// published one. Its text is the same: only its status and an explicit
/// `translates` are written.
pub(super) async fn publish_translation(
    tx: &mut Tx<'_>,
    translation: &NewCourseTranslation,
    now: i64,
) -> StoreResult<()> {
    let course_id: i64 = sqlx::query_scalar("SELECT id FROM courses WHERE slug = $1")
        .bind(&translation.course_slug)
        .fetch_one(&mut **tx)
        .await?;
    let stored: Option<String> =
        sqlx::query_scalar("SELECT text_hash FROM course_translations WHERE course_id = $1 AND language = $2")
            .bind(course_id)
            .bind(&translation.language)
            .fetch_optional(&mut **tx)
            .await?;
    if stored.as_deref() == Some(translation.text_hash.as_str()) {
        sqlx::query(
            "UPDATE course_translations SET status = $3, translates = COALESCE($4, translates) \
             WHERE course_id = $1 AND language = $2",
        )
        .bind(course_id)
        .bind(&translation.language)
        .bind(translation.status.as_str())
        .bind(translation.translates)
        .execute(&mut **tx)
        .await?;
        return Ok(());
    }
    for table in ["lesson_translations", "module_translations"] {
        sqlx::query(&format!("DELETE FROM {table} WHERE course_id = $1 AND language = $2"))
            .bind(course_id)
            .bind(&translation.language)
            .execute(&mut **tx)
            .await?;
    }
    sqlx::query(
        "INSERT INTO course_translations (course_id, language, title, summary, status, translates, text_hash, \
           updated_at) \
         VALUES ($1, $2, $3, $4, $5, \
           COALESCE($6, (SELECT MAX(version_no) FROM course_versions WHERE course_id = $1)), $7, $8) \
         ON CONFLICT (course_id, language) DO UPDATE SET title = excluded.title, summary = excluded.summary, \
           status = excluded.status, translates = excluded.translates, text_hash = excluded.text_hash, \
           updated_at = excluded.updated_at",
    )
    .bind(course_id)
    .bind(&translation.language)
    .bind(&translation.title)
    .bind(&translation.summary)
    .bind(translation.status.as_str())
    .bind(translation.translates)
    .bind(&translation.text_hash)
    .bind(now)
    .execute(&mut **tx)
    .await?;
    for (module_slug, title) in &translation.modules {
        sqlx::query(
            "INSERT INTO module_translations (course_id, language, module_slug, title) VALUES ($1, $2, $3, $4)",
        )
        .bind(course_id)
        .bind(&translation.language)
        .bind(module_slug)
        .bind(title)
        .execute(&mut **tx)
        .await?;
    }
    for lesson in &translation.lessons {
        let toc = serde_json::to_string(&lesson.toc).unwrap_or_else(|_| "[]".into());
        sqlx::query(
            "INSERT INTO lesson_translations (course_id, language, lesson_slug, title, body_html, toc_json, \
               word_count) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(course_id)
        .bind(&translation.language)
        .bind(&lesson.slug)
        .bind(&lesson.title)
        .bind(&lesson.body_html)
        .bind(toc)
        .bind(lesson.word_count)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

/// Replaces the glossary's translated terms (the terms themselves were
/// just replaced in the same transaction).
pub(super) async fn publish_glossary_translations(tx: &mut Tx<'_>, terms: &[GlossaryTranslation]) -> StoreResult<()> {
    for translation in terms {
        let term = &translation.term;
        sqlx::query(
            "INSERT INTO glossary_translations (position, language, term, meaning, avoid_json, reason, note) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(translation.position as i64)
        .bind(&translation.language)
        .bind(&term.term)
        .bind(&term.meaning)
        .bind(serde_json::to_string(&term.avoid).unwrap_or_else(|_| "[]".into()))
        .bind(&term.reason)
        .bind(&term.note)
        .execute(&mut **tx)
        .await?;
    }
    Ok(())
}

impl Backend {
    pub(super) async fn read_translation_states(&self) -> StoreResult<BTreeMap<(String, String), TranslationState>> {
        let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
            "SELECT c.slug, t.language, t.text_hash, t.status, t.translates \
             FROM course_translations t JOIN courses c ON c.id = t.course_id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(course, language, text_hash, status, translates)| {
                let status = crate::db::rows::translation_status(&status);
                ((course, language), TranslationState { text_hash, status, translates })
            })
            .collect())
    }

    pub(super) async fn read_course_translations(&self, course_slug: &str) -> StoreResult<Vec<CourseTranslation>> {
        let heads: Vec<(String, String, String, String, i64)> = sqlx::query_as(
            "SELECT t.language, t.title, t.summary, t.status, t.translates \
             FROM course_translations t JOIN courses c ON c.id = t.course_id \
             WHERE c.slug = $1 ORDER BY t.language",
        )
        .bind(course_slug)
        .fetch_all(&self.pool)
        .await?;
        if heads.is_empty() {
            return Ok(Vec::new());
        }
        let titles = |table: &str, slug: &str| {
            format!(
                "SELECT t.language, t.{slug}, t.title FROM {table} t JOIN courses c ON c.id = t.course_id \
                 WHERE c.slug = $1"
            )
        };
        let modules: Vec<(String, String, String)> = sqlx::query_as(&titles("module_translations", "module_slug"))
            .bind(course_slug)
            .fetch_all(&self.pool)
            .await?;
        let lessons: Vec<(String, String, String)> = sqlx::query_as(&titles("lesson_translations", "lesson_slug"))
            .bind(course_slug)
            .fetch_all(&self.pool)
            .await?;
        let of = |rows: &[(String, String, String)], language: &str| -> BTreeMap<String, String> {
            rows.iter()
                .filter(|(l, _, _)| l == language)
                .map(|(_, slug, title)| (slug.clone(), title.clone()))
                .collect()
        };
        Ok(heads
            .into_iter()
            .map(|(language, title, summary, status, translates)| CourseTranslation {
                modules: of(&modules, &language),
                lessons: of(&lessons, &language),
                status: crate::db::rows::translation_status(&status),
                language,
                title,
                summary,
                translates,
            })
            .collect())
    }

    pub(super) async fn read_lesson_translation(
        &self,
        course_slug: &str,
        language: &str,
        lesson_slug: &str,
    ) -> StoreResult<Option<TranslatedLesson>> {
        let row: Option<(String, String, String, i64)> = sqlx::query_as(
            "SELECT t.title, t.body_html, t.toc_json, t.word_count \
             FROM lesson_translations t JOIN courses c ON c.id = t.course_id \
             WHERE c.slug = $1 AND t.language = $2 AND t.lesson_slug = $3",
        )
        .bind(course_slug)
        .bind(language)
        .bind(lesson_slug)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(title, body_html, toc, word_count)| TranslatedLesson {
            title,
            body_html,
            toc: serde_json::from_str::<Vec<TocEntry>>(&toc).unwrap_or_default(),
            word_count,
        }))
    }

    pub(super) async fn read_glossary_translations(&self) -> StoreResult<Vec<GlossaryTranslation>> {
        let rows: Vec<(i64, String, String, String, String, String, String)> = sqlx::query_as(
            "SELECT position, language, term, meaning, avoid_json, reason, note FROM glossary_translations \
             ORDER BY language, position",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(position, language, term, meaning, avoid, reason, note)| GlossaryTranslation {
                position: usize::try_from(position).unwrap_or(usize::MAX),
                language,
                term: GlossaryTerm {
                    term,
                    meaning,
                    avoid: serde_json::from_str(&avoid).unwrap_or_default(),
                    reason,
                    note,
                },
            })
            .collect())
    }
}
