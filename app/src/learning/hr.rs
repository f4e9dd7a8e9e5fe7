//! Learning's HR side: assigning a course to the people one manages
//! (`/learn/assign`: pick, filter, see who matches, confirm), a course's
//! enrolments (`/learn/courses/{slug}`, filters, pages, CSV, withdrawal)
//! and a person's learning on their page (enrolments, transcript, the
//! departure form). Plain forms: everything works without JavaScript.

use leptos::prelude::*;

use super::hr_model::{
    AssignOutcome, AssignPage, AssignPreview, AssignQuery, CourseEnrolmentsPage, EnrolmentsQuery, PersonLearning,
};
use super::model::{EnrolmentStatus, EnrolmentSummary};
use crate::components::{CsrfField, DataTable, Field, InstitutionField, InstitutionPicker, Pager, Paging, Select};
use crate::i18n::{Arg, Msg, date, number, rich, t, tm};
use crate::model::{Choice, InstitutionSwitch, PersonStatus};
use crate::{CapabilityPage, Layout, titled};

/// The people an assign preview lists (the count says how many match).
pub const PREVIEW_ROWS: i64 = 20;

/// An HR page of learning.
#[derive(Clone, Debug, PartialEq)]
pub enum HrPages {
    Assign(Box<AssignPage>),
    Course(Box<CourseEnrolmentsPage>),
}

impl CapabilityPage for HrPages {
    fn layout(&self) -> Layout {
        match self {
            HrPages::Assign(_) | HrPages::Course(_) => Layout::Wide,
        }
    }

    fn title(&self) -> Msg {
        match self {
            HrPages::Assign(_) => titled(Msg::new("learning-hr-assign-title")),
            HrPages::Course(page) => titled(Msg::verbatim(page.course_title.clone())),
        }
    }
}

/// The `<main>` content of an HR page of learning.
pub fn body(page: HrPages) -> AnyView {
    match page {
        HrPages::Assign(page) => view! { <AssignView page=*page /> }.into_any(),
        HrPages::Course(page) => view! { <CourseView page=*page /> }.into_any(),
    }
}

/// An enrolment's status as a message (`learning-hr-status`).
pub fn status_msg(status: EnrolmentStatus) -> Msg {
    Msg::new("learning-hr-status").arg("status", Arg::word(status.as_str()))
}

/// An enrolment's status in the reader's words.
pub fn status_words(status: EnrolmentStatus) -> String {
    tm(&status_msg(status))
}

/// An enrolment's status in `locale`'s words, outside a page (a CSV file).
#[cfg(feature = "ssr")]
pub fn status_words_in(locale: crate::i18n::Locale, status: EnrolmentStatus) -> String {
    crate::i18n::catalogue::translate(locale, &status_msg(status))
}

/// The choice of a person's status: active, left (the "all" option is both).
fn person_statuses() -> Vec<Choice> {
    PersonStatus::ALL.into_iter().map(|s| Choice { value: s.as_str().into(), label: tm(&s.msg()) }).collect()
}

#[component]
fn AssignView(page: AssignPage) -> impl IntoView {
    let AssignPage { institution, query, courses, units, cadres, preview, outcome, errors } = page;
    let lists = courses
        .iter()
        .map(|c| {
            let href = format!("/learn/courses/{}{}", c.value, institution.query('?'));
            view! { <li><a href=href><bdi>{c.label.clone()}</bdi></a></li> }
        })
        .collect_view();
    let confirm = preview.filter(|_| !query.course.is_empty()).map(|preview| {
        view! { <PreviewPart preview query=query.clone() institution=institution.clone() errors=errors.clone() /> }
    });
    view! {
        <h1>{t("learning-hr-assign-heading")}</h1>
        <InstitutionPicker action="/learn/assign" switch=institution.clone() />
        {outcome.map(|outcome| view! { <OutcomePart outcome /> })}
        <p class="facts">{t("learning-hr-assign-intro")}</p>
        <form class="filters" method="get" action="/learn/assign">
            <InstitutionField switch=institution.clone() />
            <Select
                name="course"
                label="learning-hr-course"
                choices=courses
                selected=query.course.clone()
                all="learning-hr-choose-course"
            />
            <Select name="unit" label="learning-hr-unit" choices=units selected=query.unit.clone() all="learning-hr-all-units" />
            <Select
                name="cadre"
                label="learning-hr-cadre"
                choices=cadres
                selected=query.cadre.clone()
                all="learning-hr-all-cadres"
            />
            <Select
                name="status"
                label="learning-hr-person-status"
                choices=person_statuses()
                selected=query.status.clone()
                all="learning-hr-active-and-left"
            />
            <Field
                name="hired_after"
                label="learning-hr-hired-after"
                kind="date"
                hint="learning-hr-date-hint"
                value=query.hired_after.clone()
                errors=errors.clone()
            />
            <button type="submit" class="button">{t("learning-hr-preview")}</button>
        </form>
        {["course", "unit", "cadre", "status"]
            .iter()
            .filter_map(|field| errors.get(*field))
            .map(|m| view! { <p class="notice error-summary" role="alert">{rich(m)}</p> })
            .collect::<Vec<_>>()}
        {confirm}
        <h2 id="course-lists">{t("learning-hr-course-lists")}</h2>
        <ul class="course-lists">{lists}</ul>
    }
}

