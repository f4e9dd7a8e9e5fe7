//! The terminology glossary (`content/glossary.toml`) and the check that
//! lessons do not use a term it marks "avoid".
//!
//! The glossary is both a page for readers (`/glossary`) and a rule for
//! authors: the import warns, with file and line, wherever a lesson uses a
//! term to avoid. Two uses are allowed, because a lesson must be able to
//! name the words it teaches people to avoid and the laws that still use
//! them: text inside quotation marks (`"..."`, `“...”` or `« ... »`), and
//! the titles of instruments listed under `[quoting] titles`.
//!
//! The glossary is written in English; each term may carry its
//! translations (`[term.fr]`, with their own words to avoid), and
//! `[quoting.fr] titles` the titles of laws in that language. A lesson is
//! checked against the terms of its own language.

use std::path::Path;

use serde::Deserialize;
use sha2::{Digest, Sha256};
use tutela_app::i18n::Locale;
use tutela_app::model::GlossaryTerm;
use tutela_app::store::GlossaryTranslation;

use super::{ContentProblem, line_at};

/// The glossary, as read from `glossary.toml`.
#[derive(Clone, Debug, PartialEq)]
pub struct Glossary {
    pub content_hash: String,
    pub terms: Vec<GlossaryTerm>,
    /// Titles of laws and instruments that may be cited as they are, even
    /// where they contain a term to avoid.
    pub quotable_titles: Vec<String>,
    /// The terms in other languages, each with its term's position.
    pub translations: Vec<GlossaryTranslation>,
    /// Quotable titles in other languages, by language code.
    pub quotable_translated: Vec<(String, Vec<String>)>,
}

/// The language the glossary's own terms are written in.
pub const GLOSSARY_LANGUAGE: Locale = Locale::En;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    quoting: Quoting,
    #[serde(default, rename = "term")]
    terms: Vec<TermFile>,
}

/// Each language's table is a field, so that serde names a table of an
/// unknown language with its line; [`in_language`] keeps them in step with
/// [`Locale`].
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Quoting {
    #[serde(default)]
    titles: Vec<String>,
    en: Option<QuotingTitles>,
    fr: Option<QuotingTitles>,
    es: Option<QuotingTitles>,
    pt: Option<QuotingTitles>,
    ar: Option<QuotingTitles>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct QuotingTitles {
    #[serde(default)]
    titles: Vec<String>,
}

/// A term: its words in English, and its translations.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermFile {
    #[serde(default)]
    term: String,
    #[serde(default)]
    meaning: String,
    #[serde(default)]
    avoid: Vec<String>,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
    en: Option<TermWords>,
    fr: Option<TermWords>,
    es: Option<TermWords>,
    pt: Option<TermWords>,
    ar: Option<TermWords>,
}

/// A term in one language.
#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct TermWords {
    #[serde(default)]
    term: String,
    #[serde(default)]
    meaning: String,
    #[serde(default)]
    avoid: Vec<String>,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
}

/// A language's table of `[term.xx]` or `[quoting.xx]`.
fn in_language<T>(locale: Locale, [en, fr, es, pt, ar]: [&Option<T>; 5]) -> Option<&T> {
    match locale {
        Locale::En | Locale::Pseudo => en.as_ref(),
        Locale::Fr => fr.as_ref(),
        Locale::Es => es.as_ref(),
        Locale::Pt => pt.as_ref(),
        Locale::Ar => ar.as_ref(),
    }
}

impl TermFile {
    fn translation(&self, locale: Locale) -> Option<&TermWords> {
        in_language(locale, [&self.en, &self.fr, &self.es, &self.pt, &self.ar])
    }

    fn words(&self) -> TermWords {
        TermWords {
            term: self.term.clone(),
            meaning: self.meaning.clone(),
            avoid: self.avoid.clone(),
            reason: self.reason.clone(),
            note: self.note.clone(),
        }
    }
}

impl TermWords {
    fn into_term(self) -> GlossaryTerm {
        GlossaryTerm {
            term: self.term.trim().to_string(),
            meaning: self.meaning.trim().to_string(),
            avoid: self.avoid.iter().map(|a| a.trim().to_string()).collect(),
            reason: self.reason.trim().to_string(),
            note: self.note.trim().to_string(),
        }
    }
}

