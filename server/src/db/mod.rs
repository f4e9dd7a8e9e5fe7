//! The storage backends: [`Store`] for SQLite and for PostgreSQL.
//!
//! The two share their query text: each capability's SQL is written once,
//! in `sql/<capability>.rs`, against the aliases `Db` (the sqlx database)
//! and `Backend` (the store type), and the folder `sql/` is mounted twice
//! with `#[path = "sql/mod.rs"]`, once in `sqlite.rs` and once in
//! `postgres.rs`, which define the aliases (both dialects accept `$1` placeholders and the schema keeps
//! to types both have). What differs lives in `sqlite.rs` and
//! `postgres.rs`: connecting, pragmas, migrations and bulk loading.
//! Backend-independent row handling is in `rows.rs`.

mod postgres;
mod rows;
mod sqlite;

use std::sync::Arc;

use tutela_app::store::{Field, SharedStore, StoreError};

use crate::audit::AuditKey;
use crate::clock::Clock;

pub use postgres::PgStore;
pub use sqlite::SqliteStore;

use tutela_app::ids::{
    AccountId, CadreId, CourseVersionId, EnrolmentId, GrantId, InstitutionId, PersonId, UnitId, UploadId,
};

/// One value of a row for a store's `bulk_insert`: borrowed text, a
/// number or NULL, so that 100,000 rows are written without a string
/// allocated per value.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Cell<'a> {
    Text(&'a str),
    Int(i64),
    Null,
}

impl<'a> From<&'a str> for Cell<'a> {
    fn from(text: &'a str) -> Self {
        Cell::Text(text)
    }
}

impl<'a> From<&'a String> for Cell<'a> {
    fn from(text: &'a String) -> Self {
        Cell::Text(text)
    }
}

impl From<i64> for Cell<'_> {
    fn from(number: i64) -> Self {
        Cell::Int(number)
    }
}

/// A typed id is stored as its number.
macro_rules! id_cells {
    ($($id:ty),*) => {$(
        impl From<$id> for Cell<'_> {
            fn from(id: $id) -> Self {
                Cell::Int(id.get())
            }
        }
    )*};
}

id_cells!(PersonId, AccountId, UnitId, InstitutionId, CourseVersionId, GrantId, UploadId, CadreId, EnrolmentId);

impl<'a, T: Into<Cell<'a>>> From<Option<T>> for Cell<'a> {
    fn from(value: Option<T>) -> Self {
        value.map(Into::into).unwrap_or(Cell::Null)
    }
}

/// Opens the database a URL names (`sqlite://path` or `postgres://...`) and
/// brings its schema up to date. Its audit entries are chained without a
/// key and nothing about the log is checked: for reading (`tutela audit
/// verify`, `roster export`) and for tests. What changes a deployment's
/// records opens it with [`open_with`].
pub async fn open(url: &str) -> anyhow::Result<SharedStore> {
    if is_postgres(url) {
        Ok(Arc::new(PgStore::open(url).await?))
    } else if url.starts_with("sqlite:") {
        Ok(Arc::new(SqliteStore::open(url).await?))
    } else {
        anyhow::bail!("the database URL must start with sqlite:// or postgres:// (got `{url}`)")
    }
}

/// How a store opened with [`open_with`] writes.
#[derive(Clone, Debug, Default)]
pub struct StoreOptions {
    /// The deployment's audit key: entries are chained with HMAC-SHA-256
    /// under it. None: plain SHA-256.
    pub audit_key: Option<AuditKey>,
    /// Where the store's "now" comes from (sessions, links, audit
    /// timestamps, uploads): the server's own clock, so that a test that
    /// moves it moves both.
    pub clock: Clock,
}

/// [`open`], for a writer: the store chains its audit entries with
/// `options.audit_key`. Refuses a key the log was not chained with, and no
/// key for a log that is keyed; with a key on a log not yet keyed, first
/// appends the entry from which it is (see `crate::audit::key_fits`).
pub async fn open_with(url: &str, options: StoreOptions) -> anyhow::Result<SharedStore> {
    if is_postgres(url) {
        let mut store = PgStore::open(url).await?;
        store.audit_key = options.audit_key;
        store.clock = options.clock;
        store.open_audit_chain().await?;
        Ok(Arc::new(store))
    } else if url.starts_with("sqlite:") {
        let mut store = SqliteStore::open(url).await?;
        store.audit_key = options.audit_key;
        store.clock = options.clock;
        store.open_audit_chain().await?;
        Ok(Arc::new(store))
    } else {
        anyhow::bail!("the database URL must start with sqlite:// or postgres:// (got `{url}`)")
    }
}

fn is_postgres(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// A database error for a write that a unique constraint guards: a
/// violation (another request wrote the same value since this one checked)
/// is the same [`StoreError::Duplicate`] the check gives, not an outage;
/// any other is a failure (what `?` makes of an `sqlx::Error`).
pub(crate) fn unique_error(field: Field, value: &str) -> impl FnOnce(sqlx::Error) -> StoreError + '_ {
    move |err| match err.as_database_error() {
        Some(database) if database.is_unique_violation() => StoreError::Duplicate { field, value: value.to_string() },
        _ => err.into(),
    }
}
