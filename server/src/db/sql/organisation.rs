//! The SQL of [`OrganisationStore`](tutela_app::store::OrganisationStore), written once for
//! both backends: `db/sqlite.rs` and `db/postgres.rs` each mount this file
//! (`#[path]`), where `Db` and `Backend` name their database and store.

use super::{Backend, Db, audit};
use crate::db::unique_error;
use tutela_app::ids::{CadreId, InstitutionId, UnitId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{Field, Missing, Refusal, StoreError, StoreResult};
use tutela_app::{model, store};

#[async_trait::async_trait]
impl store::OrganisationStore for Backend {
    async fn ensure_demo(&self, demo: &store::DemoInstitution, actor: &str) -> StoreResult<store::DemoOutcome> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        if institution_by_slug(&mut *tx, &demo.slug).await?.is_some() {
            return Ok(store::DemoOutcome::AlreadyPresent);
        }
        let now = self.clock.now();
        let institution_id = insert_institution(&mut tx, &demo.slug, &demo.name, &demo.country, now).await?;
        let changes = serde_json::json!({ "slug": demo.slug, "name": demo.name, "country": demo.country });
        let created = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::InstitutionCreate,
            RecordType::Institution,
            institution_id,
            changes,
        );
        audit::append(self, &mut tx, &created).await?;
        let mut ids: std::collections::HashMap<String, (UnitId, String)> = Default::default();
        for (code, name, parent) in &demo.units {
            let parent = parent.as_ref().and_then(|code| ids.get(code)).cloned();
            let parent = parent.as_ref().map(|(id, path)| (*id, path.as_str()));
            let (unit_id, path) = insert_unit(&mut tx, institution_id, parent, code, name, now).await?;
            let changes = serde_json::json!({ "code": code, "name": name, "path": path });
            let created =
                audit::entry(actor, Some(institution_id), AuditAction::UnitCreate, RecordType::Unit, unit_id, changes);
            audit::append(self, &mut tx, &created).await?;
            ids.insert(code.clone(), (unit_id, path));
        }
        tx.commit().await?;
        Ok(store::DemoOutcome::Created)
    }

    async fn create_unit(
        &self,
        institution_id: InstitutionId,
        parent_id: Option<UnitId>,
        code: &str,
        name: &str,
        actor: &str,
    ) -> StoreResult<UnitId> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        if unit_by_code(&mut *tx, institution_id, code).await?.is_some() {
            return Err(StoreError::Duplicate { field: Field::UnitCode, value: code.to_string() });
        }
        let parent_path: Option<String> = match parent_id {
            Some(parent) => sqlx::query_scalar("SELECT path FROM units WHERE id = $1 AND institution_id = $2")
                .bind(parent)
                .bind(institution_id)
                .fetch_optional(&mut *tx)
                .await?
                .map(Some)
                .ok_or(StoreError::Refused(Refusal::ParentElsewhere))?,
            None => None,
        };
        let now = self.clock.now();
        let parent = parent_id.zip(parent_path.as_deref());
        let (unit_id, path) = insert_unit(&mut tx, institution_id, parent, code, name, now)
            .await
            .map_err(unique_error(Field::UnitCode, code))?;
        let changes = serde_json::json!({ "code": code, "name": name, "path": path });
        let entry =
            audit::entry(actor, Some(institution_id), AuditAction::UnitCreate, RecordType::Unit, unit_id, changes);
        audit::commit(self, tx, &entry).await?;
        Ok(unit_id)
    }

    async fn move_unit(&self, unit_id: UnitId, new_parent_id: UnitId, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let unit: Option<(InstitutionId, String, Option<UnitId>)> =
            sqlx::query_as("SELECT institution_id, path, parent_id FROM units WHERE id = $1")
                .bind(unit_id)
                .fetch_optional(&mut *tx)
                .await?;
        let parent: Option<(InstitutionId, String)> =
            sqlx::query_as("SELECT institution_id, path FROM units WHERE id = $1")
                .bind(new_parent_id)
                .fetch_optional(&mut *tx)
                .await?;
        let (Some((institution_id, old_path, old_parent)), Some((parent_institution, parent_path))) = (unit, parent)
        else {
            return Err(StoreError::NotFound(Missing::Unit));
        };
        if institution_id != parent_institution {
            return Err(StoreError::Refused(Refusal::MoveAcrossInstitutions));
        }
        if parent_path.starts_with(&old_path) {
            return Err(StoreError::Refused(Refusal::MoveUnderItself));
        }
        let new_path = format!("{parent_path}{unit_id}/");
        // Every path in the subtree starts with the old path: replace that prefix.
        let moved = sqlx::query(
            "UPDATE units SET path = $1 || substr(path, CAST($2 AS INTEGER)) \
             WHERE institution_id = $3 AND substr(path, 1, CAST($4 AS INTEGER)) = $5",
        )
        .bind(&new_path)
        .bind(old_path.len() as i64 + 1)
        .bind(institution_id)
        .bind(old_path.len() as i64)
        .bind(&old_path)
        .execute(&mut *tx)
        .await?;
        sqlx::query("UPDATE units SET parent_id = $1 WHERE id = $2")
            .bind(new_parent_id)
            .bind(unit_id)
            .execute(&mut *tx)
            .await?;
        let changes = serde_json::json!({
            "parent_id": [old_parent, new_parent_id],
            "path": [old_path, new_path],
            "units_moved": moved.rows_affected(),
        });
        let entry =
            audit::entry(actor, Some(institution_id), AuditAction::UnitMove, RecordType::Unit, unit_id, changes);
        audit::commit(self, tx, &entry).await
    }

    async fn institution_lines(&self) -> StoreResult<Vec<(String, String, String, i64)>> {
        Ok(sqlx::query_as(
            "SELECT i.slug, i.name, i.country, \
             (SELECT COUNT(*) FROM persons p WHERE p.institution_id = i.id AND p.status = 'active') \
             FROM institutions i ORDER BY i.name",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    async fn create_institution(
        &self,
        slug: &str,
        name: &str,
        country: &str,
        root_code: &str,
        root_name: &str,
        actor: &str,
    ) -> StoreResult<InstitutionId> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        if institution_by_slug(&mut *tx, slug).await?.is_some() {
            return Err(StoreError::Duplicate { field: Field::Slug, value: slug.to_string() });
        }
        let now = self.clock.now();
        let id =
            insert_institution(&mut tx, slug, name, country, now).await.map_err(unique_error(Field::Slug, slug))?;
        let (unit_id, path) = insert_unit(&mut tx, id, None, root_code, root_name, now).await?;
        for (action, record_type, record_id, changes) in [
            (
                AuditAction::InstitutionCreate,
                RecordType::Institution,
                id.get(),
                serde_json::json!({ "slug": slug, "name": name, "country": country }),
            ),
            (
                AuditAction::UnitCreate,
                RecordType::Unit,
                unit_id.get(),
                serde_json::json!({ "code": root_code, "name": root_name, "path": path }),
            ),
        ] {
            let entry = audit::entry(actor, Some(id), action, record_type, record_id, changes);
            audit::append(self, &mut tx, &entry).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn cadre_lines(&self) -> StoreResult<Vec<model::CadreLine>> {
        let rows: Vec<(CadreId, String, String, String, Option<i64>, i64)> = sqlx::query_as(
            "SELECT c.id, c.slug, c.name, c.description, c.retired_at, \
             (SELECT COUNT(*) FROM persons p WHERE p.cadre_id = c.id AND p.status = 'active') \
             FROM cadres c ORDER BY c.name",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, slug, name, description, retired, people)| model::CadreLine {
                id,
                slug,
                name,
                description,
                retired: retired.is_some(),
                people,
            })
            .collect())
    }

    async fn create_cadre(&self, slug: &str, name: &str, description: &str, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT id FROM cadres WHERE slug = $1").bind(slug).fetch_optional(&mut *tx).await?;
        if taken.is_some() {
            return Err(StoreError::Duplicate { field: Field::Slug, value: slug.to_string() });
        }
        let id: CadreId =
            sqlx::query_scalar("INSERT INTO cadres (slug, name, description) VALUES ($1, $2, $3) RETURNING id")
                .bind(slug)
                .bind(name)
                .bind(description)
                .fetch_one(&mut *tx)
                .await
                .map_err(unique_error(Field::Slug, slug))?;
        let changes = serde_json::json!({ "slug": slug, "name": name, "description": description });
        let entry = audit::entry(actor, None, AuditAction::CadreCreate, RecordType::Cadre, id, changes);
        audit::append(self, &mut tx, &entry).await?;
        bump_content_generation(&mut tx).await?;
        Ok(tx.commit().await?)
    }

    async fn rename_cadre(&self, id: CadreId, name: &str, description: &str, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let old: Option<(String, String)> = sqlx::query_as("SELECT name, description FROM cadres WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut *tx)
            .await?;
        let Some((old_name, old_description)) = old else {
            return Err(StoreError::NotFound(Missing::CadreId));
        };
        sqlx::query("UPDATE cadres SET name = $1, description = $2 WHERE id = $3")
            .bind(name)
            .bind(description)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if (old_name.as_str(), old_description.as_str()) != (name, description) {
            // A translation of the old words would say something else.
            sqlx::query("DELETE FROM cadre_translations WHERE cadre_id = $1").bind(id).execute(&mut *tx).await?;
        }
        let changes = serde_json::json!({ "name": [old_name, name], "description": [old_description, description] });
        let entry = audit::entry(actor, None, AuditAction::CadreRename, RecordType::Cadre, id, changes);
        audit::append(self, &mut tx, &entry).await?;
        // Cadre names appear on cached pages.
        bump_content_generation(&mut tx).await?;
        Ok(tx.commit().await?)
    }

    async fn set_cadre_retired(&self, id: CadreId, retired: bool, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let changed = sqlx::query("UPDATE cadres SET retired_at = $1 WHERE id = $2")
            .bind(retired.then(|| self.clock.now()))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if changed.rows_affected() != 1 {
            return Err(StoreError::NotFound(Missing::CadreId));
        }
        let action = if retired { AuditAction::CadreRetire } else { AuditAction::CadreRestore };
        let entry = audit::entry(actor, None, action, RecordType::Cadre, id, serde_json::json!({ "retired": retired }));
        audit::append(self, &mut tx, &entry).await?;
        bump_content_generation(&mut tx).await?;
        Ok(tx.commit().await?)
    }

    async fn unit_path(&self, unit_id: UnitId) -> StoreResult<Option<String>> {
        Ok(sqlx::query_scalar("SELECT path FROM units WHERE id = $1").bind(unit_id).fetch_optional(&self.pool).await?)
    }

    async fn institution_id(&self, slug: &str) -> StoreResult<Option<InstitutionId>> {
        institution_by_slug(&self.pool, slug).await
    }

    async fn institutions(&self) -> StoreResult<Vec<(InstitutionId, String, String)>> {
        Ok(sqlx::query_as("SELECT id, slug, name FROM institutions ORDER BY name, id").fetch_all(&self.pool).await?)
    }

    async fn institution_units(&self, institution_id: InstitutionId) -> StoreResult<Vec<store::UnitRef>> {
        let rows: Vec<(UnitId, Option<UnitId>, String, String, String)> =
            sqlx::query_as("SELECT id, parent_id, code, name, path FROM units WHERE institution_id = $1 ORDER BY path")
                .bind(institution_id)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(id, parent_id, code, name, path)| store::UnitRef { id, parent_id, code, name, path })
            .collect())
    }

    async fn cadre_refs(&self) -> StoreResult<Vec<(CadreId, String, String, bool)>> {
        let rows: Vec<(CadreId, String, String, Option<i64>)> =
            sqlx::query_as("SELECT id, slug, name, retired_at FROM cadres ORDER BY id").fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(|(id, slug, name, retired)| (id, slug, name, retired.is_some())).collect())
    }
}

