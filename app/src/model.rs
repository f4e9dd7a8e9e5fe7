//! The types that cross the wire between the server and the pages.
//!
//! They hold only what a page shows: rendered, sanitised HTML and plain
//! facts. Nothing here is secret, so everything here may reach a browser.
//! Each capability keeps its own page models in its folder
//! (`catalogue::model`, `accounts::model`, ...); this module holds the few
//! shared by all of them and re-exports the rest, so `crate::model::X`
//! names any of them.

use serde::{Deserialize, Serialize};

pub use crate::accounts::model::*;
pub use crate::audit::model::*;
pub use crate::catalogue::model::*;
pub use crate::organisation::model::*;
pub use crate::people::model::*;
pub use crate::roster::model::*;

/// What a page needs to know about the request it answers: the viewer, if
/// signed in, the token every form must send back (the session's CSRF
/// token, or the anonymous one from the `tutela_csrf` cookie) and the
/// language the page is written in (decided once per request by the
/// server's `identify`, see `i18n`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RequestContext {
    pub viewer: Option<Viewer>,
    pub csrf: String,
    pub locale: crate::i18n::Locale,
    /// The address of the page (path and query), where the footer's
    /// language menu comes back to.
    pub path: String,
}

/// Errors of a submitted form, by field name; shown next to the field, in
/// the page's language.
pub type FieldErrors = std::collections::BTreeMap<String, crate::i18n::Msg>;

/// A value and its label, for a filter's choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// Unix seconds as "YYYY-MM-DD HH:MM UTC" (proleptic Gregorian calendar),
/// the same in every language: for CSV files and the command line. Pages
/// show times with `i18n::date_time`, in the reader's language.
pub fn utc_label(seconds: i64) -> String {
    let c = crate::i18n::format::civil(seconds);
    format!("{:04}-{:02}-{:02} {:02}:{:02} UTC", c.year, c.month, c.day, c.hour, c.minute)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_labels_are_calendar_dates() {
        assert_eq!(utc_label(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc_label(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc_label(1_795_971_600), "2026-11-29 17:00 UTC");
    }
}
