//! Learning's HR side: assigning a course to the people one manages
//! (`GET`/`POST /learn/assign`), a course's enrolments
//! (`/learn/courses/{slug}` and its CSV), withdrawing an enrolment
//! (`POST /learn/enrolments/{id}/withdraw`), recording a departure
//! (`POST /people/{id}/depart`), and the part a person's page shows
//! ([`part`]). The set of people an assignment reaches is always
//! recomputed here from the filter, within the caller's reach: no id the
//! browser sends is trusted.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use serde::Deserialize;
use tutela_app::Page;
use tutela_app::i18n::{Msg, catalogue};
use tutela_app::ids::{EnrolmentId, PersonId, UnitId};
use tutela_app::learning::LearningPages;
use tutela_app::learning::hr::{HrPages, PREVIEW_ROWS, status_words_in};
use tutela_app::learning::hr_model::{
    AssignOutcome, AssignPage, AssignPreview, AssignQuery, CourseEnrolmentsPage, EnrolmentLine, EnrolmentsQuery,
    PersonLearning,
};
use tutela_app::learning::hr_routes::HrRoute;
use tutela_app::learning::model::EnrolmentStatus;
use tutela_app::model::{Choice, FieldErrors, PersonDetail, PersonStatus, Viewer};
use tutela_app::policy::{NOT_YOURS, Policy};
use tutela_app::routes::{Named, Reach, local_path, named};
use tutela_app::store::{Assignment, CandidateFilter, EnrolmentFilter, Store, StoreError};

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, ManagePeople, SignedIn, actor};
use super::pages::{self, Ask, reach_of};
use super::people::{MAX_PAGE, csv_attachment};
use super::render::{Rendered, see_other};
use crate::auth::Caller;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/learn/assign", get(pages::page).post(assign))
        .route("/learn/courses/{file}", get(course_file))
        .route("/learn/enrolments/{id}/withdraw", post(withdraw))
        .route("/people/{id}/depart", post(depart))
}

/// Enrolments per page of a course's list.
pub const ENROLMENTS_PAGE_SIZE: i64 = 50;

/// The longest reason, in characters (the store's bound).
const REASON_LIMIT: usize = 500;

/// The HR page of learning `route` names.
pub async fn load(ask: &Ask<'_>, route: HrRoute<'_>) -> Result<Page, HttpError> {
    match route {
        HrRoute::Assign => assign_page(ask).await,
        HrRoute::Course(slug) => course_page(ask, slug).await,
    }
}

fn hr_page(page: HrPages) -> Page {
    Page::Learning(LearningPages::Hr(page))
}

/// `GET /learn/assign`: the filter, and once a course is chosen, who matches.
async fn assign_page(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::ManagePeople.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let reach = reach_of(ask.state, viewer, named(ask.query)).await?;
    let field = |name: &str| ask.query.get(name).cloned().unwrap_or_default();
    let query = AssignQuery {
        course: field("course"),
        unit: field("unit"),
        cadre: field("cadre"),
        // No `status` at all: the active only; `status=`: both.
        status: ask.query.get("status").cloned().unwrap_or_else(|| PersonStatus::Active.as_str().to_string()),
        hired_after: field("hired_after"),
        due: field("due"),
        reason: field("reason"),
    };
    let (page, _) = assign_model(ask.state, &reach, query, false).await?;
    Ok(hr_page(HrPages::Assign(Box::new(page))))
}

