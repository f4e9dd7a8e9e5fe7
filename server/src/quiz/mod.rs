//! Quizzes' rules without store or HTTP: a bank read from a course folder
//! made ready to publish ([`to_new_quiz`]), and a published bank written
//! back as GIFT ([`bank_gift`]).

pub mod attempt;
pub mod bank;
pub mod questions;

use std::sync::Arc;

use tutela_app::store::{NewQuestion, NewQuiz, QuizDraw};

use crate::content::quiz::Quiz;

/// `quiz` as published with its course version: each question's
/// fingerprint, kind and GIFT (without title, ID number, tags and
/// category, which are the version's) beside what the bank said of it.
pub fn to_new_quiz(quiz: &Quiz) -> NewQuiz {
    let questions = quiz
        .questions
        .iter()
        .map(|(bank, question)| {
            let bare = bare(question);
            NewQuestion {
                fingerprint: question.fingerprint().to_string(),
                kind: question.body.kind().as_str().to_string(),
                gift: tutela_gift::export_question(&bare),
                bank: bank.clone(),
                category: question.category.as_deref().map(str::to_string),
                title: question.title.clone(),
                id_number: question.id_number.clone(),
                tags: question.tags.clone(),
            }
        })
        .collect();
    NewQuiz {
        pass_mark: quiz.pass_mark,
        attempts: quiz.attempts,
        wait_minutes: quiz.wait_minutes,
        time_limit_minutes: quiz.time_limit_minutes,
        shuffle: quiz.shuffle,
        review: quiz.review,
        draws: quiz.draws.iter().map(|d| QuizDraw { category: d.category.clone(), how_many: d.count }).collect(),
        questions,
    }
}

/// `question` without what belongs to a version rather than to the
/// question (title, ID number, tags, category): the form stored.
pub fn bare(question: &tutela_gift::Question) -> tutela_gift::Question {
    tutela_gift::Question { category: None, id_number: None, tags: Vec::new(), title: None, ..question.clone() }
}

/// A published quiz's questions as one GIFT bank, in their order, each with
/// its category, ID number, tags and title again. A stored question that
/// no longer parses (it was written by this program, so it should not
/// happen) is an error naming it.
pub fn bank_gift(quiz: &NewQuiz) -> anyhow::Result<String> {
    let mut bank = tutela_gift::Bank::default();
    for stored in &quiz.questions {
        let parsed = tutela_gift::parse(&stored.gift).map_err(|errors| {
            let first = errors.first().map(|e| e.to_string()).unwrap_or_default();
            anyhow::anyhow!("the stored question {} does not read back: {first}", stored.fingerprint)
        })?;
        let Some(question) = parsed.questions.into_iter().next() else {
            anyhow::bail!("the stored question {} is empty", stored.fingerprint);
        };
        bank.questions.push(tutela_gift::Question {
            category: stored.category.as_deref().map(Arc::from),
            id_number: stored.id_number.clone(),
            tags: stored.tags.clone(),
            title: stored.title.clone(),
            ..question
        });
    }
    Ok(tutela_gift::export(&bank))
}

/// Why the person may not start another attempt now, or None: the quiz
/// passed already, every attempt allowed used (`attempts`, 0: no limit),
/// or the wait after the last submission not over. `finished` holds each
/// earlier attempt at this version (all submitted): its result word
/// (`passed`, `failed`, None while an essay waits) and when it was
/// submitted.
pub fn may_start(
    settings: &tutela_app::store::QuizSettings,
    finished: &[(Option<&str>, i64)],
    now: i64,
) -> Option<tutela_app::store::QuizRefusal> {
    use tutela_app::store::QuizRefusal;
    if finished.iter().any(|(result, _)| *result == Some("passed")) {
        return Some(QuizRefusal::Passed);
    }
    if settings.attempts > 0 && finished.len() >= settings.attempts as usize {
        return Some(QuizRefusal::NoAttemptLeft);
    }
    let last = finished.iter().map(|(_, submitted)| *submitted).max()?;
    let open_at = last + i64::from(settings.wait_minutes) * 60;
    (open_at > now).then_some(QuizRefusal::WaitUntil(open_at))
}

/// Whether the learner of an overview may start an attempt at `now`, and
/// if not why (`QuizOverview::start`): not enrolled (or their course
/// completed), an attempt open to continue, or [`may_start`]'s rule over
/// their attempts (`attempts`, of their open enrolment at its version).
pub fn start_state(
    enrolled: bool,
    completed: bool,
    attempts: &[tutela_app::quiz::model::AttemptSummary],
    settings: &tutela_app::store::QuizSettings,
    now: i64,
) -> tutela_app::quiz::model::StartState {
    use tutela_app::quiz::model::{AttemptState, StartState};
    use tutela_app::store::QuizRefusal;
    if !enrolled {
        return if completed { StartState::Completed } else { StartState::NotEnrolled };
    }
    if let Some(open) = attempts.iter().find(|a| a.state == AttemptState::Open) {
        return StartState::Continue(open.id);
    }
    let finished: Vec<(Option<&str>, i64)> = attempts
        .iter()
        .map(|a| {
            let result = match a.state {
                AttemptState::Passed => Some("passed"),
                AttemptState::Failed => Some("failed"),
                AttemptState::Pending | AttemptState::Open => None,
            };
            (result, a.submitted_at.unwrap_or(a.started_at))
        })
        .collect();
    match may_start(settings, &finished, now) {
        None => StartState::Start,
        Some(QuizRefusal::Passed) => StartState::Passed,
        Some(QuizRefusal::WaitUntil(at)) => StartState::WaitUntil(at),
        Some(_) => StartState::NoAttemptLeft,
    }
}
