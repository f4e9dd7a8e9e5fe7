//! What the server keeps in memory in front of the database: the page
//! cache keeps only what its handler marks (no 404s, nothing for static
//! files, which skip the session lookup too); a signed-in lesson is the
//! same article with the reader's header; and a session read a moment ago
//! is believed for at most `sessions::LIFETIME` seconds of the server's
//! clock, so that a change made elsewhere (another instance, the command
//! line) takes effect within that bound. Each scenario runs on SQLite and
//! PostgreSQL.

use tutela_app::model::Role;
use tutela_server::auth::sessions::LIFETIME;
use tutela_server::auth::{AuthConfig, token_hash};
use tutela_server::clock::Clock;
use tutela_tests::{Backend, TestDb, TestServer, Visitor, add_person, on_both_backends, shipped_content};

on_both_backends!(
    a_404_is_not_kept,
    static_files_are_answered_without_a_session_lookup,
    a_signed_in_lesson_is_the_same_article_with_the_readers_header,
    a_session_ended_elsewhere_ends_within_the_lifetime,
    a_lock_made_elsewhere_takes_effect_within_the_lifetime,
    a_grant_revoked_elsewhere_takes_effect_within_the_lifetime,
    a_change_made_through_the_server_takes_effect_at_once,
    other_spellings_of_a_page_are_served_but_never_kept,
    anonymous_and_refused_forms_leave_the_kept_sessions_alone,
);

const PASSWORD: &str = "river lantern mango";
const LESSON: &str = "/courses/foundations/what-is-csea";

/// A server with the demo data, the shipped content, a manual clock and
/// two people (P-100 and P-101); returns their account ids.
async fn server(
    backend: Backend,
) -> Option<(TestServer, Clock, tutela_app::ids::AccountId, tutela_app::ids::AccountId)> {
    let db = TestDb::create(backend).await?;
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    tutela_server::content::import(store.as_ref(), &shipped_content()).await.unwrap();
    let first = add_person(&store, "P-100", Some("amina@example.org"), Some(PASSWORD)).await;
    let second = add_person(&store, "P-101", Some("bello@example.org"), Some(PASSWORD)).await;
    let clock = Clock::manual(Clock::system().now());
    let auth = AuthConfig { clock: clock.clone(), ..AuthConfig::default() };
    Some((TestServer::serve_with(db, store, auth).await, clock, first, second))
}

async fn signed_in(server: &TestServer, login: &str) -> Visitor {
    let visitor = Visitor::new(server);
    assert_eq!(visitor.sign_in(login, PASSWORD).await.status, 303);
    visitor
}

async fn a_404_is_not_kept(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let kept = server.client.get(server.url(LESSON)).send().await.unwrap();
    assert!(kept.headers().contains_key("etag"), "a lesson is kept, with its ETag");
    for _ in 0..2 {
        let missing = server.client.get(server.url("/courses/foundations/no-such-lesson")).send().await.unwrap();
        assert_eq!(missing.status(), 404);
        assert!(!missing.headers().contains_key("etag"), "a 404 is rendered each time, never kept");
        assert!(missing.headers().contains_key("content-security-policy"));
    }
    server.stop().await;
}

async fn static_files_are_answered_without_a_session_lookup(backend: Backend) {
    let Some(server) = TestServer::start(backend).await else { return };
    let visitor = Visitor::new(&server);
    let (_, page) = server.get("/").await;
    let stylesheet = page.split("rel=\"stylesheet\" href=\"").nth(1).and_then(|s| s.split('"').next()).unwrap();
    for path in [stylesheet, "/pkg/tutela.js", "/pkg/no-such-file.wasm"] {
        visitor.set_cookie("tutela_session", Some("not-a-session"));
        let reply = visitor.get(path).await;
        assert_eq!(reply.set_cookie("tutela_session"), None, "{path}: no session lookup, so nothing to clear");
    }
    // A page does look the session up, and clears a cookie that names none.
    visitor.set_cookie("tutela_session", Some("not-a-session"));
    let reply = visitor.get("/").await;
    assert!(reply.set_cookie("tutela_session").is_some_and(|line| line.contains("Max-Age=0")));
    server.stop().await;
}

