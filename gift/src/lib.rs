//! Moodle GIFT question banks: [`parse`] a `.gift` file into a [`Bank`] (or
//! [`parse_lenient`]: the good questions beside the errors), [`export`] a
//! bank back to GIFT, [`Question::check`] a question built by hand against
//! the parser's rules, and [`Question::fingerprint`], a question's identity
//! for versioning. Errors are data ([`ErrorKind::code`] and fields) with an
//! English `Display`.
//!
//! The format is Moodle's ("GIFT format" in Moodle's documentation): questions
//! separated by blank lines, `//` comment lines, `$CATEGORY:` lines,
//! `::title::`, `[markdown]`-style text formats, answers in braces (`=` right,
//! `~` wrong, `%50%` weights, `#` feedback, `####` general feedback, `#` for
//! numerical, `->` for matching, `T`/`F` for true/false, `{}` for an essay, no
//! braces for a description, text after the braces for a missing word),
//! `[id:...]` and `[tag:...]` in a question's comments, and the escapes
//! `\~ \= \# \{ \} \: \n \\`.
//!
//! Texts are kept raw with their format: rendering and sanitising them is the
//! server's job (the lesson renderer), never this crate's.
//!
//! Pure Rust, no I/O. [`parse`] never panics and runs in time linear in its
//! input, within [`ParseLimits`] (2 MiB, 5,000 questions, 100 errors by
//! default); every problem is reported with its 1-based line.

mod check;
mod comments;
mod error;
mod export;
mod fingerprint;
mod parse;
mod weight;

pub use error::{ErrorKind, GiftError, Snippet};
pub use export::{export, export_question};
pub use fingerprint::{Fingerprint, FingerprintError};
pub use parse::{ParseLimits, parse, parse_lenient, parse_lenient_with, parse_with};
pub use weight::{Weight, WeightSum};

use std::sync::Arc;

/// A parsed `.gift` file: its questions in file order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Bank {
    pub questions: Vec<Question>,
}

impl Bank {
    /// The same questions with every `line` 0: to compare two banks
    /// whatever their place in a file (an export read back, a file with
    /// blank lines added).
    pub fn without_lines(&self) -> Bank {
        Bank { questions: self.questions.iter().map(|q| Question { line: 0, ..q.clone() }).collect() }
    }
}

/// One question.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// The 1-based line of the question's first character in its file.
    pub line: usize,
    /// The category set by the last `$CATEGORY:` line above the question
    /// (`a/b/c`; `//` is a slash inside a name), if any. Shared by every
    /// question below the same line: a long path above many short questions
    /// is held once.
    pub category: Option<Arc<str>>,
    /// `[id:...]` in a comment line of the question (Moodle's ID number):
    /// no two questions of a bank share one.
    pub id_number: Option<String>,
    /// Each `[tag:...]` in the question's comment lines, in order.
    pub tags: Vec<String>,
    /// `::title::`, if given and not empty.
    pub title: Option<String>,
    /// The question text (before the answers, for a missing word).
    pub text: Text,
    /// A missing-word question's text after the blank (after the answers).
    /// Its format is always the question text's.
    pub text_after: Option<Text>,
    pub body: Body,
    /// `####...`: the feedback shown whatever the answer.
    pub general_feedback: Option<Text>,
}

/// A text and the format it is written in. The text is unescaped (`\{` is
/// `{`, `\n` a newline) and trimmed; it is not rendered.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Text {
    pub format: Format,
    pub text: String,
}

impl Text {
    pub fn new(format: Format, text: impl Into<String>) -> Self {
        Text { format, text: text.into() }
    }
}

/// A text's format, `[moodle]` (the default of a question's text), `[html]`,
/// `[plain]` or `[markdown]`. An answer's or feedback's default is its
/// question text's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Format {
    #[default]
    Moodle,
    Html,
    Plain,
    Markdown,
}

