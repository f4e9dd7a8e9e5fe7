//! A learner's whole course in a real Chromium, script on and off: sign
//! in → their home → a recommended course → enrol → the first lesson
//! marked read → back home → "Continue" on the course in progress → the
//! first unread lesson → "Mark as read and continue" (the button after the
//! article) to the end → "course complete" → the transcript. Every page
//! passes axe-core at both widths with a clean console.

use fantoccini::Locator;
use tutela_tests::{Backend, TestServer};

use super::{browser, check, console_problems, press, sign_in, start_driver, text_of, wait_for_text, wait_for_url};

async fn learning_session(javascript: bool) -> Option<Vec<String>> {
    let driver = start_driver().await?;
    let server = TestServer::start(Backend::Sqlite).await?;
    tutela_tests::add_person(&server.store, "LRN-2", None, Some("learner long phrase")).await;
    let client = browser(&driver, javascript).await;

    sign_in(&client, &server, "LRN-2", "learner long phrase").await;
    wait_for_text(&client, "main h1", "My learning").await;
    check(&client, "learn-home", javascript).await;
    press(&client, "#learn-recommended + ul a[href='/courses/foundations']").await;
    wait_for_url(&client, "/courses/foundations").await;
    check(&client, "learn-outline", javascript).await;
    press(&client, "form[action='/learn/enrol'] button").await;
    wait_for_url(&client, "/courses/foundations/what-is-csea").await;
    text_of(&client, "aside.lesson-mark button").await;
    check(&client, "learn-lesson", javascript).await;
    press(&client, "aside.lesson-mark button").await;
    wait_for_url(&client, "/courses/foundations/model-national-response").await;

    // Home again: the course is in progress, and "Continue" goes to the first unread lesson.
    client.goto(&server.url("/learn")).await.unwrap();
    wait_for_text(&client, "#learn-in-progress + ul", "Foundations").await;
    wait_for_text(&client, "#learn-in-progress + ul a.button", "Continue").await;
    check(&client, "learn-home-in-progress", javascript).await;
    press(&client, "#learn-in-progress + ul a.button").await;
    wait_for_url(&client, "/courses/foundations/model-national-response").await;
    let mut lessons = 1;
    while !client.current_url().await.unwrap().as_str().contains("completed=1") {
        assert!(lessons < 20, "the course never completed");
        let before = client.current_url().await.unwrap();
        press(&client, ".lesson-mark-end button").await;
        for _ in 0..100 {
            if client.current_url().await.unwrap() != before {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        lessons += 1;
    }
    wait_for_text(&client, ".course-progress", "Course complete").await;
    check(&client, "learn-complete", javascript).await;
    press(&client, ".course-progress a[href='/learn/transcript']").await;
    wait_for_text(&client, "main h1", "Transcript").await;
    let table = text_of(&client, "main").await;
    assert!(table.contains("Foundations"), "the course is on the transcript: {table}");
    check(&client, "learn-transcript", javascript).await;
    client.goto(&server.url("/learn")).await.unwrap();
    wait_for_text(&client, "#learn-completed + ul", "Foundations").await;
    assert!(client.find(Locator::Css("#learn-in-progress + p.empty")).await.is_ok(), "nothing left in progress");

    let problems = console_problems(&client).await;
    client.close().await.unwrap();
    server.stop().await;
    Some(problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_completes_a_course_and_finds_it_on_their_transcript_with_javascript_on() {
    let Some(problems) = learning_session(true).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_completes_a_course_and_finds_it_on_their_transcript_with_javascript_off() {
    let Some(problems) = learning_session(false).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}
