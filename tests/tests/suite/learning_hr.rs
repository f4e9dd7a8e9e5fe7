//! Learning, HR's side, over HTTP on both backends with the manual clock:
//! assigning within one's scope (and never beyond it, however the form is
//! crafted), those already enrolled or done reported, a course's
//! enrolments with due dates turning overdue as the clock moves, the CSV
//! (formula-safe), withdrawing with a reason, recording a departure that
//! closes open enrolments, a person's learning on their page, and CSRF on
//! every form.

use crate::learning::{DAY, JANUARY_2026, person, setup};
use tutela_app::ids::PersonId;
use tutela_app::learning::model::{EnrolmentOrigin, EnrolmentStatus};
use tutela_app::model::{AuditAction, PersonStatus};
use tutela_app::store::{Assignment, DemoInstitution, Enrolled, Refusal, Role, SharedStore, StoreError};
use tutela_server::auth::AuthConfig;
use tutela_server::clock::Clock;
use tutela_tests::{Backend, Reply, TestServer, Visitor, on_both_backends};

on_both_backends!(
    hr_assigns_a_course_to_the_people_in_their_scope_and_no_one_else,
    a_course_s_enrolments_show_due_dates_turning_overdue_and_withdrawals,
    the_enrolments_csv_is_formula_safe_and_in_the_caller_s_scope,
    a_departure_closes_open_enrolments_and_the_person_page_shows_learning,
    hr_records_no_departure_of_themselves_or_of_someone_more_powerful,
    a_departure_before_the_current_placement_or_with_a_signed_year_is_refused,
    the_hr_learning_pages_take_every_word_from_the_catalogue,
);

const PASSWORD: &str = "learning hr pass phrase";

/// Accounts with a password for `people` (staff number, role on a unit, or
/// None for a deployment administrator).
async fn officers(store: &SharedStore, institution: &str, people: &[(&str, Role, Option<&str>)]) {
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    for (staff, role, unit) in people {
        let person = tutela_app::store::NewPerson {
            institution_slug: institution.into(),
            staff_number: (*staff).into(),
            given_name: "Officer".into(),
            family_name: (*staff).into(),
            email: None,
            cadre_slug: "social-worker".into(),
            unit_code: unit.unwrap_or("hq").into(),
            hire_date: "2020-01-01".into(),
        };
        let id = store.create_person(&person, "test").await.unwrap();
        let account = store.create_account(id, Some(&hash), "test").await.unwrap();
        store.grant_role(account, *role, *unit, "test").await.unwrap();
    }
}

/// The small curriculum, HR of the north and of the south, another
/// institution's administrator and a deployment administrator, and the
/// server on the manual clock (2026-01-15).
async fn start(backend: Backend) -> Option<(TestServer, Clock)> {
    let (db, store, clock, _dir, _) = setup(backend, JANUARY_2026).await?;
    let mut other = tutela_server::demo::institution();
    other.slug = "other-institute".into();
    other.name = "Another institute".into();
    store.ensure_demo(&DemoInstitution { ..other }, "test").await.unwrap();
    officers(&store, "demo-academy", &[("HR-NORTH", Role::Hr, Some("north")), ("HR-SOUTH", Role::Hr, Some("south"))])
        .await;
    officers(&store, "demo-academy", &[("ADMIN", Role::Admin, None)]).await;
    officers(&store, "other-institute", &[("OTHER-ADMIN", Role::Admin, Some("hq"))]).await;
    let auth = AuthConfig { clock: clock.clone(), attempts_per_minute: 1000, ..AuthConfig::default() };
    Some((TestServer::serve_with(db, store, auth).await, clock))
}

/// A visitor signed in as `login`, and their form token.
async fn signed_in(server: &TestServer, login: &str) -> (Visitor, String) {
    let visitor = Visitor::new(server);
    assert_eq!(visitor.sign_in(login, PASSWORD).await.status, 303, "{login} signs in");
    let csrf = visitor.get("/account").await.csrf();
    (visitor, csrf)
}

