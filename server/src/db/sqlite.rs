//! SQLite: the embedded default. One file, WAL journal (readers never wait
//! for the writer), foreign keys enforced, a small pool.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};

pub struct SqliteStore {
    /// Readers' connections (and writes made outside [`Self::begin_write`]).
    pub(crate) pool: SqlitePool,
    /// The one connection write transactions take ([`Self::begin_write`]).
    writer: SqlitePool,
    /// Chains this store's audit entries with HMAC under this key (set by
    /// `db::open_with`); None: plain SHA-256.
    pub(crate) audit_key: Option<crate::audit::AuditKey>,
    /// Every "now" of this store's rules and records (set by
    /// `db::open_with`; the system clock otherwise).
    pub(crate) clock: crate::clock::Clock,
    /// Question versions parsed for grading, by id.
    pub(crate) questions: crate::quiz::questions::QuestionCache,
}

impl SqliteStore {
    /// Write transactions take the write lock at once: a deferred one that
    /// reads first cannot upgrade while another writer has committed since
    /// (SQLite answers "database is locked" without waiting).
    pub(crate) const BEGIN_WRITE: &str = "BEGIN IMMEDIATE";

    /// `BEGIN IMMEDIATE` holds the whole database for the writer: a row
    /// "locked" by rewriting it would only cost a page written.
    pub(crate) const ROW_LOCKS: bool = false;

    /// One query may hold several statements, their `?` values bound in
    /// order across them: a `sql::batch::Batch` goes as one.
    pub(crate) const MULTI_STATEMENT: bool = true;

    /// A write transaction on the store's one writer connection: SQLite
    /// lets one writer in at a time anyway, so writers queue here for the
    /// connection instead of in SQLite's busy handler (which sleeps in
    /// steps of milliseconds), and that connection's page cache and
    /// prepared statements stay warm: no other connection of this process
    /// writes under it (a connection's cache is dropped whenever another
    /// one has written).
    pub(crate) async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>, sqlx::Error> {
        self.writer.begin_with(Self::BEGIN_WRITE).await
    }

    /// Where a write of one statement outside a transaction goes: the
    /// writer connection too, so that no write waits in SQLite's busy
    /// handler behind the writers' queue.
    pub(crate) fn writer(&self) -> &SqlitePool {
        &self.writer
    }

    pub async fn open(url: &str) -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::from_str(url)?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(5));
        let pool = SqlitePoolOptions::new().max_connections(8).connect_with(options.clone()).await?;
        sqlx::migrate!("../migrations/sqlite").run(&pool).await?;
        // One connection, kept open: its page cache and statements stay warm.
        let writer = SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
            // Not pinged before each write (a round trip to its thread per
            // transaction): a local file's connection does not go away.
            .test_before_acquire(false)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        Ok(Self { pool, writer, audit_key: None, clock: crate::clock::Clock::system(), questions: Default::default() })
    }
}

/// What the shared SQL in `sql/` is compiled against here.
type Db = sqlx::Sqlite;
type Backend = SqliteStore;

#[path = "sql/mod.rs"]
#[allow(clippy::duplicate_mod, reason = "mounted once per backend: see db/mod.rs")]
mod sql;

impl SqliteStore {
    /// Inserts many rows into `target` (`table (columns)`), 500 rows a
    /// statement. (Sending a chunk as one JSON array for `json_each` was
    /// tried: SQLite then parses each row again for every column, slower.)
    pub(crate) async fn bulk_insert<const N: usize>(
        conn: &mut sqlx::SqliteConnection,
        target: &str,
        rows: &[[super::Cell<'_>; N]],
    ) -> Result<(), sqlx::Error> {
        use super::Cell;
        for chunk in rows.chunks(500) {
            let mut insert = sqlx::QueryBuilder::<sqlx::Sqlite>::new(format!("INSERT INTO {target} "));
            insert.push_values(chunk, |mut row, values| {
                for value in values {
                    match *value {
                        Cell::Text(text) => row.push_bind(text),
                        Cell::Int(number) => row.push_bind(number),
                        Cell::Null => row.push_bind(None::<i64>),
                    };
                }
            });
            insert.build().execute(&mut *conn).await?;
        }
        Ok(())
    }

    /// SQLite checks a foreign key with an index lookup in the inserting
    /// statement itself, cheaply enough for 100,000 joiners: nothing to set aside.
    pub(crate) async fn suspend_keys(
        _conn: &mut sqlx::SqliteConnection,
        _joiners: usize,
    ) -> Result<Vec<String>, sqlx::Error> {
        Ok(Vec::new())
    }

    pub(crate) async fn restore_keys(_conn: &mut sqlx::SqliteConnection, _keys: &[String]) -> Result<(), sqlx::Error> {
        Ok(())
    }
}
