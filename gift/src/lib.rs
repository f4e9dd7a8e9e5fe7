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
mod export;
mod fingerprint;
mod parse;

pub use export::{export, export_question};
pub use fingerprint::{Fingerprint, FingerprintError};
pub use parse::{ParseLimits, parse, parse_lenient, parse_lenient_with, parse_with};

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

/// An answer's weight, exactly: hundred-thousandths of a percent (100 % is
/// 10,000,000 units, [`Weight::FULL`]; Moodle's `33.33333` is 3,333,333),
/// always from -100 % to 100 % ([`Weight::new`] checks). Integers, so sums
/// and round trips are exact. A question's score is the weight of the answer
/// given (or, multiple answers, the sum of the weights ticked), which the
/// grader clamps to 0..=[`Weight::FULL`] ([`WeightSum::clamped`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Weight(i32);

impl Weight {
    /// Units in one percent.
    pub const UNIT: i32 = 100_000;
    pub const ZERO: Weight = Weight(0);
    /// 100 %: a right answer.
    pub const FULL: Weight = Weight(100 * Self::UNIT);

    /// A weight of `units` hundred-thousandths of a percent, if within
    /// -100 % to 100 %.
    pub const fn new(units: i32) -> Option<Weight> {
        if units >= -Self::FULL.0 && units <= Self::FULL.0 { Some(Weight(units)) } else { None }
    }

    /// Reads the inside of `%...%`: an optional minus, digits, and at most
    /// five decimals. `Err(true)` when well formed but outside -100..100,
    /// `Err(false)` when malformed.
    pub fn parse_percent(s: &str) -> Result<Weight, bool> {
        let (negative, rest) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match rest.split_once('.') {
            Some((int, frac)) => (int, Some(frac)),
            None => (rest, None),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return Err(false);
        }
        let frac = frac.unwrap_or("");
        if (s.contains('.') && frac.is_empty()) || frac.len() > 5 || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(false);
        }
        let int = int.trim_start_matches('0');
        if int.len() > 3 {
            return Err(true);
        }
        let mut units: i64 = int.bytes().fold(0, |n, b| n * 10 + i64::from(b - b'0')) * i64::from(Self::UNIT);
        let mut scale = i64::from(Self::UNIT) / 10;
        for b in frac.bytes() {
            units += i64::from(b - b'0') * scale;
            scale /= 10;
        }
        if negative {
            units = -units;
        }
        if units.abs() > i64::from(Self::FULL.0) {
            return Err(true);
        }
        i32::try_from(units).map(Weight).map_err(|_| true)
    }

    /// Hundred-thousandths of a percent: 10,000,000 for 100 %.
    pub fn units(self) -> i32 {
        self.0
    }

    /// The percentage as GIFT writes it: `50`, `33.33333`, `-12.5`.
    pub fn percent(self) -> String {
        percent_of(i64::from(self.0))
    }
}

/// Hundred-thousandths of a percent as a percentage (`50`, `33.33333`).
fn percent_of(units: i64) -> String {
    let sign = if units < 0 { "-" } else { "" };
    let abs = units.unsigned_abs();
    let unit = u64::from(Weight::UNIT.unsigned_abs());
    let (int, frac) = (abs / unit, abs % unit);
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        let frac = format!("{frac:05}");
        format!("{sign}{int}.{}", frac.trim_end_matches('0'))
    }
}

impl std::fmt::Display for Weight {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} %", self.percent())
    }
}

/// A sum of weights, in [`Weight`]'s units but of any size (the positive
/// weights of a multiple-answers question, the choices a learner ticked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct WeightSum(pub i64);

impl WeightSum {
    /// The percentage as GIFT would write it: `150`, `99.99997`.
    pub fn percent(self) -> String {
        percent_of(self.0)
    }

    /// The score these weights give, as the grader counts it: clamped to
    /// 0..=[`Weight::FULL`] (wrong ticks never take a score below zero, nor
    /// does anything take it above full marks).
    pub fn clamped(self) -> Weight {
        Weight(self.0.clamp(0, i64::from(Weight::FULL.0)) as i32)
    }
}