async fn assign(visitor: &Visitor, csrf: &str, fields: &[(&str, &str)]) -> Reply {
    let mut form = vec![("csrf", csrf)];
    form.extend_from_slice(fields);
    visitor.post("/learn/assign", &form).await
}

/// Every enrolment of the course, whoever's.
async fn enrolments_of(store: &SharedStore, people: &[PersonId], course: &str) -> Vec<(PersonId, EnrolmentStatus)> {
    let mut found = Vec::new();
    for person in people {
        for e in store.person_enrolments(*person).await.unwrap() {
            if e.course_slug == course {
                found.push((*person, e.status));
            }
        }
    }
    found
}

async fn audited(store: &SharedStore, action: AuditAction) -> usize {
    store.audit_entries(0, 100_000).await.unwrap().into_iter().filter(|e| e.entry.action == action).count()
}

async fn hr_assigns_a_course_to_the_people_in_their_scope_and_no_one_else(backend: Backend) {
    let Some((server, _clock)) = start(backend).await else { return };
    let store = server.store.clone();
    let recent = person(&store, "P-1", "prosecutor", "north-central", "2025-09-01").await;
    let earlier = person(&store, "P-2", "prosecutor", "north", "2020-01-01").await;
    let southern = person(&store, "P-3", "prosecutor", "south", "2025-09-01").await;
    let done = person(&store, "P-4", "prosecutor", "north", "2021-01-01").await;
    let everyone = [recent, earlier, southern, done];
    let Enrolled::New(_) = store.enrol_self(earlier, "alpha", "test").await.unwrap() else { panic!("enrols") };
    let Enrolled::New(finished) = store.enrol_self(done, "gamma", "test").await.unwrap() else { panic!("enrols") };
    store.mark_read(done, finished, "only", "test").await.unwrap();

    let (north, csrf) = signed_in(&server, "HR-NORTH").await;
    let page = north.get("/learn/assign").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Alpha course") && page.body.contains("/learn/courses/alpha"), "courses to choose");
    let preview = north.get("/learn/assign?course=alpha&cadre=prosecutor").await;
    assert_eq!(preview.status, 200);
    assert!(preview.words().contains("3 people match."), "{}", preview.words());
    assert!(preview.words().contains("Already enrolled: 1. Completed already: 0. To enrol: 2."));
    assert!(preview.body.contains("Test P-1") && !preview.body.contains("Test P-3"), "the south is not theirs");
    let recent_only = north.get("/learn/assign?course=alpha&cadre=prosecutor&hired_after=2025-01-01").await;
    assert!(recent_only.words().contains("1 person matches."), "{}", recent_only.words());
    let gamma = north.get("/learn/assign?course=gamma&cadre=prosecutor").await;
    assert!(gamma.words().contains("Completed already: 1."), "{}", gamma.words());

    // The south's unit, named in a crafted form: refused, nothing written.
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let units = store.institution_units(institution).await.unwrap();
    let south_unit = units.iter().find(|u| u.code == "south").unwrap().id.to_string();
    let crafted = assign(&north, &csrf, &[("course", "alpha"), ("unit", &south_unit), ("status", "active")]).await;
    assert_eq!(crafted.status, 422);
    assert!(crafted.words().contains("Choose one of your units."));
    // Each filter's error is its own, and an unknown status is no wider selection.
    let cadre = assign(&north, &csrf, &[("course", "alpha"), ("cadre", "no-such"), ("status", "active")]).await;
    assert_eq!(cadre.status, 422);
    assert!(cadre.words().contains("Choose one of the cadres listed."), "{}", cadre.words());
    let bogus = assign(&north, &csrf, &[("course", "alpha"), ("status", "bogus")]).await;
    assert_eq!(bogus.status, 422, "an unknown status word is refused");
    assert!(bogus.words().contains("Choose one of the statuses listed."), "{}", bogus.words());
    let preview = north.get("/learn/assign?course=alpha&status=bogus").await;
    assert!(preview.words().contains("Choose one of the statuses listed."), "{}", preview.words());
    let elsewhere = assign(&north, &csrf, &[("course", "alpha"), ("institution", "other-institute")]).await;
    assert_eq!(elsewhere.status, 403);
    let forged = north.post("/learn/assign", &[("course", "alpha"), ("csrf", "forged")]).await;
    assert_eq!(forged.status, 403);
    let past = assign(&north, &csrf, &[("course", "alpha"), ("due", "2026-01-01"), ("status", "active")]).await;
    assert_eq!(past.status, 422);
    assert!(past.words().contains("The due date cannot be in the past."));
    let long = "x".repeat(501);
    let too_long = assign(&north, &csrf, &[("course", "alpha"), ("reason", &long), ("status", "active")]).await;
    assert_eq!(too_long.status, 422);
    let nothing = assign(&north, &csrf, &[("status", "active")]).await;
    assert_eq!(nothing.status, 422, "a course is needed");
    assert_eq!(enrolments_of(&store, &everyone, "alpha").await, vec![(earlier, EnrolmentStatus::Enrolled)]);

    let done_page = assign(
        &north,
        &csrf,
        &[
            ("course", "alpha"),
            ("cadre", "prosecutor"),
            ("status", "active"),
            ("due", "2026-02-01"),
            ("reason", "Pre-service for new prosecutors"),
        ],
    )
    .await;
    assert_eq!(done_page.status, 200);
    let words = done_page.words();
    assert!(words.contains("2 people were enrolled in Alpha course."), "{words}");
    assert!(words.contains("1 person was enrolled already."), "{words}");
    let mine = store.person_enrolments(recent).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!((mine[0].origin, mine[0].due_on.as_deref()), (EnrolmentOrigin::Assigned, Some("2026-02-01")));
    assert!(store.person_enrolments(southern).await.unwrap().is_empty(), "nobody out of scope");
    assert_eq!(store.person_enrolments(earlier).await.unwrap().len(), 1, "not enrolled twice");
    assert_eq!(audited(&store, AuditAction::EnrolmentAssign).await, 2, "one entry per enrolment");
    // Again: everyone is enrolled already.
    let again = assign(&north, &csrf, &[("course", "alpha"), ("cadre", "prosecutor"), ("status", "active")]).await;
    assert!(again.words().contains("No one was enrolled in Alpha course."), "{}", again.words());
    assert!(again.words().contains("3 people were enrolled already."));

    // Another institution's administrator reaches only their own people.
    let (other, other_csrf) = signed_in(&server, "OTHER-ADMIN").await;
    let theirs = assign(&other, &other_csrf, &[("course", "alpha"), ("status", "")]).await;
    assert_eq!(theirs.status, 200);
    assert!(!theirs.body.contains("Test P-3"));
    let ours = assign(&other, &other_csrf, &[("course", "alpha"), ("institution", "demo-academy")]).await;
    assert_eq!(ours.status, 403);
    assert_eq!(other.get("/learn/assign?institution=demo-academy").await.status, 403);
    assert!(store.person_enrolments(southern).await.unwrap().is_empty());

    // A learner may not; the south's HR reaches the south.
    let (south, south_csrf) = signed_in(&server, "HR-SOUTH").await;
    let southern_page =
        assign(&south, &south_csrf, &[("course", "alpha"), ("cadre", "prosecutor"), ("status", "active")]).await;
    assert!(southern_page.words().contains("1 person was enrolled in Alpha course."), "{}", southern_page.words());
    assert_eq!(enrolments_of(&store, &[southern], "alpha").await, vec![(southern, EnrolmentStatus::Enrolled)]);
    server.stop().await;
}