/// The assign page for `query`, its errors, and the filter it makes (None
/// when it has errors). `confirming`: the POST, whose due date, reason and
/// course are checked too.
async fn assign_model(
    state: &AppState,
    reach: &Reach,
    query: AssignQuery,
    confirming: bool,
) -> Result<(AssignPage, Option<CandidateFilter>), HttpError> {
    let store = state.store.as_ref();
    let reading = || HttpError::store("the assign page could not be read");
    let courses = store.published_courses().await.map_err(reading())?;
    let units = store.unit_choices(Some(&reach.scopes)).await.map_err(reading())?;
    let cadres = store.cadre_choices().await.map_err(reading())?;
    let mut errors = FieldErrors::new();
    let chosen = |choices: &[Choice], value: &str| value.is_empty() || choices.iter().any(|c| c.value == value);
    if !query.course.is_empty() && !chosen(&courses, &query.course) || confirming && query.course.is_empty() {
        errors.insert("course".into(), Msg::new("learning-hr-choose-a-course"));
    }
    if !chosen(&units, &query.unit) {
        errors.insert("unit".into(), Msg::new("learning-hr-unit-not-yours"));
    }
    if !chosen(&cadres, &query.cadre) {
        errors.insert("cadre".into(), Msg::new("learning-hr-no-such-cadre"));
    }
    // An unknown word is the form's error, never a wider selection.
    let status = match query.status.as_str() {
        "" => None,
        word => {
            let status = word.parse::<PersonStatus>().ok();
            if status.is_none() {
                errors.insert("status".into(), Msg::new("learning-hr-no-such-status"));
            }
            status
        }
    };
    if !query.hired_after.is_empty() && !crate::learning::is_date(&query.hired_after) {
        errors.insert("hired_after".into(), Msg::new("learning-hr-date-unusable"));
    }
    if confirming {
        let today = state.clock.today();
        if !query.due.is_empty() && !crate::learning::is_date(&query.due) {
            errors.insert("due".into(), Msg::new("learning-hr-date-unusable"));
        } else if !query.due.is_empty() && query.due < today {
            errors.insert("due".into(), Msg::new("learning-hr-due-past"));
        }
        if query.reason.trim().chars().count() > REASON_LIMIT {
            errors.insert("reason".into(), Msg::new("learning-hr-reason-too-long").arg("limit", REASON_LIMIT as i64));
        }
    }
    let unit_path = match query.unit.parse::<UnitId>() {
        Ok(unit) if errors.is_empty() => store.unit_path(unit).await.map_err(reading())?,
        _ => None,
    };
    let filter = CandidateFilter {
        unit_path,
        cadre_slug: (!query.cadre.is_empty()).then(|| query.cadre.clone()),
        status,
        hired_after: (!query.hired_after.is_empty()).then(|| query.hired_after.clone()),
    };
    let filter_usable = !["course", "unit", "cadre", "status", "hired_after"].iter().any(|f| errors.contains_key(*f));
    let preview = if filter_usable && !query.course.is_empty() {
        let found = store
            .assign_candidates(reach.institution_id, Some(&reach.scopes), &filter, &query.course, PREVIEW_ROWS)
            .await
            .map_err(reading())?;
        Some(AssignPreview {
            total: found.total,
            already_open: found.already_open,
            completed: found.completed,
            rows: found.rows,
        })
    } else {
        None
    };
    let filter = errors.is_empty().then_some(filter);
    let page =
        AssignPage { institution: reach.switch.clone(), query, courses, units, cadres, preview, outcome: None, errors };
    Ok((page, filter))
}

/// The confirming form of `/learn/assign`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct AssignForm {
    institution: String,
    course: String,
    unit: String,
    cadre: String,
    status: String,
    hired_after: String,
    due: String,
    reason: String,
}

