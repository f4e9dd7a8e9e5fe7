//! Quizzes' page models: a question as a learner answers it, an attempt's
//! pages, its result. Nothing here holds an answer key before the attempt
//! is submitted: options carry the opaque tokens drawn for the attempt,
//! texts are rendered and sanitised HTML of what the learner is asked.
//! Right answers and feedback appear only in [`ReviewedQuestion`], which
//! the server builds once the attempt is submitted and as its review
//! policy allows.

use serde::{Deserialize, Serialize};

use crate::ids::AttemptId;

/// One option of a choice or true/false question: its token (the form's
/// value), its text (sanitised HTML) and whether the learner chose it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownOption {
    pub token: String,
    pub html: String,
    pub selected: bool,
}

/// One item of a matching question: its token (the drop-down's name), its
/// text (sanitised HTML) and the answer's token the learner chose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownItem {
    pub token: String,
    pub html: String,
    pub selected: Option<String>,
}

/// One answer offered in a matching question's drop-downs: its token and
/// its text (plain, as Moodle shows it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownAnswer {
    pub token: String,
    pub text: String,
}

/// The inputs a question takes, with the learner's saved answer in them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AnswerForm {
    /// One option (multiple choice; true/false, whose options are
    /// `true_false` words the view translates): radio buttons.
    One { options: Vec<ShownOption>, true_false: bool },
    /// Any number of options (multiple answers): checkboxes.
    Many { options: Vec<ShownOption> },
    /// A line of text (short answer; numerical when `numeric`).
    Line { value: String, numeric: bool },
    /// Free text a trainer grades.
    Essay { value: String },
    /// A drop-down of `answers` beside each item.
    Pairs { items: Vec<ShownItem>, answers: Vec<ShownAnswer> },
}

/// A question as shown to the learner: its texts and its inputs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownQuestion {
    pub text_html: String,
    /// A missing word's text after the blank.
    pub text_after_html: Option<String>,
    pub form: AnswerForm,
}

/// How one answer was marked, as the review policy lets the learner see.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    Right,
    Partly,
    Wrong,
    /// An essay waiting for a trainer.
    Pending,
}

/// The right answer of a question, told after submission (review policy
/// "feedback").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RightAnswer {
    /// True or false (the view says it in the reader's words).
    TrueFalse(bool),
    /// The right texts (sanitised HTML): a choice, the choices to tick,
    /// the accepted answers, a number or range.
    Texts(Vec<String>),
    /// Each item (sanitised HTML) with its answer (plain text).
    Pairs(Vec<(String, String)>),
    /// An essay: no one right answer.
    None,
}

/// A question of a submitted attempt, as its review policy allows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewedQuestion {
    pub slot: u32,
    pub shown: ShownQuestion,
    /// Policy "correctness" and "feedback".
    pub outcome: Option<Outcome>,
    /// Policy "feedback": the right answer, and the feedback (sanitised
    /// HTML) on the answer given, then the question's general feedback.
    pub right: Option<RightAnswer>,
    pub feedback: Vec<String>,
    /// A trainer's comment on an essay (plain text), policy "feedback".
    pub comment: Option<String>,
}

/// Where an attempt stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AttemptState {
    /// Being answered.
    Open,
    /// Submitted; an essay waits for a trainer.
    Pending,
    Passed,
    Failed,
}

/// One of a learner's attempts, as their quiz page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttemptSummary {
    pub id: AttemptId,
    pub number: i64,
    pub started_at: i64,
    pub submitted_at: Option<i64>,
    /// Closed by the server at its deadline rather than by the learner.
    pub timed_out: bool,
    pub state: AttemptState,
    /// Per cent, once final (or the marks so far while an essay waits).
    pub percent: Option<f64>,
}

/// What a learner sees after submitting an attempt (`review` in
/// `quiz.toml`, read as its word), stored as its word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// Whether the learner may start an attempt, and if not why.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StartState {
    /// A new attempt may start.
    Start,
    /// An attempt is open: continue it.
    Continue(AttemptId),
    Passed,
    NoAttemptLeft,
    /// The next attempt opens then (Unix seconds).
    WaitUntil(i64),
    /// Not enrolled in the course.
    NotEnrolled,
    /// The course is completed (and no enrolment is open): nothing to start.
    Completed,
}

/// `/quiz/{course}`: the quiz's rules, the learner's attempts, and the
/// button that starts or continues one.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuizPage {
    pub course_slug: String,
    pub course_title: String,
    pub version_no: i64,
    pub pass_mark: u32,
    /// 0: no limit.
    pub attempts_allowed: u32,
    pub wait_minutes: u32,
    pub time_limit_minutes: Option<u32>,
    pub questions: u32,
    pub review: QuizReview,
    pub lessons_read: i64,
    pub lessons_total: i64,
    /// Newest first.
    pub attempts: Vec<AttemptSummary>,
    pub start: StartState,
    pub completed_on: Option<String>,
}

/// Where an attempt's pages are: the course, and each question answered or not.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttemptNav {
    pub attempt: AttemptId,
    pub course_slug: String,
    pub course_title: String,
    /// Per question, in order: answered.
    pub answered: Vec<bool>,
    /// Unix seconds; None: no time limit.
    pub deadline: Option<i64>,
}

/// `/quiz/attempts/{id}/{n}`: one question of an open attempt.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionPage {
    pub nav: AttemptNav,
    /// From 1.
    pub slot: u32,
    pub question: ShownQuestion,
}

/// `/quiz/attempts/{id}`, submitted: the result as the review policy allows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultPage {
    pub attempt: AttemptSummary,
    pub course_slug: String,
    pub course_title: String,
    pub pass_mark: u32,
    pub review: QuizReview,
    pub questions: Vec<ReviewedQuestion>,
    /// The enrolment in the course completed on this date.
    pub completed_on: Option<String>,
    /// Whether another attempt may start.
    pub start: StartState,
}