async fn a_course_s_enrolments_show_due_dates_turning_overdue_and_withdrawals(backend: Backend) {
    let Some((server, clock)) = start(backend).await else { return };
    let store = server.store.clone();
    let north_person = person(&store, "P-1", "prosecutor", "north-central", "2025-09-01").await;
    let south_person = person(&store, "P-3", "prosecutor", "south", "2025-09-01").await;
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let assignment = Assignment {
        institution,
        course_slug: "alpha",
        persons: &[north_person, south_person],
        due_on: Some("2026-01-15"),
        reason: None,
        assigned_by: None,
        actor: "test",
    };
    let report = store.assign(&assignment).await.unwrap();
    let north_enrolment = report.created.iter().find(|(p, _)| *p == north_person).unwrap().1;
    let south_enrolment = report.created.iter().find(|(p, _)| *p == south_person).unwrap().1;

    let (north, csrf) = signed_in(&server, "HR-NORTH").await;
    let list = north.get("/learn/courses/alpha").await;
    assert_eq!(list.status, 200);
    assert!(list.body.contains("Test P-1") && !list.body.contains("Test P-3"), "only the north's people");
    assert!(list.words().contains("1 enrolment") && list.words().contains("0 %"), "{}", list.words());
    assert!(!list.body.contains("Overdue</strong>"), "due today is not overdue");
    assert_eq!(north.get("/learn/courses/nowhere").await.status, 404);

    // A day later it is overdue (signed in again: the session has timed out).
    clock.advance(DAY);
    let (north, csrf_later) = signed_in(&server, "HR-NORTH").await;
    let list = north.get("/learn/courses/alpha").await;
    assert!(list.body.contains("Overdue</strong>"), "{}", list.body);
    assert!(north.get("/learn/courses/alpha?overdue=1").await.words().contains("1 enrolment"));
    let completed = north.get("/learn/courses/alpha?status=completed").await;
    assert!(completed.words().contains("No enrolment matches these filters."), "{}", completed.words());
    drop(csrf);

    // Withdraw: a reason is needed; out of scope or unknown, refused alike.
    let withdraw = |id: String| format!("/learn/enrolments/{id}/withdraw");
    let action = withdraw(north_enrolment.to_string());
    let blank = north.post(&action, &[("csrf", &csrf_later), ("reason", "  ")]).await;
    assert_eq!(blank.status, 422);
    let forged = north.post(&action, &[("csrf", "forged"), ("reason", "Left the unit")]).await;
    assert_eq!(forged.status, 403);
    let theirs = north.post(&withdraw(south_enrolment.to_string()), &[("csrf", &csrf_later), ("reason", "x")]).await;
    assert_eq!(theirs.status, 403);
    let unknown = north.post(&withdraw("999999".into()), &[("csrf", &csrf_later), ("reason", "x")]).await;
    assert_eq!(unknown.status, 403);
    let (south, south_csrf) = signed_in(&server, "HR-SOUTH").await;
    let south_try = south.post(&action, &[("csrf", &south_csrf), ("reason", "x")]).await;
    assert_eq!(south_try.status, 403);
    let outside = "https://evil.example/";
    let done =
        north.post(&action, &[("csrf", &csrf_later), ("reason", "Moved to another post"), ("next", outside)]).await;
    assert_eq!((done.status, done.header("location")), (303, Some("/learn/courses/alpha")));
    let mine = store.person_enrolments(north_person).await.unwrap();
    assert_eq!(mine[0].status, EnrolmentStatus::Withdrawn, "the record is kept, withdrawn");
    assert_eq!(mine[0].end_reason.as_deref(), Some("Moved to another post"));
    let list = north.get("/learn/courses/alpha?status=withdrawn").await;
    assert!(list.words().contains("Withdrawn") && list.words().contains("Moved to another post"));
    let twice = north.post(&action, &[("csrf", &csrf_later), ("reason", "again")]).await;
    assert_eq!(twice.status, 409);
    assert_eq!(audited(&store, AuditAction::EnrolmentWithdraw).await, 1);
    server.stop().await;
}

