//! The learning store held to its rules on both backends, time moved with
//! the manual clock: self-enrolment by cadre and `open`, enrolling twice,
//! reading to completion, new versions before and after starting, the
//! switch, re-enrolment, assignment in bulk, withdrawal, leavers, the
//! transcript and CPD per year, the records' triggers.

use super::{DAY, JANUARY_2026, JUNE_2025, import, person, setup};
use tutela_app::ids::{EnrolmentId, PersonId};
use tutela_app::learning::model::{EnrolmentOrigin, EnrolmentStatus};
use tutela_app::model::AuditAction;
use tutela_app::store::{Assignment, Enrolled, EnrolmentFilter, Missing, Refusal, SharedStore, StoreError};
use tutela_server::audit::{Verdict, verify};
use tutela_tests::{Backend, on_both_backends, write};

on_both_backends!(
    people_enrol_themselves_in_their_cadres_courses_and_open_ones_once,
    reading_every_lesson_completes_with_date_version_and_hours,
    a_new_version_moves_enrolments_not_started_and_a_started_one_may_switch,
    assigning_reports_who_is_enrolled_or_completed_and_hr_lists_and_withdraws,
    a_leaver_s_open_enrolments_close_when_the_roster_is_applied,
    the_transcript_adds_up_cpd_hours_per_calendar_year,
    finished_enrolments_never_change_and_none_is_deleted,
);

async fn actions(store: &SharedStore, action: AuditAction) -> Vec<tutela_app::store::AuditRecord> {
    let entries = store.audit_entries(0, 100_000).await.unwrap();
    entries.into_iter().filter(|e| e.entry.action == action).collect()
}

/// The mark beside a lesson of alpha, as the lesson page shows it.
async fn lesson_mark(
    store: &SharedStore,
    who: PersonId,
    version: Option<i64>,
    lesson: &str,
) -> Option<tutela_app::learning::model::LessonMark> {
    store.read_marks(who, "alpha").await.unwrap().and_then(|marks| marks.mark(version, lesson))
}

async fn enrol(store: &SharedStore, who: PersonId, course: &str) -> EnrolmentId {
    match store.enrol_self(who, course, "test").await.unwrap() {
        Enrolled::New(id) => id,
        other => panic!("expected a new enrolment, got {other:?}"),
    }
}

async fn people_enrol_themselves_in_their_cadres_courses_and_open_ones_once(backend: Backend) {
    let Some((_db, store, _clock, _dir, _)) = setup(backend, JANUARY_2026).await else { return };
    let prosecutor = person(&store, "P-1", "prosecutor", "north", "2024-03-01").await;
    let alpha = enrol(&store, prosecutor, "alpha").await;
    assert_eq!(store.enrol_self(prosecutor, "alpha", "test").await.unwrap(), Enrolled::AlreadyOpen(alpha));
    let refused = store.enrol_self(prosecutor, "beta", "test").await.unwrap_err();
    assert!(matches!(refused, StoreError::Refused(Refusal::NotInAudience)), "{refused:?}");
    enrol(&store, prosecutor, "gamma").await;
    let missing = store.enrol_self(prosecutor, "nowhere", "test").await.unwrap_err();
    assert!(matches!(missing, StoreError::NotFound(Missing::Course(_))), "{missing:?}");

    let mine = store.person_enrolments(prosecutor).await.unwrap();
    assert_eq!(mine.len(), 2);
    let first = mine.iter().find(|e| e.id == alpha).unwrap();
    assert_eq!((first.origin, first.status), (EnrolmentOrigin::SelfEnrolled, EnrolmentStatus::Enrolled));
    assert_eq!((first.lessons_total, first.lessons_read, first.next_lesson.as_deref()), (3, 0, Some("one")));
    assert_eq!(first.continue_href(), "/courses/alpha/one");

    let progress = store.course_progress(prosecutor, "beta").await.unwrap().unwrap();
    assert!(!progress.may_enrol && progress.open.is_none(), "beta is for judges");
    let progress = store.course_progress(prosecutor, "alpha").await.unwrap().unwrap();
    assert!(!progress.may_enrol && progress.open.as_ref().is_some_and(|o| o.id == alpha));
    let judge = person(&store, "J-1", "judge", "north-court", "2024-03-01").await;
    assert!(store.course_progress(judge, "beta").await.unwrap().unwrap().may_enrol);
    assert!(store.course_progress(judge, "nowhere").await.unwrap().is_none());

    let entries = actions(&store, AuditAction::EnrolmentSelf).await;
    assert_eq!(entries.len(), 2, "each new enrolment is audited, the repeated one is not");
    assert_eq!(entries[0].entry.record_id, prosecutor.to_string());
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { .. }));
}

