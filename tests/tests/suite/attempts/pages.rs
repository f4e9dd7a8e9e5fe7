//! Quiz attempts over HTTP (both backends, the manual clock): a judge
//! enrols, reads, starts the quiz, answers with plain forms (leaving and
//! coming back), reviews, submits and finds the course complete; every
//! response until the submission is searched for the answer key; nobody
//! else reaches the attempt, and a form needs its token.

use super::{KEY, Settings, import, quiz_course};
use crate::learning::{JANUARY_2026, courses, person};
use tutela_server::auth::AuthConfig;
use tutela_server::clock::Clock;
use tutela_tests::{Backend, Reply, TestDb, TestServer, Visitor, on_both_backends};

on_both_backends!(
    a_judge_takes_the_quiz_with_plain_forms_and_no_response_holds_the_key_before_submitting,
    nobody_else_reaches_an_attempt_and_its_forms_need_their_token,
    the_right_answers_are_shown_only_once_no_attempt_can_follow,
);

const PASSWORD: &str = "quiz attempts passphrase";

/// A server over the small curriculum and `qz`, with two judges who can
/// sign in (J-100 and J-200).
async fn server(backend: Backend, settings: Settings) -> Option<(TestServer, Clock, tempfile::TempDir)> {
    let db = TestDb::create(backend).await?;
    let clock = Clock::manual(JANUARY_2026);
    let store = db.store_at(clock.clone()).await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    courses(dir.path());
    quiz_course(dir.path(), &settings);
    import(&store, dir.path()).await;
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    for staff in ["J-100", "J-200"] {
        let judge = person(&store, staff, "judge", "north-court", "2025-09-01").await;
        store.create_account(judge, Some(&hash), "test").await.unwrap();
    }
    let auth = AuthConfig { clock: clock.clone(), ..AuthConfig::default() };
    Some((TestServer::serve_with(db, store, auth).await, clock, dir))
}

async fn signed_in(server: &TestServer, login: &str) -> Visitor {
    let visitor = Visitor::new(server);
    assert_eq!(visitor.sign_in(login, PASSWORD).await.status, 303);
    visitor
}

/// The options of a question page: (token, label text without tags).
fn options(body: &str) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for piece in body.split(r#"id="option-"#).skip(1) {
        let token = piece.split('"').next().unwrap().to_string();
        let label = format!(r#"<label for="option-{token}">"#);
        let start = body.find(&label).map(|at| at + label.len()).unwrap_or_else(|| panic!("no label for {token}"));
        let text = &body[start..start + body[start..].find("</label>").unwrap()];
        found.push((token, strip(text)));
    }
    found
}

/// (name or token, text) pairs read from a page.
type Named = Vec<(String, String)>;

