//! The SQL of [`RosterStore`](tutela_app::store::RosterStore), written once for
//! both backends: `db/sqlite.rs` and `db/postgres.rs` each mount this file
//! (`#[path]`), where `Db` and `Backend` name their database and store.

use super::{Backend, Db, audit};

use tutela_app::ids::{AccountId, CadreId, InstitutionId, PersonId, UnitId, UploadId};
use tutela_app::model::{AuditAction, PersonStatus, RecordType};
use tutela_app::store;
use tutela_app::store::{Refusal, StoreError, StoreResult};

#[async_trait::async_trait]
impl store::RosterStore for Backend {
    async fn roster(&self, institution_id: InstitutionId) -> StoreResult<Vec<store::KnownPerson>> {
        type Row =
            (PersonId, String, String, String, Option<String>, CadreId, UnitId, String, PersonStatus, Option<String>);
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, staff_number, given_name, family_name, email, cadre_id, unit_id, hire_date, status, left_on \
             FROM persons WHERE institution_id = $1",
        )
        .bind(institution_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, staff_number, given_name, family_name, email, cadre_id, unit_id, hire_date, status, left_on)| {
                store::KnownPerson {
                    id,
                    entry: store::RosterEntry {
                        staff_number,
                        given_name,
                        family_name,
                        email,
                        cadre_id,
                        unit_id,
                        hire_date,
                        status,
                        left_on,
                    },
                }
            })
            .collect())
    }

    async fn emails_elsewhere(&self, institution_id: InstitutionId) -> StoreResult<Vec<String>> {
        Ok(sqlx::query_scalar("SELECT email FROM persons WHERE institution_id <> $1 AND email IS NOT NULL")
            .bind(institution_id)
            .fetch_all(&self.pool)
            .await?)
    }

    async fn apply_roster(&self, plan: &store::RosterPlan, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        self.write_roster(&mut tx, plan, actor).await?;
        Ok(tx.commit().await?)
    }

    async fn save_roster_upload(&self, upload: &store::RosterUpload) -> StoreResult<UploadId> {
        Ok(sqlx::query_scalar(
            "INSERT INTO roster_uploads (institution_id, account_id, file_name, content, complete, as_of, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
        )
        .bind(upload.institution_id)
        .bind(upload.account_id)
        .bind(&upload.file_name)
        .bind(&upload.content)
        .bind(i64::from(upload.complete))
        .bind(&upload.as_of)
        .bind(upload.created_at)
        .fetch_one(&mut *self.write_connection().await?)
        .await?)
    }

    async fn roster_upload(&self, id: UploadId) -> StoreResult<Option<store::RosterUpload>> {
        let row: Option<(UploadId, InstitutionId, AccountId, String, Vec<u8>, i64, String, i64, Option<i64>)> =
            sqlx::query_as(
                "SELECT id, institution_id, account_id, file_name, content, complete, as_of, created_at, applied_at \
             FROM roster_uploads WHERE id = $1",
            )
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|(id, institution_id, account_id, file_name, content, complete, as_of, created_at, applied_at)| {
            store::RosterUpload {
                id,
                institution_id,
                account_id,
                file_name,
                content,
                complete: complete != 0,
                as_of,
                created_at,
                applied: applied_at.is_some(),
            }
        }))
    }

    async fn apply_roster_upload(&self, upload_id: UploadId, plan: &store::RosterPlan, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // The staff list itself is not kept once applied: the page
        // shows the result from the plan, and the audit log the changes.
        let marked =
            sqlx::query("UPDATE roster_uploads SET applied_at = $1, content = $2 WHERE id = $3 AND applied_at IS NULL")
                .bind(self.clock.now())
                .bind(Vec::<u8>::new())
                .bind(upload_id)
                .execute(&mut *tx)
                .await?;
        if marked.rows_affected() != 1 {
            return Err(StoreError::Refused(Refusal::RosterAppliedAlready));
        }
        self.write_roster(&mut tx, plan, actor).await?;
        Ok(tx.commit().await?)
    }

    async fn forget_roster_uploads(&self, created_before: i64) -> StoreResult<u64> {
        let done = sqlx::query("DELETE FROM roster_uploads WHERE created_at < $1")
            .bind(created_before)
            .execute(&mut *self.write_connection().await?)
            .await?;
        Ok(done.rows_affected())
    }
}