impl std::iter::Sum<Weight> for WeightSum {
    fn sum<I: Iterator<Item = Weight>>(weights: I) -> WeightSum {
        WeightSum(weights.map(|w| i64::from(w.0)).sum())
    }
}

impl std::fmt::Display for WeightSum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} %", self.percent())
    }
}

/// A problem in a `.gift` file, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {kind}")]
pub struct GiftError {
    pub line: usize,
    pub kind: ErrorKind,
}

/// What is wrong: data for a program ([`ErrorKind::code`], a stable word,
/// and the fields), and an English sentence a trainer understands
/// (`Display`, for the command line; the server words it per language from
/// the code and the fields).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ErrorKind {
    #[error("this question has an opening `{{` but no closing `}}`")]
    UnclosedBrace,
    #[error("this question has a closing `}}` with no opening `{{` before it (write `\\}}` for a brace in the text)")]
    UnopenedBrace,
    #[error("there is a `{{` inside the answers; close the answers with `}}` first, or write `\\{{` for a brace")]
    NestedBrace,
    #[error(
        "there is another brace after this question's answers; put a blank line between two questions, or write `\\{{` and `\\}}` for braces in the text"
    )]
    SecondAnswerBlock,
    #[error("the title starts with `::` but has no closing `::`")]
    UnclosedTitle,
    #[error("this question has no text")]
    EmptyQuestionText,
    #[error("this question has no right answer: mark one with `=` or give one a weight of 100 %")]
    NoRightAnswer,
    #[error("this question has no right answer: give at least one choice a positive weight such as `~%50%`")]
    NoPositiveWeight,
    #[error("the right answers' weights add up to {total}, over 100 %")]
    WeightsOverHundred { total: WeightSum },
    #[error(
        "the right answers' weights add up to {total}, under 100 %: ticking every right answer would not give full marks"
    )]
    WeightsUnderHundred { total: WeightSum },
    /// The `%...%` as written, cut to a snippet.
    #[error("`{0}` is not a weight: write a percentage between two `%`, such as `%50%` or `%-33.33333%`")]
    MalformedWeight(Snippet),
    /// The percentage as written between the `%`.
    #[error("the weight {0} % is outside -100 % to 100 %")]
    WeightOutOfRange(Snippet),
    #[error("`{0}` is not a number (write digits with a decimal point, such as `2021`, `-0.5` or `1.5e3`)")]
    MalformedNumber(Snippet),
    #[error("`{0}` is not a range: write `lowest..highest`, the lowest first, such as `3..7`")]
    MalformedRange(Snippet),
    #[error("the tolerance `{0}` is negative")]
    NegativeTolerance(Snippet),
    #[error("this numerical question has no number: write it after `#`, such as `{{#2021}}`")]
    NoNumber,
    /// The word after `$`.
    #[error("`${0}` is not something GIFT knows; the only one is `$CATEGORY: path/to/category`")]
    UnknownDirective(Snippet),
    #[error("the category `{0}` is not a path such as `Prosecutors/Evidence` (no empty part between the slashes)")]
    BadCategory(Snippet),
    #[error("a matching question needs at least two pairs such as `=question -> answer`")]
    TooFewPairs,
    #[error("this matching answer has no `->` between its question and its answer")]
    PairWithoutArrow,
    #[error("matching pairs cannot have feedback (`#`); write `\\#` for the character")]
    PairFeedback,
    #[error("a choice question needs at least two choices")]
    TooFewChoices,
    #[error("this answer is empty")]
    EmptyAnswer,
    #[error("`{0}` is before the first answer: each answer starts with `=` (right) or `~` (wrong)")]
    TextBeforeFirstAnswer(Snippet),
    #[error("`{0}` after `~` in a numerical question: only `~#feedback for any other number` may follow it")]
    NumericalWrongAnswer(Snippet),
    #[error(
        "text after the answers makes a missing-word question, which a {0} question cannot be; move the text before the `{{`"
    )]
    TextAfterAnswers(Kind),
    #[error("the file is larger than {max_bytes} bytes; reading stopped before this question")]
    TooLarge { max_bytes: usize },
    #[error("the file has more than {max} questions; reading stopped at this one")]
    TooManyQuestions { max: usize },
    #[error("more than {max} errors; reading stopped here")]
    TooManyErrors { max: usize },
    /// The ID number (cut to a snippet) and the line of the question that has it already.
    #[error("the ID number `{id_number}` is already the one of the question at line {first_line}")]
    DuplicateIdNumber { id_number: Snippet, first_line: usize },
}

