//! SQLite: the embedded default. One file, WAL journal (readers never wait
//! for the writer), foreign keys enforced, a small pool.

use std::str::FromStr;
use std::time::Duration;

use std::sync::Arc;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection, SqliteConnection, TransactionManager};

pub struct SqliteStore {
    /// Readers' connections.
    pub(crate) pool: SqlitePool,
    /// The one connection every write takes ([`Self::write_connection`]).
    writer: Arc<tokio::sync::Mutex<WriterSlot>>,
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

    /// The store's one writer connection, held until the [`Writer`] is
    /// dropped: SQLite lets one writer in at a time anyway, so writers queue
    /// here for the connection instead of in SQLite's busy handler (which
    /// sleeps in steps of milliseconds), and that connection's page cache
    /// and prepared statements stay warm: no other connection of this
    /// process writes under it (a connection's cache is dropped whenever
    /// another one has written). Held in a mutex of the store's, not a
    /// pool: a pool tests every connection given back with a round trip to
    /// its thread, on the way of the next writer. Waits five seconds at
    /// most (then `PoolTimedOut`, as a pool answers).
    pub(crate) async fn write_connection(&self) -> Result<Writer, sqlx::Error> {
        let mut writer = match tokio::time::timeout(WRITER_WAIT, Arc::clone(&self.writer).lock_owned()).await {
            Ok(slot) => Writer(slot),
            Err(_) => return Err(sqlx::Error::PoolTimedOut),
        };
        if writer.0.unfinished {
            sql::end_unfinished(&mut writer).await?;
        }
        if writer.0.conn.is_in_transaction() {
            // A `begin` dropped after its BEGIN ran but before its
            // `Transaction` existed (sqlx then queues no rollback): rolled
            // back here, or the connection opened again, never handed on.
            let rolled_back = <sqlx::Sqlite as sqlx::Database>::TransactionManager::rollback(&mut writer.0.conn).await;
            if let Err(err) = rolled_back {
                tracing::warn!(
                    error = &err as &dyn std::error::Error,
                    "a transaction left on the writer connection could not be rolled back; it is opened again"
                );
                writer.reconnect().await?;
            }
        }
        Ok(writer)
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
        let conn = options.connect().await?;
        let writer = Arc::new(tokio::sync::Mutex::new(WriterSlot { conn, options, unfinished: false }));
        Ok(Self { pool, writer, audit_key: None, clock: crate::clock::Clock::system(), questions: Default::default() })
    }
}

/// How long a write waits for the writer connection.
const WRITER_WAIT: Duration = Duration::from_secs(5);

/// The writer connection and what opens it again ([`Writer::discard`]).
struct WriterSlot {
    conn: SqliteConnection,
    options: SqliteConnectOptions,
    /// Given back inside a transaction it began (an open write dropped
    /// before its commit): the next writer ends it first
    /// ([`SqliteStore::write_connection`]).
    unfinished: bool,
}

/// The store's writer connection, held ([`SqliteStore::write_connection`]):
/// a connection to run writes on, or to begin a transaction on.
pub(crate) struct Writer(tokio::sync::OwnedMutexGuard<WriterSlot>);

impl Writer {
    /// A write transaction (`BEGIN IMMEDIATE`: the write lock at once).
    pub(crate) async fn begin(&mut self) -> Result<sqlx::Transaction<'_, sqlx::Sqlite>, sqlx::Error> {
        self.0.conn.begin_with(SqliteStore::BEGIN_WRITE).await
    }

    /// Marks the connection as given back inside a transaction, or not.
    pub(crate) fn set_unfinished(&mut self, unfinished: bool) {
        self.0.unfinished = unfinished;
    }

    /// Replaces the connection with a new one, for a connection left in an
    /// unknown state (a rollback that failed).
    pub(crate) async fn reconnect(&mut self) -> Result<(), sqlx::Error> {
        self.0.conn = self.0.options.connect().await?;
        Ok(())
    }
}

impl std::ops::Deref for Writer {
    type Target = SqliteConnection;
    fn deref(&self) -> &SqliteConnection {
        &self.0.conn
    }
}

impl std::ops::DerefMut for Writer {
    fn deref_mut(&mut self) -> &mut SqliteConnection {
        &mut self.0.conn
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
