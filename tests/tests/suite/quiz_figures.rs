//! Item analysis's kept sums (migration 0015: kept by triggers as
//! attempts are graded) against the same sums taken again from every
//! attempt, on both backends: after submissions right, wrong and partly
//! right, essays left pending, graded, and regraded both ways (a regrade
//! moves the rest-of-attempt score of every other answer of its attempt),
//! learners of two institutions, and a second attempt; the figures of one
//! institution too. Then the figures are taken again from scratch, as the
//! migration's backfill takes them, and item analysis must not move.

use crate::attempts::{Answering, Settings, answer, import, quiz_course};
use crate::learning::{JANUARY_2026, setup};
use tutela_app::ids::{AttemptId, PersonId};
use tutela_app::quiz::model::AttemptState;
use tutela_app::store::{DemoInstitution, EssayGrading, ItemAnalysis, NewPerson, SharedStore};
use tutela_tests::{Backend, TestDb, on_both_backends};

on_both_backends!(item_analysis_kept_sums_equal_the_sums_over_every_final_attempt);

/// Full marks, in weight units.
const FULL: i64 = 10_000_000;

async fn learner(store: &SharedStore, institution: &str, staff: &str) -> PersonId {
    let person = NewPerson {
        institution_slug: institution.into(),
        staff_number: staff.into(),
        given_name: "Learner".into(),
        family_name: staff.into(),
        email: None,
        cadre_slug: "judge".into(),
        unit_code: "north-court".into(),
        hire_date: "2020-01-01".into(),
    };
    store.create_person(&person, "test").await.unwrap()
}

/// Starts an attempt, answers every question as `how` says, submits it.
async fn submitted(store: &SharedStore, person: PersonId, how: Answering) -> AttemptId {
    let id = store.start_attempt(person, "qz").await.expect("an attempt starts");
    let record = store.attempt(person, id).await.unwrap().expect("its own attempt");
    for slot in &record.slots {
        store.save_answer(person, id, slot.slot, Some(&answer(slot, how))).await.expect("saved");
    }
    assert!(!store.submit_attempt(person, id, "test").await.unwrap().again);
    id
}

/// Takes the figures again from every attempt, as the migration's backfill does.
async fn figures_from_scratch(db: &TestDb) {
    for statement in [
        "DELETE FROM quiz_item_figures",
        "DELETE FROM quiz_item_choices",
        "INSERT INTO quiz_item_figures (question_id, institution_id, n, sum_x, sum_y, sum_xy, sum_xx, sum_yy) \
         SELECT s.question_id, p.institution_id, COUNT(*), SUM(CAST(s.mark AS DOUBLE PRECISION)), \
           SUM(CAST(a.score - s.mark AS DOUBLE PRECISION)), \
           SUM(CAST(s.mark AS DOUBLE PRECISION) * CAST(a.score - s.mark AS DOUBLE PRECISION)), \
           SUM(CAST(s.mark AS DOUBLE PRECISION) * CAST(s.mark AS DOUBLE PRECISION)), \
           SUM(CAST(a.score - s.mark AS DOUBLE PRECISION) * CAST(a.score - s.mark AS DOUBLE PRECISION)) \
         FROM attempt_slots s JOIN quiz_attempts a ON a.id = s.attempt_id \
         JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id \
         WHERE a.result IS NOT NULL AND s.mark IS NOT NULL GROUP BY s.question_id, p.institution_id",
        "INSERT INTO quiz_item_choices (question_id, institution_id, choice, answers) \
         SELECT ch.question_id, p.institution_id, ch.choice, COUNT(*) \
         FROM attempt_choices ch JOIN quiz_attempts a ON a.id = ch.attempt_id \
         JOIN enrolments e ON e.id = a.enrolment_id JOIN persons p ON p.id = e.person_id \
         WHERE a.result IS NOT NULL GROUP BY ch.question_id, p.institution_id, ch.choice",
    ] {
        db.execute(statement).await.unwrap();
    }
}

fn answered(analysis: &ItemAnalysis) -> i64 {
    analysis.items.iter().map(|item| item.n).sum()
}

