//! The SQL of [`PeopleStore`](tutela_app::store::PeopleStore), written once for
//! both backends: `db/sqlite.rs` and `db/postgres.rs` each mount this file
//! (`#[path]`), where `Db` and `Backend` name their database and store.

use super::{Backend, Db, audit};

use tutela_app::ids::{AccountId, CadreId, GrantId, InstitutionId, PersonId, UnitId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{Field, Missing, Refusal, StoreError, StoreResult};
use tutela_app::{model, store};

#[async_trait::async_trait]
impl store::PeopleStore for Backend {
    async fn create_person(&self, person: &store::NewPerson, actor: &str) -> StoreResult<PersonId> {
        if person.staff_number.contains('@') || person.staff_number.trim().is_empty() {
            // A login with `@` is an email, so such a staff number could never sign in.
            return Err(StoreError::Refused(Refusal::StaffNumberUnusable(person.staff_number.clone())));
        }
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let institution_id = super::organisation::institution_by_slug(&mut *tx, &person.institution_slug)
            .await?
            .ok_or_else(|| StoreError::NotFound(Missing::Institution(person.institution_slug.clone())))?;
        let unit_id = super::organisation::unit_by_code(&mut *tx, institution_id, &person.unit_code)
            .await?
            .ok_or_else(|| StoreError::NotFound(Missing::UnitCode(person.unit_code.clone())))?;
        let cadre_id: CadreId = sqlx::query_scalar("SELECT id FROM cadres WHERE slug = $1 AND retired_at IS NULL")
            .bind(&person.cadre_slug)
            .fetch_optional(&mut *tx)
            .await?
            .ok_or_else(|| StoreError::NotFound(Missing::Cadre(person.cadre_slug.clone())))?;
        let taken: Option<i64> =
            sqlx::query_scalar("SELECT id FROM persons WHERE institution_id = $1 AND staff_number = $2")
                .bind(institution_id)
                .bind(&person.staff_number)
                .fetch_optional(&mut *tx)
                .await?;
        if taken.is_some() {
            return Err(StoreError::Duplicate { field: Field::StaffNumber, value: person.staff_number.clone() });
        }
        let email = person.email.as_ref().map(|email| email.trim().to_lowercase());
        if let Some(email) = &email {
            let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM persons WHERE email = $1")
                .bind(email)
                .fetch_optional(&mut *tx)
                .await?;
            if taken.is_some() {
                return Err(StoreError::Duplicate { field: Field::Email, value: email.clone() });
            }
        }
        let now = self.clock.now();
        let person_id: PersonId = sqlx::query_scalar(
            "INSERT INTO persons (institution_id, staff_number, given_name, family_name, email, cadre_id, unit_id, \
             hire_date, status, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9, $9) RETURNING id",
        )
        .bind(institution_id)
        .bind(&person.staff_number)
        .bind(&person.given_name)
        .bind(&person.family_name)
        .bind(&email)
        .bind(cadre_id)
        .bind(unit_id)
        .bind(&person.hire_date)
        .bind(now)
        .fetch_one(&mut *tx)
        .await
        .map_err(|err| match err.as_database_error() {
            // Another request took the staff number or the email since the checks above.
            Some(database) if database.is_unique_violation() => {
                if format!("{:?} {}", database.constraint(), database.message()).contains("email") {
                    StoreError::Duplicate { field: Field::Email, value: email.clone().unwrap_or_default() }
                } else {
                    StoreError::Duplicate { field: Field::StaffNumber, value: person.staff_number.clone() }
                }
            }
            _ => err.into(),
        })?;
        sqlx::query(
            "INSERT INTO person_placements (person_id, unit_id, cadre_id, status, valid_from, recorded_at) \
             VALUES ($1, $2, $3, 'active', $4, $5)",
        )
        .bind(person_id)
        .bind(unit_id)
        .bind(cadre_id)
        .bind(&person.hire_date)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let changes = serde_json::json!({
            "staff_number": person.staff_number,
            "given_name": person.given_name,
            "family_name": person.family_name,
            "email": email,
            "cadre": person.cadre_slug,
            "unit": person.unit_code,
            "hire_date": person.hire_date,
            "status": model::PersonStatus::Active,
        });
        let entry = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::PersonCreate,
            RecordType::Person,
            person_id,
            changes,
        );
        audit::commit(self, tx, &entry).await?;
        Ok(person_id)
    }

    async fn create_account(
        &self,
        person_id: PersonId,
        password_hash: Option<&str>,
        actor: &str,
    ) -> StoreResult<AccountId> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let institution_id: InstitutionId = sqlx::query_scalar("SELECT institution_id FROM persons WHERE id = $1")
            .bind(person_id)
            .fetch_one(&mut *tx)
            .await?;
        let now = self.clock.now();
        let account_id: AccountId = sqlx::query_scalar(
            "INSERT INTO accounts (person_id, password_hash, password_changed_at, created_at) \
             VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(person_id)
        .bind(password_hash)
        .bind(password_hash.map(|_| now))
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        let changes = serde_json::json!({ "person_id": person_id, "password_set": password_hash.is_some() });
        let entry = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::AccountCreate,
            RecordType::Account,
            account_id,
            changes,
        );
        audit::commit(self, tx, &entry).await?;
        Ok(account_id)
    }

    async fn grant_role(
        &self,
        account_id: AccountId,
        role: store::Role,
        unit_code: Option<&str>,
        actor: &str,
    ) -> StoreResult<()> {
        let unit_id: Option<UnitId> = match unit_code {
            Some(code) => Some(
                sqlx::query_scalar(
                    "SELECT u.id FROM units u JOIN persons p ON p.institution_id = u.institution_id \
                     JOIN accounts a ON a.person_id = p.id WHERE a.id = $1 AND u.code = $2",
                )
                .bind(account_id)
                .bind(code)
                .fetch_optional(&self.pool)
                .await?
                .ok_or_else(|| StoreError::NotFound(Missing::UnitCode(code.to_string())))?,
            ),
            None => None,
        };
        self.grant_role_on(account_id, role, unit_id, actor).await
    }

    async fn lock_account(&self, account_id: AccountId, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let institution_id: InstitutionId = sqlx::query_scalar(
            "UPDATE accounts SET locked_until = $1 WHERE id = $2 \
             RETURNING (SELECT institution_id FROM persons WHERE persons.id = accounts.person_id)",
        )
        .bind(crate::db::rows::LOCKED_BY_ADMINISTRATOR)
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
        // A locked account signs out everywhere, and no link it was
        // sent may set a password while it is locked.
        super::accounts::end_sessions(&mut tx, account_id, None).await?;
        Self::withdraw_links(&mut tx, account_id, self.clock.now()).await?;
        let changes =
            serde_json::json!({ "locked": "by_administrator", "sessions_ended": "all", "links_withdrawn": true });
        let entry = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::AccountLock,
            RecordType::Account,
            account_id,
            changes,
        );
        audit::commit(self, tx, &entry).await
    }

    async fn unlock_account(&self, account_id: AccountId, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let institution_id: InstitutionId = sqlx::query_scalar(
            "UPDATE accounts SET locked_until = NULL, failed_attempts = 0 WHERE id = $1 \
             RETURNING (SELECT institution_id FROM persons WHERE persons.id = accounts.person_id)",
        )
        .bind(account_id)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sign_in_failures WHERE account_id = $1").bind(account_id).execute(&mut *tx).await?;
        let changes = serde_json::json!({ "locked_until": null });
        let entry = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::AccountUnlock,
            RecordType::Account,
            account_id,
            changes,
        );
        audit::commit(self, tx, &entry).await
    }

    async fn create_invitation(
        &self,
        account_id: AccountId,
        purpose: store::InvitationPurpose,
        token_hash: &str,
        expires_at: i64,
        actor: &str,
    ) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let now = self.clock.now();
        Self::withdraw_links(&mut tx, account_id, now).await?;
        sqlx::query(
            "INSERT INTO invitations (token_hash, account_id, purpose, created_by, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(token_hash)
        .bind(account_id)
        .bind(purpose.as_str())
        .bind(actor)
        .bind(now)
        .bind(expires_at)
        .execute(&mut *tx)
        .await?;
        let institution_id = super::accounts::account_institution(&mut tx, account_id).await?;
        let changes = serde_json::json!({ "purpose": purpose.as_str(), "expires_at": expires_at });
        let entry = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::AccountInvite,
            RecordType::Account,
            account_id,
            changes,
        );
        audit::commit(self, tx, &entry).await
    }

    async fn create_invitations(&self, invitations: &[store::NewInvitation], actor: &str) -> StoreResult<()> {
        self.insert_invitations(invitations, actor).await
    }

    async fn people(
        &self,
        scopes: Option<&[String]>,
        query: &model::PeopleQuery,
        limit: i64,
    ) -> StoreResult<(Vec<model::PersonRow>, i64)> {
        // One WHERE clause, built with bound values only, for the count and the page.
        let filter = |builder: &mut sqlx::QueryBuilder<'_, Db>| {
            builder.push(" WHERE 1 = 1");
            super::subtree::within(builder, "u.path", scopes);
            let q = query.q.trim().to_lowercase();
            if !q.is_empty() {
                let pattern = format!("%{}%", q.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
                builder
                    .push(" AND (LOWER(p.given_name || ' ' || p.family_name) LIKE ")
                    .push_bind(pattern.clone())
                    .push(" ESCAPE '\\' OR LOWER(p.staff_number) LIKE ")
                    .push_bind(pattern.clone())
                    .push(" ESCAPE '\\' OR p.email LIKE ")
                    .push_bind(pattern)
                    .push(" ESCAPE '\\')");
            }
            if let Ok(unit) = query.unit.parse::<i64>() {
                super::subtree::under_unit(builder, "u.path", unit);
            }
            if !query.cadre.is_empty() {
                builder.push(" AND c.slug = ").push_bind(query.cadre.clone());
            }
            if let Some(status) = query.status {
                builder.push(" AND p.status = ").push_bind(status);
            }
        };
        let from = " FROM persons p JOIN units u ON u.id = p.unit_id JOIN cadres c ON c.id = p.cadre_id \
                    LEFT JOIN accounts a ON a.person_id = p.id";
        let mut count = sqlx::QueryBuilder::<Db>::new("SELECT COUNT(*)");
        count.push(from);
        filter(&mut count);
        let total: i64 = count.build_query_scalar().fetch_one(&self.pool).await?;

        let mut select = sqlx::QueryBuilder::<Db>::new(
            "SELECT p.id, p.staff_number, p.given_name || ' ' || p.family_name, c.name, u.name, p.status, \
             a.id, a.password_hash IS NOT NULL, \
             (SELECT MAX(l.until) FROM (SELECT a.locked_until AS until UNION ALL \
                SELECT f.locked_until FROM sign_in_failures f WHERE f.account_id = a.id) l)",
        );
        select.push(from);
        filter(&mut select);
        let offset = (query.page.max(1) - 1) * limit;
        select
            .push(" ORDER BY p.family_name, p.given_name, p.id LIMIT ")
            .push_bind(limit)
            .push(" OFFSET ")
            .push_bind(offset);
        type Row = (
            PersonId,
            String,
            String,
            String,
            String,
            model::PersonStatus,
            Option<AccountId>,
            Option<bool>,
            Option<i64>,
        );
        let rows: Vec<Row> = select.build_query_as().fetch_all(&self.pool).await?;
        let now = self.clock.now();
        let rows = rows
            .into_iter()
            .map(|(id, staff_number, name, cadre, unit, status, account, has_password, locked_until)| {
                model::PersonRow {
                    id,
                    staff_number,
                    name,
                    cadre,
                    unit,
                    status,
                    account: crate::db::rows::account_state(account, has_password, locked_until, now),
                }
            })
            .collect();
        Ok((rows, total))
    }

    async fn unit_choices(&self, scopes: Option<&[String]>) -> StoreResult<Vec<model::Choice>> {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT u.id, u.name, u.path, i.name FROM units u JOIN institutions i ON i.id = u.institution_id \
             ORDER BY i.name, u.path",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter(|(_, _, path, _)| scopes.is_none_or(|scopes| scopes.iter().any(|s| path.starts_with(s.as_str()))))
            .map(|(id, name, path, institution)| {
                let depth = path.matches('/').count().saturating_sub(2);
                let label = if scopes.is_none() && depth == 0 { format!("{name} ({institution})") } else { name };
                model::Choice { value: id.to_string(), label: format!("{}{label}", "\u{2003}".repeat(depth)) }
            })
            .collect())
    }

    async fn cadre_choices(&self) -> StoreResult<Vec<model::Choice>> {
        let rows: Vec<(String, String)> =
            sqlx::query_as("SELECT slug, name FROM cadres WHERE retired_at IS NULL ORDER BY name")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|(value, label)| model::Choice { value, label }).collect())
    }

    async fn person(&self, person_id: PersonId) -> StoreResult<Option<model::PersonDetail>> {
        let row: Option<crate::db::rows::PersonRow> = sqlx::query_as(
            "SELECT p.staff_number, p.given_name || ' ' || p.family_name AS name, p.email, i.name AS institution, \
             u.name AS unit, u.path AS unit_path, c.name AS cadre, p.hire_date, p.status, p.left_on, \
             a.id AS account, a.password_hash IS NOT NULL AS has_password, \
             (SELECT MAX(l.until) FROM (SELECT a.locked_until AS until UNION ALL \
                SELECT f.locked_until FROM sign_in_failures f WHERE f.account_id = a.id) l) AS locked_until \
             FROM persons p JOIN institutions i ON i.id = p.institution_id JOIN units u ON u.id = p.unit_id \
             JOIN cadres c ON c.id = p.cadre_id LEFT JOIN accounts a ON a.person_id = p.id WHERE p.id = $1",
        )
        .bind(person_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some(row) = row else { return Ok(None) };
        let placements: Vec<(String, String, model::PersonStatus, String, Option<String>)> = sqlx::query_as(
            "SELECT u.name, c.name, pl.status, pl.valid_from, pl.valid_to FROM person_placements pl \
             JOIN units u ON u.id = pl.unit_id JOIN cadres c ON c.id = pl.cadre_id \
             WHERE pl.person_id = $1 ORDER BY pl.valid_from DESC, pl.id DESC",
        )
        .bind(person_id)
        .fetch_all(&self.pool)
        .await?;
        let placements = placements
            .into_iter()
            .map(|(unit, cadre, status, from, to)| model::Placement { unit, cadre, status, from, to })
            .collect();
        Ok(Some(row.into_detail(person_id, placements, self.clock.now())))
    }

    async fn roles_of(&self, account_id: AccountId) -> StoreResult<Vec<model::RoleLine>> {
        let rows: Vec<(GrantId, String, Option<String>, Option<String>)> = sqlx::query_as(
            "SELECT g.id, g.role, u.name, u.path FROM role_grants g LEFT JOIN units u ON u.id = g.unit_id \
             WHERE g.account_id = $1 AND g.revoked_at IS NULL ORDER BY g.id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(grant_id, role, unit, unit_path)| {
                model::Role::parse(&role).map(|role| model::RoleLine {
                    grant_id,
                    role,
                    unit,
                    unit_path,
                    revocable: false,
                })
            })
            .collect())
    }

    async fn grant_role_on(
        &self,
        account_id: AccountId,
        role: model::Role,
        unit_id: Option<UnitId>,
        actor: &str,
    ) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let institution_id = super::accounts::account_institution(&mut tx, account_id).await?;
        // The whole deployment: its administrators, and its authors (who
        // upload every course's question bank); no reviewer or HR officer
        // of every institution.
        if unit_id.is_none() && !matches!(role, model::Role::Admin | model::Role::Author) {
            return Err(StoreError::Refused(Refusal::DeploymentRoleNotAdministrator));
        }
        let unit_name: Option<String> = match unit_id {
            Some(unit_id) => Some(
                sqlx::query_scalar("SELECT name FROM units WHERE id = $1 AND institution_id = $2")
                    .bind(unit_id)
                    .bind(institution_id)
                    .fetch_optional(&mut *tx)
                    .await?
                    .ok_or(StoreError::Refused(Refusal::UnitElsewhere))?,
            ),
            None => None,
        };
        // A link issued before the grant was issued by someone who may
        // act on the account as it was, not as it is now.
        Self::withdraw_links(&mut tx, account_id, self.clock.now()).await?;
        sqlx::query(
            "INSERT INTO role_grants (account_id, role, unit_id, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(account_id)
        .bind(role.as_str())
        .bind(unit_id)
        .bind(actor)
        .bind(self.clock.now())
        .execute(&mut *tx)
        .await?;
        // `null`: the whole deployment (`audit::changes` has the words).
        let changes = serde_json::json!({ "role": role.as_str(), "unit": unit_name });
        let entry =
            audit::entry(actor, Some(institution_id), AuditAction::RoleGrant, RecordType::Account, account_id, changes);
        audit::commit(self, tx, &entry).await
    }

    async fn revoke_role(&self, account_id: AccountId, grant_id: GrantId, actor: &str) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let revoked: Option<(String, Option<i64>)> = sqlx::query_as(
            "UPDATE role_grants SET revoked_at = $1 WHERE id = $2 AND account_id = $3 AND revoked_at IS NULL \
             RETURNING role, unit_id",
        )
        .bind(self.clock.now())
        .bind(grant_id)
        .bind(account_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((role, unit_id)) = revoked else {
            return Err(StoreError::NotFound(Missing::Grant));
        };
        let institution_id = super::accounts::account_institution(&mut tx, account_id).await?;
        let changes = serde_json::json!({ "role": role, "unit_id": unit_id, "grant": grant_id });
        let entry = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::RoleRevoke,
            RecordType::Account,
            account_id,
            changes,
        );
        audit::commit(self, tx, &entry).await
    }

    async fn grants_in(&self, institution_id: InstitutionId) -> StoreResult<Vec<(PersonId, model::Grant)>> {
        let rows: Vec<(PersonId, String, Option<String>)> = sqlx::query_as(
            "SELECT p.id, g.role, u.path FROM role_grants g JOIN accounts a ON a.id = g.account_id \
             JOIN persons p ON p.id = a.person_id LEFT JOIN units u ON u.id = g.unit_id \
             WHERE p.institution_id = $1 AND g.revoked_at IS NULL",
        )
        .bind(institution_id)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(person, role, unit_path)| {
                model::Role::parse(&role).map(|role| (person, model::Grant { role, unit_path }))
            })
            .collect())
    }

    async fn account_of(&self, person_id: PersonId) -> StoreResult<Option<AccountId>> {
        Ok(sqlx::query_scalar("SELECT id FROM accounts WHERE person_id = $1")
            .bind(person_id)
            .fetch_optional(&self.pool)
            .await?)
    }

    async fn record_departure(&self, person_id: PersonId, date: &str, actor: &str) -> StoreResult<Option<u64>> {
        let now = self.clock.now();
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // The guarded update is the first statement: of two departures at
        // once on PostgreSQL, the second waits and then finds them left.
        let row: Option<(InstitutionId, UnitId, CadreId)> = sqlx::query_as(
            "UPDATE persons SET status = 'left', left_on = $1, updated_at = $2 WHERE id = $3 AND status = 'active' \
             RETURNING institution_id, unit_id, cadre_id",
        )
        .bind(date)
        .bind(now)
        .bind(person_id)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((institution_id, unit_id, cadre_id)) = row else {
            let exists: Option<PersonId> = sqlx::query_scalar("SELECT id FROM persons WHERE id = $1")
                .bind(person_id)
                .fetch_optional(&mut *tx)
                .await?;
            return if exists.is_some() { Ok(None) } else { Err(StoreError::NotFound(Missing::Record)) };
        };
        let placed: Option<String> =
            sqlx::query_scalar("SELECT valid_from FROM person_placements WHERE person_id = $1 AND valid_to IS NULL")
                .bind(person_id)
                .fetch_optional(&mut *tx)
                .await?;
        if placed.is_some_and(|from| date < from.as_str()) {
            return Err(StoreError::Refused(Refusal::DepartureBeforePlacement));
        }
        sqlx::query("UPDATE person_placements SET valid_to = $1 WHERE person_id = $2 AND valid_to IS NULL")
            .bind(date)
            .bind(person_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO person_placements (person_id, unit_id, cadre_id, status, valid_from, recorded_at) \
             VALUES ($1, $2, $3, 'left', $4, $5)",
        )
        .bind(person_id)
        .bind(unit_id)
        .bind(cadre_id)
        .bind(date)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let changes = serde_json::json!({
            "status": [model::PersonStatus::Active, model::PersonStatus::Left], "left_on": [null, date],
        });
        let entry =
            audit::entry(actor, Some(institution_id), AuditAction::PersonLeave, RecordType::Person, person_id, changes);
        audit::append(self, &mut tx, &entry).await?;
        let closed = self.close_open_enrolments(&mut tx, person_id, date, actor).await?;
        tx.commit().await?;
        Ok(Some(closed))
    }
}
