//! The queries of [`Store`](tutela_app::store::Store), written once for both
//! backends. `store_impl!(Type, Database)` expands them for one backend;
//! the macro exists only so that each expansion has concrete types (sqlx's
//! generic bounds across databases are unwieldy), not to vary the SQL.

/// Columns of a course card, from `courses c JOIN published_versions v`.
macro_rules! card_columns {
    () => {
        "c.slug, v.title, v.summary, v.stage, v.estimated_hours, \
         (SELECT COUNT(*) FROM lessons l WHERE l.course_version_id = v.id)"
    };
}

/// Appends `$entry` (a `NewAuditEntry`) to the audit log inside the open
/// transaction `$tx`, chained to the entry before it. Taking the next number
/// with `UPDATE ... RETURNING` locks `audit_state` (PostgreSQL) or takes the
/// write lock (SQLite) first, so concurrent appends queue instead of forking
/// the chain. Evaluates to `StoreResult<i64>`, the entry's number.
macro_rules! append_audit {
    ($tx:expr, $entry:expr) => {
        async {
            use $crate::db::db_error as e;
            let entry: &tutela_app::store::NewAuditEntry = $entry;
            let (seq, prev_hash) = $crate::db::queries::reserve_audits!($tx, 1).await?;
            let at = $crate::db::now();
            let hash = $crate::audit::entry_hash(seq, at, entry, &prev_hash);
            sqlx::query(
                "INSERT INTO audit_log (seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            )
            .bind(seq)
            .bind(at)
            .bind(&entry.actor)
            .bind(entry.institution_id)
            .bind(&entry.action)
            .bind(&entry.record_type)
            .bind(&entry.record_id)
            .bind(&entry.changes)
            .bind(&prev_hash)
            .bind(&hash)
            .execute(&mut *$tx)
            .await
            .map_err(e)?;
            sqlx::query("UPDATE audit_state SET last_hash = $1 WHERE id = 1")
                .bind(&hash)
                .execute(&mut *$tx)
                .await
                .map_err(e)?;
            tutela_app::store::StoreResult::Ok(seq)
        }
    };
}

/// Reserves the numbers of `$count` audit entries inside the open
/// transaction `$tx`, as `append_audit!` does for one: evaluates to
/// `StoreResult<(first number, hash of the entry before it)>`. From here
/// until the transaction ends, other appends wait.
macro_rules! reserve_audits {
    ($tx:expr, $count:expr) => {
        async {
            let count: i64 = $count;
            let (last_seq, prev_hash): (i64, String) = sqlx::query_as(
                "UPDATE audit_state SET last_seq = last_seq + $1 WHERE id = 1 RETURNING last_seq, last_hash",
            )
            .bind(count)
            .fetch_one(&mut *$tx)
            .await
            .map_err($crate::db::db_error)?;
            tutela_app::store::StoreResult::Ok((last_seq - count + 1, prev_hash))
        }
    };
}

/// Writes audit entries reserved with `reserve_audits!` and chained with
/// [`crate::audit::chain`] (`$chain`), with the store's `bulk_insert`
/// (multi-row INSERTs, or COPY on PostgreSQL), and moves the head of the
/// chain. Evaluates to `StoreResult<()>`.
macro_rules! write_audits {
    ($tx:expr, $chain:expr, $store:ty) => {
        async {
            use $crate::db::db_error as e;
            let chain: &$crate::audit::Chain = $chain;
            let Some(last) = chain.links.last() else { return tutela_app::store::StoreResult::Ok(()) };
            let rows: Vec<[$crate::db::Cell<'_>; 10]> = chain
                .entries
                .iter()
                .zip(&chain.links)
                .map(|(entry, link)| {
                    [
                        link.seq.into(),
                        chain.at.into(),
                        (&entry.actor).into(),
                        entry.institution_id.into(),
                        (&entry.action).into(),
                        (&entry.record_type).into(),
                        (&entry.record_id).into(),
                        (&entry.changes).into(),
                        (&link.prev_hash).into(),
                        (&link.hash).into(),
                    ]
                })
                .collect();
            <$store>::bulk_insert(
                &mut *$tx,
                "audit_log (seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash)",
                &rows,
            )
            .await
            .map_err(e)?;
            sqlx::query("UPDATE audit_state SET last_hash = $1 WHERE id = 1")
                .bind(&last.hash)
                .execute(&mut *$tx)
                .await
                .map_err(e)?;
            tutela_app::store::StoreResult::Ok(())
        }
    };
}

macro_rules! store_impl {
    ($store:ty, $db:ty) => {
        #[async_trait::async_trait]
        impl tutela_app::store::Store for $store {
            async fn ping(&self) -> tutela_app::store::StoreResult<()> {
                sqlx::query("SELECT 1").execute(&self.pool).await.map_err($crate::db::db_error)?;
                Ok(())
            }

            async fn cadre_summaries(&self) -> tutela_app::store::StoreResult<Vec<tutela_app::model::CadreSummary>> {
                let rows: Vec<(String, String, String, i64)> = sqlx::query_as(
                    "SELECT d.slug, d.name, d.description, \
                       (SELECT COUNT(*) FROM course_version_cadres cc \
                          JOIN published_versions v ON v.id = cc.course_version_id \
                         WHERE cc.cadre_id = d.id) \
                     FROM cadres d WHERE d.retired_at IS NULL ORDER BY d.id",
                )
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(slug, name, description, course_count)| tutela_app::model::CadreSummary {
                        cadre: tutela_app::model::Cadre { slug, name, description },
                        course_count,
                    })
                    .collect())
            }

            async fn cadre_slugs(&self) -> tutela_app::store::StoreResult<Vec<String>> {
                sqlx::query_scalar("SELECT slug FROM cadres ORDER BY slug")
                    .fetch_all(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }

            async fn cadre(&self, slug: &str) -> tutela_app::store::StoreResult<Option<tutela_app::model::Cadre>> {
                let row: Option<(String, String, String)> =
                    sqlx::query_as("SELECT slug, name, description FROM cadres WHERE slug = $1 AND retired_at IS NULL")
                        .bind(slug)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err($crate::db::db_error)?;
                Ok(row.map(|(slug, name, description)| tutela_app::model::Cadre { slug, name, description }))
            }

            async fn courses_for_cadre(&self, cadre_slug: &str) -> tutela_app::store::StoreResult<Vec<tutela_app::model::CourseCard>> {
                let rows: Vec<$crate::db::queries::CardRow> = sqlx::query_as(concat!(
                    "SELECT ", $crate::db::queries::card_columns!(),
                    " FROM courses c JOIN published_versions v ON v.course_id = c.id \
                     WHERE EXISTS (SELECT 1 FROM course_version_cadres cc JOIN cadres d ON d.id = cc.cadre_id \
                                    WHERE cc.course_version_id = v.id AND d.slug = $1) \
                     ORDER BY v.stage DESC, v.title"
                ))
                .bind(cadre_slug)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows.into_iter().map($crate::db::queries::card).collect())
            }

            async fn course(&self, slug: &str) -> tutela_app::store::StoreResult<Option<tutela_app::model::CourseOutline>> {
                let head: Option<(i64, i64, String, String, String, String, f64)> = sqlx::query_as(
                    "SELECT v.id, v.version_no, v.title, v.summary, v.stage, v.language, v.estimated_hours \
                     FROM courses c JOIN published_versions v ON v.course_id = c.id WHERE c.slug = $1",
                )
                .bind(slug)
                .fetch_optional(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                let Some((version_id, version_no, title, summary, stage, language, estimated_hours)) = head else {
                    return Ok(None);
                };
                let audience: Vec<(String, String, String)> = sqlx::query_as(
                    "SELECT d.slug, d.name, d.description FROM course_version_cadres cc \
                     JOIN cadres d ON d.id = cc.cadre_id WHERE cc.course_version_id = $1 ORDER BY d.id",
                )
                .bind(version_id)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                let contents: Vec<(i64, String, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT m.position, m.title, l.slug, l.title FROM modules m \
                     LEFT JOIN lessons l ON l.module_id = m.id \
                     WHERE m.course_version_id = $1 ORDER BY m.position, l.position",
                )
                .bind(version_id)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(Some(tutela_app::model::CourseOutline {
                    slug: slug.to_string(),
                    version_no,
                    title,
                    summary,
                    stage: $crate::db::queries::stage(&stage),
                    language,
                    estimated_hours,
                    audience: audience
                        .into_iter()
                        .map(|(slug, name, description)| tutela_app::model::Cadre { slug, name, description })
                        .collect(),
                    modules: $crate::db::queries::group_modules(contents),
                }))
            }

            async fn lesson(
                &self,
                course_slug: &str,
                version_no: Option<i64>,
                lesson_slug: &str,
            ) -> tutela_app::store::StoreResult<Option<tutela_app::model::LessonPage>> {
                let row: Option<$crate::db::queries::LessonRow> = sqlx::query_as(
                    "SELECT v.id AS version_id, v.title AS course_title, v.language, v.version_no, \
                       (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = c.id) \
                         AS current_version_no, \
                       m.title AS module_title, l.slug, l.title, l.body_html, l.toc_json, l.word_count, l.position \
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
                .await
                .map_err($crate::db::db_error)?;
                let Some(row) = row else { return Ok(None) };
                let neighbours: Vec<(i64, String, String)> = sqlx::query_as(
                    "SELECT position, slug, title FROM lessons \
                     WHERE course_version_id = $1 AND (position = $2 OR position = $3)",
                )
                .bind(row.version_id())
                .bind(row.position() - 1)
                .bind(row.position() + 1)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(Some(row.into_page(course_slug, neighbours)))
            }

            async fn published_hashes(&self) -> tutela_app::store::StoreResult<std::collections::BTreeMap<String, String>> {
                let rows: Vec<(String, String)> = sqlx::query_as(
                    "SELECT c.slug, v.content_hash FROM courses c JOIN published_versions v ON v.course_id = c.id",
                )
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows.into_iter().collect())
            }

            async fn publish(
                &self,
                versions: &[tutela_app::store::NewCourseVersion],
                glossary: Option<&tutela_app::store::NewGlossary>,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let now = $crate::db::now();
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                for version in versions {
                    sqlx::query("INSERT INTO courses (slug, created_at) VALUES ($1, $2) ON CONFLICT (slug) DO NOTHING")
                        .bind(&version.slug)
                        .bind(now)
                        .execute(&mut *tx)
                        .await
                        .map_err(e)?;
                    let course_id: i64 = sqlx::query_scalar("SELECT id FROM courses WHERE slug = $1")
                        .bind(&version.slug)
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(e)?;
                    let last: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(version_no), 0) FROM course_versions WHERE course_id = $1")
                        .bind(course_id)
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(e)?;
                    let version_id: i64 = sqlx::query_scalar(
                        "INSERT INTO course_versions (course_id, version_no, content_hash, title, summary, language, stage, estimated_hours, published_at) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id",
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
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(e)?;
                    for cadre in &version.audience {
                        let inserted = sqlx::query(
                            "INSERT INTO course_version_cadres (course_version_id, cadre_id) SELECT $1, id FROM cadres WHERE slug = $2",
                        )
                        .bind(version_id)
                        .bind(cadre)
                        .execute(&mut *tx)
                        .await
                        .map_err(e)?;
                        if inserted.rows_affected() != 1 {
                            return Err(tutela_app::store::StoreError::Conflict(format!("unknown cadre `{cadre}`")));
                        }
                    }
                    let mut position = 0i64;
                    for (module_position, module) in version.modules.iter().enumerate() {
                        let module_id: i64 = sqlx::query_scalar(
                            "INSERT INTO modules (course_version_id, position, slug, title) VALUES ($1, $2, $3, $4) RETURNING id",
                        )
                        .bind(version_id)
                        .bind(module_position as i64)
                        .bind(&module.slug)
                        .bind(&module.title)
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(e)?;
                        for lesson in &module.lessons {
                            let toc = serde_json::to_string(&lesson.toc).unwrap_or_else(|_| "[]".into());
                            sqlx::query(
                                "INSERT INTO lessons (course_version_id, module_id, position, slug, title, body_html, toc_json, word_count) \
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
                            .await
                            .map_err(e)?;
                            position += 1;
                        }
                    }
                }
                if let Some(glossary) = glossary {
                    sqlx::query("DELETE FROM glossary_terms").execute(&mut *tx).await.map_err(e)?;
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
                        .await
                        .map_err(e)?;
                    }
                    sqlx::query("UPDATE content_state SET glossary_hash = $1 WHERE id = 1")
                        .bind(&glossary.content_hash)
                        .execute(&mut *tx)
                        .await
                        .map_err(e)?;
                }
                sqlx::query("UPDATE content_state SET generation = generation + 1 WHERE id = 1")
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                tx.commit().await.map_err(e)
            }

            async fn glossary_hash(&self) -> tutela_app::store::StoreResult<String> {
                sqlx::query_scalar("SELECT glossary_hash FROM content_state WHERE id = 1")
                    .fetch_one(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }

            async fn glossary(&self) -> tutela_app::store::StoreResult<Vec<tutela_app::model::GlossaryTerm>> {
                let rows: Vec<(String, String, String, String, String)> = sqlx::query_as(
                    "SELECT term, meaning, avoid_json, reason, note FROM glossary_terms ORDER BY position",
                )
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(term, meaning, avoid, reason, note)| tutela_app::model::GlossaryTerm {
                        term,
                        meaning,
                        avoid: serde_json::from_str(&avoid).unwrap_or_default(),
                        reason,
                        note,
                    })
                    .collect())
            }

            async fn content_generation(&self) -> tutela_app::store::StoreResult<i64> {
                sqlx::query_scalar("SELECT generation FROM content_state WHERE id = 1")
                    .fetch_one(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }

            async fn ensure_demo(
                &self,
                demo: &tutela_app::store::DemoInstitution,
                actor: &str,
            ) -> tutela_app::store::StoreResult<tutela_app::store::DemoOutcome> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM institutions WHERE slug = $1")
                    .bind(&demo.slug)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?;
                if existing.is_some() {
                    return Ok(tutela_app::store::DemoOutcome::AlreadyPresent);
                }
                let now = $crate::db::now();
                let institution_id: i64 = sqlx::query_scalar(
                    "INSERT INTO institutions (slug, name, country, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(&demo.slug)
                .bind(&demo.name)
                .bind(&demo.country)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                let created = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "institution.create".into(),
                    record_type: "institution".into(),
                    record_id: institution_id.to_string(),
                    changes: serde_json::json!({ "slug": demo.slug, "name": demo.name, "country": demo.country }).to_string(),
                };
                $crate::db::queries::append_audit!(tx, &created).await?;
                let mut ids: std::collections::HashMap<String, (i64, String)> = Default::default();
                for (code, name, parent) in &demo.units {
                    let parent = parent.as_ref().and_then(|code| ids.get(code)).cloned();
                    let unit_id: i64 = sqlx::query_scalar(
                        "INSERT INTO units (institution_id, parent_id, code, name, path, created_at) \
                         VALUES ($1, $2, $3, $4, '', $5) RETURNING id",
                    )
                    .bind(institution_id)
                    .bind(parent.as_ref().map(|(id, _)| *id))
                    .bind(code)
                    .bind(name)
                    .bind(now)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(e)?;
                    let path = format!("{}{unit_id}/", parent.map(|(_, path)| path).unwrap_or_else(|| "/".into()));
                    sqlx::query("UPDATE units SET path = $1 WHERE id = $2")
                        .bind(&path)
                        .bind(unit_id)
                        .execute(&mut *tx)
                        .await
                        .map_err(e)?;
                    let created = tutela_app::store::NewAuditEntry {
                        actor: actor.to_string(),
                        institution_id: Some(institution_id),
                        action: "unit.create".into(),
                        record_type: "unit".into(),
                        record_id: unit_id.to_string(),
                        changes: serde_json::json!({ "code": code, "name": name, "path": path }).to_string(),
                    };
                    $crate::db::queries::append_audit!(tx, &created).await?;
                    ids.insert(code.clone(), (unit_id, path));
                }
                tx.commit().await.map_err(e)?;
                Ok(tutela_app::store::DemoOutcome::Created)
            }

            async fn audit_entries(
                &self,
                after_seq: i64,
                limit: i64,
            ) -> tutela_app::store::StoreResult<Vec<tutela_app::store::AuditRecord>> {
                type Row = (i64, i64, String, Option<i64>, String, String, String, String, String, String);
                let rows: Vec<Row> = sqlx::query_as(
                    "SELECT seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash \
                     FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2",
                )
                .bind(after_seq)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash)| {
                        tutela_app::store::AuditRecord {
                            seq,
                            at,
                            entry: tutela_app::store::NewAuditEntry {
                                actor,
                                institution_id,
                                action,
                                record_type,
                                record_id,
                                changes,
                            },
                            prev_hash,
                            hash,
                        }
                    })
                    .collect())
            }

            async fn audit_search(
                &self,
                institution_id: Option<i64>,
                action: &str,
                record_type: &str,
                record_id: &str,
                before: Option<i64>,
                limit: i64,
            ) -> tutela_app::store::StoreResult<Vec<tutela_app::store::AuditRecord>> {
                let mut query = sqlx::QueryBuilder::<$db>::new(
                    "SELECT seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash \
                     FROM audit_log WHERE 1 = 1",
                );
                if let Some(institution_id) = institution_id {
                    query.push(" AND institution_id = ").push_bind(institution_id);
                }
                if !action.is_empty() {
                    let pattern = format!("{}%", action.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
                    query.push(" AND action LIKE ").push_bind(pattern).push(" ESCAPE '\\'");
                }
                if !record_type.is_empty() {
                    query.push(" AND record_type = ").push_bind(record_type.to_string());
                }
                if !record_id.is_empty() {
                    query.push(" AND record_id = ").push_bind(record_id.to_string());
                }
                if let Some(before) = before {
                    query.push(" AND seq < ").push_bind(before);
                }
                query.push(" ORDER BY seq DESC LIMIT ").push_bind(limit);
                type Row = (i64, i64, String, Option<i64>, String, String, String, String, String, String);
                let rows: Vec<Row> = query.build_query_as().fetch_all(&self.pool).await.map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash)| {
                        tutela_app::store::AuditRecord {
                            seq,
                            at,
                            entry: tutela_app::store::NewAuditEntry {
                                actor,
                                institution_id,
                                action,
                                record_type,
                                record_id,
                                changes,
                            },
                            prev_hash,
                            hash,
                        }
                    })
                    .collect())
            }

            async fn audit_head(&self) -> tutela_app::store::StoreResult<(i64, String)> {
                sqlx::query_as("SELECT last_seq, last_hash FROM audit_state WHERE id = 1")
                    .fetch_one(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }
        }
    };
}

