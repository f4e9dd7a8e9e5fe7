//! A write's statements and audit entries sent together ([`Writes`]), in
//! the caller's transaction or in an [`OpenWrite`].

use tutela_app::store::{NewAuditEntry, StoreError, StoreResult};

use super::super::Writer;
use super::audit::{self, AuditHead};
use super::batch::Batch;
use super::{Backend, Conn};

/// What a write changes, not yet sent: its statements (`batch`), its audit
/// entries, and the audit log's head if the write read it in its own
/// transaction (used on SQLite only; PostgreSQL reserves the head under
/// lock: [`audit::push_entries`]).
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
/// midway), it marks the connection unfinished before giving it back, and
/// rolls back in a task of its own that holds the connection until
/// `ROLLBACK` has run; should that task not run (no runtime) or fail, the
/// next writer ends the transaction (or opens a new connection) before it
/// gets the connection ([`end_unfinished`]): no writer ever gets it inside
/// a transaction. It holds the store's one writer connection meanwhile:
/// nothing done in between may take another write (that would wait for
/// this one, five seconds, and fail).
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
    #[must_use = "the first query must start with it"]
    pub(crate) fn begin(&mut self) -> &'static str {
        if std::mem::replace(&mut self.begun, true) { "" } else { BEGIN }
    }

    /// The connection, for the queries that begin, read and commit.
    pub(crate) fn conn(&mut self) -> &mut Conn {
        // Taken only by `rollback` and `Drop`, which end the open write.
        self.conn.as_deref_mut().expect("an open write has its connection until it ends")
    }

    /// Sends `writes` and its audit entries with `COMMIT` at the end, as one
    /// query; done when it returns Ok (on an error, `Drop` rolls back).
    /// Refused, sending nothing, when no query began the transaction (its
    /// statements would each commit on their own).
    pub(crate) async fn commit(mut self, store: &Backend, writes: Writes<'_>) -> StoreResult<()> {
        if !self.begun {
            return Err(StoreError::unavailable(std::io::Error::other("an open write committed without its BEGIN")));
        }
        let conn = self.conn();
        let mut batch = audit::push_entries(store, conn, writes.batch, writes.head, writes.entries).await?;
        batch.statement("COMMIT");
        batch.execute(conn).await?;
        self.begun = false;
        Ok(())
    }

    /// Rolls back what its queries began, if they did, and gives the
    /// connection back (replaced, should the rollback fail).
    pub(crate) async fn rollback(mut self) -> StoreResult<()> {
        let begun = std::mem::replace(&mut self.begun, false);
        match self.conn.take() {
            Some(mut conn) if begun => Ok(end_unfinished(&mut conn).await?),
            _ => Ok(()),
        }
    }
}

/// The start of a query that begins an [`OpenWrite`]'s transaction:
/// SQLite's write transaction (`Backend::BEGIN_WRITE`), taking the write
/// lock at once.
const BEGIN: &str = "BEGIN IMMEDIATE;\n";

/// SQLite's answer to `ROLLBACK` outside a transaction (a generic error
/// code: told by its message), which [`end_unfinished`] takes for done:
/// the first query failed before its `BEGIN` ran, or the transaction had
/// ended.
fn is_no_transaction(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.message().contains("no transaction is active"))
}

/// Ends whatever transaction an open write left on the writer connection:
/// `ROLLBACK`, or, when that fails otherwise, a new connection; marked
/// finished only then (an error leaves it marked, for the next writer to
/// try again, rather than hand out a connection inside a transaction).
pub(in crate::db) async fn end_unfinished(conn: &mut Writer) -> Result<(), sqlx::Error> {
    conn.set_unfinished(true);
    match sqlx::query("ROLLBACK").execute(&mut **conn).await {
        Ok(_) => {}
        Err(err) if is_no_transaction(&err) => {}
        Err(err) => {
            tracing::warn!(
                error = &err as &dyn std::error::Error,
                "an unfinished write could not be rolled back; the writer connection is opened again"
            );
            conn.reconnect().await?;
        }
    }
    conn.set_unfinished(false);
    Ok(())
}

