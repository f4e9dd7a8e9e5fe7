//! Quizzes' trainer side: the essay queue (`/quiz/grading`, `?graded=1`
//! for those marked), one essay and its grading form
//! (`GET`/`POST /quiz/grading/{attempt}/{slot}`), and a course's item
//! analysis (`/quiz/analysis`, the courses with a quiz;
//! `/quiz/analysis/{course}` and its `.csv`).
//!
//! A grader reaches the essays of learners of their own institution placed
//! in their reviewer or administrator grants' units
//! (`trainer_model::grading_scopes`); any other essay, one of an attempt
//! not submitted, and a slot that is no essay are all answered 404, as one
//! that does not exist. Item analysis counts the attempts of the viewer's
//! institution's learners (a deployment administrator's: everyone's).

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Extension, Router};
use serde::Deserialize;
use tutela_app::Page;
use tutela_app::i18n::{Locale, Msg, catalogue};
use tutela_app::ids::AttemptId;
use tutela_app::model::{FieldErrors, Viewer};
use tutela_app::policy::Policy;
use tutela_app::quiz::QuizPages;
use tutela_app::quiz::trainer::TrainerPages;
use tutela_app::quiz::trainer_model::{
    AnalysisPage, COMMENT_LIMIT, EssayPage, GradingQueuePage, ItemRow, OptionCount, QUEUE_PAGE_SIZE, facility, flags,
    grading_scopes, pearson,
};
use tutela_app::quiz::trainer_routes::TrainerRoute;
use tutela_app::store::{EssayGrading, EssayRecord, ItemAnalysis, ItemStats, Refusal, StoreError};
use tutela_gift::{Body, Weight};

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, GradeEssays, actor};
use super::pages::{self, Ask};
use super::people::{MAX_PAGE, csv_attachment};
use super::render::{Rendered, see_other};
use crate::auth::Caller;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/quiz/grading/{attempt}/{slot}", get(pages::page).post(grade))
        .route("/quiz/analysis/{file}", get(analysis_file))
}

/// The trainer's page `route` names.
pub async fn load(ask: &Ask<'_>, route: TrainerRoute<'_>) -> Result<Page, HttpError> {
    match route {
        TrainerRoute::Queue => queue_page(ask).await,
        TrainerRoute::Essay(attempt, slot) => essay_page(ask, attempt, slot).await,
        TrainerRoute::AnalysisIndex => {
            Policy::AnalyseQuestions.allows(ask.viewer)?;
            let courses = ask.state.store.quiz_courses().await?;
            Ok(trainer_page(TrainerPages::AnalysisIndex(courses)))
        }
        TrainerRoute::Analysis(slug) => analysis_page(ask, slug).await,
        TrainerRoute::Bank(slug) => super::quiz_bank::bank_page(ask, slug).await,
        TrainerRoute::BankPreview(slug, upload) => super::quiz_bank::preview_page(ask, slug, upload).await,
    }
}

fn trainer_page(page: TrainerPages) -> Page {
    Page::Quiz(QuizPages::Trainer(page))
}

/// `GET /quiz/grading`: the essays waiting (or with `graded=1`, marked),
/// 50 to a page.
async fn queue_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::GradeEssays.allows(ask.viewer)?;
    let viewer = ask.viewer.ok_or(HttpError::SignIn)?;
    let scopes = grading_scopes(viewer);
    let graded = ask.query.get("graded").is_some_and(|v| v == "1");
    let mut page = ask.query.get("page").and_then(|p| p.trim().parse::<i64>().ok()).unwrap_or(1).clamp(1, MAX_PAGE);
    let store = ask.state.store.as_ref();
    let read = |page: i64| {
        store.essay_queue(
            viewer.person_id,
            viewer.institution_id,
            scopes.as_deref(),
            graded,
            QUEUE_PAGE_SIZE,
            (page - 1) * QUEUE_PAGE_SIZE,
        )
    };
    let (mut rows, total) = read(page).await?;
    let last = ((total + QUEUE_PAGE_SIZE - 1) / QUEUE_PAGE_SIZE).max(1);
    if page > last {
        page = last;
        rows = read(page).await?.0;
    }
    let queue = GradingQueuePage { graded, rows, total, page, page_size: QUEUE_PAGE_SIZE };
    Ok(trainer_page(TrainerPages::Queue(Box::new(queue))))
}