#[component]
fn OutcomePart(outcome: AssignOutcome) -> impl IntoView {
    let AssignOutcome { course_title, created, already_open, completed, not_eligible } = outcome;
    let done = Msg::new("learning-hr-assigned").arg("count", created).arg("course", course_title);
    view! {
        <section class="notice success" role="status">
            <p>{rich(&done)}</p>
            <ul>
                <li>{crate::t!("learning-hr-already-enrolled", count = already_open)}</li>
                <li>{crate::t!("learning-hr-already-completed", count = completed)}</li>
                {(not_eligible > 0).then(|| view! { <li>{crate::t!("learning-hr-not-eligible", count = not_eligible)}</li> })}
            </ul>
        </section>
    }
}

#[component]
fn PreviewPart(
    preview: AssignPreview,
    query: AssignQuery,
    institution: InstitutionSwitch,
    errors: crate::model::FieldErrors,
) -> impl IntoView {
    let AssignPreview { total, already_open, completed, rows } = preview;
    let to_enrol = (total - already_open - completed).max(0);
    let shown = rows.len() as i64;
    view! {
        <section aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t("learning-hr-who-matches")}</h2>
            <p class="facts" role="status">
                {crate::t!("learning-hr-match-count", count = total)}
                " "
                {crate::t!("learning-hr-match-split", open = already_open, completed = completed, new = to_enrol)}
            </p>
            <DataTable
                caption=t("learning-hr-who-matches") hide_caption=true
                headers=vec!["learning-hr-name", "learning-hr-staff-number", "learning-hr-unit", "learning-hr-cadre", "learning-hr-hired", "learning-hr-person-status"]
                empty=t("learning-hr-nobody-matches")
                rows={rows
                    .into_iter()
                    .map(|row| {
                        view! {
                            <tr>
                                <td><a href=format!("/people/{}", row.id)><bdi>{row.name}</bdi></a></td>
                                <td><bdi>{row.staff_number}</bdi></td>
                                <td><bdi>{row.unit}</bdi></td>
                                <td><bdi>{row.cadre}</bdi></td>
                                <td>{date(&row.hire_date)}</td>
                                <td>{tm(&row.status.msg())}</td>
                            </tr>
                        }
                        .into_any()
                    })
                    .collect::<Vec<_>>()}
            />
            {(total > shown).then(|| view! { <p class="facts">{crate::t!("learning-hr-first-shown", shown = shown, count = total)}</p> })}
            {(to_enrol > 0).then(|| view! {
                <form method="post" action="/learn/assign" class="spaced">
                    <CsrfField />
                    <InstitutionField switch=institution />
                    <input type="hidden" name="course" value=query.course.clone() />
                    <input type="hidden" name="unit" value=query.unit.clone() />
                    <input type="hidden" name="cadre" value=query.cadre.clone() />
                    <input type="hidden" name="status" value=query.status.clone() />
                    <input type="hidden" name="hired_after" value=query.hired_after.clone() />
                    <Field name="due" label="learning-hr-due" kind="date" hint="learning-hr-date-hint" value=query.due.clone() errors=errors.clone() />
                    <Field name="reason" label="learning-hr-reason" hint="learning-hr-reason-hint" value=query.reason.clone() errors=errors />
                    <button type="submit" class="button">{crate::t!("learning-hr-assign-button", count = to_enrol)}</button>
                </form>
            })}
        </section>
    }
}

