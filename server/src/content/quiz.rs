//! A course's quiz in its folder: `quiz.toml` (what is drawn and how it is
//! taken) and its question banks, `*.gift` (Moodle's GIFT, read by the
//! `tutela-gift` crate). Read and checked with the course: every problem
//! names its file and line and stops the import, as a lesson's do. Its
//! files are part of the course's hash, and it is published with the
//! version (`crate::quiz::to_new_quiz`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::ContentProblem;
use super::files::{hash_file, line_at, line_of_key};
use sha2::Sha256;

/// The quiz settings file of a course folder.
pub const QUIZ_FILE: &str = "quiz.toml";

/// The longest quiz a time limit may set, in minutes (a working day).
const MAX_TIME_LIMIT: u32 = 8 * 60;

/// The most attempts a quiz may allow (0 means no limit).
const MAX_ATTEMPTS: u32 = 100;

/// The longest wait between attempts, in minutes (a year).
const MAX_WAIT: u32 = 366 * 24 * 60;

/// The largest question bank file read, in bytes.
const MAX_BANK_BYTES: u64 = 2 * 1024 * 1024;

/// What the learner sees after submitting an attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Review {
    /// Their score only.
    Score,
    /// Each answer right or wrong, and the score.
    Correctness,
    /// The right answers and the feedback too.
    Feedback,
}

/// `quiz.toml`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    pass_mark: u32,
    attempts: u32,
    #[serde(default)]
    wait_minutes: u32,
    time_limit_minutes: Option<u32>,
    #[serde(default = "shuffled")]
    shuffle: bool,
    review: Review,
    #[serde(default)]
    draw: Vec<DrawFile>,
}

fn shuffled() -> bool {
    true
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DrawFile {
    category: String,
    count: u32,
}

/// Questions drawn at random from one category of the bank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Draw {
    pub category: String,
    pub count: u32,
}

/// A course's quiz as read from its folder.
#[derive(Debug, Clone)]
pub struct Quiz {
    /// Per cent of the marks needed to pass (1 to 100).
    pub pass_mark: u32,
    /// Attempts allowed; 0: no limit.
    pub attempts: u32,
    pub wait_minutes: u32,
    pub time_limit_minutes: Option<u32>,
    pub shuffle: bool,
    pub review: Review,
    pub draws: Vec<Draw>,
    /// Every question of the banks, with the bank's file name, in file
    /// order (files by name).
    pub questions: Vec<(String, tutela_gift::Question)>,
}

impl Quiz {
    /// The questions of `category`.
    pub fn in_category<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a tutela_gift::Question> + 'a {
        self.questions.iter().map(|(_, q)| q).filter(move |q| q.category.as_deref() == Some(category))
    }
}

