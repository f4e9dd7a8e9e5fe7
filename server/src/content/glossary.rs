//! The terminology glossary (`content/glossary.toml`) and the check that
//! lessons do not use a term it marks "avoid".
//!
//! The glossary is both a page for readers (`/glossary`) and a rule for
//! authors: the import warns, with file and line, wherever a lesson uses a
//! term to avoid. Two uses are allowed, because a lesson must be able to
//! name the words it teaches people to avoid and the laws that still use
//! them: text inside double quotation marks (`"..."` or `“...”`), and the
//! titles of instruments listed under `[quoting] titles`.

use std::path::Path;

use serde::Deserialize;
use sha2::{Digest, Sha256};
use tutela_app::model::GlossaryTerm;

use super::{ContentProblem, line_at};

/// The glossary, as read from `glossary.toml`.
#[derive(Clone, Debug, PartialEq)]
pub struct Glossary {
    pub content_hash: String,
    pub terms: Vec<GlossaryTerm>,
    /// Titles of laws and instruments that may be cited as they are, even
    /// where they contain a term to avoid.
    pub quotable_titles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GlossaryFile {
    #[serde(default)]
    quoting: Quoting,
    #[serde(default, rename = "term")]
    terms: Vec<TermFile>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Quoting {
    #[serde(default)]
    titles: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TermFile {
    term: String,
    meaning: String,
    #[serde(default)]
    avoid: Vec<String>,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    note: String,
}

/// Reads `path`, reporting every problem with its line.
pub fn load(path: &Path) -> Result<Glossary, Vec<ContentProblem>> {
    let problem = |line: usize, message: String| ContentProblem { file: path.to_path_buf(), line, message };
    let text = std::fs::read_to_string(path).map_err(|err| vec![problem(1, format!("cannot read: {err}"))])?;
    let file: GlossaryFile = toml::from_str(&text).map_err(|err| {
        let line = err.span().map(|span| line_at(&text, span.start)).unwrap_or(1);
        vec![problem(line, err.message().to_string())]
    })?;

    // Entries are located by their `term = "..."` line, for messages.
    let term_lines: Vec<usize> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| {
            line.trim_start().strip_prefix("term").is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|(index, _)| index + 1)
        .collect();
    let mut problems = Vec::new();
    let mut seen_avoid: Vec<(String, String)> = Vec::new();
    for (index, entry) in file.terms.iter().enumerate() {
        let line = term_lines.get(index).copied().unwrap_or(1);
        if entry.term.trim().is_empty() || entry.meaning.trim().is_empty() {
            problems.push(problem(line, "every term needs a `term` and a `meaning`".into()));
        }
        if !entry.avoid.is_empty() && entry.reason.trim().is_empty() {
            problems.push(problem(line, format!("`{}` lists terms to avoid but no `reason`", entry.term)));
        }
        for avoid in &entry.avoid {
            let key = avoid.trim().to_lowercase();
            if key.is_empty() {
                problems.push(problem(line, format!("`{}` has an empty term in `avoid`", entry.term)));
            } else if let Some((_, first)) = seen_avoid.iter().find(|(seen, _)| *seen == key) {
                problems.push(problem(line, format!("\"{avoid}\" is already listed to avoid under `{first}`")));
            } else {
                seen_avoid.push((key, entry.term.clone()));
            }
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Glossary {
        content_hash: hex::encode(Sha256::digest(text.as_bytes())),
        terms: file
            .terms
            .into_iter()
            .map(|entry| GlossaryTerm {
                term: entry.term.trim().to_string(),
                meaning: entry.meaning.trim().to_string(),
                avoid: entry.avoid.iter().map(|a| a.trim().to_string()).collect(),
                reason: entry.reason.trim().to_string(),
                note: entry.note.trim().to_string(),
            })
            .collect(),
        quotable_titles: file.quoting.titles,
    })
}

impl Glossary {
    /// A warning for each use of a term to avoid in a lesson's Markdown
    /// `source`, outside quotation marks and quotable titles.
    pub fn check(&self, file: &Path, source: &str) -> Vec<ContentProblem> {
        let mut warnings = Vec::new();
        for (index, line) in source.lines().enumerate() {
            // Emphasis marks would split a title written in bold or italics.
            let mut plain = line.replace(['*', '_'], "").to_lowercase();
            for title in &self.quotable_titles {
                blank_all(&mut plain, &title.to_lowercase());
            }
            blank_quoted(&mut plain);
            for entry in &self.terms {
                for avoid in &entry.avoid {
                    if contains_phrase(&plain, &avoid.to_lowercase()) {
                        warnings.push(ContentProblem {
                            file: file.to_path_buf(),
                            line: index + 1,
                            message: format!(
                                "\"{avoid}\" is a term to avoid (content/glossary.toml): write \"{}\" instead, or quote the law's title",
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

/// Replaces every occurrence of `needle` in `text` by spaces of the same length.
fn blank_all(text: &mut String, needle: &str) {
    if needle.is_empty() {
        return;
    }
    while let Some(at) = text.find(needle) {
        text.replace_range(at..at + needle.len(), &" ".repeat(needle.len()));
    }
}

/// Blanks what stands between double quotation marks, straight or curly.
fn blank_quoted(text: &mut String) {
    let mut out = String::with_capacity(text.len());
    let mut inside: Option<char> = None;
    for c in text.chars() {
        match (inside, c) {
            (None, '"') => inside = Some('"'),
            (None, '“') => inside = Some('”'),
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
        }
    }

    #[test]
    fn a_term_to_avoid_is_flagged_on_its_line_but_not_in_quotes_or_a_quoted_title() {
        let source = "# Title\n\nNever \"child pornography\" or “Child Pornography”.\n\
                      The **Protocol on the sale of children and child pornography**, 2000.\n\
                      They seized Child Pornography.\nchild pornographyx is not the word.\n";
        let warnings = glossary().check(Path::new("l.md"), source);
        assert_eq!(warnings.iter().map(|w| w.line).collect::<Vec<_>>(), vec![5]);
        assert!(warnings[0].message.contains("child sexual abuse material"));
    }
}