async fn reading_every_lesson_completes_with_date_version_and_hours(backend: Backend) {
    let Some((_db, store, clock, _dir, _)) = setup(backend, JANUARY_2026).await else { return };
    let reader = person(&store, "P-1", "prosecutor", "north", "2024-03-01").await;
    let other = person(&store, "P-2", "prosecutor", "north", "2024-03-01").await;
    let id = enrol(&store, reader, "alpha").await;

    let read = store.mark_read(reader, id, "two", "test").await.unwrap();
    assert_eq!((read.next_lesson.as_deref(), read.completed), (Some("three"), false));
    let mine = store.person_enrolments(reader).await.unwrap();
    assert_eq!(
        (mine[0].status, mine[0].lessons_read, mine[0].next_lesson.as_deref()),
        (EnrolmentStatus::InProgress, 1, Some("one"))
    );
    let mark = lesson_mark(&store, reader, None, "two").await.unwrap();
    assert!(mark.read && mark.enrolment == id && mark.lessons_read == 1 && mark.lessons_total == 3);
    assert!(!lesson_mark(&store, reader, None, "one").await.unwrap().read);
    assert!(lesson_mark(&store, other, None, "one").await.is_none(), "not enrolled: no mark");

    // Someone else's enrolment is not found, whatever its id.
    let theirs = store.mark_read(other, id, "one", "test").await.unwrap_err();
    assert!(matches!(theirs, StoreError::NotFound(Missing::Enrolment)), "{theirs:?}");
    let unknown = store.mark_read(reader, id, "nowhere", "test").await.unwrap_err();
    assert!(matches!(unknown, StoreError::NotFound(Missing::Lesson(_))), "{unknown:?}");

    // Reading again changes nothing; the last lesson sends back to the first unread.
    let again = store.mark_read(reader, id, "two", "test").await.unwrap();
    assert_eq!(again.next_lesson.as_deref(), Some("three"));
    let read = store.mark_read(reader, id, "three", "test").await.unwrap();
    assert_eq!((read.next_lesson.as_deref(), read.completed), (Some("one"), false));
    clock.advance(3 * DAY);
    let read = store.mark_read(reader, id, "one", "test").await.unwrap();
    assert_eq!((read.next_lesson, read.completed), (None, true));

    let done = store.person_enrolments(reader).await.unwrap();
    assert_eq!(done[0].status, EnrolmentStatus::Completed);
    assert_eq!((done[0].completed_on.as_deref(), done[0].cpd_hours), (Some("2026-01-18"), Some(2.0)));
    let transcript = store.transcript(reader).await.unwrap();
    assert_eq!(transcript.len(), 1);
    assert_eq!((transcript[0].version_no, transcript[0].completed_on.as_str()), (1, "2026-01-18"));
    assert_eq!(transcript[0].course_title, "Alpha course");
    assert_eq!(actions(&store, AuditAction::EnrolmentComplete).await.len(), 1);
    assert!(lesson_mark(&store, reader, None, "one").await.is_none(), "no form once complete");

    // A read of a completed enrolment (a double submit) answers the completion and writes nothing.
    let again = store.mark_read(reader, id, "one", "test").await.unwrap();
    assert_eq!((again.next_lesson, again.completed), (None, true));
    assert_eq!(actions(&store, AuditAction::EnrolmentComplete).await.len(), 1);
    // Enrolling again after completion starts a new one (in-service repetition).
    let progress = store.course_progress(reader, "alpha").await.unwrap().unwrap();
    assert!(progress.may_enrol && progress.completed_on.as_deref() == Some("2026-01-18"));
    let second = enrol(&store, reader, "alpha").await;
    assert_ne!(second, id);
    let mine = store.person_enrolments(reader).await.unwrap();
    assert_eq!(mine.len(), 2);
    assert_eq!((mine[0].id, mine[0].lessons_read), (second, 0), "the new one starts from nothing");
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { .. }));
}

