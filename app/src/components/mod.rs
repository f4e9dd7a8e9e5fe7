//! Pieces of page shared by several capabilities: the header and its
//! navigation, the footer, the page layout, the table and its pages, form
//! fields and small labels.

mod field;
mod labels;
mod nav;
mod pager;
mod table;

pub use field::{CsrfField, Field, InstitutionField, InstitutionPicker, Select, options};
pub use labels::{hours_label, role_on};
pub use nav::{CSRF_SLOT, SiteFooter, SiteHeader};
pub use pager::{Pager, Paging, encode};
pub use table::DataTable;
