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