/// A matching question's drop-downs: (name, item text) and its answers (token, text).
fn pairs(body: &str) -> (Named, Named) {
    let mut items = Vec::new();
    for piece in body.split(r#"<select id=""#).skip(1) {
        let name = piece.split('"').next().unwrap().to_string();
        let label = format!(r#"<label for="{name}">"#);
        let start = body.find(&label).unwrap() + label.len();
        items.push((name, strip(&body[start..start + body[start..].find("</label>").unwrap()])));
    }
    let first = body.split(r#"<select id=""#).nth(1).unwrap();
    let first = &first[..first.find("</select>").unwrap()];
    let answers = first
        .split(r#"<option value=""#)
        .skip(2)
        .map(|piece| {
            let token = piece.split('"').next().unwrap().to_string();
            let text = &piece[piece.find('>').unwrap() + 1..piece.find("</option>").unwrap()];
            (token, text.to_string())
        })
        .collect();
    (items, answers)
}

fn strip(html: &str) -> String {
    let mut text = String::new();
    let mut inside = false;
    for c in html.chars() {
        match c {
            '<' => inside = true,
            '>' => inside = false,
            c if !inside => text.push(c),
            _ => {}
        }
    }
    text.trim().to_string()
}

/// The right answer's fields on a question page, found by the question's
/// marked text.
fn right_fields(body: &str) -> Vec<(String, String)> {
    let pick = |texts: &[&str]| -> Vec<(String, String)> {
        options(body)
            .into_iter()
            .filter(|(_, label)| texts.contains(&label.as_str()))
            .map(|(token, _)| ("answer".to_string(), token))
            .collect()
    };
    if body.contains("MC-TEXT") {
        pick(&["the statutory training body"])
    } else if body.contains("MA-TEXT") {
        pick(&["first right", "second right"])
    } else if body.contains("TF-TEXT") {
        pick(&["False"])
    } else if body.contains("SA-TEXT") {
        vec![("answer".into(), "Lanzarote".into())]
    } else if body.contains("NUM-TEXT") {
        vec![("answer".into(), "1822.5".into())]
    } else if body.contains("MATCH-TEXT") {
        let (items, answers) = pairs(body);
        let token = |text: &str| answers.iter().find(|(_, t)| t == text).unwrap().0.clone();
        items.into_iter().map(|(name, item)| (name, token(if item == "cat" { "meow" } else { "woof" }))).collect()
    } else {
        panic!("an unknown question:\n{body}")
    }
}

/// `reply`'s body and its redirect, for the key search.
fn seen(reply: &Reply) -> String {
    format!("{} {}", reply.header("location").unwrap_or_default(), reply.body)
}

async fn a_judge_takes_the_quiz_with_plain_forms_and_no_response_holds_the_key_before_submitting(backend: Backend) {
    let settings = Settings { time_limit_minutes: Some(30), ..Settings::default() };
    let Some((server, clock, _dir)) = server(backend, settings).await else { return };
    let judge = signed_in(&server, "J-100").await;
    let mut responses = Vec::new();

    // Enrol and read every lesson.
    let outline = judge.get("/courses/qz").await;
    let csrf = outline.csrf();
    judge.post("/learn/enrol", &[("csrf", &csrf), ("course", "qz")]).await;
    for lesson in ["first", "second"] {
        let page = judge.get(&format!("/courses/qz/{lesson}")).await;
        let enrolment = page.body.split(r#"name="enrolment" value=""#).nth(1).unwrap().split('"').next().unwrap();
        let enrolment = enrolment.to_string();
        judge.post("/learn/read", &[("csrf", &csrf), ("enrolment", &enrolment), ("lesson", lesson)]).await;
    }
    let outline = judge.get("/courses/qz").await;
    assert!(outline.body.contains(r#"href="/quiz/qz""#), "the outline leads to the quiz:\n{}", outline.body);
    assert!(!outline.body.contains("Course completed"), "not complete without the quiz");

    // The quiz page: its rules and the start button.
    let quiz = judge.get("/quiz/qz").await;
    assert_eq!(quiz.status, 200);
    assert!(quiz.words().contains("6 questions") && quiz.words().contains("Pass mark: 70 %"), "{}", quiz.body);
    assert!(quiz.words().contains("Time limit: 30 minutes"));
    responses.push(seen(&quiz));
    let started = judge.post("/quiz/qz", &[("csrf", &csrf)]).await;
    assert_eq!(started.status, 303);
    let attempt = started.header("location").unwrap().to_string();
    assert!(attempt.starts_with("/quiz/attempts/"), "{attempt}");
    responses.push(seen(&started));
    let first = judge.get(&attempt).await;
    assert_eq!((first.status, first.header("location")), (303, Some(format!("{attempt}/1").as_str())));

    // Answer the first three, leave, come back: the answers are there.
    for n in 1..=3 {
        let page = judge.get(&format!("{attempt}/{n}")).await;
        assert_eq!(page.status, 200, "{}", page.body);
        assert!(page.words().contains(&format!("Question {n} of 6")));
        responses.push(seen(&page));
        let mut form: Vec<(String, String)> = vec![("csrf".into(), csrf.clone()), ("go".into(), "next".into())];
        form.extend(right_fields(&page.body));
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let saved = judge.post(&format!("{attempt}/{n}"), &form).await;
        assert_eq!((saved.status, saved.header("location")), (303, Some(format!("{attempt}/{}", n + 1).as_str())));
        responses.push(seen(&saved));
    }
    let away = judge.get("/learn").await;
    responses.push(seen(&away));
    let back = judge.post("/quiz/qz", &[("csrf", &csrf)]).await;
    assert_eq!(back.header("location"), Some(attempt.as_str()), "the open attempt, not a new one");
    let resumed = judge.get(&attempt).await;
    assert_eq!(resumed.header("location"), Some(format!("{attempt}/4").as_str()), "the first unanswered");
    let again = judge.get(&format!("{attempt}/1")).await;
    let saved = ["checked", r#"value="Lanzarote""#, r#"value="1822.5""#, "selected"];
    assert!(saved.iter().any(|s| again.body.contains(s)), "the saved answer is shown:\n{}", again.body);
    responses.push(seen(&again));

    // The review lists what is unanswered; then answer the rest.
    let review = judge.get(&format!("{attempt}/review")).await;
    assert!(review.words().contains("3 questions are not answered."), "{}", review.body);
    responses.push(seen(&review));
    for n in 4..=6 {
        let page = judge.get(&format!("{attempt}/{n}")).await;
        responses.push(seen(&page));
        let go = if n == 6 { "review" } else { "next" };
        let mut form: Vec<(String, String)> = vec![("csrf".into(), csrf.clone()), ("go".into(), go.into())];
        form.extend(right_fields(&page.body));
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        let saved = judge.post(&format!("{attempt}/{n}"), &form).await;
        responses.push(seen(&saved));
    }
    let review = judge.get(&format!("{attempt}/review")).await;
    assert!(!review.words().contains("not answered."), "all answered:\n{}", review.body);
    responses.push(seen(&review));
    // An unknown question and a form for a question out of range.
    let missing = judge.get(&format!("{attempt}/7")).await;
    assert_eq!(missing.status, 404);
    responses.push(seen(&missing));

    // No response so far holds any part of the key.
    for response in &responses {
        for key in KEY {
            assert!(!response.contains(key), "`{key}` reached the learner before submitting:\n{response}");
        }
    }

    // Submit (twice: a double click), then the result.
    clock.advance(60);
    let submit = format!("{attempt}/submit");
    let done = judge.post(&submit, &[("csrf", &csrf)]).await;
    assert_eq!((done.status, done.header("location")), (303, Some(attempt.as_str())));
    let twice = judge.post(&submit, &[("csrf", &csrf)]).await;
    assert_eq!(twice.header("location"), Some(attempt.as_str()));
    let result = judge.get(&attempt).await;
    assert_eq!(result.status, 200);
    let words = result.words();
    assert!(words.contains("passed") && words.contains("Your score: 100 %"), "{}", result.body);
    assert!(words.contains("Course completed on"), "the pass completed the course");
    assert!(words.contains("FEEDBACK-MC-RIGHT") && words.contains("GENERAL-MC"), "review \"feedback\" shows it");
    // The attempt's pages now lead to the result; its forms change nothing.
    let question = judge.get(&format!("{attempt}/2")).await;
    assert_eq!(question.header("location"), Some(attempt.as_str()));
    let late = judge.post(&format!("{attempt}/2"), &[("csrf", &csrf), ("answer", "x"), ("go", "next")]).await;
    assert_eq!(late.header("location"), Some(attempt.as_str()));
    let transcript = judge.get("/learn/transcript").await;
    assert!(transcript.words().contains("Quiz course"));
}

async fn nobody_else_reaches_an_attempt_and_its_forms_need_their_token(backend: Backend) {
    let Some((server, _clock, _dir)) = server(backend, Settings::default()).await else { return };
    let judge = signed_in(&server, "J-100").await;
    let csrf = judge.get("/courses/qz").await.csrf();
    judge.post("/learn/enrol", &[("csrf", &csrf), ("course", "qz")]).await;
    let attempt = judge.post("/quiz/qz", &[("csrf", &csrf)]).await.header("location").unwrap().to_string();

    let other = signed_in(&server, "J-200").await;
    let their_csrf = other.get("/learn").await.csrf();
    for path in [attempt.clone(), format!("{attempt}/1"), format!("{attempt}/review")] {
        assert_eq!(other.get(&path).await.status, 404, "{path}");
    }
    let save = other.post(&format!("{attempt}/1"), &[("csrf", &their_csrf), ("answer", "x"), ("go", "next")]).await;
    assert_eq!(save.status, 404);
    let submit = other.post(&format!("{attempt}/submit"), &[("csrf", &their_csrf)]).await;
    assert_eq!(submit.status, 404);
    // Not enrolled: the quiz page says so, and starting goes back to it.
    let page = other.get("/quiz/qz").await;
    assert!(page.words().contains("Enrol in the course to take its quiz."), "{}", page.body);
    let start = other.post("/quiz/qz", &[("csrf", &their_csrf)]).await;
    assert_eq!(start.header("location"), Some("/quiz/qz"));

    // The owner's forms without their token, or from another site.
    let no_token = judge.post(&format!("{attempt}/submit"), &[]).await;
    assert_eq!(no_token.status, 403);
    let foreign = judge.post_from(&format!("{attempt}/submit"), &[("csrf", &csrf)], Some("https://evil.example")).await;
    assert_eq!(foreign.status, 403);
    assert_eq!(judge.get(&attempt).await.header("location"), Some(format!("{attempt}/1").as_str()), "still open");
    // Anonymous: to the sign-in page.
    let (status, _) = server.get(&format!("{attempt}/1")).await;
    assert_eq!(status, 303);
    // No such course or no quiz: 404.
    assert_eq!(judge.get("/quiz/alpha").await.status, 404, "a course without a quiz");
    assert_eq!(judge.get("/quiz/nothing").await.status, 404);
}

async fn the_right_answers_are_shown_only_once_no_attempt_can_follow(backend: Backend) {
    let settings = Settings { attempts: 2, ..Settings::default() };
    let Some((server, _clock, _dir)) = server(backend, settings).await else { return };
    let judge = signed_in(&server, "J-100").await;
    let csrf = judge.get("/courses/qz").await.csrf();
    judge.post("/learn/enrol", &[("csrf", &csrf), ("course", "qz")]).await;
    for number in 1..=2 {
        let attempt = judge.post("/quiz/qz", &[("csrf", &csrf)]).await.header("location").unwrap().to_string();
        // Nothing answered: submitted as it stands, and failed.
        judge.post(&format!("{attempt}/submit"), &[("csrf", &csrf)]).await;
        let result = judge.get(&attempt).await;
        let words = result.words();
        assert!(words.contains("not passed") && words.contains("Wrong"), "which answers were right:\n{words}");
        if number == 1 {
            // Another attempt may follow: no right answer, no feedback.
            for key in KEY.iter().chain(&["The right answer"]) {
                assert!(!result.body.contains(key), "`{key}` shown while an attempt remains");
            }
        } else {
            // None left: the key and the feedback, as the policy says.
            assert!(words.contains("The right answer") && words.contains("GENERAL-MC"), "{words}");
        }
    }
}
