//! The message catalogues (server only): Fluent files embedded in the
//! binary, one bundle per locale built once, shared by every request.
//!
//! Files: `app/locales/<code>/<file>.ftl`, one file per capability
//! ([`FILES`]), so that work on two capabilities never edits the same
//! catalogue. Ids begin with the file's name (`accounts-sign-in-title`).
//! Each file's first line records its translation's status
//! (`## status: complete` or `## status: needs-review`).
//!
//! `fluent-bundle`'s concurrent bundle (its `intl-memoizer` behind a
//! mutex) is `Send + Sync`, so the bundles live in one `LazyLock` and are
//! never rebuilt. Placeables are not wrapped in Unicode isolation marks:
//! views put text from the records in `<bdi>` ([`super::rich`]).

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::{Arg, Locale, Msg};

/// Every catalogue file, in every locale's folder. A new capability adds
/// its file here (and `app/locales/<code>/<file>.ftl` for each locale).
pub const FILES: [&str; 12] = [
    "shared",
    "accounts",
    "catalogue",
    "people",
    "roster",
    "organisation",
    "audit",
    "learning",
    "learning-hr",
    "quiz",
    "quiz-trainer",
    "quiz-bank",
];

macro_rules! sources {
    ($($code:literal),*) => {
        [$(
            [
                include_str!(concat!("../../locales/", $code, "/shared.ftl")),
                include_str!(concat!("../../locales/", $code, "/accounts.ftl")),
                include_str!(concat!("../../locales/", $code, "/catalogue.ftl")),
                include_str!(concat!("../../locales/", $code, "/people.ftl")),
                include_str!(concat!("../../locales/", $code, "/roster.ftl")),
                include_str!(concat!("../../locales/", $code, "/organisation.ftl")),
                include_str!(concat!("../../locales/", $code, "/audit.ftl")),
                include_str!(concat!("../../locales/", $code, "/learning.ftl")),
                include_str!(concat!("../../locales/", $code, "/learning-hr.ftl")),
                include_str!(concat!("../../locales/", $code, "/quiz.ftl")),
                include_str!(concat!("../../locales/", $code, "/quiz-trainer.ftl")),
                include_str!(concat!("../../locales/", $code, "/quiz-bank.ftl")),
            ],
        )*]
    };
}

/// The text of every file, by locale (in [`Locale::ALL`]'s order), then
/// by file (in [`FILES`]' order).
pub const SOURCES: [[&str; FILES.len()]; Locale::ALL.len()] = sources!("en", "fr", "es", "pt", "ar");

/// A translation's status, from the first line of its file.
pub fn status(source: &str) -> Option<&str> {
    source.lines().next()?.strip_prefix("## status:").map(str::trim)
}

/// A locale's bundle, and the problems met building it (none, as a test
/// makes sure).
struct Built {
    bundle: FluentBundle<FluentResource>,
    problems: Vec<String>,
    /// (message id, variable) for each variable a message of this
    /// catalogue selects on (`{ $outcome -> ...`): such a variable is given
    /// to Fluent as it is, never marked nor isolated, so that it selects.
    selectors: std::collections::HashSet<(String, String)>,
}

/// The variables each message of a catalogue file's text selects on.
fn selectors_in(source: &str, into: &mut std::collections::HashSet<(String, String)>) {
    let mut id = "";
    for line in source.lines() {
        if let Some(first) = ids(line).first() {
            id = first;
        }
        for after in line.split('$').skip(1) {
            let end = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(after.len());
            if after[end..].trim_start().starts_with("->") {
                into.insert((id.to_string(), after[..end].to_string()));
            }
        }
    }
}

fn build(locale: Locale) -> Built {
    let source = locale.source();
    let mut problems = Vec::new();
    let langid = source.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match source {
        Locale::Fr => format_number::<{ Locale::Fr as u8 }, _>,
        Locale::Es => format_number::<{ Locale::Es as u8 }, _>,
        Locale::Pt => format_number::<{ Locale::Pt as u8 }, _>,
        Locale::Ar => format_number::<{ Locale::Ar as u8 }, _>,
        Locale::En | Locale::Pseudo => format_number::<{ Locale::En as u8 }, _>,
    }));
    if locale == Locale::Pseudo {
        bundle.set_transform(Some(pseudo));
    }
    for (file, text) in FILES.iter().zip(SOURCES[source.index()]) {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(resource, errors)| {
            problems.extend(errors.iter().map(|e| format!("{}/{file}.ftl: {e:?}", source.code())));
            resource
        });
        if let Err(errors) = bundle.add_resource(resource) {
            problems.extend(errors.iter().map(|e| format!("{}/{file}.ftl: {e:?}", source.code())));
        }
    }
    let mut selectors = std::collections::HashSet::new();
    for text in SOURCES[source.index()] {
        selectors_in(text, &mut selectors);
    }
    Built { bundle, problems, selectors }
}