async fn a_new_version_moves_enrolments_not_started_and_a_started_one_may_switch(backend: Backend) {
    let Some((_db, store, _clock, dir, _)) = setup(backend, JANUARY_2026).await else { return };
    let waiting = person(&store, "P-1", "prosecutor", "north", "2024-03-01").await;
    let started = person(&store, "P-2", "prosecutor", "north", "2024-03-01").await;
    let finished = person(&store, "P-3", "prosecutor", "north", "2024-03-01").await;
    let not_started = enrol(&store, waiting, "alpha").await;
    let reading = enrol(&store, started, "alpha").await;
    store.mark_read(started, reading, "one", "test").await.unwrap();
    let done = enrol(&store, finished, "alpha").await;
    for lesson in ["one", "two", "three"] {
        store.mark_read(finished, done, lesson, "test").await.unwrap();
    }

    // Version 2: lesson two rewritten, a fourth lesson added.
    write(
        dir.path(),
        "alpha/01-main/02-two.md",
        "# Lesson two, revised\n\n## Learning objectives\n\n- more\n\nNew text.\n",
    );
    write(dir.path(), "alpha/01-main/04-four.md", "# Lesson four\n\n## Learning objectives\n\n- four\n\nText.\n");
    import(&store, dir.path()).await;

    let version = |list: Vec<tutela_app::learning::model::EnrolmentSummary>| {
        let e = &list[0];
        (e.version_no, e.current_version_no, e.lessons_total, e.lessons_read)
    };
    assert_eq!(version(store.person_enrolments(waiting).await.unwrap()), (2, 2, 4, 0), "not started: moved");
    assert_eq!(version(store.person_enrolments(started).await.unwrap()), (1, 2, 3, 1), "started: kept");
    assert_eq!(version(store.person_enrolments(finished).await.unwrap()), (1, 2, 3, 3), "completed: never changes");
    assert_eq!(store.transcript(finished).await.unwrap()[0].version_no, 1, "the transcript names the version done");

    // The started reader's mark is on the old version's lesson pages.
    assert!(lesson_mark(&store, started, Some(1), "one").await.unwrap().read);
    assert!(lesson_mark(&store, started, None, "one").await.is_none());
    let summary = &store.person_enrolments(started).await.unwrap()[0];
    assert!(summary.newer_version());
    assert_eq!(summary.continue_href(), "/courses/alpha/versions/1/two");

    store.switch_version(started, reading, "test").await.unwrap();
    assert_eq!(version(store.person_enrolments(started).await.unwrap()), (2, 2, 4, 0), "progress restarts");
    let again = store.switch_version(started, reading, "test").await.unwrap_err();
    assert!(matches!(again, StoreError::Refused(Refusal::AlreadyCurrent)), "{again:?}");
    let theirs = store.switch_version(waiting, reading, "test").await.unwrap_err();
    assert!(matches!(theirs, StoreError::NotFound(Missing::Enrolment)), "{theirs:?}");
    let status = store.person_enrolments(started).await.unwrap()[0].status;
    assert_eq!(status, EnrolmentStatus::Enrolled);
    // The lesson that exists in both versions counts again only once read in the new one.
    let read = store.mark_read(started, reading, "one", "test").await.unwrap();
    assert!(!read.completed);
    assert_eq!(version(store.person_enrolments(started).await.unwrap()), (2, 2, 4, 1));
    assert_eq!(actions(&store, AuditAction::EnrolmentSwitch).await.len(), 1);
    let _ = not_started;
}

