//! A learner's course in a real Chromium, script on and off: sign in →
//! their home → a recommended course → enrol → the first lesson marked
//! read → back home → "Continue" on the course in progress → the first
//! unread lesson → "Mark as read and continue" (the button after the
//! article) to the end → the outline, not complete (the course ends in a
//! quiz: `quiz.rs` takes one to completion) → the quiz page. Every page
//! passes axe-core at both widths with a clean console.

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
    // To the last lesson with the button after the article: the course
    // ends in a quiz, so the last read leads to the outline, not complete.
    let mut lessons = 1;
    while client.current_url().await.unwrap().path() != "/courses/foundations" {
        assert!(lessons < 20, "the reading never reached the outline");
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
    wait_for_text(&client, ".course-progress a[href='/quiz/foundations']", "The course quiz").await;
    let progress = text_of(&client, ".course-progress").await;
    assert!(!progress.contains("Course complete"), "lessons alone do not complete a course with a quiz: {progress}");
    check(&client, "learn-read-all", javascript).await;
    press(&client, ".course-progress a[href='/quiz/foundations']").await;
    wait_for_text(&client, "main h1", "Course quiz").await;
    check(&client, "quiz-foundations", javascript).await;
    client.goto(&server.url("/learn")).await.unwrap();
    wait_for_text(&client, "#learn-in-progress + ul", "Foundations").await;

    let problems = console_problems(&client).await;
    client.close().await.unwrap();
    server.stop().await;
    Some(problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_reads_a_course_to_its_quiz_with_javascript_on() {
    let Some(problems) = learning_session(true).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_reads_a_course_to_its_quiz_with_javascript_off() {
    let Some(problems) = learning_session(false).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}
