//! The rules a question's answers keep, whether the question was read from
//! GIFT or built by hand: the parser and [`crate::Question::check`] ask the
//! same functions.

use crate::{Body, ErrorKind, Weight, WeightSum};

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
