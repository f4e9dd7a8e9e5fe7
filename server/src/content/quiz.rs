//! A course's quiz in its folder: `quiz.toml` (what is drawn and how it is
//! taken) and its question banks, `*.gift` (Moodle's GIFT, read by the
//! `tutela-gift` crate). Read and checked with the course: every problem
//! names its file and line and stops the import, as a lesson's do. Its
//! files are part of the course's hash, and it is published with the
//! version (`crate::quiz::to_new_quiz`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use tutela_app::store::QuizReview;

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

/// The most questions a course's banks may hold together.
const MAX_QUESTIONS: usize = 5_000;

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
    review: QuizReview,
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
    pub review: QuizReview,
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
    let problem =
        |file: &Path, line: usize, message: String| ContentProblem { file: file.to_path_buf(), line, message };
    let entries =
        std::fs::read_dir(folder).map_err(|err| vec![problem(folder, 1, format!("cannot read the folder: {err}"))])?;
    let mut banks: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "gift"))
        .collect();
    banks.sort();
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
            Ok(source) => {
                hash_file(hasher, &name, source.as_bytes());
                let (read, errors) = read_bank_text(&name, &source);
                if errors.is_empty() {
                    questions.extend(read);
                } else {
                    problems.extend(errors.into_iter().map(|e| problem(bank, e.line, e.message)));
                }
            }
            Err(message) => problems.push(problem(bank, 1, message)),
        }
    }
    if let Some(message) = too_many(questions.len()) {
        problems.push(problem(&toml_path, 1, message));
        return Err(problems);
    }
    problems.extend(check_questions(&questions).into_iter().map(|p| problem(&folder.join(&p.bank), p.line, p.message)));

    // Each draw names a category of the banks, once, and asks for no more
    // questions than it holds (descriptions, which ask nothing, not counted).
    let held = held(&questions);
    let mut drawn = BTreeMap::new();
    for draw in &file.draw {
        let line = text
            .find(&format!("\"{}\"", draw.category))
            .map(|at| line_at(&text, at))
            .unwrap_or_else(|| line_of_key(&text, "category"));
        if drawn.insert(draw.category.as_str(), ()).is_some() {
            problems.push(problem(&toml_path, line, format!("the category `{}` is drawn twice", draw.category)));
        } else if !banks.is_empty()
            && let Some(message) = draw_problem(&draw.category, draw.count, &held)
        {
            problems.push(problem(&toml_path, line, message));
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

/// A bank's text: a regular file (never a link, which could point
/// anywhere on the machine), read up to the largest bank and refused past it.
fn read_bank(path: &Path) -> Result<String, String> {
    use std::io::Read;
    let kind = std::fs::symlink_metadata(path).map_err(|err| format!("cannot read: {err}"))?.file_type();
    if !kind.is_file() {
        return Err("a question bank must be a plain file, not a link or a folder".into());
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(MAX_BANK_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|err| format!("cannot read: {err}"))?;
    if bytes.len() as u64 > MAX_BANK_BYTES {
        return Err(format!("a question bank is at most {MAX_BANK_BYTES} bytes"));
    }
    String::from_utf8(bytes).map_err(|_| "the file is not UTF-8 text".into())
}

/// A problem of a question bank read from its text: the bank (its file
/// name), the line and what is wrong, in English (the command line's
/// words; the browser's preview shows them too).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BankProblem {
    pub bank: String,
    pub line: usize,
    pub message: String,
}

/// Reads one bank's text (`name` is its file name) leniently: the questions
/// without a syntax error, each with `name`, and every syntax error with
/// its line. The import refuses a bank with any error; the browser's
/// preview shows both.
pub fn read_bank_text(name: &str, source: &str) -> (Vec<(String, tutela_gift::Question)>, Vec<BankProblem>) {
    let (bank, errors) = tutela_gift::parse_lenient(source);
    let questions = bank.questions.into_iter().map(|q| (name.to_string(), q)).collect();
    let problems =
        errors.into_iter().map(|e| BankProblem { bank: name.to_string(), line: e.line, message: e.kind.to_string() });
    (questions, problems.collect())
}

/// Why `count` questions of a course are too many, if they are.
pub fn too_many(count: usize) -> Option<String> {
    (count > MAX_QUESTIONS)
        .then(|| format!("the banks hold {count} questions; a course's quiz holds at most {MAX_QUESTIONS}"))
}

/// The largest bank, in bytes (a browser's upload is held to it too).
pub const MAX_BANK_SIZE: usize = MAX_BANK_BYTES as usize;

/// How many questions each category holds, descriptions (which ask
/// nothing) not counted.
pub fn held(questions: &[(String, tutela_gift::Question)]) -> BTreeMap<&str, u32> {
    let mut held: BTreeMap<&str, u32> = BTreeMap::new();
    for (_, question) in questions {
        if let Some(category) = question.category.as_deref()
            && question.body.kind() != tutela_gift::Kind::Description
        {
            *held.entry(category).or_default() += 1;
        }
    }
    held
}

/// Why drawing `count` questions from `category` cannot be done with the
/// questions `held`, if it cannot: no such category, or more than it holds.
pub fn draw_problem(category: &str, count: u32, held: &BTreeMap<&str, u32>) -> Option<String> {
    let available = held.get(category).copied().unwrap_or(0);
    if available == 0 {
        let known = held.keys().copied().collect::<Vec<_>>().join(", ");
        Some(format!("no question of the banks is in the category `{category}`; their categories: {known}"))
    } else if count == 0 || count > available {
        Some(format!("`count` for `{category}` must be from 1 to {available}, the questions it holds"))
    } else {
        None
    }
}

/// Rules of a course's questions taken together, and of what they may
/// say: the same question (by fingerprint) once, an ID number once across
/// the course's banks, texts in Markdown or plain words (no `[html]`, no
/// tags, no control characters, which a page or a terminal would act on),
/// and a stored form that reads back as the same question. Each problem
/// names its bank and line.
pub fn check_questions(questions: &[(String, tutela_gift::Question)]) -> Vec<BankProblem> {
    let mut problems = Vec::new();
    let mut at =
        |bank: &str, line: usize, message: String| problems.push(BankProblem { bank: bank.to_string(), line, message });
    let mut fingerprints: BTreeMap<String, (&str, usize)> = BTreeMap::new();
    let mut ids: BTreeMap<&str, (&str, usize)> = BTreeMap::new();
    for (bank, question) in questions {
        let fingerprint = question.fingerprint().to_string();
        if let Some((first_bank, first_line)) = fingerprints.get(&fingerprint) {
            at(bank, question.line, format!("the same question as {first_bank}:{first_line}: keep one"));
        } else {
            fingerprints.insert(fingerprint.clone(), (bank, question.line));
        }
        if let Some(id) = question.id_number.as_deref() {
            if let Some((first_bank, first_line)) = ids.get(id) {
                at(bank, question.line, format!("the ID number `{id}` is also {first_bank}:{first_line}"));
            } else {
                ids.insert(id, (bank, question.line));
            }
        }
        if let Some(message) = unsafe_text(question) {
            at(bank, question.line, message);
        }
        let stored = tutela_gift::parse(&tutela_gift::export_question(&crate::quiz::bare(question)));
        let same = stored.ok().and_then(|bank| bank.questions.into_iter().next()).map(|q| q.fingerprint().to_string());
        if same.as_deref() != Some(fingerprint.as_str()) {
            at(bank, question.line, "this question does not read back the same once stored".into());
        }
    }
    problems
}

/// Whether `c` is a control character a page or a terminal would act on
/// (tabs and line breaks aside), or a bidirectional override.
fn is_hidden_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || tutela_app::i18n::catalogue::is_direction_control(c)
}

/// Why a question's texts cannot be shown as they are, if they cannot.
fn unsafe_text(question: &tutela_gift::Question) -> Option<String> {
    use tutela_gift::{Body, Format, Text};
    let mut texts: Vec<&Text> = vec![&question.text];
    texts.extend(question.text_after.iter().chain(question.general_feedback.iter()));
    let mut plain: Vec<&str> = Vec::new();
    match &question.body {
        Body::Description | Body::Essay => {}
        Body::TrueFalse { feedback_wrong, feedback_right, .. } => {
            texts.extend(feedback_wrong.iter().chain(feedback_right.iter()))
        }
        Body::MultipleChoice { choices }
        | Body::MultipleAnswers { choices }
        | Body::ShortAnswer { answers: choices } => {
            for choice in choices {
                texts.push(&choice.text);
                texts.extend(choice.feedback.iter());
            }
        }
        Body::Numerical { answers, wrong_feedback } => {
            texts.extend(answers.iter().filter_map(|a| a.feedback.as_ref()).chain(wrong_feedback.iter()))
        }
        Body::Matching { pairs } => {
            for pair in pairs {
                texts.push(&pair.question);
                plain.push(&pair.answer);
            }
        }
    }
    plain.extend(question.title.as_deref());
    plain.extend(question.category.as_deref());
    plain.extend(question.id_number.as_deref());
    plain.extend(question.tags.iter().map(String::as_str));
    if texts.iter().any(|t| t.format == Format::Html) {
        return Some("`[html]` is not read: write the question in plain words or `[markdown]`".into());
    }
    for text in texts.iter().map(|t| t.text.as_str()).chain(plain) {
        if text.chars().any(is_hidden_control) {
            return Some("a control character in the question's text: remove it".into());
        }
        let tag = |w: &[u8]| w[0] == b'<' && (w[1].is_ascii_alphabetic() || matches!(w[1], b'/' | b'!' | b'?'));
        if text.as_bytes().windows(2).any(tag) {
            return Some("HTML in the question's text: write it in plain words or `[markdown]`, without tags".into());
        }
    }
    None
}