impl Format {
    /// The word between the brackets (`markdown` for `[markdown]`).
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Moodle => "moodle",
            Format::Html => "html",
            Format::Plain => "plain",
            Format::Markdown => "markdown",
        }
    }

    /// The format a bracketed word names, if it names one (lower case, as Moodle reads it).
    pub fn from_word(word: &str) -> Option<Format> {
        match word {
            "moodle" => Some(Format::Moodle),
            "html" => Some(Format::Html),
            "plain" => Some(Format::Plain),
            "markdown" => Some(Format::Markdown),
            _ => None,
        }
    }
}

/// What a question asks for, with its answer key.
#[derive(Debug, Clone, PartialEq)]
pub enum Body {
    /// No braces: text shown between questions, nothing to answer.
    Description,
    /// `{}`: a free answer a trainer grades.
    Essay,
    /// `{T}`, `{TRUE}`, `{F}`, `{FALSE}`, with `#feedback if wrong#feedback if right`.
    TrueFalse { answer: bool, feedback_wrong: Option<Text>, feedback_right: Option<Text> },
    /// `{=right ~wrong ~%25%partly}`: one choice to pick. At least one choice is worth 100 %.
    MultipleChoice { choices: Vec<Choice> },
    /// `{~%50%a ~%50%b ~%-100%c}` (no `=`): any number of choices to tick; the
    /// positive weights add up to 100 % (within 0.001 %, for rounded
    /// fractions), so ticking the right ones, and only those, gives full
    /// marks. A learner's score is the sum of the weights ticked, clamped to
    /// 0..=100 % by the grader ([`WeightSum::clamped`]): wrong ticks cost
    /// marks, never below zero.
    MultipleAnswers { choices: Vec<Choice> },
    /// `{=one =%50%other}`: typed answers accepted (with their weight).
    ShortAnswer { answers: Vec<Choice> },
    /// `{#2021:0}`, `{#3..7}`, `{#=1822:0 =%50%1822:2}`; `~#feedback` is the
    /// feedback for any other number.
    Numerical { answers: Vec<NumericalAnswer>, wrong_feedback: Option<Text> },
    /// `{=a -> b =c -> d}`; a pair whose question is empty is an extra wrong answer.
    Matching { pairs: Vec<Pair> },
}

/// A choice of a choice question, or an accepted short answer.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Choice {
    pub weight: Weight,
    pub text: Text,
    pub feedback: Option<Text>,
}

/// One accepted number (or range) of a numerical question.
#[derive(Debug, Clone, PartialEq)]
pub struct NumericalAnswer {
    pub weight: Weight,
    pub value: NumericValue,
    pub feedback: Option<Text>,
}

/// `value`, `value:tolerance` or `min..max`.
#[derive(Debug, Clone, PartialEq)]
pub enum NumericValue {
    /// `2021` (tolerance `None`) or `2021:0` (`Some(0)`): kept apart so that
    /// export writes back what was read.
    Exact {
        value: Number,
        tolerance: Option<Number>,
    },
    Range {
        min: Number,
        max: Number,
    },
}

/// A number as written (`1822`, `-0.5`, `1e3`) and its value. Export writes
/// the literal; the value is for grading. Always finite.
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    literal: String,
    value: f64,
}

impl Number {
    /// Reads a decimal number: an optional sign, digits with an optional
    /// decimal point, an optional exponent. `None` for anything else
    /// (`1,5`, `inf`, `0x10`, a value too large for an `f64`).
    pub fn parse(literal: &str) -> Option<Number> {
        let bytes = literal.as_bytes();
        let mut i = 0;
        if matches!(bytes.first(), Some(b'+' | b'-')) {
            i += 1;
        }
        let int_start = i;
        while bytes.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        let mut digits = i - int_start;
        if bytes.get(i) == Some(&b'.') {
            i += 1;
            let frac_start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            digits += i - frac_start;
        }
        if digits == 0 {
            return None;
        }
        if matches!(bytes.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(bytes.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let exp_start = i;
            while bytes.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            if i == exp_start {
                return None;
            }
        }
        if i != bytes.len() {
            return None;
        }
        let value: f64 = literal.parse().ok()?;
        value.is_finite().then(|| Number { literal: literal.to_owned(), value })
    }

    /// The number as written.
    pub fn literal(&self) -> &str {
        &self.literal
    }

    pub fn value(&self) -> f64 {
        self.value
    }
}

/// A matching pair: a question (empty for an extra wrong answer) and its answer
/// (plain text: Moodle shows it in a drop-down).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pair {
    pub question: Text,
    pub answer: String,
}

