//! A real headless Chromium reads the curriculum, once with JavaScript on
//! (the islands' WebAssembly loads and hydrates, and the console stays
//! clean) and once with it off (every page still works).
//!
//! Every page a test visits is checked as it arrives: axe-core (the npm
//! package, whose `axe.min.js` `TUTELA_AXE_SCRIPT` names) finds no serious
//! or critical accessibility problem in it, at 1280 and at 360 pixels wide,
//! and at 360 pixels the page does not scroll sideways. Every session ends
//! with a console free of problems, Content-Security-Policy violations
//! included.
//!
//! Needs Chromium, ChromeDriver, the browser bundle and axe-core, which
//! `cargo xtask test` provides. Without them these tests say so and pass as
//! skipped, unless `TUTELA_REQUIRE_BROWSER` or `CI=true` is set.

mod languages;
mod learning;
mod quiz;

use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::json;
use tutela_tests::{Backend, TestServer, site_root, strict};

fn required() -> bool {
    strict() || std::env::var_os("TUTELA_REQUIRE_BROWSER").is_some()
}

/// ChromeDriver on a free port, stopped when dropped.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

/// The axe-core script to inject, from the file `TUTELA_AXE_SCRIPT` names.
fn axe_script() -> Result<String, String> {
    let path = std::env::var_os("TUTELA_AXE_SCRIPT")
        .ok_or("TUTELA_AXE_SCRIPT is not set (run `cargo xtask test`, which installs axe-core)")?;
    std::fs::read_to_string(&path).map_err(|err| format!("cannot read axe-core at {}: {err}", path.display()))
}

async fn start_driver() -> Option<Driver> {
    let ready = site_root().join("pkg/tutela_bg.wasm").exists();
    if let Err(problem) = axe_script() {
        if required() {
            panic!("browser tests required but {problem}");
        }
        tutela_tests::say_skipped(&problem);
        return None;
    }
    let port = free_port();
    let child =
        Command::new("chromedriver").arg(format!("--port={port}")).stdout(Stdio::null()).stderr(Stdio::null()).spawn();
    let problem = match (&child, ready) {
        (Err(err), _) => Some(format!("chromedriver could not start ({err})")),
        (_, false) => Some(format!("no browser bundle in {} (run `cargo xtask test`)", site_root().display())),
        _ => None,
    };
    if let Some(problem) = problem {
        if let Ok(mut child) = child {
            let _ = child.kill();
        }
        if required() {
            panic!("browser tests required but {problem}");
        }
        tutela_tests::say_skipped(&problem);
        return None;
    }
    let driver = Driver { child: child.ok()?, url: format!("http://127.0.0.1:{port}") };
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(driver);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("chromedriver did not start listening");
}

async fn browser(driver: &Driver, javascript: bool) -> Client {
    let mut capabilities = serde_json::Map::new();
    let mut prefs = json!({});
    if !javascript {
        prefs = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": "/usr/bin/chromium",
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900"
            ],
            "prefs": prefs,
        }),
    );
    capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&driver.url)
        .await
        .expect("a Chromium session")
}

/// ChromeDriver's log endpoint: the browser console since the last call.
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "type": "browser" }).to_string()))
    }
}

async fn console_problems(client: &Client) -> Vec<String> {
    let entries = client.issue_cmd(BrowserLog).await.expect("browser log");
    entries
        .as_array()
        .into_iter()
        .flatten()
        .filter(|entry| matches!(entry["level"].as_str(), Some("SEVERE") | Some("WARNING")))
        .map(|entry| entry["message"].as_str().unwrap_or_default().to_string())
        .collect()
}

