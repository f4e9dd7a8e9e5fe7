//! The curriculum as files: loading `content/` into course versions.
//!
//! A course is a folder with `course.toml` and lessons in Markdown, either
//! directly in the folder or in numbered module folders (see
//! `content/README.md`). Loading is pure: it reads files and returns either
//! every course ready to publish or every problem found, each naming its
//! file and line, with warnings where a lesson departs from the house style
//! or uses a term the glossary marks "avoid". [`import`] then publishes what
//! changed, translations and glossary included, in one transaction.
//! Translations (`translations.rs`) sit beside what they translate.

mod files;
pub mod glossary;
mod import;
pub mod markdown;
pub mod quiz;
mod translations;

pub use files::strip_order_prefix;
pub use import::{ImportError, ImportReport, import};

use files::{
    has_order_prefix, hash_file, is_slug, lesson_files, lesson_slug, line_at, line_of_key, relative, sorted_entries,
    title_from_name,
};

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use sha2::{Digest, Sha256};
use tutela_app::catalogue::translation::locale_of;
use tutela_app::i18n::Locale;
use tutela_app::model::ServiceStage;
use tutela_app::store::{NewCourseTranslation, NewCourseVersion, NewLesson, NewModule};

use glossary::Glossary;

/// One problem in the content, located for the person who must fix it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContentProblem {
    pub file: PathBuf,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ContentProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file.display(), self.line, self.message)
    }
}

/// Everything read from a content folder.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub courses: Vec<NewCourseVersion>,
    /// Every course's translations, each naming its course.
    pub translations: Vec<NewCourseTranslation>,
    pub glossary: Option<Glossary>,
    pub warnings: Vec<ContentProblem>,
    /// The courses marked `template = true`, with how much is left to fill.
    pub templates: Vec<Template>,
    /// Each course's quiz, by course slug, as read (it is also in its
    /// course's version, ready to publish).
    pub quizzes: BTreeMap<String, quiz::Quiz>,
}

/// A course marked `template = true` in its `course.toml`: a curriculum
/// shipped for institutions to complete. Its unfilled placeholders are
/// counted here instead of each making a warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    pub slug: String,
    /// Its `course.toml`.
    pub file: PathBuf,
    /// Its `[[fill: ...]]` placeholders not yet completed, translations
    /// included.
    pub unfilled: usize,
}

impl fmt::Display for Template {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} ({}): a template, {} placeholder(s) to fill; an academy completes them and removes `template = true` before its learners use it",
            self.slug,
            self.file.display(),
            self.unfilled
        )
    }
}

/// `course.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CourseFile {
    slug: Option<String>,
    title: String,
    summary: String,
    audience: Vec<String>,
    #[serde(default = "default_language")]
    language: String,
    stage: String,
    estimated_hours: f64,
    /// Anyone signed in may enrol, not only the audience.
    #[serde(default)]
    open: bool,
    /// A curriculum for institutions to complete: its unfilled
    /// placeholders are expected (one note, not a warning each).
    #[serde(default)]
    template: bool,
    #[serde(default)]
    translations: BTreeMap<String, translations::CourseTranslationFile>,
}

fn default_language() -> String {
    "en".into()
}

/// `module.toml`, optional in a module folder.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ModuleFile {
    title: String,
    #[serde(default)]
    translations: BTreeMap<String, translations::ModuleTranslationFile>,
}

/// The glossary's file name in a content folder; the file is optional.
pub const GLOSSARY_FILE: &str = "glossary.toml";