/// A question's type, without its answers: what [`Body`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Description,
    Essay,
    TrueFalse,
    MultipleChoice,
    MultipleAnswers,
    ShortAnswer,
    Numerical,
    Matching,
}

impl Kind {
    pub const ALL: [Kind; 8] = [
        Kind::Description,
        Kind::Essay,
        Kind::TrueFalse,
        Kind::MultipleChoice,
        Kind::MultipleAnswers,
        Kind::ShortAnswer,
        Kind::Numerical,
        Kind::Matching,
    ];

    /// The type's stable word, stored and never changed: Moodle's question
    /// type names where they are one to one (`description`, `essay`,
    /// `truefalse`, `multichoice`, `shortanswer`, `numerical`, `match`).
    /// Moodle has no type of its own for multiple answers (a `multichoice`
    /// allowing several); here it is `multiresponse`, not `multianswer`,
    /// which is Moodle's embedded-answers type (GIFT cannot write it).
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Description => "description",
            Kind::Essay => "essay",
            Kind::TrueFalse => "truefalse",
            Kind::MultipleChoice => "multichoice",
            Kind::MultipleAnswers => "multiresponse",
            Kind::ShortAnswer => "shortanswer",
            Kind::Numerical => "numerical",
            Kind::Matching => "match",
        }
    }

    /// The kind a stored word names.
    pub fn from_word(word: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.as_str() == word)
    }

    /// The type's name in English (`true/false`), as `Display` writes it.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Description => "description",
            Kind::Essay => "essay",
            Kind::TrueFalse => "true/false",
            Kind::MultipleChoice => "multiple choice",
            Kind::MultipleAnswers => "multiple answers",
            Kind::ShortAnswer => "short answer",
            Kind::Numerical => "numerical",
            Kind::Matching => "match",
        }
    }
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl Body {
    pub fn kind(&self) -> Kind {
        match self {
            Body::Description => Kind::Description,
            Body::Essay => Kind::Essay,
            Body::TrueFalse { .. } => Kind::TrueFalse,
            Body::MultipleChoice { .. } => Kind::MultipleChoice,
            Body::MultipleAnswers { .. } => Kind::MultipleAnswers,
            Body::ShortAnswer { .. } => Kind::ShortAnswer,
            Body::Numerical { .. } => Kind::Numerical,
            Body::Matching { .. } => Kind::Matching,
        }
    }
}

impl Question {
    /// The question's identity for versions: SHA-256 of what learners see
    /// and what grading uses (its kind, texts and formats, answers, weights,
    /// feedback), the same in every build and on every machine; any change
    /// to those gives another. Category, title, ID number, tags and line are
    /// not in it: moving, renaming or tagging a question keeps its identity.
    /// See `fingerprint.rs` for the encoding.
    pub fn fingerprint(&self) -> Fingerprint {
        fingerprint::of(self)
    }

    /// Every rule of a question that this question breaks, for a question
    /// built by hand (an editor, a program): the rules the parser applies to
    /// the answers (the same code), the category's form, a text and answers
    /// that are not empty, tolerances and ranges. The parser never gives a
    /// question that breaks one. Uniqueness of ID numbers is a bank's rule,
    /// not checked here.
    pub fn check(&self) -> Vec<ErrorKind> {
        check::question(self)
    }
}

#[cfg(test)]
mod tests;
