//! What views call to put words on a page, in the language of the request
//! being rendered (the [`Locale`] that `render` provides as a Leptos
//! context). They run on the server: an island never calls them (its words
//! arrive as props, translated on the server), so the browser bundle holds
//! no catalogue.

use leptos::prelude::*;

use super::{Locale, Msg};

/// The locale of the page being rendered (English outside a render).
pub fn locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// The message `id`, without variables, in the page's language.
pub fn t(id: &'static str) -> String {
    tm(&Msg::new(id))
}

/// `msg` in the page's language, as text (its [`super::Arg::Text`]s as
/// they are: use [`rich`] when they are names or other text from the
/// records, which belong in `<bdi>`).
pub fn tm(msg: &Msg) -> String {
    #[cfg(feature = "ssr")]
    {
        super::catalogue::translate(locale(), msg)
    }
    #[cfg(not(feature = "ssr"))]
    {
        msg.as_verbatim().map(str::to_string).unwrap_or_else(|| msg.id.to_string())
    }
}

/// Private-use characters around the number of a text variable while
/// `rich` translates: they cannot come from a catalogue or a form field
/// that Tutela accepts as a name.
#[cfg(feature = "ssr")]
const OPEN: char = '\u{e000}';
#[cfg(feature = "ssr")]
const CLOSE: char = '\u{e001}';

/// `msg` in the page's language, each text variable (a name, a unit, a
/// course title: text from the records) in its own `<bdi>`, so that a
/// right-to-left page shows a left-to-right name whole, and the other way
/// round.
pub fn rich(msg: &Msg) -> impl IntoView + use<> {
    #[cfg(feature = "ssr")]
    {
        let texts = std::cell::RefCell::new(Vec::new());
        let marked = super::catalogue::translate_with(locale(), msg, &|text| {
            let mut texts = texts.borrow_mut();
            texts.push(text.to_string());
            format!("{OPEN}{}{CLOSE}", texts.len() - 1).into()
        });
        let texts = texts.into_inner();
        let mut parts = Vec::new();
        for (i, piece) in marked.split([OPEN, CLOSE]).enumerate() {
            if i % 2 == 0 {
                if !piece.is_empty() {
                    parts.push(piece.to_string().into_any());
                }
            } else {
                let text = piece.parse::<usize>().ok().and_then(|n| texts.get(n).cloned()).unwrap_or_default();
                parts.push(view! { <bdi>{text}</bdi> }.into_any());
            }
        }
        parts
    }
    #[cfg(not(feature = "ssr"))]
    {
        vec![tm(msg).into_any()]
    }
}

/// `value` written as the page's language writes numbers.
pub fn number(value: impl Into<f64>) -> String {
    super::format::number(locale(), value.into())
}

/// Unix seconds as a date and time in UTC, in the page's language
/// ("29 November 2026, 17:00 UTC").
pub fn date_time(seconds: i64) -> String {
    tm(&date_time_msg(seconds))
}

/// Unix seconds as the message `shared-date-time` (its parts as
/// variables; the month selects its name in the catalogue).
pub fn date_time_msg(seconds: i64) -> Msg {
    let c = super::format::civil(seconds);
    Msg::new("shared-date-time")
        .arg("day", c.day.to_string())
        .arg("month", c.month)
        .arg("year", c.year.to_string())
        .arg("time", format!("{:02}:{:02}", c.hour, c.minute))
}

/// A calendar date written `YYYY-MM-DD` (as the records keep hire and
/// leaving dates), in the page's language ("1 July 2021").
pub fn date(iso: &str) -> String {
    tm(&date_msg(iso))
}

/// A `YYYY-MM-DD` date as the message `shared-date` (the month selects its
/// name in the catalogue); text that is not such a date is shown as it is.
pub fn date_msg(iso: &str) -> Msg {
    let mut parts = iso.splitn(3, '-').map(|part| part.parse::<i64>().ok());
    match (parts.next().flatten(), parts.next().flatten(), parts.next().flatten()) {
        (Some(year), Some(month @ 1..=12), Some(day @ 1..=31)) if iso.len() == 10 => {
            Msg::new("shared-date").arg("day", day).arg("month", month).arg("year", year.to_string())
        }
        _ => Msg::verbatim(iso),
    }
}

/// `t!("id")` is [`t`]; `t!("id", name = value, ...)` translates the message
/// with those variables ([`Msg::arg`]) in the page's language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::t($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tm(&$crate::msg!($id, $($name = $value),+))
    };
}

/// `msg!("id", name = value, ...)`: the [`Msg`] to carry in a page model or
/// an error, translated when the page renders.
#[macro_export]
macro_rules! msg {
    ($id:literal) => {
        $crate::i18n::Msg::new($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Msg::new($id)$(.arg(stringify!($name), $value))+
    };
}
