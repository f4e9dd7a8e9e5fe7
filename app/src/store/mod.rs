//! The storage seam: what the pages and server functions need from a
//! database, and nothing about how it is kept.
//!
//! One trait per capability ([`CatalogueStore`], [`AccountStore`],
//! [`PeopleStore`], [`RosterStore`], [`OrganisationStore`], [`AuditStore`],
//! [`LearningStore`], [`LearningHrStore`], [`QuizStore`], [`QuizBankStore`],
//! [`QuizTrainerStore`]),
//! each in its own file with the types it takes and returns; [`Store`] is
//! their sum. `server/` implements each trait once per backend (SQLite,
//! PostgreSQL). `use tutela_app::store::prelude::*;` brings every trait
//! into scope. This module is compiled only with the `ssr` feature, so none
//! of it reaches the browser bundle.

pub mod accounts;
pub mod audit;
pub mod catalogue;
mod error;
pub mod learning;
pub mod learning_hr;
pub mod organisation;
pub mod people;
pub mod quiz;
pub mod quiz_bank;
pub mod quiz_trainer;
pub mod roster;

use std::sync::Arc;

pub use accounts::*;
pub use audit::*;
pub use catalogue::*;
pub use error::{Cause, Field, Missing, Refusal, StoreError};
pub use learning::*;
pub use learning_hr::*;
pub use organisation::*;
pub use people::*;
pub use quiz::*;
pub use quiz_bank::*;
pub use quiz_trainer::*;
pub use roster::*;

/// Every store trait, for callers that use a store: `use tutela_app::store::prelude::*;`.
pub mod prelude {
    pub use super::{
        AccountStore, AuditStore, CatalogueStore, LearningHrStore, LearningStore, OrganisationStore, PeopleStore,
        QuizBankStore, QuizStore, QuizTrainerStore, RosterStore, SharedStore, Store, StoreError, StoreResult,
    };
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The shared handle that pages and server functions find in their context.
pub type SharedStore = Arc<dyn Store>;

/// Everything a deployment stores: the sum of the capabilities' stores.
/// A backend implements each of them; this trait follows.
pub trait Store:
    CatalogueStore
    + AccountStore
    + PeopleStore
    + RosterStore
    + OrganisationStore
    + AuditStore
    + LearningStore
    + LearningHrStore
    + QuizStore
    + QuizBankStore
    + QuizTrainerStore
    + Send
    + Sync
    + 'static
{
}

impl<T> Store for T where
    T: CatalogueStore
        + AccountStore
        + PeopleStore
        + RosterStore
        + OrganisationStore
        + AuditStore
        + LearningStore
        + LearningHrStore
        + QuizStore
        + QuizBankStore
        + QuizTrainerStore
        + Send
        + Sync
        + 'static
{
}