async fn the_enrolments_csv_is_formula_safe_and_in_the_caller_s_scope(backend: Backend) {
    let Some((server, _clock)) = start(backend).await else { return };
    let store = server.store.clone();
    let sly = tutela_app::store::NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: "P-9".into(),
        given_name: "=HYPERLINK(\"http://x.example\",\"pay\")".into(),
        family_name: "+SUM(1)".into(),
        email: None,
        cadre_slug: "prosecutor".into(),
        unit_code: "north".into(),
        hire_date: "2024-01-01".into(),
    };
    let sly = store.create_person(&sly, "test").await.unwrap();
    let south_person = person(&store, "P-3", "prosecutor", "south", "2025-09-01").await;
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let persons = [sly, south_person];
    let assignment = Assignment {
        institution,
        course_slug: "alpha",
        persons: &persons,
        due_on: Some("2026-03-01"),
        reason: None,
        assigned_by: None,
        actor: "test",
    };
    store.assign(&assignment).await.unwrap();

    let (north, _) = signed_in(&server, "HR-NORTH").await;
    let csv = north.get("/learn/courses/alpha.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.header("content-type").is_some_and(|t| t.starts_with("text/csv")));
    let lines: Vec<&str> = csv.body.lines().collect();
    assert!(lines[0].contains("Staff number") && lines[0].contains("Progress"), "{}", lines[0]);
    assert_eq!(lines.len(), 2, "the north's one enrolment: {}", csv.body);
    assert!(csv.body.contains("'=HYPERLINK"), "{}", csv.body);
    for cell in csv.body.split([',', '\n']) {
        let cell = cell.trim_start_matches('"');
        assert!(!cell.starts_with(['=', '+', '-', '@']), "a cell a spreadsheet would run: {cell}");
    }
    assert!(!csv.body.contains("Test P-3"));
    north.set_cookie("tutela_lang", Some("fr"));
    let french = north.get("/learn/courses/alpha.csv").await;
    assert!(french.body.lines().next().unwrap().contains("Matricule"), "{}", french.body);
    assert_eq!(north.get("/learn/courses/nowhere.csv").await.status, 404);
    let anonymous = Visitor::new(&server).get("/learn/courses/alpha.csv").await;
    assert_eq!(anonymous.status, 303);
    tutela_tests::add_person(&store, "LRN-1", None, Some(PASSWORD)).await;
    let (learner, _) = signed_in(&server, "LRN-1").await;
    assert_eq!(learner.get("/learn/courses/alpha.csv").await.status, 403);
    assert_eq!(learner.get("/learn/courses/alpha").await.status, 403);
    assert_eq!(learner.get("/learn/assign").await.status, 403);
    server.stop().await;
}

