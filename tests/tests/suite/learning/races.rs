//! Two writes of learning at once, on both backends (PostgreSQL runs them
//! side by side under READ COMMITTED; SQLite serialises writers): each
//! write's first statement locks the row and re-checks its state, so a
//! double submit completes, withdraws or records a departure once, with
//! one audit entry, and the second answer is the first's outcome or a
//! refusal in words, never a server error.

use super::{JANUARY_2026, person, setup};
use tutela_app::model::{AuditAction, PersonStatus};
use tutela_app::store::{Assignment, Enrolled, Refusal, SharedStore, StoreError};
use tutela_server::auth::AuthConfig;
use tutela_tests::{Backend, TestServer, Visitor, on_both_backends};

on_both_backends!(
    two_reads_of_the_last_lesson_at_once_complete_the_course_once,
    two_departures_at_once_record_one,
    two_withdrawals_at_once_withdraw_once,
    an_assignment_and_self_enrolments_at_once_enrol_each_person_once,
);

const PASSWORD: &str = "learning races pass phrase";

async fn audited(store: &SharedStore, action: AuditAction) -> usize {
    store.audit_entries(0, 100_000).await.unwrap().into_iter().filter(|e| e.entry.action == action).count()
}

async fn two_reads_of_the_last_lesson_at_once_complete_the_course_once(backend: Backend) {
    let Some((db, store, clock, _dir, _)) = setup(backend, JANUARY_2026).await else { return };
    let learner = person(&store, "P-1", "prosecutor", "north", "2024-03-01").await;
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    store.create_account(learner, Some(&hash), "test").await.unwrap();
    let Enrolled::New(enrolment) = store.enrol_self(learner, "gamma", "test").await.unwrap() else { panic!("enrols") };
    let auth = AuthConfig { clock: clock.clone(), ..AuthConfig::default() };
    let server = TestServer::serve_with(db, store.clone(), auth).await;
    let visitor = Visitor::new(&server);
    assert_eq!(visitor.sign_in("P-1", PASSWORD).await.status, 303);
    let csrf = visitor.get("/account").await.csrf();
    let enrolment = enrolment.to_string();
    let form = [("csrf", csrf.as_str()), ("enrolment", enrolment.as_str()), ("lesson", "only")];
    let (first, second) = tokio::join!(visitor.post("/learn/read", &form), visitor.post("/learn/read", &form));
    for reply in [&first, &second] {
        assert_eq!(reply.status, 303, "both answers are the completion");
        assert_eq!(reply.header("location"), Some("/courses/gamma?completed=1#course-progress-heading"));
    }
    assert_eq!(audited(&store, AuditAction::EnrolmentComplete).await, 1, "completed once");
    assert_eq!(store.transcript(learner).await.unwrap().len(), 1);
    server.stop().await;
}

async fn two_departures_at_once_record_one(backend: Backend) {
    let Some((_db, store, _clock, _dir, _)) = setup(backend, JANUARY_2026).await else { return };
    let leaver = person(&store, "P-1", "prosecutor", "north", "2024-03-01").await;
    store.enrol_self(leaver, "alpha", "test").await.unwrap();
    let (first, second) = tokio::join!(
        store.record_departure(leaver, "2026-01-10", "test"),
        store.record_departure(leaver, "2026-01-11", "test"),
    );
    let mut answers = [first.unwrap(), second.unwrap()];
    answers.sort();
    assert_eq!(answers, [None, Some(1)], "one records it (closing one enrolment), the other finds them left");
    assert_eq!(audited(&store, AuditAction::PersonLeave).await, 1);
    assert_eq!(audited(&store, AuditAction::EnrolmentClose).await, 1);
    let after = store.person(leaver).await.unwrap().unwrap();
    assert_eq!(after.status, PersonStatus::Left);
    let left = after.placements.iter().filter(|p| p.status == PersonStatus::Left).count();
    assert_eq!(left, 1, "one 'left' placement: {:?}", after.placements);
}

async fn two_withdrawals_at_once_withdraw_once(backend: Backend) {
    let Some((_db, store, _clock, _dir, _)) = setup(backend, JANUARY_2026).await else { return };
    let learner = person(&store, "P-1", "prosecutor", "north", "2024-03-01").await;
    let enrolment = store.enrol_self(learner, "alpha", "test").await.unwrap().id();
    let (first, second) =
        tokio::join!(store.withdraw(enrolment, "Moved", "test"), store.withdraw(enrolment, "Moved", "test"));
    let refused = [&first, &second]
        .iter()
        .filter(|answer| matches!(answer, Err(StoreError::Refused(Refusal::EnrolmentFinished))))
        .count();
    assert!(first.is_ok() || second.is_ok(), "{first:?} {second:?}");
    assert_eq!(refused, 1, "the other is refused in words: {first:?} {second:?}");
    assert_eq!(audited(&store, AuditAction::EnrolmentWithdraw).await, 1);
}

