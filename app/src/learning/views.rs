//! Learning's views: the learner's home, the transcript, and the parts on
//! the catalogue's pages (a course's progress, a lesson's read mark).
//! Plain forms and links: everything works without JavaScript, and no
//! island is needed.

use leptos::prelude::*;

use crate::components::{CsrfField, DataTable, hours_label};
use crate::i18n::{date, locale, number, t};
use crate::learning::model::{CourseProgress, EnrolmentSummary, LearnerHome, LessonMark, Transcript};
use crate::model::CourseCard;

/// "2 of 3 lessons read (66 %)" and a bar.
#[component]
fn Progress(read: i64, total: i64) -> impl IntoView {
    let percent = crate::learning::model::percent(read, total);
    let label = crate::t!("learning-progress", read = read, total = total, percent = percent);
    view! {
        <p class="progress-line">{label.clone()}</p>
        <progress class="progress" max="100" value=percent.to_string() aria-label=label></progress>
    }
}

/// One enrolment in a list of the home.
#[component]
fn EnrolmentItem(enrolment: EnrolmentSummary, today: String) -> impl IntoView {
    let due = enrolment.due_on.clone().map(|due| {
        let overdue = enrolment.overdue(&today);
        let words = if overdue {
            crate::t!("learning-overdue", date = date(&due))
        } else {
            crate::t!("learning-due", date = date(&due))
        };
        view! { <p class="due" class:overdue=overdue>{words}</p> }
    });
    let newer = enrolment.newer_version().then(|| view! { <p class="hint">{t("learning-newer-version-short")}</p> });
    let action = match (enrolment.status.is_open(), enrolment.lessons_read) {
        (true, 0) => Some(t("learning-start")),
        (true, _) => Some(t("learning-continue")),
        _ => None,
    };
    let completed = enrolment
        .completed_on
        .clone()
        .map(|on| view! { <p>{crate::t!("learning-completed-on", date = date(&on))}</p> });
    let href = enrolment.continue_href();
    let outline = format!("/courses/{}", enrolment.course_slug);
    let open = enrolment.status.is_open();
    view! {
        <li class="enrolment">
            <h3>
                <a href=outline>
                    <bdi>{enrolment.course_title}</bdi>
                </a>
            </h3>
            {due}
            {open.then(|| view! { <Progress read=enrolment.lessons_read total=enrolment.lessons_total /> })}
            {newer}
            {completed}
            {action.map(|words| view! { <p><a class="button" href=href>{words}</a></p> })}
        </li>
    }
}

/// A section of the home: a heading, its enrolments or its empty line.
#[component]
fn EnrolmentSection(
    id: &'static str,
    heading: &'static str,
    empty: &'static str,
    enrolments: Vec<EnrolmentSummary>,
    today: String,
) -> impl IntoView {
    let body = if enrolments.is_empty() {
        view! { <p class="empty">{t(empty)}</p> }.into_any()
    } else {
        view! {
            <ul class="enrolments">
                {enrolments
                    .into_iter()
                    .map(|enrolment| view! { <EnrolmentItem enrolment today=today.clone() /> })
                    .collect_view()}
            </ul>
        }
        .into_any()
    };
    view! {
        <section class="learn-section" aria-labelledby=id>
            <h2 id=id>{t(heading)}</h2>
            {body}
        </section>
    }
}

/// `/learn`: what the learner must do, is doing, might do and has done.
#[component]
pub fn HomeView(home: LearnerHome) -> impl IntoView {
    let LearnerHome { today, due, in_progress, recommended, completed } = home;
    let recommended = if recommended.is_empty() {
        view! { <p class="empty">{t("learning-recommended-empty")}</p> }.into_any()
    } else {
        view! { <ul class="enrolments">{recommended.into_iter().map(recommended_item).collect_view()}</ul> }.into_any()
    };
    view! {
        <h1>{t("learning-home-title")}</h1>
        <p>
            <a href="/learn/transcript">{t("learning-transcript-link")}</a>
        </p>
        <EnrolmentSection
            id="learn-due"
            heading="learning-due-heading"
            empty="learning-due-empty"
            enrolments=due
            today=today.clone()
        />
        <EnrolmentSection
            id="learn-in-progress"
            heading="learning-in-progress-heading"
            empty="learning-in-progress-empty"
            enrolments=in_progress
            today=today.clone()
        />
        <section class="learn-section" aria-labelledby="learn-recommended">
            <h2 id="learn-recommended">{t("learning-recommended-heading")}</h2>
            {recommended}
        </section>
        <EnrolmentSection
            id="learn-completed"
            heading="learning-completed-heading"
            empty="learning-completed-empty"
            enrolments=completed
            today=today
        />
    }
}

fn recommended_item(course: CourseCard) -> impl IntoView {
    let href = format!("/courses/{}", course.slug);
    view! {
        <li class="enrolment">
            <h3>
                <a href=href>
                    <bdi lang=course.language>{course.title}</bdi>
                </a>
            </h3>
            <p>{crate::i18n::tm(&course.stage.msg())} " · " {hours_label(course.estimated_hours)}</p>
        </li>
    }
}

