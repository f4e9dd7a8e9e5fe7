//! The learner's pages over HTTP: status codes, the catalogue per cadre,
//! lesson navigation, headers, compression and the page cache. Each
//! scenario runs on SQLite and PostgreSQL.

use tutela_tests::{Backend, TestServer, on_both_backends, scratch_copy, shipped_content};

on_both_backends!(
    pages_answer_with_the_right_status,
    each_cadre_sees_the_courses_written_for_it,
    a_learner_can_walk_a_course_lesson_by_lesson,
    responses_carry_security_headers_and_compress,
    a_new_import_reaches_pages_that_were_cached,
    the_filter_works_without_javascript,
);

async fn pages_answer_with_the_right_status(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    for (path, status) in [
        ("/", 200),
        ("/healthz", 200),
        ("/cadres/prosecutor", 200),
        ("/cadres/astronaut", 404),
        ("/courses/foundations", 200),
        ("/courses/foundations/what-is-csea", 200),
        ("/courses/no-such-course", 404),
        ("/courses/foundations/no-such-lesson", 404),
        ("/courses/foundations/versions/1/what-is-csea", 200),
        ("/no/such/page", 404),
    ] {
        let (got, body) = server.get(path).await;
        assert_eq!(got, status, "GET {path}");
        if status == 404 {
            assert!(body.contains("Page not found"), "GET {path} shows the not-found page");
            assert!(body.contains("<html lang=\"en\" dir=\"ltr\">"), "GET {path} is a whole page");
        }
    }
    server.stop().await;
}

async fn each_cadre_sees_the_courses_written_for_it(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let (_, home) = server.get("/").await;
    for cadre in
        ["police-first-responder", "police-investigator", "prosecutor", "judge", "social-worker", "helpline-counsellor"]
    {
        assert!(home.contains(&format!("href=\"/cadres/{cadre}\"")), "the home page links to {cadre}");
    }
    let (_, prosecutors) = server.get("/cadres/prosecutor").await;
    assert!(prosecutors.contains("href=\"/courses/foundations\""));
    assert!(prosecutors.contains("href=\"/courses/prosecuting-online-abuse\""));
    let (_, judges) = server.get("/cadres/judge").await;
    assert!(judges.contains("href=\"/courses/foundations\""));
    assert!(
        !judges.contains("href=\"/courses/prosecuting-online-abuse\""),
        "judges do not see the prosecutors' course"
    );
    let (_, course) = server.get("/courses/prosecuting-online-abuse").await;
    assert!(course.contains("Prosecutors"), "the course page names its audience");
    assert!(course.contains("Pre-service"));
    server.stop().await;
}

/// Follows "Next" from the first lesson to the last, then "Previous" back.
async fn a_learner_can_walk_a_course_lesson_by_lesson(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let (_, outline) = server.get("/courses/foundations").await;
    let lessons: Vec<String> = outline
        .split("href=\"/courses/foundations/")
        .skip(1)
        .map(|rest| rest[..rest.find('"').unwrap()].to_string())
        .collect();
    // The first link is "Start the course"; then the contents in order.
    assert_eq!(lessons[0], lessons[1]);
    let lessons = &lessons[1..];
    assert!(lessons.len() >= 3);

    let mut path = format!("/courses/foundations/{}", lessons[0]);
    let mut visited = Vec::new();
    loop {
        let (status, page) = server.get(&path).await;
        assert_eq!(status, 200, "GET {path}");
        visited.push(path.rsplit('/').next().unwrap().to_string());
        assert!(page.contains("class=\"lesson\""), "GET {path} shows a lesson");
        match link_with_rel(&page, "next") {
            Some(next) => path = next,
            None => break,
        }
    }
    assert_eq!(visited, lessons, "Next visits every lesson in the order of the contents");

    let (_, last) = server.get(&path).await;
    let previous = link_with_rel(&last, "prev").expect("the last lesson links back");
    assert!(previous.ends_with(&lessons[lessons.len() - 2]));
    let (_, first) = server.get(&format!("/courses/foundations/{}", lessons[0])).await;
    assert!(link_with_rel(&first, "prev").is_none(), "the first lesson has no previous");
    server.stop().await;
}

