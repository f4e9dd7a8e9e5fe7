//! Quizzes: the learner's quiz page (`/quiz/{course}`, whose form starts an
//! attempt), a question of an open attempt (`/quiz/attempts/{id}/{n}`,
//! whose form saves the answer and moves on), the review before
//! submitting (`/quiz/attempts/{id}/review`; `POST
//! /quiz/attempts/{id}/submit`) and the result (`/quiz/attempts/{id}`).
//!
//! Every page and form acts on the caller's own attempts only: the store
//! looks an attempt up with the caller's person, so someone else's id is
//! answered 404, as one that does not exist. Pages of an open attempt are
//! made by `quiz::attempt::show`, which puts no answer key in a page
//! model; the result by `quiz::attempt::review`, as the quiz's review
//! policy allows. Redirects go to addresses made from the records.

use axum::Router;
use axum::extract::{Path, State};
use axum::response::Response;
use axum::routing::{get, post};
use tutela_app::Page;
use tutela_app::ids::AttemptId;
use tutela_app::policy::Policy;
use tutela_app::quiz::model::{
    AttemptNav, AttemptState, QuestionPage, QuizPage, ResultPage, ShownQuestion, StartState,
};
use tutela_app::quiz::{QuizPages, QuizRoute};
use tutela_app::store::{AttemptRecord, QuizOverview, QuizRefusal, QuizReview, Refusal, StoreError};

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, CsrfOnly, SignedIn, actor};
use super::pages::{self, Ask};
use super::render::see_other;
use crate::quiz::attempt::{self, Answer, Layout};

/// The longest course slug a path may name.
const SLUG_LIMIT: usize = 200;

/// The most fields a question's form may carry (a matching question's
/// drop-downs, a multiple-answers question's boxes, the buttons).
const FIELD_LIMIT: usize = 500;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/quiz/{course}", get(pages::page).post(start))
        .route("/quiz/attempts/{id}/{n}", get(pages::page).post(save))
        .route("/quiz/attempts/{id}/submit", post(submit))
}

/// The quiz page `route` names.
pub async fn load(ask: &Ask<'_>, route: QuizRoute<'_>) -> Result<Page, HttpError> {
    if let QuizRoute::Trainer(route) = route {
        return super::quiz_trainer::load(ask, route).await;
    }
    Policy::SignedIn.allows(ask.viewer)?;
    let viewer = ask.viewer.ok_or(HttpError::SignIn)?;
    let store = ask.state.store.as_ref();
    let person = viewer.person_id;
    let page = match route {
        QuizRoute::Course(slug) => {
            let overview = store.quiz_overview(person, slug).await?.ok_or(HttpError::NotFound)?;
            QuizPages::Quiz(Box::new(quiz_page(overview)))
        }
        QuizRoute::Attempt(id) => {
            let record = store.attempt(person, id).await?.ok_or(HttpError::NotFound)?;
            if record.summary.state == AttemptState::Open {
                let first = record.slots.iter().find(|s| s.answer.is_none()).map_or(1, |s| s.slot);
                return Ok(Page::Redirect(format!("/quiz/attempts/{id}/{first}")));
            }
            let overview = store.quiz_overview(person, &record.course_slug).await?.ok_or(HttpError::NotFound)?;
            QuizPages::Result(Box::new(result_page(record, &overview)?))
        }
        QuizRoute::Question(id, n) => {
            let record = store.attempt(person, id).await?.ok_or(HttpError::NotFound)?;
            if record.summary.state != AttemptState::Open {
                return Ok(Page::Redirect(format!("/quiz/attempts/{id}")));
            }
            let slot = record.slots.iter().find(|s| s.slot == n).ok_or(HttpError::NotFound)?;
            let question = shown(&slot.gift, &slot.layout, slot.answer.as_deref())?;
            QuizPages::Question(Box::new(QuestionPage { nav: nav(&record), slot: n, question }))
        }
        QuizRoute::Review(id) => {
            let record = store.attempt(person, id).await?.ok_or(HttpError::NotFound)?;
            if record.summary.state != AttemptState::Open {
                return Ok(Page::Redirect(format!("/quiz/attempts/{id}")));
            }
            QuizPages::Review(Box::new(nav(&record)))
        }
        QuizRoute::Trainer(_) => return Err(HttpError::NotFound),
    };
    Ok(Page::Quiz(page))
}

