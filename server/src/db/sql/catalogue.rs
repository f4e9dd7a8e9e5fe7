//! The SQL of [`CatalogueStore`](tutela_app::store::CatalogueStore), written once for
//! both backends: `db/sqlite.rs` and `db/postgres.rs` each mount this file
//! (`#[path]`), where `Db` and `Backend` name their database and store.

use super::Backend;

use tutela_app::ids::CourseVersionId;
use tutela_app::store::{Refusal, StoreError, StoreResult};
use tutela_app::{model, store};

#[async_trait::async_trait]
impl store::CatalogueStore for Backend {
    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn cadre_summaries(&self) -> StoreResult<Vec<model::CadreSummary>> {
        let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
            "SELECT d.slug, d.name, d.description, \
               (SELECT COUNT(*) FROM course_version_cadres cc \
                  JOIN published_versions v ON v.id = cc.course_version_id \
                 WHERE cc.cadre_id = d.id) \
             FROM cadres d WHERE d.retired_at IS NULL ORDER BY d.id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(slug, name, description, course_count)| model::CadreSummary {
                cadre: model::Cadre { slug, name, description },
                course_count,
            })
            .collect())
    }

    async fn cadre_slugs(&self) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar("SELECT slug FROM cadres ORDER BY slug").fetch_all(&self.pool).await?)
    }

    async fn cadre(&self, slug: &str) -> StoreResult<Option<model::Cadre>> {
        let row: Option<(String, String, String)> =
            sqlx::query_as("SELECT slug, name, description FROM cadres WHERE slug = $1 AND retired_at IS NULL")
                .bind(slug)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|(slug, name, description)| model::Cadre { slug, name, description }))
    }

    async fn courses_for_cadre(&self, cadre_slug: &str, language: &str) -> StoreResult<Vec<model::CourseCard>> {
        let rows: Vec<crate::db::rows::CardRow> = sqlx::query_as(
            "SELECT c.slug, COALESCE(t.title, v.title) AS title, COALESCE(t.summary, v.summary), \
               COALESCE(t.language, v.language), v.stage, v.estimated_hours, \
               (SELECT COUNT(*) FROM lessons l WHERE l.course_version_id = v.id) \
             FROM courses c JOIN published_versions v ON v.course_id = c.id \
             LEFT JOIN course_translations t ON t.course_id = c.id AND t.language = $2 AND t.language <> v.language \
             WHERE EXISTS (SELECT 1 FROM course_version_cadres cc JOIN cadres d ON d.id = cc.cadre_id \
                            WHERE cc.course_version_id = v.id AND d.slug = $1) \
             ORDER BY v.stage DESC, title",
        )
        .bind(cadre_slug)
        .bind(language)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(crate::db::rows::card).collect())
    }

    async fn course(&self, slug: &str) -> StoreResult<Option<model::CourseOutline>> {
        let head: Option<(i64, i64, String, String, String, String, f64)> = sqlx::query_as(
            "SELECT v.id, v.version_no, v.title, v.summary, v.stage, v.language, v.estimated_hours \
             FROM courses c JOIN published_versions v ON v.course_id = c.id WHERE c.slug = $1",
        )
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some((version_id, version_no, title, summary, stage, language, estimated_hours)) = head else {
            return Ok(None);
        };
        let audience: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT d.slug, d.name, d.description FROM course_version_cadres cc \
             JOIN cadres d ON d.id = cc.cadre_id WHERE cc.course_version_id = $1 ORDER BY d.id",
        )
        .bind(version_id)
        .fetch_all(&self.pool)
        .await?;
        let contents: Vec<crate::db::rows::ContentsRow> = sqlx::query_as(
            "SELECT m.position, m.slug, m.title, l.slug, l.title FROM modules m \
             LEFT JOIN lessons l ON l.module_id = m.id \
             WHERE m.course_version_id = $1 ORDER BY m.position, l.position",
        )
        .bind(version_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some(model::CourseOutline {
            slug: slug.to_string(),
            version_no,
            title,
            summary,
            stage: crate::db::rows::stage(&stage),
            language,
            estimated_hours,
            audience: audience
                .into_iter()
                .map(|(slug, name, description)| model::Cadre { slug, name, description })
                .collect(),
            modules: crate::db::rows::group_modules(contents),
            reading: model::Reading::default(),
            learning: None,
        }))
    }

    async fn lesson(
        &self,
        course_slug: &str,
        version_no: Option<i64>,
        lesson_slug: &str,
    ) -> StoreResult<Option<model::LessonPage>> {
        let row: Option<crate::db::rows::LessonRow> = sqlx::query_as(
            "SELECT v.id AS version_id, v.title AS course_title, v.language, v.version_no, \
               (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = c.id) \
                 AS current_version_no, \
               m.slug AS module_slug, m.title AS module_title, l.slug, l.title, l.body_html, l.toc_json, l.word_count, l.position \
             FROM courses c \
             JOIN course_versions v ON v.course_id = c.id \
             JOIN lessons l ON l.course_version_id = v.id \
             JOIN modules m ON m.id = l.module_id \
             WHERE c.slug = $1 AND l.slug = $3 AND v.version_no = \
               COALESCE($2, (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = c.id))",
        )
        .bind(course_slug)
        .bind(version_no)
        .bind(lesson_slug)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let neighbours: Vec<(i64, String, String)> = sqlx::query_as(
            "SELECT position, slug, title FROM lessons \
             WHERE course_version_id = $1 AND (position = $2 OR position = $3)",
        )
        .bind(row.version_id())
        .bind(row.position() - 1)
        .bind(row.position() + 1)
        .fetch_all(&self.pool)
        .await?;
        Ok(Some(row.into_page(course_slug, neighbours)))
    }

    async fn published_hashes(&self) -> StoreResult<std::collections::BTreeMap<String, String>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT c.slug, v.content_hash FROM courses c JOIN published_versions v ON v.course_id = c.id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().collect())
    }

    async fn published_version_numbers(&self) -> StoreResult<std::collections::BTreeMap<String, i64>> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT c.slug, v.version_no FROM courses c JOIN published_versions v ON v.course_id = c.id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().collect())
    }

    async fn publish(
        &self,
        versions: &[store::NewCourseVersion],
        translations: &[store::NewCourseTranslation],
        glossary: Option<&store::NewGlossary>,
    ) -> StoreResult<()> {
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // First, as `apply_bank_upload` does: the same lock order, so an
        // import and an apply wait for each other rather than deadlock.
        super::organisation::bump_content_generation(&mut tx).await?;
        for version in versions {
            sqlx::query("INSERT INTO courses (slug, created_at) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING")
                .bind(&version.slug)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            let course_id: i64 = sqlx::query_scalar("SELECT id FROM courses WHERE slug = $1")
                .bind(&version.slug)
                .fetch_one(&mut *tx)
                .await?;
            let last: i64 =
                sqlx::query_scalar("SELECT COALESCE(MAX(version_no), 0) FROM course_versions WHERE course_id = $1")
                    .bind(course_id)
                    .fetch_one(&mut *tx)
                    .await?;
            // Read again under the lock: the version the import planned against.
            if last != version.planned_on.unwrap_or(0) {
                return Err(StoreError::Refused(Refusal::CourseChanged(version.slug.clone())));
            }
            let version_id: CourseVersionId = sqlx::query_scalar(
                "INSERT INTO course_versions (course_id, version_no, content_hash, title, summary, language, stage, \
                   estimated_hours, published_at, open_to_all) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
            )
            .bind(course_id)
            .bind(last + 1)
            .bind(&version.content_hash)
            .bind(&version.title)
            .bind(&version.summary)
            .bind(&version.language)
            .bind(version.stage.as_str())
            .bind(version.estimated_hours)
            .bind(now)
            .bind(i64::from(version.open))
            .fetch_one(&mut *tx)
            .await?;
            // Enrolments not yet started move to the new version.
            super::learning::move_unstarted(&mut tx, course_id, version_id).await?;
            for cadre in &version.audience {
                let inserted = sqlx::query(
                    "INSERT INTO course_version_cadres (course_version_id, cadre_id) \
                     SELECT $1, id FROM cadres WHERE slug = $2",
                )
                .bind(version_id)
                .bind(cadre)
                .execute(&mut *tx)
                .await?;
                if inserted.rows_affected() != 1 {
                    return Err(StoreError::Refused(Refusal::UnknownAudience(cadre.clone())));
                }
            }
            let mut position = 0i64;
            for (module_position, module) in version.modules.iter().enumerate() {
                let module_id: i64 = sqlx::query_scalar(
                    "INSERT INTO modules (course_version_id, position, slug, title) \
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(version_id)
                .bind(module_position as i64)
                .bind(&module.slug)
                .bind(&module.title)
                .fetch_one(&mut *tx)
                .await?;
                for lesson in &module.lessons {
                    let toc = serde_json::to_string(&lesson.toc).unwrap_or_else(|_| "[]".into());
                    sqlx::query(
                        "INSERT INTO lessons (course_version_id, module_id, position, slug, title, body_html, \
                           toc_json, word_count) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    )
                    .bind(version_id)
                    .bind(module_id)
                    .bind(position)
                    .bind(&lesson.slug)
                    .bind(&lesson.title)
                    .bind(&lesson.body_html)
                    .bind(toc)
                    .bind(lesson.word_count)
                    .execute(&mut *tx)
                    .await?;
                    position += 1;
                }
            }
            if let Some(quiz) = &version.quiz {
                super::quiz::write_quiz(&mut tx, course_id, version_id, quiz, now).await?;
            }
        }
        for translation in translations {
            super::translations::publish_translation(&mut tx, translation, now).await?;
        }
        if let Some(glossary) = glossary {
            sqlx::query("DELETE FROM glossary_translations").execute(&mut *tx).await?;
            sqlx::query("DELETE FROM glossary_terms").execute(&mut *tx).await?;
            for (position, term) in glossary.terms.iter().enumerate() {
                sqlx::query(
                    "INSERT INTO glossary_terms (position, term, meaning, avoid_json, reason, note) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(position as i64)
                .bind(&term.term)
                .bind(&term.meaning)
                .bind(serde_json::to_string(&term.avoid).unwrap_or_else(|_| "[]".into()))
                .bind(&term.reason)
                .bind(&term.note)
                .execute(&mut *tx)
                .await?;
            }
            super::translations::publish_glossary_translations(&mut tx, &glossary.translations).await?;
            sqlx::query("UPDATE content_state SET glossary_hash = $1 WHERE id = 1")
                .bind(&glossary.content_hash)
                .execute(&mut *tx)
                .await?;
        }
        Ok(tx.commit().await?)
    }

    async fn glossary_hash(&self) -> StoreResult<String> {
        Ok(sqlx::query_scalar("SELECT glossary_hash FROM content_state WHERE id = 1").fetch_one(&self.pool).await?)
    }

    async fn glossary(&self) -> StoreResult<Vec<model::GlossaryTerm>> {
        let rows: Vec<(String, String, String, String, String)> =
            sqlx::query_as("SELECT term, meaning, avoid_json, reason, note FROM glossary_terms ORDER BY position")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(term, meaning, avoid, reason, note)| model::GlossaryTerm {
                term,
                meaning,
                avoid: serde_json::from_str(&avoid).unwrap_or_default(),
                reason,
                note,
            })
            .collect())
    }

    async fn translation_states(
        &self,
    ) -> StoreResult<std::collections::BTreeMap<(String, String), store::TranslationState>> {
        self.read_translation_states().await
    }

    async fn cadre_translations(
        &self,
        language: &str,
    ) -> StoreResult<std::collections::BTreeMap<String, (String, String)>> {
        let rows: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT c.slug, t.name, t.description FROM cadre_translations t JOIN cadres c ON c.id = t.cadre_id \
             WHERE t.language = $1",
        )
        .bind(language)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(slug, name, description)| (slug, (name, description))).collect())
    }

    async fn course_translations(&self, course_slug: &str) -> StoreResult<Vec<store::CourseTranslation>> {
        self.read_course_translations(course_slug).await
    }

    async fn lesson_translation(
        &self,
        course_slug: &str,
        language: &str,
        lesson_slug: &str,
    ) -> StoreResult<Option<store::TranslatedLesson>> {
        self.read_lesson_translation(course_slug, language, lesson_slug).await
    }

    async fn glossary_translations(&self) -> StoreResult<Vec<store::GlossaryTranslation>> {
        self.read_glossary_translations().await
    }

    async fn content_generation(&self) -> StoreResult<i64> {
        Ok(sqlx::query_scalar("SELECT generation FROM content_state WHERE id = 1").fetch_one(&self.pool).await?)
    }
}
