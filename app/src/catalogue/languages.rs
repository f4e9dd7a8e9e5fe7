//! What a reader is told about the language of a course page or the
//! glossary: the languages it can be read in ("Read in: English ·
//! Français"), that it is not translated into theirs, that its translation
//! is of an older version. The words are here and nowhere else, for the
//! message catalogue to take over.

use leptos::prelude::*;

use crate::i18n::Locale;
use crate::model::{Reading, TranslationStatus};

const READ_IN: &str = "Read in: ";
const LANGUAGES_LABEL: &str = "Languages";
const NOT_TRANSLATED: (&str, &str, &str) = ("Not translated into ", " yet; shown in ", ".");
const STALE: [&str; 5] = ["Translation of version ", "; ", "the ", " version ", " is newer."];

/// The facts list's label for a translation's review status, and its value.
pub fn status_fact(status: TranslationStatus) -> (&'static str, &'static str) {
    match status {
        TranslationStatus::NeedsReview => ("Translation", "awaiting review"),
        TranslationStatus::Reviewed => ("Translation", "reviewed"),
    }
}

/// `word` between the quotation marks of `locale`'s typography.
pub fn quoted(word: &str, locale: Locale) -> String {
    match locale {
        Locale::Fr => format!("«\u{202f}{word}\u{202f}»"),
        Locale::Es | Locale::Ar => format!("«{word}»"),
        Locale::En | Locale::Pt => format!("“{word}”"),
    }
}

/// A language's own name, marked as written in it.
fn name(locale: Locale) -> impl IntoView {
    view! { <span lang=locale.code()>{locale.endonym()}</span> }
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
            <nav class="languages" aria-label=LANGUAGES_LABEL>
                {READ_IN}
                {links}
            </nav>
        }
    });
    let untranslated = reading.untranslated().then(|| {
        let (before, middle, after) = NOT_TRANSLATED;
        view! {
            <p class="notice" role="note">
                {before}
                {name(reading.wanted)}
                {middle}
                {name(reading.shown)}
                {after}
            </p>
        }
    });
    let stale = reading.stale.map(|(translates, current)| {
        let [before, middle, the, version, after] = STALE;
        let source = reading.source;
        view! {
            <p class="notice" role="note">
                {format!("{before}{translates}{middle}")}
                <a href=in_language(&path, source) hreflang=source.code()>
                    {the}
                    {name(source)}
                    {format!("{version}{current}")}
                </a>
                {after}
            </p>
        }
    });
    view! {
        {switch}
        {untranslated}
        {stale}
    }
}