impl Backend {
    /// The writes of a roster plan, inside the caller's transaction.
    pub(super) async fn write_roster(
        &self,
        tx: &mut sqlx::Transaction<'_, Db>,
        plan: &store::RosterPlan,
        actor: &str,
    ) -> StoreResult<()> {
        let now = self.clock.now();
        let started = std::time::Instant::now();
        // Joiners: persons, then their accounts and first placements, in bulk.
        let joiners: Vec<&store::RosterChange> = plan.changes.iter().filter(|c| c.person_id.is_none()).collect();
        let suspended = Self::suspend_keys(tx, joiners.len()).await?;
        use crate::db::Cell;
        let rows: Vec<[Cell<'_>; 12]> = joiners
            .iter()
            .map(|change| {
                let p = &change.entry;
                [
                    plan.institution_id.into(),
                    (&p.staff_number).into(),
                    (&p.given_name).into(),
                    (&p.family_name).into(),
                    p.email.as_ref().into(),
                    p.cadre_id.into(),
                    p.unit_id.into(),
                    (&p.hire_date).into(),
                    p.status.as_str().into(),
                    p.left_on.as_ref().into(),
                    now.into(),
                    now.into(),
                ]
            })
            .collect();
        Self::bulk_insert(
            tx,
            "persons (institution_id, staff_number, given_name, family_name, email, cadre_id, unit_id, \
             hire_date, status, left_on, created_at, updated_at)",
            &rows,
        )
        .await?;
        tracing::debug!(elapsed = ?started.elapsed(), "roster: persons inserted");
        let mut ids: std::collections::HashMap<String, PersonId> = std::collections::HashMap::new();
        if !joiners.is_empty() {
            let rows: Vec<(PersonId, String)> =
                sqlx::query_as("SELECT id, staff_number FROM persons WHERE institution_id = $1")
                    .bind(plan.institution_id)
                    .fetch_all(&mut **tx)
                    .await?;
            ids = rows.into_iter().map(|(id, staff)| (staff, id)).collect();
        }
        // The audit entries: one per person changed, then the import itself.
        // Their numbers are reserved now and their hash chain computed on
        // a blocking thread while the database takes the rows below.
        let mut entries: Vec<store::NewAuditEntry> = plan
            .changes
            .iter()
            .map(|change| {
                let person_id =
                    change.person_id.or_else(|| ids.get(&change.entry.staff_number).copied()).unwrap_or_default();
                audit::entry(
                    actor,
                    Some(plan.institution_id),
                    change.action.clone(),
                    RecordType::Person,
                    person_id,
                    &change.changes_json,
                )
            })
            .collect();
        let institution_id = plan.institution_id;
        entries.push(audit::entry(
            actor,
            Some(institution_id),
            AuditAction::RosterImport,
            RecordType::Institution,
            institution_id,
            &plan.summary_json,
        ));
        let (first, prev_hash) = audit::reserve(tx, entries.len() as i64).await?;
        let key = self.audit_key.clone();
        let hashing =
            tokio::task::spawn_blocking(move || crate::audit::chain(entries, first, now, prev_hash, key.as_ref()));

        let joiner_ids: Vec<(PersonId, &store::RosterChange)> =
            joiners.iter().filter_map(|c| ids.get(&c.entry.staff_number).map(|id| (*id, *c))).collect();
        let accounts: Vec<[Cell<'_>; 2]> = joiner_ids.iter().map(|(id, _)| [(*id).into(), now.into()]).collect();
        Self::bulk_insert(tx, "accounts (person_id, created_at)", &accounts).await?;
        tracing::debug!(elapsed = ?started.elapsed(), "roster: accounts inserted");
        let placements: Vec<[Cell<'_>; 7]> = joiner_ids
            .iter()
            .map(|(id, change)| {
                let p = &change.entry;
                [
                    (*id).into(),
                    p.unit_id.into(),
                    p.cadre_id.into(),
                    PersonStatus::Active.as_str().into(),
                    (&p.hire_date).into(),
                    p.left_on.as_ref().into(),
                    now.into(),
                ]
            })
            .collect();
        Self::bulk_insert(
            tx,
            "person_placements (person_id, unit_id, cadre_id, status, valid_from, valid_to, recorded_at)",
            &placements,
        )
        .await?;
        tracing::debug!(elapsed = ?started.elapsed(), "roster: placements inserted");
        // A joiner who has already left also gets the period after leaving.
        for (id, change) in joiner_ids.iter().filter(|(_, c)| c.entry.status == PersonStatus::Left) {
            sqlx::query(
                "INSERT INTO person_placements (person_id, unit_id, cadre_id, status, valid_from, recorded_at) \
                 VALUES ($1, $2, $3, 'left', $4, $5)",
            )
            .bind(*id)
            .bind(change.entry.unit_id)
            .bind(change.entry.cadre_id)
            .bind(change.entry.left_on.clone().unwrap_or_default())
            .bind(now)
            .execute(&mut **tx)
            .await?;
        }

        // Everyone else: the record, and a new placement when unit, cadre or status changed.
        for change in plan.changes.iter().filter(|c| c.person_id.is_some()) {
            let id = change.person_id.unwrap_or_default();
            let p = &change.entry;
            sqlx::query(
                "UPDATE persons SET given_name = $1, family_name = $2, email = $3, cadre_id = $4, unit_id = $5, \
                 hire_date = $6, status = $7, left_on = $8, updated_at = $9 WHERE id = $10",
            )
            .bind(&p.given_name)
            .bind(&p.family_name)
            .bind(&p.email)
            .bind(p.cadre_id)
            .bind(p.unit_id)
            .bind(&p.hire_date)
            .bind(p.status)
            .bind(&p.left_on)
            .bind(now)
            .bind(id)
            .execute(&mut **tx)
            .await?;
            if change.new_placement {
                sqlx::query("UPDATE person_placements SET valid_to = $1 WHERE person_id = $2 AND valid_to IS NULL")
                    .bind(&change.placement_from)
                    .bind(id)
                    .execute(&mut **tx)
                    .await?;
                sqlx::query(
                    "INSERT INTO person_placements (person_id, unit_id, cadre_id, status, valid_from, recorded_at) \
                     VALUES ($1, $2, $3, $4, $5, $6)",
                )
                .bind(id)
                .bind(p.unit_id)
                .bind(p.cadre_id)
                .bind(p.status)
                .bind(&change.placement_from)
                .bind(now)
                .execute(&mut **tx)
                .await?;
            }
        }

        Self::restore_keys(tx, &suspended).await?;
        tracing::debug!(elapsed = ?started.elapsed(), "roster: people updated, keys checked");

        // The entries were hashed while the rows above went in.
        let chain = hashing.await.map_err(StoreError::unavailable)?;
        audit::write(tx, &chain).await?;
        tracing::debug!(elapsed = ?started.elapsed(), "roster: audit entries appended");

        // Leavers' open enrolments close on their departure date, audited.
        for change in plan.changes.iter().filter(|c| c.action == AuditAction::PersonLeave) {
            if let Some(id) = change.person_id {
                let date = change.entry.left_on.as_deref().unwrap_or(&change.placement_from);
                self.close_open_enrolments(tx, id, date, actor).await?;
            }
        }
        Ok(())
    }
}
