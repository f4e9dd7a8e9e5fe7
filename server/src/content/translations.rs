//! Course translations as files: `01-what-is-csea.fr.md` beside its
//! lesson, `[translations.fr]` in `course.toml` (title, summary, status,
//! optional `translates`) and in `module.toml` (title). See
//! `content/README.md`, "Translations".
//!
//! A translation is not part of its course's version: its files are left
//! out of the course's content hash (the `[translations.*]` tables are cut
//! from the TOML before hashing), so a change of translation publishes no
//! new version; it has its own hash, of its text only.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use tutela_app::catalogue::translation::locale_of;
use tutela_app::i18n::Locale;
use tutela_app::model::TranslationStatus;
use tutela_app::store::{NewCourseTranslation, NewLesson};

use super::glossary::Glossary;
use super::{ContentProblem, hash_file, markdown, relative};

/// `[translations.fr]` in `course.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CourseTranslationFile {
    #[serde(default)]
    title: String,
    #[serde(default)]
    summary: String,
    status: Option<String>,
    translates: Option<i64>,
}

/// `[translations.fr]` in `module.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ModuleTranslationFile {
    #[serde(default)]
    title: String,
}

/// A module folder as the translations need it.
pub(super) struct ModuleFiles<'a> {
    pub slug: &'a str,
    /// Lessons directly in the course folder: a module titled like the
    /// course, in every language.
    pub titled_like_course: bool,
    /// `module.toml` (path and text) and its `[translations.*]` tables.
    pub toml: Option<(&'a Path, &'a str)>,
    pub titles: &'a BTreeMap<String, ModuleTranslationFile>,
    /// The module's lessons, as (path, text).
    pub lessons: &'a [(PathBuf, String)],
    /// Its `NN-name.xx.md` files, as (path, text).
    pub translated: &'a [(PathBuf, String)],
}

/// The text of a `course.toml` or `module.toml` without its
/// `[translations.*]` tables and the blank lines before them: what the
/// course's content hash covers, so that a file hashes as it did before
/// translations were added to its end.
pub(super) fn without_translations(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    let mut blanks = String::new();
    let mut inside = false;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            inside = is_translation_header(trimmed);
            if inside {
                blanks.clear();
            }
        }
        if inside {
            continue;
        }
        if trimmed.is_empty() {
            blanks.push_str(line);
        } else {
            kept.push_str(&blanks);
            blanks.clear();
            kept.push_str(line);
        }
    }
    kept.push_str(&blanks);
    kept
}

fn is_translation_header(line: &str) -> bool {
    line.strip_prefix('[')
        .map(str::trim_start)
        .is_some_and(|rest| rest.starts_with("translations.") || rest.starts_with("translations]"))
}

/// The line of the table header `[translations.<code>]`, or of the first
/// mention of `translations`, or 1.
fn table_line(text: &str, code: &str) -> usize {
    let header = |line: &str| {
        let line = line.trim();
        is_translation_header(line) && line.trim_end_matches(']').trim_end().ends_with(&format!(".{code}"))
    };
    text.lines()
        .position(header)
        .or_else(|| text.lines().position(|line| line.contains("translations")))
        .map_or(1, |index| index + 1)
}

