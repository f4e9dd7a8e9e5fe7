//! What a reader is told about the language of a course page or the
//! glossary: the languages it can be read in ("Read in: English ·
//! Français", each language in its own name), that it is not translated
//! into theirs, that its translation is of an older version. Its words are
//! the `catalogue-read-in` … `catalogue-language-*` messages of
//! `catalogue.ftl`.

use leptos::prelude::*;

use crate::i18n::{Arg, Locale, Msg, t, tm};
use crate::model::{Reading, TranslationStatus};

/// The facts list's label for a translation's review status, and its value.
pub fn status_fact(status: TranslationStatus) -> (String, String) {
    let status = Msg::new("catalogue-translation-status").arg("status", Arg::word(status.as_str()));
    (t("catalogue-translation"), tm(&status))
}

/// `word` between the quotation marks of `locale`'s typography.
pub fn quoted(word: &str, locale: Locale) -> String {
    match locale {
        Locale::Fr => format!("«\u{202f}{word}\u{202f}»"),
        Locale::Es | Locale::Ar => format!("«{word}»"),
        Locale::En | Locale::Pt | Locale::Pseudo => format!("“{word}”"),
    }
}

/// A language's name in the reader's language (`French`, `français`), to
/// go inside a sentence.
fn name(locale: Locale) -> Arg {
    Arg::Msg(Box::new(Msg::new(match locale {
        Locale::En | Locale::Pseudo => "catalogue-language-en",
        Locale::Fr => "catalogue-language-fr",
        Locale::Es => "catalogue-language-es",
        Locale::Pt => "catalogue-language-pt",
        Locale::Ar => "catalogue-language-ar",
    })))
}

/// `path` in `locale`: the same page, the language chosen in its address.
fn in_language(path: &str, locale: Locale) -> String {
    format!("{path}?lang={}", locale.code())
}

/// The "Read in" links (when the page has two languages or more) and the
/// notices, for the page at `path` (its address without a query).
#[component]
pub fn LanguageBar(reading: Reading, path: String) -> impl IntoView {
    let switch = (reading.offered.len() > 1).then(|| {
        let links = reading
            .offered
            .iter()
            .enumerate()
            .map(|(index, locale)| {
                let separator = (index > 0).then_some(" · ");
                let link = if *locale == reading.shown {
                    view! {
                        <strong lang=locale.code() aria-current="page">
                            {locale.endonym()}
                        </strong>
                    }
                    .into_any()
                } else {
                    view! {
                        <a href=in_language(&path, *locale) hreflang=locale.code() lang=locale.code()>
                            {locale.endonym()}
                        </a>
                    }
                    .into_any()
                };
                view! {
                    {separator}
                    {link}
                }
            })
            .collect_view();
        view! {
            <nav class="languages" aria-label=t("catalogue-languages")>
                {t("catalogue-read-in")}
                " "
                {links}
            </nav>
        }
    });
    let untranslated = reading.untranslated().then(|| {
        let notice =
            Msg::new("catalogue-not-translated").arg("wanted", name(reading.wanted)).arg("shown", name(reading.shown));
        view! {
            <p class="notice" role="note">
                {tm(&notice)}
            </p>
        }
    });
    let stale = reading.stale.map(|(translates, current)| {
        let source = reading.source;
        let notice = Msg::new("catalogue-stale")
            .arg("translates", translates)
            .arg("current", current)
            .arg("source", name(source));
        let read = Msg::new("catalogue-read-source").arg("source", name(source));
        view! {
            <p class="notice" role="note">
                {tm(&notice)}
                " "
                <a href=in_language(&path, source) hreflang=source.code()>
                    {tm(&read)}
                </a>
            </p>
        }
    });
    view! {
        {switch}
        {untranslated}
        {stale}
    }
}