pub(crate) use {append_audit, card_columns, reserve_audits, store_impl, write_audits};

use tutela_app::model::{CourseCard, LessonLink, LessonPage, ModuleOutline, ServiceStage, TocEntry};

pub(crate) type CardRow = (String, String, String, String, f64, i64);

pub(crate) fn card((slug, title, summary, stage_word, estimated_hours, lesson_count): CardRow) -> CourseCard {
    CourseCard { slug, title, summary, stage: stage(&stage_word), estimated_hours, lesson_count }
}

/// The schema's CHECK constraint allows only the two words.
pub(crate) fn stage(word: &str) -> ServiceStage {
    ServiceStage::parse(word).unwrap_or(ServiceStage::PreService)
}

pub(crate) fn group_modules(rows: Vec<(i64, String, Option<String>, Option<String>)>) -> Vec<ModuleOutline> {
    let mut modules: Vec<(i64, ModuleOutline)> = Vec::new();
    for (position, title, lesson_slug, lesson_title) in rows {
        if modules.last().is_none_or(|(p, _)| *p != position) {
            modules.push((position, ModuleOutline { title, lessons: Vec::new() }));
        }
        if let (Some(slug), Some(title), Some((_, module))) = (lesson_slug, lesson_title, modules.last_mut()) {
            module.lessons.push(LessonLink { slug, title });
        }
    }
    modules.into_iter().map(|(_, module)| module).collect()
}

