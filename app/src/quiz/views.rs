//! Quizzes' views: the quiz page, a question, the review before
//! submitting, the result. Plain forms: a question's page is one form
//! whose buttons save the answer and go on (previous, next, a question by
//! number, the review), so nothing is lost without JavaScript. Question
//! texts arrive rendered and sanitised (`inner_html`); the interface's
//! words come from `quiz.ftl`.

use leptos::prelude::*;

use crate::components::CsrfField;
use crate::i18n::{date, date_time, number, t};
use crate::quiz::model::{
    AnswerForm, AttemptNav, AttemptState, AttemptSummary, Outcome, QuestionPage, QuizPage, QuizReview, ResultPage,
    ReviewedQuestion, RightAnswer, ShownQuestion, StartState,
};

/// The attempt's course, as a link back to the quiz page.
#[component]
fn CourseLine(course_slug: String, course_title: String) -> impl IntoView {
    let href = format!("/quiz/{course_slug}");
    view! {
        <p class="attempt-course">
            <a href=href>
                <bdi>{course_title}</bdi>
            </a>
        </p>
    }
}

/// "Submit by 14:05" when the attempt has a time limit.
#[component]
fn Deadline(deadline: Option<i64>) -> impl IntoView {
    deadline.map(
        |at| view! { <p class="attempt-deadline" role="note">{crate::t!("quiz-deadline", time = date_time(at))}</p> },
    )
}

/// An attempt's state in words.
fn state_words(summary: &AttemptSummary) -> String {
    match summary.state {
        AttemptState::Open => t("quiz-state-open"),
        AttemptState::Pending => t("quiz-state-pending"),
        AttemptState::Passed => t("quiz-state-passed"),
        AttemptState::Failed => t("quiz-state-failed"),
    }
}

/// The start or continue button, or why there is none.
#[component]
fn StartPart(course_slug: String, start: StartState) -> impl IntoView {
    match start {
        StartState::Start => {
            let action = format!("/quiz/{course_slug}");
            view! {
                <form method="post" action=action>
                    <CsrfField />
                    <button type="submit" class="button">{t("quiz-start")}</button>
                </form>
            }
            .into_any()
        }
        StartState::Continue(attempt) => {
            let href = format!("/quiz/attempts/{attempt}");
            view! {
                <p>
                    <a class="button" href=href>{t("quiz-continue")}</a>
                </p>
            }
            .into_any()
        }
        StartState::Passed => view! { <p class="notice success">{t("quiz-passed-already")}</p> }.into_any(),
        StartState::NoAttemptLeft => view! { <p class="notice">{t("quiz-no-attempt-left")}</p> }.into_any(),
        StartState::WaitUntil(at) => {
            view! { <p class="notice">{crate::t!("quiz-wait-until", time = date_time(at))}</p> }.into_any()
        }
        StartState::Completed => ().into_any(),
        StartState::NotEnrolled => {
            let href = format!("/courses/{course_slug}");
            view! {
                <p class="notice">
                    {t("quiz-not-enrolled")} " " <a href=href>{t("quiz-to-course")}</a>
                </p>
            }
            .into_any()
        }
    }
}

/// `/quiz/{course}`.
#[component]
pub fn QuizView(page: QuizPage) -> impl IntoView {
    let attempts_allowed = if page.attempts_allowed == 0 {
        t("quiz-attempts-unlimited")
    } else {
        crate::t!("quiz-attempts-allowed", count = page.attempts_allowed)
    };
    let limit = match page.time_limit_minutes {
        Some(minutes) => crate::t!("quiz-time-limit", minutes = minutes),
        None => t("quiz-no-time-limit"),
    };
    let wait =
        (page.wait_minutes > 0).then(|| view! { <li>{crate::t!("quiz-wait", minutes = page.wait_minutes)}</li> });
    let review = match page.review {
        QuizReview::Score => t("quiz-review-score"),
        QuizReview::Correctness => t("quiz-review-correctness"),
        QuizReview::Feedback => t("quiz-review-feedback"),
    };
    let completed = page
        .completed_on
        .as_deref()
        .map(|on| view! { <p class="notice success">{crate::t!("quiz-course-completed", date = date(on))}</p> });
    let lessons = crate::t!("quiz-lessons-read", read = page.lessons_read, total = page.lessons_total);
    let attempts = (!page.attempts.is_empty()).then(|| {
        view! {
            <section aria-labelledby="attempts-heading">
                <h2 id="attempts-heading">{t("quiz-attempts-heading")}</h2>
                <ul class="attempt-list">
                    {page.attempts.into_iter().map(attempt_item).collect_view()}
                </ul>
            </section>
        }
    });
    view! {
        <h1>{t("quiz-title")}</h1>
        <CourseLine course_slug=page.course_slug.clone() course_title=page.course_title />
        {completed}
        <ul class="attempt-rules">
            <li>{crate::t!("quiz-questions", count = page.questions)}</li>
            <li>{crate::t!("quiz-pass-mark", percent = page.pass_mark)}</li>
            <li>{attempts_allowed}</li>
            {wait}
            <li>{limit}</li>
            <li>{review}</li>
        </ul>
        <p>{lessons}</p>
        <StartPart course_slug=page.course_slug start=page.start />
        {attempts}
    }
}

