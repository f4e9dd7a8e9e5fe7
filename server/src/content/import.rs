//! Importing a content folder: what changed is published in one
//! transaction, and the import says what it did.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use tutela_app::store::{NewCourseTranslation, NewCourseVersion, NewGlossary, Store, StoreError};

use super::{ContentProblem, CourseFile, Loaded, Template, line_of_key, load_dir, sorted_entries, strip_order_prefix};

/// Why an import wrote nothing.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the content has {} problem(s); nothing was imported:\n{}", .0.len(), list(.0))]
    Invalid(Vec<ContentProblem>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

fn list(problems: &[ContentProblem]) -> String {
    problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
}

/// What an import did, course by course, and what it warned about.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub unchanged: Vec<String>,
    /// Translations published (new, changed text or status), as
    /// `course (fr)`.
    pub translated: Vec<String>,
    /// Whether the glossary was published (new or changed).
    pub glossary_published: bool,
    /// Departures from the house style and uses of terms to avoid. They do
    /// not stop the import.
    pub warnings: Vec<ContentProblem>,
    /// The courses marked as templates, and how much each has left to fill.
    pub templates: Vec<Template>,
    /// The courses whose quiz was read and checked, with its questions and
    /// the questions an attempt draws, as `course (N questions, M drawn)`.
    pub quizzes: Vec<String>,
}

impl fmt::Display for ImportReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (label, slugs) in [("added", &self.added), ("changed", &self.changed), ("unchanged", &self.unchanged)] {
            writeln!(f, "{label:>9}: {}", if slugs.is_empty() { "-".to_string() } else { slugs.join(", ") })?;
        }
        if !self.translated.is_empty() {
            writeln!(f, "translated: {}", self.translated.join(", "))?;
        }
        if self.glossary_published {
            writeln!(f, " glossary: published")?;
        }
        for warning in &self.warnings {
            writeln!(f, "  warning: {warning}")?;
        }
        for template in &self.templates {
            writeln!(f, " template: {template}")?;
        }
        if !self.quizzes.is_empty() {
            writeln!(f, "  quizzes: {} (checked)", self.quizzes.join(", "))?;
        }
        Ok(())
    }
}

/// Loads `dir` and publishes every course that is new or changed, all in one
/// transaction. Courses missing from `dir` stay published as they were.
pub async fn import(store: &dyn Store, dir: &Path) -> Result<ImportReport, ImportError> {
    let cadres: BTreeSet<String> = store.cadre_slugs().await?.into_iter().collect();
    // Read before anything the plan rests on (hashes, uploaded banks):
    // `publish` refuses a course published since.
    let planned_on = store.published_version_numbers().await?;
    let Loaded { courses, translations, glossary, warnings, templates, quizzes } =
        load_dir(dir, &cadres).map_err(ImportError::Invalid)?;
    let published = store.published_hashes().await?;
    let quizzes = quizzes
        .iter()
        .map(|(slug, quiz)| {
            let drawn: u32 = quiz.draws.iter().map(|draw| draw.count).sum();
            format!("{slug} ({} questions, {drawn} drawn)", quiz.questions.len())
        })
        .collect();
    let mut report = ImportReport { warnings, templates, quizzes, ..ImportReport::default() };
    let glossary = match glossary {
        Some(glossary) if store.glossary_hash().await? != glossary.content_hash => {
            report.glossary_published = true;
            Some(NewGlossary {
                content_hash: glossary.content_hash,
                terms: glossary.terms,
                translations: glossary.translations,
            })
        }
        _ => None,
    };
    let uploaded = store.uploaded_banks().await?;
    let mut problems = Vec::new();
    let mut to_publish = Vec::new();
    for mut course in courses {
        course.planned_on = planned_on.get(&course.slug).copied();
        match published.get(&course.slug) {
            Some(hash) if *hash == course.content_hash => report.unchanged.push(course.slug.clone()),
            Some(_) => {
                if let Some(&(version, uploaded_at)) = uploaded.get(&course.slug)
                    && let Some(problem) = bank_kept(store, dir, &course, version, uploaded_at).await?
                {
                    problems.push(problem);
                    continue;
                }
                report.changed.push(course.slug.clone());
                to_publish.push(course);
            }
            None => {
                report.added.push(course.slug.clone());
                to_publish.push(course);
            }
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Invalid(problems));
    }
    let translations = translations_to_publish(store, dir, translations, &to_publish, &mut report).await?;
    if !to_publish.is_empty() || !translations.is_empty() || glossary.is_some() {
        store.publish(&to_publish, &translations, glossary.as_ref()).await?;
    }
    Ok(report)
}

