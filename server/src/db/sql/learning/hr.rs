//! Learning's SQL for HR and for other capabilities' writes: assigning a
//! course to many people, withdrawing, a course's enrolments, and the
//! steps `publish` and a roster's apply take inside their transactions.

use super::super::{Backend, Db, audit};
use super::{OPEN, SUMMARY_COLUMNS, SUMMARY_FROM, SummaryRow};

use std::collections::HashSet;

use tutela_app::ids::{CourseVersionId, EnrolmentId, InstitutionId, PersonId};
use tutela_app::learning::model::EnrolmentStatus;
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{self, Missing, Refusal, StoreError, StoreResult};

/// The longest reason (assignment, withdrawal), in characters.
pub(crate) const REASON_LIMIT: usize = 500;

/// Moves the enrolments of a course that are not yet started (status
/// `enrolled`: no lesson of their version read) to its new version, in
/// `publish`'s transaction. Started ones keep their version (the learner
/// sees that a newer one exists and may switch); finished ones never change.
pub(in crate::db) async fn move_unstarted(
    tx: &mut sqlx::Transaction<'_, Db>,
    course_id: i64,
    version_id: CourseVersionId,
) -> StoreResult<u64> {
    let moved = sqlx::query(
        "UPDATE enrolments SET course_version_id = $1 WHERE course_id = $2 AND status = 'enrolled' \
         AND course_version_id <> $1",
    )
    .bind(version_id)
    .bind(course_id)
    .execute(&mut **tx)
    .await?;
    Ok(moved.rows_affected())
}

/// The active people of an institution.
async fn active_people(
    tx: &mut sqlx::Transaction<'_, Db>,
    institution: InstitutionId,
) -> StoreResult<HashSet<PersonId>> {
    let ids: Vec<PersonId> =
        sqlx::query_scalar("SELECT id FROM persons WHERE institution_id = $1 AND status = 'active'")
            .bind(institution)
            .fetch_all(&mut **tx)
            .await?;
    Ok(ids.into_iter().collect())
}

fn check_reason(reason: &str) -> StoreResult<()> {
    if reason.chars().count() > REASON_LIMIT {
        return Err(StoreError::Refused(Refusal::ReasonUnusable));
    }
    Ok(())
}

impl Backend {
    /// Closes the person's open enrolments because they left on `date`
    /// (`YYYY-MM-DD`), inside the caller's transaction, one audit entry
    /// (`enrolment.close`) each. For a roster's leavers and HR's "record a
    /// departure". Returns how many were closed.
    pub(in crate::db) async fn close_open_enrolments(
        &self,
        tx: &mut sqlx::Transaction<'_, Db>,
        person: PersonId,
        date: &str,
        actor: &str,
    ) -> StoreResult<u64> {
        // The guarded update is the first statement: exactly the rows it
        // closed are audited, whatever closed others meanwhile.
        let mut closed: Vec<(EnrolmentId, i64)> = sqlx::query_as(&format!(
            "UPDATE enrolments SET status = 'closed', ended_at = $1, ended_on = $2 \
             WHERE person_id = $3 AND status IN {OPEN} RETURNING id, course_id"
        ))
        .bind(self.clock.now())
        .bind(date)
        .bind(person)
        .fetch_all(&mut **tx)
        .await?;
        if closed.is_empty() {
            return Ok(0);
        }
        closed.sort_unstable();
        let institution: InstitutionId = sqlx::query_scalar("SELECT institution_id FROM persons WHERE id = $1")
            .bind(person)
            .fetch_one(&mut **tx)
            .await?;
        for (enrolment, course_id) in &closed {
            let course: String = sqlx::query_scalar("SELECT slug FROM courses WHERE id = $1")
                .bind(course_id)
                .fetch_one(&mut **tx)
                .await?;
            let changes = serde_json::json!({ "enrolment": enrolment, "course": course, "closed_on": date });
            let entry = audit::entry(
                actor,
                Some(institution),
                AuditAction::EnrolmentClose,
                RecordType::Person,
                person,
                changes,
            );
            audit::append(self, tx, &entry).await?;
        }
        Ok(closed.len() as u64)
    }