impl Drop for OpenWrite {
    fn drop(&mut self) {
        if !self.begun {
            return;
        }
        let Some(mut conn) = self.conn.take() else { return };
        conn.set_unfinished(true);
        if let Ok(runtime) = tokio::runtime::Handle::try_current() {
            runtime.spawn(async move {
                if let Err(err) = end_unfinished(&mut conn).await {
                    tracing::warn!(
                        error = &err as &dyn std::error::Error,
                        "an unfinished write could not be ended; the next writer tries again"
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

    /// An open write whose transaction began, rolled back or dropped where
    /// no task can roll it back, leaves nothing: the next writer ends the
    /// transaction before it gets the connection.
    #[tokio::test]
    async fn a_begun_open_write_ends_before_the_next_writer_whoever_ends_it() {
        let Some((_dir, store)) = store().await else { return };
        let before = institutions(&store).await;
        let insert =
            |slug: &str| format!("INSERT INTO institutions (slug, name, created_at) VALUES ('{slug}', 'T', 0)");
        let mut write = OpenWrite::acquire(&store).await.unwrap().unwrap();
        let begin = write.begin();
        sqlx::query(&format!("{begin}{}", insert("za"))).execute(write.conn()).await.unwrap();
        write.rollback().await.unwrap();
        assert_eq!(institutions(&store).await, before, "rolled back");
        // Dropped on a thread with no runtime: no task rolls it back.
        let mut write = OpenWrite::acquire(&store).await.unwrap().unwrap();
        let begin = write.begin();
        sqlx::query(&format!("{begin}{}", insert("zb"))).execute(write.conn()).await.unwrap();
        std::thread::spawn(move || drop(write)).join().unwrap();
        let mut writer = store.write_connection().await.unwrap();
        let tx = writer.begin().await.expect("the next writer begins: the transaction was ended first");
        tx.commit().await.unwrap();
        drop(writer);
        assert_eq!(institutions(&store).await, before, "the dropped write's row is gone");
        // A transaction whose `Transaction` never came to be (dropped inside
        // sqlx's `begin`, which then queues no rollback): the next writer
        // begins all the same.
        let mut writer = store.write_connection().await.unwrap();
        let tx = writer.begin().await.unwrap();
        std::mem::forget(tx);
        drop(writer);
        let mut writer = store.write_connection().await.unwrap();
        writer.begin().await.expect("the next writer begins").commit().await.unwrap();
        drop(writer);
        // And committing with no BEGIN is refused, sending nothing.
        let write = OpenWrite::acquire(&store).await.unwrap().unwrap();
        let mut batch = Batch::new();
        batch.statement(&insert("zc"));
        assert!(write.commit(&store, Writes { batch, head: None, entries: Vec::new() }).await.is_err());
        assert_eq!(institutions(&store).await, before, "nothing sent");
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
        let _begin = write.begin();
        // Begun in name only: the query with its BEGIN never ran.
        write.rollback().await.unwrap();
    }

    /// The audit head as a write reads it in its transaction.
    async fn head_in(conn: &mut super::Conn) -> AuditHead {
        sqlx::query_as("SELECT last_seq AS audit_seq, last_hash AS audit_hash FROM audit_state WHERE id = 1")
            .fetch_one(conn)
            .await
            .unwrap()
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
        let head = head_in(&mut tx).await;
        // The head moves (a number reserved, no entry written yet), so the
        // stale entry's number is free: only the head's check refuses it.
        super::audit::reserve(&mut tx, 1).await.unwrap();
        let stale = Writes { batch: Batch::new(), head: Some(head), entries: vec![entry()] };
        let refused = stale.apply(&store, &mut tx).await.unwrap_err();
        assert!(
            refused.to_string().contains("cannot be removed or replaced")
                || format!("{refused:?}").contains("cannot be removed or replaced"),
            "{refused:?}"
        );
        drop(tx);
        drop(writer);
        // The same with the head as it stands goes through.
        let mut writer = store.write_connection().await.unwrap();
        let mut tx = writer.begin().await.unwrap();
        let head = head_in(&mut tx).await;
        Writes { batch: Batch::new(), head: Some(head), entries: vec![entry()] }.apply(&store, &mut tx).await.unwrap();
        tx.commit().await.unwrap();
        match crate::audit::verify(&store).await.unwrap() {
            crate::audit::Verdict::Intact { entries, .. } => assert_eq!(entries, 1),
            verdict => panic!("{verdict:?}"),
        }
    }
}