/// The address of a page of a course's enrolments with the same filters.
pub fn course_href(slug: &str, institution: &InstitutionSwitch, query: &EnrolmentsQuery, page: i64) -> String {
    let mut parts = vec![format!("page={page}")];
    if !query.status.is_empty() {
        parts.push(format!("status={}", crate::components::encode(&query.status)));
    }
    if query.overdue {
        parts.push("overdue=1".into());
    }
    if !query.unit.is_empty() {
        parts.push(format!("unit={}", crate::components::encode(&query.unit)));
    }
    format!("/learn/courses/{slug}?{}{}", parts.join("&"), institution.query('&'))
}

/// A withdrawal form for an open enrolment, coming back to `next`.
fn withdraw_form(enrolment: &EnrolmentSummary, next: String) -> AnyView {
    let id = enrolment.id;
    let field = format!("reason-{id}");
    view! {
        <form class="inline withdraw" method="post" action=format!("/learn/enrolments/{id}/withdraw")>
            <CsrfField />
            <input type="hidden" name="next" value=next />
            <label for=field.clone() class="visually-hidden">{t("learning-hr-withdraw-reason")}</label>
            <input id=field name="reason" type="text" required maxlength="500" placeholder=t("learning-hr-withdraw-reason") />
            <button type="submit" class="link">{t("learning-hr-withdraw")}</button>
        </form>
    }
    .into_any()
}

/// The progress of an enrolment in words ("40 %").
fn progress_words(enrolment: &EnrolmentSummary) -> String {
    crate::t!("learning-hr-percent", percent = enrolment.percent())
}

/// The due date, marked when overdue on `today`.
fn due_cell(enrolment: &EnrolmentSummary, today: &str) -> AnyView {
    let overdue = enrolment.overdue(today);
    match &enrolment.due_on {
        Some(due) => view! {
            <span>{date(due)}</span>
            {overdue.then(|| view! { " " <strong class="overdue">{t("learning-hr-overdue")}</strong> })}
        }
        .into_any(),
        None => view! { <span>{t("learning-hr-no-due-date")}</span> }.into_any(),
    }
}

/// The status, and for a withdrawn or closed enrolment when and why.
fn status_cell(enrolment: &EnrolmentSummary) -> AnyView {
    let ended =
        enrolment.ended_on.clone().map(|on| crate::t!("learning-hr-ended-on", date = crate::i18n::date_msg(&on)));
    let reason = enrolment.end_reason.clone();
    view! {
        {status_words(enrolment.status)}
        {ended.map(|e| view! { <br /><span class="facts">{e}</span> })}
        {reason.map(|r| view! { <br /><span class="facts"><bdi>{r}</bdi></span> })}
    }
    .into_any()
}

