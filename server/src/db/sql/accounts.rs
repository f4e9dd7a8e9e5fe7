//! The SQL of [`AccountStore`](tutela_app::store::AccountStore), written once for
//! both backends: `db/sqlite.rs` and `db/postgres.rs` each mount this file
//! (`#[path]`), where `Db` and `Backend` name their database and store.

use super::{Backend, Db, audit};
use tutela_app::i18n::Locale;
use tutela_app::ids::{AccountId, InstitutionId, PersonId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{Refusal, StoreError, StoreResult};
use tutela_app::{model, store};

/// Who the audit log names for a lock the sign-in limit set.
const SIGN_IN_LIMIT: &str = "system: sign-in limit";

#[async_trait::async_trait]
impl store::AccountStore for Backend {
    async fn sign_in_candidates(&self, login: &str) -> StoreResult<Vec<store::SignInCandidate>> {
        let login = login.trim();
        // An `@` makes it an email, never a staff number (which cannot hold one).
        let (column, value) =
            if login.contains('@') { ("p.email", login.to_lowercase()) } else { ("p.staff_number", login.to_string()) };
        let rows: Vec<(AccountId, PersonId, InstitutionId, String, Option<String>, Option<i64>, i64)> =
            sqlx::query_as(&format!(
                "SELECT a.id, p.id, p.institution_id, i.slug, a.password_hash, a.locked_until, \
             CAST(CASE WHEN a.disabled_at IS NOT NULL OR p.status <> 'active' THEN 1 ELSE 0 END AS BIGINT) \
             FROM accounts a JOIN persons p ON p.id = a.person_id JOIN institutions i ON i.id = p.institution_id \
             WHERE {column} = $1 ORDER BY i.name",
            ))
            .bind(value)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(account_id, person_id, institution_id, institution_slug, password_hash, locked_until, barred)| {
                store::SignInCandidate {
                    account_id,
                    person_id,
                    institution_id,
                    institution_slug,
                    password_hash,
                    locked_until,
                    barred: barred != 0,
                }
            })
            .collect())
    }

    async fn sign_in_failures(&self, subject: &str, address: &str) -> StoreResult<Option<store::FailureRecord>> {
        let row: Option<(i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT failures, last_failed_at, locked_until FROM sign_in_failures WHERE subject = $1 AND address = $2",
        )
        .bind(subject)
        .bind(address)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(failures, last_failed_at, locked_until)| store::FailureRecord {
            failures,
            last_failed_at,
            locked_until,
        }))
    }

    async fn record_failed_sign_in(
        &self,
        subject: &str,
        account_id: Option<AccountId>,
        address: &str,
        now: i64,
        policy: store::LockoutPolicy,
    ) -> StoreResult<store::FailureRecord> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        // Failures older than the policy's memory start the count again.
        let (failures, locked_until): (i64, Option<i64>) = sqlx::query_as(
            "INSERT INTO sign_in_failures (subject, address, account_id, failures, last_failed_at) \
             VALUES ($1, $2, $3, 1, $4) \
             ON CONFLICT (subject, address) DO UPDATE SET \
             failures = CASE WHEN sign_in_failures.last_failed_at < $5 THEN 1 ELSE sign_in_failures.failures + 1 END, \
             last_failed_at = $4 \
             RETURNING failures, locked_until",
        )
        .bind(subject)
        .bind(address)
        .bind(account_id)
        .bind(now)
        .bind(now - policy.forget_after_seconds)
        .fetch_one(&mut *tx)
        .await?;
        let mut record = store::FailureRecord { failures, last_failed_at: now, locked_until };
        if let Some(until) = policy.lock_after(failures, now) {
            record.locked_until = Some(until);
            sqlx::query("UPDATE sign_in_failures SET locked_until = $1 WHERE subject = $2 AND address = $3")
                .bind(until)
                .bind(subject)
                .bind(address)
                .execute(&mut *tx)
                .await?;
            if let Some(account_id) = account_id {
                let institution_id = super::accounts::account_institution(&mut tx, account_id).await?;
                let changes = serde_json::json!({
                    "failed_attempts": failures,
                    "locked_until": until,
                    "against_address": address,
                });
                let entry = audit::entry(
                    SIGN_IN_LIMIT,
                    Some(institution_id),
                    AuditAction::AccountLock,
                    RecordType::Account,
                    account_id,
                    changes,
                );
                audit::append(self, &mut tx, &entry).await?;
            }
        }
        tx.commit().await?;
        Ok(record)
    }

    async fn start_session(&self, session: &store::NewSession) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        sqlx::query(
            "INSERT INTO sessions (id_hash, account_id, csrf_token, created_at, last_seen_at, expires_at) \
             VALUES ($1, $2, $3, $4, $4, $5)",
        )
        .bind(&session.id_hash)
        .bind(session.account_id)
        .bind(&session.csrf_token)
        .bind(session.now)
        .bind(session.expires_at)
        .execute(&mut *tx)
        .await?;
        sqlx::query("DELETE FROM sign_in_failures WHERE account_id = $1 AND address = $2")
            .bind(session.account_id)
            .bind(&session.address)
            .execute(&mut *tx)
            .await?;
        Ok(tx.commit().await?)
    }

    async fn record_sign_in(&self, event: &store::SignInEvent) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO sign_in_events (at, account_id, institution_id, address, outcome) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(event.at)
        .bind(event.account_id)
        .bind(event.institution_id)
        .bind(&event.address)
        .bind(event.outcome.as_str())
        .execute(&mut *self.write_connection().await?)
        .await?;
        Ok(())
    }

    async fn sign_in_log(
        &self,
        scopes: Option<&[String]>,
        outcome: Option<store::SignInOutcome>,
        before: Option<i64>,
        limit: i64,
    ) -> StoreResult<Vec<model::SignInRow>> {
        // Bound values only: $1 outcome, $2 before, $3 limit, then one per scope.
        let mut sql = String::from(
            "SELECT e.id, e.at, p.id, p.given_name || ' ' || p.family_name, p.staff_number, e.address, e.outcome \
             FROM sign_in_events e LEFT JOIN accounts a ON a.id = e.account_id \
             LEFT JOIN persons p ON p.id = a.person_id LEFT JOIN units u ON u.id = p.unit_id \
             WHERE ($1 = '' OR e.outcome = $1) AND e.id < $2",
        );
        if let Some(scopes) = scopes {
            let clauses: Vec<String> =
                (0..scopes.len()).map(|i| format!("substr(u.path, 1, length(${})) = ${}", i + 4, i + 4)).collect();
            if clauses.is_empty() {
                return Ok(Vec::new());
            }
            sql.push_str(&format!(" AND ({})", clauses.join(" OR ")));
        }
        sql.push_str(" ORDER BY e.id DESC LIMIT $3");
        type Row = (i64, i64, Option<PersonId>, Option<String>, Option<String>, String, String);
        let mut query = sqlx::query_as::<_, Row>(&sql)
            .bind(outcome.map(store::SignInOutcome::as_str).unwrap_or_default())
            .bind(before.unwrap_or(i64::MAX))
            .bind(limit);
        for scope in scopes.unwrap_or_default() {
            query = query.bind(scope);
        }
        let rows = query.fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .map(|(id, at, person, name, staff_number, address, outcome)| model::SignInRow {
                id,
                at,
                person: person.map(|person| (person, name.unwrap_or_default(), staff_number.unwrap_or_default())),
                address,
                outcome,
            })
            .collect())
    }

    async fn prune_sign_ins(&self, events_before: i64, failures_before: i64) -> StoreResult<()> {
        sqlx::query("DELETE FROM sign_in_events WHERE at < $1")
            .bind(events_before)
            .execute(&mut *self.write_connection().await?)
            .await?;
        sqlx::query(
            "DELETE FROM sign_in_failures WHERE last_failed_at < $1 AND (locked_until IS NULL OR locked_until < $2)",
        )
        .bind(failures_before)
        .bind(failures_before)
        .execute(&mut *self.write_connection().await?)
        .await?;
        Ok(())
    }

    async fn session(&self, id_hash: &str) -> StoreResult<Option<store::SessionInfo>> {
        type Row = (AccountId, PersonId, InstitutionId, String, String, i64, i64, i64, Option<String>, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT a.id, p.id, p.institution_id, p.given_name || ' ' || p.family_name, s.csrf_token, \
             s.last_seen_at, s.expires_at, \
             CAST(CASE WHEN a.disabled_at IS NOT NULL OR p.status <> 'active' \
             OR a.locked_until >= 253402300799 THEN 1 ELSE 0 END AS BIGINT), a.locale, i.default_locale \
             FROM sessions s JOIN accounts a ON a.id = s.account_id JOIN persons p ON p.id = a.person_id \
             JOIN institutions i ON i.id = p.institution_id WHERE s.id_hash = $1",
        )
        .bind(id_hash)
        .fetch_optional(&self.pool)
        .await?;
        let Some((
            account_id,
            person_id,
            institution_id,
            name,
            csrf_token,
            last_seen_at,
            expires_at,
            barred,
            locale,
            default,
        )) = row
        else {
            return Ok(None);
        };
        let grants: Vec<(String, Option<String>)> = sqlx::query_as(
            "SELECT g.role, u.path FROM role_grants g LEFT JOIN units u ON u.id = g.unit_id \
             WHERE g.account_id = $1 AND g.revoked_at IS NULL ORDER BY g.id",
        )
        .bind(account_id)
        .fetch_all(&self.pool)
        .await?;
        let grants = grants
            .into_iter()
            .filter_map(|(role, unit_path)| model::Role::parse(&role).map(|role| model::Grant { role, unit_path }))
            .collect();
        Ok(Some(store::SessionInfo {
            account_id,
            person_id,
            institution_id,
            name,
            csrf_token,
            last_seen_at,
            expires_at,
            barred: barred != 0,
            grants,
            locale: locale.as_deref().and_then(Locale::parse),
            institution_locale: default.as_deref().and_then(Locale::parse),
        }))
    }

    async fn touch_session(&self, id_hash: &str, now: i64) -> StoreResult<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
            .bind(now)
            .bind(id_hash)
            .execute(&mut *self.write_connection().await?)
            .await?;
        Ok(())
    }

    async fn end_session(&self, id_hash: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
            .bind(id_hash)
            .execute(&mut *self.write_connection().await?)
            .await?;
        Ok(())
    }

    async fn account_summary(&self, account_id: AccountId) -> StoreResult<Option<model::AccountSummary>> {
        type Row = (String, String, Option<String>, String, String, String, Option<String>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT p.given_name || ' ' || p.family_name, p.staff_number, p.email, i.name, u.name, c.name, a.locale \
             FROM accounts a JOIN persons p ON p.id = a.person_id JOIN institutions i ON i.id = p.institution_id \
             JOIN units u ON u.id = p.unit_id JOIN cadres c ON c.id = p.cadre_id WHERE a.id = $1",
        )
        .bind(account_id)
        .fetch_optional(&self.pool)
        .await?;
        let Some((name, staff_number, email, institution, unit, cadre, locale)) = row else { return Ok(None) };
        let roles = store::PeopleStore::roles_of(self, account_id).await?;
        let roles = roles.into_iter().map(|line| model::RoleHeld { role: line.role, unit: line.unit }).collect();
        let locale = locale.as_deref().and_then(Locale::parse);
        Ok(Some(model::AccountSummary { name, staff_number, email, institution, unit, cadre, roles, locale }))
    }

    async fn set_account_locale(&self, account_id: AccountId, locale: Option<Locale>) -> StoreResult<()> {
        sqlx::query("UPDATE accounts SET locale = $1 WHERE id = $2")
            .bind(locale.map(Locale::code))
            .bind(account_id)
            .execute(&mut *self.write_connection().await?)
            .await?;
        Ok(())
    }

    async fn institution_locales(&self) -> StoreResult<Vec<(String, Option<Locale>)>> {
        let rows: Vec<(String, Option<String>)> =
            sqlx::query_as("SELECT slug, default_locale FROM institutions ORDER BY name").fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(|(slug, code)| (slug, code.as_deref().and_then(Locale::parse))).collect())
    }

    async fn set_institution_locale(
        &self,
        institution_id: InstitutionId,
        locale: Option<Locale>,
        actor: &str,
    ) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let before: Option<Option<String>> =
            sqlx::query_scalar("SELECT default_locale FROM institutions WHERE id = $1")
                .bind(institution_id)
                .fetch_optional(&mut *tx)
                .await?;
        let Some(before) = before else {
            return Err(StoreError::NotFound(store::Missing::Institution(String::new())));
        };
        let after = locale.map(Locale::code);
        if before.as_deref() == after {
            return Ok(());
        }
        sqlx::query("UPDATE institutions SET default_locale = $1 WHERE id = $2")
            .bind(after)
            .bind(institution_id)
            .execute(&mut *tx)
            .await?;
        let changes = serde_json::json!({ "default_locale": [before, after] });
        let entry = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::InstitutionLocale,
            RecordType::Institution,
            institution_id,
            changes,
        );
        audit::commit(self, tx, &entry).await
    }

    async fn password_hash(&self, account_id: AccountId) -> StoreResult<Option<String>> {
        let hash: Option<Option<String>> = sqlx::query_scalar("SELECT password_hash FROM accounts WHERE id = $1")
            .bind(account_id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(hash.flatten())
    }

    async fn set_password(
        &self,
        account_id: AccountId,
        password_hash: &str,
        keep_session: Option<&str>,
        actor: &str,
    ) -> StoreResult<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let now = self.clock.now();
        let institution_id = store_password(&mut tx, account_id, password_hash, now).await?;
        end_sessions(&mut tx, account_id, keep_session).await?;
        // A pending reset link would undo the change it was not asked for.
        Self::withdraw_links(&mut tx, account_id, now).await?;
        let ended = if keep_session.is_some() { "others" } else { "all" };
        let changes = serde_json::json!({ "password": "changed", "sessions_ended": ended });
        let entry = audit::entry(
            actor,
            Some(institution_id),
            AuditAction::AccountPassword,
            RecordType::Account,
            account_id,
            changes,
        );
        audit::commit(self, tx, &entry).await
    }

    async fn invitation(&self, token_hash: &str) -> StoreResult<Option<store::InvitationInfo>> {
        let row: Option<(AccountId, String, i64, Option<i64>, String, String, Option<String>)> = sqlx::query_as(
            "SELECT i.account_id, i.purpose, i.expires_at, i.used_at, p.given_name || ' ' || p.family_name, \
             p.staff_number, p.email FROM invitations i JOIN accounts a ON a.id = i.account_id \
             JOIN persons p ON p.id = a.person_id WHERE i.token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|(account_id, purpose, expires_at, used_at, name, staff_number, email)| store::InvitationInfo {
            account_id,
            // The schema's CHECK allows only the two words.
            purpose: store::InvitationPurpose::parse(&purpose).unwrap_or(store::InvitationPurpose::Activate),
            expires_at,
            used: used_at.is_some(),
            name,
            staff_number,
            email,
        }))
    }

    async fn redeem_invitation(&self, token_hash: &str, password_hash: &str, now: i64) -> StoreResult<AccountId> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let account_id: Option<AccountId> = sqlx::query_scalar(
            "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
             RETURNING account_id",
        )
        .bind(now)
        .bind(token_hash)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(account_id) = account_id else {
            return Err(StoreError::Refused(Refusal::InvitationUnusable));
        };
        let institution_id = store_password(&mut tx, account_id, password_hash, now).await?;
        end_sessions(&mut tx, account_id, None).await?;
        // Every other link of the account stops working too.
        Self::withdraw_links(&mut tx, account_id, now).await?;
        let changes = serde_json::json!({ "password": "set_by_link", "sessions_ended": "all" });
        let actor = format!("account:{account_id}");
        let entry = audit::entry(
            &actor,
            Some(institution_id),
            AuditAction::AccountPassword,
            RecordType::Account,
            account_id,
            changes,
        );
        audit::commit(self, tx, &entry).await?;
        Ok(account_id)
    }

    async fn account_by_login(&self, institution_slug: &str, login: &str) -> StoreResult<Option<AccountId>> {
        Ok(sqlx::query_scalar(
            "SELECT a.id FROM accounts a JOIN persons p ON p.id = a.person_id \
             JOIN institutions i ON i.id = p.institution_id \
             WHERE i.slug = $1 AND (p.staff_number = $2 OR p.email = $3)",
        )
        .bind(institution_slug)
        .bind(login.trim())
        .bind(login.trim().to_lowercase())
        .fetch_optional(&self.pool)
        .await?)
    }
}

