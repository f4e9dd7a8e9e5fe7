//! Roster: HR's upload of a roster file, its preview and its application.

pub mod model;
mod views;

pub use views::RosterView;