async fn a_signed_in_lesson_is_the_same_article_with_the_readers_header(backend: Backend) {
    let Some((server, _clock, _, _)) = server(backend).await else { return };
    let (_, anonymous) = server.get(LESSON).await;
    let reader = signed_in(&server, "P-100").await;
    let first = reader.get(LESSON).await;
    let framed = reader.get(LESSON).await;
    // A query string takes the whole render path: the same bytes.
    let rendered = reader.get(&format!("{LESSON}?whole=1")).await;
    assert_eq!(framed.status, 200);
    assert_eq!(first.body, framed.body);
    // (The footer's language menu comes back to the address asked, query included.)
    let rendered = rendered.body.replace(&format!("value=\"{LESSON}?whole=1\""), &format!("value=\"{LESSON}\""));
    assert_eq!(framed.body, rendered, "the frame around the header is the whole page");
    assert_eq!(framed.header("cache-control"), Some("no-store"));
    assert!(framed.body.contains("Okafor P-100") && framed.body.contains("action=\"/sign-out\""));
    // Between the header and the footer (whose language menu carries the reader's token).
    let after_header = |page: &str| page[page.find("</header>").unwrap()..page.find("<footer").unwrap()].to_string();
    assert_eq!(after_header(&framed.body), after_header(&anonymous), "the article is the anonymous reader's");
    let token = |page: &str| page[page.find("<footer").unwrap()..].contains(&format!("value=\"{}\"", framed.csrf()));
    assert!(token(&framed.body) && !token(&anonymous), "the reader's token is in their footer only");
    assert!(!anonymous.contains("Okafor"), "nothing personal reached the public page");
    let other = signed_in(&server, "P-101").await;
    let theirs = other.get(LESSON).await;
    assert!(theirs.body.contains("Okafor P-101") && !theirs.body.contains("Okafor P-100"));
    assert_ne!(theirs.body, framed.body, "each reader has their own CSRF token and name");
    server.stop().await;
}

async fn a_session_ended_elsewhere_ends_within_the_lifetime(backend: Backend) {
    let Some((server, clock, _, _)) = server(backend).await else { return };
    let reader = signed_in(&server, "P-100").await;
    assert_eq!(reader.get("/account").await.status, 200);
    let token = reader.cookie("tutela_session").unwrap();
    server.store.end_session(&token_hash(&token)).await.unwrap();
    assert_eq!(reader.get("/account").await.status, 200, "believed for the session cache's lifetime");
    clock.advance(LIFETIME);
    let ended = reader.get("/account").await;
    assert_eq!(ended.status, 303, "read again: the session is gone");
    assert!(ended.set_cookie("tutela_session").is_some_and(|line| line.contains("Max-Age=0")));
    server.stop().await;
}

async fn a_lock_made_elsewhere_takes_effect_within_the_lifetime(backend: Backend) {
    let Some((server, clock, account, _)) = server(backend).await else { return };
    let reader = signed_in(&server, "P-100").await;
    assert_eq!(reader.get(LESSON).await.status, 200);
    server.store.lock_account(account, "account:1").await.unwrap();
    clock.advance(LIFETIME);
    let locked = reader.get("/account").await;
    assert_eq!(locked.status, 303, "a locked account's session ends");
    assert!(locked.set_cookie("tutela_session").is_some_and(|line| line.contains("Max-Age=0")));
    let lesson = reader.get(LESSON).await;
    assert!(!lesson.body.contains("Okafor P-100"), "the lesson is read anonymously now");
    server.stop().await;
}

