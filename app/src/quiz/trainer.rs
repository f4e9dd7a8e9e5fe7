//! Quizzes' trainer side: the essays waiting for a reviewer
//! (`/quiz/grading`, and those graded, to regrade), one essay and its
//! grading form (`/quiz/grading/{attempt}/{slot}`), and item analysis
//! for authors and reviewers (`/quiz/analysis`, the courses with a quiz;
//! `/quiz/analysis/{course}`, and its CSV). Plain forms and tables; no island.

use leptos::prelude::*;

use super::trainer_model::{AnalysisPage, COMMENT_LIMIT, EssayPage, GradingQueuePage, ItemRow};
use crate::components::{CsrfField, DataTable, Field, Pager, Paging};
use crate::i18n::{Msg, date_time, number, rich, t, tm};
use crate::model::Choice;
use crate::{CapabilityPage, Layout, titled};

/// A trainer's page of quizzes.
#[derive(Clone, Debug, PartialEq)]
pub enum TrainerPages {
    Queue(Box<GradingQueuePage>),
    Essay(Box<EssayPage>),
    /// The courses with a quiz (slug, title).
    AnalysisIndex(Vec<Choice>),
    Analysis(Box<AnalysisPage>),
    /// A course's question bank and its upload form (`bank.rs`).
    Bank(Box<super::bank_model::BankPage>),
    /// An uploaded bank's preview.
    BankPreview(Box<super::bank_model::BankPreviewPage>),
}

impl CapabilityPage for TrainerPages {
    fn layout(&self) -> Layout {
        match self {
            TrainerPages::Queue(_)
            | TrainerPages::Essay(_)
            | TrainerPages::AnalysisIndex(_)
            | TrainerPages::Analysis(_)
            | TrainerPages::Bank(_)
            | TrainerPages::BankPreview(_) => Layout::Wide,
        }
    }

    fn title(&self) -> Msg {
        match self {
            TrainerPages::Queue(_) => titled(Msg::new("quiz-trainer-queue-title")),
            TrainerPages::Essay(_) => titled(Msg::new("quiz-trainer-essay-title")),
            TrainerPages::AnalysisIndex(_) => titled(Msg::new("quiz-trainer-index-title")),
            TrainerPages::Analysis(page) => {
                titled(Msg::new("quiz-trainer-analysis-title").arg("course", page.course_title.clone()))
            }
            TrainerPages::Bank(page) => titled(super::bank::title_of(&page.course_title)),
            TrainerPages::BankPreview(page) => titled(super::bank::title_of(&page.course_title)),
        }
    }
}

/// The `<main>` content of a trainer's page.
pub fn body(page: TrainerPages) -> AnyView {
    match page {
        TrainerPages::Queue(page) => view! { <QueueView page=*page /> }.into_any(),
        TrainerPages::Essay(page) => view! { <EssayView page=*page /> }.into_any(),
        TrainerPages::AnalysisIndex(courses) => view! { <IndexView courses /> }.into_any(),
        TrainerPages::Analysis(page) => view! { <AnalysisView page=*page /> }.into_any(),
        TrainerPages::Bank(page) => view! { <super::bank::BankView page=*page /> }.into_any(),
        TrainerPages::BankPreview(page) => view! { <super::bank::BankPreviewView page=*page /> }.into_any(),
    }
}

/// The queue's address: waiting or graded essays, page `page`.
pub fn queue_href(graded: bool, page: i64) -> String {
    if graded { format!("/quiz/grading?graded=1&page={page}") } else { format!("/quiz/grading?page={page}") }
}

/// A mark in per cent, as the reader writes numbers ("72.5 %").
fn percent_words(percent: f64) -> String {
    crate::t!("quiz-trainer-percent", percent = number(percent))
}

