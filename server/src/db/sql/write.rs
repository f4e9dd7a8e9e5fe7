//! A write's statements and audit entries sent together ([`Writes`]), in
//! the caller's transaction or in an [`OpenWrite`].

use tutela_app::store::{NewAuditEntry, StoreResult};

use super::super::Writer;
use super::audit::{self, AuditHead};
use super::batch::Batch;
use super::{Backend, Conn};

/// What a write changes, not yet sent: its statements (`batch`), its audit
/// entries, and the audit log's head if the write read it in its own
/// transaction ([`audit::push_entries`]).
pub(crate) struct Writes<'args> {
    pub batch: Batch<'args>,
    pub head: Option<AuditHead>,
    pub entries: Vec<NewAuditEntry>,
}

impl Writes<'_> {
    /// Sends the statements, then the entries (on SQLite, with a head read,
    /// in the same round trip), in the caller's transaction on `conn`.
    pub(crate) async fn apply(self, store: &Backend, conn: &mut Conn) -> StoreResult<()> {
        let batch = audit::push_entries(store, conn, self.batch, self.head, self.entries).await?;
        Ok(batch.execute(conn).await?)
    }
}

/// The writer connection in a write transaction that its own queries begin
/// and commit: [`OpenWrite::begin`] is put before the first read
/// (`BEGIN IMMEDIATE;`), and [`OpenWrite::commit`] ends the last batch
/// with `COMMIT`, so that a short write costs two round trips to SQLite's
/// connection thread where sqlx's `Transaction` takes four (it sends `BEGIN`
/// and `COMMIT` as commands of their own). Only where a query
/// may hold several statements ([`Backend::MULTI_STATEMENT`]: SQLite);
/// [`OpenWrite::acquire`] gives None elsewhere, and every caller keeps a
/// path through a `Transaction` for that and for its unusual cases.
///
/// Dropped before its commit (an error, or its caller's future dropped
/// midway, always inside the Tokio runtime), it rolls back what it began
/// before the connection is given back: a task of its own holds the
/// connection until `ROLLBACK` has run, so no other writer ever gets it
/// inside the transaction. It holds the store's one writer connection
/// meanwhile: nothing done in between may take another write transaction
/// (that would wait for this one, five seconds, and fail).
pub(crate) struct OpenWrite {
    conn: Option<Writer>,
    /// `BEGIN` was handed out ([`OpenWrite::begin`]) and not yet ended.
    begun: bool,
}

impl OpenWrite {
    /// The writer connection, no transaction begun; None where a query
    /// holds one statement (PostgreSQL).
    pub(crate) async fn acquire(backend: &Backend) -> StoreResult<Option<Self>> {
        if !Backend::MULTI_STATEMENT {
            return Ok(None);
        }
        Ok(Some(Self { conn: Some(backend.write_connection().await?), begun: false }))
    }

    /// What the first query starts with: `BEGIN IMMEDIATE;` the first time,
    /// nothing after.
    pub(crate) fn begin(&mut self) -> &'static str {
        if std::mem::replace(&mut self.begun, true) { "" } else { BEGIN }
    }

    /// The connection, for the queries that begin, read and commit.
    pub(crate) fn conn(&mut self) -> &mut Conn {
        // Taken only by `rollback`, `commit` and `Drop`, which consume it.
        self.conn.as_deref_mut().expect("an open write has its connection until it ends")
    }

    /// Sends `writes` and its audit entries with `COMMIT` at the end, as one
    /// query; done when it returns Ok (on an error, `Drop` rolls back).
    pub(crate) async fn commit(mut self, store: &Backend, writes: Writes<'_>) -> StoreResult<()> {
        let conn = self.conn();
        let mut batch = audit::push_entries(store, conn, writes.batch, writes.head, writes.entries).await?;
        batch.statement("COMMIT");
        batch.execute(conn).await?;
        self.begun = false;
        Ok(())
    }

    /// Rolls back what its queries began, if they did, and gives the
    /// connection back (closed, should the rollback fail).
    pub(crate) async fn rollback(mut self) -> StoreResult<()> {
        let begun = std::mem::replace(&mut self.begun, false);
        match self.conn.take() {
            Some(conn) if begun => Ok(roll_back(conn).await?),
            _ => Ok(()),
        }
    }
}

/// The start of a query that begins an [`OpenWrite`]'s transaction:
/// SQLite's write transaction (`Backend::BEGIN_WRITE`), taking the write
/// lock at once.
const BEGIN: &str = "BEGIN IMMEDIATE;\n";

/// SQLite's answer to `ROLLBACK` outside a transaction (a generic error
/// code: told by its message), which [`roll_back`] takes for done: the
/// first query failed before its `BEGIN` ran, or the transaction had ended.
fn is_no_transaction(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.message().contains("no transaction is active"))
}

/// Rolls back on `conn` and gives it back; replaces it instead when the
/// rollback fails otherwise, so that it is never reused inside a
/// transaction.
async fn roll_back(mut conn: Writer) -> Result<(), sqlx::Error> {
    match sqlx::query("ROLLBACK").execute(&mut *conn).await {
        Ok(_) => Ok(()),
        Err(err) if is_no_transaction(&err) => Ok(()),
        Err(err) => {
            conn.discard().await;
            Err(err)
        }
    }
}

