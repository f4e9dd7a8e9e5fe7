//! The store's attempts held to the rules, on both backends with the
//! manual clock: grading right, wrong and partly right; the deadline; the
//! attempts allowed and the wait; a double submit; completion needing a
//! pass; the essay left to a trainer; someone else's attempt.

use super::{Answering, Settings, answer, import, quiz_course};
use crate::learning::{JANUARY_2026, person, setup};
use tutela_app::ids::{AttemptId, PersonId};
use tutela_app::quiz::model::AttemptState;
use tutela_app::store::{AuditFilter, Missing, QuizRefusal, Refusal, SharedStore, StoreError};
use tutela_server::clock::Clock;
use tutela_tests::{Backend, TestDb, on_both_backends};

on_both_backends!(
    answers_grade_right_wrong_and_partly_right_and_the_marks_are_kept,
    the_deadline_is_kept_by_the_server_and_a_late_attempt_closes_with_what_was_saved,
    attempts_allowed_and_the_wait_between_them_are_enforced,
    a_double_submit_grades_once_even_at_the_same_moment,
    a_submission_dropped_midway_writes_all_or_nothing_and_writes_go_on,
    the_enrolment_completes_only_with_every_lesson_read_and_the_quiz_passed,
    an_essay_waits_for_a_trainer_and_the_attempt_has_no_result_until_then,
    nobody_reads_saves_or_submits_another_person_s_attempt,
    an_attempt_open_when_its_enrolment_ends_or_moves_on_is_closed_with_what_was_saved,
    a_pass_closed_late_by_the_sweep_completes_the_course_on_the_day_of_its_deadline,
);

const MINUTE: i64 = 60;

/// The demo institution, the small curriculum and `qz` with `settings`,
/// and a judge enrolled in it.
async fn judge_in_quiz(
    backend: Backend,
    settings: Settings,
) -> Option<(TestDb, SharedStore, Clock, tempfile::TempDir, PersonId)> {
    let (db, store, clock, dir, _) = setup(backend, JANUARY_2026).await?;
    quiz_course(dir.path(), &settings);
    import(&store, dir.path()).await;
    let judge = person(&store, "J-1", "judge", "north-court", "2025-01-01").await;
    store.enrol_self(judge, "qz", "test").await.expect("a judge enrols");
    Some((db, store, clock, dir, judge))
}

/// Starts an attempt and answers every question as `how` says.
async fn answered(store: &SharedStore, person: PersonId, how: Answering) -> AttemptId {
    let id = store.start_attempt(person, "qz").await.expect("an attempt starts");
    let record = store.attempt(person, id).await.unwrap().expect("its own attempt");
    for slot in &record.slots {
        store.save_answer(person, id, slot.slot, Some(&answer(slot, how))).await.expect("saved");
    }
    id
}

async fn answers_grade_right_wrong_and_partly_right_and_the_marks_are_kept(backend: Backend) {
    let Some((_db, store, _clock, _dir, judge)) = judge_in_quiz(backend, Settings::default()).await else { return };
    for (how, percent, state) in [
        (Answering::Wrong, 0.0, AttemptState::Failed),
        (Answering::Partly, 58.33, AttemptState::Failed),
        (Answering::Right, 100.0, AttemptState::Passed),
    ] {
        let id = answered(&store, judge, how).await;
        let record = store.attempt(judge, id).await.unwrap().unwrap();
        assert_eq!(record.slots.len(), 6, "three drawn from each category");
        assert!(record.slots.iter().all(|s| s.mark.is_none()), "no mark before submitting");
        let submitted = store.submit_attempt(judge, id, "test").await.unwrap();
        assert!(!submitted.again);
        let record = store.attempt(judge, id).await.unwrap().unwrap();
        assert_eq!((record.summary.state, record.summary.percent), (state, Some(percent)), "{how:?}");
        let full = 10_000_000;
        for slot in &record.slots {
            let kind = super::question(slot).body.kind();
            let expected = match (how, kind) {
                (Answering::Right, _) => full,
                (Answering::Wrong, _) => 0,
                (Answering::Partly, tutela_gift::Kind::MultipleChoice) => 0,
                (Answering::Partly, tutela_gift::Kind::TrueFalse | tutela_gift::Kind::Numerical) => full,
                (Answering::Partly, _) => full / 2,
            };
            assert_eq!(slot.mark, Some(expected), "{how:?} {kind:?}");
        }
    }
    // Passed: no further attempt.
    let again = store.start_attempt(judge, "qz").await;
    assert!(matches!(again, Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::Passed)))), "{again:?}");
}

