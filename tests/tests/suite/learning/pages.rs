//! Learning's pages and forms over HTTP (both backends, the manual clock):
//! a learner signs in to their home, enrols, reads to the end with the
//! mark beside each lesson and finds the course on their transcript; the
//! forms refuse someone else's enrolment (404), a missing token and the
//! wrong cadre; the transcript's CSV is formula-safe and in the caller's
//! language.

use super::{JANUARY_2026, courses, import};
use tutela_app::ids::PersonId;
use tutela_server::auth::AuthConfig;
use tutela_server::clock::Clock;
use tutela_tests::{Backend, TestDb, TestServer, Visitor, on_both_backends};

on_both_backends!(
    a_learner_enrols_reads_to_the_end_and_finds_the_course_on_their_transcript,
    the_forms_act_only_on_the_caller_s_own_enrolments_and_need_their_token,
    the_transcript_csv_is_formula_safe_and_in_the_caller_s_language,
    a_reader_s_marks_are_believed_for_two_seconds_and_their_own_forms_show_at_once,
);

const PASSWORD: &str = "learning test passphrase";

/// A server over the small curriculum, on a manual clock, with a
/// prosecutor (P-100) and a judge (J-100) who can sign in.
async fn server(backend: Backend) -> Option<(TestServer, Clock, tempfile::TempDir, PersonId, PersonId)> {
    let db = TestDb::create(backend).await?;
    let clock = Clock::manual(JANUARY_2026);
    let store = db.store_at(clock.clone()).await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    courses(dir.path());
    import(&store, dir.path()).await;
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    let prosecutor = super::person(&store, "P-100", "prosecutor", "north", "2024-03-01").await;
    store.create_account(prosecutor, Some(&hash), "test").await.unwrap();
    let judge = super::person(&store, "J-100", "judge", "north-court", "2025-09-01").await;
    store.create_account(judge, Some(&hash), "test").await.unwrap();
    let auth = AuthConfig { clock: clock.clone(), ..AuthConfig::default() };
    Some((TestServer::serve_with(db, store, auth).await, clock, dir, prosecutor, judge))
}

async fn signed_in(server: &TestServer, login: &str) -> Visitor {
    let visitor = Visitor::new(server);
    let reply = visitor.sign_in(login, PASSWORD).await;
    assert_eq!((reply.status, reply.header("location")), (303, Some("/learn")), "the learner's home after sign-in");
    visitor
}