static BUNDLES: LazyLock<[Built; Locale::COUNT]> = LazyLock::new(|| {
    [
        build(Locale::En),
        build(Locale::Fr),
        build(Locale::Es),
        build(Locale::Pt),
        build(Locale::Ar),
        build(Locale::Pseudo),
    ]
});

/// The problems met parsing `locale`'s catalogue (syntax errors, an id
/// defined twice): empty, as the languages test checks.
pub fn problems(locale: Locale) -> &'static [String] {
    &BUNDLES[locale.index()].problems
}

/// Whether `locale`'s catalogue has the message `id`.
pub fn has(locale: Locale, id: &str) -> bool {
    BUNDLES[locale.index()].bundle.has_message(id)
}

/// The ids of the messages in one catalogue file's text: the lines that
/// begin, at their first column, with an identifier and ` =` (Fluent puts
/// nothing else there but comments and terms, which begin with `#`, `-`).
pub fn ids(source: &str) -> Vec<&str> {
    source
        .lines()
        .filter_map(|line| line.split_once('=').map(|(id, _)| id.trim_end()))
        .filter(|id| {
            id.starts_with(|c: char| c.is_ascii_alphabetic())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        })
        .collect()
}

/// Numbers as the locale writes them ([`super::format::number`]).
fn format_number<const LOCALE: u8, M>(value: &FluentValue, _: &M) -> Option<String> {
    let FluentValue::Number(FluentNumber { value, .. }) = value else { return None };
    let locale = Locale::ALL.into_iter().find(|l| *l as u8 == LOCALE).unwrap_or_default();
    Some(super::format::number(locale, *value))
}

/// The pseudo-locale's letters: every ASCII letter becomes an accented
/// one, so any text left unaccented was not taken from the catalogue.
fn pseudo(text: &str) -> Cow<'_, str> {
    const LOWER: [char; 26] = [
        'á', 'ƀ', 'ç', 'đ', 'é', 'ƒ', 'ĝ', 'ĥ', 'í', 'ĵ', 'ķ', 'ĺ', 'ɱ', 'ñ', 'ó', 'þ', 'ǫ', 'ŕ', 'š', 'ŧ', 'ú', 'ṽ',
        'ŵ', 'ẋ', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Á', 'Ɓ', 'Ç', 'Đ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Í', 'Ĵ', 'Ķ', 'Ĺ', 'Ṁ', 'Ñ', 'Ó', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ŧ', 'Ú', 'Ṽ',
        'Ŵ', 'Ẋ', 'Ý', 'Ž',
    ];
    text.chars()
        .map(|c| match c {
            'a'..='z' => LOWER[(c as u8 - b'a') as usize],
            'A'..='Z' => UPPER[(c as u8 - b'A') as usize],
            other => other,
        })
        .collect::<String>()
        .into()
}

/// The errors Fluent meets formatting `msg` in `locale`'s own catalogue (a
/// variable the message names but `msg` lacks, a term or message it refers
/// to that does not exist); the message missing is one too. Views never
/// see these (a page shows what could be formatted); the languages test
/// formats every message of every locale with them.
pub fn format_errors(locale: Locale, msg: &Msg) -> Vec<String> {
    let bundle = &BUNDLES[locale.index()].bundle;
    let Some(pattern) = bundle.get_message(&msg.id).and_then(|message| message.value()) else {
        return vec![format!("{}: no message {}", locale.code(), msg.id)];
    };
    let mut args = FluentArgs::with_capacity(msg.args.len());
    for (name, arg) in &msg.args {
        let value = match arg {
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Text(text) | Arg::Word(text) => FluentValue::String(Cow::Borrowed(text.as_ref())),
            Arg::Msg(inner) => FluentValue::String(Cow::Owned(translate(locale, inner))),
        };
        args.set(name.clone(), value);
    }
    let mut errors = Vec::new();
    bundle.format_pattern(pattern, Some(&args), &mut errors);
    errors.iter().map(|error| format!("{}: {}: {error}", locale.code(), msg.id)).collect()
}

/// `msg` in `locale`'s words. A message missing from a translation falls
/// back to English; one missing everywhere shows its id (the languages
/// test fails on both).
pub fn translate(locale: Locale, msg: &Msg) -> String {
    translate_with(locale, msg, &|text| isolated(locale, text))
}

