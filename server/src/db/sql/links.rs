//! The activation links of many accounts at once (the bulk
//! `invitations.csv`), for [`PeopleStore`](tutela_app::store::PeopleStore):
//! SQL written once for both backends, mounted like `people.rs`.

use super::{Backend, Db, audit};
use tutela_app::ids::{AccountId, InstitutionId};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{self, Refusal, StoreError, StoreResult};

impl Backend {
    pub(super) async fn insert_invitations(
        &self,
        invitations: &[store::NewInvitation],
        actor: &str,
    ) -> StoreResult<()> {
        if invitations.is_empty() {
            return Ok(());
        }
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let now = self.clock.now();
        let institution_of = Self::withdraw_invitations(&mut tx, invitations, now).await?;
        let rows: Vec<[crate::db::Cell<'_>; 6]> = invitations
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
            &mut tx,
            "invitations (token_hash, account_id, purpose, created_by, created_at, expires_at)",
            &rows,
        )
        .await?;
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
        .await?;
        if activated > 0 {
            return Err(StoreError::Refused(Refusal::ActivatedMeanwhile));
        }
        let entries: Vec<store::NewAuditEntry> = invitations
            .iter()
            .map(|i| {
                let changes = serde_json::json!({ "purpose": i.purpose.as_str(), "expires_at": i.expires_at });
                let institution_id = institution_of.get(&i.account_id).copied();
                audit::entry(
                    actor,
                    institution_id,
                    AuditAction::AccountInvite,
                    RecordType::Account,
                    i.account_id,
                    changes,
                )
            })
            .collect();
        let (first, prev_hash) = audit::reserve(&mut tx, entries.len() as i64).await?;
        let chain = crate::audit::chain(entries, first, now, prev_hash, self.audit_key.as_ref());
        audit::write(&mut tx, &chain).await?;
        Ok(tx.commit().await?)
    }

    /// Withdraws the unused invitations of the accounts `invitations`
    /// are for, inside the caller's transaction, and returns each
    /// account's institution (for the audit entries). 500 accounts
    /// a statement.
    pub(super) async fn withdraw_invitations(
        tx: &mut sqlx::Transaction<'_, Db>,
        invitations: &[store::NewInvitation],
        now: i64,
    ) -> StoreResult<std::collections::HashMap<AccountId, InstitutionId>> {
        let mut institution_of = std::collections::HashMap::new();
        for chunk in invitations.chunks(500) {
            let mut withdraw = sqlx::QueryBuilder::<Db>::new("UPDATE invitations SET used_at = ");
            withdraw.push_bind(now).push(" WHERE used_at IS NULL AND account_id IN (");
            let mut ids = withdraw.separated(", ");
            for invitation in chunk {
                ids.push_bind(invitation.account_id);
            }
            withdraw.push(")").build().execute(&mut **tx).await?;
            let mut institutions = sqlx::QueryBuilder::<Db>::new(
                "SELECT a.id, p.institution_id FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.id IN (",
            );
            let mut ids = institutions.separated(", ");
            for invitation in chunk {
                ids.push_bind(invitation.account_id);
            }
            let found: Vec<(AccountId, InstitutionId)> =
                institutions.push(")").build_query_as().fetch_all(&mut **tx).await?;
            institution_of.extend(found);
        }
        Ok(institution_of)
    }
}