async fn item_analysis_kept_sums_equal_the_sums_over_every_final_attempt(backend: Backend) {
    let Some((db, store, _clock, dir, demo)) = setup(backend, JANUARY_2026).await else { return };
    let settings = Settings { draws: &[("one", 3), ("two", 3), ("essay", 1)], ..Settings::default() };
    quiz_course(dir.path(), &settings);
    import(&store, dir.path()).await;
    let mut other = tutela_server::demo::institution();
    other.slug = "other-institute".into();
    other.name = "Another institute".into();
    store.ensure_demo(&DemoInstitution { ..other }, "test").await.unwrap();
    let other = store.institution_id("other-institute").await.unwrap().unwrap();
    let grader = learner(&store, "demo-academy", "GRADER").await;
    let by = store.create_account(grader, None, "test").await.unwrap();

    let mut attempts = Vec::new();
    for (n, (institution, how)) in [
        ("demo-academy", Answering::Right),
        ("demo-academy", Answering::Wrong),
        ("demo-academy", Answering::Partly),
        ("other-institute", Answering::Right),
        ("other-institute", Answering::Partly),
        ("demo-academy", Answering::Right),
    ]
    .into_iter()
    .enumerate()
    {
        let person = learner(&store, institution, &format!("L-{n}")).await;
        store.enrol_self(person, "qz", "test").await.unwrap();
        let id = submitted(&store, person, how).await;
        attempts.push((person, id, institution));
    }
    let nothing = store.item_analysis("qz", None).await.unwrap().unwrap();
    assert_eq!(answered(&nothing), 0, "an attempt whose essay waits is not final: it does not count");

    // Every essay graded but the last learner's; then regrades, up and down.
    let grade = |attempt: AttemptId, institution: &'static str, slot: u32, mark: i64| {
        let store = store.clone();
        let institution_id = if institution == "demo-academy" { demo } else { other };
        async move {
            let grading = EssayGrading {
                grader,
                institution: institution_id,
                scopes: None,
                attempt,
                slot,
                mark,
                comment: None,
                seen: None,
                by,
                actor: "test",
            };
            store.grade_essay(&grading).await.unwrap();
        }
    };
    let mut essays = Vec::new();
    for &(person, attempt, institution) in &attempts {
        let record = store.attempt(person, attempt).await.unwrap().unwrap();
        let slot = record.slots.iter().find(|s| s.gift.contains("ESSAY-TEXT")).unwrap().slot;
        essays.push((attempt, institution, slot));
    }
    for (k, &(attempt, institution, slot)) in essays.iter().take(5).enumerate() {
        grade(attempt, institution, slot, [FULL, 0, FULL / 2, FULL * 3 / 10, FULL][k]).await;
    }
    grade(essays[0].0, essays[0].1, essays[0].2, FULL / 4).await;
    grade(essays[1].0, essays[1].1, essays[1].2, FULL).await;
    grade(essays[3].0, essays[3].1, essays[3].2, 0).await;
    // A second attempt for the second learner (failed), its essay graded.
    let (first, _, _) = attempts[1];
    let again = submitted(&store, first, Answering::Partly).await;
    let record = store.attempt(first, again).await.unwrap().unwrap();
    let slot = record.slots.iter().find(|s| s.gift.contains("ESSAY-TEXT")).unwrap().slot;
    grade(again, "demo-academy", slot, FULL * 7 / 10).await;
    assert_ne!(store.attempt(first, again).await.unwrap().unwrap().summary.state, AttemptState::Pending);

    let everyone = store.item_analysis("qz", None).await.unwrap().unwrap();
    let demo_only = store.item_analysis("qz", Some(demo)).await.unwrap().unwrap();
    let other_only = store.item_analysis("qz", Some(other)).await.unwrap().unwrap();
    assert_eq!(answered(&everyone), 6 * 7, "six final attempts of seven questions");
    assert_eq!((answered(&demo_only), answered(&other_only)), (4 * 7, 2 * 7));
    assert!(everyone.items.iter().any(|item| item.sum_xy > 0.0 && !item.chosen.is_empty()), "{everyone:?}");

    figures_from_scratch(&db).await;
    assert_eq!(store.item_analysis("qz", None).await.unwrap().unwrap(), everyone);
    assert_eq!(store.item_analysis("qz", Some(demo)).await.unwrap().unwrap(), demo_only);
    assert_eq!(store.item_analysis("qz", Some(other)).await.unwrap().unwrap(), other_only);
}