async fn the_deadline_is_kept_by_the_server_and_a_late_attempt_closes_with_what_was_saved(backend: Backend) {
    let settings = Settings { time_limit_minutes: Some(10), ..Settings::default() };
    let Some((_db, store, clock, _dir, judge)) = judge_in_quiz(backend, settings).await else { return };
    let id = store.start_attempt(judge, "qz").await.unwrap();
    let record = store.attempt(judge, id).await.unwrap().unwrap();
    assert_eq!(record.deadline, Some(JANUARY_2026 + 10 * MINUTE), "stored at the start");
    let first = &record.slots[0];
    store.save_answer(judge, id, 1, Some(&answer(first, Answering::Right))).await.unwrap();
    clock.advance(9 * MINUTE + 59);
    store.save_answer(judge, id, 2, Some(&answer(&record.slots[1], Answering::Right))).await.expect("in time");
    clock.advance(1);
    let late = store.save_answer(judge, id, 3, Some(&answer(&record.slots[2], Answering::Right))).await;
    assert!(matches!(late, Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::TimeUp)))), "{late:?}");
    let closed = store.attempt(judge, id).await.unwrap().unwrap();
    assert!(closed.summary.timed_out && closed.summary.state == AttemptState::Failed, "{:?}", closed.summary);
    assert_eq!(closed.slots[0].mark, Some(10_000_000), "graded with what was saved");
    assert_eq!(closed.slots[2].answer, None, "the late answer was not saved");
    assert_eq!(closed.summary.percent, Some(33.33), "two of six");
    // Submitting afterwards changes nothing.
    assert!(store.submit_attempt(judge, id, "test").await.unwrap().again);

    // An attempt nobody comes back to is closed by the sweep.
    let second = store.start_attempt(judge, "qz").await.unwrap();
    assert_ne!(second, id);
    assert_eq!(store.close_expired_attempts().await.unwrap(), 0, "not yet");
    clock.advance(10 * MINUTE);
    assert_eq!(store.close_expired_attempts().await.unwrap(), 1);
    let swept = store.attempt(judge, second).await.unwrap().unwrap();
    assert!(swept.summary.timed_out && swept.summary.percent == Some(0.0));
}

async fn attempts_allowed_and_the_wait_between_them_are_enforced(backend: Backend) {
    let settings = Settings { attempts: 2, wait_minutes: 60, ..Settings::default() };
    let Some((_db, store, clock, _dir, judge)) = judge_in_quiz(backend, settings).await else { return };
    let first = answered(&store, judge, Answering::Wrong).await;
    // While open, starting again answers the same attempt.
    assert_eq!(store.start_attempt(judge, "qz").await.unwrap(), first);
    store.submit_attempt(judge, first, "test").await.unwrap();
    let waiting = store.start_attempt(judge, "qz").await;
    let until = JANUARY_2026 + 60 * MINUTE;
    assert!(
        matches!(waiting, Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::WaitUntil(at)))) if at == until),
        "{waiting:?}"
    );
    clock.advance(60 * MINUTE);
    let second = answered(&store, judge, Answering::Wrong).await;
    let record = store.attempt(judge, second).await.unwrap().unwrap();
    assert_eq!(record.summary.number, 2);
    store.submit_attempt(judge, second, "test").await.unwrap();
    clock.advance(24 * 60 * MINUTE);
    let none = store.start_attempt(judge, "qz").await;
    assert!(matches!(none, Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::NoAttemptLeft)))), "{none:?}");
    let overview = store.quiz_overview(judge, "qz").await.unwrap().unwrap();
    assert_eq!(overview.attempts.iter().map(|a| a.number).collect::<Vec<_>>(), [2, 1], "newest first");
}

async fn a_double_submit_grades_once_even_at_the_same_moment(backend: Backend) {
    let Some((_db, store, _clock, _dir, judge)) = judge_in_quiz(backend, Settings::default()).await else { return };
    let id = answered(&store, judge, Answering::Wrong).await;
    let (one, two) = tokio::join!(store.submit_attempt(judge, id, "test"), store.submit_attempt(judge, id, "test"));
    let (one, two) = (one.unwrap(), two.unwrap());
    assert!(one.again != two.again, "one grades, the other finds it graded: {one:?} {two:?}");
    assert!(store.submit_attempt(judge, id, "test").await.unwrap().again);
    let filter = AuditFilter { action: "quiz.submit".into(), limit: 10, ..AuditFilter::default() };
    let entries = store.audit_search(&filter).await.unwrap();
    assert_eq!(entries.len(), 1, "one submission recorded");
    // A submitted attempt's answers never change.
    let refused = store.save_answer(judge, id, 1, None).await;
    assert!(matches!(refused, Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::Submitted)))), "{refused:?}");
}

