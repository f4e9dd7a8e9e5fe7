//! Quizzes' addresses: `/quiz/{course}` (the learner's quiz page; its form
//! starts an attempt), `/quiz/attempts/{id}` (an attempt: its result once
//! submitted), `/quiz/attempts/{id}/{n}` (question n; its form saves the
//! answer and moves on), `/quiz/attempts/{id}/review` (the answers before
//! submitting; the form `POST /quiz/attempts/{id}/submit` is the server's
//! route). `attempts` is no course's slug here.

use crate::ids::AttemptId;
use crate::routes::{CapabilityRoute, Segments, word};

/// A quiz page, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizRoute<'a> {
    /// The learner's page of a course's quiz, by the course's slug.
    Course(&'a str),
    /// An attempt: question 1 while open, its result once submitted.
    Attempt(AttemptId),
    /// Question `n` (from 1) of an open attempt.
    Question(AttemptId, u32),
    /// The answers of an open attempt, before submitting.
    Review(AttemptId),
    /// Trainers' pages: grading essays, item analysis (`trainer_routes.rs`).
    Trainer(super::trainer_routes::TrainerRoute<'a>),
}

impl<'a> QuizRoute<'a> {
    /// The quiz page the path's segments name, if any.
    pub fn parse(segments: Segments<'a>) -> Option<Self> {
        if let [Some("quiz"), Some(first), ..] = segments
            && super::trainer_routes::RESERVED.contains(&first)
        {
            return super::trainer_routes::TrainerRoute::parse(segments).map(QuizRoute::Trainer);
        }
        match segments {
            [Some("quiz"), Some("attempts"), Some(id), None, ..] => id.parse().ok().map(QuizRoute::Attempt),
            [Some("quiz"), Some("attempts"), Some(id), Some("review"), None] => id.parse().ok().map(QuizRoute::Review),
            [Some("quiz"), Some("attempts"), Some(id), Some(n), None] => {
                let n: u32 = n.parse().ok().filter(|n| *n > 0 && *n <= 10_000)?;
                Some(QuizRoute::Question(id.parse().ok()?, n))
            }
            [Some("quiz"), Some(course), None, ..] if course != "attempts" => Some(QuizRoute::Course(course)),
            _ => None,
        }
    }
}

impl CapabilityRoute for QuizRoute<'_> {
    fn well_formed(&self) -> bool {
        match *self {
            QuizRoute::Course(slug) => word(slug),
            QuizRoute::Attempt(_) | QuizRoute::Question(..) | QuizRoute::Review(_) => true,
            QuizRoute::Trainer(route) => route.well_formed(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routes::Route;

    #[test]
    fn quiz_addresses_parse_and_attempts_is_no_course() {
        let parse = |path| match Route::parse(path) {
            Some(Route::Quiz(route)) => Some(route),
            _ => None,
        };
        assert_eq!(parse("/quiz/foundations"), Some(QuizRoute::Course("foundations")));
        assert_eq!(parse("/quiz/attempts/7"), Some(QuizRoute::Attempt(AttemptId(7))));
        assert_eq!(parse("/quiz/attempts/7/3"), Some(QuizRoute::Question(AttemptId(7), 3)));
        assert_eq!(parse("/quiz/attempts/7/review"), Some(QuizRoute::Review(AttemptId(7))));
        for none in ["/quiz", "/quiz/attempts", "/quiz/attempts/x", "/quiz/attempts/7/0", "/quiz/attempts/7/x/y"] {
            assert_eq!(parse(none), None, "{none}");
        }
    }
}