impl Drop for OpenWrite {
    fn drop(&mut self) {
        if !self.begun {
            return;
        }
        if let Some(conn) = self.conn.take() {
            tokio::spawn(async move {
                if let Err(err) = roll_back(conn).await {
                    tracing::warn!(
                        error = &err as &dyn std::error::Error,
                        "an unfinished write could not be rolled back; its connection is replaced"
                    );
                }
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Batch;
    use super::audit::AuditHead;
    use super::{Backend, OpenWrite, Writes, is_no_transaction};

    async fn store() -> Option<(tempfile::TempDir, Backend)> {
        if !Backend::MULTI_STATEMENT {
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let store = Backend::open(&url).await.unwrap();
        Some((dir, store))
    }

    async fn institutions(store: &Backend) -> i64 {
        sqlx::query_scalar("SELECT COUNT(*) FROM institutions").fetch_one(&store.pool).await.unwrap()
    }

    /// An open write dropped before it commits (its caller's future
    /// dropped) is rolled back before the connection is used again: what it
    /// wrote is gone, and the next write transaction begins; one that
    /// commits keeps what it wrote.
    #[tokio::test]
    async fn an_open_write_dropped_before_its_commit_is_rolled_back() {
        let Some((_dir, store)) = store().await else { return };
        let before = institutions(&store).await;
        let mut write = OpenWrite::acquire(&store).await.unwrap().unwrap();
        let begin = write.begin();
        sqlx::query(&format!("{begin}INSERT INTO institutions (slug, name, created_at) VALUES ('zz', 'Test', 0)"))
            .execute(write.conn())
            .await
            .unwrap();
        drop(write);
        // The next write waits for the connection, which the rollback holds.
        let mut writer = store.write_connection().await.unwrap();
        let mut tx = writer.begin().await.unwrap();
        let seen: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM institutions").fetch_one(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(seen, before, "the dropped write's row is gone");
        drop(writer);

        let mut write = OpenWrite::acquire(&store).await.unwrap().unwrap();
        let begin = write.begin();
        sqlx::query(&format!("{begin}SELECT 1")).execute(write.conn()).await.unwrap();
        let mut batch = Batch::new();
        batch.statement("INSERT INTO institutions (slug, name, created_at) VALUES ('zy', 'Test', 0)");
        write.commit(&store, Writes { batch, head: None, entries: Vec::new() }).await.unwrap();
        assert_eq!(institutions(&store).await, before + 1, "the committed write's row stays");
        let mut writer = store.write_connection().await.unwrap();
        let tx = writer.begin().await.unwrap();
        tx.commit().await.unwrap();
    }

    /// `ROLLBACK` with no transaction open is told by SQLite's message,
    /// which a new SQLite could reword: then this fails, rather than every
    /// dropped open write closing the writer's connection.
    #[tokio::test]
    async fn a_rollback_outside_a_transaction_is_recognised() {
        let Some((_dir, store)) = store().await else { return };
        let err = sqlx::query("ROLLBACK").execute(&store.pool).await.unwrap_err();
        assert!(is_no_transaction(&err), "{err}");
        let mut write = OpenWrite::acquire(&store).await.unwrap().unwrap();
        let _ = write.begin();
        // Begun in name only: the query with its BEGIN never ran.
        write.rollback().await.unwrap();
    }

    /// Entries chained after a head read earlier in the transaction are
    /// refused, writing nothing, when the head has moved since (an append
    /// in between): the chain never forks.
    #[tokio::test]
    async fn entries_chained_after_a_head_that_moved_since_are_refused() {
        let Some((_dir, store)) = store().await else { return };
        let entry = || {
            super::audit::entry(
                "test",
                None,
                tutela_app::model::AuditAction::QuizSubmit,
                tutela_app::model::RecordType::Person,
                1,
                "{}",
            )
        };
        let mut writer = store.write_connection().await.unwrap();
        let mut tx = writer.begin().await.unwrap();
        let head: AuditHead =
            sqlx::query_as("SELECT last_seq AS audit_seq, last_hash AS audit_hash FROM audit_state WHERE id = 1")
                .fetch_one(&mut *tx)
                .await
                .unwrap();
        super::audit::append(&store, &mut tx, &entry()).await.unwrap();
        let stale = Writes { batch: Batch::new(), head: Some(head), entries: vec![entry()] };
        assert!(stale.apply(&store, &mut tx).await.is_err(), "chained after a head that moved");
        drop(tx);
        drop(writer);
        // The same with the head as it stands goes through.
        let mut writer = store.write_connection().await.unwrap();
        let mut tx = writer.begin().await.unwrap();
        let head: AuditHead =
            sqlx::query_as("SELECT last_seq AS audit_seq, last_hash AS audit_hash FROM audit_state WHERE id = 1")
                .fetch_one(&mut *tx)
                .await
                .unwrap();
        Writes { batch: Batch::new(), head: Some(head), entries: vec![entry()] }.apply(&store, &mut tx).await.unwrap();
        tx.commit().await.unwrap();
        match crate::audit::verify(&store).await.unwrap() {
            crate::audit::Verdict::Intact { entries, .. } => assert_eq!(entries, 1),
            verdict => panic!("{verdict:?}"),
        }
    }
}