fn link_with_rel(page: &str, rel: &str) -> Option<String> {
    let at = page.find(&format!("rel=\"{rel}\" href=\""))?;
    let rest = &page[at + rel.len() + 13..];
    Some(rest[..rest.find('"')?].to_string())
}

async fn responses_carry_security_headers_and_compress(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    // A client that shows the encoding as sent, instead of decoding it.
    let raw = reqwest::Client::builder().no_gzip().build().unwrap();
    let response = raw
        .get(server.url("/courses/foundations/what-is-csea"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    let header =
        |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let csp = header("content-security-policy");
    assert!(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"));
    assert_eq!(header("x-content-type-options"), "nosniff");
    assert_eq!(header("referrer-policy"), "same-origin");
    assert_eq!(header("content-encoding"), "gzip");
    let etag = header("etag");
    assert!(!etag.is_empty());

    let again = server
        .client
        .get(server.url("/courses/foundations/what-is-csea"))
        .header("if-none-match", &etag)
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), 304, "a reader with the page gets 304");

    // Pages rendered per request (a query string is never cached) carry them too.
    let uncached = server.client.get(server.url("/cadres/prosecutor?q=evidence")).send().await.unwrap();
    assert!(uncached.headers().contains_key("content-security-policy"));
    assert_eq!(uncached.headers()["x-frame-options"], "DENY");

    // No inline script anywhere in the page: the CSP would block it.
    let (_, page) = server.get("/cadres/prosecutor").await;
    let inline = page
        .match_indices("<script")
        .filter(|(at, _)| !page[*at..].starts_with("<script type=\"module\" src="))
        .count();
    assert_eq!(inline, 0, "a page carries an inline script:\n{page}");
    let stylesheet =
        page.split("rel=\"stylesheet\" href=\"").nth(1).and_then(|s| s.split('"').next()).unwrap().to_string();
    let css = server.client.get(server.url(&stylesheet)).send().await.unwrap();
    assert_eq!(css.status(), 200);
    assert!(css.headers()["cache-control"].to_str().unwrap().contains("immutable"));
    server.stop().await;
}

async fn a_new_import_reaches_pages_that_were_cached(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let (_, before) = server.get("/courses/foundations/what-is-csea").await;
    let (_, cached) = server.get("/courses/foundations/what-is-csea").await;
    assert_eq!(before, cached);

    let content = scratch_copy(&shipped_content());
    let lesson = std::fs::read_dir(content.path().join("foundations"))
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .flat_map(|module| std::fs::read_dir(module).unwrap().filter_map(|e| e.ok()).map(|e| e.path()))
        .find(|p| p.to_string_lossy().ends_with("what-is-csea.md"))
        .expect("the first foundations lesson");
    let text = std::fs::read_to_string(&lesson).unwrap() + "\nA sentence added by the test.\n";
    std::fs::write(&lesson, text).unwrap();
    tutela_server::content::import(server.store.as_ref(), content.path()).await.unwrap();

    // What the server's poll of the content generation does within `content_poll`.
    server.catch_up().await;
    let (_, after) = server.get("/courses/foundations/what-is-csea").await;
    assert!(after.contains("A sentence added by the test."), "the cached lesson was not replaced by the new version");
    server.stop().await;
}

async fn the_filter_works_without_javascript(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let (status, all) = server.get("/cadres/prosecutor").await;
    assert_eq!(status, 200);
    assert!(all.contains("/courses/foundations\"") && all.contains("/courses/prosecuting-online-abuse\""));
    let (status, filtered) = server.get("/cadres/prosecutor?q=mutual+legal").await;
    assert_eq!(status, 200);
    assert!(filtered.contains("/courses/prosecuting-online-abuse\""));
    assert!(!filtered.contains("<a href=\"/courses/foundations\""), "the filter leaves out what does not match");
    assert!(filtered.contains("value=\"mutual legal\""), "the box keeps what was typed");
    let (_, none) = server.get("/cadres/prosecutor?q=zzzz").await;
    assert!(none.contains("No course matches this filter."));
    server.stop().await;
}
