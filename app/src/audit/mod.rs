//! Audit: the audit log page, its filters, the chain check, and each
//! entry's changes told in words.

pub mod changes;
pub mod model;
mod views;

pub use views::AuditView;
