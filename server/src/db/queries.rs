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
/// transaction `$tx` of the store `$store` (`self`), chained to the entry
/// before it, with the store's audit key if it has one. Taking the next
/// number with `UPDATE ... RETURNING` locks `audit_state` (PostgreSQL) or
/// takes the write lock (SQLite) first, so concurrent appends queue instead
/// of forking the chain. Evaluates to `StoreResult<i64>`, the entry's number.
macro_rules! append_audit {
    ($store:expr, $tx:expr, $entry:expr) => {
        async {
            use $crate::db::db_error as e;
            let entry: &tutela_app::store::NewAuditEntry = $entry;
            let key: Option<&$crate::audit::AuditKey> = $store.audit_key.as_ref();
            let (seq, prev_hash) = $crate::db::queries::reserve_audits!($tx, 1).await?;
            let at = $crate::db::now();
            let hash = $crate::audit::link_hash(key, seq, at, entry, &prev_hash);
            sqlx::query(
                "INSERT INTO audit_log (seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash, keyed) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
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
            .bind(i64::from(key.is_some()))
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
            let keyed = i64::from(chain.keyed);
            let rows: Vec<[$crate::db::Cell<'_>; 11]> = chain
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
                        keyed.into(),
                    ]
                })
                .collect();
            <$store>::bulk_insert(
                &mut *$tx,
                "audit_log (seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash, keyed)",
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
                $crate::db::queries::append_audit!(self, tx, &created).await?;
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
                    $crate::db::queries::append_audit!(self, tx, &created).await?;
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
                let rows: Vec<$crate::db::queries::AuditRow> = sqlx::query_as(concat!(
                    "SELECT ", $crate::db::queries::audit_columns!(), " FROM audit_log a WHERE a.seq > $1 ORDER BY a.seq LIMIT $2"
                ))
                .bind(after_seq)
                .bind(limit)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows.into_iter().map($crate::db::queries::audit_record).collect())
            }

            async fn audit_search(
                &self,
                filter: &tutela_app::store::AuditFilter,
            ) -> tutela_app::store::StoreResult<Vec<tutela_app::store::AuditRecord>> {
                let mut query = sqlx::QueryBuilder::<$db>::new(concat!(
                    "SELECT ", $crate::db::queries::audit_columns!(), " FROM audit_log a"
                ));
                if filter.unit_scopes.is_some() {
                    query.push($crate::db::queries::RECORD_UNIT);
                }
                query.push(" WHERE 1 = 1");
                if let Some(institution_id) = filter.institution_id {
                    query.push(" AND a.institution_id = ").push_bind(institution_id);
                }
                if let Some(scopes) = &filter.unit_scopes {
                    // No scope at all selects nothing; entries about no unit never match.
                    query.push(" AND (1 = 0");
                    for scope in scopes {
                        query.push(" OR record_unit.path LIKE ").push_bind(format!("{scope}%"));
                    }
                    query.push(")");
                }
                if !filter.action.is_empty() {
                    let action = &filter.action;
                    let pattern = format!("{}%", action.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
                    query.push(" AND a.action LIKE ").push_bind(pattern).push(" ESCAPE '\\'");
                }
                if !filter.record_type.is_empty() {
                    query.push(" AND a.record_type = ").push_bind(filter.record_type.clone());
                }
                if !filter.record_id.is_empty() {
                    query.push(" AND a.record_id = ").push_bind(filter.record_id.clone());
                }
                if let Some(before) = filter.before {
                    query.push(" AND a.seq < ").push_bind(before);
                }
                query.push(" ORDER BY a.seq DESC LIMIT ").push_bind(filter.limit);
                let rows: Vec<$crate::db::queries::AuditRow> =
                    query.build_query_as().fetch_all(&self.pool).await.map_err($crate::db::db_error)?;
                Ok(rows.into_iter().map($crate::db::queries::audit_record).collect())
            }

            async fn audit_head(&self) -> tutela_app::store::StoreResult<(i64, String)> {
                sqlx::query_as("SELECT last_seq, last_hash FROM audit_state WHERE id = 1")
                    .fetch_one(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }
        }

        impl $store {
            /// Readies the audit chain for this store's writes: refuses a
            /// key that does not fit the log, or no key for a keyed log
            /// ([`crate::audit::key_fits`]), and with a key on a log not yet
            /// keyed appends the entry from which it is. One transaction
            /// holding the chain's lock, so instances starting together
            /// append that entry once.
            pub(crate) async fn open_audit_chain(&self) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let last_seq: i64 =
                    sqlx::query_scalar("UPDATE audit_state SET last_seq = last_seq WHERE id = 1 RETURNING last_seq")
                        .fetch_one(&mut *tx)
                        .await
                        .map_err(e)?;
                let head: Option<$crate::db::queries::AuditRow> = sqlx::query_as(concat!(
                    "SELECT ", $crate::db::queries::audit_columns!(), " FROM audit_log a WHERE a.seq = $1"
                ))
                .bind(last_seq)
                .fetch_optional(&mut *tx)
                .await
                .map_err(e)?;
                let head = head.map($crate::db::queries::audit_record);
                let must_key = $crate::audit::key_fits(self.audit_key.as_ref(), head.as_ref())
                    .map_err(tutela_app::store::StoreError::Conflict)?;
                if must_key {
                    $crate::db::queries::append_audit!(self, tx, &$crate::audit::keyed_from_entry()).await?;
                }
                tx.commit().await.map_err(e)
            }
        }
    };
}

/// The columns of an audit entry (`audit_log a`), in [`AuditRow`]'s order.
macro_rules! audit_columns {
    () => {
        "a.seq, a.at, a.actor, a.institution_id, a.action, a.record_type, a.record_id, a.changes, a.prev_hash, a.hash, a.keyed"
    };
}

/// An audit entry as [`audit_columns!`] selects it.
pub(crate) type AuditRow = (i64, i64, String, Option<i64>, String, String, String, String, String, String, i64);

pub(crate) fn audit_record(
    (seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash, keyed): AuditRow,
) -> tutela_app::store::AuditRecord {
    tutela_app::store::AuditRecord {
        seq,
        at,
        entry: tutela_app::store::NewAuditEntry { actor, institution_id, action, record_type, record_id, changes },
        prev_hash,
        hash,
        keyed: keyed != 0,
    }
}

/// Joins to an audit entry (`a`) the current unit of its record, as
/// `record_unit`: a person's unit, an account's person's unit (role grants
/// are recorded on the grantee's account), a unit itself. Other records
/// (institutions, cadres, roster imports, the log itself) have none. The
/// `CASE`s cast a record id only for those record types, whose ids are numbers.
pub(crate) const RECORD_UNIT: &str = " \
    LEFT JOIN accounts record_account \
      ON record_account.id = CASE WHEN a.record_type = 'account' THEN CAST(a.record_id AS BIGINT) END \
    LEFT JOIN persons record_person \
      ON record_person.id = CASE a.record_type WHEN 'person' THEN CAST(a.record_id AS BIGINT) \
                                                WHEN 'account' THEN record_account.person_id END \
    LEFT JOIN units record_unit \
      ON record_unit.id = CASE WHEN a.record_type = 'unit' THEN CAST(a.record_id AS BIGINT) \
                               ELSE record_person.unit_id END";

pub(crate) use {append_audit, audit_columns, card_columns, reserve_audits, store_impl, write_audits};

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