impl Backend {
    /// Withdraws every unused link (activation or reset) of an
    /// account, inside the caller's transaction: done whenever the
    /// account changes so that a link issued before would do more
    /// than its issuer could now (a new password, a lock, a new role).
    pub(super) async fn withdraw_links(
        tx: &mut sqlx::Transaction<'_, Db>,
        account_id: AccountId,
        now: i64,
    ) -> StoreResult<()> {
        sqlx::query("UPDATE invitations SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL")
            .bind(now)
            .bind(account_id)
            .execute(&mut **tx)
            .await?;
        Ok(())
    }
}

/// The institution of account `account_id`, read inside the open
/// transaction `tx` (the audit entries of account changes name it).
pub(super) async fn account_institution(
    tx: &mut sqlx::Transaction<'_, Db>,
    account_id: AccountId,
) -> StoreResult<InstitutionId> {
    Ok(sqlx::query_scalar(
        "SELECT p.institution_id FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.id = $1",
    )
    .bind(account_id)
    .fetch_one(&mut **tx)
    .await?)
}

/// Sets the password of account `account_id` inside `tx` (its failed
/// attempts forgotten): returns the account's institution.
async fn store_password(
    tx: &mut sqlx::Transaction<'_, Db>,
    account_id: AccountId,
    password_hash: &str,
    now: i64,
) -> StoreResult<InstitutionId> {
    Ok(sqlx::query_scalar(
        "UPDATE accounts SET password_hash = $1, password_changed_at = $2, failed_attempts = 0 \
         WHERE id = $3 RETURNING (SELECT institution_id FROM persons WHERE persons.id = accounts.person_id)",
    )
    .bind(password_hash)
    .bind(now)
    .bind(account_id)
    .fetch_one(&mut **tx)
    .await?)
}

/// Ends every session of account `account_id` inside `tx`, but the one
/// whose id hashes to `keep` (the caller's own, when it stays signed in).
pub(super) async fn end_sessions(
    tx: &mut sqlx::Transaction<'_, Db>,
    account_id: AccountId,
    keep: Option<&str>,
) -> StoreResult<()> {
    // No session's id hash is empty, so "" keeps none.
    sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id_hash <> $2")
        .bind(account_id)
        .bind(keep.unwrap_or(""))
        .execute(&mut **tx)
        .await?;
    Ok(())
}