async fn assigning_reports_who_is_enrolled_or_completed_and_hr_lists_and_withdraws(backend: Backend) {
    let Some((_db, store, _clock, _dir, institution)) = setup(backend, JANUARY_2026).await else { return };
    let open = person(&store, "P-1", "prosecutor", "north", "2024-03-01").await;
    let completed = person(&store, "P-2", "prosecutor", "north", "2024-03-01").await;
    let north = person(&store, "J-1", "judge", "north-court", "2024-03-01").await;
    let south = person(&store, "J-2", "judge", "south-port", "2024-03-01").await;
    enrol(&store, open, "alpha").await;
    let done = enrol(&store, completed, "alpha").await;
    for lesson in ["one", "two", "three"] {
        store.mark_read(completed, done, lesson, "test").await.unwrap();
    }
    let persons = [open, completed, north, south, north, PersonId(999_999)];
    let assignment = Assignment {
        institution,
        course_slug: "alpha",
        persons: &persons,
        due_on: Some("2026-01-10"),
        reason: Some("new procedure"),
        assigned_by: None,
        actor: "test: hr",
    };
    let report = store.assign(&assignment).await.unwrap();
    assert_eq!(report.created.iter().map(|(p, _)| *p).collect::<Vec<_>>(), [north, south]);
    assert_eq!(
        (report.already_open.as_slice(), report.completed.as_slice()),
        ([open].as_slice(), [completed].as_slice())
    );
    assert_eq!(report.not_eligible, [PersonId(999_999)]);
    let assigned = actions(&store, AuditAction::EnrolmentAssign).await;
    assert_eq!(assigned.len(), 2, "one entry per enrolment created");
    assert!(assigned[0].entry.changes.contains("new procedure"));
    let again = store.assign(&assignment).await.unwrap();
    assert!(again.created.is_empty() && again.already_open.len() == 3, "nothing is duplicated: {again:?}");

    let summary = &store.person_enrolments(north).await.unwrap()[0];
    assert_eq!((summary.origin, summary.due_on.as_deref()), (EnrolmentOrigin::Assigned, Some("2026-01-10")));
    assert!(summary.overdue("2026-01-15"));
    assert!(matches!(
        store.assign(&Assignment { due_on: Some("2026-02-30"), ..assignment.clone() }).await,
        Err(StoreError::Refused(Refusal::DueDateUnusable(_)))
    ));
    let long = "x".repeat(501);
    assert!(matches!(
        store.assign(&Assignment { reason: Some(&long), ..assignment.clone() }).await,
        Err(StoreError::Refused(Refusal::ReasonUnusable))
    ));

    // A course's enrolments, in scope, filtered.
    let (north_id, _) = report.created[0];
    let record = store.enrolment(report.created[0].1).await.unwrap().unwrap();
    assert_eq!((record.person_id, record.course_slug.as_str()), (north_id, "alpha"));
    let north_path = record.unit_path.rsplitn(3, '/').nth(2).map(|p| format!("{p}/")).unwrap();
    let filter = EnrolmentFilter { today: "2026-01-15".into(), limit: 50, ..Default::default() };
    let (rows, total) = store.course_enrolments(institution, "alpha", None, &filter).await.unwrap();
    assert_eq!((rows.len(), total), (4, 4));
    let scopes = vec![north_path];
    let (rows, total) = store.course_enrolments(institution, "alpha", Some(&scopes), &filter).await.unwrap();
    assert_eq!(
        total,
        3,
        "HR of the north sees the north only: {:?}",
        rows.iter().map(|r| &r.staff_number).collect::<Vec<_>>()
    );
    assert!(rows.iter().all(|r| r.staff_number != "J-2"));
    let (_, none) = store.course_enrolments(institution, "alpha", Some(&[]), &filter).await.unwrap();
    assert_eq!(none, 0, "no scope reads nothing");
    let overdue = EnrolmentFilter { overdue: true, ..filter.clone() };
    let (rows, total) = store.course_enrolments(institution, "alpha", None, &overdue).await.unwrap();
    assert_eq!(total, 2, "the two assigned with a past due date");
    assert!(rows.iter().all(|r| r.enrolment.due_on.is_some()));
    let judges =
        EnrolmentFilter { cadre_slug: Some("judge".into()), status: Some(EnrolmentStatus::Enrolled), ..filter.clone() };
    assert_eq!(store.course_enrolments(institution, "alpha", None, &judges).await.unwrap().1, 2);
    let paged = EnrolmentFilter { limit: 3, offset: 3, ..filter.clone() };
    let (rows, total) = store.course_enrolments(institution, "alpha", None, &paged).await.unwrap();
    assert_eq!((rows.len(), total), (1, 4));

    // Withdrawn with a reason, once.
    let (_, withdrawn) = report.created[1];
    let empty = store.withdraw(withdrawn, "  ", "test: hr").await.unwrap_err();
    assert!(matches!(empty, StoreError::Refused(Refusal::ReasonUnusable)), "{empty:?}");
    store.withdraw(withdrawn, "moved to another programme", "test: hr").await.unwrap();
    let gone = &store.person_enrolments(south).await.unwrap()[0];
    assert_eq!(
        (gone.status, gone.end_reason.as_deref()),
        (EnrolmentStatus::Withdrawn, Some("moved to another programme"))
    );
    assert_eq!(gone.ended_on.as_deref(), Some("2026-01-15"));
    let twice = store.withdraw(withdrawn, "again", "test: hr").await.unwrap_err();
    assert!(matches!(twice, StoreError::Refused(Refusal::EnrolmentFinished)), "{twice:?}");
    assert!(matches!(
        store.withdraw(EnrolmentId(999_999), "x", "t").await,
        Err(StoreError::NotFound(Missing::Enrolment))
    ));
    assert_eq!(actions(&store, AuditAction::EnrolmentWithdraw).await.len(), 1);
    // Withdrawn, they may be assigned again.
    let report = store.assign(&Assignment { persons: &[south], ..assignment.clone() }).await.unwrap();
    assert_eq!(report.created.len(), 1);
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { .. }));

    // Many at once: one transaction, entries chained.
    let mut csv = String::from("staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n");
    for n in 0..1_200 {
        csv.push_str(&format!("B-{n},Bulk,Person {n},,prosecutor,north-central,2025-01-01,,\n"));
    }
    let options = tutela_server::roster::RosterOptions {
        complete: false,
        as_of: "2026-01-15".into(),
        scopes: None,
        file_name: "bulk.csv".into(),
        protected: Default::default(),
    };
    let preview = tutela_server::roster::preview(store.as_ref(), institution, csv.as_bytes(), &options).await.unwrap();
    store.apply_roster(preview.plan.as_ref().unwrap(), "test").await.unwrap();
    let everyone: Vec<PersonId> = store.roster(institution).await.unwrap().into_iter().map(|p| p.id).collect();
    let report =
        store.assign(&Assignment { persons: &everyone, due_on: None, reason: None, ..assignment }).await.unwrap();
    assert_eq!(report.created.len(), 1_200);
    assert_eq!(actions(&store, AuditAction::EnrolmentAssign).await.len(), 3 + 1_200);
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { .. }));
}