/// Every course under `dir` (each sub-folder holding a `course.toml`) and
/// the glossary, or every problem found in any of them.
pub fn load_dir(dir: &Path, known_cadres: &BTreeSet<String>) -> Result<Loaded, Vec<ContentProblem>> {
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut templates = Vec::new();
    let mut quizzes = BTreeMap::new();
    let mut courses: Vec<NewCourseVersion> = Vec::new();
    let mut translations = Vec::new();
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let folders = match sorted_entries(dir) {
        Ok(entries) => entries,
        Err(problem) => return Err(vec![problem]),
    };
    let glossary_path = dir.join(GLOSSARY_FILE);
    let glossary = if glossary_path.is_file() {
        match glossary::load(&glossary_path) {
            Ok(glossary) => Some(glossary),
            Err(mut found) => {
                problems.append(&mut found);
                None
            }
        }
    } else {
        None
    };
    for folder in folders.into_iter().filter(|path| path.join("course.toml").is_file()) {
        match load_course(&folder, known_cadres, glossary.as_ref(), &mut warnings) {
            Ok(LoadedCourse { version: course, translations: mut translated, template, quiz }) => {
                if let Some(first) = seen.get(&course.slug) {
                    let file = folder.join("course.toml");
                    let line = std::fs::read_to_string(&file).map(|text| line_of_key(&text, "slug")).unwrap_or(1);
                    problems.push(ContentProblem {
                        file,
                        line,
                        message: format!("the slug `{}` is already used by {}", course.slug, first.display()),
                    });
                } else {
                    seen.insert(course.slug.clone(), folder.clone());
                    templates.extend(template);
                    if let Some(quiz) = quiz {
                        quizzes.insert(course.slug.clone(), quiz);
                    }
                    courses.push(course);
                    translations.append(&mut translated);
                }
            }
            Err(mut found) => problems.append(&mut found),
        }
    }
    if courses.is_empty() && problems.is_empty() {
        problems.push(ContentProblem {
            file: dir.to_path_buf(),
            line: 1,
            message: "no course found here: each course is a sub-folder holding a course.toml (see content/README.md)"
                .into(),
        });
    }
    if problems.is_empty() {
        Ok(Loaded { courses, translations, glossary, warnings, templates, quizzes })
    } else {
        Err(problems)
    }
}

/// The sections every lesson has in the house style (`content/README.md`).
const REQUIRED_SECTIONS: [&str; 2] = ["Learning objectives", "Sources"];