/// A submission whose caller goes away (a browser closing its connection
/// drops the handler's future) at any point of its writes: afterwards the
/// attempt is graded once or not at all, the audit chain holds, and the
/// store's writes go on (on SQLite a submission begins and commits its
/// transaction inside its own queries: a dropped one must not leave the
/// writer's connection inside it).
async fn a_submission_dropped_midway_writes_all_or_nothing_and_writes_go_on(backend: Backend) {
    let Some((_db, store, _clock, _dir, judge)) = judge_in_quiz(backend, Settings::default()).await else { return };
    // Dropped after one poll (on SQLite, usually while its first query
    // runs: `OpenWrite`'s own test in the server holds that case exactly),
    // after two, and so on.
    for polls in 1..=4 {
        let id = answered(&store, judge, Answering::Wrong).await;
        let mut submit = Box::pin(store.submit_attempt(judge, id, "test"));
        for _ in 0..polls {
            if tokio::time::timeout(std::time::Duration::ZERO, &mut submit).await.is_ok() {
                break;
            }
            tokio::task::yield_now().await;
        }
        drop(submit);
        // Whatever was left: the next write goes through, and grades the
        // attempt if the dropped submission had not.
        let again = store.submit_attempt(judge, id, "test").await.expect("a write after a dropped one");
        let record = store.attempt(judge, id).await.unwrap().unwrap();
        assert_eq!(record.summary.state, AttemptState::Failed, "graded, after {polls} polls");
        let filter = AuditFilter {
            action: "quiz.submit".into(),
            record_id: judge.0.to_string(),
            limit: 100,
            ..AuditFilter::default()
        };
        let entries = store.audit_search(&filter).await.unwrap();
        let this_one = entries.iter().filter(|e| e.entry.changes.contains(&format!("\"attempt\":{}", id.0))).count();
        assert_eq!(this_one, 1, "graded once, after {polls} polls (again: {})", again.again);
    }
    match tutela_server::audit::verify(store.as_ref()).await.unwrap() {
        tutela_server::audit::Verdict::Intact { .. } => {}
        verdict => panic!("the audit chain after dropped submissions: {verdict:?}"),
    }
}

/// Marks every lesson of `qz` read in the person's open enrolment; whether
/// the last read completed it.
async fn read_all(store: &SharedStore, person: PersonId) -> bool {
    let marks = store.read_marks(person, "qz").await.unwrap().expect("enrolled");
    let mut completed = false;
    for (lesson, _) in &marks.lessons {
        completed = store.mark_read(person, marks.enrolment, lesson, "test").await.unwrap().completed;
    }
    completed
}

async fn the_enrolment_completes_only_with_every_lesson_read_and_the_quiz_passed(backend: Backend) {
    let Some((_db, store, _clock, _dir, judge)) = judge_in_quiz(backend, Settings::default()).await else { return };
    assert!(!read_all(&store, judge).await, "lessons alone do not complete a course with a quiz");
    let failed = answered(&store, judge, Answering::Partly).await;
    assert!(!store.submit_attempt(judge, failed, "test").await.unwrap().completed, "a fail completes nothing");
    let passed = answered(&store, judge, Answering::Right).await;
    assert!(store.submit_attempt(judge, passed, "test").await.unwrap().completed, "the pass completes it");
    let transcript = store.transcript(judge).await.unwrap();
    assert_eq!(transcript.iter().map(|e| e.course_slug.as_str()).collect::<Vec<_>>(), ["qz"]);

    // The other order: the quiz passed first, the last lesson read after.
    let other = person(&store, "J-2", "judge", "north-court", "2025-01-01").await;
    store.enrol_self(other, "qz", "test").await.unwrap();
    let id = answered(&store, other, Answering::Right).await;
    assert!(!store.submit_attempt(other, id, "test").await.unwrap().completed, "lessons still unread");
    assert!(read_all(&store, other).await, "the last lesson read completes it");
}

async fn a_pass_closed_late_by_the_sweep_completes_the_course_on_the_day_of_its_deadline(backend: Backend) {
    let settings = Settings { time_limit_minutes: Some(10), ..Settings::default() };
    let Some((_db, store, clock, _dir, judge)) = judge_in_quiz(backend, settings).await else { return };
    read_all(&store, judge).await;
    // Every answer right, never submitted; the sweep runs two days later.
    let id = answered(&store, judge, Answering::Right).await;
    clock.advance(2 * 86_400);
    assert_eq!(store.close_expired_attempts().await.unwrap(), 1);
    assert_eq!(store.attempt(judge, id).await.unwrap().unwrap().summary.state, AttemptState::Passed);
    let enrolment = &store.person_enrolments(judge).await.unwrap()[0];
    let deadline_day = tutela_server::clock::date_of(JANUARY_2026 + 10 * MINUTE);
    assert_eq!(enrolment.completed_on.as_deref(), Some(deadline_day.as_str()), "completed when the time ran out");
}