#[component]
fn QueueView(page: GradingQueuePage) -> impl IntoView {
    let GradingQueuePage { graded, rows, total, page, page_size } = page;
    let paging = Paging::new(total, page_size, page);
    let (waiting_class, graded_class) = if graded { ("", "current") } else { ("current", "") };
    view! {
        <h1>{t("quiz-trainer-queue-heading")}</h1>
        <p class="facts">{t("quiz-trainer-queue-intro")}</p>
        <nav class="actions" aria-label=t("quiz-trainer-queue-which")>
            <a href=queue_href(false, 1) class=waiting_class aria-current=(!graded).then_some("page")>{t("quiz-trainer-waiting")}</a>
            " · "
            <a href=queue_href(true, 1) class=graded_class aria-current=graded.then_some("page")>{t("quiz-trainer-graded")}</a>
        </nav>
        <p class="facts" role="status">
            {if graded { crate::t!("quiz-trainer-graded-count", count = total) } else { crate::t!("quiz-trainer-waiting-count", count = total) }}
        </p>
        <DataTable
            caption=t("quiz-trainer-queue-heading") hide_caption=true
            headers=vec!["quiz-trainer-learner", "quiz-trainer-staff-number", "quiz-trainer-unit", "quiz-trainer-course", "quiz-trainer-submitted", "quiz-trainer-mark", "quiz-trainer-action"]
            empty=if graded { t("quiz-trainer-none-graded") } else { t("quiz-trainer-none-waiting") }
            rows={rows
                .into_iter()
                .map(|row| {
                    let href = format!("/quiz/grading/{}/{}", row.attempt, row.slot);
                    let action = if row.mark.is_some() { t("quiz-trainer-regrade") } else { t("quiz-trainer-grade") };
                    view! {
                        <tr>
                            <td><bdi>{row.learner}</bdi></td>
                            <td><bdi>{row.staff_number}</bdi></td>
                            <td><bdi>{row.unit}</bdi></td>
                            <td><bdi>{row.course_title}</bdi></td>
                            <td>{date_time(row.submitted_at)}</td>
                            <td>{row.mark.map(percent_words)}</td>
                            <td><a href=href>{action}</a></td>
                        </tr>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()}
        />
        <Pager paging href=move |page| queue_href(graded, page) />
    }
}

#[component]
fn EssayView(page: EssayPage) -> impl IntoView {
    let EssayPage {
        attempt,
        slot,
        course_title,
        learner,
        staff_number,
        unit,
        submitted_at,
        question_html,
        answer,
        mark,
        comment,
        graded,
        seen,
        errors,
        notice,
    } = page;
    let action = format!("/quiz/grading/{attempt}/{slot}");
    let comment_error = errors.get("comment").cloned();
    let has_comment_error = comment_error.is_some();
    let described = if has_comment_error { "comment-error comment-hint" } else { "comment-hint" };
    let last = graded.map(|(at, by, mark)| {
        let msg = Msg::new("quiz-trainer-graded-by")
            .arg("name", by)
            .arg("when", crate::i18n::date_time_msg(at))
            .arg("mark", mark);
        view! { <p class="facts">{rich(&msg)}</p> }
    });
    view! {
        <p class="crumbs"><a href=queue_href(false, 1)>{t("quiz-trainer-queue-heading")}</a></p>
        <h1>{t("quiz-trainer-essay-heading")}</h1>
        {notice.map(|m| view! { <p class="notice success" role="status">{rich(&m)}</p> })}
        <dl class="facts essay-facts">
            <dt>{t("quiz-trainer-learner")}</dt><dd><bdi>{learner}</bdi> " " <bdi>{staff_number}</bdi></dd>
            <dt>{t("quiz-trainer-unit")}</dt><dd><bdi>{unit}</bdi></dd>
            <dt>{t("quiz-trainer-course")}</dt><dd><bdi>{course_title}</bdi></dd>
            <dt>{t("quiz-trainer-submitted")}</dt><dd>{date_time(submitted_at)}</dd>
        </dl>
        <h2>{t("quiz-trainer-question")}</h2>
        <div class="attempt-text" inner_html=question_html></div>
        <h2>{t("quiz-trainer-answer")}</h2>
        {match answer {
            Some(text) => view! { <blockquote class="essay-answer"><bdi>{text}</bdi></blockquote> }.into_any(),
            None => view! { <p class="facts">{t("quiz-trainer-no-answer")}</p> }.into_any(),
        }}
        {last}
        <form method="post" action=action class="spaced">
            <CsrfField />
            <input type="hidden" name="seen" value=seen />
            <Field name="mark" label="quiz-trainer-mark-label" hint="quiz-trainer-mark-hint" value=mark errors=errors.clone() />
            <div class="field" class:has-error=has_comment_error>
                <label for="comment">{t("quiz-trainer-comment-label")}</label>
                <p class="hint" id="comment-hint">{crate::t!("quiz-trainer-comment-hint", limit = COMMENT_LIMIT as i64)}</p>
                {comment_error.map(|m| view! { <p class="error" id="comment-error">{rich(&m)}</p> })}
                <textarea id="comment" name="comment" rows="6" aria-describedby=described>{comment}</textarea>
            </div>
            <button type="submit" class="button">{t("quiz-trainer-save-mark")}</button>
        </form>
    }
}

/// Whether the reader may upload a course's question bank (the links to it).
fn may_upload() -> bool {
    use_context::<crate::model::RequestContext>()
        .and_then(|request| request.viewer)
        .is_some_and(|viewer| super::trainer_model::uploads_questions(&viewer))
}

#[component]
fn IndexView(courses: Vec<Choice>) -> impl IntoView {
    let empty = courses.is_empty();
    let upload = may_upload();
    let items = courses
        .into_iter()
        .map(|c| {
            let bank = upload.then(|| {
                let label = Msg::new("quiz-bank-link-course").arg("course", c.label.clone());
                view! { " · " <a href=super::bank::bank_href(&c.value)>{rich(&label)}</a> }
            });
            view! { <li><a href=format!("/quiz/analysis/{}", c.value)><bdi>{c.label}</bdi></a>{bank}</li> }
        })
        .collect_view();
    view! {
        <h1>{t("quiz-trainer-index-heading")}</h1>
        <p class="facts">{t("quiz-trainer-index-intro")}</p>
        {if empty {
            view! { <p>{t("quiz-trainer-index-none")}</p> }.into_any()
        } else {
            view! { <ul class="course-lists">{items}</ul> }.into_any()
        }}
    }
}

/// An index with two decimals, or a dash when there is none.
fn index_words(value: Option<f64>) -> String {
    value.map(number).unwrap_or_else(|| "–".to_string())
}

/// A question's name in the analysis: its title, else its ID number, else its place.
pub fn item_name(item: &ItemRow) -> String {
    match (&item.title, &item.id_number) {
        (Some(title), _) => title.clone(),
        (None, Some(id)) => id.clone(),
        (None, None) => crate::t!("quiz-trainer-question-n", n = item.position),
    }
}

#[component]
fn AnalysisView(page: AnalysisPage) -> impl IntoView {
    let AnalysisPage { course_slug, course_title, version_no, everywhere, items } = page;
    let csv = format!("/quiz/analysis/{course_slug}.csv");
    let scope = if everywhere { t("quiz-trainer-analysis-everywhere") } else { t("quiz-trainer-analysis-institution") };
    view! {
        <p class="crumbs"><a href="/quiz/analysis">{t("quiz-trainer-index-heading")}</a></p>
        <h1>{rich(&Msg::new("quiz-trainer-analysis-heading").arg("course", course_title))}</h1>
        <p class="facts">{crate::t!("quiz-trainer-analysis-version", version = version_no)} " " {scope}</p>
        <p class="facts">{crate::t!("quiz-trainer-analysis-intro", minimum = super::trainer_model::MIN_ATTEMPTS_TO_FLAG)}</p>
        <p class="actions">
            <a href=csv>{t("quiz-trainer-download-csv")}</a>
            {may_upload().then(|| view! { " · " <a href=super::bank::bank_href(&course_slug)>{t("quiz-bank-link")}</a> })}
        </p>
        <DataTable
            caption=t("quiz-trainer-analysis-caption") hide_caption=true
            headers=vec!["quiz-trainer-question", "quiz-trainer-id-number", "quiz-trainer-kind-heading", "quiz-trainer-attempts", "quiz-trainer-facility", "quiz-trainer-discrimination", "quiz-trainer-flags", "quiz-trainer-options"]
            empty=t("quiz-trainer-no-questions")
            rows={items
                .into_iter()
                .map(|item| {
                    let name = item_name(&item);
                    let earlier = (!item.current).then(|| view! { " " <span class="facts">{t("quiz-trainer-earlier-version")}</span> });
                    let flags = item.flags.iter().map(|f| view! { <li><strong>{tm(&f.msg())}</strong></li> }).collect_view();
                    let options = item
                        .options
                        .iter()
                        .map(|o| view! { <li><bdi>{rich(&o.label)}</bdi> ": " {number(o.count as f64)}</li> })
                        .collect_view();
                    view! {
                        <tr>
                            <td><bdi>{name}</bdi>{earlier}</td>
                            <td><bdi>{item.id_number.clone().unwrap_or_default()}</bdi></td>
                            <td>{tm(&Msg::new("quiz-trainer-kind").arg("kind", crate::i18n::Arg::word(&item.kind)))}</td>
                            <td>{number(item.attempts as f64)}</td>
                            <td>{index_words(item.facility)}</td>
                            <td>{index_words(item.discrimination)}</td>
                            <td><ul class="flags">{flags}</ul></td>
                            <td><ul class="option-counts">{options}</ul></td>
                        </tr>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()}
        />
    }
}