/// `/learn/transcript`: every completion, and CPD hours per year. Prints
/// on one or two A4 pages (`@media print` in the stylesheet).
#[component]
pub fn TranscriptView(transcript: Transcript) -> impl IntoView {
    let Transcript { name, entries, years } = transcript;
    let year_rows = years
        .into_iter()
        .map(|year| {
            view! {
                <tr>
                    <td>{year.year}</td>
                    <td>{number(year.courses as f64)}</td>
                    <td>{hours_label(year.hours)}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    let rows = entries
        .into_iter()
        .map(|entry| {
            view! {
                <tr>
                    <td>
                        <bdi>{entry.course_title}</bdi>
                    </td>
                    <td>{date(&entry.completed_on)}</td>
                    <td>{entry.version_no}</td>
                    <td>{hours_label(entry.cpd_hours)}</td>
                </tr>
            }
            .into_any()
        })
        .collect();
    view! {
        <h1>{t("learning-transcript-title")}</h1>
        <p class="lead">
            <bdi>{name}</bdi>
        </p>
        <p class="no-print">
            <a class="button" href="/learn/transcript.csv" download="transcript.csv">
                {t("learning-transcript-csv")}
            </a>
            " "
            <a href="/learn">{t("learning-back-home")}</a>
        </p>
        <h2>{t("learning-cpd-heading")}</h2>
        <DataTable
            caption=t("learning-cpd-heading")
            hide_caption=true
            headers=vec!["learning-column-year", "learning-column-courses", "learning-column-hours"]
            empty=t("learning-cpd-empty")
            rows=year_rows
        />
        <h2>{t("learning-transcript-courses")}</h2>
        <DataTable
            caption=t("learning-transcript-courses")
            hide_caption=true
            headers=vec![
                "learning-column-course",
                "learning-column-completed",
                "learning-column-version",
                "learning-column-hours",
            ]
            empty=t("learning-transcript-empty")
            rows=rows
        />
    }
}

/// The learner's part of a course outline: "complete" once, their
/// progress and "continue", a newer version and the switch, or the
/// enrol button. In the page's language (`lang`), inside the course's.
#[component]
pub fn CourseProgressPart(progress: CourseProgress, course_slug: String) -> impl IntoView {
    let ui = locale().code();
    let CourseProgress { open, read: _, completed_on, may_enrol, just_completed, quiz } = progress;
    let quiz_link = (quiz && open.is_some()).then(|| {
        let href = format!("/quiz/{course_slug}");
        view! {
            <p>
                <a href=href>{t("learning-quiz-link")}</a>
            </p>
        }
    });
    let complete = just_completed.then(|| {
        view! {
            <p class="notice success" role="status">
                {t("learning-course-complete")}
                " "
                <a href="/learn/transcript">{t("learning-transcript-link")}</a>
            </p>
        }
    });
    let open_part = open.map(|enrolment| {
        let href = enrolment.continue_href();
        let newer = enrolment.newer_version().then(|| {
            let words = crate::t!(
                "learning-newer-version",
                studied = enrolment.version_no,
                newest = enrolment.current_version_no
            );
            view! {
                <p>{words}</p>
                <form method="post" action="/learn/switch">
                    <CsrfField />
                    <input type="hidden" name="enrolment" value=enrolment.id.to_string() />
                    <button type="submit" class="button secondary">{t("learning-switch")}</button>
                </form>
            }
        });
        let words = if enrolment.lessons_read == 0 { t("learning-start") } else { t("learning-continue-where") };
        view! {
            <Progress read=enrolment.lessons_read total=enrolment.lessons_total />
            <p>
                <a class="button" href=href>{words}</a>
            </p>
            {newer}
        }
    });
    let was_completed = completed_on.map(|on| view! { <p>{crate::t!("learning-completed-on", date = date(&on))}</p> });
    let enrol = may_enrol.then(|| {
        view! {
            <form method="post" action="/learn/enrol">
                <CsrfField />
                <input type="hidden" name="course" value=course_slug.clone() />
                <button type="submit" class="button">{t("learning-enrol")}</button>
            </form>
        }
    });
    view! {
        <section class="course-progress" lang=ui aria-labelledby="course-progress-heading">
            <h2 id="course-progress-heading">{t("learning-your-progress")}</h2>
            {complete}
            {open_part}
            {quiz_link}
            {was_completed}
            {enrol}
        </section>
    }
}

/// Whether a lesson is read, for the outline's list (words for screen
/// readers and everyone: no colour alone).
pub fn read_state(read: bool) -> impl IntoView {
    let (class, words) =
        if read { ("lesson-state read", "learning-lesson-read") } else { ("lesson-state", "learning-lesson-unread") };
    view! { <span class=class>{t(words)}</span> }
}

/// The read mark after a lesson's article: the same button as beside the
/// header, for a reader who has scrolled to the end.
#[component]
pub fn LessonMarkEnd(mark: LessonMark) -> impl IntoView {
    view! {
        <div class="lesson-mark-end">
            <MarkReadForm mark />
        </div>
    }
}

/// "Mark as read and continue" (or "Continue" once read): a plain form.
#[component]
fn MarkReadForm(mark: LessonMark) -> impl IntoView {
    let button = if mark.read { t("learning-continue") } else { t("learning-mark-read") };
    view! {
        <form method="post" action="/learn/read">
            <CsrfField />
            <input type="hidden" name="enrolment" value=mark.enrolment.to_string() />
            <input type="hidden" name="lesson" value=mark.lesson_slug />
            <button type="submit" class="button">{button}</button>
        </form>
    }
}

/// The read mark beside a lesson's header: the lessons read, and the
/// "Mark as read and continue" button, a plain form.
#[component]
pub fn LessonMarkPart(mark: LessonMark) -> impl IntoView {
    let status = if mark.read { t("learning-lesson-is-read") } else { String::new() };
    let percent = crate::learning::model::percent(mark.lessons_read, mark.lessons_total);
    let progress =
        crate::t!("learning-progress", read = mark.lessons_read, total = mark.lessons_total, percent = percent);
    view! {
        <aside class="lesson-mark" aria-label=t("learning-mark-label")>
            <p>{progress} " " {status}</p>
            <MarkReadForm mark />
        </aside>
    }
}