/// The id of institution `slug`, if there is one.
pub(super) async fn institution_by_slug<'e>(
    db: impl sqlx::Executor<'e, Database = Db>,
    slug: &str,
) -> StoreResult<Option<InstitutionId>> {
    Ok(sqlx::query_scalar("SELECT id FROM institutions WHERE slug = $1").bind(slug).fetch_optional(db).await?)
}

/// The id of unit `code` of institution `institution_id`, if there is one.
pub(super) async fn unit_by_code<'e>(
    db: impl sqlx::Executor<'e, Database = Db>,
    institution_id: InstitutionId,
    code: &str,
) -> StoreResult<Option<UnitId>> {
    Ok(sqlx::query_scalar("SELECT id FROM units WHERE institution_id = $1 AND code = $2")
        .bind(institution_id)
        .bind(code)
        .fetch_optional(db)
        .await?)
}

/// Inserts an institution inside `tx`: returns its id.
async fn insert_institution(
    tx: &mut sqlx::Transaction<'_, Db>,
    slug: &str,
    name: &str,
    country: &str,
    now: i64,
) -> Result<InstitutionId, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO institutions (slug, name, country, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(slug)
    .bind(name)
    .bind(country)
    .bind(now)
    .fetch_one(&mut **tx)
    .await
}

