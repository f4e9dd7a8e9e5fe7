//! The page models of a course's question bank uploaded in the browser:
//! the upload page and an upload's preview. They hold questions' names and
//! rendered texts (what learners read), never an answer.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::ids::UploadId;
use crate::model::FieldErrors;

/// `/quiz/bank/{course}`: the published bank and the upload form.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BankPage {
    pub course_slug: String,
    pub course_title: String,
    /// The published version.
    pub version_no: i64,
    /// None: the published version has no quiz (its settings come from the
    /// folder's `quiz.toml`), so there is nothing to upload a bank for.
    pub quiz: Option<BankFacts>,
    pub errors: FieldErrors,
    /// Only the form and its error, none of the published bank's facts:
    /// the answer to an upload whose body (and so its form token) could
    /// not be read.
    pub bare: bool,
}

/// What the published quiz holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct BankFacts {
    pub questions: usize,
    /// (category, questions drawn) per `[[draw]]`.
    pub draws: Vec<(String, u32)>,
    /// When its bank was uploaded in the browser (None: from the folder).
    pub uploaded_at: Option<i64>,
}

/// What a question of the upload is beside the published bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BankChange {
    Added,
    Changed,
    Unchanged,
    Removed,
}

impl BankChange {
    /// The word the catalogue selects on.
    pub fn word(self) -> &'static str {
        match self {
            BankChange::Added => "added",
            BankChange::Changed => "changed",
            BankChange::Unchanged => "unchanged",
            BankChange::Removed => "removed",
        }
    }
}

/// One question in the preview's list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BankItem {
    pub change: BankChange,
    /// Its title, or the first words of its text.
    pub name: String,
    /// Its text rendered and sanitised as learners see it, for a question
    /// added or changed and without a problem.
    pub text_html: Option<String>,
}

/// A problem of the file: its file (the upload's name, or `quiz.toml`),
/// line (0: the whole file) and the checker's words (the import's, in
/// English like the command line).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BankProblemRow {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// How many questions of each change, and problems.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BankCounts {
    pub questions: usize,
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
    pub problems: usize,
}

/// Whether an upload may be applied, and if not why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum BankVerdict {
    Ready,
    /// The file has problems.
    Problems,
    /// The same questions as published.
    Nothing,
    /// Another version was published since the upload.
    Stale,
    /// Kept more than 7 days.
    Expired,
    /// Applied: the version it published.
    Applied(i64),
}

/// `/quiz/bank/{course}/{upload}`: what an uploaded bank would change.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BankPreviewPage {
    pub course_slug: String,
    pub course_title: String,
    pub upload_id: UploadId,
    /// As the browser sent it (shown escaped, never a path).
    pub file_name: String,
    /// The version it was previewed against, and the one published now.
    pub based_on: i64,
    pub published: i64,
    pub uploaded_at: i64,
    pub counts: BankCounts,
    /// Each category the published quiz draws from: (its name, its
    /// questions published, its questions in the upload).
    pub categories: Vec<(String, usize, usize)>,
    /// The first problems (all are counted).
    pub problems: Vec<BankProblemRow>,
    /// The first questions compared (all are counted).
    pub items: Vec<BankItem>,
    pub verdict: BankVerdict,
    /// Why an apply was just refused.
    pub refusal: Option<Msg>,
}
