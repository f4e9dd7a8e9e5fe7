//! PostgreSQL: the choice when several Tutela instances serve one
//! deployment behind a load balancer.

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};

use super::Cell;

pub struct PgStore {
    pub(crate) pool: PgPool,
    /// Chains this store's audit entries with HMAC under this key (set by
    /// `db::open_with`); None: plain SHA-256.
    pub(crate) audit_key: Option<crate::audit::AuditKey>,
    /// Every "now" of this store's rules and records (set by
    /// `db::open_with`; the system clock otherwise).
    pub(crate) clock: crate::clock::Clock,
    /// Question versions parsed for grading, by id.
    pub(crate) questions: crate::quiz::questions::QuestionCache,
}

impl PgStore {
    /// Write transactions start plainly; appends to the audit log serialise
    /// on the `audit_state` row they update.
    pub(crate) const BEGIN_WRITE: &str = "BEGIN";

    /// Writers lock the rows they will change, in one order (see
    /// `sql/quiz/grading.rs`, `lock_enrolment_of`).
    pub(crate) const ROW_LOCKS: bool = true;

    /// A prepared statement holds one statement: a `sql::batch::Batch`
    /// sends its statements one after another.
    pub(crate) const MULTI_STATEMENT: bool = false;

    /// A connection to write on (a statement, or a transaction begun with
    /// [`Writer::begin`]): any of the pool's.
    pub(crate) async fn write_connection(&self) -> Result<Writer, sqlx::Error> {
        Ok(Writer(self.pool.acquire().await?))
    }

    pub async fn open(url: &str) -> anyhow::Result<Self> {
        let options = PgConnectOptions::from_str(url)?;
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(5))
            .connect_with(options)
            .await?;
        sqlx::migrate!("../migrations/postgres").run(&pool).await?;
        Ok(Self { pool, audit_key: None, clock: crate::clock::Clock::system(), questions: Default::default() })
    }
}

/// A connection of the pool, held to write on ([`PgStore::write_connection`]).
pub(crate) struct Writer(sqlx::pool::PoolConnection<sqlx::Postgres>);

impl Writer {
    /// A write transaction.
    pub(crate) async fn begin(&mut self) -> Result<sqlx::Transaction<'_, sqlx::Postgres>, sqlx::Error> {
        sqlx::Connection::begin_with(&mut *self.0, PgStore::BEGIN_WRITE).await
    }

    /// Marks the connection as given back inside a transaction: the pool
    /// closes it instead of reusing it. (PostgreSQL never runs an
    /// `OpenWrite`: `sql::write`.)
    pub(crate) fn set_unfinished(&mut self, unfinished: bool) {
        if unfinished {
            self.0.close_on_drop();
        }
    }

    /// Nothing to reopen: a connection in doubt is closed by the pool
    /// ([`Writer::set_unfinished`]).
    pub(crate) async fn reconnect(&mut self) -> Result<(), sqlx::Error> {
        self.set_unfinished(true);
        Ok(())
    }
}

impl std::ops::Deref for Writer {
    type Target = sqlx::PgConnection;
    fn deref(&self) -> &sqlx::PgConnection {
        &self.0
    }
}

impl std::ops::DerefMut for Writer {
    fn deref_mut(&mut self) -> &mut sqlx::PgConnection {
        &mut self.0
    }
}

/// What the shared SQL in `sql/` is compiled against here.
type Db = sqlx::Postgres;
type Backend = PgStore;

#[path = "sql/mod.rs"]
#[allow(clippy::duplicate_mod, reason = "mounted once per backend: see db/mod.rs")]
mod sql;