async fn an_essay_waits_for_a_trainer_and_the_attempt_has_no_result_until_then(backend: Backend) {
    let settings = Settings { draws: &[("one", 3), ("two", 3), ("essay", 1)], ..Settings::default() };
    let Some((_db, store, _clock, _dir, judge)) = judge_in_quiz(backend, settings).await else { return };
    read_all(&store, judge).await;
    let id = answered(&store, judge, Answering::Right).await;
    let submitted = store.submit_attempt(judge, id, "test").await.unwrap();
    assert!(!submitted.completed, "no result while the essay waits");
    let record = store.attempt(judge, id).await.unwrap().unwrap();
    assert_eq!(record.summary.state, AttemptState::Pending);
    let essay = record.slots.iter().find(|s| super::question(s).body == tutela_gift::Body::Essay).unwrap();
    assert_eq!(essay.mark, None, "the essay is not graded by the machine");
    // While it waits, the learner may try again (the attempts allowed permitting).
    assert!(store.start_attempt(judge, "qz").await.is_ok());
}

async fn nobody_reads_saves_or_submits_another_person_s_attempt(backend: Backend) {
    let Some((_db, store, _clock, _dir, judge)) = judge_in_quiz(backend, Settings::default()).await else { return };
    let id = store.start_attempt(judge, "qz").await.unwrap();
    let other = person(&store, "J-3", "judge", "north-court", "2025-01-01").await;
    store.enrol_self(other, "qz", "test").await.unwrap();
    assert_eq!(store.attempt(other, id).await.unwrap(), None);
    let save = store.save_answer(other, id, 1, Some("{\"x\":\"a\"}")).await;
    assert!(matches!(save, Err(StoreError::NotFound(Missing::Record))), "{save:?}");
    let submit = store.submit_attempt(other, id, "test").await;
    assert!(matches!(submit, Err(StoreError::NotFound(Missing::Record))), "{submit:?}");
    assert_eq!(store.attempt(judge, id).await.unwrap().unwrap().summary.state, AttemptState::Open, "untouched");
    // Not enrolled: no attempt.
    let outsider = person(&store, "J-4", "judge", "north-court", "2025-01-01").await;
    let refused = store.start_attempt(outsider, "qz").await;
    assert!(matches!(refused, Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::NotEnrolled)))), "{refused:?}");
}

async fn an_attempt_open_when_its_enrolment_ends_or_moves_on_is_closed_with_what_was_saved(backend: Backend) {
    let Some((_db, store, _clock, dir, judge)) = judge_in_quiz(backend, Settings::default()).await else { return };
    // A lesson read, an attempt begun with one answer saved; then a new version and a switch.
    let marks = store.read_marks(judge, "qz").await.unwrap().unwrap();
    store.mark_read(judge, marks.enrolment, "first", "test").await.unwrap();
    let old = store.start_attempt(judge, "qz").await.unwrap();
    let record = store.attempt(judge, old).await.unwrap().unwrap();
    store.save_answer(judge, old, 1, Some(&answer(&record.slots[0], Answering::Right))).await.unwrap();
    tutela_tests::write(dir.path(), "qz/01-main/02-second.md", "# Lesson second\n\nNew text.\n");
    import(&store, dir.path()).await;
    store.switch_version(judge, marks.enrolment, "test").await.unwrap();
    let new = store.start_attempt(judge, "qz").await.unwrap();
    assert_ne!(new, old, "the old version's attempt is not continued");
    let closed = store.attempt(judge, old).await.unwrap().unwrap();
    assert!(
        closed.summary.state == AttemptState::Failed && closed.summary.percent == Some(16.66),
        "{:?}",
        closed.summary
    );
    let overview = store.quiz_overview(judge, "qz").await.unwrap().unwrap();
    assert_eq!(overview.version_no, 2);
    assert_eq!(overview.attempts.iter().map(|a| a.id).collect::<Vec<_>>(), [new], "the new version's attempts");

    // Withdrawn with an attempt open: the sweep closes it.
    let record = store.enrolment(marks.enrolment).await.unwrap().unwrap();
    store.withdraw(record.id, "moved to another post", "test").await.unwrap();
    assert_eq!(store.close_expired_attempts().await.unwrap(), 1);
    let swept = store.attempt(judge, new).await.unwrap().unwrap();
    assert_ne!(swept.summary.state, AttemptState::Open);
    assert_eq!(store.close_expired_attempts().await.unwrap(), 0, "once");
    let refused = store.save_answer(judge, new, 1, None).await;
    assert!(matches!(refused, Err(StoreError::Refused(Refusal::Quiz(QuizRefusal::Submitted)))), "{refused:?}");
}
