//! The store of quizzes: a course version's quiz as published with it
//! (settings, draws, question versions), and reading it back. Types here
//! hold answer keys (a question's GIFT), so they never reach a page model.

use async_trait::async_trait;

use super::StoreResult;

/// What a learner sees after submitting an attempt (`review` in
/// `quiz.toml`, read as its word), stored as its word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuizReview {
    /// Their score only.
    Score,
    /// Each answer right or wrong, and the score.
    Correctness,
    /// The right answers and the feedback too.
    Feedback,
}

impl QuizReview {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Score => "score",
            Self::Correctness => "correctness",
            Self::Feedback => "feedback",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [Self::Score, Self::Correctness, Self::Feedback].into_iter().find(|review| review.as_str() == word)
    }
}

/// A course version's quiz, ready to publish with it.
#[derive(Clone, Debug, PartialEq)]
pub struct NewQuiz {
    /// Per cent of the marks needed to pass (1 to 100).
    pub pass_mark: u32,
    /// Attempts allowed; 0: no limit.
    pub attempts: u32,
    pub wait_minutes: u32,
    pub time_limit_minutes: Option<u32>,
    pub shuffle: bool,
    pub review: QuizReview,
    pub draws: Vec<QuizDraw>,
    /// In the banks' order.
    pub questions: Vec<NewQuestion>,
}

/// `how_many` questions drawn at random from `category`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizDraw {
    pub category: String,
    pub how_many: u32,
}

/// One question of a version's quiz. Its `Debug` leaves the GIFT (the
/// answer key) out, so no log line can print a key.
#[derive(Clone, PartialEq, Eq)]
pub struct NewQuestion {
    /// What learners see and grading uses, hashed (hex SHA-256): the same
    /// fingerprint in a later version is the same question version.
    pub fingerprint: String,
    /// Its kind's stable word (`multichoice`, `essay`, ...).
    pub kind: String,
    /// Its GIFT without title, ID number, tags or category: the answer key.
    pub gift: String,
    /// The bank (file name) it came from.
    pub bank: String,
    pub category: Option<String>,
    pub title: Option<String>,
    pub id_number: Option<String>,
    pub tags: Vec<String>,
}

impl std::fmt::Debug for NewQuestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewQuestion")
            .field("fingerprint", &self.fingerprint)
            .field("kind", &self.kind)
            .field("bank", &self.bank)
            .field("category", &self.category)
            .field("title", &self.title)
            .field("id_number", &self.id_number)
            .finish_non_exhaustive()
    }
}

/// A published version's quiz, read back: its settings and its questions
/// as they were published ([`QuizStore::quiz`]).
#[derive(Clone, Debug, PartialEq)]
pub struct StoredQuiz {
    pub course_slug: String,
    pub version_no: i64,
    pub quiz: NewQuiz,
    /// The question version (`questions.id`) of each question, in order.
    pub question_ids: Vec<i64>,
}

#[async_trait]
pub trait QuizStore: Send + Sync + 'static {
    /// The quiz of the course's version `version_no` (the published one
    /// when None); None when there is no such course or version, or it has
    /// no quiz.
    async fn quiz(&self, course_slug: &str, version_no: Option<i64>) -> StoreResult<Option<StoredQuiz>>;
}