/// [`translate`], with each [`Arg::Text`] shown as `text_arg` makes it
/// (views use it to mark where text from the records goes).
pub fn translate_with(locale: Locale, msg: &Msg, text_arg: &dyn Fn(&str) -> Cow<'_, str>) -> String {
    if let Some(text) = msg.as_verbatim() {
        return text_arg(text).into_owned();
    }
    let built = &BUNDLES[locale.index()];
    let (built, message) = match built.bundle.get_message(&msg.id) {
        Some(message) => (built, message),
        None => match BUNDLES[Locale::En.index()].bundle.get_message(&msg.id) {
            Some(message) => (&BUNDLES[Locale::En.index()], message),
            None => return msg.id.to_string(),
        },
    };
    let bundle = &built.bundle;
    let Some(pattern) = message.value() else { return msg.id.to_string() };
    let mut args = FluentArgs::with_capacity(msg.args.len());
    for (name, arg) in &msg.args {
        let value = match arg {
            Arg::Text(text) if built.selectors.contains(&(msg.id.to_string(), name.to_string())) => {
                FluentValue::String(Cow::Owned(without_controls(text).into_owned()))
            }
            Arg::Text(text) => FluentValue::String(Cow::Owned(text_arg(&without_controls(text)).into_owned())),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Num(n) => FluentValue::from(*n),
            Arg::Msg(inner) => FluentValue::String(Cow::Owned(translate_with(locale, inner, text_arg))),
            Arg::Word(word) => FluentValue::String(Cow::Borrowed(word)),
        };
        args.set(name.clone(), value);
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
    if locale == Locale::Pseudo { format!("⟦{text}⟧") } else { text.into_owned() }
}

/// Whether `c` embeds, overrides or isolates direction (U+202A to U+202E,
/// U+2066 to U+2069): in text from the records or authored content it
/// would reorder the words around it.
pub fn is_direction_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Text from the records as a message holds it: without direction
/// controls ([`is_direction_control`]).
fn without_controls(text: &str) -> Cow<'_, str> {
    if text.contains(is_direction_control) {
        Cow::Owned(text.chars().filter(|c| !is_direction_control(*c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// On a right-to-left page, text from the records isolated (U+2068 ...
/// U+2069), so a Latin name keeps its place in an Arabic sentence where
/// no `<bdi>` can go (a title, an attribute). The tests' pseudo-locale
/// isolates it too, so their check tells a record from a word left out
/// of the catalogue there as well.
fn isolated(locale: Locale, text: &str) -> Cow<'_, str> {
    if locale.dir() == "rtl" || locale == Locale::Pseudo {
        Cow::Owned(format!("\u{2068}{text}\u{2069}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The message `id` (without variables) in `locale`.
pub fn text(locale: Locale, id: &'static str) -> String {
    translate(locale, &Msg::new(id))
}

/// The message `id` in English: for the command line's operators and for
/// tests that look for a message's words.
pub fn english(id: &'static str) -> String {
    text(Locale::En, id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pseudo_locale_accents_every_letter_and_brackets_the_message() {
        assert_eq!(pseudo("Sign in, 2 times"), "Šíĝñ íñ, 2 ŧíɱéš");
        let shown = translate(Locale::Pseudo, &Msg::new("shared-nav-sign-in"));
        assert!(shown.starts_with('⟦') && shown.ends_with('⟧'), "{shown}");
        assert!(!shown.chars().any(|c| c.is_ascii_alphabetic()), "{shown}");
    }

    #[test]
    fn text_from_the_records_is_not_transformed() {
        let msg = Msg::new("accounts-activate-for").arg("name", "Amina").arg("staff_number", "P-1");
        let shown = translate(Locale::Pseudo, &msg);
        assert!(shown.contains("Amina"), "{shown}");
        assert_eq!(translate(Locale::Fr, &Msg::verbatim("as is")), "as is");
        assert_eq!(translate(Locale::Fr, &Msg::new("no-such-message")), "no-such-message");
    }

    #[test]
    fn words_select_even_when_texts_are_marked() {
        let role = Msg::new("shared-role").arg("role", Arg::word("hr"));
        let marked = translate_with(Locale::En, &role, &|text| format!("[{text}]").into());
        assert_eq!(marked, "HR", "a selector sees the word, not a marked text");
    }

    #[test]
    fn text_from_the_records_cannot_reorder_the_words_around_it() {
        let msg =
            Msg::new("shared-role-on-unit").arg("role", crate::model::Role::Hr.msg()).arg("unit", "North\u{202E}tfel");
        let english = translate(Locale::En, &msg);
        assert!(english.contains("Northtfel") && !english.contains('\u{202E}'), "{english}");
        let arabic = translate(Locale::Ar, &msg);
        assert!(arabic.contains("\u{2068}Northtfel\u{2069}"), "{arabic}");
    }

    #[test]
    fn a_variable_a_message_selects_on_selects_in_every_locale_whatever_its_kind() {
        for locale in [Locale::En, Locale::Ar, Locale::Pseudo] {
            let as_text = translate(locale, &Msg::new("accounts-outcome").arg("outcome", "wrong-password"));
            let as_word = translate(locale, &Msg::new("accounts-outcome").arg("outcome", Arg::word("wrong-password")));
            assert_eq!(as_text, as_word, "{locale:?}");
            assert!(!as_text.contains("wrong-password"), "{locale:?}: {as_text}");
        }
    }
}
