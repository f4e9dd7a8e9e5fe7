//! The SQL of [`AuditStore`](tutela_app::store::AuditStore), written once for
//! both backends: `db/sqlite.rs` and `db/postgres.rs` each mount this file
//! (`#[path]`), where `Db` and `Backend` name their database and store.

use super::{Backend, Db};

use crate::db::rows::AUDIT_COLUMNS;
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store;
use tutela_app::store::StoreResult;

#[async_trait::async_trait]
impl store::AuditStore for Backend {
    async fn audit_entries(&self, after_seq: i64, limit: i64) -> StoreResult<Vec<store::AuditRecord>> {
        let rows: Vec<crate::db::rows::AuditRow> = sqlx::query_as(
            "SELECT a.seq, a.at, a.actor, a.institution_id, a.action, a.record_type, a.record_id, a.changes, \
             a.prev_hash, a.hash, a.keyed \
             FROM audit_log a WHERE a.seq > $1 ORDER BY a.seq LIMIT $2",
        )
        .bind(after_seq)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(crate::db::rows::audit_record).collect())
    }

    async fn audit_search(&self, filter: &store::AuditFilter) -> StoreResult<Vec<store::AuditRecord>> {
        let mut query = sqlx::QueryBuilder::<Db>::new(format!("SELECT {AUDIT_COLUMNS} FROM audit_log a"));
        if filter.unit_scopes.is_some() {
            query.push(crate::db::rows::RECORD_UNIT);
        }
        query.push(" WHERE 1 = 1");
        if let Some(institution_id) = filter.institution_id {
            query.push(" AND a.institution_id = ").push_bind(institution_id);
        }
        // Entries about no unit never match a scope.
        super::subtree::within(&mut query, "record_unit.path", filter.unit_scopes.as_deref());
        if !filter.action.is_empty() {
            let action = &filter.action;
            let pattern = format!("{}%", action.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"));
            query.push(" AND a.action LIKE ").push_bind(pattern).push(" ESCAPE '\\'");
        }
        if let Some(record_type) = &filter.record_type {
            query.push(" AND a.record_type = ").push_bind(record_type.as_str().to_string());
        }
        if !filter.record_id.is_empty() {
            query.push(" AND a.record_id = ").push_bind(filter.record_id.clone());
        }
        if let Some(before) = filter.before {
            query.push(" AND a.seq < ").push_bind(before);
        }
        query.push(" ORDER BY a.seq DESC LIMIT ").push_bind(filter.limit);
        let rows: Vec<crate::db::rows::AuditRow> = query.build_query_as().fetch_all(&self.pool).await?;
        Ok(rows.into_iter().map(crate::db::rows::audit_record).collect())
    }

    async fn audit_head(&self) -> StoreResult<(i64, String)> {
        Ok(sqlx::query_as("SELECT last_seq, last_hash FROM audit_state WHERE id = 1").fetch_one(&self.pool).await?)
    }
}