/// A stored record that does not read back: an outage, logged.
fn corrupt(what: &'static str) -> HttpError {
    HttpError::failed(what)(std::io::Error::other("a quiz record does not read back"))
}

/// One stored question, its layout and answer parsed back.
fn parsed(
    gift: &str,
    layout: &str,
    answer: Option<&str>,
) -> Result<(tutela_gift::Question, Layout, Option<Answer>), HttpError> {
    let question = tutela_gift::parse(gift)
        .ok()
        .and_then(|bank| bank.questions.into_iter().next())
        .ok_or_else(|| corrupt("reading a quiz question"))?;
    let layout: Layout = serde_json::from_str(layout).map_err(|_| corrupt("reading a quiz layout"))?;
    let answer = match answer {
        Some(json) => Some(serde_json::from_str(json).map_err(|_| corrupt("reading a quiz answer"))?),
        None => None,
    };
    Ok((question, layout, answer))
}

/// A question of an open attempt as its page shows it (no answer key).
fn shown(gift: &str, layout: &str, answer: Option<&str>) -> Result<ShownQuestion, HttpError> {
    let (question, layout, answer) = parsed(gift, layout, answer)?;
    Ok(attempt::show(&question, &layout, answer.as_ref()))
}

fn nav(record: &AttemptRecord) -> AttemptNav {
    AttemptNav {
        attempt: record.summary.id,
        course_slug: record.course_slug.clone(),
        course_title: record.course_title.clone(),
        answered: record.slots.iter().map(|s| s.answer.is_some()).collect(),
        deadline: record.deadline,
    }
}

fn quiz_page(overview: QuizOverview) -> QuizPage {
    QuizPage {
        course_slug: overview.course_slug,
        course_title: overview.course_title,
        version_no: overview.version_no,
        pass_mark: overview.settings.pass_mark,
        attempts_allowed: overview.settings.attempts,
        wait_minutes: overview.settings.wait_minutes,
        time_limit_minutes: overview.settings.time_limit_minutes,
        questions: overview.settings.questions,
        review: overview.settings.review,
        lessons_read: overview.lessons_read,
        lessons_total: overview.lessons_total,
        attempts: overview.attempts,
        start: overview.start,
        completed_on: overview.completed_on,
    }
}

/// What a submitted attempt shows: as the quiz's review policy says, but
/// the right answers and feedback only once no further attempt can
/// follow (passed, none left, the course completed); until then, which
/// answers were right. Otherwise a learner could fail an attempt on
/// purpose to read the key of questions the next draws again.
fn review_policy(policy: QuizReview, start: StartState) -> QuizReview {
    match (policy, start) {
        (QuizReview::Feedback, StartState::Start | StartState::WaitUntil(_) | StartState::Continue(_)) => {
            QuizReview::Correctness
        }
        (policy, _) => policy,
    }
}

fn result_page(record: AttemptRecord, overview: &QuizOverview) -> Result<ResultPage, HttpError> {
    let start = overview.start;
    let policy = review_policy(record.review, start);
    let mut questions = Vec::with_capacity(record.slots.len());
    for slot in &record.slots {
        let (question, layout, answer) = parsed(&slot.gift, &slot.layout, slot.answer.as_deref())?;
        let mark = slot.mark.and_then(|units| i32::try_from(units).ok()).and_then(tutela_gift::Weight::new);
        questions.push(attempt::review(
            slot.slot,
            &question,
            &layout,
            answer.as_ref(),
            mark,
            slot.comment.as_deref(),
            policy,
        ));
    }
    Ok(ResultPage {
        attempt: record.summary,
        course_slug: record.course_slug,
        course_title: record.course_title,
        pass_mark: record.pass_mark,
        review: policy,
        questions,
        completed_on: overview.completed_on.clone(),
        start,
    })
}

