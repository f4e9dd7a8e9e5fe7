//! What a `.gift` file gets wrong: [`GiftError`], [`ErrorKind`], [`Snippet`].

use crate::{Kind, WeightSum};

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