async fn a_leaver_s_open_enrolments_close_when_the_roster_is_applied(backend: Backend) {
    let Some((_db, store, _clock, _dir, institution)) = setup(backend, JANUARY_2026).await else { return };
    let leaver = person(&store, "P-1", "prosecutor", "north", "2024-03-01").await;
    let open = enrol(&store, leaver, "alpha").await;
    store.mark_read(leaver, open, "one", "test").await.unwrap();
    let done = enrol(&store, leaver, "gamma").await;
    store.mark_read(leaver, done, "only", "test").await.unwrap();
    let csv = "staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n\
               P-1,Test,P-1,,prosecutor,north,2024-03-01,left,2026-01-12\n";
    let options = tutela_server::roster::RosterOptions {
        complete: false,
        as_of: "2026-01-15".into(),
        scopes: None,
        file_name: "staff.csv".into(),
        protected: Default::default(),
    };
    let preview = tutela_server::roster::preview(store.as_ref(), institution, csv.as_bytes(), &options).await.unwrap();
    assert!(preview.errors.is_empty(), "{:?}", preview.errors);
    store.apply_roster(preview.plan.as_ref().unwrap(), "test: hr").await.unwrap();
    let mine = store.person_enrolments(leaver).await.unwrap();
    let alpha = mine.iter().find(|e| e.id == open).unwrap();
    assert_eq!((alpha.status, alpha.ended_on.as_deref()), (EnrolmentStatus::Closed, Some("2026-01-12")));
    assert_eq!(alpha.lessons_read, 1, "the record is kept as it was");
    let gamma = mine.iter().find(|e| e.id == done).unwrap();
    assert_eq!(gamma.status, EnrolmentStatus::Completed, "completed stays completed");
    let closed = actions(&store, AuditAction::EnrolmentClose).await;
    assert_eq!(closed.len(), 1);
    assert!(closed[0].entry.changes.contains("2026-01-12"));
    let refused = store.enrol_self(leaver, "gamma", "test").await.unwrap_err();
    assert!(matches!(refused, StoreError::Refused(Refusal::LearnerLeft)), "{refused:?}");
    assert!(!store.course_progress(leaver, "alpha").await.unwrap().unwrap().may_enrol);
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { .. }));
}