/// `POST /learn/assign`: assigns the course to everyone the filter selects
/// within the caller's reach, in one transaction, and shows what it did.
pub async fn assign(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<ManagePeople>,
    CsrfForm(form): CsrfForm<AssignForm>,
) -> Result<Response, HttpError> {
    let reach = reach_of(&state, &viewer, Named::Slug(&form.institution)).await?;
    let query = AssignQuery {
        course: form.course.trim().to_string(),
        unit: form.unit,
        cadre: form.cadre,
        status: form.status,
        hired_after: form.hired_after.trim().to_string(),
        due: form.due.trim().to_string(),
        reason: form.reason.trim().to_string(),
    };
    let (mut page, filter) = assign_model(&state, &reach, query, true).await?;
    let Some(filter) = filter else {
        return Ok(Rendered(hr_page(HrPages::Assign(Box::new(page))), StatusCode::UNPROCESSABLE_ENTITY).into_response());
    };
    let store = state.store.as_ref();
    let persons = store
        .candidate_ids(reach.institution_id, Some(&reach.scopes), &filter)
        .await
        .map_err(HttpError::store("the people to assign could not be read"))?;
    let q = &page.query;
    let assignment = Assignment {
        institution: reach.institution_id,
        course_slug: &q.course,
        persons: &persons,
        due_on: (!q.due.is_empty()).then_some(q.due.as_str()),
        reason: (!q.reason.is_empty()).then_some(q.reason.as_str()),
        assigned_by: Some(viewer.account_id),
        actor: &actor(&viewer),
    };
    let report = store.assign(&assignment).await.map_err(HttpError::refused_as(StatusCode::UNPROCESSABLE_ENTITY))?;
    // The readers' marks this instance keeps show the new enrolments at once.
    for (person, _) in &report.created {
        state.cache.articles.marks.forget(*person);
    }
    let course_title = page.courses.iter().find(|c| c.value == q.course).map(|c| c.label.clone()).unwrap_or_default();
    page.outcome = Some(AssignOutcome {
        course_title,
        created: report.created.len() as i64,
        already_open: report.already_open.len() as i64,
        completed: report.completed.len() as i64,
        not_eligible: report.not_eligible.len() as i64,
    });
    // The preview again, as it stands now.
    let (fresh, _) = assign_model(&state, &reach, page.query.clone(), false).await?;
    page.preview = fresh.preview;
    Ok(Rendered::page(hr_page(HrPages::Assign(Box::new(page)))).into_response())
}

/// A course's enrolments list: its title, filters and the store's filter.
struct CourseList {
    reach: Reach,
    title: String,
    query: EnrolmentsQuery,
    filter: EnrolmentFilter,
    units: Vec<Choice>,
    courses: Vec<Choice>,
}

/// Reads what a course's list (page or CSV) needs from the address.
async fn course_list(
    state: &AppState,
    viewer: &Viewer,
    slug: &str,
    query: &HashMap<String, String>,
) -> Result<CourseList, HttpError> {
    let reach = reach_of(state, viewer, named(query)).await?;
    let store = state.store.as_ref();
    let reading = || HttpError::store("a course's enrolments could not be read");
    let courses = store.published_courses().await.map_err(reading())?;
    let title = courses.iter().find(|c| c.value == slug).map(|c| c.label.clone()).ok_or(HttpError::NotFound)?;
    let units = store.unit_choices(Some(&reach.scopes)).await.map_err(reading())?;
    let status = query.get("status").and_then(|s| s.parse::<EnrolmentStatus>().ok());
    let unit = query.get("unit").filter(|u| units.iter().any(|c| &c.value == *u)).cloned().unwrap_or_default();
    let unit_path = match unit.parse::<UnitId>() {
        Ok(id) => store.unit_path(id).await.map_err(reading())?,
        Err(_) => None,
    };
    let overdue = query.get("overdue").is_some_and(|v| matches!(v.as_str(), "1" | "on" | "true" | "yes"));
    let page = query.get("page").and_then(|p| p.trim().parse::<i64>().ok()).unwrap_or(1).clamp(1, MAX_PAGE);
    let filter = EnrolmentFilter {
        status,
        overdue,
        today: state.clock.today(),
        unit_path,
        cadre_slug: None,
        limit: ENROLMENTS_PAGE_SIZE,
        offset: (page - 1) * ENROLMENTS_PAGE_SIZE,
    };
    let query =
        EnrolmentsQuery { status: status.map(|s| s.as_str().to_string()).unwrap_or_default(), overdue, unit, page };
    Ok(CourseList { reach, title, query, filter, units, courses })
}