async fn a_departure_closes_open_enrolments_and_the_person_page_shows_learning(backend: Backend) {
    let Some((server, _clock)) = start(backend).await else { return };
    let store = server.store.clone();
    let leaver = person(&store, "P-1", "prosecutor", "north-central", "2025-09-01").await;
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let assignment = Assignment {
        institution,
        course_slug: "alpha",
        persons: &[leaver],
        due_on: Some("2026-03-01"),
        reason: Some("Pre-service"),
        assigned_by: None,
        actor: "test",
    };
    store.assign(&assignment).await.unwrap();
    let Enrolled::New(gamma) = store.enrol_self(leaver, "gamma", "test").await.unwrap() else { panic!("enrols") };
    store.mark_read(leaver, gamma, "only", "test").await.unwrap();

    let (north, csrf) = signed_in(&server, "HR-NORTH").await;
    let page = north.get(&format!("/people/{leaver}")).await;
    assert_eq!(page.status, 200);
    let words = page.words();
    assert!(words.contains("Learning") && words.contains("Alpha course") && words.contains("Enrolled"), "{words}");
    assert!(words.contains("Transcript") && words.contains("Gamma course") && words.contains("15 January 2026"));
    assert!(page.body.contains(&format!("action=\"/people/{leaver}/depart\"")), "the departure form");

    let depart = format!("/people/{leaver}/depart");
    for (date, status) in [("2026-01-16", 422), ("2026-13-01", 422), ("2025-08-31", 422), ("", 422)] {
        assert_eq!(north.post(&depart, &[("csrf", &csrf), ("date", date)]).await.status, status, "{date}");
    }
    assert_eq!(north.post(&depart, &[("csrf", "forged"), ("date", "2026-01-10")]).await.status, 403);
    let (south, south_csrf) = signed_in(&server, "HR-SOUTH").await;
    assert_eq!(south.post(&depart, &[("csrf", &south_csrf), ("date", "2026-01-10")]).await.status, 403);
    assert_eq!(south.get(&format!("/people/{leaver}")).await.status, 403);
    assert_eq!(store.person(leaver).await.unwrap().unwrap().status, PersonStatus::Active, "nothing written yet");

    let done = north.post(&depart, &[("csrf", &csrf), ("date", "2026-01-10")]).await;
    assert_eq!((done.status, done.header("location")), (303, Some(format!("/people/{leaver}#learning").as_str())));
    let after = store.person(leaver).await.unwrap().unwrap();
    assert_eq!((after.status, after.left_on.as_deref()), (PersonStatus::Left, Some("2026-01-10")));
    let enrolments = store.person_enrolments(leaver).await.unwrap();
    let alpha = enrolments.iter().find(|e| e.course_slug == "alpha").unwrap();
    assert_eq!((alpha.status, alpha.ended_on.as_deref()), (EnrolmentStatus::Closed, Some("2026-01-10")));
    let gamma = enrolments.iter().find(|e| e.course_slug == "gamma").unwrap();
    assert_eq!(gamma.status, EnrolmentStatus::Completed, "a completion never changes");
    assert_eq!(audited(&store, AuditAction::PersonLeave).await, 1);
    assert_eq!(audited(&store, AuditAction::EnrolmentClose).await, 1);
    assert!(matches!(
        tutela_server::audit::verify(store.as_ref()).await.unwrap(),
        tutela_server::audit::Verdict::Intact { .. }
    ));

    let page = north.get(&format!("/people/{leaver}")).await;
    assert!(page.words().contains("Closed") && !page.body.contains("/depart\""), "{}", page.words());
    let again = north.post(&depart, &[("csrf", &csrf), ("date", "2026-01-11")]).await;
    assert_eq!(again.status, 409);
    server.stop().await;
}

