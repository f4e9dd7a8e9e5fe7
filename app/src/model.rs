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
}

/// Errors of a submitted form, by field name; shown next to the field.
pub type FieldErrors = std::collections::BTreeMap<String, String>;

/// A value and its label, for a filter's choices.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
}

/// Unix seconds as "YYYY-MM-DD HH:MM UTC" (proleptic Gregorian calendar).
pub fn utc_label(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", rest / 3600, rest % 3600 / 60)
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
