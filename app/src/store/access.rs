//! The former home of the people-and-access types, kept so that older
//! paths (`tutela_app::store::access::NewPerson`) still name them. New code
//! names the capability's module (`store::people`, `store::accounts`,
//! `store::roster`, `store::organisation`) or `tutela_app::store::*`.

pub use super::accounts::*;
pub use super::organisation::UnitRef;
pub use super::people::*;
pub use super::roster::*;
