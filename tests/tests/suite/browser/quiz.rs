//! A learner takes a course's quiz in a real Chromium, script on and off:
//! enrol → both lessons read → the quiz page → start → three questions
//! answered → away to their home → back, "Continue your attempt" → the
//! first unanswered question → the rest → check the answers → submit →
//! the result, passed, the course complete → the transcript. Every page
//! passes axe-core at both widths with a clean console.

use fantoccini::Locator;
use tutela_tests::{Backend, TestServer};

use super::{
    browser, check, console_problems, fill, press, sign_in, start_driver, text_of, wait_for_text, wait_for_url,
};
use crate::attempts::{Settings, import, quiz_course};

/// Clicks the label (of an option) whose text is `text`.
async fn choose(client: &fantoccini::Client, text: &str) {
    let labels = client.find_all(Locator::Css(".attempt-option label")).await.unwrap();
    for label in labels {
        if label.text().await.unwrap().trim() == text {
            label.click().await.unwrap();
            return;
        }
    }
    panic!("no option {text}");
}

/// Answers the question showing, rightly, by its marked text.
async fn answer(client: &fantoccini::Client) {
    let question = text_of(client, ".attempt-text").await;
    if question.contains("MC-TEXT") {
        choose(client, "the statutory training body").await;
    } else if question.contains("MA-TEXT") {
        choose(client, "first right").await;
        choose(client, "second right").await;
    } else if question.contains("TF-TEXT") {
        choose(client, "False").await;
    } else if question.contains("SA-TEXT") {
        fill(client, "answer", "Lanzarote").await;
    } else if question.contains("NUM-TEXT") {
        fill(client, "answer", "1822.5").await;
    } else if question.contains("MATCH-TEXT") {
        for pair in client.find_all(Locator::Css(".attempt-pair")).await.unwrap() {
            let item = pair.find(Locator::Css("label")).await.unwrap().text().await.unwrap();
            let select = pair.find(Locator::Css("select")).await.unwrap();
            select.select_by_label(if item.trim() == "cat" { "meow" } else { "woof" }).await.unwrap();
        }
    } else {
        panic!("an unknown question: {question}");
    }
}

/// Answers questions `from..=to` and presses "Save and next" (or, on the
/// last, "Save and check answers").
async fn answer_through(client: &fantoccini::Client, attempt: &str, from: u32, to: u32, javascript: bool) {
    for n in from..=to {
        wait_for_url(client, &format!("{attempt}/{n}")).await;
        wait_for_text(client, "#attempt-question-heading", &format!("Question {n} of 6")).await;
        answer(client).await;
        if n == 1 {
            check(client, "attempt-question", javascript).await;
        }
        let button = if n == 6 { "button[value='review'].button:not(.secondary)" } else { "button[value='next']" };
        press(client, button).await;
    }
}

async fn quiz_session(javascript: bool) -> Option<Vec<String>> {
    let driver = start_driver().await?;
    let server = TestServer::start(Backend::Sqlite).await?;
    let dir = tempfile::tempdir().unwrap();
    quiz_course(dir.path(), &Settings { time_limit_minutes: Some(30), ..Settings::default() });
    import(&server.store, dir.path()).await;
    tutela_tests::add_person(&server.store, "LRN-3", None, Some("learner long phrase")).await;
    let client = browser(&driver, javascript).await;

    sign_in(&client, &server, "LRN-3", "learner long phrase").await;
    client.goto(&server.url("/courses/qz")).await.unwrap();
    press(&client, "form[action='/learn/enrol'] button").await;
    wait_for_url(&client, "/courses/qz/first").await;
    press(&client, "aside.lesson-mark button").await;
    wait_for_url(&client, "/courses/qz/second").await;
    press(&client, "aside.lesson-mark button").await;
    wait_for_url(&client, "/courses/qz").await;
    press(&client, ".course-progress a[href='/quiz/qz']").await;
    wait_for_text(&client, "main h1", "Course quiz").await;
    check(&client, "quiz-page", javascript).await;
    press(&client, "form[action='/quiz/qz'] button").await;
    wait_for_text(&client, "#attempt-question-heading", "Question 1 of 6").await;
    let url = client.current_url().await.unwrap();
    let attempt = url.path().rsplit_once('/').unwrap().0.to_string();
    answer_through(&client, &attempt, 1, 3, javascript).await;

    // Away, and back: the attempt continues at the first unanswered question.
    wait_for_url(&client, &format!("{attempt}/4")).await;
    client.goto(&server.url("/learn")).await.unwrap();
    wait_for_text(&client, "main h1", "My learning").await;
    client.goto(&server.url("/quiz/qz")).await.unwrap();
    press(&client, "main a.button").await;
    answer_through(&client, &attempt, 4, 6, javascript).await;

    wait_for_text(&client, "main h1", "Check your answers").await;
    let summary = text_of(&client, ".attempt-summary").await;
    assert!(!summary.contains("not answered"), "every question answered: {summary}");
    check(&client, "quiz-review", javascript).await;
    press(&client, "form[action$='/submit'] button").await;
    wait_for_text(&client, "main h1", "Quiz result").await;
    let result = text_of(&client, "main").await;
    assert!(result.contains("passed") && result.contains("100 %"), "{result}");
    assert!(result.contains("Course completed on"), "{result}");
    // The answers given stay marked: one choice for multiple choice and
    // true/false, two for multiple answers (each question its own group).
    let checked =
        client.execute("return document.querySelectorAll('main input:checked').length;", vec![]).await.unwrap();
    assert_eq!(checked.as_i64(), Some(4), "every answer chosen shows on the result");
    check(&client, "attempt-result", javascript).await;
    press(&client, "main a[href='/learn/transcript']").await;
    wait_for_text(&client, "main h1", "Transcript").await;
    assert!(text_of(&client, "main").await.contains("Quiz course"));

    let problems = console_problems(&client).await;
    client.close().await.unwrap();
    server.stop().await;
    Some(problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_takes_a_quiz_and_completes_the_course_with_javascript_on() {
    let Some(problems) = quiz_session(true).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_takes_a_quiz_and_completes_the_course_with_javascript_off() {
    let Some(problems) = quiz_session(false).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

/// A bank `account` uploaded for `prosecuting-online-abuse`: the shipped
/// bank and one question more, whose Markdown its preview renders.
pub(super) async fn uploaded_bank(
    store: &tutela_app::store::SharedStore,
    account: tutela_app::ids::AccountId,
) -> tutela_app::ids::UploadId {
    let bank = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/prosecuting-online-abuse/questions.gift"),
    )
    .unwrap();
    let upload = tutela_app::store::NewBankUpload {
        course_slug: "prosecuting-online-abuse".into(),
        based_on: store.course("prosecuting-online-abuse").await.unwrap().unwrap().version_no,
        account_id: account,
        file_name: "bank.gift".into(),
        content: format!(
            "{bank}\n\n::Added::[markdown]A **new** question, with [a source](https://example.org). {{TRUE####Why.}}\n"
        )
        .into_bytes(),
    };
    store.save_bank_upload(&upload).await.unwrap()
}
