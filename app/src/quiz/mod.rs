//! Quizzes: a learner's attempts at a course's quiz (its page, the
//! questions one at a time, the review before submitting, the result).
//! Plain forms: every page works without JavaScript, and no island is
//! needed. Page models hold no answer key (`model.rs`). Trainers' side
//! (grading essays, item analysis) in `trainer.rs`.

pub mod bank;
pub mod bank_model;
pub mod model;
#[cfg(feature = "ssr")]
pub mod routes;
pub mod trainer;
pub mod trainer_model;
#[cfg(feature = "ssr")]
pub mod trainer_routes;
pub mod views;

#[cfg(feature = "ssr")]
pub use routes::QuizRoute;

use leptos::prelude::*;

use crate::{CapabilityPage, Layout, titled};
use model::{AttemptNav, QuestionPage, QuizPage, ResultPage};

/// A quiz page and everything it shows.
#[derive(Clone, Debug, PartialEq)]
pub enum QuizPages {
    Quiz(Box<QuizPage>),
    Question(Box<QuestionPage>),
    Review(Box<AttemptNav>),
    Result(Box<ResultPage>),
    /// Trainers' pages (`trainer.rs`).
    Trainer(trainer::TrainerPages),
}

impl CapabilityPage for QuizPages {
    fn layout(&self) -> Layout {
        match self {
            QuizPages::Quiz(_) | QuizPages::Question(_) | QuizPages::Review(_) | QuizPages::Result(_) => {
                Layout::Reading
            }
            QuizPages::Trainer(page) => page.layout(),
        }
    }

    fn title(&self) -> crate::i18n::Msg {
        let title = match self {
            QuizPages::Quiz(_) => "quiz-title",
            QuizPages::Question(_) => "quiz-question-title",
            QuizPages::Review(_) => "quiz-review-title",
            QuizPages::Result(_) => "quiz-result-title",
            QuizPages::Trainer(page) => return page.title(),
        };
        titled(crate::i18n::Msg::new(title))
    }
}

/// The `<main>` content of a quiz page.
pub fn body(page: QuizPages) -> AnyView {
    match page {
        QuizPages::Quiz(page) => view! { <views::QuizView page=*page /> }.into_any(),
        QuizPages::Question(page) => view! { <views::QuestionView page=*page /> }.into_any(),
        QuizPages::Review(nav) => view! { <views::ReviewView nav=*nav /> }.into_any(),
        QuizPages::Result(page) => view! { <views::ResultView page=*page /> }.into_any(),
        QuizPages::Trainer(page) => trainer::body(page),
    }
}
