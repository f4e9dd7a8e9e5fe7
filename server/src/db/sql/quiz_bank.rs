//! The SQL of [`QuizBankStore`](tutela_app::store::QuizBankStore): a bank
//! uploaded in the browser kept between preview and apply, and the apply,
//! a new course version made of the published one's rows (copied with
//! `INSERT … SELECT`) and the uploaded questions (`quiz::write_quiz`).

use std::collections::BTreeMap;

use super::{Backend, audit};

use tutela_app::ids::{AccountId, CourseVersionId, UploadId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{self, Missing, Refusal, StoreError, StoreResult};

#[async_trait::async_trait]
impl store::QuizBankStore for Backend {
    async fn save_bank_upload(&self, upload: &store::NewBankUpload) -> StoreResult<UploadId> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let course_id: Option<i64> = sqlx::query_scalar("SELECT id FROM courses WHERE slug = $1")
            .bind(&upload.course_slug)
            .fetch_optional(&mut *tx)
            .await?;
        let course_id = course_id.ok_or_else(|| StoreError::NotFound(Missing::Course(upload.course_slug.clone())))?;
        // One open upload per account and course: the new one replaces the
        // caller's earlier ones not applied (and their files).
        sqlx::query("DELETE FROM quiz_bank_uploads WHERE account_id = $1 AND course_id = $2 AND applied_at IS NULL")
            .bind(upload.account_id)
            .bind(course_id)
            .execute(&mut *tx)
            .await?;
        let id = sqlx::query_scalar(
            "INSERT INTO quiz_bank_uploads (course_id, based_on, account_id, file_name, content, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
        )
        .bind(course_id)
        .bind(upload.based_on)
        .bind(upload.account_id)
        .bind(&upload.file_name)
        .bind(&upload.content)
        .bind(self.clock.now())
        .fetch_one(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn bank_upload(&self, course_slug: &str, id: UploadId) -> StoreResult<Option<store::BankUpload>> {
        type Row = (UploadId, i64, AccountId, String, Vec<u8>, i64, Option<i64>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT u.id, u.based_on, u.account_id, u.file_name, u.content, u.created_at, u.applied_version \
             FROM quiz_bank_uploads u JOIN courses c ON c.id = u.course_id WHERE u.id = $1 AND c.slug = $2",
        )
        .bind(id)
        .bind(course_slug)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, based_on, account_id, file_name, content, created_at, applied_version)| store::BankUpload {
            id,
            course_slug: course_slug.to_string(),
            based_on,
            account_id,
            file_name,
            content,
            created_at,
            applied_version,
        }))
    }

    async fn apply_bank_upload(&self, apply: &store::BankApply<'_>) -> StoreResult<i64> {
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // First, the one row every publication writes: two applies (or an
        // apply and an import) wait for each other here, and the second
        // then sees the version the first published.
        super::organisation::bump_content_generation(&mut tx).await?;
        let course_id: Option<i64> = sqlx::query_scalar(
            "SELECT u.course_id FROM quiz_bank_uploads u JOIN courses c ON c.id = u.course_id \
             WHERE u.id = $1 AND c.slug = $2",
        )
        .bind(apply.upload_id)
        .bind(apply.course_slug)
        .fetch_optional(&mut *tx)
        .await?;
        // Gone since the caller read it: swept (past its time), so unusable.
        let course_id = course_id.ok_or(StoreError::Refused(Refusal::BankUnusable))?;
        let (old_id, old_no): (CourseVersionId, i64) = sqlx::query_as(
            "SELECT id, version_no FROM course_versions WHERE course_id = $1 \
             ORDER BY version_no DESC LIMIT 1",
        )
        .bind(course_id)
        .fetch_one(&mut *tx)
        .await?;
        let marked = sqlx::query(
            "UPDATE quiz_bank_uploads SET applied_at = $2, applied_version = $3 \
             WHERE id = $1 AND applied_at IS NULL AND created_at >= $4",
        )
        .bind(apply.upload_id)
        .bind(now)
        .bind(old_no + 1)
        .bind(apply.created_after)
        .execute(&mut *tx)
        .await?;
        if marked.rows_affected() != 1 {
            return Err(StoreError::Refused(Refusal::BankUnusable));
        }
        if old_no != apply.based_on {
            return Err(StoreError::Refused(Refusal::BankStale));
        }
        let new_id: CourseVersionId = sqlx::query_scalar(
            "INSERT INTO course_versions (course_id, version_no, content_hash, title, summary, language, stage, \
               estimated_hours, published_at, open_to_all, bank_uploaded_at) \
             SELECT course_id, version_no + 1, content_hash, title, summary, language, stage, estimated_hours, $2, \
               open_to_all, $2 FROM course_versions WHERE id = $1 RETURNING id",
        )
        .bind(old_id)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO course_version_cadres (course_version_id, cadre_id) \
             SELECT $2, cadre_id FROM course_version_cadres WHERE course_version_id = $1",
        )
        .bind(old_id)
        .bind(new_id)
        .execute(&mut *tx)
        .await?;
        let modules: Vec<(i64,)> =
            sqlx::query_as("SELECT id FROM modules WHERE course_version_id = $1 ORDER BY position")
                .bind(old_id)
                .fetch_all(&mut *tx)
                .await?;
        for (old_module,) in modules {
            let new_module: i64 = sqlx::query_scalar(
                "INSERT INTO modules (course_version_id, position, slug, title) \
                 SELECT $2, position, slug, title FROM modules WHERE id = $1 RETURNING id",
            )
            .bind(old_module)
            .bind(new_id)
            .fetch_one(&mut *tx)
            .await?;
            sqlx::query(
                "INSERT INTO lessons (course_version_id, module_id, position, slug, title, body_html, toc_json, \
                   word_count) \
                 SELECT $2, $3, position, slug, title, body_html, toc_json, word_count FROM lessons \
                 WHERE module_id = $1",
            )
            .bind(old_module)
            .bind(new_id)
            .bind(new_module)
            .execute(&mut *tx)
            .await?;
        }
        super::quiz::write_quiz(&mut tx, course_id, new_id, apply.quiz, now).await?;
        // Enrolments not yet started move to the new version, as after an import.
        super::learning::move_unstarted(&mut tx, course_id, new_id).await?;
        // Its lessons are the old version's: a translation of that version
        // translates this one as well.
        sqlx::query("UPDATE course_translations SET translates = $3 WHERE course_id = $1 AND translates = $2")
            .bind(course_id)
            .bind(old_no)
            .bind(old_no + 1)
            .execute(&mut *tx)
            .await?;
        let mut changes = apply.changes.clone();
        if let Some(object) = changes.as_object_mut() {
            object.insert("course".into(), apply.course_slug.into());
            object.insert("version".into(), (old_no + 1).into());
            object.insert("from_version".into(), old_no.into());
        }
        let entry = audit::entry(apply.actor, None, AuditAction::QuizBank, RecordType::Course, course_id, changes);
        audit::commit(self, tx, &entry).await?;
        Ok(old_no + 1)
    }

    async fn audit_bank_export(&self, course_slug: &str, version_no: i64, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let course_id: Option<i64> = sqlx::query_scalar("SELECT id FROM courses WHERE slug = $1")
            .bind(course_slug)
            .fetch_optional(&mut *tx)
            .await?;
        let course_id = course_id.ok_or_else(|| StoreError::NotFound(Missing::Course(course_slug.to_string())))?;
        let changes = serde_json::json!({ "course": course_slug, "version": version_no });
        let entry = audit::entry(actor, None, AuditAction::QuizExport, RecordType::Course, course_id, changes);
        audit::commit(self, tx, &entry).await
    }

    async fn forget_bank_uploads(&self, created_before: i64) -> StoreResult<u64> {
        let done = sqlx::query("DELETE FROM quiz_bank_uploads WHERE created_at < $1")
            .bind(created_before)
            .execute(&mut *self.write_connection().await?)
            .await?;
        Ok(done.rows_affected())
    }

    async fn uploaded_banks(&self) -> StoreResult<BTreeMap<String, (i64, i64)>> {
        let rows: Vec<(String, i64, i64)> = sqlx::query_as(
            "SELECT c.slug, v.version_no, v.bank_uploaded_at FROM courses c \
             JOIN course_versions v ON v.course_id = c.id \
             WHERE v.bank_uploaded_at IS NOT NULL \
               AND v.version_no = (SELECT MAX(w.version_no) FROM course_versions w WHERE w.course_id = c.id)",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(slug, version, at)| (slug, (version, at))).collect())
    }

    async fn same_lessons_until(&self, course_slug: &str, version: i64) -> StoreResult<Option<i64>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT v.version_no, v.content_hash FROM courses c JOIN course_versions v ON v.course_id = c.id \
             WHERE c.slug = $1 AND v.version_no >= $2 ORDER BY v.version_no",
        )
        .bind(course_slug)
        .bind(version)
        .fetch_all(&self.pool)
        .await?;
        let Some((first, hash)) = rows.first() else { return Ok(None) };
        if *first != version {
            return Ok(None);
        }
        Ok(rows.iter().take_while(|(_, h)| h == hash).map(|(n, _)| *n).last())
    }
}
