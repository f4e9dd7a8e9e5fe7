//! Quizzes, the trainers' side, over HTTP on both backends: the essay
//! queue shows a reviewer only their units' learners, another unit's
//! reviewer is answered 404 and a non-reviewer 403; grading makes the
//! attempt final and completes the enrolment when it passes (its lessons
//! read); a regrade is audited with the mark before and after and never
//! takes a completion back; a bad mark shows the form again and changes
//! nothing; the form needs its token. Item analysis: facility,
//! discrimination and option counts on a small data set computed by hand,
//! final attempts only, the viewer's institution (everyone's for a
//! deployment administrator), and a formula-safe CSV.
//!
//! Grading at submission (`quiz::attempt::grade`) is another branch's
//! work, so the attempts here are written as the store writes them, with
//! SQL; grading an essay and analysing them go through Tutela.

use crate::attempts::{Settings, quiz_course};
use crate::learning::{JANUARY_2026, setup};
use tutela_app::ids::{EnrolmentId, PersonId};
use tutela_app::learning::model::EnrolmentStatus;
use tutela_app::model::AuditAction;
use tutela_app::quiz::model::AttemptState;
use tutela_app::store::{DemoInstitution, NewPerson, Role, SharedStore};
use tutela_tests::{Backend, TestDb, TestServer, Visitor, on_both_backends};

on_both_backends!(
    reviewers_grade_their_units_essays_and_the_result_becomes_final,
    item_analysis_is_computed_from_final_attempts_and_its_csv_is_formula_safe,
);

const PASSWORD: &str = "quiz trainer pass phrase";

/// Full marks, in weight units.
const FULL: i64 = 10_000_000;

/// A person of `institution` in a cadre and unit, with an account that
/// signs in with [`PASSWORD`] and, if given, a role on a unit (None: the
/// whole deployment).
async fn account(
    store: &SharedStore,
    institution: &str,
    staff: &str,
    cadre: &str,
    unit: &str,
    role: Option<(Role, Option<&str>)>,
) -> PersonId {
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    let person = NewPerson {
        institution_slug: institution.into(),
        staff_number: staff.into(),
        given_name: "Trainer".into(),
        family_name: staff.into(),
        email: None,
        cadre_slug: cadre.into(),
        unit_code: unit.into(),
        hire_date: "2020-01-01".into(),
    };
    let id = store.create_person(&person, "test").await.unwrap();
    let account = store.create_account(id, Some(&hash), "test").await.unwrap();
    if let Some((role, scope)) = role {
        store.grant_role(account, role, scope, "test").await.unwrap();
    }
    id
}