/// A lesson and the facts of its version, as `lesson` selects them.
#[derive(sqlx::FromRow)]
pub(crate) struct LessonRow {
    version_id: i64,
    course_title: String,
    language: String,
    version_no: i64,
    current_version_no: i64,
    module_title: String,
    slug: String,
    title: String,
    body_html: String,
    toc_json: String,
    word_count: i64,
    position: i64,
}

impl LessonRow {
    pub(crate) fn version_id(&self) -> i64 {
        self.version_id
    }

    pub(crate) fn position(&self) -> i64 {
        self.position
    }

    /// The page, given the lessons just before and after it (position, slug, title).
    pub(crate) fn into_page(self, course_slug: &str, neighbours: Vec<(i64, String, String)>) -> LessonPage {
        let link = |wanted: i64| {
            neighbours
                .iter()
                .find(|(p, _, _)| *p == wanted)
                .map(|(_, slug, title)| LessonLink { slug: slug.clone(), title: title.clone() })
        };
        LessonPage {
            course_slug: course_slug.to_string(),
            previous: link(self.position - 1),
            next: link(self.position + 1),
            course_title: self.course_title,
            language: self.language,
            version_no: self.version_no,
            current_version_no: self.current_version_no,
            module_title: self.module_title,
            slug: self.slug,
            title: self.title,
            body_html: self.body_html,
            toc: serde_json::from_str::<Vec<TocEntry>>(&self.toc_json).unwrap_or_default(),
            word_count: self.word_count,
        }
    }
}
