//! The queries of [`AccessStore`](tutela_app::store::AccessStore), written
//! once for both backends like `queries.rs`. Every change appends its audit
//! entry inside its own transaction.

/// The institution of account `$account`, read inside the open transaction
/// `$tx` (the audit entries of account changes name it).
macro_rules! account_institution {
    ($tx:expr, $account:expr) => {{
        let institution_id: i64 = sqlx::query_scalar(
            "SELECT p.institution_id FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.id = $1",
        )
        .bind($account)
        .fetch_one(&mut *$tx)
        .await
        .map_err($crate::db::db_error)?;
        institution_id
    }};
}

macro_rules! access_impl {
    ($store:ty, $db:ty) => {
        #[async_trait::async_trait]
        impl tutela_app::store::AccessStore for $store {
            async fn create_person(
                &self,
                person: &tutela_app::store::access::NewPerson,
                actor: &str,
            ) -> tutela_app::store::StoreResult<i64> {
                use tutela_app::store::StoreError;
                use $crate::db::db_error as e;
                if person.staff_number.contains('@') || person.staff_number.trim().is_empty() {
                    // A login with `@` is an email, so such a staff number could never sign in.
                    return Err(StoreError::Conflict(format!(
                        "staff number `{}` must not be empty or contain `@`",
                        person.staff_number
                    )));
                }
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let institution_id: i64 = sqlx::query_scalar("SELECT id FROM institutions WHERE slug = $1")
                    .bind(&person.institution_slug)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?
                    .ok_or_else(|| StoreError::Conflict(format!("there is no institution `{}`", person.institution_slug)))?;
                let unit_id: i64 = sqlx::query_scalar("SELECT id FROM units WHERE institution_id = $1 AND code = $2")
                    .bind(institution_id)
                    .bind(&person.unit_code)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?
                    .ok_or_else(|| StoreError::Conflict(format!("there is no unit `{}` in this institution", person.unit_code)))?;
                let cadre_id: i64 = sqlx::query_scalar("SELECT id FROM cadres WHERE slug = $1 AND retired_at IS NULL")
                    .bind(&person.cadre_slug)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?
                    .ok_or_else(|| StoreError::Conflict(format!("there is no cadre `{}`", person.cadre_slug)))?;
                let taken: Option<i64> =
                    sqlx::query_scalar("SELECT id FROM persons WHERE institution_id = $1 AND staff_number = $2")
                        .bind(institution_id)
                        .bind(&person.staff_number)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(e)?;
                if taken.is_some() {
                    return Err(StoreError::Conflict(format!("staff number `{}` is already in use", person.staff_number)));
                }
                let email = person.email.as_ref().map(|email| email.trim().to_lowercase());
                if let Some(email) = &email {
                    let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM persons WHERE email = $1")
                        .bind(email)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(e)?;
                    if taken.is_some() {
                        return Err(StoreError::Conflict(format!("email `{email}` is already in use")));
                    }
                }
                let now = $crate::db::now();
                let person_id: i64 = sqlx::query_scalar(
                    "INSERT INTO persons (institution_id, staff_number, given_name, family_name, email, cadre_id, unit_id, \
                     hire_date, status, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'active', $9, $9) RETURNING id",
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
                .map_err(e)?;
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
                .await
                .map_err(e)?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "person.create".into(),
                    record_type: "person".into(),
                    record_id: person_id.to_string(),
                    changes: serde_json::json!({
                        "staff_number": person.staff_number,
                        "given_name": person.given_name,
                        "family_name": person.family_name,
                        "email": email,
                        "cadre": person.cadre_slug,
                        "unit": person.unit_code,
                        "hire_date": person.hire_date,
                        "status": "active",
                    })
                    .to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)?;
                Ok(person_id)
            }

            async fn create_account(
                &self,
                person_id: i64,
                password_hash: Option<&str>,
                actor: &str,
            ) -> tutela_app::store::StoreResult<i64> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let institution_id: i64 = sqlx::query_scalar("SELECT institution_id FROM persons WHERE id = $1")
                    .bind(person_id)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(e)?;
                let now = $crate::db::now();
                let account_id: i64 = sqlx::query_scalar(
                    "INSERT INTO accounts (person_id, password_hash, password_changed_at, created_at) \
                     VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(person_id)
                .bind(password_hash)
                .bind(password_hash.map(|_| now))
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "account.create".into(),
                    record_type: "account".into(),
                    record_id: account_id.to_string(),
                    changes: serde_json::json!({ "person_id": person_id, "password_set": password_hash.is_some() })
                        .to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)?;
                Ok(account_id)
            }

            async fn grant_role(
                &self,
                account_id: i64,
                role: tutela_app::store::access::Role,
                unit_code: Option<&str>,
                actor: &str,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let unit_id: Option<i64> = match unit_code {
                    Some(code) => Some(
                        sqlx::query_scalar(
                            "SELECT u.id FROM units u JOIN persons p ON p.institution_id = u.institution_id \
                             JOIN accounts a ON a.person_id = p.id WHERE a.id = $1 AND u.code = $2",
                        )
                        .bind(account_id)
                        .bind(code)
                        .fetch_optional(&self.pool)
                        .await
                        .map_err(e)?
                        .ok_or_else(|| {
                            tutela_app::store::StoreError::Conflict(format!("there is no unit `{code}` in this institution"))
                        })?,
                    ),
                    None => None,
                };
                self.grant_role_on(account_id, role, unit_id, actor).await
            }

            async fn sign_in_candidates(
                &self,
                login: &str,
            ) -> tutela_app::store::StoreResult<Vec<tutela_app::store::access::SignInCandidate>> {
                let login = login.trim();
                // An `@` makes it an email, never a staff number (which cannot hold one).
                let (column, value) = if login.contains('@') {
                    ("p.email", login.to_lowercase())
                } else {
                    ("p.staff_number", login.to_string())
                };
                let rows: Vec<(i64, i64, i64, String, Option<String>, Option<i64>, i64)> = sqlx::query_as(&format!(
                    "SELECT a.id, p.id, p.institution_id, i.slug, a.password_hash, a.locked_until, \
                     CAST(CASE WHEN a.disabled_at IS NOT NULL OR p.status <> 'active' THEN 1 ELSE 0 END AS BIGINT) \
                     FROM accounts a JOIN persons p ON p.id = a.person_id JOIN institutions i ON i.id = p.institution_id \
                     WHERE {column} = $1 ORDER BY i.name",
                ))
                .bind(value)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(account_id, person_id, institution_id, institution_slug, password_hash, locked_until, barred)| {
                        tutela_app::store::access::SignInCandidate {
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

            async fn sign_in_failures(
                &self,
                subject: &str,
                address: &str,
            ) -> tutela_app::store::StoreResult<Option<tutela_app::store::access::FailureRecord>> {
                let row: Option<(i64, i64, Option<i64>)> = sqlx::query_as(
                    "SELECT failures, last_failed_at, locked_until FROM sign_in_failures WHERE subject = $1 AND address = $2",
                )
                .bind(subject)
                .bind(address)
                .fetch_optional(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(row.map(|(failures, last_failed_at, locked_until)| tutela_app::store::access::FailureRecord {
                    failures,
                    last_failed_at,
                    locked_until,
                }))
            }

            async fn record_failed_sign_in(
                &self,
                subject: &str,
                account_id: Option<i64>,
                address: &str,
                now: i64,
                policy: tutela_app::store::access::LockoutPolicy,
            ) -> tutela_app::store::StoreResult<tutela_app::store::access::FailureRecord> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
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
                .await
                .map_err(e)?;
                let mut record = tutela_app::store::access::FailureRecord { failures, last_failed_at: now, locked_until };
                if let Some(until) = policy.lock_after(failures, now) {
                    record.locked_until = Some(until);
                    sqlx::query("UPDATE sign_in_failures SET locked_until = $1 WHERE subject = $2 AND address = $3")
                        .bind(until)
                        .bind(subject)
                        .bind(address)
                        .execute(&mut *tx)
                        .await
                        .map_err(e)?;
                    if let Some(account_id) = account_id {
                        let institution_id = $crate::db::access::account_institution!(tx, account_id);
                        let entry = tutela_app::store::NewAuditEntry {
                            actor: "system: sign-in limit".into(),
                            institution_id: Some(institution_id),
                            action: "account.lock".into(),
                            record_type: "account".into(),
                            record_id: account_id.to_string(),
                            changes: serde_json::json!({
                                "failed_attempts": failures,
                                "locked_until": until,
                                "against_address": address,
                            })
                            .to_string(),
                        };
                        $crate::db::queries::append_audit!(self, tx, &entry).await?;
                    }
                }
                tx.commit().await.map_err(e)?;
                Ok(record)
            }

            async fn start_session(
                &self,
                session: &tutela_app::store::access::NewSession,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
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
                .await
                .map_err(e)?;
                sqlx::query("DELETE FROM sign_in_failures WHERE account_id = $1 AND address = $2")
                    .bind(session.account_id)
                    .bind(&session.address)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                tx.commit().await.map_err(e)
            }

            async fn record_sign_in(&self, event: &tutela_app::store::access::SignInEvent) -> tutela_app::store::StoreResult<()> {
                sqlx::query(
                    "INSERT INTO sign_in_events (at, account_id, institution_id, address, outcome) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(event.at)
                .bind(event.account_id)
                .bind(event.institution_id)
                .bind(&event.address)
                .bind(event.outcome.as_str())
                .execute(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(())
            }

            async fn sign_in_log(
                &self,
                scopes: Option<&[String]>,
                outcome: &str,
                before: Option<i64>,
                limit: i64,
            ) -> tutela_app::store::StoreResult<Vec<tutela_app::model::SignInRow>> {
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
                type Row = (i64, i64, Option<i64>, Option<String>, Option<String>, String, String);
                let mut query = sqlx::query_as::<_, Row>(&sql).bind(outcome).bind(before.unwrap_or(i64::MAX)).bind(limit);
                for scope in scopes.unwrap_or_default() {
                    query = query.bind(scope);
                }
                let rows = query.fetch_all(&self.pool).await.map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, at, person, name, staff_number, address, outcome)| tutela_app::model::SignInRow {
                        id,
                        at: tutela_app::model::utc_label(at),
                        person: person.map(|person| (person, name.unwrap_or_default(), staff_number.unwrap_or_default())),
                        address,
                        outcome: tutela_app::store::access::SignInOutcome::parse(&outcome)
                            .map(|o| o.label().to_string())
                            .unwrap_or(outcome),
                    })
                    .collect())
            }

            async fn prune_sign_ins(&self, events_before: i64, failures_before: i64) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                sqlx::query("DELETE FROM sign_in_events WHERE at < $1")
                    .bind(events_before)
                    .execute(&self.pool)
                    .await
                    .map_err(e)?;
                sqlx::query("DELETE FROM sign_in_failures WHERE last_failed_at < $1 AND (locked_until IS NULL OR locked_until < $2)")
                    .bind(failures_before)
                    .bind(failures_before)
                    .execute(&self.pool)
                    .await
                    .map_err(e)?;
                Ok(())
            }

            async fn lock_account(&self, account_id: i64, actor: &str) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let institution_id: i64 = sqlx::query_scalar(
                    "UPDATE accounts SET locked_until = $1 WHERE id = $2 \
                     RETURNING (SELECT institution_id FROM persons WHERE persons.id = accounts.person_id)",
                )
                .bind($crate::db::access::LOCKED_BY_ADMINISTRATOR)
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                // A locked account signs out everywhere, and no link it was
                // sent may set a password while it is locked.
                sqlx::query("DELETE FROM sessions WHERE account_id = $1")
                    .bind(account_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                Self::withdraw_links(&mut tx, account_id, $crate::db::now()).await?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "account.lock".into(),
                    record_type: "account".into(),
                    record_id: account_id.to_string(),
                    changes: serde_json::json!({ "locked": "until an administrator unlocks it", "sessions": "ended", "links": "withdrawn" })
                        .to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)
            }

            async fn session(
                &self,
                id_hash: &str,
            ) -> tutela_app::store::StoreResult<Option<tutela_app::store::access::SessionInfo>> {
                let row: Option<(i64, i64, i64, String, String, i64, i64, i64)> = sqlx::query_as(
                    "SELECT a.id, p.id, p.institution_id, p.given_name || ' ' || p.family_name, s.csrf_token, \
                     s.last_seen_at, s.expires_at, \
                     CAST(CASE WHEN a.disabled_at IS NOT NULL OR p.status <> 'active' \
                     OR a.locked_until >= 253402300799 THEN 1 ELSE 0 END AS BIGINT) \
                     FROM sessions s JOIN accounts a ON a.id = s.account_id JOIN persons p ON p.id = a.person_id \
                     WHERE s.id_hash = $1",
                )
                .bind(id_hash)
                .fetch_optional(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                let Some((account_id, person_id, institution_id, name, csrf_token, last_seen_at, expires_at, barred)) = row
                else {
                    return Ok(None);
                };
                let grants: Vec<(String, Option<String>)> = sqlx::query_as(
                    "SELECT g.role, u.path FROM role_grants g LEFT JOIN units u ON u.id = g.unit_id \
                     WHERE g.account_id = $1 AND g.revoked_at IS NULL ORDER BY g.id",
                )
                .bind(account_id)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                let grants = grants
                    .into_iter()
                    .filter_map(|(role, unit_path)| {
                        tutela_app::model::Role::parse(&role).map(|role| tutela_app::model::Grant { role, unit_path })
                    })
                    .collect();
                Ok(Some(tutela_app::store::access::SessionInfo {
                    account_id,
                    person_id,
                    institution_id,
                    name,
                    csrf_token,
                    last_seen_at,
                    expires_at,
                    barred: barred != 0,
                    grants,
                }))
            }

            async fn touch_session(&self, id_hash: &str, now: i64) -> tutela_app::store::StoreResult<()> {
                sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE id_hash = $2")
                    .bind(now)
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await
                    .map_err($crate::db::db_error)?;
                Ok(())
            }

            async fn end_session(&self, id_hash: &str) -> tutela_app::store::StoreResult<()> {
                sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
                    .bind(id_hash)
                    .execute(&self.pool)
                    .await
                    .map_err($crate::db::db_error)?;
                Ok(())
            }

            async fn account_summary(
                &self,
                account_id: i64,
            ) -> tutela_app::store::StoreResult<Option<tutela_app::model::AccountSummary>> {
                use $crate::db::db_error as e;
                let row: Option<(String, String, Option<String>, String, String, String)> = sqlx::query_as(
                    "SELECT p.given_name || ' ' || p.family_name, p.staff_number, p.email, i.name, u.name, c.name \
                     FROM accounts a JOIN persons p ON p.id = a.person_id JOIN institutions i ON i.id = p.institution_id \
                     JOIN units u ON u.id = p.unit_id JOIN cadres c ON c.id = p.cadre_id WHERE a.id = $1",
                )
                .bind(account_id)
                .fetch_optional(&self.pool)
                .await
                .map_err(e)?;
                let Some((name, staff_number, email, institution, unit, cadre)) = row else { return Ok(None) };
                let grants: Vec<(String, Option<String>)> = sqlx::query_as(
                    "SELECT g.role, u.name FROM role_grants g LEFT JOIN units u ON u.id = g.unit_id \
                     WHERE g.account_id = $1 AND g.revoked_at IS NULL ORDER BY g.id",
                )
                .bind(account_id)
                .fetch_all(&self.pool)
                .await
                .map_err(e)?;
                let mut roles = vec!["Learner".to_string()];
                for (role, unit) in grants {
                    let label = tutela_app::store::access::Role::parse(&role).map(|r| r.label()).unwrap_or("Unknown role");
                    roles.push(format!("{label}, {}", unit.unwrap_or_else(|| "whole deployment".into())));
                }
                Ok(Some(tutela_app::model::AccountSummary { name, staff_number, email, institution, unit, cadre, roles }))
            }

            async fn password_hash(&self, account_id: i64) -> tutela_app::store::StoreResult<Option<String>> {
                let hash: Option<Option<String>> = sqlx::query_scalar("SELECT password_hash FROM accounts WHERE id = $1")
                    .bind(account_id)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err($crate::db::db_error)?;
                Ok(hash.flatten())
            }

            async fn set_password(
                &self,
                account_id: i64,
                password_hash: &str,
                keep_session: Option<&str>,
                actor: &str,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let now = $crate::db::now();
                let institution_id: i64 = sqlx::query_scalar(
                    "UPDATE accounts SET password_hash = $1, password_changed_at = $2, failed_attempts = 0 \
                     WHERE id = $3 RETURNING (SELECT institution_id FROM persons WHERE persons.id = accounts.person_id)",
                )
                .bind(password_hash)
                .bind(now)
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                sqlx::query("DELETE FROM sessions WHERE account_id = $1 AND id_hash <> $2")
                    .bind(account_id)
                    .bind(keep_session.unwrap_or(""))
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                // A pending reset link would undo the change it was not asked for.
                Self::withdraw_links(&mut tx, account_id, now).await?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "account.password".into(),
                    record_type: "account".into(),
                    record_id: account_id.to_string(),
                    changes: serde_json::json!({ "password": "changed", "other_sessions": "ended" }).to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)
            }

            async fn unlock_account(&self, account_id: i64, actor: &str) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let institution_id: i64 = sqlx::query_scalar(
                    "UPDATE accounts SET locked_until = NULL, failed_attempts = 0 WHERE id = $1 \
                     RETURNING (SELECT institution_id FROM persons WHERE persons.id = accounts.person_id)",
                )
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                sqlx::query("DELETE FROM sign_in_failures WHERE account_id = $1")
                    .bind(account_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "account.unlock".into(),
                    record_type: "account".into(),
                    record_id: account_id.to_string(),
                    changes: serde_json::json!({ "locked_until": null }).to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)
            }

            async fn create_invitation(
                &self,
                account_id: i64,
                purpose: tutela_app::store::access::InvitationPurpose,
                token_hash: &str,
                expires_at: i64,
                actor: &str,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let now = $crate::db::now();
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
                .await
                .map_err(e)?;
                let institution_id = $crate::db::access::account_institution!(tx, account_id);
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "account.invite".into(),
                    record_type: "account".into(),
                    record_id: account_id.to_string(),
                    changes: serde_json::json!({ "purpose": purpose.as_str(), "expires_at": expires_at }).to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)
            }

            async fn invitation(
                &self,
                token_hash: &str,
            ) -> tutela_app::store::StoreResult<Option<tutela_app::store::access::InvitationInfo>> {
                let row: Option<(i64, String, i64, Option<i64>, String, String, Option<String>)> = sqlx::query_as(
                    "SELECT i.account_id, i.purpose, i.expires_at, i.used_at, p.given_name || ' ' || p.family_name, \
                     p.staff_number, p.email FROM invitations i JOIN accounts a ON a.id = i.account_id \
                     JOIN persons p ON p.id = a.person_id WHERE i.token_hash = $1",
                )
                .bind(token_hash)
                .fetch_optional(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(row.map(|(account_id, purpose, expires_at, used_at, name, staff_number, email)| {
                    tutela_app::store::access::InvitationInfo {
                        account_id,
                        purpose: if purpose == "reset" {
                            tutela_app::store::access::InvitationPurpose::Reset
                        } else {
                            tutela_app::store::access::InvitationPurpose::Activate
                        },
                        expires_at,
                        used: used_at.is_some(),
                        name,
                        staff_number,
                        email,
                    }
                }))
            }

            async fn redeem_invitation(
                &self,
                token_hash: &str,
                password_hash: &str,
                now: i64,
            ) -> tutela_app::store::StoreResult<i64> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let account_id: Option<i64> = sqlx::query_scalar(
                    "UPDATE invitations SET used_at = $1 WHERE token_hash = $2 AND used_at IS NULL AND expires_at > $1 \
                     RETURNING account_id",
                )
                .bind(now)
                .bind(token_hash)
                .fetch_optional(&mut *tx)
                .await
                .map_err(e)?;
                let Some(account_id) = account_id else {
                    return Err(tutela_app::store::StoreError::Conflict(
                        "this link has expired or was already used".into(),
                    ));
                };
                let institution_id: i64 = sqlx::query_scalar(
                    "UPDATE accounts SET password_hash = $1, password_changed_at = $2, failed_attempts = 0 \
                     WHERE id = $3 RETURNING (SELECT institution_id FROM persons WHERE persons.id = accounts.person_id)",
                )
                .bind(password_hash)
                .bind(now)
                .bind(account_id)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                sqlx::query("DELETE FROM sessions WHERE account_id = $1")
                    .bind(account_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                // Every other link of the account stops working too.
                Self::withdraw_links(&mut tx, account_id, now).await?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: format!("account:{account_id}"),
                    institution_id: Some(institution_id),
                    action: "account.password".into(),
                    record_type: "account".into(),
                    record_id: account_id.to_string(),
                    changes: serde_json::json!({ "password": "set with an invitation", "other_sessions": "ended" })
                        .to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)?;
                Ok(account_id)
            }

            async fn account_by_login(
                &self,
                institution_slug: &str,
                login: &str,
            ) -> tutela_app::store::StoreResult<Option<i64>> {
                sqlx::query_scalar(
                    "SELECT a.id FROM accounts a JOIN persons p ON p.id = a.person_id \
                     JOIN institutions i ON i.id = p.institution_id \
                     WHERE i.slug = $1 AND (p.staff_number = $2 OR p.email = $3)",
                )
                .bind(institution_slug)
                .bind(login.trim())
                .bind(login.trim().to_lowercase())
                .fetch_optional(&self.pool)
                .await
                .map_err($crate::db::db_error)
            }
            async fn people(
                &self,
                scopes: Option<&[String]>,
                query: &tutela_app::model::PeopleQuery,
                limit: i64,
            ) -> tutela_app::store::StoreResult<(Vec<tutela_app::model::PersonRow>, i64)> {
                use $crate::db::db_error as e;
                // One WHERE clause, built with bound values only, for the count and the page.
                let filter = |builder: &mut sqlx::QueryBuilder<'_, $db>| {
                    builder.push(" WHERE 1 = 1");
                    if let Some(scopes) = scopes {
                        builder.push(" AND (1 = 0");
                        for scope in scopes {
                            builder.push(" OR u.path LIKE ").push_bind(format!("{scope}%"));
                        }
                        builder.push(")");
                    }
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
                        builder.push(" AND u.path LIKE (SELECT path FROM units WHERE id = ").push_bind(unit).push(") || '%'");
                    }
                    if !query.cadre.is_empty() {
                        builder.push(" AND c.slug = ").push_bind(query.cadre.clone());
                    }
                    if query.status == "active" || query.status == "left" {
                        builder.push(" AND p.status = ").push_bind(query.status.clone());
                    }
                };
                let from = " FROM persons p JOIN units u ON u.id = p.unit_id JOIN cadres c ON c.id = p.cadre_id \
                            LEFT JOIN accounts a ON a.person_id = p.id";
                let mut count = sqlx::QueryBuilder::<$db>::new("SELECT COUNT(*)");
                count.push(from);
                filter(&mut count);
                let total: i64 = count.build_query_scalar().fetch_one(&self.pool).await.map_err(e)?;

                let mut select = sqlx::QueryBuilder::<$db>::new(
                    "SELECT p.id, p.staff_number, p.given_name || ' ' || p.family_name, c.name, u.name, p.status, \
                     a.id, a.password_hash IS NOT NULL, \
                     (SELECT MAX(l.until) FROM (SELECT a.locked_until AS until UNION ALL SELECT f.locked_until FROM sign_in_failures f WHERE f.account_id = a.id) l)",
                );
                select.push(from);
                filter(&mut select);
                let offset = (query.page.max(1) - 1) * limit;
                select.push(" ORDER BY p.family_name, p.given_name, p.id LIMIT ").push_bind(limit).push(" OFFSET ").push_bind(offset);
                type Row = (i64, String, String, String, String, String, Option<i64>, Option<bool>, Option<i64>);
                let rows: Vec<Row> = select.build_query_as().fetch_all(&self.pool).await.map_err(e)?;
                let now = $crate::db::now();
                let rows = rows
                    .into_iter()
                    .map(|(id, staff_number, name, cadre, unit, status, account, has_password, locked_until)| {
                        tutela_app::model::PersonRow {
                            id,
                            staff_number,
                            name,
                            cadre,
                            unit,
                            status,
                            account: $crate::db::access::account_state(account, has_password, locked_until, now),
                        }
                    })
                    .collect();
                Ok((rows, total))
            }

            async fn unit_choices(
                &self,
                scopes: Option<&[String]>,
            ) -> tutela_app::store::StoreResult<Vec<tutela_app::model::Choice>> {
                let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
                    "SELECT u.id, u.name, u.path, i.name FROM units u JOIN institutions i ON i.id = u.institution_id \
                     ORDER BY i.name, u.path",
                )
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .filter(|(_, _, path, _)| scopes.is_none_or(|scopes| scopes.iter().any(|s| path.starts_with(s.as_str()))))
                    .map(|(id, name, path, institution)| {
                        let depth = path.matches('/').count().saturating_sub(2);
                        let label = if scopes.is_none() && depth == 0 { format!("{name} ({institution})") } else { name };
                        tutela_app::model::Choice { value: id.to_string(), label: format!("{}{label}", "\u{2003}".repeat(depth)) }
                    })
                    .collect())
            }

            async fn cadre_choices(&self) -> tutela_app::store::StoreResult<Vec<tutela_app::model::Choice>> {
                let rows: Vec<(String, String)> =
                    sqlx::query_as("SELECT slug, name FROM cadres WHERE retired_at IS NULL ORDER BY name")
                        .fetch_all(&self.pool)
                        .await
                        .map_err($crate::db::db_error)?;
                Ok(rows.into_iter().map(|(value, label)| tutela_app::model::Choice { value, label }).collect())
            }

            async fn person(
                &self,
                person_id: i64,
            ) -> tutela_app::store::StoreResult<Option<tutela_app::model::PersonDetail>> {
                use $crate::db::db_error as e;
                type Row = (
                    String, String, Option<String>, String, String, String, String, String, String, Option<String>,
                    Option<i64>, Option<bool>, Option<i64>,
                );
                let row: Option<Row> = sqlx::query_as(
                    "SELECT p.staff_number, p.given_name || ' ' || p.family_name, p.email, i.name, u.name, u.path, c.name, \
                     p.hire_date, p.status, p.left_on, a.id, a.password_hash IS NOT NULL, \
                     (SELECT MAX(l.until) FROM (SELECT a.locked_until AS until UNION ALL SELECT f.locked_until FROM sign_in_failures f WHERE f.account_id = a.id) l) \
                     FROM persons p JOIN institutions i ON i.id = p.institution_id JOIN units u ON u.id = p.unit_id \
                     JOIN cadres c ON c.id = p.cadre_id LEFT JOIN accounts a ON a.person_id = p.id WHERE p.id = $1",
                )
                .bind(person_id)
                .fetch_optional(&self.pool)
                .await
                .map_err(e)?;
                let Some((staff_number, name, email, institution, unit, unit_path, cadre, hire_date, status, left_on, account, has_password, locked_until)) = row else {
                    return Ok(None);
                };
                let placements: Vec<(String, String, String, String, Option<String>)> = sqlx::query_as(
                    "SELECT u.name, c.name, pl.status, pl.valid_from, pl.valid_to FROM person_placements pl \
                     JOIN units u ON u.id = pl.unit_id JOIN cadres c ON c.id = pl.cadre_id \
                     WHERE pl.person_id = $1 ORDER BY pl.valid_from DESC, pl.id DESC",
                )
                .bind(person_id)
                .fetch_all(&self.pool)
                .await
                .map_err(e)?;
                Ok(Some(tutela_app::model::PersonDetail {
                    id: person_id,
                    staff_number,
                    name,
                    email,
                    institution,
                    unit,
                    unit_path,
                    cadre,
                    hire_date,
                    status,
                    left_on,
                    placements: placements
                        .into_iter()
                        .map(|(unit, cadre, status, from, to)| tutela_app::model::Placement { unit, cadre, status, from, to })
                        .collect(),
                    account: $crate::db::access::account_state(account, has_password, locked_until, $crate::db::now()),
                    new_link: None,
                    roles: Vec::new(),
                    role_units: Vec::new(),
                    may_act: false,
                }))
            }

            async fn institution_id(&self, slug: &str) -> tutela_app::store::StoreResult<Option<i64>> {
                sqlx::query_scalar("SELECT id FROM institutions WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }

            async fn institutions(&self) -> tutela_app::store::StoreResult<Vec<(i64, String, String)>> {
                sqlx::query_as("SELECT id, slug, name FROM institutions ORDER BY name, id")
                    .fetch_all(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }

            async fn institution_units(
                &self,
                institution_id: i64,
            ) -> tutela_app::store::StoreResult<Vec<tutela_app::store::access::UnitRef>> {
                let rows: Vec<(i64, Option<i64>, String, String, String)> = sqlx::query_as(
                    "SELECT id, parent_id, code, name, path FROM units WHERE institution_id = $1 ORDER BY path",
                )
                .bind(institution_id)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, parent_id, code, name, path)| tutela_app::store::access::UnitRef { id, parent_id, code, name, path })
                    .collect())
            }

            async fn roster(
                &self,
                institution_id: i64,
            ) -> tutela_app::store::StoreResult<Vec<tutela_app::store::access::KnownPerson>> {
                type Row = (i64, String, String, String, Option<String>, i64, i64, String, String, Option<String>);
                let rows: Vec<Row> = sqlx::query_as(
                    "SELECT id, staff_number, given_name, family_name, email, cadre_id, unit_id, hire_date, status, left_on \
                     FROM persons WHERE institution_id = $1",
                )
                .bind(institution_id)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, staff_number, given_name, family_name, email, cadre_id, unit_id, hire_date, status, left_on)| {
                        tutela_app::store::access::KnownPerson {
                            id,
                            entry: tutela_app::store::access::RosterEntry {
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

            async fn emails_elsewhere(&self, institution_id: i64) -> tutela_app::store::StoreResult<Vec<String>> {
                sqlx::query_scalar("SELECT email FROM persons WHERE institution_id <> $1 AND email IS NOT NULL")
                    .bind(institution_id)
                    .fetch_all(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }

            async fn cadre_refs(&self) -> tutela_app::store::StoreResult<Vec<(i64, String, String, bool)>> {
                let rows: Vec<(i64, String, String, Option<i64>)> =
                    sqlx::query_as("SELECT id, slug, name, retired_at FROM cadres ORDER BY id")
                        .fetch_all(&self.pool)
                        .await
                        .map_err($crate::db::db_error)?;
                Ok(rows.into_iter().map(|(id, slug, name, retired)| (id, slug, name, retired.is_some())).collect())
            }

            async fn apply_roster(
                &self,
                plan: &tutela_app::store::access::RosterPlan,
                actor: &str,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                self.write_roster(&mut tx, plan, actor).await?;
                tx.commit().await.map_err(e)
            }

            async fn save_roster_upload(
                &self,
                upload: &tutela_app::store::access::RosterUpload,
            ) -> tutela_app::store::StoreResult<i64> {
                sqlx::query_scalar(
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
                .fetch_one(&self.pool)
                .await
                .map_err($crate::db::db_error)
            }

            async fn roster_upload(
                &self,
                id: i64,
            ) -> tutela_app::store::StoreResult<Option<tutela_app::store::access::RosterUpload>> {
                let row: Option<(i64, i64, i64, String, Vec<u8>, i64, String, i64, Option<i64>)> = sqlx::query_as(
                    "SELECT id, institution_id, account_id, file_name, content, complete, as_of, created_at, applied_at \
                     FROM roster_uploads WHERE id = $1",
                )
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(row.map(|(id, institution_id, account_id, file_name, content, complete, as_of, created_at, applied_at)| {
                    tutela_app::store::access::RosterUpload {
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

            async fn apply_roster_upload(
                &self,
                upload_id: i64,
                plan: &tutela_app::store::access::RosterPlan,
                actor: &str,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                // The staff list itself is not kept once applied: the page
                // shows the result from the plan, and the audit log the changes.
                let marked = sqlx::query(
                    "UPDATE roster_uploads SET applied_at = $1, content = $2 WHERE id = $3 AND applied_at IS NULL",
                )
                    .bind($crate::db::now())
                    .bind(Vec::<u8>::new())
                    .bind(upload_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                if marked.rows_affected() != 1 {
                    return Err(tutela_app::store::StoreError::Conflict("this roster file was applied already".into()));
                }
                self.write_roster(&mut tx, plan, actor).await?;
                tx.commit().await.map_err(e)
            }

            async fn forget_roster_uploads(&self, created_before: i64) -> tutela_app::store::StoreResult<u64> {
                let done = sqlx::query("DELETE FROM roster_uploads WHERE created_at < $1")
                    .bind(created_before)
                    .execute(&self.pool)
                    .await
                    .map_err($crate::db::db_error)?;
                Ok(done.rows_affected())
            }

            async fn create_invitations(
                &self,
                invitations: &[tutela_app::store::access::NewInvitation],
                actor: &str,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                if invitations.is_empty() {
                    return Ok(());
                }
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let now = $crate::db::now();
                let institution_of = Self::withdraw_invitations(&mut tx, invitations, now).await?;
                let rows: Vec<[$crate::db::Cell<'_>; 6]> = invitations
                    .iter()
                    .map(|i| {
                        [
                            (&i.token_hash).into(),
                            i.account_id.into(),
                            i.purpose.as_str().into(),
                            actor.into(),
                            now.into(),
                            i.expires_at.into(),
                        ]
                    })
                    .collect();
                Self::bulk_insert(
                    &mut *tx,
                    "invitations (token_hash, account_id, purpose, created_by, created_at, expires_at)",
                    &rows,
                )
                .await
                .map_err(e)?;
                // An activation link for an account activated since the list
                // was read would replace its password: then nothing is made.
                let activated: i64 = sqlx::query_scalar(
                    "SELECT COUNT(*) FROM invitations i JOIN accounts a ON a.id = i.account_id \
                     WHERE i.created_at = $1 AND i.created_by = $2 AND i.purpose = 'activate' AND i.used_at IS NULL \
                     AND a.password_hash IS NOT NULL",
                )
                .bind(now)
                .bind(actor)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                if activated > 0 {
                    return Err(tutela_app::store::StoreError::Conflict(
                        "Some of these people activated their accounts meanwhile. Ask for the links again.".into(),
                    ));
                }
                let entries: Vec<tutela_app::store::NewAuditEntry> = invitations
                    .iter()
                    .map(|i| tutela_app::store::NewAuditEntry {
                        actor: actor.to_string(),
                        institution_id: institution_of.get(&i.account_id).copied(),
                        action: "account.invite".into(),
                        record_type: "account".into(),
                        record_id: i.account_id.to_string(),
                        changes: serde_json::json!({ "purpose": i.purpose.as_str(), "expires_at": i.expires_at })
                            .to_string(),
                    })
                    .collect();
                let (first, prev_hash) = $crate::db::queries::reserve_audits!(tx, entries.len() as i64).await?;
                let chain = $crate::audit::chain(entries, first, now, prev_hash, self.audit_key.as_ref());
                $crate::db::queries::write_audits!(tx, &chain, Self).await?;
                tx.commit().await.map_err(e)
            }

            async fn create_unit(
                &self,
                institution_id: i64,
                parent_id: Option<i64>,
                code: &str,
                name: &str,
                actor: &str,
            ) -> tutela_app::store::StoreResult<i64> {
                use tutela_app::store::StoreError;
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM units WHERE institution_id = $1 AND code = $2")
                    .bind(institution_id)
                    .bind(code)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?;
                if taken.is_some() {
                    return Err(StoreError::Conflict(format!("the code `{code}` is already used in this institution")));
                }
                let parent_path: String = match parent_id {
                    Some(parent) => sqlx::query_scalar("SELECT path FROM units WHERE id = $1 AND institution_id = $2")
                        .bind(parent)
                        .bind(institution_id)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(e)?
                        .ok_or_else(|| StoreError::Conflict("the parent unit is not in this institution".into()))?,
                    None => "/".into(),
                };
                let now = $crate::db::now();
                let unit_id: i64 = sqlx::query_scalar(
                    "INSERT INTO units (institution_id, parent_id, code, name, path, created_at) VALUES ($1, $2, $3, $4, '', $5) RETURNING id",
                )
                .bind(institution_id)
                .bind(parent_id)
                .bind(code)
                .bind(name)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                let path = format!("{parent_path}{unit_id}/");
                sqlx::query("UPDATE units SET path = $1 WHERE id = $2").bind(&path).bind(unit_id).execute(&mut *tx).await.map_err(e)?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "unit.create".into(),
                    record_type: "unit".into(),
                    record_id: unit_id.to_string(),
                    changes: serde_json::json!({ "code": code, "name": name, "path": path }).to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)?;
                Ok(unit_id)
            }

            async fn move_unit(&self, unit_id: i64, new_parent_id: i64, actor: &str) -> tutela_app::store::StoreResult<()> {
                use tutela_app::store::StoreError;
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let unit: Option<(i64, String, Option<i64>)> =
                    sqlx::query_as("SELECT institution_id, path, parent_id FROM units WHERE id = $1")
                        .bind(unit_id)
                        .fetch_optional(&mut *tx)
                        .await
                        .map_err(e)?;
                let parent: Option<(i64, String)> = sqlx::query_as("SELECT institution_id, path FROM units WHERE id = $1")
                    .bind(new_parent_id)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?;
                let (Some((institution_id, old_path, old_parent)), Some((parent_institution, parent_path))) = (unit, parent) else {
                    return Err(StoreError::Conflict("there is no such unit".into()));
                };
                if institution_id != parent_institution {
                    return Err(StoreError::Conflict("a unit can move only within its institution".into()));
                }
                if parent_path.starts_with(&old_path) {
                    return Err(StoreError::Conflict("a unit cannot move under itself or under a unit below it".into()));
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
                .await
                .map_err(e)?;
                sqlx::query("UPDATE units SET parent_id = $1 WHERE id = $2")
                    .bind(new_parent_id)
                    .bind(unit_id)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "unit.move".into(),
                    record_type: "unit".into(),
                    record_id: unit_id.to_string(),
                    changes: serde_json::json!({
                        "parent_id": [old_parent, new_parent_id], "path": [old_path, new_path], "units_moved": moved.rows_affected()
                    })
                    .to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)
            }

            async fn institution_lines(&self) -> tutela_app::store::StoreResult<Vec<(String, String, String, i64)>> {
                sqlx::query_as(
                    "SELECT i.slug, i.name, i.country, \
                     (SELECT COUNT(*) FROM persons p WHERE p.institution_id = i.id AND p.status = 'active') \
                     FROM institutions i ORDER BY i.name",
                )
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)
            }

            async fn create_institution(
                &self,
                slug: &str,
                name: &str,
                country: &str,
                root_code: &str,
                root_name: &str,
                actor: &str,
            ) -> tutela_app::store::StoreResult<i64> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM institutions WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?;
                if taken.is_some() {
                    return Err(tutela_app::store::StoreError::Conflict(format!("the slug `{slug}` is already used")));
                }
                let now = $crate::db::now();
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO institutions (slug, name, country, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
                )
                .bind(slug)
                .bind(name)
                .bind(country)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                let unit_id: i64 = sqlx::query_scalar(
                    "INSERT INTO units (institution_id, parent_id, code, name, path, created_at) VALUES ($1, NULL, $2, $3, '', $4) RETURNING id",
                )
                .bind(id)
                .bind(root_code)
                .bind(root_name)
                .bind(now)
                .fetch_one(&mut *tx)
                .await
                .map_err(e)?;
                let path = format!("/{unit_id}/");
                sqlx::query("UPDATE units SET path = $1 WHERE id = $2").bind(&path).bind(unit_id).execute(&mut *tx).await.map_err(e)?;
                for (action, record_type, record_id, changes) in [
                    ("institution.create", "institution", id, serde_json::json!({ "slug": slug, "name": name, "country": country })),
                    ("unit.create", "unit", unit_id, serde_json::json!({ "code": root_code, "name": root_name, "path": path })),
                ] {
                    let entry = tutela_app::store::NewAuditEntry {
                        actor: actor.to_string(),
                        institution_id: Some(id),
                        action: action.into(),
                        record_type: record_type.into(),
                        record_id: record_id.to_string(),
                        changes: changes.to_string(),
                    };
                    $crate::db::queries::append_audit!(self, tx, &entry).await?;
                }
                tx.commit().await.map_err(e)?;
                Ok(id)
            }

            async fn cadre_lines(&self) -> tutela_app::store::StoreResult<Vec<tutela_app::model::CadreLine>> {
                let rows: Vec<(i64, String, String, String, Option<i64>, i64)> = sqlx::query_as(
                    "SELECT c.id, c.slug, c.name, c.description, c.retired_at, \
                     (SELECT COUNT(*) FROM persons p WHERE p.cadre_id = c.id AND p.status = 'active') \
                     FROM cadres c ORDER BY c.name",
                )
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .map(|(id, slug, name, description, retired, people)| tutela_app::model::CadreLine {
                        id,
                        slug,
                        name,
                        description,
                        retired: retired.is_some(),
                        people,
                    })
                    .collect())
            }

            async fn create_cadre(&self, slug: &str, name: &str, description: &str, actor: &str) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let taken: Option<i64> = sqlx::query_scalar("SELECT id FROM cadres WHERE slug = $1")
                    .bind(slug)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?;
                if taken.is_some() {
                    return Err(tutela_app::store::StoreError::Conflict(format!("the slug `{slug}` is already used")));
                }
                let id: i64 = sqlx::query_scalar("INSERT INTO cadres (slug, name, description) VALUES ($1, $2, $3) RETURNING id")
                    .bind(slug)
                    .bind(name)
                    .bind(description)
                    .fetch_one(&mut *tx)
                    .await
                    .map_err(e)?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: None,
                    action: "cadre.create".into(),
                    record_type: "cadre".into(),
                    record_id: id.to_string(),
                    changes: serde_json::json!({ "slug": slug, "name": name, "description": description }).to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                sqlx::query("UPDATE content_state SET generation = generation + 1 WHERE id = 1").execute(&mut *tx).await.map_err(e)?;
                tx.commit().await.map_err(e)
            }

            async fn rename_cadre(&self, id: i64, name: &str, description: &str, actor: &str) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let old: Option<(String, String)> = sqlx::query_as("SELECT name, description FROM cadres WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await
                    .map_err(e)?;
                let Some((old_name, old_description)) = old else {
                    return Err(tutela_app::store::StoreError::Conflict("there is no such cadre".into()));
                };
                sqlx::query("UPDATE cadres SET name = $1, description = $2 WHERE id = $3")
                    .bind(name)
                    .bind(description)
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: None,
                    action: "cadre.rename".into(),
                    record_type: "cadre".into(),
                    record_id: id.to_string(),
                    changes: serde_json::json!({ "name": [old_name, name], "description": [old_description, description] }).to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                // Cadre names appear on cached pages.
                sqlx::query("UPDATE content_state SET generation = generation + 1 WHERE id = 1").execute(&mut *tx).await.map_err(e)?;
                tx.commit().await.map_err(e)
            }

            async fn set_cadre_retired(&self, id: i64, retired: bool, actor: &str) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let changed = sqlx::query("UPDATE cadres SET retired_at = $1 WHERE id = $2")
                    .bind(retired.then(|| $crate::db::now()))
                    .bind(id)
                    .execute(&mut *tx)
                    .await
                    .map_err(e)?;
                if changed.rows_affected() != 1 {
                    return Err(tutela_app::store::StoreError::Conflict("there is no such cadre".into()));
                }
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: None,
                    action: if retired { "cadre.retire".into() } else { "cadre.restore".into() },
                    record_type: "cadre".into(),
                    record_id: id.to_string(),
                    changes: serde_json::json!({ "retired": retired }).to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                sqlx::query("UPDATE content_state SET generation = generation + 1 WHERE id = 1").execute(&mut *tx).await.map_err(e)?;
                tx.commit().await.map_err(e)
            }

            async fn unit_path(&self, unit_id: i64) -> tutela_app::store::StoreResult<Option<String>> {
                sqlx::query_scalar("SELECT path FROM units WHERE id = $1")
                    .bind(unit_id)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }

            async fn roles_of(&self, account_id: i64) -> tutela_app::store::StoreResult<Vec<tutela_app::model::RoleLine>> {
                let rows: Vec<(i64, String, Option<String>, Option<String>)> = sqlx::query_as(
                    "SELECT g.id, g.role, u.name, u.path FROM role_grants g LEFT JOIN units u ON u.id = g.unit_id \
                     WHERE g.account_id = $1 AND g.revoked_at IS NULL ORDER BY g.id",
                )
                .bind(account_id)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .filter_map(|(grant_id, role, unit, unit_path)| {
                        tutela_app::model::Role::parse(&role).map(|role| tutela_app::model::RoleLine {
                            grant_id,
                            role,
                            scope: unit.unwrap_or_else(|| "whole deployment".into()),
                            unit_path,
                            revocable: false,
                        })
                    })
                    .collect())
            }

            async fn grant_role_on(
                &self,
                account_id: i64,
                role: tutela_app::model::Role,
                unit_id: Option<i64>,
                actor: &str,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let institution_id = $crate::db::access::account_institution!(tx, account_id);
                if unit_id.is_none() && role != tutela_app::model::Role::Admin {
                    return Err(tutela_app::store::StoreError::Conflict(
                        "only the administrator role can cover the whole deployment".into(),
                    ));
                }
                let unit_name: Option<String> = match unit_id {
                    Some(unit_id) => Some(
                        sqlx::query_scalar("SELECT name FROM units WHERE id = $1 AND institution_id = $2")
                            .bind(unit_id)
                            .bind(institution_id)
                            .fetch_optional(&mut *tx)
                            .await
                            .map_err(e)?
                            .ok_or_else(|| tutela_app::store::StoreError::Conflict("the unit is not in this person's institution".into()))?,
                    ),
                    None => None,
                };
                // A link issued before the grant was issued by someone who may
                // act on the account as it was, not as it is now.
                Self::withdraw_links(&mut tx, account_id, $crate::db::now()).await?;
                sqlx::query(
                    "INSERT INTO role_grants (account_id, role, unit_id, granted_by, granted_at) VALUES ($1, $2, $3, $4, $5)",
                )
                .bind(account_id)
                .bind(role.as_str())
                .bind(unit_id)
                .bind(actor)
                .bind($crate::db::now())
                .execute(&mut *tx)
                .await
                .map_err(e)?;
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "role.grant".into(),
                    record_type: "account".into(),
                    record_id: account_id.to_string(),
                    changes: serde_json::json!({ "role": role.as_str(), "unit": unit_name.unwrap_or_else(|| "(whole deployment)".into()) })
                        .to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)
            }

            async fn revoke_role(&self, account_id: i64, grant_id: i64, actor: &str) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let mut tx = self.pool.begin_with(Self::BEGIN_WRITE).await.map_err(e)?;
                let revoked: Option<(String, Option<i64>)> = sqlx::query_as(
                    "UPDATE role_grants SET revoked_at = $1 WHERE id = $2 AND account_id = $3 AND revoked_at IS NULL \
                     RETURNING role, unit_id",
                )
                .bind($crate::db::now())
                .bind(grant_id)
                .bind(account_id)
                .fetch_optional(&mut *tx)
                .await
                .map_err(e)?;
                let Some((role, unit_id)) = revoked else {
                    return Err(tutela_app::store::StoreError::Conflict("there is no such role to revoke".into()));
                };
                let institution_id = $crate::db::access::account_institution!(tx, account_id);
                let entry = tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(institution_id),
                    action: "role.revoke".into(),
                    record_type: "account".into(),
                    record_id: account_id.to_string(),
                    changes: serde_json::json!({ "role": role, "unit_id": unit_id, "grant": grant_id }).to_string(),
                };
                $crate::db::queries::append_audit!(self, tx, &entry).await?;
                tx.commit().await.map_err(e)
            }

            async fn grants_in(
                &self,
                institution_id: i64,
            ) -> tutela_app::store::StoreResult<Vec<(i64, tutela_app::model::Grant)>> {
                let rows: Vec<(i64, String, Option<String>)> = sqlx::query_as(
                    "SELECT p.id, g.role, u.path FROM role_grants g JOIN accounts a ON a.id = g.account_id \
                     JOIN persons p ON p.id = a.person_id LEFT JOIN units u ON u.id = g.unit_id \
                     WHERE p.institution_id = $1 AND g.revoked_at IS NULL",
                )
                .bind(institution_id)
                .fetch_all(&self.pool)
                .await
                .map_err($crate::db::db_error)?;
                Ok(rows
                    .into_iter()
                    .filter_map(|(person, role, unit_path)| {
                        tutela_app::model::Role::parse(&role).map(|role| (person, tutela_app::model::Grant { role, unit_path }))
                    })
                    .collect())
            }

            async fn account_of(&self, person_id: i64) -> tutela_app::store::StoreResult<Option<i64>> {
                sqlx::query_scalar("SELECT id FROM accounts WHERE person_id = $1")
                    .bind(person_id)
                    .fetch_optional(&self.pool)
                    .await
                    .map_err($crate::db::db_error)
            }
        }

        impl $store {
            /// Withdraws the unused invitations of the accounts `invitations`
            /// are for, inside the caller's transaction, and returns each
            /// account's institution (for the audit entries). 500 accounts
            /// a statement.
            /// Withdraws every unused link (activation or reset) of an
            /// account, inside the caller's transaction: done whenever the
            /// account changes so that a link issued before would do more
            /// than its issuer could now (a new password, a lock, a new role).
            async fn withdraw_links(
                tx: &mut sqlx::Transaction<'_, $db>,
                account_id: i64,
                now: i64,
            ) -> tutela_app::store::StoreResult<()> {
                sqlx::query("UPDATE invitations SET used_at = $1 WHERE account_id = $2 AND used_at IS NULL")
                    .bind(now)
                    .bind(account_id)
                    .execute(&mut **tx)
                    .await
                    .map_err($crate::db::db_error)?;
                Ok(())
            }

            async fn withdraw_invitations(
                tx: &mut sqlx::Transaction<'_, $db>,
                invitations: &[tutela_app::store::access::NewInvitation],
                now: i64,
            ) -> tutela_app::store::StoreResult<std::collections::HashMap<i64, i64>> {
                use $crate::db::db_error as e;
                let mut institution_of = std::collections::HashMap::new();
                for chunk in invitations.chunks(500) {
                    let mut withdraw = sqlx::QueryBuilder::<$db>::new("UPDATE invitations SET used_at = ");
                    withdraw.push_bind(now).push(" WHERE used_at IS NULL AND account_id IN (");
                    let mut ids = withdraw.separated(", ");
                    for invitation in chunk {
                        ids.push_bind(invitation.account_id);
                    }
                    withdraw.push(")").build().execute(&mut **tx).await.map_err(e)?;
                    let mut institutions = sqlx::QueryBuilder::<$db>::new(
                        "SELECT a.id, p.institution_id FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.id IN (",
                    );
                    let mut ids = institutions.separated(", ");
                    for invitation in chunk {
                        ids.push_bind(invitation.account_id);
                    }
                    let found: Vec<(i64, i64)> =
                        institutions.push(")").build_query_as().fetch_all(&mut **tx).await.map_err(e)?;
                    institution_of.extend(found);
                }
                Ok(institution_of)
            }

            /// The writes of a roster plan, inside the caller's transaction.
            async fn write_roster(
                &self,
                tx: &mut sqlx::Transaction<'_, $db>,
                plan: &tutela_app::store::access::RosterPlan,
                actor: &str,
            ) -> tutela_app::store::StoreResult<()> {
                use $crate::db::db_error as e;
                let now = $crate::db::now();
                let started = std::time::Instant::now();
                // Joiners: persons, then their accounts and first placements, in bulk.
                let joiners: Vec<&tutela_app::store::access::RosterChange> =
                    plan.changes.iter().filter(|c| c.person_id.is_none()).collect();
                let suspended = Self::suspend_keys(&mut **tx, joiners.len()).await.map_err(e)?;
                use $crate::db::Cell;
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
                            (&p.status).into(),
                            p.left_on.as_ref().into(),
                            now.into(),
                            now.into(),
                        ]
                    })
                    .collect();
                Self::bulk_insert(
                    &mut **tx,
                    "persons (institution_id, staff_number, given_name, family_name, email, cadre_id, unit_id, \
                     hire_date, status, left_on, created_at, updated_at)",
                    &rows,
                )
                .await
                .map_err(e)?;
                tracing::debug!(elapsed = ?started.elapsed(), "roster: persons inserted");
                let mut ids: std::collections::HashMap<String, i64> = std::collections::HashMap::new();
                if !joiners.is_empty() {
                    let rows: Vec<(i64, String)> =
                        sqlx::query_as("SELECT id, staff_number FROM persons WHERE institution_id = $1")
                            .bind(plan.institution_id)
                            .fetch_all(&mut **tx)
                            .await
                            .map_err(e)?;
                    ids = rows.into_iter().map(|(id, staff)| (staff, id)).collect();
                }
                // The audit entries: one per person changed, then the import itself.
                // Their numbers are reserved now and their hash chain computed on
                // a blocking thread while the database takes the rows below.
                let mut entries: Vec<tutela_app::store::NewAuditEntry> = plan
                    .changes
                    .iter()
                    .map(|change| tutela_app::store::NewAuditEntry {
                        actor: actor.to_string(),
                        institution_id: Some(plan.institution_id),
                        action: change.action.to_string(),
                        record_type: "person".into(),
                        record_id: change
                            .person_id
                            .or_else(|| ids.get(&change.entry.staff_number).copied())
                            .unwrap_or_default()
                            .to_string(),
                        changes: change.changes_json.clone(),
                    })
                    .collect();
                entries.push(tutela_app::store::NewAuditEntry {
                    actor: actor.to_string(),
                    institution_id: Some(plan.institution_id),
                    action: "roster.import".into(),
                    record_type: "institution".into(),
                    record_id: plan.institution_id.to_string(),
                    changes: plan.summary_json.clone(),
                });
                let (first, prev_hash) = $crate::db::queries::reserve_audits!(*tx, entries.len() as i64).await?;
                let key = self.audit_key.clone();
                let hashing = tokio::task::spawn_blocking(move || {
                    $crate::audit::chain(entries, first, now, prev_hash, key.as_ref())
                });

                let joiner_ids: Vec<(i64, &tutela_app::store::access::RosterChange)> =
                    joiners.iter().filter_map(|c| ids.get(&c.entry.staff_number).map(|id| (*id, *c))).collect();
                let accounts: Vec<[Cell<'_>; 2]> = joiner_ids.iter().map(|(id, _)| [(*id).into(), now.into()]).collect();
                Self::bulk_insert(&mut **tx, "accounts (person_id, created_at)", &accounts).await.map_err(e)?;
                tracing::debug!(elapsed = ?started.elapsed(), "roster: accounts inserted");
                let placements: Vec<[Cell<'_>; 7]> = joiner_ids
                    .iter()
                    .map(|(id, change)| {
                        let p = &change.entry;
                        [
                            (*id).into(),
                            p.unit_id.into(),
                            p.cadre_id.into(),
                            "active".into(),
                            (&p.hire_date).into(),
                            p.left_on.as_ref().into(),
                            now.into(),
                        ]
                    })
                    .collect();
                Self::bulk_insert(
                    &mut **tx,
                    "person_placements (person_id, unit_id, cadre_id, status, valid_from, valid_to, recorded_at)",
                    &placements,
                )
                .await
                .map_err(e)?;
                tracing::debug!(elapsed = ?started.elapsed(), "roster: placements inserted");
                // A joiner who has already left also gets the period after leaving.
                for (id, change) in joiner_ids.iter().filter(|(_, c)| c.entry.status == "left") {
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
                    .await
                    .map_err(e)?;
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
                    .bind(&p.status)
                    .bind(&p.left_on)
                    .bind(now)
                    .bind(id)
                    .execute(&mut **tx)
                    .await
                    .map_err(e)?;
                    if change.new_placement {
                        sqlx::query("UPDATE person_placements SET valid_to = $1 WHERE person_id = $2 AND valid_to IS NULL")
                            .bind(&change.placement_from)
                            .bind(id)
                            .execute(&mut **tx)
                            .await
                            .map_err(e)?;
                        sqlx::query(
                            "INSERT INTO person_placements (person_id, unit_id, cadre_id, status, valid_from, recorded_at) \
                             VALUES ($1, $2, $3, $4, $5, $6)",
                        )
                        .bind(id)
                        .bind(p.unit_id)
                        .bind(p.cadre_id)
                        .bind(&p.status)
                        .bind(&change.placement_from)
                        .bind(now)
                        .execute(&mut **tx)
                        .await
                        .map_err(e)?;
                    }
                }

                Self::restore_keys(&mut **tx, &suspended).await.map_err(e)?;
                tracing::debug!(elapsed = ?started.elapsed(), "roster: people updated, keys checked");

                // The entries were hashed while the rows above went in.
                let chain = hashing.await.map_err(|err| tutela_app::store::StoreError::Database(err.to_string()))?;
                $crate::db::queries::write_audits!(*tx, &chain, Self).await?;
                tracing::debug!(elapsed = ?started.elapsed(), "roster: audit entries appended");
                Ok(())
            }
        }
    };
}

pub(crate) use {access_impl, account_institution};

/// How an account looks to HR, from its columns.
/// `accounts.locked_until` of an account an administrator locked: until
/// they unlock it (the year 9999).
pub(crate) const LOCKED_BY_ADMINISTRATOR: i64 = 253_402_300_799;

pub(crate) fn account_state(
    account: Option<i64>,
    has_password: Option<bool>,
    locked_until: Option<i64>,
    now: i64,
) -> tutela_app::model::AccountState {
    use tutela_app::model::AccountState;
    match (account, has_password) {
        (None, _) => AccountState::NoAccount,
        (Some(_), Some(true)) if locked_until.is_some_and(|until| until > now) => AccountState::Locked,
        (Some(_), Some(true)) => AccountState::Active,
        (Some(_), _) => AccountState::NotActivated,
    }
}