/// The problem of a changed course folder whose published version's bank
/// (version `version`) was uploaded in the browser at `uploaded_at`, if
/// the folder's questions are not that bank's (by fingerprint, category, ID
/// number and title): publishing
/// the folder would silently undo the upload. None when the author has
/// brought the bank into the folder.
async fn bank_kept(
    store: &dyn Store,
    dir: &Path,
    course: &NewCourseVersion,
    version: i64,
    uploaded_at: i64,
) -> Result<Option<ContentProblem>, ImportError> {
    // Everything the version keeps of each question, not the fingerprint
    // alone: a re-categorised (or renamed) question is not the same.
    type Kept<'a> = (&'a str, Option<&'a str>, Option<&'a str>, Option<&'a str>);
    fn kept(questions: &[tutela_app::store::NewQuestion]) -> Vec<Kept<'_>> {
        let mut kept: Vec<Kept<'_>> = questions
            .iter()
            .map(|q| (q.fingerprint.as_str(), q.category.as_deref(), q.id_number.as_deref(), q.title.as_deref()))
            .collect();
        kept.sort_unstable();
        kept
    }
    let folder = course.quiz.as_ref().map(|quiz| kept(&quiz.questions)).unwrap_or_default();
    let stored = store.quiz(&course.slug, None).await?;
    let published = stored.as_ref().map(|quiz| kept(&quiz.quiz.questions)).unwrap_or_default();
    if folder == published {
        return Ok(None);
    }
    let (course_toml, _) = course_toml_line(dir, &course.slug, "title");
    let course_folder = course_toml.parent().map(Path::to_path_buf).unwrap_or_else(|| dir.join(&course.slug));
    let quiz_toml = course_folder.join(super::quiz::QUIZ_FILE);
    let file = if quiz_toml.is_file() { quiz_toml } else { course_toml };
    let date = tutela_app::model::utc_label(uploaded_at);
    let slug = &course.slug;
    let message = format!(
        "the bank published at version {version} was uploaded in the browser on {date}; write it into the folder with \
         `tutela quiz export --course {slug} > {}` (and remove the other .gift files) before importing",
        course_folder.join("questions.gift").display()
    );
    Ok(Some(ContentProblem { file, line: 1, message }))
}

/// The translations whose text, status or explicit `translates` differ from
/// what is published. An explicit `translates` must name a version the
/// course has once this import is done.
async fn translations_to_publish(
    store: &dyn Store,
    dir: &Path,
    translations: Vec<NewCourseTranslation>,
    to_publish: &[NewCourseVersion],
    report: &mut ImportReport,
) -> Result<Vec<NewCourseTranslation>, ImportError> {
    let states = store.translation_states().await?;
    let mut problems = Vec::new();
    let mut changed = Vec::new();
    for mut translation in translations {
        if let Some(wanted) = translation.translates {
            let published = store.course(&translation.course_slug).await?.map_or(0, |course| course.version_no);
            let last = published + i64::from(to_publish.iter().any(|c| c.slug == translation.course_slug));
            if wanted > last {
                let (file, line) = course_toml_line(dir, &translation.course_slug, "translates");
                problems.push(ContentProblem {
                    file,
                    line,
                    message: format!(
                        "`translates = {wanted}` names a version the course does not have: its last is {last}"
                    ),
                });
            }
        }
        // A version a bank uploaded in the browser published has the
        // lessons of the one it followed: a translation of that one
        // translates it too (unless this import publishes the course anew).
        if let Some(wanted) = translation.translates
            && !to_publish.iter().any(|c| c.slug == translation.course_slug)
            && let Some(last) = store.same_lessons_until(&translation.course_slug, wanted).await?
        {
            translation.translates = Some(last);
        }
        let key = (translation.course_slug.clone(), translation.language.clone());
        let same = states.get(&key).is_some_and(|state| {
            state.text_hash == translation.text_hash
                && state.status == translation.status
                && translation.translates.is_none_or(|n| n == state.translates)
        });
        if !same {
            report.translated.push(format!("{} ({})", translation.course_slug, translation.language));
            changed.push(translation);
        }
    }
    if problems.is_empty() { Ok(changed) } else { Err(ImportError::Invalid(problems)) }
}

/// The `course.toml` of the course `slug` under `dir` and the line where it
/// sets `key` (for a problem found after loading).
fn course_toml_line(dir: &Path, slug: &str, key: &str) -> (PathBuf, usize) {
    let folders = sorted_entries(dir).unwrap_or_default();
    let file = folders
        .iter()
        .map(|folder| folder.join("course.toml"))
        .find(|file| {
            let text = std::fs::read_to_string(file).unwrap_or_default();
            let named = toml::from_str::<CourseFile>(&text).ok().and_then(|meta| meta.slug);
            let folder = file.parent().and_then(|f| f.file_name()).and_then(|n| n.to_str()).unwrap_or_default();
            named.as_deref().unwrap_or(strip_order_prefix(folder)) == slug
        })
        .unwrap_or_else(|| dir.join(slug).join("course.toml"));
    let line = std::fs::read_to_string(&file).map(|text| line_of_key(&text, key)).unwrap_or(1);
    (file, line)
}