impl PgStore {
    /// Inserts many rows into `target` (`table (columns)`) with
    /// `COPY ... FROM STDIN`: one statement, and several times faster than
    /// multi-row INSERTs for a 100,000-row roster.
    pub(crate) async fn bulk_insert<const N: usize>(
        conn: &mut sqlx::PgConnection,
        target: &str,
        rows: &[[Cell<'_>; N]],
    ) -> Result<(), sqlx::Error> {
        use std::fmt::Write;
        if rows.is_empty() {
            return Ok(());
        }
        let mut copy = conn.copy_in_raw(&format!("COPY {target} FROM STDIN")).await?;
        let mut buffer = String::with_capacity(1 << 20);
        for row in rows {
            for (index, value) in row.iter().enumerate() {
                if index > 0 {
                    buffer.push('\t');
                }
                match *value {
                    Cell::Null => buffer.push_str("\\N"),
                    Cell::Int(number) => {
                        let _ = write!(buffer, "{number}");
                    }
                    Cell::Text(text) if !text.bytes().any(|b| matches!(b, b'\\' | b'\t' | b'\n' | b'\r')) => {
                        buffer.push_str(text)
                    }
                    Cell::Text(text) => {
                        for c in text.chars() {
                            match c {
                                '\\' => buffer.push_str("\\\\"),
                                '\t' => buffer.push_str("\\t"),
                                '\n' => buffer.push_str("\\n"),
                                '\r' => buffer.push_str("\\r"),
                                c => buffer.push(c),
                            }
                        }
                    }
                }
            }
            buffer.push('\n');
            if buffer.len() >= 1 << 20 {
                copy.send(buffer.as_bytes()).await?;
                buffer.clear();
            }
        }
        if !buffer.is_empty() {
            copy.send(buffer.as_bytes()).await?;
        }
        copy.finish().await?;
        Ok(())
    }
}

/// From this many joiners on, a roster load sets aside the foreign keys of
/// the tables it fills (see [`PgStore::suspend_keys`]).
pub(crate) const BULK_LOAD_JOINERS: usize = 10_000;

/// The tables a roster load fills with its joiners.
const ROSTER_TABLES: &str = "'persons'::regclass, 'accounts'::regclass, 'person_placements'::regclass";

impl PgStore {
    /// For a load of `joiners` new people: when they are many, locks the
    /// tables a roster fills and drops their foreign keys, and also their
    /// unique constraints and secondary indexes when the load at least
    /// doubles the people on record (a first load); returns the statements
    /// that put everything back, in order.
    ///
    /// Why: PostgreSQL checks a foreign key row by row with a query of its
    /// own (seven a joiner) and updates each index row by row; adding a key
    /// back checks the whole table in one join, and building an index sorts
    /// once. For 100,000 joiners into an empty deployment that is the
    /// difference between 7.8 s and under 5 s (`bench/`). Rebuilding costs
    /// in proportion to the whole table, hence the indexes only for a load
    /// as large as the table. All of it happens inside the caller's
    /// transaction: no other transaction sees the tables without their
    /// keys or indexes, and a row that breaks one fails the whole import.
    /// Other transactions that touch these tables (sign-in among them) wait
    /// for the load meanwhile: a few seconds for 100,000 joiners.
    pub(crate) async fn suspend_keys(
        conn: &mut sqlx::PgConnection,
        joiners: usize,
    ) -> Result<Vec<String>, sqlx::Error> {
        if joiners < BULK_LOAD_JOINERS {
            return Ok(Vec::new());
        }
        sqlx::query("LOCK TABLE persons, accounts, person_placements IN ACCESS EXCLUSIVE MODE")
            .execute(&mut *conn)
            .await?;
        let on_record: i64 = sqlx::query_scalar("SELECT count(*) FROM persons").fetch_one(&mut *conn).await?;
        let indexes_too = on_record <= joiners as i64;
        // The catalogue writes every statement, quoting names and keeping
        // each definition exactly (so nothing here can drift from the
        // migrations): foreign keys first, then unique constraints, then
        // indexes; they come back in the reverse order.
        let statements: Vec<(String, String)> = sqlx::query_as(&format!(
            "SELECT drop_it, add_it FROM ( \
               SELECT 1 AS step, conname::text AS name, \
                      format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname) AS drop_it, \
                      format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) AS add_it \
               FROM pg_constraint WHERE contype = 'f' AND conrelid IN ({ROSTER_TABLES}) \
               UNION ALL \
               SELECT 2, conname::text, \
                      format('ALTER TABLE %s DROP CONSTRAINT %I', conrelid::regclass, conname), \
                      format('ALTER TABLE %s ADD CONSTRAINT %I %s', conrelid::regclass, conname, pg_get_constraintdef(oid)) \
               FROM pg_constraint WHERE contype = 'u' AND conrelid IN ({ROSTER_TABLES}) AND $1 \
               UNION ALL \
               SELECT 3, i.indexrelid::regclass::text, format('DROP INDEX %s', i.indexrelid::regclass), pg_get_indexdef(i.indexrelid) \
               FROM pg_index i WHERE i.indrelid IN ({ROSTER_TABLES}) AND NOT i.indisprimary AND $1 \
                 AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid) \
             ) AS s ORDER BY step, name"
        ))
        .bind(indexes_too)
        .fetch_all(&mut *conn)
        .await?;
        let mut restore = Vec::with_capacity(statements.len());
        for (drop, add) in statements {
            sqlx::query(&drop).execute(&mut *conn).await?;
            restore.push(add);
        }
        restore.reverse();
        Ok(restore)
    }

    /// Puts back what [`Self::suspend_keys`] set aside: indexes rebuilt,
    /// unique constraints and foreign keys validated against every row.
    pub(crate) async fn restore_keys(conn: &mut sqlx::PgConnection, statements: &[String]) -> Result<(), sqlx::Error> {
        for statement in statements {
            sqlx::query(statement).execute(&mut *conn).await?;
        }
        Ok(())
    }
}
