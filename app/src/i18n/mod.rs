//! Languages: which ones Tutela speaks, which one a request is answered
//! in, and the message catalogue every string a person reads comes from.
//!
//! - [`Locale`]: the five languages (and, for tests only, the pseudo-locale).
//! - [`choose`]: the language of a request, from the account's setting, the
//!   `tutela_lang` cookie, `Accept-Language` and the institution's default.
//! - [`Msg`]: a message decided outside a view (a form field's error, a
//!   refusal, a notice), carried in a page model by id and arguments and
//!   put into words when the page renders.
//! - `catalogue` (server only): the Fluent catalogues in `app/locales/<code>/
//!   <capability>.ftl`, embedded in the binary, one bundle per locale.
//! - [`t`], [`t!`](crate::t), [`tm`], [`rich`]: what views call, in the
//!   request's language (a Leptos context that `render` provides).
//! - [`format`]: numbers and dates for a locale.

#[cfg(feature = "ssr")]
pub mod catalogue;
pub mod format;
mod msg;
mod view;

use serde::{Deserialize, Serialize};

pub use msg::{Arg, Msg};
pub use view::{date, date_msg, date_time, date_time_msg, locale, number, rich, t, tm};

/// A language of the interface and of course translations. English is
/// the source every other catalogue and course translation is made from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Fr,
    Es,
    Pt,
    Ar,
    /// Tests only (`Config::pseudo_locale`): English with every catalogue
    /// message visibly transformed (`⟦Ŧĥīş⟧`), so that text not taken from
    /// the catalogue stands out. Never offered, never stored, never in
    /// [`Locale::ALL`]; [`Locale::parse`] does not return it.
    Pseudo,
}

impl Locale {
    /// Every locale people may choose, English first.
    pub const ALL: [Locale; 5] = [Locale::En, Locale::Fr, Locale::Es, Locale::Pt, Locale::Ar];

    /// The BCP 47 code: the page's `lang`, the cookie's and the database's value.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Pt => "pt",
            Locale::Ar => "ar",
            Locale::Pseudo => "en-XA",
        }
    }

    /// The locale a code names (`fr`, `fr-CA` and `FR` are all French).
    pub fn parse(code: &str) -> Option<Locale> {
        let primary = code.split(['-', '_']).next().unwrap_or("");
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// The language's own name, as the language menu shows it.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::Pt => "Português",
            Locale::Ar => "العربية",
            Locale::Pseudo => "Pseudo",
        }
    }

    /// The writing direction: the page's `dir`.
    pub fn dir(self) -> &'static str {
        if self == Locale::Ar { "rtl" } else { "ltr" }
    }

    /// The position of the locale among every locale, the pseudo-locale
    /// last (caches keep one slot per locale).
    pub fn index(self) -> usize {
        self as usize
    }

    /// How many locales there are, the pseudo-locale included.
    pub const COUNT: usize = 6;

    /// The language of catalogues and content the locale reads: itself,
    /// or English for the pseudo-locale.
    pub fn source(self) -> Locale {
        if self == Locale::Pseudo { Locale::En } else { self }
    }
}

/// The value of the `tutela_lang` cookie that asks for the pseudo-locale
/// (honoured only when the server's `Config::pseudo_locale` is set).
pub const PSEUDO_COOKIE_VALUE: &str = "pseudo";

/// The language a cookie's value names: a locale's code, or (only when
/// `pseudo` is allowed) [`PSEUDO_COOKIE_VALUE`].
pub fn from_cookie(value: &str, pseudo: bool) -> Option<Locale> {
    if pseudo && value == PSEUDO_COOKIE_VALUE {
        return Some(Locale::Pseudo);
    }
    Locale::parse(value)
}