    pub(super) async fn write_assignment(&self, a: &store::Assignment<'_>) -> StoreResult<store::AssignReport> {
        if let Some(due) = a.due_on
            && !crate::learning::is_date(due)
        {
            return Err(StoreError::Refused(Refusal::DueDateUnusable(due.to_string())));
        }
        if let Some(reason) = a.reason {
            check_reason(reason)?;
        }
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let course: Option<(i64, CourseVersionId, i64)> = sqlx::query_as(
            "SELECT c.id, v.id, v.version_no FROM courses c JOIN published_versions v ON v.course_id = c.id \
             WHERE c.slug = $1",
        )
        .bind(a.course_slug)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((course_id, version_id, version_no)) = course else {
            return Err(StoreError::NotFound(Missing::Course(a.course_slug.to_string())));
        };
        let active = active_people(&mut tx, a.institution).await?;
        let held: Vec<(PersonId, EnrolmentStatus)> = sqlx::query_as(
            "SELECT DISTINCT person_id, status FROM enrolments \
             WHERE course_id = $1 AND status IN ('enrolled', 'in_progress', 'completed')",
        )
        .bind(course_id)
        .fetch_all(&mut *tx)
        .await?;
        let open: HashSet<PersonId> = held.iter().filter(|(_, s)| s.is_open()).map(|(p, _)| *p).collect();
        let completed: HashSet<PersonId> =
            held.iter().filter(|(_, s)| *s == EnrolmentStatus::Completed).map(|(p, _)| *p).collect();
        let mut report = store::AssignReport::default();
        let mut chosen: Vec<PersonId> = Vec::new();
        let mut seen: HashSet<PersonId> = HashSet::new();
        for &person in a.persons {
            if !seen.insert(person) {
                continue;
            }
            if !active.contains(&person) {
                report.not_eligible.push(person);
            } else if open.contains(&person) {
                report.already_open.push(person);
            } else if completed.contains(&person) {
                report.completed.push(person);
            } else {
                chosen.push(person);
            }
        }
        if chosen.is_empty() {
            return Ok(report);
        }
        // The people go into a temporary table (COPY on PostgreSQL), and one
        // INSERT ... SELECT skips whoever gained an open enrolment since the
        // read above (a self-enrolment committed meanwhile on PostgreSQL):
        // they are reported, not duplicated, and the rest still go in. The
        // audit head is reserved only after the insert, so a self-enrolment
        // waiting on one of these rows never waits for it too (the order
        // every writer takes: records, then the audit head).
        use crate::db::Cell;
        sqlx::query("CREATE TEMP TABLE staged_ids (id BIGINT NOT NULL)").execute(&mut *tx).await?;
        let staged: Vec<[Cell<'_>; 1]> = chosen.iter().map(|person| [(*person).into()]).collect();
        Self::bulk_insert(&mut tx, "staged_ids (id)", &staged).await?;
        let mut created: Vec<(PersonId, EnrolmentId)> = sqlx::query_as(&format!(
            "INSERT INTO enrolments (person_id, course_id, course_version_id, origin, assigned_by, reason, due_on, \
             status, enrolled_at) \
             SELECT s.id, $1, $2, 'assigned', $3, $4, $5, 'enrolled', $6 FROM staged_ids s \
             JOIN persons p ON p.id = s.id WHERE p.institution_id = $7 AND p.status = 'active' \
             ON CONFLICT (person_id, course_id) WHERE status IN {OPEN} DO NOTHING RETURNING person_id, id"
        ))
        .bind(course_id)
        .bind(version_id)
        .bind(a.assigned_by)
        .bind(a.reason)
        .bind(a.due_on)
        .bind(now)
        .bind(a.institution)
        .fetch_all(&mut *tx)
        .await?;
        sqlx::query("DROP TABLE staged_ids").execute(&mut *tx).await?;
        created.sort_unstable();
        let made: HashSet<PersonId> = created.iter().map(|(person, _)| *person).collect();
        let skipped: Vec<PersonId> = chosen.iter().copied().filter(|person| !made.contains(person)).collect();
        if !skipped.is_empty() {
            // Enrolled meanwhile, or (on PostgreSQL) left or moved to another
            // institution since the read above: said as such.
            let still = active_people(&mut tx, a.institution).await?;
            let (open, gone): (Vec<PersonId>, Vec<PersonId>) =
                skipped.into_iter().partition(|person| still.contains(person));
            report.already_open.extend(open);
            report.not_eligible.extend(gone);
        }
        if created.is_empty() {
            tx.commit().await?;
            return Ok(report);
        }
        // One audit entry per enrolment created, hashed on a blocking thread.
        let changes = serde_json::json!({
            "course": a.course_slug, "version": version_no, "due_on": a.due_on, "reason": a.reason,
        })
        .to_string();
        let entries: Vec<store::NewAuditEntry> = created
            .iter()
            .map(|(person, _)| {
                audit::entry(
                    a.actor,
                    Some(a.institution),
                    AuditAction::EnrolmentAssign,
                    RecordType::Person,
                    person,
                    &changes,
                )
            })
            .collect();
        let (first, prev_hash) = audit::reserve(&mut tx, entries.len() as i64).await?;
        let key = self.audit_key.clone();
        let hashing =
            tokio::task::spawn_blocking(move || crate::audit::chain(entries, first, now, prev_hash, key.as_ref()));
        report.created = created;
        let chain = hashing.await.map_err(StoreError::unavailable)?;
        audit::write(&mut tx, &chain).await?;
        tx.commit().await?;
        Ok(report)
    }

    pub(super) async fn read_enrolment(&self, enrolment: EnrolmentId) -> StoreResult<Option<store::EnrolmentRecord>> {
        let row: Option<(EnrolmentId, PersonId, InstitutionId, String, String, EnrolmentStatus)> = sqlx::query_as(
            "SELECT e.id, e.person_id, p.institution_id, u.path, c.slug, e.status \
             FROM enrolments e JOIN persons p ON p.id = e.person_id JOIN units u ON u.id = p.unit_id \
             JOIN courses c ON c.id = e.course_id WHERE e.id = $1",
        )
        .bind(enrolment)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(id, person_id, institution_id, unit_path, course_slug, status)| store::EnrolmentRecord {
            id,
            person_id,
            institution_id,
            unit_path,
            course_slug,
            status,
        }))
    }

    pub(super) async fn write_withdrawal(&self, enrolment: EnrolmentId, reason: &str, actor: &str) -> StoreResult<()> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err(StoreError::Refused(Refusal::ReasonUnusable));
        }
        check_reason(reason)?;
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // The guarded update is the first statement: of two withdrawals at
        // once on PostgreSQL, the second waits and then finds it finished.
        let withdrawn: Option<PersonId> = sqlx::query_scalar(&format!(
            "UPDATE enrolments SET status = 'withdrawn', ended_at = $1, ended_on = $2, end_reason = $3 \
             WHERE id = $4 AND status IN {OPEN} RETURNING person_id"
        ))
        .bind(self.clock.now())
        .bind(self.clock.today())
        .bind(reason)
        .bind(enrolment)
        .fetch_optional(&mut *tx)
        .await?;
        let row: Option<(PersonId, String, InstitutionId)> = sqlx::query_as(
            "SELECT e.person_id, c.slug, p.institution_id FROM enrolments e \
             JOIN courses c ON c.id = e.course_id JOIN persons p ON p.id = e.person_id WHERE e.id = $1",
        )
        .bind(enrolment)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((person, course, institution)) = row else {
            return Err(StoreError::NotFound(Missing::Enrolment));
        };
        if withdrawn.is_none() {
            return Err(StoreError::Refused(Refusal::EnrolmentFinished));
        }
        let changes = serde_json::json!({ "enrolment": enrolment, "course": course, "reason": reason });
        let entry =
            audit::entry(actor, Some(institution), AuditAction::EnrolmentWithdraw, RecordType::Person, person, changes);
        audit::commit(self, tx, &entry).await
    }

    pub(super) async fn read_course_enrolments(
        &self,
        institution: InstitutionId,
        course_slug: &str,
        scopes: Option<&[String]>,
        filter: &store::EnrolmentFilter,
    ) -> StoreResult<(Vec<store::CourseEnrolmentRow>, i64)> {
        let conditions = |query: &mut sqlx::QueryBuilder<'_, Db>| {
            query.push(" WHERE c.slug = ").push_bind(course_slug.to_string());
            query.push(" AND p.institution_id = ").push_bind(institution);
            super::super::subtree::within(query, "u.path", scopes);
            if let Some(status) = filter.status {
                query.push(" AND e.status = ").push_bind(status.as_str());
            }
            if filter.overdue {
                query.push(format!(" AND e.status IN {OPEN} AND e.due_on < ")).push_bind(filter.today.clone());
            }
            if let Some(path) = &filter.unit_path {
                super::super::subtree::under(query, "u.path", path);
            }
            if let Some(cadre) = &filter.cadre_slug {
                query.push(" AND d.slug = ").push_bind(cadre.clone());
            }
        };
        let tables = format!(
            "{SUMMARY_FROM} JOIN persons p ON p.id = e.person_id JOIN units u ON u.id = p.unit_id \
             JOIN cadres d ON d.id = p.cadre_id"
        );
        let mut count = sqlx::QueryBuilder::<Db>::new(format!("SELECT COUNT(*) {tables}"));
        conditions(&mut count);
        let total: i64 = count.build_query_scalar().fetch_one(&self.pool).await?;
        let mut query = sqlx::QueryBuilder::<Db>::new(format!(
            "SELECT {SUMMARY_COLUMNS}, p.id AS person_id, p.staff_number, p.given_name, p.family_name, \
             u.name AS unit_name, d.slug AS cadre_slug {tables}"
        ));
        conditions(&mut query);
        query.push(" ORDER BY e.enrolled_at DESC, e.id DESC LIMIT ").push_bind(filter.limit.clamp(1, 1000));
        query.push(" OFFSET ").push_bind(filter.offset.max(0));
        let rows: Vec<CourseRow> = query.build_query_as().fetch_all(&self.pool).await?;
        Ok((rows.into_iter().map(Into::into).collect(), total))
    }
}

/// One row of a course's enrolments: the summary and the person.
#[derive(sqlx::FromRow)]
struct CourseRow {
    #[sqlx(flatten)]
    summary: SummaryRow,
    person_id: PersonId,
    staff_number: String,
    given_name: String,
    family_name: String,
    unit_name: String,
    cadre_slug: String,
}

impl From<CourseRow> for store::CourseEnrolmentRow {
    fn from(row: CourseRow) -> Self {
        store::CourseEnrolmentRow {
            person_id: row.person_id,
            staff_number: row.staff_number,
            name: format!("{} {}", row.given_name, row.family_name),
            unit_name: row.unit_name,
            cadre_slug: row.cadre_slug,
            enrolment: row.summary.into(),
        }
    }
}