async fn wait_for_url(client: &Client, ends_with: &str) {
    for _ in 0..100 {
        if client.current_url().await.expect("url").as_str().ends_with(ends_with) {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the browser never reached …{ends_with} (at {})", client.current_url().await.unwrap());
}

/// The first element matching `css`, waiting up to 5 s for it.
async fn element(client: &Client, css: &str) -> fantoccini::elements::Element {
    for _ in 0..100 {
        if let Ok(element) = client.find(Locator::Css(css)).await {
            return element;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no {css} at {}", client.current_url().await.unwrap())
}

/// Waits up to 5 s until the element matching `css` holds `needle` (after a
/// submit, the old page may still be showing).
async fn wait_for_text(client: &Client, css: &str, needle: &str) {
    for _ in 0..100 {
        if let Ok(element) = client.find(Locator::Css(css)).await
            && element.text().await.is_ok_and(|text| text.contains(needle))
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{css} never held {needle:?} (at {})", client.current_url().await.unwrap())
}

/// The text of the first element matching `css`, waiting up to 5 s for it
/// to appear (a click that submits a form returns before the next page).
async fn text_of(client: &Client, css: &str) -> String {
    for _ in 0..100 {
        if let Ok(element) = client.find(Locator::Css(css)).await
            && let Ok(text) = element.text().await
        {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("no {css} at {}", client.current_url().await.unwrap())
}

async fn visible_course_links(client: &Client) -> Vec<String> {
    let mut hrefs = Vec::new();
    for link in client.find_all(Locator::Css(".cards .card h3 a")).await.expect("cards") {
        hrefs.push(link.attr("href").await.expect("href").unwrap_or_default());
    }
    hrefs
}

/// Home → prosecutors → filter → course → first lesson → next lesson, then
/// a lesson in French.
async fn read_a_course(client: &Client, server: &TestServer, javascript: bool) {
    client.goto(&server.url("/")).await.expect("open the home page");
    assert_eq!(text_of(client, "h1").await, "Training for the people who protect children");
    check(client, "home", javascript).await;
    client.find(Locator::Css("a[href='/cadres/prosecutor']")).await.expect("prosecutors link").click().await.unwrap();
    wait_for_url(client, "/cadres/prosecutor").await;
    assert_eq!(text_of(client, "main h1").await, "Prosecutors");
    check(client, "cadre", javascript).await;
    let all = visible_course_links(client).await;
    assert!(
        all.contains(&"/courses/foundations".to_string())
            && all.contains(&"/courses/prosecuting-online-abuse".to_string()),
        "{all:?}"
    );

    let filter = client.find(Locator::Id("course-filter")).await.expect("filter box");
    filter.send_keys("mutual legal").await.unwrap();
    if javascript {
        // The island is live: the list narrows as the reader types, without a request.
        let form = client.find(Locator::Css("form.filter")).await.unwrap();
        for _ in 0..100 {
            if form.attr("data-live").await.unwrap().as_deref() == Some("yes")
                && visible_course_links(client).await.len() == 1
            {
                break;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        assert_eq!(form.attr("data-live").await.unwrap().as_deref(), Some("yes"), "the filter island hydrated");
        assert!(client.current_url().await.unwrap().query().is_none(), "filtering did not reload the page");
    } else {
        let form = client.find(Locator::Css("form.filter")).await.unwrap();
        assert_eq!(form.attr("data-live").await.unwrap().as_deref(), Some("no"), "no script ran");
        client.find(Locator::Css("form.filter button")).await.unwrap().click().await.unwrap();
        wait_for_url(client, "/cadres/prosecutor?q=mutual+legal").await;
    }
    assert_eq!(visible_course_links(client).await, vec!["/courses/prosecuting-online-abuse".to_string()]);

    client.find(Locator::Css("a[href='/courses/prosecuting-online-abuse']")).await.unwrap().click().await.unwrap();
    wait_for_url(client, "/courses/prosecuting-online-abuse").await;
    check(client, "course", javascript).await;
    client.find(Locator::LinkText("Start the course")).await.expect("start link").click().await.unwrap();
    let first_title = text_of(client, "article.lesson h1").await;
    assert!(!first_title.is_empty());
    check(client, "lesson", javascript).await;
    let first_url = client.current_url().await.unwrap();
    client.find(Locator::Css("a[rel='next']")).await.expect("next link").click().await.unwrap();
    for _ in 0..100 {
        if client.current_url().await.unwrap() != first_url {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_ne!(client.current_url().await.unwrap(), first_url, "Next went to another lesson");
    assert_ne!(text_of(client, "article.lesson h1").await, first_title);
    client.find(Locator::Css("a[rel='prev']")).await.expect("previous link");

    // The worked translation: Foundations in French, by its "Read in" link.
    open(client, server, "/courses/foundations/what-is-csea", "").await;
    client.find(Locator::LinkText("Français")).await.expect("the French link").click().await.unwrap();
    wait_for_url(client, "/courses/foundations/what-is-csea?lang=fr").await;
    let article = element(client, "article.lesson").await;
    assert_eq!(article.attr("lang").await.unwrap().as_deref(), Some("fr"));
    check(client, "lesson-fr", javascript).await;
}

/// One reading session in a fresh Chromium; returns the console's problems.
async fn reading_session(javascript: bool) -> Option<Vec<String>> {
    let driver = start_driver().await?;
    let server = TestServer::start(Backend::Sqlite).await?;
    let client = browser(&driver, javascript).await;
    read_a_course(&client, &server, javascript).await;
    let problems = console_problems(&client).await;
    client.close().await.unwrap();
    server.stop().await;
    Some(problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_reads_a_course_with_javascript_on() {
    let Some(problems) = reading_session(true).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_learner_reads_a_course_with_javascript_off() {
    let Some(problems) = reading_session(false).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

/// Saves the page as PNG at 1280 and 360 pixels wide into the folder
/// `TUTELA_SCREENSHOTS` names, if set (for looking at pages by eye).
async fn snapshot(client: &Client, name: &str) {
    let Some(dir) = std::env::var_os("TUTELA_SCREENSHOTS") else { return };
    for width in [1280u32, 360] {
        client.set_window_size(width, 1400).await.unwrap();
        let png = client.screenshot().await.unwrap();
        std::fs::write(std::path::Path::new(&dir).join(format!("{name}-{width}.png")), png).unwrap();
    }
    client.set_window_size(1280, 900).await.unwrap();
}

/// The serious and critical findings of axe-core on the page showing.
async fn axe_findings(client: &Client) -> Vec<String> {
    let script = axe_script().expect("axe-core");
    client.execute(&script, vec![]).await.expect("axe-core loads into the page");
    let run = r#"
        const done = arguments[arguments.length - 1];
        axe.run(document, { resultTypes: ["violations"] })
            .then(results => done(results.violations
                .filter(v => v.impact === "serious" || v.impact === "critical")
                .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(" ")).join(", ")}`)))
            .catch(err => done([`axe-core failed: ${err}`]));
    "#;
    let found = client.execute_async(run, vec![]).await.expect("axe-core runs");
    found.as_array().into_iter().flatten().map(|f| f.as_str().unwrap_or_default().to_string()).collect()
}

/// Checks the page showing, named `name`: no serious or critical axe-core
/// finding at 1280 or at 360 pixels wide (with script on), no sideways scrolling of the page
/// at 360; and saves its screenshots (see [`snapshot`]).
async fn check(client: &Client, name: &str, javascript: bool) {
    snapshot(client, name).await;
    // axe-core needs the page's timers, which run only with script on; the
    // pages are the same bytes either way.
    let mut findings = if javascript { axe_findings(client).await } else { Vec::new() };
    client.set_window_size(360, 900).await.unwrap();
    if javascript {
        findings.extend(axe_findings(client).await.into_iter().map(|f| format!("at 360 px: {f}")));
    }
    let overflow = client
        .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth;", vec![])
        .await
        .unwrap();
    client.set_window_size(1280, 900).await.unwrap();
    assert!(findings.is_empty(), "axe-core on {name} ({}): {findings:#?}", client.current_url().await.unwrap());
    assert!(overflow.as_i64().unwrap_or_default() <= 0, "{name} scrolls sideways at 360 px by {overflow} px");
}

async fn fill(client: &Client, id: &str, text: &str) {
    text_of(client, &format!("#{id}")).await;
    let field = client.find(Locator::Id(id)).await.unwrap_or_else(|_| panic!("no #{id}"));
    field.clear().await.unwrap();
    field.send_keys(text).await.unwrap();
}

/// Opens the header's "Manage" menu (a `<details>`, which opens on a click
/// with script or without), clicking again if a page still loading closed it.
async fn open_menu(client: &Client) {
    for _ in 0..20 {
        press(client, "header details.menu summary").await;
        for _ in 0..20 {
            if let Ok(menu) = client.find(Locator::Css("header details.menu")).await
                && menu.attr("open").await.ok().flatten().is_some()
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    panic!("the Manage menu never opened (at {})", client.current_url().await.unwrap())
}

async fn press(client: &Client, css: &str) {
    text_of(client, css).await;
    client.find(Locator::Css(css)).await.unwrap_or_else(|_| panic!("no {css}")).click().await.unwrap();
}

/// An HR officer signs in, finds a person, creates an activation link and
/// signs out; the person opens the link, sets a password and signs in.
async fn invitation_session(javascript: bool) -> Option<Vec<String>> {
    let driver = start_driver().await?;
    let server = TestServer::start(Backend::Sqlite).await?;
    let hr =
        tutela_tests::add_person(&server.store, "HR-7", Some("hr7@example.org"), Some("officer long phrase")).await;
    server.store.grant_role(hr, tutela_app::store::Role::Hr, Some("north"), "test").await.unwrap();
    let client = browser(&driver, javascript).await;
    let roster = tempfile::tempdir().unwrap();
    let roster_file = roster.path().join("staff.csv");
    std::fs::write(
        &roster_file,
        "staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n\
         NEW-1,Amina,Okafor NEW-1,,prosecutor,north,2024-03-01,,\n",
    )
    .unwrap();

    client.goto(&server.url("/sign-in")).await.unwrap();
    check(&client, "sign-in", javascript).await;
    fill(&client, "login", "HR-7").await;
    fill(&client, "password", "not the right one").await;
    press(&client, "main form button[type=submit]").await;
    wait_for_text(&client, ".error-summary", "do not match").await;
    check(&client, "sign-in-error", javascript).await;
    assert_eq!(element(&client, "#login").await.prop("value").await.unwrap().as_deref(), Some("HR-7"), "kept");
    fill(&client, "password", "officer long phrase").await;
    press(&client, "main form button[type=submit]").await;
    // Signed in, the person lands on the learner's home.
    wait_for_url(&client, &format!("{}/learn", server.base)).await;

    // Import the roster: preview, then apply.
    // People sits in the header's "Manage" menu, which opens on a click, script or not.
    open_menu(&client).await;
    press(&client, "header a[href='/people']").await;
    wait_for_url(&client, "/people").await;
    press(&client, "a[href='/people/roster']").await;
    wait_for_url(&client, "/people/roster").await;
    element(&client, "#file").await.send_keys(&roster_file.display().to_string()).await.unwrap();
    press(&client, "form[action='/people/roster'] button").await;
    wait_for_text(&client, "#preview-heading", "Preview: staff.csv").await;
    check(&client, "roster-preview", javascript).await;
    press(&client, "form[action$='/apply'] button").await;
    wait_for_text(&client, "#preview-heading", "Applied: staff.csv").await;

    press(&client, "main a[href='/people']").await;
    wait_for_url(&client, "/people").await;
    fill(&client, "q", "NEW-1").await;
    press(&client, "form.filters button").await;
    wait_for_url(&client, "/people?q=NEW-1&unit=&cadre=&status=active").await;
    check(&client, "people", javascript).await;
    press(&client, "table.data a").await;
    wait_for_text(&client, "main h1", "Amina Okafor NEW-1").await;
    press(&client, "form[action$='/invite'] button").await;
    let link = element(&client, "#new-link").await.prop("value").await.unwrap().unwrap();
    check(&client, "person-with-link", javascript).await;
    press(&client, "header form[action='/sign-out'] button").await;
    wait_for_url(&client, "/").await;

    client.goto(&link).await.unwrap();
    wait_for_text(&client, "main h1", "Activate your account").await;
    fill(&client, "new_password", "short").await;
    fill(&client, "confirm_password", "short").await;
    press(&client, "main form button[type=submit]").await;
    wait_for_text(&client, "#new_password-error", "at least 12").await;
    check(&client, "activate-error", javascript).await;
    fill(&client, "new_password", "a garden of quiet words").await;
    fill(&client, "confirm_password", "a garden of quiet words").await;
    press(&client, "main form button[type=submit]").await;
    wait_for_url(&client, "/sign-in?activated=1").await;
    fill(&client, "login", "NEW-1").await;
    fill(&client, "password", "a garden of quiet words").await;
    press(&client, "main form button[type=submit]").await;
    wait_for_url(&client, &format!("{}/learn", server.base)).await;
    press(&client, "header a[href='/account']").await;
    wait_for_url(&client, "/account").await;
    wait_for_text(&client, "main h1", "Amina Okafor NEW-1").await;
    check(&client, "account", javascript).await;

    // The two refused submissions above answer 401 and 422 on purpose; the
    // console notes them, and nothing else may appear.
    let expected = ["status of 401 (Unauthorized)", "status of 422 (Unprocessable Entity)"];
    let problems = console_problems(&client).await;
    let problems = problems.into_iter().filter(|p| !expected.iter().any(|e| p.contains(e))).collect();
    client.close().await.unwrap();
    server.stop().await;
    Some(problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_hands_on_a_link_and_the_person_activates_and_signs_in_with_javascript_on() {
    let Some(problems) = invitation_session(true).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_officer_hands_on_a_link_and_the_person_activates_and_signs_in_with_javascript_off() {
    let Some(problems) = invitation_session(false).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

/// Signs in through the form as `login` and waits for the learner's home.
async fn sign_in(client: &Client, server: &TestServer, login: &str, password: &str) {
    client.goto(&server.url("/sign-in")).await.unwrap();
    fill(client, "login", login).await;
    fill(client, "password", password).await;
    press(client, "main form button[type=submit]").await;
    wait_for_url(client, &format!("{}/learn", server.base)).await;
}

/// Opens `path` and waits for its `main h1` to read `heading`.
async fn open(client: &Client, server: &TestServer, path: &str, heading: &str) {
    client.goto(&server.url(path)).await.unwrap();
    wait_for_text(client, "main h1", heading).await;
}

/// A deployment administrator opens every HR and administration page,
/// then a learner reads; every page passes [`check`], and the console
/// stays clean (no Content-Security-Policy violation, such as an inline
/// style the policy blocks).
async fn signed_in_session(javascript: bool) -> Option<Vec<String>> {
    let driver = start_driver().await?;
    let server = TestServer::start(Backend::Sqlite).await?;
    let admin =
        tutela_tests::add_person(&server.store, "ADM-1", Some("adm1@example.org"), Some("administrator phrase")).await;
    server.store.grant_role(admin, tutela_app::store::Role::Admin, None, "test").await.unwrap();
    tutela_tests::add_person(&server.store, "LRN-1", None, Some("learner long phrase")).await;
    // The learner is assigned a course already overdue, so that its list shows a row and its forms
    // (not the one they start below).
    let store = &server.store;
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    let learner = store.persons_by_staff_number(institution, &["LRN-1".into()]).await.unwrap()[0].1.unwrap();
    let assignment = tutela_app::store::Assignment {
        institution,
        course_slug: "prosecuting-online-abuse",
        persons: &[learner],
        due_on: Some("2020-01-01"),
        reason: None,
        assigned_by: None,
        actor: "test",
    };
    store.assign(&assignment).await.unwrap();
    let upload = quiz::uploaded_bank(store, admin).await;
    let client = browser(&driver, javascript).await;

    sign_in(&client, &server, "ADM-1", "administrator phrase").await;
    // The menu holds the administration pages and opens without script.
    check(&client, "admin-home", javascript).await;
    open_menu(&client).await;
    let units = element(&client, "header details.menu a[href='/admin/units']").await;
    assert!(units.is_displayed().await.unwrap(), "the open menu shows its links");
    check(&client, "admin-menu", javascript).await;
    units.click().await.unwrap();
    wait_for_text(&client, "main h1", "Units").await;
    check(&client, "admin-units", javascript).await;
    let nested = client.find_all(Locator::Css("ul.unit-tree ul.unit-tree li")).await.unwrap();
    assert!(!nested.is_empty(), "the unit tree nests the units below their parent");
    for (path, heading, name) in [
        ("/people", "People", "admin-people"),
        ("/people/roster", "Import a roster", "admin-roster"),
        ("/admin/audit", "Audit log", "admin-audit"),
        ("/admin/sign-ins", "Sign-in attempts", "admin-sign-ins"),
        ("/admin/institutions", "Institutions", "admin-institutions"),
        ("/admin/cadres", "Cadres", "admin-cadres"),
        ("/learn/assign?course=foundations", "Assign a course", "admin-assign"),
        ("/learn/courses/prosecuting-online-abuse", "Prosecuting", "admin-course-enrolments"),
        ("/quiz/grading", "Essays to grade", "admin-grading"),
        ("/quiz/analysis", "Item analysis", "admin-analysis-courses"),
        ("/quiz/analysis/prosecuting-online-abuse", "Item analysis", "admin-item-analysis"),
        ("/quiz/bank/prosecuting-online-abuse", "Question bank", "admin-question-bank"),
        ("/account", "Amina Okafor ADM-1", "admin-account"),
        ("/glossary", "Glossary of terms", "admin-glossary"),
    ] {
        open(&client, &server, path, heading).await;
        check(&client, name, javascript).await;
        if path == "/admin/audit" {
            let changes = text_of(&client, "table.data ul.changes").await;
            assert!(!changes.contains('{'), "the audit log tells changes in words: {changes}");
        }
    }
    open(&client, &server, &format!("/quiz/bank/prosecuting-online-abuse/{upload}"), "bank.gift").await;
    let added = text_of(&client, "main").await;
    assert!(added.contains("A new question, with a source."), "the added question rendered: {added}");
    check(&client, "admin-bank-preview", javascript).await;
    open(&client, &server, "/courses/foundations", "").await;
    client.find(Locator::LinkText("Start the course")).await.expect("start link").click().await.unwrap();
    text_of(&client, "article.lesson h1").await;
    check(&client, "admin-lesson", javascript).await;
    open(&client, &server, "/people?q=LRN-1", "People").await;
    press(&client, "table.data a").await;
    wait_for_text(&client, "main h1", "Amina Okafor LRN-1").await;
    check(&client, "admin-person", javascript).await;
    press(&client, "header form[action='/sign-out'] button").await;
    wait_for_url(&client, "/").await;

    sign_in(&client, &server, "LRN-1", "learner long phrase").await;
    assert!(client.find(Locator::Css("header details.menu")).await.is_err(), "a learner has no Manage menu");
    check(&client, "learner-home", javascript).await;
    open(&client, &server, "/courses/foundations", "").await;
    client.find(Locator::LinkText("Start the course")).await.expect("start link").click().await.unwrap();
    text_of(&client, "article.lesson h1").await;
    check(&client, "learner-lesson", javascript).await;
    open(&client, &server, "/account", "Amina Okafor LRN-1").await;
    check(&client, "learner-account", javascript).await;
    open(&client, &server, "/people", "Not allowed").await;
    check(&client, "learner-forbidden", javascript).await;

    // The refused page above answers 403 on purpose; nothing else may appear.
    let problems = console_problems(&client).await;
    let problems = problems.into_iter().filter(|p| !p.contains("status of 403 (Forbidden)")).collect();
    client.close().await.unwrap();
    server.stop().await;
    Some(problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn administrators_and_learners_see_accessible_pages_with_javascript_on() {
    let Some(problems) = signed_in_session(true).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn administrators_and_learners_see_accessible_pages_with_javascript_off() {
    let Some(problems) = signed_in_session(false).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}
