//! People: the list HR and administrators manage, and a person's page
//! (history, account, links, lock and unlock, roles).

pub mod model;
mod views;

pub use views::{PeopleView, PersonView};