/// The quiz of the course in `folder`, if it has one (`quiz.toml` and at
/// least one `*.gift`), or every problem found in them.
pub(super) fn load(folder: &Path, hasher: &mut Sha256) -> Result<Option<Quiz>, Vec<ContentProblem>> {
    let toml_path = folder.join(QUIZ_FILE);
    let mut banks: Vec<PathBuf> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "gift"))
                .collect()
        })
        .unwrap_or_default();
    banks.sort();
    let problem =
        |file: &Path, line: usize, message: String| ContentProblem { file: file.to_path_buf(), line, message };
    if !toml_path.is_file() {
        return match banks.first() {
            Some(bank) => Err(vec![problem(
                bank,
                1,
                format!(
                    "a question bank without a `{QUIZ_FILE}` beside it: add one to say what is drawn (content/README.md)"
                ),
            )]),
            None => Ok(None),
        };
    }
    let text = std::fs::read_to_string(&toml_path)
        .map_err(|err| vec![problem(&toml_path, 1, format!("cannot read: {err}"))])?;
    // The quiz is part of the version: its files go into the course's hash.
    hash_file(hasher, QUIZ_FILE, text.as_bytes());
    let file: QuizFile = toml::from_str(&text).map_err(|err| {
        let line = err.span().map(|span| line_at(&text, span.start)).unwrap_or(1);
        vec![problem(&toml_path, line, err.message().to_string())]
    })?;

    let mut problems = Vec::new();
    let mut at_key = |key: &str, message: String| problems.push(problem(&toml_path, line_of_key(&text, key), message));
    if !(1..=100).contains(&file.pass_mark) {
        at_key("pass_mark", "`pass_mark` is a percentage from 1 to 100".into());
    }
    if file.attempts > MAX_ATTEMPTS {
        at_key("attempts", format!("`attempts` is at most {MAX_ATTEMPTS} (0: no limit)"));
    }
    if file.wait_minutes > MAX_WAIT {
        at_key("wait_minutes", format!("`wait_minutes` is at most {MAX_WAIT} (a year)"));
    }
    if file.time_limit_minutes.is_some_and(|limit| limit == 0 || limit > MAX_TIME_LIMIT) {
        at_key(
            "time_limit_minutes",
            format!("`time_limit_minutes` is from 1 to {MAX_TIME_LIMIT}; leave it out for no limit"),
        );
    }
    if file.draw.is_empty() {
        at_key("draw", "a quiz draws from at least one category: add a `[[draw]]` table".into());
    }
    if banks.is_empty() {
        problems.push(problem(&toml_path, 1, "no question bank: add a `.gift` file beside it".into()));
    }

    let mut questions = Vec::new();
    for bank in &banks {
        let name = bank.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        match read_bank(bank) {
            Ok(source) => match tutela_gift::parse({
                hash_file(hasher, &name, source.as_bytes());
                &source
            }) {
                Ok(parsed) => questions.extend(parsed.questions.into_iter().map(|q| (name.clone(), q))),
                Err(errors) => problems.extend(errors.into_iter().map(|e| problem(bank, e.line, e.kind.to_string()))),
            },
            Err(message) => problems.push(problem(bank, 1, message)),
        }
    }

    // Each draw names a category of the banks, once, and asks for no more
    // questions than it holds.
    let mut held: BTreeMap<&str, u32> = BTreeMap::new();
    for (_, question) in &questions {
        if let Some(category) = question.category.as_deref() {
            *held.entry(category).or_default() += 1;
        }
    }
    let mut drawn = BTreeMap::new();
    for draw in &file.draw {
        let line = text
            .find(&format!("\"{}\"", draw.category))
            .map(|at| line_at(&text, at))
            .unwrap_or_else(|| line_of_key(&text, "category"));
        let available = held.get(draw.category.as_str()).copied().unwrap_or(0);
        if drawn.insert(draw.category.as_str(), ()).is_some() {
            problems.push(problem(&toml_path, line, format!("the category `{}` is drawn twice", draw.category)));
        } else if available == 0 && !banks.is_empty() {
            let known = held.keys().copied().collect::<Vec<_>>().join(", ");
            problems.push(problem(
                &toml_path,
                line,
                format!("no question of the banks is in the category `{}`; their categories: {known}", draw.category),
            ));
        } else if draw.count == 0 || draw.count > available {
            problems.push(problem(
                &toml_path,
                line,
                format!("`count` for `{}` must be from 1 to {available}, the questions it holds", draw.category),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    Ok(Some(Quiz {
        pass_mark: file.pass_mark,
        attempts: file.attempts,
        wait_minutes: file.wait_minutes,
        time_limit_minutes: file.time_limit_minutes,
        shuffle: file.shuffle,
        review: file.review,
        draws: file.draw.into_iter().map(|d| Draw { category: d.category, count: d.count }).collect(),
        questions,
    }))
}

/// A bank's text, refusing one too large to be a question bank.
fn read_bank(path: &Path) -> Result<String, String> {
    let size = std::fs::metadata(path).map_err(|err| format!("cannot read: {err}"))?.len();
    if size > MAX_BANK_BYTES {
        return Err(format!("the file is {size} bytes; a question bank is at most {MAX_BANK_BYTES}"));
    }
    std::fs::read_to_string(path).map_err(|err| format!("cannot read: {err}"))
}