/// The language an `Accept-Language` header prefers among Tutela's: the
/// highest `q` (1 when not given; `q=0` refuses), the first on a tie;
/// `*` and languages Tutela does not speak are passed over.
pub fn from_accept_language(header: &str) -> Option<Locale> {
    let mut best: Option<(Locale, u16)> = None;
    for item in header.split(',') {
        let mut parts = item.split(';');
        let tag = parts.next().unwrap_or("").trim();
        let mut quality = 1000u16;
        for param in parts {
            if let Some(q) = param.trim().strip_prefix("q=").or_else(|| param.trim().strip_prefix("Q=")) {
                quality = q.trim().parse::<f32>().map(|q| (q.clamp(0.0, 1.0) * 1000.0) as u16).unwrap_or(0);
            }
        }
        let Some(locale) = Locale::parse(tag) else { continue };
        if quality > 0 && best.is_none_or(|(_, q)| quality > q) {
            best = Some((locale, quality));
        }
    }
    best.map(|(locale, _)| locale)
}

/// What a request tells about the language to answer in.
#[derive(Clone, Copy, Debug, Default)]
pub struct Preferences<'a> {
    /// The signed-in account's own setting.
    pub setting: Option<Locale>,
    /// The `tutela_lang` cookie's value (set by the footer's language menu).
    pub cookie: Option<&'a str>,
    /// The `Accept-Language` header.
    pub accept_language: Option<&'a str>,
    /// The signed-in person's institution's default.
    pub institution: Option<Locale>,
    /// Whether the pseudo-locale may be asked for (tests only).
    pub pseudo: bool,
}

/// The language of a request: the account's setting, then the cookie, then
/// `Accept-Language`, then the institution's default, then English.
pub fn choose(preferences: Preferences<'_>) -> Locale {
    preferences
        .setting
        .or_else(|| preferences.cookie.and_then(|value| from_cookie(value, preferences.pseudo)))
        .or_else(|| preferences.accept_language.and_then(from_accept_language))
        .or(preferences.institution)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_regions_fold() {
        for locale in Locale::ALL {
            assert_eq!(Locale::parse(locale.code()), Some(locale));
            assert_eq!(Locale::ALL[locale.index()], locale);
        }
        assert_eq!(Locale::parse("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::parse("PT_br"), Some(Locale::Pt));
        assert_eq!(Locale::parse("de"), None);
        assert_eq!(Locale::parse(""), None);
        assert_eq!(Locale::parse("en-XA"), Some(Locale::En), "the pseudo-locale is never parsed");
        assert_eq!(Locale::Pseudo.index(), Locale::COUNT - 1);
    }

    #[test]
    fn accept_language_takes_the_highest_quality_tutela_speaks() {
        assert_eq!(from_accept_language("fr-FR,fr;q=0.9,en;q=0.8"), Some(Locale::Fr));
        assert_eq!(from_accept_language("de-DE, en;q=0.5, ar;q=0.7"), Some(Locale::Ar));
        assert_eq!(from_accept_language("es;q=0, pt"), Some(Locale::Pt));
        assert_eq!(from_accept_language("pt;q=0.5, es;q=0.5"), Some(Locale::Pt), "the first on a tie");
        assert_eq!(from_accept_language("de, *"), None);
        assert_eq!(from_accept_language(""), None);
        assert_eq!(from_accept_language("en;q=oops, fr;q=0.1"), Some(Locale::Fr));
    }

    #[test]
    fn the_setting_wins_then_the_cookie_then_the_browser_then_the_institution() {
        let all = Preferences {
            setting: Some(Locale::Es),
            cookie: Some("pt"),
            accept_language: Some("ar"),
            institution: Some(Locale::Fr),
            pseudo: false,
        };
        assert_eq!(choose(all), Locale::Es);
        assert_eq!(choose(Preferences { setting: None, ..all }), Locale::Pt);
        assert_eq!(choose(Preferences { setting: None, cookie: Some("xx"), ..all }), Locale::Ar);
        assert_eq!(choose(Preferences { setting: None, cookie: None, accept_language: Some("de"), ..all }), Locale::Fr);
        assert_eq!(choose(Preferences::default()), Locale::En);
        assert_eq!(choose(Preferences { cookie: Some(PSEUDO_COOKIE_VALUE), ..Default::default() }), Locale::En);
        let pseudo = Preferences { cookie: Some(PSEUDO_COOKIE_VALUE), pseudo: true, ..Default::default() };
        assert_eq!(choose(pseudo), Locale::Pseudo);
    }
}