/// `GET /learn/courses/{slug}`: the enrolments of the people in the
/// caller's reach, filtered, 50 to a page.
async fn course_page(ask: &Ask<'_>, slug: &str) -> Result<Page, HttpError> {
    Policy::ManagePeople.allows(ask.viewer)?;
    let Some(viewer) = ask.viewer else { return Err(HttpError::SignIn) };
    let CourseList { reach, title, mut query, mut filter, units, courses } =
        course_list(ask.state, viewer, slug, ask.query).await?;
    let store = ask.state.store.as_ref();
    let reading = || HttpError::store("a course's enrolments could not be read");
    let (mut rows, total) =
        store.course_enrolments(reach.institution_id, slug, Some(&reach.scopes), &filter).await.map_err(reading())?;
    let last = ((total + ENROLMENTS_PAGE_SIZE - 1) / ENROLMENTS_PAGE_SIZE).max(1);
    if query.page > last {
        query.page = last;
        filter.offset = (last - 1) * ENROLMENTS_PAGE_SIZE;
        rows = store
            .course_enrolments(reach.institution_id, slug, Some(&reach.scopes), &filter)
            .await
            .map_err(reading())?
            .0;
    }
    let lines = rows
        .into_iter()
        .map(|row| EnrolmentLine {
            person_id: row.person_id,
            staff_number: row.staff_number,
            name: row.name,
            unit: row.unit_name,
            enrolment: row.enrolment,
        })
        .collect();
    Ok(hr_page(HrPages::Course(Box::new(CourseEnrolmentsPage {
        institution: reach.switch,
        course_slug: slug.to_string(),
        course_title: title,
        query,
        lines,
        total,
        page_size: ENROLMENTS_PAGE_SIZE,
        today: filter.today,
        units,
        courses,
    }))))
}

/// `GET /learn/courses/{file}`: a course's enrolments page, or with
/// `.csv`, the same list (every page) as a CSV file.
async fn course_file(
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
    Policy::ManagePeople.allows(viewer.as_ref())?;
    let Some(viewer) = viewer else { return Err(HttpError::SignIn) };
    let CourseList { reach, mut filter, .. } = course_list(&state, &viewer, slug, &query).await?;
    let store = state.store.as_ref();
    let mut file = crate::csv_out::CsvOut::new();
    let header = [
        "learning-hr-staff-number",
        "learning-hr-name",
        "learning-hr-unit",
        "learning-hr-cadre",
        "learning-hr-enrolment-status",
        "learning-hr-progress",
        "learning-hr-due",
        "learning-hr-overdue",
        "learning-hr-completed-on",
    ]
    .map(|id| catalogue::text(caller.locale, id));
    file.row(header.iter().map(String::as_str));
    let yes = catalogue::text(caller.locale, "learning-hr-yes");
    filter.limit = 1000;
    filter.offset = 0;
    loop {
        let (rows, _) = store
            .course_enrolments(reach.institution_id, slug, Some(&reach.scopes), &filter)
            .await
            .map_err(HttpError::store("a course's enrolments could not be read"))?;
        for row in &rows {
            let e = &row.enrolment;
            let overdue = if e.overdue(&filter.today) { yes.as_str() } else { "" };
            file.row([
                row.staff_number.as_str(),
                row.name.as_str(),
                row.unit_name.as_str(),
                row.cadre_slug.as_str(),
                &status_words_in(caller.locale, e.status),
                &e.percent().to_string(),
                e.due_on.as_deref().unwrap_or(""),
                overdue,
                e.completed_on.as_deref().unwrap_or(""),
            ]);
        }
        if (rows.len() as i64) < filter.limit {
            break;
        }
        filter.offset += filter.limit;
    }
    Ok(csv_attachment(&format!("{slug}-enrolments.csv"), file.into_bytes()))
}

/// The withdrawal form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct WithdrawForm {
    reason: String,
    next: String,
}