/// Reads `path`, reporting every problem with its line.
pub fn load(path: &Path) -> Result<Glossary, Vec<ContentProblem>> {
    let problem = |line: usize, message: String| ContentProblem { file: path.to_path_buf(), line, message };
    let text = std::fs::read_to_string(path).map_err(|err| vec![problem(1, format!("cannot read: {err}"))])?;
    let file: GlossaryFile = toml::from_str(&text).map_err(|err| {
        let line = err.span().map(|span| line_at(&text, span.start)).unwrap_or(1);
        vec![problem(line, unknown_language(&text, line).unwrap_or_else(|| err.message().to_string()))]
    })?;

    let lines = term_lines(&text);
    let mut problems = Vec::new();
    let mut translations = Vec::new();
    for locale in Locale::ALL {
        // Each language's words to avoid are listed once, under one term.
        let mut seen_avoid: Vec<(String, String)> = Vec::new();
        for (index, entry) in file.terms.iter().enumerate() {
            let (words, line) = if locale == GLOSSARY_LANGUAGE {
                (entry.words(), lines.get(index).map_or(1, |l| l.term))
            } else {
                let Some(words) = entry.translation(locale) else { continue };
                let line = lines.get(index).and_then(|l| l.table(locale.code())).unwrap_or(1);
                (words.clone(), line)
            };
            let table =
                if locale == GLOSSARY_LANGUAGE { String::new() } else { format!(" (`[term.{}]`)", locale.code()) };
            if words.term.trim().is_empty() || words.meaning.trim().is_empty() {
                problems.push(problem(line, format!("every term needs a `term` and a `meaning`{table}")));
            }
            if !words.avoid.is_empty() && words.reason.trim().is_empty() {
                problems.push(problem(line, format!("`{}` lists terms to avoid but no `reason`{table}", words.term)));
            }
            for avoid in &words.avoid {
                let key = avoid.trim().to_lowercase();
                if key.is_empty() {
                    problems.push(problem(line, format!("`{}` has an empty term in `avoid`", words.term)));
                } else if let Some((_, first)) = seen_avoid.iter().find(|(seen, _)| *seen == key) {
                    problems.push(problem(line, format!("\"{avoid}\" is already listed to avoid under `{first}`")));
                } else {
                    seen_avoid.push((key, words.term.clone()));
                }
            }
            if locale != GLOSSARY_LANGUAGE {
                translations.push(GlossaryTranslation {
                    position: index,
                    language: locale.code().to_string(),
                    term: words.into_term(),
                });
            }
        }
    }
    let quoting = &file.quoting;
    let mut quotable_translated = Vec::new();
    for locale in Locale::ALL {
        let titles = in_language(locale, [&quoting.en, &quoting.fr, &quoting.es, &quoting.pt, &quoting.ar]);
        match titles {
            Some(_) if locale == GLOSSARY_LANGUAGE => problems.push(problem(
                header_line(&text, &format!("[quoting.{}]", locale.code())),
                format!("`[quoting] titles` are already in the glossary's language ({})", locale.code()),
            )),
            Some(titles) => quotable_translated.push((locale.code().to_string(), titles.titles.clone())),
            None => {}
        }
    }
    for (index, entry) in file.terms.iter().enumerate() {
        if entry.translation(GLOSSARY_LANGUAGE).is_some() {
            let line = lines.get(index).and_then(|l| l.table(GLOSSARY_LANGUAGE.code())).unwrap_or(1);
            problems.push(problem(
                line,
                format!(
                    "the glossary is written in `{}`: its terms are translated into other languages",
                    GLOSSARY_LANGUAGE.code()
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Glossary {
        content_hash: hex::encode(Sha256::digest(text.as_bytes())),
        terms: file.terms.iter().map(|entry| entry.words().into_term()).collect(),
        quotable_titles: file.quoting.titles,
        translations,
        quotable_translated,
    })
}

/// Where a `[[term]]` is, for messages: the line of its `term =` (or of
/// `[[term]]` itself), and of each of its `[term.xx]` tables.
struct TermLines {
    term: usize,
    tables: Vec<(String, usize)>,
}

impl TermLines {
    fn table(&self, code: &str) -> Option<usize> {
        self.tables.iter().find(|(c, _)| c == code).map(|(_, line)| *line)
    }
}

fn term_lines(text: &str) -> Vec<TermLines> {
    let mut terms: Vec<TermLines> = Vec::new();
    let mut in_table = false;
    let mut term_seen = false;
    for (index, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.starts_with("[[term]]") {
            terms.push(TermLines { term: index + 1, tables: Vec::new() });
            (in_table, term_seen) = (false, false);
        } else if let Some(rest) = line.strip_prefix("[term.") {
            let code = rest.split(']').next().unwrap_or_default().trim().to_string();
            if let Some(term) = terms.last_mut() {
                term.tables.push((code, index + 1));
            }
            in_table = true;
        } else if line.starts_with('[') {
            in_table = true;
        } else if !in_table
            && !term_seen
            && line.strip_prefix("term").is_some_and(|rest| rest.trim_start().starts_with('='))
            && let Some(term) = terms.last_mut()
        {
            term.term = index + 1;
            term_seen = true;
        }
    }
    terms
}

fn header_line(text: &str, header: &str) -> usize {
    text.lines().position(|line| line.trim().starts_with(header)).map_or(1, |index| index + 1)
}

/// The message for a `[term.xx]` or `[quoting.xx]` table of a language
/// Tutela does not know, at `line`.
fn unknown_language(text: &str, line: usize) -> Option<String> {
    let header = text.lines().nth(line.checked_sub(1)?)?.trim();
    let code = header.strip_prefix("[term.").or_else(|| header.strip_prefix("[quoting."))?;
    let code = code.split(']').next()?.trim();
    Some(format!(
        "`{code}` is not a language code Tutela knows; use one of: {}",
        Locale::ALL.map(Locale::code).join(", ")
    ))
}

impl Glossary {
    /// A warning for each use of a term to avoid in a lesson's Markdown
    /// `source`, outside quotation marks and quotable titles; the terms and
    /// titles are those of the lesson's `language`.
    pub fn check(&self, file: &Path, source: &str, language: Locale) -> Vec<ContentProblem> {
        let (terms, titles): (Vec<&GlossaryTerm>, &[String]) = if language == GLOSSARY_LANGUAGE {
            (self.terms.iter().collect(), &self.quotable_titles)
        } else {
            let code = language.code();
            let terms = self.translations.iter().filter(|t| t.language == code).map(|t| &t.term).collect();
            let titles = self.quotable_translated.iter().find(|(c, _)| c == code).map_or(&[][..], |(_, t)| t);
            (terms, titles)
        };
        let mut warnings = Vec::new();
        for (index, line) in source.lines().enumerate() {
            // Emphasis marks would split a title written in bold or italics,
            // and a typographic apostrophe would not match a typed one.
            let mut plain = fold(&line.replace(['*', '_'], ""));
            for title in titles {
                blank_all(&mut plain, &fold(title));
            }
            blank_quoted(&mut plain);
            for entry in &terms {
                for avoid in &entry.avoid {
                    if contains_phrase(&plain, &fold(avoid)) {
                        warnings.push(ContentProblem {
                            file: file.to_path_buf(),
                            line: index + 1,
                            message: format!(
                                "\"{avoid}\" is a term to avoid (content/glossary.toml, {}): write \"{}\" instead, or quote the law's title",
                                language.code(),
                                entry.term
                            ),
                        });
                    }
                }
            }
        }
        warnings
    }
}

/// Lower case, with typographic apostrophes as typed ones (`’` as `'`).
fn fold(text: &str) -> String {
    text.to_lowercase().replace('’', "'")
}

/// Replaces every occurrence of `needle` in `text` by spaces of the same length.
fn blank_all(text: &mut String, needle: &str) {
    if needle.is_empty() {
        return;
    }
    while let Some(at) = text.find(needle) {
        text.replace_range(at..at + needle.len(), &" ".repeat(needle.len()));
    }
}

/// Blanks what stands between double quotation marks: straight, curly,
/// or the guillemets of French (« ... »), Spanish, Portuguese and Arabic.
fn blank_quoted(text: &mut String) {
    let mut out = String::with_capacity(text.len());
    let mut inside: Option<char> = None;
    for c in text.chars() {
        match (inside, c) {
            (None, '"') => inside = Some('"'),
            (None, '“') => inside = Some('”'),
            (None, '«') => inside = Some('»'),
            (Some(close), c) if c == close => inside = None,
            (Some(_), _) => {
                out.push(' ');
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    *text = out;
}

/// Whether `phrase` occurs in `text` as whole words.
fn contains_phrase(text: &str, phrase: &str) -> bool {
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !is_word(before) && !is_word(after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn glossary() -> Glossary {
        Glossary {
            content_hash: String::new(),
            terms: vec![GlossaryTerm {
                term: "child sexual abuse material".into(),
                meaning: "m".into(),
                avoid: vec!["child pornography".into()],
                reason: "r".into(),
                note: String::new(),
            }],
            quotable_titles: vec!["Protocol on the sale of children and child pornography".into()],
            translations: vec![GlossaryTranslation {
                position: 0,
                language: "fr".into(),
                term: GlossaryTerm {
                    term: "matériel d'abus sexuels d'enfants".into(),
                    meaning: "m".into(),
                    avoid: vec!["pornographie enfantine".into()],
                    reason: "r".into(),
                    note: String::new(),
                },
            }],
            quotable_translated: vec![(
                "fr".into(),
                vec!["Protocole sur l'enfant et la pornographie enfantine".into()],
            )],
        }
    }

    #[test]
    fn a_term_to_avoid_is_flagged_on_its_line_but_not_in_quotes_or_a_quoted_title() {
        let source = "# Title\n\nNever \"child pornography\" or “Child Pornography”.\n\
                      The **Protocol on the sale of children and child pornography**, 2000.\n\
                      They seized Child Pornography.\nchild pornographyx is not the word.\n";
        let warnings = glossary().check(Path::new("l.md"), source, Locale::En);
        assert_eq!(warnings.iter().map(|w| w.line).collect::<Vec<_>>(), vec![5]);
        assert!(warnings[0].message.contains("child sexual abuse material"));
    }

    #[test]
    fn a_french_lesson_is_checked_against_the_french_terms_and_guillemets_quote() {
        let source = "# Titre\n\nJamais « pornographie enfantine ».\nLe *Protocole sur l’enfant et la pornographie enfantine*.\n\
                      Ils ont saisi de la Pornographie enfantine.\nThey seized child pornography.\n";
        let warnings = glossary().check(Path::new("l.fr.md"), source, Locale::Fr);
        assert_eq!(warnings.iter().map(|w| w.line).collect::<Vec<_>>(), vec![5], "{warnings:?}");
        assert!(warnings[0].message.contains("matériel d'abus sexuels d'enfants"));
        assert!(glossary().check(Path::new("l.es.md"), source, Locale::Es).is_empty(), "no Spanish terms");
    }
}
