//! The SQL of every store trait, one file a capability, written once for
//! both backends: `db/sqlite.rs` and `db/postgres.rs` each mount this
//! folder (`#[path]`), where `Db` and `Backend` name their database and
//! store.

use super::{Backend, Db};

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