/// `POST /learn/enrolments/{id}/withdraw`: HR withdraws an open enrolment
/// of a person they manage, with a reason (the record is kept). The same
/// 403 for an enrolment out of scope and one that does not exist.
pub async fn withdraw(
    State(state): State<AppState>,
    Path(id): Path<EnrolmentId>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(form): CsrfForm<WithdrawForm>,
) -> Result<Response, HttpError> {
    let store = state.store.as_ref();
    let record = store.enrolment(id).await.map_err(HttpError::store("an enrolment could not be read"))?;
    let Some(record) = record.filter(|r| Policy::ManagePerson(&r.unit_path).holds(&viewer)) else {
        return Err(HttpError::Forbidden(Msg::new(NOT_YOURS)));
    };
    let reason = form.reason.trim();
    if reason.is_empty() || reason.chars().count() > REASON_LIMIT {
        let message = Msg::new("learning-hr-withdraw-reason-needed").arg("limit", REASON_LIMIT as i64);
        return Err(HttpError::Refused { status: StatusCode::UNPROCESSABLE_ENTITY, message });
    }
    store.withdraw(id, reason, &actor(&viewer)).await.map_err(HttpError::refused)?;
    state.cache.articles.marks.forget(record.person_id);
    let next = local_path(Some(&form.next));
    let to = if next.is_empty() { format!("/learn/courses/{}", record.course_slug) } else { next };
    Ok(see_other(&to))
}

/// The departure form.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct DepartForm {
    date: String,
}

/// `POST /people/{id}/depart`: HR records that a person they manage left on
/// a date (not after today, not before their hire date nor their current
/// placement's start) when they may act
/// on the person's account as the roster requires; their open
/// enrolments close on that date, in the same transaction.
pub async fn depart(
    State(state): State<AppState>,
    Path(id): Path<PersonId>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(form): CsrfForm<DepartForm>,
) -> Result<Response, HttpError> {
    let store = state.store.as_ref();
    let person = store.person(id).await.map_err(HttpError::store("a person could not be read"))?;
    let Some(person) = person.filter(|p| Policy::ManagePerson(&p.unit_path).holds(&viewer)) else {
        return Err(HttpError::Forbidden(Msg::new(NOT_YOURS)));
    };
    // Leaving bars the person's account: never one's own, never one more powerful.
    super::people::may_act_on_account_of(store, &viewer, id)
        .await
        .map_err(HttpError::store("a person's account could not be read"))??;
    let date = form.date.trim();
    let today = state.clock.today();
    let unusable =
        |id: &'static str| HttpError::Refused { status: StatusCode::UNPROCESSABLE_ENTITY, message: Msg::new(id) };
    if !crate::learning::is_date(date) {
        return Err(unusable("learning-hr-date-unusable"));
    }
    if date > today.as_str() {
        return Err(unusable("learning-hr-departure-future"));
    }
    if date < person.hire_date.as_str() {
        return Err(unusable("learning-hr-departure-before-hire"));
    }
    if person.placements.iter().any(|placement| placement.to.is_none() && date < placement.from.as_str()) {
        return Err(unusable("learning-hr-departure-before-placement"));
    }
    let recorded = store.record_departure(id, date, &actor(&viewer)).await.map_err(HttpError::refused)?;
    if recorded.is_none() {
        return Err(HttpError::conflict(Msg::new("learning-hr-left-already")));
    }
    state.cache.articles.marks.forget(id);
    Ok(see_other(&format!("/people/{id}#learning")))
}

/// A person's learning for their page: None unless the viewer manages them.
pub async fn part(
    store: &dyn Store,
    viewer: &Viewer,
    today: String,
    person: &PersonDetail,
) -> Result<Option<PersonLearning>, StoreError> {
    if !Policy::ManagePerson(&person.unit_path).holds(viewer) {
        return Ok(None);
    }
    let may_act = person.status == PersonStatus::Active
        && super::people::may_act_on_account_of(store, viewer, person.id).await?.is_ok();
    Ok(Some(PersonLearning {
        person_id: person.id,
        today,
        enrolments: store.person_enrolments(person.id).await?,
        transcript: store.transcript(person.id).await?,
        may_record_departure: may_act,
    }))
}
