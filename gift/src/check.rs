//! The rules a question's answers keep, whether the question was read from
//! GIFT or built by hand: the parser and [`crate::Question::check`] ask the
//! same functions.

use crate::{Body, ErrorKind, NumericValue, Question, Snippet, Weight, WeightSum};

/// Some margin for weights written as rounded fractions (7 × 14.28572 % is
/// 100.00004 %, 7 × 14.28571 % is 99.99997 %): the positive weights of a
/// multiple-answers question add up to 100 % within 0.001 %.
const SUM_SLACK: i64 = 100;

/// The first rule the answer key breaks, if any: fewer than two choices or
/// pairs, no answer worth 100 %, or (multiple answers) positive weights that
/// do not add up to 100 %: ticking every right answer, and only those, must
/// give full marks, and nothing more.
pub(crate) fn answer_key(body: &Body) -> Option<ErrorKind> {
    match body {
        Body::Description | Body::Essay | Body::TrueFalse { .. } => None,
        Body::MultipleChoice { choices } => {
            if choices.len() < 2 {
                Some(ErrorKind::TooFewChoices)
            } else if !choices.iter().any(|c| c.weight == Weight::FULL) {
                Some(ErrorKind::NoRightAnswer)
            } else {
                None
            }
        }
        Body::MultipleAnswers { choices } => {
            let total: WeightSum = choices.iter().map(|c| c.weight.max(Weight::ZERO)).sum();
            let hundred = i64::from(Weight::FULL.units());
            if choices.len() < 2 {
                Some(ErrorKind::TooFewChoices)
            } else if total.0 == 0 {
                Some(ErrorKind::NoPositiveWeight)
            } else if total.0 > hundred + SUM_SLACK {
                Some(ErrorKind::WeightsOverHundred { total })
            } else if total.0 < hundred - SUM_SLACK {
                Some(ErrorKind::WeightsUnderHundred { total })
            } else {
                None
            }
        }
        Body::ShortAnswer { answers } => {
            (!answers.iter().any(|c| c.weight == Weight::FULL)).then_some(ErrorKind::NoRightAnswer)
        }
        Body::Numerical { answers, .. } => {
            if answers.is_empty() {
                Some(ErrorKind::NoNumber)
            } else if !answers.iter().any(|a| a.weight == Weight::FULL) {
                Some(ErrorKind::NoRightAnswer)
            } else {
                None
            }
        }
        Body::Matching { pairs } => {
            (pairs.iter().filter(|p| !p.question.text.is_empty()).count() < 2).then_some(ErrorKind::TooFewPairs)
        }
    }
}

/// A category path: parts between single slashes (`//` is a slash inside a
/// part), none of them empty.
pub(crate) fn valid_category(path: &str) -> bool {
    let mut chars = path.chars().peekable();
    let mut part = false;
    while let Some(ch) = chars.next() {
        if ch == '/' {
            if chars.peek() == Some(&'/') {
                chars.next();
                part = true;
            } else if !part {
                return false;
            } else {
                part = false;
            }
        } else if !ch.is_whitespace() {
            part = true;
        }
    }
    part
}

/// Every rule the question breaks ([`Question::check`]).
pub(crate) fn question(q: &Question) -> Vec<ErrorKind> {
    let mut errors = Vec::new();
    if let Some(category) = q.category.as_deref()
        && !valid_category(category)
    {
        errors.push(ErrorKind::BadCategory(Snippet::new(category)));
    }
    if q.text.text.is_empty() && q.text_after.is_none() {
        errors.push(ErrorKind::EmptyQuestionText);
    }
    let kind = q.body.kind();
    if q.text_after.is_some()
        && matches!(q.body, Body::Description | Body::Essay | Body::TrueFalse { .. } | Body::Matching { .. })
    {
        errors.push(ErrorKind::TextAfterAnswers(kind));
    }
    match &q.body {
        Body::Description | Body::Essay | Body::TrueFalse { .. } => {}
        Body::MultipleChoice { choices }
        | Body::MultipleAnswers { choices }
        | Body::ShortAnswer { answers: choices } => {
            if choices.iter().any(|c| c.text.text.is_empty()) {
                errors.push(ErrorKind::EmptyAnswer);
            }
        }
        Body::Numerical { answers, .. } => {
            for answer in answers {
                match &answer.value {
                    NumericValue::Exact { tolerance: Some(tolerance), .. } if tolerance.value() < 0.0 => {
                        errors.push(ErrorKind::NegativeTolerance(Snippet::new(tolerance.literal())));
                    }
                    NumericValue::Range { min, max } if min.value() > max.value() => {
                        let written = format!("{}..{}", min.literal(), max.literal());
                        errors.push(ErrorKind::MalformedRange(Snippet::new(&written)));
                    }
                    _ => {}
                }
            }
        }
        Body::Matching { pairs } => {
            if pairs.iter().any(|p| p.answer.is_empty()) {
                errors.push(ErrorKind::EmptyAnswer);
            }
        }
    }
    errors.extend(answer_key(&q.body));
    errors
}