/// One attempt in the quiz page's list.
fn attempt_item(summary: AttemptSummary) -> impl IntoView {
    let href = format!("/quiz/attempts/{}", summary.id);
    let state = state_words(&summary);
    let percent = (summary.state != AttemptState::Pending && summary.state != AttemptState::Open)
        .then_some(summary.percent)
        .flatten()
        .map(|p| view! { " · " {crate::t!("quiz-percent", percent = number(p))} });
    let timed_out = summary.timed_out.then(|| view! { " · " {t("quiz-timed-out")} });
    let when = summary.submitted_at.unwrap_or(summary.started_at);
    view! {
        <li>
            <a href=href>{crate::t!("quiz-attempt-number", number = summary.number)}</a>
            " · "
            {date_time(when)}
            " · "
            {state}
            {percent}
            {timed_out}
        </li>
    }
}

/// The inputs of a question, named `name` (`answer` on a question's page;
/// on a result page, where they are `disabled`, one name per question, so
/// that each question's radio buttons are a group of their own).
#[component]
fn AnswerInputs(form: AnswerForm, disabled: bool, label: String, name: String) -> impl IntoView {
    match form {
        AnswerForm::One { options, true_false } => view! {
            <fieldset class="attempt-options">
                <legend class="visually-hidden">{label}</legend>
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, option)| {
                        let id = format!("option-{}", option.token);
                        let words = if true_false {
                            view! { <span>{t(if i == 0 { "quiz-true" } else { "quiz-false" })}</span> }.into_any()
                        } else {
                            view! { <span inner_html=option.html></span> }.into_any()
                        };
                        view! {
                            <div class="attempt-option">
                                <input
                                    type="radio"
                                    name=name.clone()
                                    id=id.clone()
                                    value=option.token
                                    checked=option.selected
                                    disabled=disabled
                                />
                                <label for=id>{words}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
        .into_any(),
        AnswerForm::Many { options } => view! {
            <fieldset class="attempt-options">
                <legend class="visually-hidden">{label}</legend>
                <p class="hint">{t("quiz-choose-any")}</p>
                {options
                    .into_iter()
                    .map(|option| {
                        let id = format!("option-{}", option.token);
                        view! {
                            <div class="attempt-option">
                                <input
                                    type="checkbox"
                                    name=name.clone()
                                    id=id.clone()
                                    value=option.token
                                    checked=option.selected
                                    disabled=disabled
                                />
                                <label for=id inner_html=option.html></label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
        .into_any(),
        AnswerForm::Line { value, numeric } => {
            let mode = if numeric { "decimal" } else { "text" };
            view! {
                <label for=name.clone() class="visually-hidden">{label}</label>
                <input
                    type="text"
                    id=name.clone()
                    name=name
                    inputmode=mode
                    autocomplete="off"
                    maxlength="1000"
                    value=value
                    disabled=disabled
                />
            }
            .into_any()
        }
        AnswerForm::Essay { value } => view! {
            <label for=name.clone() class="visually-hidden">{label}</label>
            <textarea id=name.clone() name=name rows="10" maxlength="20000" disabled=disabled>{value}</textarea>
        }
        .into_any(),
        AnswerForm::Pairs { items, answers } => view! {
            <div class="attempt-pairs">
                {items
                    .into_iter()
                    .map(|item| {
                        let id = format!("m-{}", item.token);
                        let selected = item.selected.clone().unwrap_or_default();
                        view! {
                            <div class="attempt-pair">
                                <label for=id.clone() inner_html=item.html></label>
                                <select id=id.clone() name=id disabled=disabled>
                                    <option value="" selected=selected.is_empty()>{t("quiz-choose")}</option>
                                    {answers
                                        .iter()
                                        .map(|answer| {
                                            let chosen = answer.token == selected;
                                            view! {
                                                <option value=answer.token.clone() selected=chosen>
                                                    {answer.text.clone()}
                                                </option>
                                            }
                                        })
                                        .collect_view()}
                                </select>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
        }
        .into_any(),
    }
}

/// A question's text, its inputs, and a missing word's text after them.
#[component]
fn QuestionBody(question: ShownQuestion, disabled: bool, label: String, name: String) -> impl IntoView {
    let after = question.text_after_html.map(|html| view! { <div class="attempt-text-after" inner_html=html></div> });
    view! {
        <div class="attempt-text" inner_html=question.text_html></div>
        <AnswerInputs form=question.form disabled label name />
        {after}
    }
}

/// The buttons to each question, marked answered or not (they save the
/// current answer first: they are the form's submit buttons).
#[component]
fn QuestionButtons(answered: Vec<bool>, current: u32) -> impl IntoView {
    view! {
        <nav class="attempt-nav" aria-label=t("quiz-questions-nav")>
            <ul>
                {answered
                    .into_iter()
                    .enumerate()
                    .map(|(i, done)| {
                        let n = i as u32 + 1;
                        let words = if done {
                            crate::t!("quiz-go-answered", number = n)
                        } else {
                            crate::t!("quiz-go-unanswered", number = n)
                        };
                        let here = (n == current).then_some("step");
                        view! {
                            <li>
                                <button
                                    type="submit"
                                    name="go"
                                    value=n.to_string()
                                    class="attempt-go"
                                    class:answered=done
                                    aria-current=here
                                    aria-label=words
                                >
                                    {n}
                                </button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
    }
}

/// `/quiz/attempts/{id}/{n}`.
#[component]
pub fn QuestionView(page: QuestionPage) -> impl IntoView {
    let QuestionPage { nav, slot, question } = page;
    let total = nav.answered.len() as u32;
    let action = format!("/quiz/attempts/{}/{slot}", nav.attempt);
    let heading = crate::t!("quiz-question-of", number = slot, total = total);
    let previous = (slot > 1).then(|| {
        view! {
            <button type="submit" name="go" value="previous" class="button secondary">{t("quiz-previous")}</button>
        }
    });
    let next = if slot < total {
        view! { <button type="submit" name="go" value="next" class="button">{t("quiz-save-next")}</button> }.into_any()
    } else {
        view! { <button type="submit" name="go" value="review" class="button">{t("quiz-save-review")}</button> }
            .into_any()
    };
    view! {
        <h1>{t("quiz-question-title")}</h1>
        <CourseLine course_slug=nav.course_slug course_title=nav.course_title />
        <Deadline deadline=nav.deadline />
        <form method="post" action=action class="attempt-form">
            <CsrfField />
            <section class="attempt-question" aria-labelledby="attempt-question-heading">
                <h2 id="attempt-question-heading">{heading.clone()}</h2>
                <QuestionBody question disabled=false label=heading name="answer".to_string() />
            </section>
            <p class="attempt-buttons">
                {previous}
                {next}
                <button type="submit" name="go" value="review" class="button secondary">{t("quiz-to-review")}</button>
            </p>
            <QuestionButtons answered=nav.answered current=slot />
        </form>
    }
}

/// `/quiz/attempts/{id}/review`: which questions are answered, and submit.
#[component]
pub fn ReviewView(nav: AttemptNav) -> impl IntoView {
    let unanswered: Vec<usize> =
        nav.answered.iter().enumerate().filter(|(_, done)| !**done).map(|(i, _)| i + 1).collect();
    let warning = (!unanswered.is_empty()).then(|| {
        view! { <p class="notice" role="status">{crate::t!("quiz-unanswered", count = unanswered.len())}</p> }
    });
    let attempt = nav.attempt;
    let list = nav
        .answered
        .iter()
        .enumerate()
        .map(|(i, done)| {
            let href = format!("/quiz/attempts/{attempt}/{}", i + 1);
            let words = if *done { t("quiz-answered") } else { t("quiz-not-answered") };
            view! {
                <li class:unanswered=!*done>
                    <a href=href>{crate::t!("quiz-question-of", number = i + 1, total = nav.answered.len())}</a>
                    " · "
                    {words}
                </li>
            }
        })
        .collect_view();
    let action = format!("/quiz/attempts/{attempt}/submit");
    view! {
        <h1>{t("quiz-review-title")}</h1>
        <CourseLine course_slug=nav.course_slug course_title=nav.course_title />
        <Deadline deadline=nav.deadline />
        {warning}
        <ul class="attempt-summary">{list}</ul>
        <form method="post" action=action>
            <CsrfField />
            <p class="hint">{t("quiz-submit-hint")}</p>
            <button type="submit" class="button">{t("quiz-submit")}</button>
        </form>
    }
}

/// How an answer was marked, in words.
fn outcome_words(outcome: Outcome) -> (&'static str, String) {
    match outcome {
        Outcome::Right => ("right", t("quiz-outcome-right")),
        Outcome::Partly => ("partly", t("quiz-outcome-partly")),
        Outcome::Wrong => ("wrong", t("quiz-outcome-wrong")),
        Outcome::Pending => ("pending", t("quiz-outcome-pending")),
    }
}

/// One question of a submitted attempt.
fn reviewed_item(question: ReviewedQuestion, total: usize) -> impl IntoView {
    let heading = crate::t!("quiz-question-of", number = question.slot, total = total);
    let outcome = question.outcome.map(|outcome| {
        let (class, words) = outcome_words(outcome);
        view! { <p class=format!("attempt-outcome {class}")>{words}</p> }
    });
    let right = question.right.and_then(|right| match right {
        RightAnswer::TrueFalse(answer) => {
            let words = t(if answer { "quiz-true" } else { "quiz-false" });
            Some(view! { <p class="attempt-right">{t("quiz-right-answer")} " " {words}</p> }.into_any())
        }
        RightAnswer::Texts(texts) => Some(
            view! {
                <div class="attempt-right">
                    <p>{t("quiz-right-answer")}</p>
                    <ul>{texts.into_iter().map(|html| view! { <li inner_html=html></li> }).collect_view()}</ul>
                </div>
            }
            .into_any(),
        ),
        RightAnswer::Pairs(pairs) => Some(
            view! {
                <div class="attempt-right">
                    <p>{t("quiz-right-answer")}</p>
                    <ul>
                        {pairs
                            .into_iter()
                            .map(|(item, answer)| view! { <li><span inner_html=item></span> " → " {answer}</li> })
                            .collect_view()}
                    </ul>
                </div>
            }
            .into_any(),
        ),
        RightAnswer::None => None,
    });
    let feedback =
        question.feedback.into_iter().map(|html| view! { <div class="attempt-feedback" inner_html=html></div> });
    let comment = question.comment.map(|text| {
        view! { <p class="attempt-comment">{t("quiz-trainer-comment")} " " <bdi>{text}</bdi></p> }
    });
    view! {
        <li class="attempt-reviewed">
            <h3>{heading.clone()}</h3>
            <QuestionBody question=question.shown disabled=true label=heading name=format!("answer-{}", question.slot) />
            {outcome}
            {right}
            {feedback.collect_view()}
            {comment}
        </li>
    }
}

/// `/quiz/attempts/{id}`, submitted.
#[component]
pub fn ResultView(page: ResultPage) -> impl IntoView {
    let ResultPage { attempt, course_slug, course_title, pass_mark, review: _, questions, completed_on, start } = page;
    let state = state_words(&attempt);
    // While an essay waits the marks so far are no score: none is shown.
    let score = (attempt.state != AttemptState::Pending)
        .then_some(attempt.percent)
        .flatten()
        .map(|p| crate::t!("quiz-score", percent = number(p), pass = pass_mark));
    let timed_out = attempt.timed_out.then(|| view! { <p class="notice">{t("quiz-closed-at-deadline")}</p> });
    let pending =
        (attempt.state == AttemptState::Pending).then(|| view! { <p class="notice">{t("quiz-pending-hint")}</p> });
    let completed = completed_on.map(|on| {
        view! {
            <p class="notice success" role="status">
                {crate::t!("quiz-course-completed", date = date(&on))} " "
                <a href="/learn/transcript">{t("quiz-transcript")}</a>
            </p>
        }
    });
    let total = questions.len();
    let list = (!questions.is_empty()).then(|| {
        view! {
            <section aria-labelledby="attempt-answers-heading">
                <h2 id="attempt-answers-heading">{t("quiz-answers-heading")}</h2>
                <ol class="attempt-review-list">
                    {questions.into_iter().map(|q| reviewed_item(q, total)).collect_view()}
                </ol>
            </section>
        }
    });
    view! {
        <h1>{t("quiz-result-title")}</h1>
        <CourseLine course_slug=course_slug.clone() course_title />
        <p class="attempt-result">
            {crate::t!("quiz-attempt-number", number = attempt.number)} " · " <strong>{state}</strong>
        </p>
        {score.map(|words| view! { <p>{words}</p> })}
        {timed_out}
        {pending}
        {completed}
        <StartPart course_slug start />
        {list}
    }
}
