//! The pages in other languages, in a real Chromium: in the pseudo-locale
//! every word of the interface must come from the catalogue (any text with
//! an ASCII letter outside text from the records fails), and in Arabic
//! every page is right-to-left and passes axe-core at both widths. The
//! language is chosen through the footer's menu, with script on and off.

use fantoccini::{Client, Locator};
use tutela_tests::{Backend, TestServer};

use super::{browser, check, element, fill, open_menu, press, start_driver, text_of, wait_for_url};

/// The text of the page showing, in the pseudo-locale, that did not come
/// from the catalogue: the title, and text nodes and the attributes people
/// read (`aria-label`, `title`, `placeholder`, `alt`) with an ASCII letter,
/// except inside `<bdi>` (text from the records), an element in another
/// language than the page's (the languages' names, a course's text; the
/// interface's words inside content carry the page's own and are read),
/// `translate="no"`, scripts and styles, the `<option>`s of records (any
/// but a select's first, empty one) and a lesson's authored body.
async fn untranslated(client: &Client) -> Vec<String> {
    let script = r#"
        const roots = document.querySelectorAll(arguments[0]);
        const page = document.documentElement.lang;
        const skip = `bdi, [lang]:not([lang="${page}"]), [translate="no"], script, style, option:not([value=""]), .lesson .body`;
        const letters = /[A-Za-z]/;
        const found = [];
        // The title, less the record it may name (in isolation marks).
        const title = document.title.replace(/\u2068[^\u2069]*\u2069/g, '');
        if (letters.test(title.replace('Tutela', ''))) found.push(`<title> ${document.title}`);
        for (const root of roots) {
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const text = node.textContent.trim();
                if (letters.test(text) && !node.parentElement.closest(skip)) {
                    found.push(`<${node.parentElement.tagName.toLowerCase()}> ${text}`);
                }
            }
            for (const element of root.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
                if (element.closest(skip)) continue;
                for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
                    const value = element.getAttribute(name);
                    if (value && letters.test(value)) found.push(`<${element.tagName.toLowerCase()} ${name}> ${value}`);
                }
            }
        }
        return found;
    "#;
    let found = client.execute(script, vec!["body".into()]).await.expect("the text walk runs");
    found.as_array().into_iter().flatten().map(|f| f.as_str().unwrap_or_default().to_string()).collect()
}

async fn assert_translated(client: &Client, name: &str) {
    let left = untranslated(client).await;
    assert!(
        left.is_empty(),
        "{name} ({}) shows words not from the catalogue: {left:#?}",
        client.current_url().await.unwrap()
    );
}

