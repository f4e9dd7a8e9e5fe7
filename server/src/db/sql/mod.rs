//! The SQL of every store trait, one file a capability, written once for
//! both backends: `db/sqlite.rs` and `db/postgres.rs` each mount this
//! folder (`#[path]`), where `Db` and `Backend` name their database and
//! store.

use super::{Backend, Db};

/// A connection of either backend, in a transaction or not (a
/// `sqlx::Transaction` derefs to it).
type Conn = <Db as sqlx::Database>::Connection;

mod accounts;
mod audit;
mod batch;
mod catalogue;
mod learning;
mod learning_hr;
mod links;
mod organisation;
mod people;
mod quiz;
mod quiz_bank;
mod quiz_trainer;
mod roster;
mod subtree;
mod translations;
mod write;

/// For the writer connection's next taker (`db/sqlite.rs`).
#[allow(unused_imports, reason = "SQLite's store only: PostgreSQL's pool closes a connection in doubt")]
pub(super) use write::end_unfinished;
