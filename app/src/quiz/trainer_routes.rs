//! Quizzes' trainer addresses: `/quiz/grading` (the essay queue),
//! `/quiz/grading/{attempt}/{slot}` (one essay; its form posts to the
//! same address), `/quiz/analysis` (the courses with a quiz) and
//! `/quiz/analysis/{course}` (item analysis; its CSV,
//! `/quiz/analysis/{course}.csv`, is the server's route), `/quiz/bank/{course}`
//! (a course's question bank: its upload form, which posts to the same
//! address; the bank as GIFT, `/quiz/bank/{course}/questions.gift`, is the
//! server's route) and `/quiz/bank/{course}/{upload}` (an upload's preview;
//! its form posts to `.../apply`). `grading`, `analysis` and `bank` are
//! therefore no course's slug on a quiz page.

use crate::ids::{AttemptId, UploadId};
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
    /// A course's question bank and the form to upload a new one.
    Bank(&'a str),
    /// The preview of a bank uploaded for a course.
    BankPreview(&'a str, UploadId),
}

/// The first segments after `/quiz/` that are the trainer's.
pub const RESERVED: [&str; 3] = ["grading", "analysis", "bank"];

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
            [Some("quiz"), Some("bank"), Some(course), None, ..] => Some(TrainerRoute::Bank(course)),
            [Some("quiz"), Some("bank"), Some(course), Some(upload), None] => {
                Some(TrainerRoute::BankPreview(course, upload.parse().ok()?))
            }
            _ => None,
        }
    }

    /// Whether every segment has the shape of a name.
    pub fn well_formed(&self) -> bool {
        match *self {
            TrainerRoute::Queue | TrainerRoute::Essay(..) | TrainerRoute::AnalysisIndex => true,
            TrainerRoute::Analysis(slug) | TrainerRoute::Bank(slug) | TrainerRoute::BankPreview(slug, _) => word(slug),
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
        assert_eq!(parse("/quiz/bank/foundations"), Some(TrainerRoute::Bank("foundations")));
        assert_eq!(parse("/quiz/bank/foundations/12"), Some(TrainerRoute::BankPreview("foundations", UploadId(12))));
        for none in [
            "/quiz/grading/7",
            "/quiz/grading/x/1",
            "/quiz/grading/7/0",
            "/quiz/analysis/a/b",
            "/quiz/bank",
            "/quiz/bank/a/x",
            "/quiz/bank/a/1/apply",
        ] {
            assert_eq!(parse(none), None, "{none}");
        }
        assert!(!matches!(Route::parse("/quiz/analysis"), Some(Route::Quiz(QuizRoute::Course(_)))));
        assert!(!matches!(Route::parse("/quiz/grading/7"), Some(Route::Quiz(QuizRoute::Course(_)))));
        assert!(!matches!(Route::parse("/quiz/bank"), Some(Route::Quiz(QuizRoute::Course(_)))));
    }
}