/// An assignment to many people while some of them enrol themselves: on
/// PostgreSQL they run side by side, and a self-enrolment that commits
/// between the assignment's read and its insert is skipped by the insert
/// (reported as already enrolled), never a failure of the whole
/// assignment; every person ends with one open enrolment and every
/// enrolment with one audit entry.
async fn an_assignment_and_self_enrolments_at_once_enrol_each_person_once(backend: Backend) {
    let Some((_db, store, _clock, _dir, institution)) = setup(backend, JANUARY_2026).await else { return };
    let mut people = Vec::new();
    for n in 0..300 {
        people.push(person(&store, &format!("P-{n}"), "prosecutor", "north", "2024-03-01").await);
    }
    let assignment = Assignment {
        institution,
        course_slug: "alpha",
        persons: &people,
        due_on: None,
        reason: None,
        assigned_by: None,
        actor: "test: hr",
    };
    let racers = [people[0], people[150], people[299], people[7], people[200]];
    let selves = async {
        let mut answers = Vec::new();
        for who in racers {
            answers.push(store.enrol_self(who, "alpha", "test").await);
        }
        answers
    };
    let (assigned, selves) = tokio::join!(store.assign(&assignment), selves);
    let report = assigned.expect("the assignment succeeds whatever enrols meanwhile");
    let mut new_selves = 0;
    for answer in selves {
        match answer.expect("a self-enrolment succeeds or finds the assignment's") {
            Enrolled::New(_) => new_selves += 1,
            Enrolled::AlreadyOpen(_) => {}
        }
    }
    assert_eq!(report.created.len() + new_selves, people.len(), "each person enrolled once: {report:?}");
    assert_eq!(report.already_open.len(), new_selves, "those who enrolled themselves first are reported");
    assert_eq!(audited(&store, AuditAction::EnrolmentAssign).await, report.created.len());
    assert_eq!(audited(&store, AuditAction::EnrolmentSelf).await, new_selves);
    let verdict = tutela_server::audit::verify(store.as_ref()).await.unwrap();
    assert!(matches!(verdict, tutela_server::audit::Verdict::Intact { .. }), "{verdict:?}");
    for who in people {
        let open = store.person_enrolments(who).await.unwrap();
        assert_eq!(open.len(), 1, "one enrolment of {who:?}: {open:?}");
    }
}

/// PostgreSQL, made certain: a self-enrolment inserted but not yet
/// committed when an assignment of the same person runs. The assignment's
/// insert waits on that row, then skips it once it commits (ON CONFLICT DO
/// NOTHING): the person is reported as enrolled already, everyone else is
/// assigned, and nothing fails.
#[tokio::test]
async fn postgres_an_assignment_skips_a_self_enrolment_committed_while_it_waits() {
    let Some((db, store, _clock, _dir, institution)) = setup(Backend::Postgres, JANUARY_2026).await else { return };
    let racer = person(&store, "P-0", "prosecutor", "north", "2024-03-01").await;
    let others = [
        person(&store, "P-1", "prosecutor", "north", "2024-03-01").await,
        person(&store, "P-2", "prosecutor", "north", "2024-03-01").await,
    ];
    let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
    let mut held = pool.begin().await.unwrap();
    let holder: i32 = sqlx::query_scalar("SELECT pg_backend_pid()").fetch_one(&mut *held).await.unwrap();
    sqlx::query(
        "INSERT INTO enrolments (person_id, course_id, course_version_id, origin, status, enrolled_at) \
         SELECT $1, c.id, v.id, 'self', 'enrolled', 0 FROM courses c JOIN published_versions v ON v.course_id = c.id \
         WHERE c.slug = 'alpha'",
    )
    .bind(racer)
    .execute(&mut *held)
    .await
    .unwrap();
    let everyone = [racer, others[0], others[1]];
    let assigning = {
        let store = store.clone();
        tokio::spawn(async move {
            let assignment = Assignment {
                institution,
                course_slug: "alpha",
                persons: &everyone,
                due_on: None,
                reason: None,
                assigned_by: None,
                actor: "test: hr",
            };
            store.assign(&assignment).await
        })
    };
    // Until the assignment's insert waits on the uncommitted row.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        // A backend blocked by the held transaction: the assignment's insert.
        let waiting: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid)) \
             AND query LIKE '%FROM staged_ids%'",
        )
        .bind(holder)
        .fetch_one(&pool)
        .await
        .unwrap();
        if waiting > 0 || assigning.is_finished() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "the assignment never waited on the held row");
        tokio::task::yield_now().await;
    }
    assert!(!assigning.is_finished(), "the assignment waits for the uncommitted enrolment");
    held.commit().await.unwrap();
    let report = assigning.await.unwrap().expect("the assignment succeeds");
    assert_eq!(report.already_open, [racer], "{report:?}");
    let mut created: Vec<_> = report.created.iter().map(|(p, _)| *p).collect();
    created.sort();
    let mut expected = others.to_vec();
    expected.sort();
    assert_eq!(created, expected);
    assert_eq!(audited(&store, AuditAction::EnrolmentAssign).await, 2, "one entry per enrolment created");
    assert_eq!(store.person_enrolments(racer).await.unwrap().len(), 1, "the racer enrolled once");
}