async fn the_transcript_adds_up_cpd_hours_per_calendar_year(backend: Backend) {
    let Some((_db, store, clock, _dir, _)) = setup(backend, JUNE_2025).await else { return };
    let judge = person(&store, "J-1", "judge", "north-court", "2024-03-01").await;
    let beta = enrol(&store, judge, "beta").await;
    store.mark_read(judge, beta, "first", "test").await.unwrap();
    clock.advance(200 * DAY); // 2025-12-18
    store.mark_read(judge, beta, "second", "test").await.unwrap();
    let gamma = enrol(&store, judge, "gamma").await;
    clock.advance(20 * DAY); // 2026-01-07
    store.mark_read(judge, gamma, "only", "test").await.unwrap();
    let again = enrol(&store, judge, "gamma").await;
    clock.advance(DAY);
    store.mark_read(judge, again, "only", "test").await.unwrap();

    let transcript = store.transcript(judge).await.unwrap();
    let lines: Vec<(&str, &str, f64)> =
        transcript.iter().map(|t| (t.course_slug.as_str(), t.completed_on.as_str(), t.cpd_hours)).collect();
    assert_eq!(lines, [("gamma", "2026-01-08", 1.5), ("gamma", "2026-01-07", 1.5), ("beta", "2025-12-18", 3.0)]);
    let years = tutela_server::learning::cpd_years(&transcript);
    let totals: Vec<(i32, f64, i64)> = years.iter().map(|y| (y.year, y.hours, y.courses)).collect();
    assert_eq!(totals, [(2026, 3.0, 2), (2025, 3.0, 1)]);
}

async fn finished_enrolments_never_change_and_none_is_deleted(backend: Backend) {
    let Some((db, store, _clock, _dir, _)) = setup(backend, JANUARY_2026).await else { return };
    let judge = person(&store, "J-1", "judge", "north-court", "2024-03-01").await;
    let done = enrol(&store, judge, "gamma").await;
    store.mark_read(judge, done, "only", "test").await.unwrap();
    let open = enrol(&store, judge, "beta").await;
    let change = db.execute(&format!("UPDATE enrolments SET cpd_hours = 99 WHERE id = {done}")).await;
    assert!(change.is_err_and(|e| e.contains("never changed")), "a completed enrolment cannot be rewritten");
    let delete = db.execute(&format!("DELETE FROM enrolments WHERE id = {open}")).await;
    assert!(delete.is_err_and(|e| e.contains("never deleted")), "an open one cannot be deleted either");
    let reads = db.execute("DELETE FROM lesson_reads").await;
    assert!(reads.is_err_and(|e| e.contains("never deleted")));
    db.execute(&format!("UPDATE enrolments SET due_on = '2026-02-01' WHERE id = {open}"))
        .await
        .expect("an open one may change");
}