/// The line where `key =` is set after line `from` (1-based), or `from`.
fn key_line_after(text: &str, from: usize, key: &str) -> usize {
    text.lines()
        .enumerate()
        .skip(from)
        .find(|(_, line)| {
            let line = line.trim_start();
            line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(from, |(index, _)| index + 1)
}

/// The language a code names, if Tutela knows it and it is not the
/// course's own.
fn language(code: &str, source: Locale) -> Result<Locale, String> {
    match locale_of(code) {
        Some(locale) if locale == source => Err(format!(
            "`{code}` is the course's own language (`language` in course.toml): a translation is into another one"
        )),
        Some(locale) => Ok(locale),
        None => Err(format!(
            "`{code}` is not a language code Tutela knows; use one of: {}",
            Locale::ALL.map(Locale::code).join(", ")
        )),
    }
}

/// `NN-name.xx.md` → (`NN-name`, `xx`); `None` for a lesson (`NN-name.md`).
pub(super) fn split_translated(path: &Path) -> Option<(&str, &str)> {
    path.file_stem().and_then(|stem| stem.to_str()).and_then(|stem| stem.rsplit_once('.'))
}

/// Everything the translation of one course needs to be checked and built.
pub(super) struct CourseFiles<'a> {
    pub slug: &'a str,
    pub folder: &'a Path,
    pub toml_path: &'a Path,
    pub toml_text: &'a str,
    pub source: Locale,
    pub tables: &'a BTreeMap<String, CourseTranslationFile>,
    pub modules: Vec<ModuleFiles<'a>>,
    /// Every lesson slug of the course, which links may name.
    pub slugs: &'a BTreeSet<String>,
    pub glossary: Option<&'a Glossary>,
}

/// One language being gathered.
struct Gathering {
    translation: NewCourseTranslation,
    hasher: Sha256,
}

/// The course's translations, one per language, or the problems found in
/// their files; warnings (terms to avoid in the translation's language, a
/// translation with other sections than its lesson) are added to
/// `warnings`, and their placeholders not yet completed to `unfilled`.
pub(super) fn collect(
    course: &CourseFiles<'_>,
    warnings: &mut Vec<ContentProblem>,
    unfilled: &mut Vec<ContentProblem>,
) -> Result<Vec<NewCourseTranslation>, Vec<ContentProblem>> {
    let mut problems = Vec::new();
    let problem =
        |file: &Path, line: usize, message: String| ContentProblem { file: file.to_path_buf(), line, message };
    let (toml_path, text) = (course.toml_path, course.toml_text);
    let mut languages: BTreeMap<&str, Gathering> = BTreeMap::new();
    for (code, table) in course.tables {
        let line = table_line(text, code);
        if let Err(message) = language(code, course.source) {
            problems.push(problem(toml_path, line, message));
            continue;
        }
        for (key, value) in [("title", &table.title), ("summary", &table.summary)] {
            if value.trim().is_empty() {
                problems.push(problem(
                    toml_path,
                    key_line_after(text, line, key),
                    format!("`[translations.{code}]` needs a `{key}`"),
                ));
            }
        }
        let status = match table.status.as_deref() {
            None => TranslationStatus::NeedsReview,
            Some(word) => TranslationStatus::parse(word).unwrap_or_else(|| {
                problems.push(problem(
                    toml_path,
                    key_line_after(text, line, "status"),
                    format!("`status` must be \"needs-review\" or \"reviewed\", not \"{word}\""),
                ));
                TranslationStatus::NeedsReview
            }),
        };
        if table.translates.is_some_and(|n| n < 1) {
            problems.push(problem(
                toml_path,
                key_line_after(text, line, "translates"),
                "`translates` is the number of the version translated: 1 or more".into(),
            ));
        }
        let mut hasher = Sha256::new();
        hash_file(&mut hasher, "title", table.title.trim().as_bytes());
        hash_file(&mut hasher, "summary", table.summary.trim().as_bytes());
        let translation = NewCourseTranslation {
            course_slug: course.slug.to_string(),
            language: code.clone(),
            title: table.title.trim().to_string(),
            summary: table.summary.trim().to_string(),
            status,
            translates: table.translates,
            text_hash: String::new(),
            modules: Vec::new(),
            lessons: Vec::new(),
        };
        languages.insert(code, Gathering { translation, hasher });
    }
    let without_table =
        |code: &str| format!("course.toml has no `[translations.{code}]` with the translation's title and summary");

    for module in &course.modules {
        if module.titled_like_course {
            for gathering in languages.values_mut() {
                let title = gathering.translation.title.clone();
                gathering.translation.modules.push((module.slug.to_string(), title));
            }
        }
        for (code, table) in module.titles {
            let (path, text) = module.toml.unwrap_or((toml_path, ""));
            let line = table_line(text, code);
            if let Err(message) = language(code, course.source) {
                problems.push(problem(path, line, message));
            } else if table.title.trim().is_empty() {
                problems.push(problem(path, key_line_after(text, line, "title"), "`title` must not be empty".into()));
            } else if let Some(gathering) = languages.get_mut(code.as_str()) {
                hash_file(&mut gathering.hasher, &format!("module {}", module.slug), table.title.trim().as_bytes());
                gathering.translation.modules.push((module.slug.to_string(), table.title.trim().to_string()));
            } else if course.tables.get(code).is_none() {
                problems.push(problem(path, line, without_table(code)));
            }
        }
        for (path, source_text) in module.translated {
            let Some((stem, code)) = split_translated(path) else { continue };
            let lesson = module.lessons.iter().find(|(lesson, _)| lesson.file_stem().is_some_and(|s| s == stem));
            let Some((lesson_path, lesson_text)) = lesson else {
                problems.push(problem(path, 1, format!("there is no lesson `{stem}.md` beside it to translate")));
                continue;
            };
            let locale = match language(code, course.source) {
                Ok(locale) => locale,
                Err(message) => {
                    problems.push(problem(path, 1, message));
                    continue;
                }
            };
            let Some(gathering) = languages.get_mut(code) else {
                if course.tables.get(code).is_none() {
                    problems.push(problem(path, 1, without_table(code)));
                }
                continue;
            };
            let rendered = match markdown::render_lesson(source_text, course.slugs, locale) {
                Ok(rendered) => rendered,
                Err(found) => {
                    problems.push(problem(path, found.line, found.message));
                    continue;
                }
            };
            if let Some(glossary) = course.glossary {
                warnings.append(&mut glossary.check(path, source_text, locale));
            }
            let sections = |text: &str| text.lines().filter(|line| line.starts_with("## ")).count();
            let (theirs, ours) = (sections(lesson_text), sections(source_text));
            if theirs != ours {
                warnings.push(problem(
                    path,
                    1,
                    format!(
                        "the translation has {ours} `##` section(s) and {} has {theirs}: translate every section",
                        lesson_path.file_name().and_then(|n| n.to_str()).unwrap_or_default()
                    ),
                ));
            }
            // A debrief whose marker a translation lost would show its
            // answer at once: the import stops instead.
            let debriefs =
                |text: &str| text.lines().filter(|line| line.starts_with('#') && line.contains("{.debrief}")).count();
            let (theirs, ours) = (debriefs(lesson_text), debriefs(source_text));
            if theirs != ours {
                problems.push(problem(
                    path,
                    1,
                    format!(
                        "the translation has {ours} heading(s) marked `{{.debrief}}` and {} has {theirs}: keep the \
                         marker on each debrief's heading, or learners see its answer at once",
                        lesson_path.file_name().and_then(|n| n.to_str()).unwrap_or_default()
                    ),
                ));
                continue;
            }
            hash_file(&mut gathering.hasher, &relative(course.folder, path), source_text.as_bytes());
            gathering.translation.lessons.push(NewLesson {
                slug: super::lesson_slug(lesson_path),
                title: rendered.title,
                body_html: rendered.body_html,
                toc: rendered.toc,
                word_count: rendered.word_count,
                debrief_words: rendered.debrief_words,
            });
            unfilled.extend(rendered.unfilled.iter().map(|&line| super::unfilled(path, line)));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(languages
        .into_values()
        .map(|Gathering { mut translation, hasher }| {
            translation.text_hash = hex::encode(hasher.finalize());
            translation
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_translation_tables_are_cut_from_what_the_course_hash_covers() {
        let text =
            "# c\ntitle = \"T\"\n\n[translations.fr]\ntitle = \"T fr\"\n\n[ translations.es ]\ntitle = \"T es\"\n";
        assert_eq!(without_translations(text), "# c\ntitle = \"T\"\n");
        for unchanged in ["title = \"T\"\n", "title = \"T\"\n\n", "a = 1\n\n[b]\nc = 2", "a = 1\n\n"] {
            assert_eq!(without_translations(unchanged), unchanged);
        }
        assert_eq!(table_line(text, "es"), 7);
        assert_eq!(key_line_after(text, 4, "title"), 5);
    }

    #[test]
    fn a_translated_file_names_its_lesson_and_language() {
        assert_eq!(split_translated(Path::new("m/01-what-is-csea.fr.md")), Some(("01-what-is-csea", "fr")));
        assert_eq!(split_translated(Path::new("m/01-what-is-csea.md")), None);
        assert!(language("fr", Locale::En).is_ok());
        assert!(language("en", Locale::En).unwrap_err().contains("own language"));
        assert!(language("de", Locale::En).unwrap_err().contains("en, fr, es, pt, ar"));
    }
}