/// `POST /quiz/{course}`: starts an attempt (or finds the open one), then
/// goes to it; refused (passed, none left, wait, not enrolled), back to the
/// quiz page, which says why.
async fn start(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<SignedIn>,
    Path(course): Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, HttpError> {
    let slug_like = course.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if course.is_empty() || course.len() > SLUG_LIMIT || !slug_like || course == "attempts" {
        return Err(HttpError::NotFound);
    }
    match state.store.start_attempt(viewer.person_id, &course).await {
        Ok(id) => Ok(see_other(&format!("/quiz/attempts/{id}"))),
        Err(StoreError::Refused(Refusal::Quiz(_))) => Ok(see_other(&format!("/quiz/{course}"))),
        Err(err) => Err(HttpError::store("a quiz attempt could not be started")(err)),
    }
}

/// `POST /quiz/attempts/{id}/{n}`: saves the answer to question `n`, then
/// goes where the button pressed says (`go`: `previous`, `next`, `review`
/// or a question's number; else the same question). An attempt submitted
/// or past its deadline goes to its result.
async fn save(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<SignedIn>,
    Path((id, n)): Path<(String, String)>,
    CsrfForm(fields): CsrfForm<Vec<(String, String)>>,
) -> Result<Response, HttpError> {
    let id: AttemptId = id.parse().map_err(|_| HttpError::NotFound)?;
    let n: u32 = n.parse().map_err(|_| HttpError::NotFound)?;
    if fields.len() > FIELD_LIMIT {
        return Err(HttpError::Refused {
            status: axum::http::StatusCode::PAYLOAD_TOO_LARGE,
            message: tutela_app::i18n::Msg::new("quiz-saved-error"),
        });
    }
    let store = state.store.as_ref();
    // Only this slot is read (its question and layout), not the whole attempt.
    let found = store.attempt_question(viewer.person_id, id, n).await?.ok_or(HttpError::NotFound)?;
    let result = format!("/quiz/attempts/{id}");
    if !found.open {
        return Ok(see_other(&result));
    }
    let (gift, layout) = found.question.ok_or(HttpError::NotFound)?;
    let (question, layout, _) = parsed(&gift, &layout, None)?;
    let answer = attempt::read_answer(&question.body, &layout, &fields);
    let json = answer.map(|a| serde_json::to_string(&a)).transpose().map_err(HttpError::failed("an answer"))?;
    match store.save_answer(viewer.person_id, id, n, json.as_deref()).await {
        Ok(()) => {}
        Err(StoreError::Refused(
            Refusal::Quiz(QuizRefusal::Submitted | QuizRefusal::TimeUp) | Refusal::EnrolmentFinished,
        )) => {
            // Closed meanwhile (submitted, out of time, its enrolment ended): its result.
            return Ok(see_other(&result));
        }
        Err(err) => return Err(HttpError::store("a quiz answer could not be saved")(err)),
    }
    let total = found.slots;
    let go = fields.iter().find(|(name, _)| name == "go").map(|(_, value)| value.as_str()).unwrap_or("");
    let to = match go {
        "previous" => format!("{result}/{}", n.saturating_sub(1).max(1)),
        "next" if n < total => format!("{result}/{}", n + 1),
        "next" | "review" => format!("{result}/review"),
        number => match number.parse::<u32>() {
            Ok(k) if (1..=total).contains(&k) => format!("{result}/{k}"),
            _ => format!("{result}/{n}"),
        },
    };
    Ok(see_other(&to))
}

/// `POST /quiz/attempts/{id}/submit`: submits and grades the caller's own
/// attempt (once, however often the form is sent), then shows the result.
async fn submit(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<SignedIn>,
    Path(id): Path<String>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, HttpError> {
    let id: AttemptId = id.parse().map_err(|_| HttpError::NotFound)?;
    let submitted = state.store.submit_attempt(viewer.person_id, id, &actor(&viewer)).await;
    // A pass may complete the enrolment: the reader's marks change.
    state.cache.articles.marks.forget(viewer.person_id);
    submitted.map_err(HttpError::store("a quiz attempt could not be submitted"))?;
    Ok(see_other(&format!("/quiz/attempts/{id}")))
}