/// A mark in weight units as the form shows it: per cent, at most one decimal.
fn mark_words(units: i64) -> String {
    let tenths = (units as f64 / f64::from(Weight::UNIT / 10)).round() as i64;
    if tenths % 10 == 0 { (tenths / 10).to_string() } else { format!("{}.{}", tenths / 10, tenths % 10) }
}

/// A typed mark in weight units: 0 to 100, whole or with one decimal (`.`
/// or `,`); None when it is anything else.
pub fn parse_mark(typed: &str) -> Option<i64> {
    let typed = typed.trim().trim_end_matches('%').trim_end();
    let (whole, tenth) = match typed.split_once(['.', ',']) {
        Some((whole, tenth)) => (whole, Some(tenth)),
        None => (typed, None),
    };
    let digits = |s: &str| !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || tenth.is_some_and(|t| t.len() != 1 || !digits(t)) {
        return None;
    }
    let tenths = whole.parse::<i64>().ok()? * 10 + tenth.map_or(Some(0), |t| t.parse::<i64>().ok())?;
    (tenths <= 1000).then_some(tenths * i64::from(Weight::UNIT / 10))
}

/// An essay question's text as the grading page shows it: rendered and
/// sanitised as the learner saw it (`quiz::attempt::render_text`).
fn question_html(gift: &str) -> Result<String, HttpError> {
    let question = tutela_gift::parse(gift)
        .ok()
        .and_then(|bank| bank.questions.into_iter().next())
        .ok_or_else(|| HttpError::failed("reading an essay question")(std::io::Error::other("unreadable")))?;
    Ok(crate::quiz::attempt::render_text(&question.text))
}

/// The essay's typed answer, from its saved JSON (`{"x": "..."}`).
fn answer_text(answer: Option<&str>) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(answer?).ok()?;
    value.get("x")?.as_str().map(String::from)
}

/// The grading page of `record`, with the form's values and errors.
fn essay_model(
    record: EssayRecord,
    form: Option<(String, String)>,
    errors: FieldErrors,
) -> Result<EssayPage, HttpError> {
    let (mark, comment) = form.unwrap_or_else(|| {
        (record.mark.map(mark_words).unwrap_or_default(), record.comment.clone().unwrap_or_default())
    });
    let seen = record.seen();
    Ok(EssayPage {
        attempt: record.attempt,
        slot: record.slot,
        question_html: question_html(&record.gift)?,
        answer: answer_text(record.answer.as_deref()),
        course_title: record.course_title,
        learner: record.learner,
        staff_number: record.staff_number,
        unit: record.unit,
        submitted_at: record.submitted_at,
        mark,
        comment,
        graded: match (record.graded_at, record.graded_by, record.mark) {
            (Some(at), Some(by), Some(mark)) => Some((at, by, mark_words(mark))),
            _ => None,
        },
        seen,
        errors,
        notice: None,
    })
}

/// The essay within the viewer's reach, or 404.
async fn reachable(state: &AppState, viewer: &Viewer, attempt: AttemptId, slot: u32) -> Result<EssayRecord, HttpError> {
    let scopes = grading_scopes(viewer);
    let store = state.store.as_ref();
    store
        .essay(viewer.person_id, viewer.institution_id, scopes.as_deref(), attempt, slot)
        .await?
        .ok_or(HttpError::NotFound)
}

/// `GET /quiz/grading/{attempt}/{slot}`: the essay and its form.
async fn essay_page(ask: &Ask<'_>, attempt: AttemptId, slot: u32) -> Result<Page, HttpError> {
    Policy::GradeEssays.allows(ask.viewer)?;
    let viewer = ask.viewer.ok_or(HttpError::SignIn)?;
    let record = reachable(ask.state, viewer, attempt, slot).await?;
    let mut page = essay_model(record, None, FieldErrors::new())?;
    if ask.query.get("saved").is_some_and(|v| v == "1") {
        page.notice = Some(Msg::new("quiz-trainer-saved"));
    }
    Ok(trainer_page(TrainerPages::Essay(Box::new(page))))
}