/// The `seen` field of a grading form.
fn seen_on(body: &str) -> String {
    let at = body.find(r#"name="seen" value=""#).expect("a grading form") + r#"name="seen" value=""#.len();
    body[at..].split('"').next().unwrap_or_default().to_string()
}

async fn signed_in(server: &TestServer, login: &str) -> (Visitor, String) {
    let visitor = Visitor::new(server);
    assert_eq!(visitor.sign_in(login, PASSWORD).await.status, 303, "{login} signs in");
    let csrf = visitor.get("/account").await.csrf();
    (visitor, csrf)
}

/// One question of a written attempt: its kind (one question of each kind
/// in the course), mark, answer (JSON) and the option index it chose.
struct Slot {
    kind: &'static str,
    mark: Option<i64>,
    answer: Option<&'static str>,
    choice: Option<i64>,
}

fn slot(kind: &'static str, mark: Option<i64>, choice: Option<i64>) -> Slot {
    Slot { kind, mark, answer: None, choice }
}

/// Writes attempt `number` of `enrolment` in `course` as the store does:
/// submitted (unless `open`), its marks and choices, its score, the
/// essays pending and, with none pending, its result at a pass mark of 70 %.
async fn write_attempt(db: &TestDb, course: &str, enrolment: EnrolmentId, number: i64, slots: &[Slot], open: bool) {
    let score: i64 = slots.iter().filter_map(|s| s.mark).sum();
    let max = slots.len() as i64 * FULL;
    let pending = slots.iter().filter(|s| s.mark.is_none()).count();
    let result = match (open, pending) {
        (true, _) | (_, 1..) => "NULL",
        _ if score * 100 >= 70 * max => "'passed'",
        _ => "'failed'",
    };
    let percent = score as f64 * 100.0 / max as f64;
    let (submitted, closed, score) = if open {
        ("NULL".to_string(), "NULL", "NULL".to_string())
    } else {
        (JANUARY_2026.to_string(), "'learner'", score.to_string())
    };
    db.execute(&format!(
        "INSERT INTO quiz_attempts (enrolment_id, course_version_id, number, started_at, submitted_at, closed_by, \
           score, max_score, pending, result, percent) \
         SELECT id, course_version_id, {number}, {JANUARY_2026}, {submitted}, {closed}, {score}, {max}, {pending}, \
           {result}, {percent} FROM enrolments WHERE id = {enrolment}"
    ))
    .await
    .unwrap();
    let question = |kind: &str| {
        format!(
            "FROM quiz_attempts a, questions q WHERE a.enrolment_id = {enrolment} AND a.number = {number} \
             AND q.kind = '{kind}' AND q.course_id = (SELECT id FROM courses WHERE slug = '{course}')"
        )
    };
    for (n, s) in slots.iter().enumerate() {
        let n = n + 1;
        let mark = s.mark.map_or("NULL".to_string(), |m| m.to_string());
        let answer = s.answer.map_or("NULL".to_string(), |a| format!("'{a}'"));
        db.execute(&format!(
            "INSERT INTO attempt_slots (attempt_id, slot, question_id, layout, answer, answered_at, mark) \
             SELECT a.id, {n}, q.id, '{{}}', {answer}, {JANUARY_2026}, {mark} {}",
            question(s.kind)
        ))
        .await
        .unwrap();
        if let Some(choice) = s.choice {
            db.execute(&format!(
                "INSERT INTO attempt_choices (attempt_id, slot, question_id, choice) SELECT a.id, {n}, q.id, {choice} {}",
                question(s.kind)
            ))
            .await
            .unwrap();
        }
    }
}

/// A multiple-choice question answered right and an essay waiting.
fn with_essay() -> Vec<Slot> {
    vec![
        slot("multichoice", Some(FULL), Some(0)),
        Slot { kind: "essay", mark: None, answer: Some(r#"{"x":"A case I <b>handled</b>."}"#), choice: None },
    ]
}

async fn reviewers_grade_their_units_essays_and_the_result_becomes_final(backend: Backend) {
    let Some((db, store, clock, dir, _)) = setup(backend, JANUARY_2026).await else { return };
    quiz_course(dir.path(), &Settings::default());
    crate::attempts::import(&store, dir.path()).await;
    let north = account(&store, "demo-academy", "J-NORTH", "judge", "north-court", None).await;
    let south = account(&store, "demo-academy", "J-SOUTH", "judge", "south-port", None).await;
    let open = account(&store, "demo-academy", "J-OPEN", "judge", "north-court", None).await;
    account(&store, "demo-academy", "REV-NORTH", "social-worker", "north", Some((Role::Reviewer, Some("north")))).await;
    account(&store, "demo-academy", "REV-SOUTH", "social-worker", "south", Some((Role::Reviewer, Some("south")))).await;
    account(&store, "demo-academy", "REV-NORTH2", "social-worker", "north", Some((Role::Reviewer, Some("north"))))
        .await;
    account(&store, "demo-academy", "HR-NORTH", "social-worker", "north", Some((Role::Hr, Some("north")))).await;
    let mut enrolments = Vec::new();
    for person in [north, south, open] {
        enrolments.push(store.enrol_self(person, "qz", "test").await.unwrap().id());
    }
    for lesson in ["first", "second"] {
        store.mark_read(north, enrolments[0], lesson, "test").await.unwrap();
    }
    write_attempt(&db, "qz", enrolments[0], 1, &with_essay(), false).await;
    write_attempt(&db, "qz", enrolments[1], 1, &with_essay(), false).await;
    write_attempt(&db, "qz", enrolments[2], 1, &with_essay(), true).await;
    let attempt_of = |person| {
        let store = store.clone();
        async move { store.quiz_overview(person, "qz").await.unwrap().unwrap().attempts[0].clone() }
    };
    let (north_attempt, south_attempt, open_attempt) =
        (attempt_of(north).await.id, attempt_of(south).await.id, attempt_of(open).await.id);
    // Once the enrolment is completed, the quiz page shows no attempts: read the attempt itself.
    let summary_of = |attempt| {
        let store = store.clone();
        async move { store.attempt(north, attempt).await.unwrap().unwrap().summary }
    };
    let auth = tutela_server::auth::AuthConfig { clock, attempts_per_minute: 1000, ..Default::default() };
    let server = TestServer::serve_with(db, store.clone(), auth).await;

    // The queue: only the reviewer's units' learners, submitted attempts only.
    let (reviewer, csrf) = signed_in(&server, "REV-NORTH").await;
    let queue = reviewer.get("/quiz/grading").await;
    assert_eq!(queue.status, 200);
    assert!(queue.body.contains("J-NORTH") && !queue.body.contains("J-SOUTH"), "{}", queue.body);
    assert!(!queue.body.contains("J-OPEN"), "an attempt not submitted waits for no one");
    assert!(queue.body.contains(&format!("/quiz/grading/{north_attempt}/2")));
    assert!(queue.body.contains(r#"href="/quiz/grading""#), "the Manage menu links the queue");
    let (south_reviewer, south_csrf) = signed_in(&server, "REV-SOUTH").await;
    assert!(south_reviewer.get("/quiz/grading").await.body.contains("J-SOUTH"));

    // The essay, its answer escaped.
    let page = reviewer.get(&format!("/quiz/grading/{north_attempt}/2")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("ESSAY-TEXT"), "the question is shown");
    assert!(page.body.contains("&lt;b&gt;handled&lt;/b&gt;") && !page.body.contains("<b>handled"), "escaped");
    // Not an essay, not submitted, another unit's, absent: the same 404.
    for path in [
        format!("/quiz/grading/{north_attempt}/1"),
        format!("/quiz/grading/{open_attempt}/2"),
        format!("/quiz/grading/{south_attempt}/2"),
        "/quiz/grading/999999/2".to_string(),
    ] {
        assert_eq!(reviewer.get(&path).await.status, 404, "{path}");
    }
    let essay = format!("/quiz/grading/{north_attempt}/2");
    let other = south_reviewer.post(&essay, &[("csrf", &south_csrf), ("mark", "100")]).await;
    assert_eq!(other.status, 404, "another unit's reviewer cannot grade it");
    let (hr, hr_csrf) = signed_in(&server, "HR-NORTH").await;
    assert_eq!(hr.get("/quiz/grading").await.status, 403);
    assert_eq!(hr.get(&essay).await.status, 403);
    assert_eq!(hr.post(&essay, &[("csrf", &hr_csrf), ("mark", "100")]).await.status, 403);

    // No token, a mark that will not do, a comment too long: nothing changes.
    let refused = reviewer.post(&essay, &[("mark", "50")]).await;
    assert_eq!(refused.status, 403, "the form needs its token");
    let bad = reviewer.post(&essay, &[("csrf", &csrf), ("mark", "101"), ("comment", "kept")]).await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Enter a mark from 0 to 100"), "{}", bad.body);
    assert!(bad.body.contains("kept") && bad.body.contains(r#"value="101""#), "the form keeps what was typed");
    let long = "x".repeat(2_001);
    let bad = reviewer.post(&essay, &[("csrf", &csrf), ("mark", "50"), ("comment", &long)]).await;
    assert_eq!(bad.status, 422);
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let record = store.essay(PersonId(0), institution, None, north_attempt, 2).await.unwrap().unwrap();
    assert_eq!(record.mark, None, "a refused form changes nothing");
    // Nobody grades their own essay: the learner, were they a reviewer, finds none.
    assert_eq!(store.essay(north, institution, None, north_attempt, 2).await.unwrap(), None);
    let own_queue = store.essay_queue(north, institution, None, false, 50, 0).await.unwrap();
    assert!(own_queue.0.iter().all(|row| row.attempt != north_attempt), "not in their queue");
    assert_eq!(summary_of(north_attempt).await.state, AttemptState::Pending);

    // A second reviewer opens the essay before the first grades it.
    let (second, second_csrf) = signed_in(&server, "REV-NORTH2").await;
    let stale = seen_on(&second.get(&essay).await.body);

    // Grading: the attempt is final (50 + 100 of 200: 75 %, passed) and
    // the enrolment, its lessons read, completed.
    let form = seen_on(&reviewer.get(&essay).await.body);
    assert_eq!(form, stale, "both forms show the essay ungraded");
    let graded =
        reviewer.post(&essay, &[("csrf", &csrf), ("mark", "50"), ("comment", "Good work"), ("seen", &form)]).await;
    assert_eq!(graded.status, 303, "{}", graded.body);
    let record = store.essay(PersonId(0), institution, None, north_attempt, 2).await.unwrap().unwrap();
    assert_eq!((record.mark, record.comment.as_deref()), (Some(FULL / 2), Some("Good work")));
    let summary = summary_of(north_attempt).await;
    assert_eq!((summary.state, summary.percent), (AttemptState::Passed, Some(75.0)));
    // The second reviewer's form still shows it ungraded: their mark does
    // not replace the first one unseen. The page shows the first grading,
    // keeps what they typed, and its form now replaces the grading shown.
    let late = second.post(&essay, &[("csrf", &second_csrf), ("mark", "90"), ("seen", &stale)]).await;
    assert_eq!(late.status, 409, "{}", late.body);
    assert!(
        late.body.contains("Someone else graded this essay") && late.body.contains("<bdi>50</bdi> %"),
        "{}",
        late.body
    );
    assert!(late.body.contains(r#"value="90""#), "the form keeps what was typed");
    let record = store.essay(PersonId(0), institution, None, north_attempt, 2).await.unwrap().unwrap();
    assert_eq!(record.mark, Some(FULL / 2), "the first grading stands");
    assert_eq!(seen_on(&late.body), record.seen(), "saving again replaces the grading shown");
    assert_ne!(record.seen(), stale);
    let status = |person| {
        let store = store.clone();
        async move { store.person_enrolments(person).await.unwrap()[0].status }
    };
    assert_eq!(status(north).await, EnrolmentStatus::Completed);
    let queue = reviewer.get("/quiz/grading").await;
    assert!(!queue.body.contains("J-NORTH"), "a graded essay leaves the queue");
    assert!(reviewer.get("/quiz/grading?graded=1").await.body.contains("J-NORTH"));

    // A regrade fails the attempt; the completion stands; both audited.
    let regraded = reviewer.post(&essay, &[("csrf", &csrf), ("mark", "30.5")]).await;
    assert_eq!(regraded.status, 303);
    assert_eq!(summary_of(north_attempt).await.state, AttemptState::Failed);
    assert_eq!(status(north).await, EnrolmentStatus::Completed, "a completion is never taken back");
    let entries: Vec<_> = store
        .audit_entries(0, 1000)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.entry.action == AuditAction::QuizGrade)
        .collect();
    assert_eq!(entries.len(), 2, "each grading is an audit entry");
    assert_eq!(entries[0].entry.record_id, north.to_string());
    let changes: serde_json::Value = serde_json::from_str(&entries[1].entry.changes).unwrap();
    assert_eq!(changes["mark"], serde_json::json!([50.0, 30.5]), "{changes}");
    assert_eq!(changes["result"], "failed");
    server.stop().await;
}

/// A course `an` (judges, one lesson) whose quiz has a true/false question
/// titled like a spreadsheet formula and a multiple-choice question.
fn analysis_course(dir: &std::path::Path) {
    crate::learning::course(dir, "an", "Analysis course", "judge", false, 1.0, &["only"]);
    tutela_tests::write(
        dir,
        "an/quiz.toml",
        "pass_mark = 70\nattempts = 0\nwait_minutes = 0\nshuffle = false\nreview = \"feedback\"\n\
         \n[[draw]]\ncategory = \"all\"\ncount = 2\n",
    );
    tutela_tests::write(
        dir,
        "an/questions.gift",
        "$CATEGORY: all\n\n::=1+1 sum:: Is the sum two? {T}\n\n// [id:pick]\n::Pick:: Pick one. {=right ~wrong ~other}\n",
    );
}

async fn item_analysis_is_computed_from_final_attempts_and_its_csv_is_formula_safe(backend: Backend) {
    let Some((db, store, clock, dir, _)) = setup(backend, JANUARY_2026).await else { return };
    analysis_course(dir.path());
    crate::attempts::import(&store, dir.path()).await;
    let mut other = tutela_server::demo::institution();
    other.slug = "other-institute".into();
    other.name = "Another institute".into();
    store.ensure_demo(&DemoInstitution { ..other }, "test").await.unwrap();
    account(&store, "demo-academy", "AUTHOR", "social-worker", "hq", Some((Role::Author, Some("hq")))).await;
    account(&store, "demo-academy", "ADMIN", "social-worker", "hq", Some((Role::Admin, None))).await;
    account(&store, "demo-academy", "HR", "social-worker", "north", Some((Role::Hr, Some("north")))).await;
    // (true/false mark, multiple-choice mark): by hand, each item's
    // facility is 3/5 = 0.6 and its correlation with the other 0.2 / 1.2.
    // Another institution's learner (1, 1) makes it 4/6 and 2/8 = 0.25
    // for a deployment administrator; a pending attempt never counts.
    let data: [(&str, &str, i64, i64); 7] = [
        ("demo-academy", "A-1", 1, 1),
        ("demo-academy", "A-2", 1, 0),
        ("demo-academy", "A-3", 0, 1),
        ("demo-academy", "A-4", 1, 1),
        ("demo-academy", "A-5", 0, 0),
        ("other-institute", "B-1", 1, 1),
        ("demo-academy", "P-1", 1, 1),
    ];
    for (institution, staff, tf, mc) in data {
        let person = account(&store, institution, staff, "judge", "north-court", None).await;
        let enrolment = store.enrol_self(person, "an", "test").await.unwrap().id();
        let mut slots =
            vec![slot("truefalse", Some(tf * FULL), Some(1 - tf)), slot("multichoice", Some(mc * FULL), Some(1 - mc))];
        if staff == "P-1" {
            slots[1].mark = None;
        }
        write_attempt(&db, "an", enrolment, 1, &slots, false).await;
    }
    let auth = tutela_server::auth::AuthConfig { clock, attempts_per_minute: 1000, ..Default::default() };
    let server = TestServer::serve_with(db, store, auth).await;

    let (author, _) = signed_in(&server, "AUTHOR").await;
    let index = author.get("/quiz/analysis").await;
    assert!(index.body.contains(r#"href="/quiz/analysis/an""#), "{}", index.body);
    assert!(!index.body.contains(r#"href="/quiz/analysis/alpha""#), "a course without a quiz is not offered");
    assert!(index.body.contains(r#"href="/quiz/analysis""#), "the Manage menu links the analysis");
    let page = author.get("/quiz/analysis/an").await;
    assert_eq!(page.status, 200, "{}", page.body);
    let words = page.words().replace("<!>", "");
    assert!(words.contains("=1+1 sum") && words.contains("pick"), "{words}");
    assert!(words.contains("<td>0.6</td>") && words.contains("<td>0.17</td>"), "{words}");
    assert!(words.contains("Low discrimination"), "a discrimination below 0.2 is flagged");
    assert!(words.contains("right: 3") && words.contains("wrong: 2") && words.contains("other: 0"), "{words}");
    assert!(words.contains("True: 3") && words.contains("False: 2"), "{words}");
    let csv = author.get("/quiz/analysis/an.csv").await;
    assert_eq!(csv.status, 200);
    assert!(csv.body.contains("'=1+1 sum"), "a formula-like title is neutralised: {}", csv.body);
    assert!(!csv.body.lines().any(|line| line.starts_with("1,=") || line.contains(",=1+1")), "{}", csv.body);
    assert!(csv.body.contains(",5,0.600,0.167,"), "{}", csv.body);

    let (admin, _) = signed_in(&server, "ADMIN").await;
    let csv = admin.get("/quiz/analysis/an.csv").await;
    assert!(csv.body.contains(",6,0.667,0.250,"), "every institution for a deployment administrator: {}", csv.body);
    let words = admin.get("/quiz/analysis/an").await.words().replace("<!>", "");
    assert!(words.contains("Attempts by learners of every institution") && words.contains("<td>0.67</td>"), "{words}");
    assert!(!words.contains("Low discrimination"), "{words}");

    let (hr, _) = signed_in(&server, "HR").await;
    assert_eq!(hr.get("/quiz/analysis/an").await.status, 403);
    assert_eq!(hr.get("/quiz/analysis/an.csv").await.status, 403);
    assert_eq!(author.get("/quiz/analysis/alpha").await.status, 404, "a course without a quiz");
    server.stop().await;
}
