//! An attempt's pure rules: which questions an attempt draws ([`draw`]),
//! how each question's options are laid out under opaque tokens
//! ([`layout`]), what a learner's form answered ([`read_answer`]), how a
//! question is shown ([`show`]) and reviewed ([`review`]), and how an
//! answer is graded ([`grade`], Moodle's semantics). No store, no HTTP:
//! the store calls these inside its transactions.
//!
//! A [`Layout`] is stored with the attempt and never leaves the server:
//! it maps each token the form carries to the option's index in its
//! question. Tokens are random per attempt, so a form names no index and
//! no text that could reveal the key.

use rand::Rng;
use serde::{Deserialize, Serialize};
use tutela_app::quiz::model::{ReviewedQuestion, ShownQuestion};
use tutela_app::store::QuizReview;
use tutela_gift::{Body, Question, Weight};

/// One option shown: its token and its index in the question (a choice's
/// index in `choices`; true/false: 0 true, 1 false; a matching item's
/// index in `pairs`; a matching answer's: the first pair with that answer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placed {
    #[serde(rename = "t")]
    pub token: String,
    #[serde(rename = "i")]
    pub index: usize,
}

/// How a question's options were laid out for one attempt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    /// Choices, true/false, or a matching question's items, in the order shown.
    #[serde(default, rename = "o", skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Placed>,
    /// A matching question's answers, in the order its drop-downs offer them.
    #[serde(default, rename = "a", skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Placed>,
}

/// A learner's saved answer, by tokens (never indices).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// The options chosen (one for multiple choice and true/false).
    #[serde(rename = "c")]
    Choices(Vec<String>),
    /// Typed text (short answer, numerical, essay).
    #[serde(rename = "x")]
    Text(String),
    /// Matching: (item token, answer token) for each item answered.
    #[serde(rename = "p")]
    Pairs(Vec<(String, String)>),
}

/// The longest typed answer kept, in characters (an essay; anything longer is cut).
pub const MAX_TEXT: usize = 20_000;

/// A question that may be drawn: its place in the version's questions and
/// its category (descriptions are never drawn).
#[derive(Clone, Debug)]
pub struct Drawable<'a> {
    pub category: Option<&'a str>,
    pub description: bool,
}

/// The questions an attempt asks, as indices into `pool` (the version's
/// questions in bank order): for each draw in order, `how_many` picked at
/// random from its category (never a description). With `shuffle`, the
/// whole list is then shuffled; without, each draw's picks keep bank
/// order. A draw asking more than its category holds takes all it holds.
pub fn draw(pool: &[Drawable<'_>], draws: &[(String, u32)], shuffle: bool, rng: &mut impl Rng) -> Vec<usize> {
    let _ = (pool, draws, shuffle, rng);
    todo!("helper")
}

/// A question's options laid out for an attempt: each under a fresh random
/// token (16 hex characters, unique within the layout), shuffled when
/// `shuffle` (true/false and a matching question's items keep their order;
/// a matching question's answers are always shuffled, as Moodle does).
pub fn layout(body: &Body, shuffle: bool, rng: &mut impl Rng) -> Layout {
    let _ = (body, shuffle, rng);
    todo!("helper")
}

/// What a question's part of a submitted form answered: `fields` are the
/// form's (name, value) pairs. A choice question reads the values of
/// `answer` that are tokens of its layout (one for multiple choice and
/// true/false: the first); a typed one the first `answer`, trimmed and cut
/// to [`MAX_TEXT`] characters; matching the fields named `m-<item token>`
/// whose values are answer tokens. Unknown tokens are ignored. None when
/// nothing is answered (no option, empty text, no pair).
pub fn read_answer(body: &Body, layout: &Layout, fields: &[(String, String)]) -> Option<Answer> {
    let _ = (body, layout, fields);
    todo!("helper")
}

/// How one answer grades.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Graded {
    /// 0..=[`Weight::FULL`]; None: an essay answered, waiting for a trainer.
    pub mark: Option<Weight>,
    /// The indices (as in [`Placed::index`]) of what the answer chose,
    /// for item analysis: choices ticked; true/false 0 or 1; the short or
    /// numerical answer matched; a matching question's items answered right.
    pub chosen: Vec<usize>,
}

/// Grades `answer` (None: not answered, worth 0) to `question`, laid out
/// as `layout`, with Moodle's semantics: multiple choice the chosen
/// choice's weight (not below 0); multiple answers the sum of the weights
/// ticked, clamped to 0..=100 %; true/false all or nothing; short answer
/// the first accepted answer that matches, trimmed, case-insensitive, `*`
/// matching any characters; numerical the first answer whose value within
/// its tolerance (or range) holds the number (a `,` read as a decimal
/// point); matching the share of items given their right answer (by the
/// answer's text); an answered essay None, an empty one 0.
pub fn grade(body: &Body, layout: &Layout, answer: Option<&Answer>) -> Graded {
    let _ = (body, layout, answer);
    todo!("helper")
}

/// `question` as the learner answers it: its texts rendered and sanitised
/// ([`render_text`]), its options in the layout's order under their
/// tokens, with `answer` filled in. Nothing of the key: no weight, no
/// feedback, no accepted answer.
pub fn show(question: &Question, layout: &Layout, answer: Option<&Answer>) -> ShownQuestion {
    let _ = (question, layout, answer);
    todo!("helper")
}

/// A question of a submitted attempt as `policy` lets the learner see it:
/// [`show`]n with their answer, and with policy `correctness` the outcome
/// of `mark` (None: pending), with `feedback` also the right answer, the
/// feedback of what they chose and the general feedback, and `comment`.
pub fn review(
    slot: u32,
    question: &Question,
    layout: &Layout,
    answer: Option<&Answer>,
    mark: Option<Weight>,
    comment: Option<&str>,
    policy: QuizReview,
) -> ReviewedQuestion {
    let _ = (slot, question, layout, answer, mark, comment, policy);
    todo!("helper")
}

/// A question's text as sanitised HTML: `[markdown]` through pulldown-cmark
/// and the lessons' sanitiser; `[moodle]` and `[plain]` escaped, with line
/// breaks kept. (`[html]` is refused at import.)
pub fn render_text(text: &tutela_gift::Text) -> String {
    let _ = text;
    todo!("helper")
}