#[component]
fn CourseView(page: CourseEnrolmentsPage) -> impl IntoView {
    let CourseEnrolmentsPage {
        institution,
        course_slug,
        course_title,
        query,
        lines,
        total,
        page_size,
        today,
        units,
        ..
    } = page;
    let paging = Paging::new(total, page_size, query.page);
    let here = course_href(&course_slug, &institution, &query, paging.current);
    let page_href = {
        let (course_slug, institution, query) = (course_slug.clone(), institution.clone(), query.clone());
        move |page| course_href(&course_slug, &institution, &query, page)
    };
    let csv = {
        let mut href = course_href(&course_slug, &institution, &query, 1);
        href =
            href.replacen(&format!("/learn/courses/{course_slug}?"), &format!("/learn/courses/{course_slug}.csv?"), 1);
        href
    };
    let statuses: Vec<Choice> =
        EnrolmentStatus::ALL.into_iter().map(|s| Choice { value: s.as_str().into(), label: status_words(s) }).collect();
    let action = format!("/learn/courses/{course_slug}");
    let assign = format!("/learn/assign?course={}{}", crate::components::encode(&course_slug), institution.query('&'));
    view! {
        <p class="crumbs"><a href=format!("/learn/assign{}", institution.query('?'))>{t("learning-hr-assign-heading")}</a></p>
        <h1><bdi>{course_title}</bdi></h1>
        <InstitutionPicker action="/learn/assign" switch=institution.clone() />
        <p class="actions">
            <a href=assign>{t("learning-hr-assign-this-course")}</a>
            " · "
            <a href=csv>{t("learning-hr-download-csv")}</a>
        </p>
        <form class="filters" method="get" action=action>
            <InstitutionField switch=institution.clone() />
            <Select name="status" label="learning-hr-enrolment-status" choices=statuses selected=query.status.clone() all="learning-hr-all-statuses" />
            <Select name="unit" label="learning-hr-unit" choices=units selected=query.unit.clone() all="learning-hr-all-units" />
            <div class="field checkbox">
                <input id="overdue" name="overdue" type="checkbox" value="1" checked=query.overdue />
                <label for="overdue">{t("learning-hr-only-overdue")}</label>
            </div>
            <button type="submit" class="button">{t("learning-hr-filter")}</button>
        </form>
        <p class="facts" role="status">{crate::t!("learning-hr-enrolment-count", count = total)}</p>
        <DataTable
            caption=t("learning-hr-enrolments") hide_caption=true
            headers=vec!["learning-hr-name", "learning-hr-staff-number", "learning-hr-unit", "learning-hr-enrolment-status", "learning-hr-progress", "learning-hr-due", "learning-hr-action"]
            empty=t("learning-hr-no-enrolments")
            rows={lines
                .into_iter()
                .map(|line| {
                    let e = line.enrolment;
                    let action = e.status.is_open().then(|| withdraw_form(&e, here.clone()));
                    view! {
                        <tr>
                            <td><a href=format!("/people/{}#learning", line.person_id)><bdi>{line.name}</bdi></a></td>
                            <td><bdi>{line.staff_number}</bdi></td>
                            <td><bdi>{line.unit}</bdi></td>
                            <td>{status_cell(&e)}</td>
                            <td>{progress_words(&e)}</td>
                            <td>{due_cell(&e, &today)}</td>
                            <td>{action}</td>
                        </tr>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()}
        />
        <Pager paging href=page_href />
    }
}

/// A person's learning on their page: enrolments (open ones may be
/// withdrawn), transcript, and the departure form.
#[component]
pub fn PersonLearningPart(learning: PersonLearning) -> impl IntoView {
    let PersonLearning { person_id, today, enrolments, transcript, may_record_departure } = learning;
    let here = format!("/people/{person_id}");
    view! {
        <h2 id="learning">{t("learning-hr-person-heading")}</h2>
        <DataTable
            caption=t("learning-hr-person-heading") hide_caption=true
            headers=vec!["learning-hr-course", "learning-hr-enrolment-status", "learning-hr-progress", "learning-hr-due", "learning-hr-action"]
            empty=t("learning-hr-no-enrolments")
            rows={enrolments
                .into_iter()
                .map(|e| {
                    let action = e.status.is_open().then(|| withdraw_form(&e, here.clone()));
                    let version = crate::t!("learning-hr-version", version = e.version_no);
                    view! {
                        <tr>
                            <td>
                                <a href=format!("/learn/courses/{}", e.course_slug)><bdi>{e.course_title.clone()}</bdi></a>
                                " "<span class="facts">{version}</span>
                            </td>
                            <td>{status_cell(&e)}</td>
                            <td>{progress_words(&e)}</td>
                            <td>{due_cell(&e, &today)}</td>
                            <td>{action}</td>
                        </tr>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()}
        />
        <h3 id="transcript">{t("learning-hr-transcript-heading")}</h3>
        <DataTable
            caption=t("learning-hr-transcript-heading") hide_caption=true
            headers=vec!["learning-hr-course", "learning-hr-completed-on", "learning-hr-version-heading", "learning-hr-cpd-hours"]
            empty=t("learning-hr-no-completions")
            rows={transcript
                .into_iter()
                .map(|entry| {
                    view! {
                        <tr>
                            <td><bdi>{entry.course_title}</bdi></td>
                            <td>{date(&entry.completed_on)}</td>
                            <td>{number(entry.version_no as f64)}</td>
                            <td>{number(entry.cpd_hours)}</td>
                        </tr>
                    }
                    .into_any()
                })
                .collect::<Vec<_>>()}
        />
        {may_record_departure.then(|| view! {
            <h3 id="departure">{t("learning-hr-departure-heading")}</h3>
            <form method="post" action=format!("/people/{person_id}/depart") class="spaced">
                <CsrfField />
                <Field name="date" label="learning-hr-departure-date" kind="date" hint="learning-hr-departure-hint" value=today.clone() errors=Default::default() />
                <button type="submit" class="button secondary">{t("learning-hr-record-departure")}</button>
            </form>
        })}
    }
}