/// The value of the hidden field `name` in the first form that has one.
fn field(body: &str, name: &str) -> String {
    let marker = format!(r#"name="{name}" value=""#);
    let start = body.find(&marker).unwrap_or_else(|| panic!("no {name} field in:\n{body}")) + marker.len();
    body[start..].split('"').next().unwrap_or_default().to_string()
}

async fn a_learner_enrols_reads_to_the_end_and_finds_the_course_on_their_transcript(backend: Backend) {
    let Some((server, _clock, _dir, _, _)) = server(backend).await else { return };
    let learner = signed_in(&server, "P-100").await;
    let home = learner.get("/learn").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains(r#"href="/learn">My learning</a>"#), "the header's link");
    assert!(home.body.contains("Nothing is assigned to you with a due date."), "empty states are worded");
    assert!(home.words().contains("Alpha course"), "alpha is recommended to a prosecutor");
    assert!(!home.words().contains("Beta course"), "beta is for judges");

    let outline = learner.get("/courses/alpha").await;
    assert!(outline.body.contains(r#"action="/learn/enrol""#), "{}", outline.body);
    let csrf = outline.csrf();
    let enrolled = learner.post("/learn/enrol", &[("csrf", &csrf), ("course", "alpha")]).await;
    assert_eq!((enrolled.status, enrolled.header("location")), (303, Some("/courses/alpha/one")));
    // Enrolling again changes nothing and goes to the same place.
    let again = learner.post("/learn/enrol", &[("csrf", &csrf), ("course", "alpha")]).await;
    assert_eq!(again.header("location"), Some("/courses/alpha/one"));

    // Each lesson: the mark beside the header, a plain form.
    let mut path = "/courses/alpha/one".to_string();
    for (lesson, next) in [("one", "/courses/alpha/two"), ("two", "/courses/alpha/three")] {
        let page = learner.get(&path).await;
        assert_eq!(page.status, 200);
        let mark = page.body.find(r#"class="lesson-mark""#).unwrap_or_else(|| panic!("no mark:\n{}", page.body));
        assert!(mark < page.body.find("<main").unwrap(), "beside the header, outside the kept frame");
        assert!(page.body.contains("Mark as read and continue"));
        // The same button after the article, before the pager, with the reader's token.
        let end = page.body.find(r#"class="lesson-mark-end""#).unwrap_or_else(|| panic!("no end:\n{}", page.body));
        assert!(page.body.find("</article>").unwrap() < end && end < page.body.find(r#"class="pager""#).unwrap());
        let forms = page.body.matches(r#"action="/learn/read""#).count();
        assert_eq!(forms, 2, "beside the header and after the article");
        assert!(page.body[end..].contains(&format!(r#"name="csrf" value="{csrf}""#)), "the reader's token");
        let enrolment = field(&page.body, "enrolment");
        let read = learner.post("/learn/read", &[("csrf", &csrf), ("enrolment", &enrolment), ("lesson", lesson)]).await;
        assert_eq!((read.status, read.header("location")), (303, Some(next)), "after {lesson}");
        path = next.to_string();
    }
    // The kept frame of a lesson read before holds no mark; the reader's page shows it read.
    let anonymous = server.get("/courses/alpha/one").await.1;
    assert!(!anonymous.contains("lesson-mark"), "the frame the caches keep has no reader's part");
    assert!(anonymous.contains(r#"<div id="end-slot"></div>"#), "only the empty slot");
    let again = learner.get("/courses/alpha/one").await;
    assert!(again.body.contains("You have read this lesson.") && again.body.contains("2 of 3 lessons read (66 %)"));
    let home = learner.get("/learn").await;
    assert!(home.words().contains("2 of 3 lessons read"), "the home shows progress");
    assert!(home.body.contains(r#"href="/courses/alpha/three""#), "continue = the first unread lesson");
    let outline = learner.get("/courses/alpha").await;
    assert!(outline.body.contains("Continue where you left off") && outline.body.contains("not read"));

    let page = learner.get("/courses/alpha/three").await;
    let enrolment = field(&page.body, "enrolment");
    let done = learner.post("/learn/read", &[("csrf", &csrf), ("enrolment", &enrolment), ("lesson", "three")]).await;
    let to = done.header("location").unwrap().to_string();
    assert!(to.starts_with("/courses/alpha?completed=1"), "{to}");
    let outline = learner.get(&to).await;
    assert!(outline.body.contains("Course complete: it is on your transcript."));
    assert!(learner.get("/courses/alpha/three").await.body.find("lesson-mark").is_none(), "no mark once complete");

    let transcript = learner.get("/learn/transcript").await;
    assert_eq!(transcript.status, 200);
    let words = transcript.words();
    assert!(words.contains("Alpha course") && words.contains("15 January 2026"), "{words}");
    assert!(words.contains("2 hours"), "CPD hours");
    assert!(transcript.body.contains(r#"href="/learn/transcript.csv""#));
    let home = learner.get("/learn").await;
    assert!(home.words().contains("Completed on 15 January 2026"), "completed recently");
    server.stop().await;
}

async fn the_forms_act_only_on_the_caller_s_own_enrolments_and_need_their_token(backend: Backend) {
    let Some((server, _clock, _dir, prosecutor, _)) = server(backend).await else { return };
    let owner = signed_in(&server, "P-100").await;
    let csrf = owner.get("/learn").await.csrf();
    owner.post("/learn/enrol", &[("csrf", &csrf), ("course", "alpha")]).await;
    let enrolment = field(&owner.get("/courses/alpha/one").await.body, "enrolment");

    let other = signed_in(&server, "J-100").await;
    let their_csrf = other.get("/learn").await.csrf();
    for (action, fields) in [
        ("/learn/read", vec![("enrolment", enrolment.as_str()), ("lesson", "one")]),
        ("/learn/switch", vec![("enrolment", enrolment.as_str())]),
        ("/learn/read", vec![("enrolment", "not-a-number"), ("lesson", "one")]),
        ("/learn/read", vec![("enrolment", "999999"), ("lesson", "one")]),
    ] {
        let mut form = vec![("csrf", their_csrf.as_str())];
        form.extend(fields.iter().copied());
        let reply = other.post(action, &form).await;
        assert_eq!(reply.status, 404, "{action} {fields:?}: someone else's or no enrolment is not found");
    }
    // The wrong cadre: refused with words; an unknown course: not found.
    let refused = other.post("/learn/enrol", &[("csrf", &their_csrf), ("course", "alpha")]).await;
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains("this course is for other cadres"));
    let unknown = other.post("/learn/enrol", &[("csrf", &their_csrf), ("course", "nowhere")]).await;
    assert_eq!(unknown.status, 404);
    let long = "a".repeat(5_000);
    assert_eq!(other.post("/learn/enrol", &[("csrf", &their_csrf), ("course", &long)]).await.status, 404);

    // Every form needs the caller's own token.
    for (action, fields) in [
        ("/learn/enrol", vec![("course", "alpha")]),
        ("/learn/read", vec![("enrolment", enrolment.as_str()), ("lesson", "one")]),
        ("/learn/switch", vec![("enrolment", enrolment.as_str())]),
    ] {
        let mut form = vec![("csrf", their_csrf.as_str())];
        form.extend(fields.iter().copied());
        assert_eq!(owner.post(action, &form).await.status, 403, "{action} with another session's token");
        assert_eq!(owner.post(action, &fields).await.status, 403, "{action} without a token");
        let anonymous = Visitor::new(&server);
        let reply = anonymous.post(action, &fields).await;
        assert!(reply.status == 303 && reply.header("location").unwrap().starts_with("/sign-in"), "{action}");
    }
    // Nothing was recorded by any of it.
    let mine = server.store.person_enrolments(prosecutor).await.unwrap();
    assert_eq!((mine.len(), mine[0].lessons_read), (1, 0));
    server.stop().await;
}

async fn the_transcript_csv_is_formula_safe_and_in_the_caller_s_language(backend: Backend) {
    let Some((server, _clock, _dir, _, _)) = server(backend).await else { return };
    let judge = signed_in(&server, "J-100").await;
    let csrf = judge.get("/learn").await.csrf();
    let enrolled = judge.post("/learn/enrol", &[("csrf", &csrf), ("course", "formula")]).await;
    assert_eq!(enrolled.header("location"), Some("/courses/formula/sum"));
    let enrolment = field(&judge.get("/courses/formula/sum").await.body, "enrolment");
    judge.post("/learn/read", &[("csrf", &csrf), ("enrolment", &enrolment), ("lesson", "sum")]).await;

    let csv = judge.get("/learn/transcript.csv").await;
    assert_eq!(csv.status, 200);
    assert_eq!(csv.header("content-type"), Some("text/csv; charset=utf-8"));
    let mut lines = csv.body.lines();
    assert_eq!(lines.next(), Some("Course,Completed on,Version,CPD hours"));
    let row = lines.next().unwrap();
    assert!(row.starts_with(r#""'=HYPERLINK("#), "a spreadsheet shows the title, never runs it: {row}");
    assert!(row.ends_with(",2026-01-15,1,1"), "{row}");
    let page = judge.get("/learn/transcript").await;
    assert!(
        page.body.contains(r#"<bdi>=HYPERLINK("http://x.example","pay")</bdi>"#),
        "text in the page: {}",
        page.body
    );

    judge.set_cookie("tutela_lang", Some("fr"));
    let french = judge.get("/learn/transcript.csv").await;
    assert!(french.body.starts_with("Cours,Terminé le,Version,"), "{}", french.body);
    server.stop().await;
}

async fn a_reader_s_marks_are_believed_for_two_seconds_and_their_own_forms_show_at_once(backend: Backend) {
    let Some((server, clock, _dir, _, judge)) = server(backend).await else { return };
    let reader = signed_in(&server, "J-100").await;
    let csrf = reader.get("/learn").await.csrf();
    reader.post("/learn/enrol", &[("csrf", &csrf), ("course", "beta")]).await;
    let page = reader.get("/courses/beta/first").await;
    assert!(page.body.contains("0 of 2 lessons read"), "{}", page.body);
    // A read recorded through another instance (here, the store itself).
    let enrolment = field(&page.body, "enrolment").parse().unwrap();
    server.store.mark_read(judge, enrolment, "second", "elsewhere").await.unwrap();
    assert!(reader.get("/courses/beta/first").await.body.contains("0 of 2 lessons read"), "believed for 2 s");
    clock.advance(2);
    assert!(reader.get("/courses/beta/first").await.body.contains("1 of 2 lessons read"), "read again after 2 s");
    // The reader's own form shows at once, and completes the course.
    let enrolment = enrolment.to_string();
    let done = reader.post("/learn/read", &[("csrf", &csrf), ("enrolment", &enrolment), ("lesson", "first")]).await;
    assert!(done.header("location").unwrap().starts_with("/courses/beta?completed=1"));
    assert!(!reader.get("/courses/beta/first").await.body.contains("lesson-mark"), "no mark once complete");
    server.stop().await;
}