async fn a_grant_revoked_elsewhere_takes_effect_within_the_lifetime(backend: Backend) {
    let Some((server, clock, _, account)) = server(backend).await else { return };
    server.store.grant_role(account, Role::Hr, Some("north"), "test").await.unwrap();
    let hr = signed_in(&server, "P-101").await;
    assert_eq!(hr.get("/people").await.status, 200);
    let grant = server.store.roles_of(account).await.unwrap()[0].grant_id;
    server.store.revoke_role(account, grant, "account:1").await.unwrap();
    clock.advance(LIFETIME);
    assert_eq!(hr.get("/people").await.status, 403, "the revoked grant no longer opens the page");
    assert_eq!(hr.get("/account").await.status, 200, "the session itself goes on");
    server.stop().await;
}

async fn a_change_made_through_the_server_takes_effect_at_once(backend: Backend) {
    let Some((server, _clock, _, _)) = server(backend).await else { return };
    let reader = signed_in(&server, "P-100").await;
    let copy = Visitor::new(&server);
    copy.set_cookie("tutela_session", reader.cookie("tutela_session").as_deref());
    assert_eq!(copy.get("/account").await.status, 200);
    let account = reader.get("/account").await;
    assert_eq!(reader.post("/sign-out", &[("csrf", &account.csrf())]).await.status, 303);
    assert_eq!(copy.get("/account").await.status, 303, "signed out on this server: no moment's grace");
    server.stop().await;
}

async fn other_spellings_of_a_page_are_served_but_never_kept(backend: Backend) {
    let Some((server, _clock, _, _)) = server(backend).await else { return };
    let spellings = [
        format!("{LESSON}/"),
        format!("{LESSON}//"),
        format!("/{LESSON}"),
        "/courses//foundations/what-is-csea".to_string(),
        "/glossary/".to_string(),
    ];
    for spelling in &spellings {
        for _ in 0..2 {
            let answer = server.client.get(server.url(spelling)).send().await.unwrap();
            assert_eq!(answer.status(), 200, "{spelling} is the page");
            assert!(!answer.headers().contains_key("etag"), "{spelling} is rendered each time, never kept");
        }
    }
    let kept = server.client.get(server.url(LESSON)).send().await.unwrap();
    assert!(kept.headers().contains_key("etag"), "the page's own spelling is kept");
    // A signed-in reader's frames follow the same rule: the other spelling
    // is the same lesson with their header.
    let reader = signed_in(&server, "P-100").await;
    let other = reader.get(&format!("{LESSON}/")).await;
    assert_eq!(other.status, 200);
    assert!(other.body.contains("Okafor P-100"));
    server.stop().await;
}

async fn anonymous_and_refused_forms_leave_the_kept_sessions_alone(backend: Backend) {
    let Some((server, clock, _, _)) = server(backend).await else { return };
    let reader = signed_in(&server, "P-100").await;
    assert_eq!(reader.get("/account").await.status, 200);
    let token = reader.cookie("tutela_session").unwrap();
    server.store.end_session(&token_hash(&token)).await.unwrap();
    // Nobody can make every signed-in request read the database again:
    // anonymous posts, and a signed-in form refused, keep the cache.
    let anonymous = Visitor::new(&server);
    assert_eq!(anonymous.post("/no-such-form", &[("csrf", "x")]).await.status, 405);
    assert_eq!(anonymous.post("/sign-out", &[("csrf", "x")]).await.status, 303);
    assert_eq!(
        anonymous.post("/sign-in", &[("csrf", "x"), ("login", "P-100"), ("password", "wrong")]).await.status / 100,
        4
    );
    let other = signed_in(&server, "P-101").await;
    assert_eq!(other.post("/account/password", &[("csrf", "forged")]).await.status, 403);
    assert_eq!(reader.get("/account").await.status, 200, "still believed within the lifetime");
    clock.advance(LIFETIME);
    assert_eq!(reader.get("/account").await.status, 303, "then read again: the session is gone");
    server.stop().await;
}