fn load_course(
    folder: &Path,
    known_cadres: &BTreeSet<String>,
    glossary: Option<&Glossary>,
    warnings: &mut Vec<ContentProblem>,
) -> Result<LoadedCourse, Vec<ContentProblem>> {
    let toml_path = folder.join("course.toml");
    let problem =
        |file: &Path, line: usize, message: String| ContentProblem { file: file.to_path_buf(), line, message };
    let text = std::fs::read_to_string(&toml_path)
        .map_err(|err| vec![problem(&toml_path, 1, format!("cannot read: {err}"))])?;
    let meta: CourseFile = toml::from_str(&text).map_err(|err| {
        let line = err.span().map(|span| line_at(&text, span.start)).unwrap_or(1);
        vec![problem(&toml_path, line, err.message().to_string())]
    })?;

    let mut problems = Vec::new();
    let folder_name = folder.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    let slug = meta.slug.clone().unwrap_or_else(|| strip_order_prefix(folder_name).to_string());
    if !is_slug(&slug) {
        problems.push(problem(
            &toml_path,
            line_of_key(&text, "slug"),
            format!("`{slug}` is not a valid slug: use lower-case letters, digits and hyphens"),
        ));
    }
    for (key, value) in [("title", &meta.title), ("summary", &meta.summary)] {
        if value.trim().is_empty() {
            problems.push(problem(&toml_path, line_of_key(&text, key), format!("`{key}` must not be empty")));
        }
    }
    if meta.audience.is_empty() {
        problems.push(problem(
            &toml_path,
            line_of_key(&text, "audience"),
            "`audience` must name at least one cadre".into(),
        ));
    }
    for cadre in &meta.audience {
        if !known_cadres.contains(cadre) {
            let line = text
                .find(&format!("\"{cadre}\""))
                .map(|at| line_at(&text, at))
                .unwrap_or_else(|| line_of_key(&text, "audience"));
            let known = known_cadres.iter().cloned().collect::<Vec<_>>().join(", ");
            problems.push(problem(&toml_path, line, format!("unknown cadre `{cadre}`; known cadres are: {known}")));
        }
    }
    let source = locale_of(&meta.language);
    if source.is_none() {
        problems.push(problem(
            &toml_path,
            line_of_key(&text, "language"),
            format!(
                "`language` must be one of {}, not \"{}\"",
                Locale::ALL.map(Locale::code).join(", "),
                meta.language
            ),
        ));
    }
    let language = source.unwrap_or_default();
    let stage = ServiceStage::parse(&meta.stage);
    if stage.is_none() {
        problems.push(problem(
            &toml_path,
            line_of_key(&text, "stage"),
            format!("`stage` must be \"pre-service\" or \"in-service\", not \"{}\"", meta.stage),
        ));
    }
    if !(meta.estimated_hours > 0.0 && meta.estimated_hours <= 500.0) {
        problems.push(problem(
            &toml_path,
            line_of_key(&text, "estimated_hours"),
            "`estimated_hours` must be a number of hours above 0".into(),
        ));
    }

    let mut hasher = Sha256::new();
    hash_file(&mut hasher, "course.toml", source_text(&toml_path, &text, &mut problems).as_bytes());
    let modules = match collect_modules(folder, &meta.title, &mut hasher) {
        Ok(modules) => modules,
        Err(mut found) => {
            problems.append(&mut found);
            Vec::new()
        }
    };
    if modules.iter().all(|module| module.lessons.is_empty()) && problems.is_empty() {
        problems.push(problem(&toml_path, 1, "the course has no lessons: add `NN-name.md` files".into()));
    }

    // Lesson slugs must be unique within the course; links may name any of them.
    let mut slugs = BTreeSet::new();
    for module in &modules {
        for (path, _) in &module.lessons {
            let slug = lesson_slug(path);
            if !is_slug(&slug) {
                problems.push(problem(path, 1, format!("the file name gives the lesson slug `{slug}`, which is not valid: use lower-case letters, digits and hyphens")));
            } else if !slugs.insert(slug.clone()) {
                problems.push(problem(path, 1, format!("another lesson of this course is also named `{slug}`")));
            }
        }
    }

    let mut unfilled = Vec::new();
    let mut new_modules = Vec::new();
    for module in &modules {
        let mut new_lessons = Vec::new();
        for (path, source) in &module.lessons {
            match markdown::render_lesson(source, &slugs, language) {
                Ok(rendered) => {
                    for section in REQUIRED_SECTIONS {
                        if !rendered.toc.iter().any(|h| h.level == 2 && h.text.eq_ignore_ascii_case(section)) {
                            warnings.push(problem(
                                path,
                                1,
                                format!("the lesson has no `## {section}` section (house style, content/README.md)"),
                            ));
                        }
                    }
                    if let Some(glossary) = glossary {
                        warnings.append(&mut glossary.check(path, source, language));
                    }
                    unfilled.extend(rendered.unfilled.iter().map(|&line| self::unfilled(path, line)));
                    new_lessons.push(NewLesson {
                        slug: lesson_slug(path),
                        title: rendered.title,
                        body_html: rendered.body_html,
                        toc: rendered.toc,
                        word_count: rendered.word_count,
                        debrief_words: rendered.debrief_words,
                    });
                }
                Err(found) => problems.push(problem(path, found.line, found.message)),
            }
        }
        new_modules.push(NewModule { slug: module.slug.clone(), title: module.title.clone(), lessons: new_lessons });
    }

    let files = translations::CourseFiles {
        slug: &slug,
        folder,
        toml_path: &toml_path,
        toml_text: &text,
        source: language,
        tables: &meta.translations,
        modules: modules.iter().map(LoadedModule::files).collect(),
        slugs: &slugs,
        glossary,
    };
    let translated = match translations::collect(&files, warnings, &mut unfilled) {
        Ok(translated) => translated,
        Err(mut found) => {
            problems.append(&mut found);
            Vec::new()
        }
    };
    let quiz = match quiz::load(folder, &mut hasher) {
        Ok(quiz) => quiz,
        Err(mut found) => {
            problems.append(&mut found);
            None
        }
    };
    if !problems.is_empty() {
        return Err(problems);
    }
    let template = if meta.template {
        if unfilled.is_empty() {
            warnings.push(problem(
                &toml_path,
                line_of_key(&text, "template"),
                "`template = true`, but nothing is left to fill: remove the line".into(),
            ));
        }
        Some(Template { slug: slug.clone(), file: toml_path.clone(), unfilled: unfilled.len() })
    } else {
        warnings.append(&mut unfilled);
        None
    };
    let course = NewCourseVersion {
        slug,
        content_hash: hex::encode(hasher.finalize()),
        title: meta.title.trim().to_string(),
        summary: meta.summary.trim().to_string(),
        language: meta.language,
        stage: stage.unwrap_or(ServiceStage::PreService),
        estimated_hours: meta.estimated_hours,
        audience: meta.audience,
        open: meta.open,
        modules: new_modules,
        quiz: quiz.as_ref().map(crate::quiz::to_new_quiz),
        planned_on: None,
    };
    Ok(LoadedCourse { version: course, translations: translated, template, quiz })
}