impl ErrorKind {
    /// A stable word for the error (`unclosed-brace`), for programs and
    /// translations: never changed once given.
    pub fn code(&self) -> &'static str {
        match self {
            ErrorKind::UnclosedBrace => "unclosed-brace",
            ErrorKind::UnopenedBrace => "unopened-brace",
            ErrorKind::NestedBrace => "nested-brace",
            ErrorKind::SecondAnswerBlock => "second-answer-block",
            ErrorKind::UnclosedTitle => "unclosed-title",
            ErrorKind::EmptyQuestionText => "empty-question-text",
            ErrorKind::NoRightAnswer => "no-right-answer",
            ErrorKind::NoPositiveWeight => "no-positive-weight",
            ErrorKind::WeightsOverHundred { .. } => "weights-over-hundred",
            ErrorKind::WeightsUnderHundred { .. } => "weights-under-hundred",
            ErrorKind::MalformedWeight(_) => "malformed-weight",
            ErrorKind::WeightOutOfRange(_) => "weight-out-of-range",
            ErrorKind::MalformedNumber(_) => "malformed-number",
            ErrorKind::MalformedRange(_) => "malformed-range",
            ErrorKind::NegativeTolerance(_) => "negative-tolerance",
            ErrorKind::NoNumber => "no-number",
            ErrorKind::UnknownDirective(_) => "unknown-directive",
            ErrorKind::BadCategory(_) => "bad-category",
            ErrorKind::TooFewPairs => "too-few-pairs",
            ErrorKind::PairWithoutArrow => "pair-without-arrow",
            ErrorKind::PairFeedback => "pair-feedback",
            ErrorKind::TooFewChoices => "too-few-choices",
            ErrorKind::EmptyAnswer => "empty-answer",
            ErrorKind::TextBeforeFirstAnswer(_) => "text-before-first-answer",
            ErrorKind::NumericalWrongAnswer(_) => "numerical-wrong-answer",
            ErrorKind::TextAfterAnswers(_) => "text-after-answers",
            ErrorKind::TooLarge { .. } => "too-large",
            ErrorKind::TooManyQuestions { .. } => "too-many-questions",
            ErrorKind::TooManyErrors { .. } => "too-many-errors",
            ErrorKind::DuplicateIdNumber { .. } => "duplicate-id-number",
        }
    }
}

/// A piece of a file that an error quotes: at most [`Snippet::MAX_CHARS`]
/// characters (then `…`), a line break shown as a space. An error never
/// holds more of the file than this.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Snippet(String);

impl Snippet {
    pub const MAX_CHARS: usize = 40;

    pub fn new(text: &str) -> Snippet {
        Snippet::from_chars(text.chars())
    }

    pub(crate) fn from_chars(chars: impl IntoIterator<Item = char>) -> Snippet {
        let mut out = String::new();
        for (i, ch) in chars.into_iter().enumerate() {
            if i == Self::MAX_CHARS {
                out.push('…');
                break;
            }
            out.push(if ch == '\n' { ' ' } else { ch });
        }
        Snippet(out)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Snippet {
    fn from(text: &str) -> Snippet {
        Snippet::new(text)
    }
}

impl std::fmt::Display for Snippet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
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
