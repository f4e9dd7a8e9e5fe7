//! Two writes of learning at once, on both backends (PostgreSQL runs them
//! side by side under READ COMMITTED; SQLite serialises writers): each
//! write's first statement locks the row and re-checks its state, so a
//! double submit completes, withdraws or records a departure once, with
//! one audit entry, and the second answer is the first's outcome or a
//! refusal in words, never a server error.

use super::{JANUARY_2026, person, setup};
use tutela_app::model::{AuditAction, PersonStatus};
use tutela_app::store::{Enrolled, Refusal, SharedStore, StoreError};
use tutela_server::auth::AuthConfig;
use tutela_tests::{Backend, TestServer, Visitor, on_both_backends};

on_both_backends!(
    two_reads_of_the_last_lesson_at_once_complete_the_course_once,
    two_departures_at_once_record_one,
    two_withdrawals_at_once_withdraw_once,
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