/// One course read from its folder.
struct LoadedCourse {
    version: NewCourseVersion,
    translations: Vec<NewCourseTranslation>,
    template: Option<Template>,
    quiz: Option<quiz::Quiz>,
}

/// The warning for a placeholder not yet completed, in a course that is
/// not a template.
fn unfilled(path: &Path, line: usize) -> ContentProblem {
    ContentProblem {
        file: path.to_path_buf(),
        line,
        message: format!(
            "a `{} ...]]` placeholder is not filled in: write your country's details in its place \
             (learners see a neutral line instead of this section until then)",
            markdown::PLACEHOLDER
        ),
    }
}

/// What the content hash of a course covers of its `course.toml` or a
/// `module.toml`: the text without its `[translations.*]` tables. A
/// translation written any other way (`translations.fr.title = ...`) would
/// be hashed with the course, so it is refused.
fn source_text(path: &Path, text: &str, problems: &mut Vec<ContentProblem>) -> String {
    #[derive(Deserialize)]
    struct Rest {
        translations: Option<toml::Value>,
    }
    let kept = translations::without_translations(text);
    if toml::from_str::<Rest>(&kept).map_or(true, |rest| rest.translations.is_some()) {
        problems.push(ContentProblem {
            file: path.to_path_buf(),
            line: line_of_key(text, "translations"),
            message: "write each translation as a table of its own, `[translations.fr]`, after the other lines".into(),
        });
    }
    kept
}

/// A module folder (or the course folder, for lessons directly in it).
struct LoadedModule {
    slug: String,
    title: String,
    /// Its lessons, as (path, text).
    lessons: Vec<(PathBuf, String)>,
    titled_like_course: bool,
    /// `module.toml`'s path and text, and its translated titles.
    toml: Option<(PathBuf, String)>,
    titles: BTreeMap<String, translations::ModuleTranslationFile>,
    /// Its `NN-name.xx.md` files, as (path, text).
    translated: Vec<(PathBuf, String)>,
}

impl LoadedModule {
    fn files(&self) -> translations::ModuleFiles<'_> {
        translations::ModuleFiles {
            slug: &self.slug,
            titled_like_course: self.titled_like_course,
            toml: self.toml.as_ref().map(|(path, text)| (path.as_path(), text.as_str())),
            titles: &self.titles,
            lessons: &self.lessons,
            translated: &self.translated,
        }
    }
}

