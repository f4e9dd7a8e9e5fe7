//! Languages: which ones Tutela speaks, and (to come) the message
//! catalogue every string a person reads is taken from.

use serde::{Deserialize, Serialize};

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
}

impl Locale {
    /// Every locale, English first.
    pub const ALL: [Locale; 5] = [Locale::En, Locale::Fr, Locale::Es, Locale::Pt, Locale::Ar];

    /// The BCP 47 code: the page's `lang`, the cookie's and the database's value.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::Pt => "pt",
            Locale::Ar => "ar",
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
        }
    }

    /// The writing direction: the page's `dir`.
    pub fn dir(self) -> &'static str {
        if self == Locale::Ar { "rtl" } else { "ltr" }
    }
}

#[cfg(test)]
mod tests {
    use super::Locale;

    #[test]
    fn codes_round_trip_and_regions_fold() {
        for locale in Locale::ALL {
            assert_eq!(Locale::parse(locale.code()), Some(locale));
        }
        assert_eq!(Locale::parse("fr-CA"), Some(Locale::Fr));
        assert_eq!(Locale::parse("PT_br"), Some(Locale::Pt));
        assert_eq!(Locale::parse("de"), None);
        assert_eq!(Locale::parse(""), None);
    }
}
