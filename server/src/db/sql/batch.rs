//! Statements sent together: [`Batch`].

use sqlx::QueryBuilder;

use super::{Backend, Db};

/// Writes that depend on nothing read between them, built one statement
/// after another and sent by [`Batch::execute`]. On SQLite they go as one
/// multi-statement query ([`Backend::MULTI_STATEMENT`]): one round trip to
/// the connection's thread instead of one a statement, which is most of a
/// short write's cost there (the thread hand-offs, not SQLite's own work).
/// On PostgreSQL, whose prepared statements hold one statement each, they
/// go one after another. Either way they run in order, in the caller's
/// transaction, and the first error stops the rest (the caller's
/// transaction then rolls back, writing nothing).
pub(crate) struct Batch<'args> {
    sent_apart: Vec<QueryBuilder<'args, Db>>,
    current: QueryBuilder<'args, Db>,
    statements: usize,
    commit: bool,
}

/// A connection of either backend, in a transaction or not.
pub(crate) type Conn = <Db as sqlx::Database>::Connection;

impl<'args> Batch<'args> {
    pub(crate) fn new() -> Self {
        Self { sent_apart: Vec::new(), current: QueryBuilder::new(""), statements: 0, commit: false }
    }

    /// Ends the batch with `COMMIT`, for a transaction begun by a query of
    /// its own ([`OpenWrite`]); only where a batch is one query
    /// ([`Backend::MULTI_STATEMENT`]), so that the commit rides with it.
    pub(crate) fn commit_at_end(&mut self) {
        self.commit = Backend::MULTI_STATEMENT;
    }

    /// Starts the next statement with `sql`; the rest of it (and its
    /// values, bound with `push_bind`) goes into the builder returned.
    pub(crate) fn statement(&mut self, sql: &str) -> &mut QueryBuilder<'args, Db> {
        if self.statements > 0 {
            if Backend::MULTI_STATEMENT {
                self.current.push(";\n");
            } else {
                let full = std::mem::replace(&mut self.current, QueryBuilder::new(""));
                self.sent_apart.push(full);
            }
        }
        self.statements += 1;
        self.current.push(sql);
        &mut self.current
    }

    /// Whether it was to end with `COMMIT` ([`Batch::commit_at_end`]); it
    /// no longer does (the commit goes to a later batch).
    pub(crate) fn take_commit(&mut self) -> bool {
        std::mem::take(&mut self.commit)
    }

    /// Runs the statements, in order, on `conn` (in its transaction).
    pub(crate) async fn execute(mut self, conn: &mut Conn) -> Result<(), sqlx::Error> {
        if self.commit {
            self.statement("COMMIT");
        }
        if self.statements == 0 {
            return Ok(());
        }
        for mut statement in self.sent_apart.into_iter().chain([self.current]) {
            statement.build().execute(&mut *conn).await?;
        }
        Ok(())
    }
}

/// The writer connection in a write transaction that its own queries begin
/// and commit (`BEGIN IMMEDIATE;` before the first read, `COMMIT` at the
/// end of the last batch: [`Batch::commit_at_end`]), so that a short write
/// costs two round trips to SQLite's connection thread instead of four
/// (sqlx's `Transaction` sends `BEGIN` and `COMMIT` as commands of their
/// own). Only where a query may hold several statements
/// ([`Backend::MULTI_STATEMENT`]).
///
/// Dropped before [`OpenWrite::committed`] (an error, or the caller's
/// future dropped midway), it rolls the transaction back before the
/// connection goes back to the pool: a task of its own holds the connection
/// until `ROLLBACK` has run, so no other writer ever gets it with the
/// transaction open.
pub(crate) struct OpenWrite {
    conn: Option<sqlx::pool::PoolConnection<Db>>,
    committed: bool,
}

impl OpenWrite {
    /// The writer connection, no transaction begun yet.
    pub(crate) async fn acquire(backend: &Backend) -> Result<Self, sqlx::Error> {
        Ok(Self { conn: Some(backend.writer().acquire().await?), committed: false })
    }

    /// The connection, for the queries that begin, write and commit.
    pub(crate) fn conn(&mut self) -> &mut Conn {
        // Taken only by `Drop`.
        self.conn.as_deref_mut().expect("an open write has its connection until dropped")
    }

    /// The last batch committed the transaction (or none was begun).
    pub(crate) fn committed(mut self) {
        self.committed = true;
    }

    /// Rolls back what the queries began (if they did), and gives the
    /// connection back.
    pub(crate) async fn rollback(mut self) -> Result<(), sqlx::Error> {
        self.committed = true;
        let Some(mut conn) = self.conn.take() else { return Ok(()) };
        rollback(&mut conn).await
    }
}

/// `ROLLBACK` when a transaction is open (SQLite refuses it otherwise).
async fn rollback(conn: &mut sqlx::pool::PoolConnection<Db>) -> Result<(), sqlx::Error> {
    match sqlx::query("ROLLBACK").execute(&mut **conn).await {
        Ok(_) => Ok(()),
        Err(sqlx::Error::Database(err)) if err.message().contains("no transaction is active") => Ok(()),
        Err(err) => Err(err),
    }
}

impl Drop for OpenWrite {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        let Some(mut conn) = self.conn.take() else { return };
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            // No runtime to roll back on: the connection is closed, not reused.
            conn.close_on_drop();
            return;
        };
        runtime.spawn(async move {
            if let Err(err) = rollback(&mut conn).await {
                tracing::warn!(
                    error = &err as &dyn std::error::Error,
                    "an unfinished write could not be rolled back; its connection is closed"
                );
                conn.close_on_drop();
            }
        });
    }
}

#[cfg(test)]
mod tests {
    use super::{Backend, OpenWrite};

    /// An open write dropped before it commits (its caller's future
    /// dropped) is rolled back before the connection is used again: what it
    /// wrote is gone, and the next write transaction begins.
    #[tokio::test]
    async fn an_open_write_dropped_before_its_commit_is_rolled_back() {
        if !Backend::MULTI_STATEMENT {
            return;
        }
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}", dir.path().join("t.db").display());
        let store = Backend::open(&url).await.unwrap();
        let institutions = || sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM institutions");
        let before = institutions().fetch_one(&store.pool).await.unwrap();
        let mut write = OpenWrite::acquire(&store).await.unwrap();
        sqlx::query(&format!(
            "{};\nINSERT INTO institutions (slug, name, created_at) VALUES ('zz', 'Test', 0)",
            Backend::BEGIN_WRITE
        ))
        .execute(write.conn())
        .await
        .unwrap();
        drop(write);
        // The next write waits for the connection, which the rollback holds.
        let mut tx = store.begin_write().await.unwrap();
        let written = institutions().fetch_one(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
        assert_eq!(written, before, "the dropped write's row is gone");
        // And one that commits in its batch stays.
        let mut write = OpenWrite::acquire(&store).await.unwrap();
        sqlx::query(&format!("{};\nSELECT 1", Backend::BEGIN_WRITE)).execute(write.conn()).await.unwrap();
        let mut batch = super::Batch::new();
        batch.commit_at_end();
        batch.statement("INSERT INTO institutions (slug, name, created_at) VALUES ('zy', 'Test', 0)");
        batch.execute(write.conn()).await.unwrap();
        write.committed();
        assert_eq!(institutions().fetch_one(&store.pool).await.unwrap(), before + 1);
    }
}