/// The modules of a course: numbered sub-folders, or the course folder
/// itself when its lessons sit directly in it.
fn collect_modules(
    folder: &Path,
    course_title: &str,
    hasher: &mut Sha256,
) -> Result<Vec<LoadedModule>, Vec<ContentProblem>> {
    let entries = sorted_entries(folder).map_err(|p| vec![p])?;
    let mut problems = Vec::new();
    let mut modules = Vec::new();
    let (direct, translated) = lesson_files(&entries);
    if !direct.is_empty() || !translated.is_empty() {
        modules.push(LoadedModule {
            slug: "lessons".to_string(),
            title: course_title.to_string(),
            lessons: read_lessons(folder, &direct, Some(hasher), &mut problems),
            titled_like_course: true,
            toml: None,
            titles: BTreeMap::new(),
            translated: read_lessons(folder, &translated, None, &mut problems),
        });
    }
    for sub in entries.iter().filter(|path| path.is_dir()) {
        let name = sub.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if !has_order_prefix(name) {
            continue;
        }
        let sub_entries = sorted_entries(sub).map_err(|p| vec![p])?;
        let module_toml = sub.join("module.toml");
        let mut toml_file = None;
        let mut titles = BTreeMap::new();
        let title = if module_toml.is_file() {
            let text = std::fs::read_to_string(&module_toml).unwrap_or_default();
            let kept = source_text(&module_toml, &text, &mut problems);
            hash_file(hasher, &relative(folder, &module_toml), kept.as_bytes());
            let title = match toml::from_str::<ModuleFile>(&text) {
                Ok(meta) if !meta.title.trim().is_empty() => {
                    titles = meta.translations;
                    meta.title.trim().to_string()
                }
                Ok(_) => {
                    problems.push(ContentProblem {
                        file: module_toml.clone(),
                        line: line_of_key(&text, "title"),
                        message: "`title` must not be empty".into(),
                    });
                    String::new()
                }
                Err(err) => {
                    let line = err.span().map(|span| line_at(&text, span.start)).unwrap_or(1);
                    problems.push(ContentProblem {
                        file: module_toml.clone(),
                        line,
                        message: err.message().to_string(),
                    });
                    String::new()
                }
            };
            toml_file = Some((module_toml, text));
            title
        } else {
            title_from_name(strip_order_prefix(name))
        };
        let (lessons, translated) = lesson_files(&sub_entries);
        modules.push(LoadedModule {
            slug: strip_order_prefix(name).to_string(),
            title,
            lessons: read_lessons(folder, &lessons, Some(hasher), &mut problems),
            titled_like_course: false,
            toml: toml_file,
            titles,
            translated: read_lessons(folder, &translated, None, &mut problems),
        });
    }
    if problems.is_empty() { Ok(modules) } else { Err(problems) }
}

/// Reads lesson files; a course's own lessons go into its content hash
/// (`hasher`), translations do not.
fn read_lessons(
    course_dir: &Path,
    files: &[PathBuf],
    mut hasher: Option<&mut Sha256>,
    problems: &mut Vec<ContentProblem>,
) -> Vec<(PathBuf, String)> {
    let mut lessons = Vec::new();
    for path in files {
        match std::fs::read(path).map(String::from_utf8) {
            Ok(Ok(text)) => {
                if let Some(hasher) = hasher.as_deref_mut() {
                    hash_file(hasher, &relative(course_dir, path), text.as_bytes());
                }
                lessons.push((path.clone(), text));
            }
            Ok(Err(err)) => {
                let line =
                    line_at(&String::from_utf8_lossy(&err.as_bytes()[..err.utf8_error().valid_up_to()]), usize::MAX);
                problems.push(ContentProblem {
                    file: path.clone(),
                    line,
                    message: "the file is not UTF-8 text; save it as UTF-8".into(),
                });
            }
            Err(err) => {
                problems.push(ContentProblem { file: path.clone(), line: 1, message: format!("cannot read: {err}") })
            }
        }
    }
    lessons
}