/// Inserts unit `code` of institution `institution_id` inside `tx`,
/// under `parent` (its id and path; `None` for the root), and gives it
/// its path (which holds its own id): returns its id and path.
async fn insert_unit(
    tx: &mut sqlx::Transaction<'_, Db>,
    institution_id: InstitutionId,
    parent: Option<(UnitId, &str)>,
    code: &str,
    name: &str,
    now: i64,
) -> Result<(UnitId, String), sqlx::Error> {
    let unit_id: UnitId = sqlx::query_scalar(
        "INSERT INTO units (institution_id, parent_id, code, name, path, created_at) \
         VALUES ($1, $2, $3, $4, '', $5) RETURNING id",
    )
    .bind(institution_id)
    .bind(parent.map(|(id, _)| id))
    .bind(code)
    .bind(name)
    .bind(now)
    .fetch_one(&mut **tx)
    .await?;
    let path = format!("{}{unit_id}/", parent.map_or("/", |(_, path)| path));
    sqlx::query("UPDATE units SET path = $1 WHERE id = $2").bind(&path).bind(unit_id).execute(&mut **tx).await?;
    Ok((unit_id, path))
}

/// Moves the content generation on inside `tx`, so that cached pages
/// (which show cadres' names and the published content) are rendered again.
pub(super) async fn bump_content_generation(tx: &mut sqlx::Transaction<'_, Db>) -> StoreResult<()> {
    sqlx::query("UPDATE content_state SET generation = generation + 1 WHERE id = 1").execute(&mut **tx).await?;
    Ok(())
}