/// The grading form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct GradeForm {
    mark: String,
    comment: String,
    /// The grading the form showed (`EssayRecord::seen`); empty: no check.
    seen: String,
}

/// `POST /quiz/grading/{attempt}/{slot}`: marks (or marks again) an essay
/// within the caller's reach; a mark or comment that will not do shows
/// the form again with its error (422) and changes nothing, and so does a
/// form whose essay someone else graded after it was shown (409: the
/// page then shows their grading, and saving again replaces it).
async fn grade(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<GradeEssays>,
    Path((attempt, slot)): Path<(String, String)>,
    CsrfForm(form): CsrfForm<GradeForm>,
) -> Result<Response, HttpError> {
    let attempt: AttemptId = attempt.parse().map_err(|_| HttpError::NotFound)?;
    let slot: u32 = slot.parse().map_err(|_| HttpError::NotFound)?;
    let record = reachable(&state, &viewer, attempt, slot).await?;
    let mut errors = FieldErrors::new();
    let mark = parse_mark(&form.mark);
    if mark.is_none() {
        errors.insert("mark".into(), Msg::new("quiz-trainer-mark-unusable"));
    }
    let comment = form.comment.trim();
    let unprintable = comment.chars().any(|c| {
        (c.is_control() && c != '\n' && c != '\t' && c != '\r') || tutela_app::i18n::catalogue::is_direction_control(c)
    });
    if comment.chars().count() > COMMENT_LIMIT || unprintable {
        errors.insert("comment".into(), Msg::new("quiz-trainer-comment-too-long").arg("limit", COMMENT_LIMIT as i64));
    }
    let Some(mark) = mark.filter(|_| errors.is_empty()) else {
        // The form shown again still replaces the grading the grader saw
        // first, not one given meanwhile.
        let seen = form.seen.clone();
        let mut page = essay_model(record, Some((form.mark.clone(), form.comment.clone())), errors)?;
        if !seen.is_empty() {
            page.seen = seen;
        }
        return Ok(Rendered(trainer_page(TrainerPages::Essay(Box::new(page))), StatusCode::UNPROCESSABLE_ENTITY)
            .into_response());
    };
    let scopes = grading_scopes(&viewer);
    let grading = EssayGrading {
        grader: viewer.person_id,
        institution: viewer.institution_id,
        scopes: scopes.as_deref(),
        attempt,
        slot,
        mark,
        comment: (!comment.is_empty()).then_some(comment),
        seen: (!form.seen.is_empty()).then_some(form.seen.as_str()),
        by: viewer.account_id,
        actor: &actor(&viewer),
    };
    let graded = state.store.grade_essay(&grading).await;
    // A pass may complete the learner's enrolment: their marks change.
    state.cache.articles.marks.forget(record.person);
    if let Err(StoreError::Refused(Refusal::GradedMeanwhile)) = graded {
        let fresh = reachable(&state, &viewer, attempt, slot).await?;
        let mut errors = FieldErrors::new();
        errors.insert("mark".into(), Msg::new("quiz-trainer-graded-meanwhile"));
        let page = essay_model(fresh, Some((form.mark.clone(), form.comment.clone())), errors)?;
        return Ok(Rendered(trainer_page(TrainerPages::Essay(Box::new(page))), StatusCode::CONFLICT).into_response());
    }
    graded?;
    Ok(see_other(&format!("/quiz/grading/{attempt}/{slot}?saved=1")))
}

/// Where the viewer's item analysis counts attempts: their institution's
/// learners, or everyone's for a deployment administrator.
fn analysis_scope(viewer: &Viewer) -> Option<tutela_app::ids::InstitutionId> {
    (!viewer.is_deployment_admin()).then_some(viewer.institution_id)
}