/// Leaving bars the person's account: HR may not record it for an
/// administrator placed in their unit, nor for themselves (403, nothing
/// written, no form shown), as the roster refuses it.
async fn hr_records_no_departure_of_themselves_or_of_someone_more_powerful(backend: Backend) {
    let Some((server, _clock)) = start(backend).await else { return };
    let store = server.store.clone();
    officers(&store, "demo-academy", &[("NORTH-ADMIN", Role::Admin, Some("north"))]).await;
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let (north, csrf) = signed_in(&server, "HR-NORTH").await;
    for staff in ["NORTH-ADMIN", "HR-NORTH"] {
        let found = store.persons_by_staff_number(institution, &[staff.into()]).await.unwrap();
        let id = found[0].1.unwrap();
        let page = north.get(&format!("/people/{id}")).await;
        assert_eq!(page.status, 200, "{staff}: HR manages their unit");
        assert!(!page.body.contains("/depart\""), "{staff}: no departure form");
        let refused = north.post(&format!("/people/{id}/depart"), &[("csrf", &csrf), ("date", "2026-01-10")]).await;
        assert_eq!(refused.status, 403, "{staff}");
        assert_eq!(store.person(id).await.unwrap().unwrap().status, PersonStatus::Active, "{staff}");
    }
    assert_eq!(audited(&store, AuditAction::PersonLeave).await, 0);
    signed_in(&server, "NORTH-ADMIN").await;
    server.stop().await;
}