/// Chooses `code` in the footer's menu and waits for the page to come back in it.
async fn choose_language(client: &Client, code: &str) {
    let select = element(client, "footer select#language").await;
    select.select_by_value(code).await.unwrap();
    press(client, "footer form.language button").await;
    for _ in 0..100 {
        // The old page may go away between finding its root and reading it.
        if let Ok(html) = client.find(Locator::Css("html")).await
            && let Ok(Some(lang)) = html.attr("lang").await
            && lang == code
        {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the page never came back in {code}");
}

async fn languages_session(javascript: bool) -> Option<Vec<String>> {
    let driver = start_driver().await?;
    let server = TestServer::start(Backend::Sqlite).await?;
    let admin =
        tutela_tests::add_person(&server.store, "ADM-2", Some("adm2@example.org"), Some("administrator phrase")).await;
    server.store.grant_role(admin, tutela_app::store::Role::Admin, None, "test").await.unwrap();
    let client = browser(&driver, javascript).await;

    // The pseudo-locale, asked for by its cookie (test servers only).
    client.goto(&server.url("/")).await.unwrap();
    // (Set from the page: ChromeDriver sets no cookie for an IP address.)
    client.execute("document.cookie = 'tutela_lang=pseudo; path=/';", vec![]).await.unwrap();
    for (path, name) in [("/", "pseudo-home"), ("/sign-in", "pseudo-sign-in"), ("/no/such/page", "pseudo-not-found")] {
        client.goto(&server.url(path)).await.unwrap();
        text_of(&client, "main h1").await;
        assert_eq!(
            client.find(Locator::Css("html")).await.unwrap().attr("lang").await.unwrap().as_deref(),
            Some("en-XA")
        );
        assert_translated(&client, name).await;
    }
    // The check itself finds words that are not the catalogue's.
    client.execute("document.querySelector('main').append('Plain English');", vec![]).await.unwrap();
    assert_eq!(untranslated(&client).await, vec!["<main> Plain English".to_string()]);
    client.goto(&server.url("/sign-in")).await.unwrap();
    fill(&client, "login", "ADM-2").await;
    fill(&client, "password", "not the password").await;
    press(&client, "main form button[type=submit]").await;
    element(&client, ".error-summary").await;
    assert_translated(&client, "pseudo-sign-in-refused").await;
    fill(&client, "password", "administrator phrase").await;
    press(&client, "main form button[type=submit]").await;
    wait_for_url(&client, &format!("{}/learn", server.base)).await;
    open_menu(&client).await;
    assert_translated(&client, "pseudo-admin-home").await;
    for path in
        ["/account", "/admin/sign-ins", "/people", "/people/roster", "/admin/audit", "/learn", "/learn/transcript"]
    {
        client.goto(&server.url(path)).await.unwrap();
        text_of(&client, "main h1").await;
        assert_translated(&client, path).await;
    }
    // The catalogue's pages (the course filter's words come to its island
    // from the server), and the administration of the organisation.
    for path in [
        "/cadres/prosecutor",
        "/courses/foundations",
        "/courses/foundations/what-is-csea",
        "/glossary",
        "/admin/units",
        "/admin/cadres",
        "/admin/institutions",
    ] {
        client.goto(&server.url(path)).await.unwrap();
        text_of(&client, "main h1").await;
        assert_translated(&client, path).await;
    }
    // A roster's preview with a joiner, a mover and a row in error, and a person's page.
    let roster = tempfile::tempdir().unwrap();
    let roster_file = roster.path().join("staff.csv");
    std::fs::write(
        &roster_file,
        "staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n\
         ADM-2,Admin,Moved,,judge,north,2020-01-01,,\nNEW-9,Nia,Joiner,,prosecutor,north,2024-03-01,left,2025-01-31\n\
         BAD-1,Bad,Row,,astronaut,atlantis,2024-02-30,,\n",
    )
    .unwrap();
    client.goto(&server.url("/people/roster")).await.unwrap();
    element(&client, "#file").await.send_keys(&roster_file.display().to_string()).await.unwrap();
    // (A deployment administrator's page also has the institution picker, a GET form to the same address.)
    press(&client, "form[method='post'][action='/people/roster'] button").await;
    element(&client, "#preview-heading").await;
    element(&client, "td.detail").await;
    assert_translated(&client, "pseudo-roster-preview").await;
    client.goto(&server.url("/people?q=ADM-2")).await.unwrap();
    press(&client, "table.data a").await;
    element(&client, "#roles").await;
    assert_translated(&client, "pseudo-person").await;

    // Arabic, chosen in the footer: right to left, and accessible.
    client.goto(&server.url("/account")).await.unwrap();
    choose_language(&client, "ar").await;
    let html = client.find(Locator::Css("html")).await.unwrap();
    assert_eq!(html.attr("dir").await.unwrap().as_deref(), Some("rtl"));
    wait_for_url(&client, "/account").await;
    check(&client, "ar-account", javascript).await;
    for (path, name) in [
        ("/admin/sign-ins", "ar-sign-ins"),
        ("/people", "ar-people"),
        ("/people/roster", "ar-roster"),
        ("/admin/units", "ar-units"),
        ("/admin/audit", "ar-audit"),
        ("/admin/institutions", "ar-institutions"),
        ("/admin/cadres", "ar-cadres"),
        ("/glossary", "ar-glossary"),
        ("/", "ar-home"),
    ] {
        client.goto(&server.url(path)).await.unwrap();
        text_of(&client, "main h1").await;
        check(&client, name, javascript).await;
    }
    client.goto(&server.url("/courses/foundations")).await.unwrap();
    client.find(Locator::Css("main a[href^='/courses/foundations/']")).await.expect("a lesson").click().await.unwrap();
    text_of(&client, "article.lesson h1").await;
    check(&client, "ar-lesson", javascript).await;
    press(&client, "header form[action='/sign-out'] button").await;
    wait_for_url(&client, "/").await;
    client.goto(&server.url("/sign-in")).await.unwrap();
    text_of(&client, "main h1").await;
    assert_eq!(text_of(&client, "main h1").await, "تسجيل الدخول", "the visitor's cookie keeps Arabic");
    check(&client, "ar-sign-in", javascript).await;
    // French, from the sign-in form, which the menu comes back to.
    choose_language(&client, "fr").await;
    wait_for_url(&client, "/sign-in").await;
    check(&client, "fr-sign-in", javascript).await;

    let problems = super::console_problems(&client).await;
    // The refused sign-in, the missing page and the roster with a row in
    // error above answer 401, 404 and 422 on purpose.
    let expected =
        ["status of 401 (Unauthorized)", "status of 404 (Not Found)", "status of 422 (Unprocessable Entity)"];
    let problems = problems.into_iter().filter(|p| !expected.iter().any(|e| p.contains(e))).collect();
    client.close().await.unwrap();
    server.stop().await;
    Some(problems)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_take_every_word_from_the_catalogue_and_mirror_in_arabic_with_javascript_on() {
    let Some(problems) = languages_session(true).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_take_every_word_from_the_catalogue_and_mirror_in_arabic_with_javascript_off() {
    let Some(problems) = languages_session(false).await else { return };
    assert!(problems.is_empty(), "the browser console reported problems: {problems:#?}");
}