/// The words of a question's options, in the order of their indices
/// (`quiz::attempt::Graded::chosen`).
fn option_labels(gift: &str) -> Vec<Msg> {
    let Some(question) = tutela_gift::parse(gift).ok().and_then(|bank| bank.questions.into_iter().next()) else {
        return Vec::new();
    };
    match question.body {
        Body::MultipleChoice { choices } | Body::MultipleAnswers { choices } => {
            choices.into_iter().map(|c| Msg::verbatim(c.text.text)).collect()
        }
        // An accepted answer is the key itself: by its place only, as a number's.
        Body::ShortAnswer { answers } => {
            (1..=answers.len()).map(|n| Msg::new("quiz-trainer-accepted-answer").arg("n", n as i64)).collect()
        }
        Body::TrueFalse { .. } => vec![Msg::new("quiz-trainer-true"), Msg::new("quiz-trainer-false")],
        Body::Numerical { answers, .. } => {
            (1..=answers.len()).map(|n| Msg::new("quiz-trainer-number-answer").arg("n", n as i64)).collect()
        }
        Body::Matching { pairs } => pairs
            .into_iter()
            .filter(|p| !p.question.text.is_empty())
            // The item alone: its answer is the key (the count is of items matched right).
            .map(|p| Msg::verbatim(p.question.text))
            .collect(),
        Body::Essay | Body::Description => Vec::new(),
    }
}

/// One question version's line, its indices computed from its sums.
fn item_row(item: ItemStats) -> ItemRow {
    let full = f64::from(Weight::FULL.units());
    let facility = facility(item.n, item.sum_x, full);
    let discrimination = pearson(item.n, item.sum_x, item.sum_y, item.sum_xy, item.sum_xx, item.sum_yy);
    let labels = option_labels(&item.gift);
    let count = |index: usize| item.chosen.iter().find(|(i, _)| *i == index as i64).map_or(0, |(_, n)| *n);
    let mut options: Vec<OptionCount> =
        labels.into_iter().enumerate().map(|(i, label)| OptionCount { label, count: count(i) }).collect();
    // A choice recorded beyond the words found (never expected) still counts.
    for (index, n) in &item.chosen {
        if usize::try_from(*index).is_ok_and(|i| i >= options.len()) {
            options.push(OptionCount { label: Msg::new("quiz-trainer-option-n").arg("n", index + 1), count: *n });
        }
    }
    ItemRow {
        question_id: item.question_id,
        current: item.current,
        position: item.position,
        title: item.title,
        id_number: item.id_number,
        kind: item.kind,
        attempts: item.n,
        facility,
        discrimination,
        flags: flags(item.n, facility, discrimination),
        options,
    }
}

/// Below this many graded answers a question's figures are not shown to
/// anyone but a deployment administrator: a count of one or two is one or
/// two colleagues' answers.
const MIN_ANSWERS_SHOWN: i64 = 5;

fn analysis_model(analysis: ItemAnalysis, everywhere: bool) -> AnalysisPage {
    let items = analysis
        .items
        .into_iter()
        .map(item_row)
        .map(|mut row| {
            if !everywhere && row.attempts < MIN_ANSWERS_SHOWN {
                row.facility = None;
                row.discrimination = None;
                row.flags.clear();
                row.options.iter_mut().for_each(|option| option.count = 0);
            }
            row
        })
        .collect();
    AnalysisPage {
        course_slug: analysis.course_slug,
        course_title: analysis.course_title,
        version_no: analysis.version_no,
        everywhere,
        items,
    }
}

async fn analysis_of(state: &AppState, viewer: &Viewer, slug: &str) -> Result<AnalysisPage, HttpError> {
    // Someone taking the course could read, from how often each option is
    // chosen beside its facility, which is right: not while enrolled.
    if state.store.read_marks(viewer.person_id, slug).await?.is_some() {
        return Err(HttpError::Forbidden(tutela_app::i18n::Msg::new("quiz-trainer-analysis-enrolled")));
    }
    let scope = analysis_scope(viewer);
    let analysis = state.store.item_analysis(slug, scope).await?.ok_or(HttpError::NotFound)?;
    Ok(analysis_model(analysis, scope.is_none()))
}

/// `GET /quiz/analysis/{course}`: the item analysis of its published quiz.
async fn analysis_page(ask: &Ask<'_>, slug: &str) -> Result<Page, HttpError> {
    Policy::AnalyseQuestions.allows(ask.viewer)?;
    let viewer = ask.viewer.ok_or(HttpError::SignIn)?;
    let page = analysis_of(ask.state, viewer, slug).await?;
    Ok(trainer_page(TrainerPages::Analysis(Box::new(page))))
}