impl Backend {
    /// Readies the audit chain for this store's writes: refuses a
    /// key that does not fit the log, or no key for a keyed log
    /// ([`crate::audit::key_fits`]), and with a key on a log not yet
    /// keyed appends the entry from which it is. One transaction
    /// holding the chain's lock, so instances starting together
    /// append that entry once.
    pub(crate) async fn open_audit_chain(&self) -> anyhow::Result<()> {
        let mut writer = self.write_connection().await?;
        let mut tx = writer.begin().await?;
        let last_seq: i64 =
            sqlx::query_scalar("UPDATE audit_state SET last_seq = last_seq WHERE id = 1 RETURNING last_seq")
                .fetch_one(&mut *tx)
                .await?;
        let head: Option<crate::db::rows::AuditRow> = sqlx::query_as(
            "SELECT a.seq, a.at, a.actor, a.institution_id, a.action, a.record_type, a.record_id, a.changes, \
             a.prev_hash, a.hash, a.keyed \
             FROM audit_log a WHERE a.seq = $1",
        )
        .bind(last_seq)
        .fetch_optional(&mut *tx)
        .await?;
        let head = head.map(crate::db::rows::audit_record);
        let must_key = crate::audit::key_fits(self.audit_key.as_ref(), head.as_ref()).map_err(anyhow::Error::msg)?;
        if must_key {
            super::audit::append(self, &mut tx, &crate::audit::keyed_from_entry()).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The audit entry of one change: `actor` did `action` to the record
/// `record_type` `record_id` (of `institution_id`, if any), recording
/// `changes` (JSON).
pub(super) fn entry(
    actor: &str,
    institution_id: Option<tutela_app::ids::InstitutionId>,
    action: AuditAction,
    record_type: RecordType,
    record_id: impl ToString,
    changes: impl ToString,
) -> store::NewAuditEntry {
    store::NewAuditEntry {
        actor: actor.to_string(),
        institution_id,
        action,
        record_type,
        record_id: record_id.to_string(),
        changes: changes.to_string(),
    }
}

/// Appends `entry` ([`append`]) and commits `tx`: a change and its audit
/// entry are written together or not at all.
pub(super) async fn commit(
    store: &Backend,
    mut tx: sqlx::Transaction<'_, Db>,
    entry: &store::NewAuditEntry,
) -> StoreResult<()> {
    append(store, &mut tx, entry).await?;
    Ok(tx.commit().await?)
}

/// Appends `entry` to the audit log inside the open transaction `tx` of
/// `store`, chained to the entry before it, with the store's audit key if
/// it has one, at the store's clock's time: [`push_entries`] with no head
/// read, so the next number is taken with `UPDATE ... RETURNING`
/// ([`reserve`]), which locks `audit_state` (PostgreSQL) or runs under the
/// write lock (SQLite) first, and concurrent appends queue instead of
/// forking the chain.
pub(super) async fn append(
    store: &Backend,
    tx: &mut sqlx::Transaction<'_, Db>,
    entry: &store::NewAuditEntry,
) -> StoreResult<()> {
    let batch = push_entries(store, tx, super::batch::Batch::new(), None, vec![entry.clone()]).await?;
    Ok(batch.execute(tx).await?)
}

/// The audit log's head (`audit_state`: the last entry's number and hash)
/// as a write's own read found it, in the write transaction, before it
/// appended anything ([`push_entries`]). Only a query's columns
/// `audit_seq`, `audit_hash` make one.
#[derive(sqlx::FromRow, Debug)]
pub(super) struct AuditHead {
    audit_seq: i64,
    audit_hash: String,
}

/// Most entries one INSERT of [`push_entries`] writes (eleven values
/// each: far below SQLite's 32,766).
const ENTRIES_A_STATEMENT: usize = 500;

/// Appends `entries` to the log after the writes in `batch`, chained at the
/// store's time, and returns the batch for the caller to run (with its
/// `COMMIT`, for [`super::write::OpenWrite`]). Where the write transaction
/// holds the whole database (`Backend::ROW_LOCKS` false: SQLite) the
/// entries follow `head`, the log's head as read earlier in this
/// transaction, and go in the same batch. Otherwise (PostgreSQL, or no head
/// read) the batch runs first, then the head is locked and reserved
/// ([`reserve`]) after every lock the batch's writes took: the order every
/// writer keeps (the head last), so two writers never wait on each other in
/// a cycle; the entries go in a new batch. No entries: the batch as it is.
pub(super) async fn push_entries<'args>(
    store: &Backend,
    conn: &mut super::Conn,
    mut batch: super::batch::Batch<'args>,
    head: Option<AuditHead>,
    entries: Vec<store::NewAuditEntry>,
) -> StoreResult<super::batch::Batch<'args>> {
    if entries.is_empty() {
        return Ok(batch);
    }
    let count = entries.len() as i64;
    let (first, prev_hash, read) = match head {
        Some(head) if !Backend::ROW_LOCKS => (head.audit_seq + 1, head.audit_hash.clone(), Some(head)),
        _ => {
            batch.execute(conn).await?;
            batch = super::batch::Batch::new();
            let (first, prev_hash) = reserve(conn, count).await?;
            (first, prev_hash, None)
        }
    };
    let chain = crate::audit::chain(entries, first, store.clock.now(), prev_hash, store.audit_key.as_ref());
    let keyed = i64::from(chain.keyed);
    let at = chain.at;
    let (last_seq, last_hash) = match chain.links.last() {
        Some(last) => (last.seq, last.hash.clone()),
        None => return Ok(batch),
    };
    let mut rows = chain.entries.into_iter().zip(chain.links).peekable();
    while rows.peek().is_some() {
        batch
            .statement(
                "INSERT INTO audit_log (seq, at, actor, institution_id, action, record_type, record_id, changes, \
                   prev_hash, hash, keyed) ",
            )
            .push_values(rows.by_ref().take(ENTRIES_A_STATEMENT), |mut row, (entry, link)| {
                row.push_bind(link.seq)
                    .push_bind(at)
                    .push_bind(entry.actor)
                    .push_bind(entry.institution_id)
                    .push_bind(entry.action.as_str().to_string())
                    .push_bind(entry.record_type.as_str().to_string())
                    .push_bind(entry.record_id)
                    .push_bind(entry.changes)
                    .push_bind(link.prev_hash)
                    .push_bind(link.hash)
                    .push_bind(keyed);
            });
    }
    let moved = batch
        .statement("UPDATE audit_state SET last_seq = ")
        .push_bind(last_seq)
        .push(", last_hash = ")
        .push_bind(last_hash)
        .push(" WHERE id = 1");
    if let Some(read) = read {
        // Chained after the head as read: if anything moved it since (an
        // append in this transaction after the read), nothing is updated,
        // and the insert below (refused by `audit_state_no_insert`) fails
        // the whole batch rather than fork the chain.
        moved.push(" AND last_seq = ").push_bind(read.audit_seq).push(" AND last_hash = ").push_bind(read.audit_hash);
        batch.statement("INSERT INTO audit_state (id, last_seq, last_hash) SELECT 1, 0, '' WHERE changes() = 0");
    }
    Ok(batch)
}

/// Reserves the numbers of `count` audit entries inside the open
/// transaction `tx`, as [`append`] does for one: returns the first number
/// and the hash of the entry before it. From here until the transaction
/// ends, other appends wait.
pub(super) async fn reserve(conn: &mut super::Conn, count: i64) -> StoreResult<(i64, String)> {
    let (last_seq, prev_hash): (i64, String) =
        sqlx::query_as("UPDATE audit_state SET last_seq = last_seq + $1 WHERE id = 1 RETURNING last_seq, last_hash")
            .bind(count)
            .fetch_one(&mut *conn)
            .await?;
    Ok((last_seq - count + 1, prev_hash))
}

/// Writes audit entries reserved with [`reserve`] and chained with
/// [`crate::audit::chain`], with the backend's `bulk_insert` (multi-row
/// INSERTs, or COPY on PostgreSQL), and moves the head of the chain.
pub(super) async fn write(tx: &mut sqlx::Transaction<'_, Db>, chain: &crate::audit::Chain) -> StoreResult<()> {
    let Some(last) = chain.links.last() else { return Ok(()) };
    let keyed = i64::from(chain.keyed);
    let rows: Vec<[crate::db::Cell<'_>; 11]> = chain
        .entries
        .iter()
        .zip(&chain.links)
        .map(|(entry, link)| {
            [
                link.seq.into(),
                chain.at.into(),
                (&entry.actor).into(),
                entry.institution_id.into(),
                entry.action.as_str().into(),
                entry.record_type.as_str().into(),
                (&entry.record_id).into(),
                (&entry.changes).into(),
                (&link.prev_hash).into(),
                (&link.hash).into(),
                keyed.into(),
            ]
        })
        .collect();
    Backend::bulk_insert(
        tx,
        "audit_log (seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash, keyed)",
        &rows,
    )
    .await?;
    sqlx::query("UPDATE audit_state SET last_hash = $1 WHERE id = 1").bind(&last.hash).execute(&mut **tx).await?;
    Ok(())
}
