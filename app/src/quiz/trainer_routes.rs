//! Quizzes' trainer addresses: `/quiz/grading` (the essay queue),
//! `/quiz/grading/{attempt}/{slot}` (one essay; its form posts to the
//! same address), `/quiz/analysis` (the courses with a quiz) and
//! `/quiz/analysis/{course}` (item analysis; its CSV,
//! `/quiz/analysis/{course}.csv`, is the server's route). `grading` and
//! `analysis` are therefore no course's slug on a quiz page.

use crate::ids::AttemptId;
use crate::routes::{Segments, word};

/// A trainer's page of quizzes, parsed from its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrainerRoute<'a> {
    Queue,
    Essay(AttemptId, u32),
    /// The courses whose item analysis may be read.
    AnalysisIndex,
    /// A course's item analysis, by the course's slug.
    Analysis(&'a str),
}

/// The first segments after `/quiz/` that are the trainer's.
pub const RESERVED: [&str; 2] = ["grading", "analysis"];

impl<'a> TrainerRoute<'a> {
    /// The trainer page the path's segments name, if any.
    pub fn parse(segments: Segments<'a>) -> Option<Self> {
        match segments {
            [Some("quiz"), Some("grading"), None, ..] => Some(TrainerRoute::Queue),
            [Some("quiz"), Some("grading"), Some(attempt), Some(slot), None] => {
                let slot: u32 = slot.parse().ok().filter(|n| *n > 0 && *n <= 10_000)?;
                Some(TrainerRoute::Essay(attempt.parse().ok()?, slot))
            }
            [Some("quiz"), Some("analysis"), None, ..] => Some(TrainerRoute::AnalysisIndex),
            [Some("quiz"), Some("analysis"), Some(course), None, ..] => Some(TrainerRoute::Analysis(course)),
            _ => None,
        }
    }

    /// Whether every segment has the shape of a name.
    pub fn well_formed(&self) -> bool {
        match *self {
            TrainerRoute::Queue | TrainerRoute::Essay(..) | TrainerRoute::AnalysisIndex => true,
            TrainerRoute::Analysis(slug) => word(slug),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::QuizRoute;
    use crate::routes::Route;

    #[test]
    fn trainer_addresses_parse_before_a_course_s_quiz() {
        let parse = |path| match Route::parse(path) {
            Some(Route::Quiz(QuizRoute::Trainer(route))) => Some(route),
            _ => None,
        };
        assert_eq!(parse("/quiz/grading"), Some(TrainerRoute::Queue));
        assert_eq!(parse("/quiz/grading/7/3"), Some(TrainerRoute::Essay(AttemptId(7), 3)));
        assert_eq!(parse("/quiz/analysis/foundations"), Some(TrainerRoute::Analysis("foundations")));
        assert_eq!(parse("/quiz/analysis"), Some(TrainerRoute::AnalysisIndex));
        for none in ["/quiz/grading/7", "/quiz/grading/x/1", "/quiz/grading/7/0", "/quiz/analysis/a/b"] {
            assert_eq!(parse(none), None, "{none}");
        }
        assert!(!matches!(Route::parse("/quiz/analysis"), Some(Route::Quiz(QuizRoute::Course(_)))));
        assert!(!matches!(Route::parse("/quiz/grading/7"), Some(Route::Quiz(QuizRoute::Course(_)))));
    }
}