/// A date of leaving before the current placement began (a move after
/// hire) is the form's error, and the store refuses it too; a signed
/// year is no date.
async fn a_departure_before_the_current_placement_or_with_a_signed_year_is_refused(backend: Backend) {
    let Some((server, _clock)) = start(backend).await else { return };
    let store = server.store.clone();
    let mover = person(&store, "P-1", "prosecutor", "north-central", "2020-01-01").await;
    let moved = format!("UPDATE person_placements SET valid_from = '2025-12-01' WHERE person_id = {mover}");
    server.db.execute(&moved).await.unwrap();
    let (north, csrf) = signed_in(&server, "HR-NORTH").await;
    let depart = format!("/people/{mover}/depart");
    for date in ["2025-11-30", "+2026-01-01", "+02026-01-01"] {
        let refused = north.post(&depart, &[("csrf", &csrf), ("date", date)]).await;
        assert_eq!(refused.status, 422, "{date}");
    }
    let refused = north.post(&depart, &[("csrf", &csrf), ("date", "2025-11-30")]).await;
    assert!(refused.words().contains("before the current placement began"), "{}", refused.words());
    let stored = store.record_departure(mover, "2025-11-30", "test").await.unwrap_err();
    assert!(matches!(stored, StoreError::Refused(Refusal::DepartureBeforePlacement)), "{stored:?}");
    assert_eq!(store.person(mover).await.unwrap().unwrap().status, PersonStatus::Active);
    assert_eq!(audited(&store, AuditAction::PersonLeave).await, 0);
    let done = north.post(&depart, &[("csrf", &csrf), ("date", "2025-12-01")]).await;
    assert_eq!(done.status, 303, "the placement's first day will do");
    server.stop().await;
}

async fn the_hr_learning_pages_take_every_word_from_the_catalogue(backend: Backend) {
    let Some((server, clock)) = start(backend).await else { return };
    let store = server.store.clone();
    let reader = person(&store, "P-1", "prosecutor", "north-central", "2025-09-01").await;
    let other = person(&store, "P-2", "prosecutor", "north", "2025-09-01").await;
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let assignment = Assignment {
        institution,
        course_slug: "alpha",
        persons: &[reader, other],
        due_on: Some("2026-01-15"),
        reason: Some("Pre-service"),
        assigned_by: None,
        actor: "test",
    };
    let report = store.assign(&assignment).await.unwrap();
    store.withdraw(report.created[1].1, "Moved", "test").await.unwrap();
    let Enrolled::New(gamma) = store.enrol_self(reader, "gamma", "test").await.unwrap() else { panic!("enrols") };
    store.mark_read(reader, gamma, "only", "test").await.unwrap();
    clock.advance(DAY);
    let (admin, csrf) = signed_in(&server, "ADMIN").await;
    admin.set_cookie("tutela_lang", Some("pseudo"));
    for path in [
        "/learn/assign".to_string(),
        "/learn/assign?course=alpha&status=".to_string(),
        "/learn/assign?course=alpha&cadre=judge".to_string(),
        "/learn/courses/alpha".to_string(),
        "/learn/courses/alpha?status=withdrawn&overdue=1".to_string(),
        format!("/people/{reader}"),
    ] {
        crate::translated::clean(&admin, &path, 200).await;
    }
    let page = admin.get("/learn/courses/alpha").await.body;
    assert!(page.contains("lang=\"en-XA\"") && page.contains("/withdraw\""), "the withdraw form is there");
    for (fields, status) in [
        (vec![("csrf", csrf.as_str()), ("course", "alpha"), ("status", "active"), ("due", "1999-01-01")], 422),
        (vec![("csrf", csrf.as_str()), ("course", "beta"), ("status", "active"), ("cadre", "judge")], 200),
    ] {
        let reply = admin.post("/learn/assign", &fields).await;
        assert_eq!(reply.status, status);
        let leaks = crate::translated::leaks(&reply.body);
        assert_eq!(leaks, Vec::<String>::new(), "the assign form's answer leaks words not in the catalogue");
    }
    let refused = admin.post(&format!("/people/{reader}/depart"), &[("csrf", &csrf), ("date", "2099-01-01")]).await;
    assert_eq!(refused.status, 422);
    assert_eq!(crate::translated::leaks(&refused.body), Vec::<String>::new());
    server.stop().await;
}