/// An index in the CSV: three decimals, or empty.
fn index_cell(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.3}")).unwrap_or_default()
}

/// The analysis as CSV lines, the header in `locale`'s words.
fn analysis_csv(page: &AnalysisPage, locale: Locale) -> Vec<u8> {
    let mut file = crate::csv_out::CsvOut::new();
    let header = [
        "quiz-trainer-position",
        "quiz-trainer-question",
        "quiz-trainer-id-number",
        "quiz-trainer-kind-heading",
        "quiz-trainer-in-published",
        "quiz-trainer-attempts",
        "quiz-trainer-facility",
        "quiz-trainer-discrimination",
        "quiz-trainer-flags",
        "quiz-trainer-options",
    ]
    .map(|id| catalogue::text(locale, id));
    file.row(header.iter().map(String::as_str));
    let yes = catalogue::text(locale, "quiz-trainer-yes");
    for item in &page.items {
        let name = match (&item.title, &item.id_number) {
            (None, None) => catalogue::translate(locale, &Msg::new("quiz-trainer-question-n").arg("n", item.position)),
            _ => item_name_plain(item),
        };
        let flags: Vec<String> = item.flags.iter().map(|f| catalogue::translate(locale, &f.msg())).collect();
        let options: Vec<String> =
            item.options.iter().map(|o| format!("{}: {}", catalogue::translate(locale, &o.label), o.count)).collect();
        file.row([
            item.position.to_string().as_str(),
            &name,
            item.id_number.as_deref().unwrap_or(""),
            &item.kind,
            if item.current { yes.as_str() } else { "" },
            &item.attempts.to_string(),
            &index_cell(item.facility),
            &index_cell(item.discrimination),
            &flags.join("; "),
            &options.join("; "),
        ]);
    }
    file.into_bytes()
}

/// A question's title or ID number (the view's [`item_name`] without a catalogue).
fn item_name_plain(item: &ItemRow) -> String {
    item.title.clone().or_else(|| item.id_number.clone()).unwrap_or_default()
}

/// `GET /quiz/analysis/{file}`: the analysis page, or with `.csv`, the
/// same table as a CSV file (formula-safe).
async fn analysis_file(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    method: Method,
    uri: Uri,
    Query(query): Query<HashMap<String, String>>,
    Path(file): Path<String>,
) -> Result<Response, HttpError> {
    let Some(slug) = file.strip_suffix(".csv") else {
        return Ok(pages::page(State(state), Extension(caller), method, uri, Query(query)).await);
    };
    let viewer = caller.viewer();
    Policy::AnalyseQuestions.allows(viewer.as_ref())?;
    let Some(viewer) = viewer else { return Err(HttpError::SignIn) };
    let page = analysis_of(&state, &viewer, slug).await?;
    Ok(csv_attachment(&format!("{slug}-item-analysis.csv"), analysis_csv(&page, caller.locale)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_mark_is_a_percentage_with_at_most_one_decimal() {
        let unit = i64::from(Weight::UNIT);
        assert_eq!(parse_mark("0"), Some(0));
        assert_eq!(parse_mark(" 100 "), Some(100 * unit));
        assert_eq!(parse_mark("72.5"), Some(72 * unit + unit / 2));
        assert_eq!(parse_mark("72,5 %"), Some(72 * unit + unit / 2));
        for bad in ["", "-1", "100.1", "101", "7.25", "abc", "1e2", "50.", ".5", "0x10", "1000"] {
            assert_eq!(parse_mark(bad), None, "{bad}");
        }
        assert_eq!(mark_words(72 * unit + unit / 2), "72.5");
        assert_eq!(mark_words(100 * unit), "100");
    }

    #[test]
    fn an_essay_s_text_is_escaped() {
        let html = question_html("::E:: Say <b>why</b> & how\nnow. {}").unwrap();
        assert!(!html.contains("<b>"), "{html}");
        assert!(html.contains("&lt;b&gt;"), "{html}");
        assert_eq!(answer_text(Some(r#"{"x":"<i>mine</i>"}"#)).as_deref(), Some("<i>mine</i>"));
        assert_eq!(answer_text(None), None);
    }
}
