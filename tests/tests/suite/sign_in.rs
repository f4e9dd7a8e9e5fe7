//! Signing in behind a proxy, under load and with shared staff numbers;
//! the security log; where a sign-in may lead; the site URL. Each scenario
//! runs on SQLite and PostgreSQL through the real HTTP server.

use std::time::Duration;

use tutela_app::i18n::catalogue::english;
use tutela_app::store::DemoInstitution;
use tutela_app::store::{InvitationPurpose, NewPerson, Role};
use tutela_server::auth::password::Gate;
use tutela_server::auth::{AuthConfig, SiteUrl};
use tutela_server::clock::Clock;
use tutela_server::http::accounts::sign_in::{BUSY, CHOOSE_INSTITUTION, SIGN_IN_FAILED, TOO_MANY_ATTEMPTS};
use tutela_tests::{Backend, TestDb, TestServer, Visitor, add_person, on_both_backends};

on_both_backends!(
    behind_a_trusted_proxy_each_client_has_its_own_limits_and_ipv6_counts_by_its_64,
    a_server_busy_hashing_answers_try_again_and_recovers,
    a_login_with_an_at_sign_is_an_email_and_no_staff_number_may_hold_one,
    a_staff_number_in_two_institutions_asks_which_and_remembers_it,
    every_attempt_is_in_the_security_log_for_the_administrators_of_the_account,
    after_sign_in_only_a_page_of_this_site_is_a_destination,
    the_site_url_makes_links_origins_cookies_and_hsts,
    a_new_password_withdraws_every_pending_link,
);

const PASSWORD: &str = "river lantern mango";

fn through_local_proxy(auth: AuthConfig) -> AuthConfig {
    AuthConfig { trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()], ..auth }
}

async fn server_with_person(backend: Backend, auth: AuthConfig) -> Option<(TestServer, tutela_app::ids::AccountId)> {
    let db = TestDb::create(backend).await?;
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    let account = add_person(&store, "P-100", Some("amina@example.org"), Some(PASSWORD)).await;
    Some((TestServer::serve_with(db, store, auth).await, account))
}

async fn behind_a_trusted_proxy_each_client_has_its_own_limits_and_ipv6_counts_by_its_64(backend: Backend) {
    let auth = through_local_proxy(AuthConfig { attempts_per_minute: 3, ..AuthConfig::default() });
    let Some((server, _)) = server_with_person(backend, auth).await else { return };
    let first = Visitor::from_address(&server, "198.51.100.1");
    for _ in 0..3 {
        assert_eq!(first.sign_in("P-404", "wrong wrong wrong").await.status, 401);
    }
    assert!(first.sign_in("P-100", PASSWORD).await.body.contains(&english(TOO_MANY_ATTEMPTS)));
    // Everyone arrives from the proxy's address, yet another client is not limited.
    let second = Visitor::from_address(&server, "198.51.100.2");
    assert_eq!(second.sign_in("P-100", PASSWORD).await.status, 303);
    // A client cannot escape its limit by writing its own X-Forwarded-For: the
    // proxy appends the address it saw, and that is the one believed.
    let spoofing = Visitor::from_address(&server, "203.0.113.99, 198.51.100.1");
    assert_eq!(spoofing.sign_in("P-100", PASSWORD).await.status, 429);

    // IPv6: one /64 is one client; the next /64 is another.
    let one = Visitor::from_address(&server, "2001:db8:1:2::1");
    for _ in 0..3 {
        one.sign_in("P-404", "wrong wrong wrong").await;
    }
    let same_64 = Visitor::from_address(&server, "2001:db8:1:2:ffff::9");
    assert_eq!(same_64.sign_in("P-100", PASSWORD).await.status, 429);
    let next_64 = Visitor::from_address(&server, "2001:db8:1:3::1");
    assert_eq!(next_64.sign_in("P-100", PASSWORD).await.status, 303);
    server.stop().await;

    // Without --trusted-proxy the header is not believed: all share the peer's limit.
    let auth = AuthConfig { attempts_per_minute: 3, ..AuthConfig::default() };
    let Some((server, _)) = server_with_person(backend, auth).await else { return };
    for address in ["198.51.100.1", "198.51.100.2", "198.51.100.3"] {
        Visitor::from_address(&server, address).sign_in("P-404", "wrong wrong wrong").await;
    }
    assert_eq!(Visitor::from_address(&server, "198.51.100.4").sign_in("P-100", PASSWORD).await.status, 429);
    server.stop().await;
}

async fn a_server_busy_hashing_answers_try_again_and_recovers(backend: Backend) {
    let gate = Gate::new(1, Duration::ZERO);
    let auth = AuthConfig { hashing: gate.clone(), ..AuthConfig::default() };
    let Some((server, _)) = server_with_person(backend, auth).await else { return };
    let visitor = Visitor::new(&server);
    let held = gate.occupy().await.unwrap();
    let busy = visitor.sign_in("P-100", PASSWORD).await;
    assert_eq!(busy.status, 503);
    assert!(busy.body.contains(&english(BUSY)), "{}", busy.body);
    assert_eq!(busy.header("retry-after"), Some("5"));
    assert!(busy.set_cookie("tutela_session").is_none());
    drop(held);
    assert_eq!(visitor.sign_in("P-100", PASSWORD).await.status, 303, "free again");
    server.stop().await;
}

async fn a_login_with_an_at_sign_is_an_email_and_no_staff_number_may_hold_one(backend: Backend) {
    let Some((server, _)) = server_with_person(backend, AuthConfig::default()).await else { return };
    assert_eq!(Visitor::new(&server).sign_in("Amina@Example.org", PASSWORD).await.status, 303);
    let person = NewPerson {
        institution_slug: "demo-academy".into(),
        staff_number: "amina@example.org".into(),
        given_name: "Shadow".into(),
        family_name: "Account".into(),
        email: None,
        cadre_slug: "judge".into(),
        unit_code: "north".into(),
        hire_date: "2024-01-01".into(),
    };
    let refused = server.store.create_person(&person, "test").await.unwrap_err();
    assert!(refused.to_string().contains('@'), "{refused}");

    // Nor may a roster bring one in.
    let hr = add_person(&server.store, "HR-1", None, Some("hr officer passphrase")).await;
    server.store.grant_role(hr, Role::Hr, Some("hq"), "test").await.unwrap();
    let officer = Visitor::new(&server);
    officer.sign_in("HR-1", "hr officer passphrase").await;
    let csrf = officer.get("/people/roster").await.csrf();
    let file = "staff_number,given_name,family_name,email,cadre,unit,hire_date\n\
                x@example.org,Shadow,Account,,judge,north,2024-01-01\n";
    let preview =
        officer.post_file("/people/roster", &[("csrf", &csrf)], ("file", "roster.csv", file.as_bytes().to_vec())).await;
    assert_eq!(preview.status, 422);
    assert!(preview.body.contains("contains `@`"), "{}", preview.body);
    server.stop().await;
}

async fn a_staff_number_in_two_institutions_asks_which_and_remembers_it(backend: Backend) {
    let Some((server, _)) = server_with_person(backend, AuthConfig::default()).await else { return };
    let mut other = tutela_server::demo::institution();
    other.slug = "other-institute".into();
    other.name = "Another institute".into();
    server.store.ensure_demo(&DemoInstitution { ..other }, "test").await.unwrap();
    // The other institution's HR imports (here: creates) a person with the same staff number.
    let twin = NewPerson {
        institution_slug: "other-institute".into(),
        staff_number: "P-100".into(),
        given_name: "Bola".into(),
        family_name: "Twin".into(),
        email: None,
        cadre_slug: "judge".into(),
        unit_code: "north".into(),
        hire_date: "2024-01-01".into(),
    };
    let twin = server.store.create_person(&twin, "test").await.unwrap();
    let hash = tutela_server::auth::password::hash("the twin's own phrase".into()).await.unwrap();
    server.store.create_account(twin, Some(&hash), "test").await.unwrap();

    let visitor = Visitor::new(&server);
    let asked = visitor.sign_in("P-100", PASSWORD).await;
    assert_eq!(asked.status, 200, "a question, not a failure");
    assert!(asked.body.contains(&english(CHOOSE_INSTITUTION)), "{}", asked.body);
    assert!(asked.body.contains(r#"name="institution""#));
    assert!(asked.body.contains("Another institute") && asked.body.contains("(demo)"));
    assert!(asked.set_cookie("tutela_session").is_none());

    let csrf = asked.csrf();
    let form = |institution: &'static str| {
        vec![
            ("csrf", csrf.clone()),
            ("login", "P-100".into()),
            ("password", PASSWORD.into()),
            ("institution", institution.into()),
        ]
    };
    let send = |fields: Vec<(&'static str, String)>| {
        let visitor = &visitor;
        async move {
            let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            visitor.post("/sign-in", &fields).await
        }
    };
    let wrong_place = send(form("other-institute")).await;
    assert_eq!(wrong_place.status, 401, "the other institution's P-100 has another password");
    assert!(wrong_place.body.contains(&english(SIGN_IN_FAILED)));
    let signed_in = send(form("demo-academy")).await;
    assert_eq!(signed_in.status, 303);
    let remembered = signed_in.set_cookie("tutela_institution").expect("the choice is remembered");
    assert!(remembered.contains("demo-academy") && remembered.contains("HttpOnly"), "{remembered}");
    let csrf = visitor.get("/account").await.csrf();
    visitor.post("/sign-out", &[("csrf", &csrf)]).await;
    assert_eq!(visitor.sign_in("P-100", PASSWORD).await.status, 303, "the browser remembers the institution");

    // A remembered institution where the number is not in use asks again,
    // rather than failing the sign-in against someone else's account.
    let stale = Visitor::new(&server);
    stale.set_cookie("tutela_institution", Some("no-such-institute"));
    let again = stale.sign_in("P-100", PASSWORD).await;
    assert_eq!(again.status, 200);
    assert!(again.body.contains(&english(CHOOSE_INSTITUTION)));

    let twin_browser = Visitor::new(&server);
    twin_browser.set_cookie("tutela_institution", Some("other-institute"));
    assert_eq!(twin_browser.sign_in("P-100", "the twin's own phrase").await.status, 303);
    assert!(twin_browser.get("/account").await.body.contains("Bola Twin"));
    server.stop().await;
}

async fn every_attempt_is_in_the_security_log_for_the_administrators_of_the_account(backend: Backend) {
    let clock = Clock::manual(Clock::system().now());
    let auth = through_local_proxy(AuthConfig { clock: clock.clone(), ..AuthConfig::default() });
    let Some((server, _)) = server_with_person(backend, auth.clone()).await else { return };
    let admin = add_person(&server.store, "ADMIN-1", None, Some("administrator passphrase")).await;
    server.store.grant_role(admin, Role::Admin, None, "test").await.unwrap();
    let south_admin = add_person(&server.store, "ADMIN-S", None, Some("southern admin phrase")).await;
    server.store.grant_role(south_admin, Role::Admin, Some("south"), "test").await.unwrap();

    let someone = Visitor::from_address(&server, "198.51.100.23");
    someone.sign_in("P-100", "a mistyped secret").await;
    someone.sign_in("P-100", PASSWORD).await;
    Visitor::from_address(&server, "198.51.100.23").sign_in("nobody-such", "another typed secret").await;

    let reader = Visitor::new(&server);
    reader.sign_in("ADMIN-1", "administrator passphrase").await;
    let log = reader.get("/admin/sign-ins").await;
    assert_eq!(log.status, 200);
    for shown in [
        "<td>Wrong password</td>",
        "<td>Signed in</td>",
        "<td>No such account</td>",
        "198.51.100.23",
        "P-100",
        "90 days",
    ] {
        assert!(log.body.contains(shown), "{shown} in:\n{}", log.body);
    }
    for secret in ["a mistyped secret", "another typed secret", "nobody-such"] {
        assert!(!log.body.contains(secret), "the log shows no password nor unknown login");
    }
    let only_failures = reader.get("/admin/sign-ins?outcome=wrong-password").await;
    assert!(only_failures.body.contains("<td>Wrong password</td>"));
    assert!(
        !only_failures.body.contains("<td>No such account</td>") && !only_failures.body.contains("<td>Signed in</td>")
    );

    // An administrator of the south sees nothing of a northern account; HR sees no log at all.
    let south = Visitor::new(&server);
    south.sign_in("ADMIN-S", "southern admin phrase").await;
    let theirs = south.get("/admin/sign-ins").await;
    assert_eq!(theirs.status, 200);
    assert!(!theirs.body.contains("P-100") && !theirs.body.contains("<td>No such account</td>"), "{}", theirs.body);
    let learner = Visitor::new(&server);
    learner.sign_in("P-100", PASSWORD).await;
    assert_eq!(learner.get("/admin/sign-ins").await.status, 403);

    // Kept for the retention period, then deleted: an attempt two days
    // younger than the first survives the sweep that removes the first.
    clock.advance(2 * 86_400);
    Visitor::from_address(&server, "198.51.100.24").sign_in("P-100", "yet another secret").await;
    clock.advance(89 * 86_400);
    let housekeeping = tutela_server::auth::Auth::new(auth);
    tutela_server::housekeeping::sweep(&server.store, &housekeeping).await.unwrap();
    let reader = Visitor::new(&server);
    assert_eq!(reader.sign_in("ADMIN-1", "administrator passphrase").await.status, 303);
    let later = reader.get("/admin/sign-ins").await;
    assert_eq!(later.status, 200);
    assert!(!later.body.contains("198.51.100.23"), "91 days old: gone");
    assert!(later.body.contains("198.51.100.24"), "89 days old: kept");
    server.stop().await;
}

async fn after_sign_in_only_a_page_of_this_site_is_a_destination(backend: Backend) {
    let auth = AuthConfig { attempts_per_minute: 1000, ..AuthConfig::default() };
    let Some((server, _)) = server_with_person(backend, auth).await else { return };
    let cases = [
        ("/people", "/people"),
        // The home page when asked for; without a page to return to, the learner's home.
        ("/", "/"),
        ("/courses/foundations/what-is-csea", "/courses/foundations/what-is-csea"),
        ("/people?institution=demo-academy", "/people?institution=demo-academy"),
        ("//evil.example", "/learn"),
        ("/\\evil.example", "/learn"),
        ("\\\\evil.example", "/learn"),
        ("/%2F%2Fevil.example", "/learn"),
        ("/%5Cevil.example", "/learn"),
        ("/%2f/evil.example", "/learn"),
        ("/ /evil.example", "/learn"),
        ("/\t/evil.example", "/learn"),
        ("/\n/evil.example", "/learn"),
        ("https://evil.example/", "/learn"),
        ("/no/such/page", "/learn"),
        ("", "/learn"),
    ];
    for (next, expected) in cases {
        let visitor = Visitor::new(&server);
        let csrf = visitor.get("/sign-in").await.csrf();
        let reply = visitor
            .post("/sign-in", &[("csrf", &csrf), ("login", "P-100"), ("password", PASSWORD), ("next", next)])
            .await;
        assert_eq!((reply.status, reply.header("location")), (303, Some(expected)), "next = {next:?}");
    }
    // The sign-in page carries only a safe `next` into its form.
    let page = Visitor::new(&server).get("/sign-in?next=//evil.example").await;
    assert!(page.body.contains(r#"name="next" value="""#), "{}", page.body);
    server.stop().await;
}

async fn the_site_url_makes_links_origins_cookies_and_hsts(backend: Backend) {
    let auth =
        AuthConfig { site_url: Some(SiteUrl::parse("https://tutela.example.org").unwrap()), ..AuthConfig::default() };
    let Some((server, _)) = server_with_person(backend, auth).await else { return };
    let target = add_person(&server.store, "P-300", None, None).await;
    let hr = add_person(&server.store, "HR-1", None, Some("hr officer passphrase")).await;
    server.store.grant_role(hr, Role::Hr, Some("hq"), "test").await.unwrap();

    let page = Visitor::new(&server).get("/").await;
    assert_eq!(page.header("strict-transport-security"), Some("max-age=31536000"), "HSTS on every page");
    let visitor = Visitor::new(&server);
    let form = visitor.get("/sign-in").await;
    let csrf_cookie = form.set_cookie("__Host-tutela_csrf").expect("a __Host- cookie over https");
    assert!(csrf_cookie.contains("Secure") && csrf_cookie.contains("Path=/") && !csrf_cookie.contains("Domain"));
    let fields = [("csrf", form.csrf()), ("login", "HR-1".to_string()), ("password", "hr officer passphrase".into())];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // The request's own host is not the site: a form posted from it is refused.
    let from_host = visitor.post("/sign-in", &fields).await;
    assert_eq!(from_host.status, 403);
    for origin in ["http://tutela.example.org", "https://tutela.example.org:8443", "https://evil.example"] {
        assert_eq!(visitor.post_from("/sign-in", &fields, Some(origin)).await.status, 403, "{origin}");
    }
    let signed_in = visitor.post_from("/sign-in", &fields, Some("https://tutela.example.org")).await;
    assert_eq!(signed_in.status, 303);
    let session = signed_in.set_cookie("__Host-tutela_session").expect("a __Host- session cookie");
    assert!(session.contains("Secure"));

    // Links are built on the site URL, whatever Host the request named.
    let person = visitor.get(&format!("/people/{}", person_id(&server, target).await)).await;
    let action = format!("/people/{}/invite", person_id(&server, target).await);
    let csrf = person.csrf();
    let invited = visitor.post_from(&action, &[("csrf", &csrf)], Some("https://tutela.example.org")).await;
    assert_eq!(invited.status, 200, "{}", invited.body);
    assert!(invited.body.contains("https://tutela.example.org/activate/"), "{}", invited.body);
    assert!(!invited.body.contains("http://127.0.0.1"));
    server.stop().await;
}

/// The person of account `account`.
async fn person_id(server: &TestServer, account: tutela_app::ids::AccountId) -> tutela_app::ids::PersonId {
    let query = tutela_app::model::PeopleQuery { status: None, page: 1, ..Default::default() };
    let (rows, _) = server.store.people(None, &query, 1000).await.unwrap();
    for row in rows {
        if server.store.account_of(row.id).await.unwrap() == Some(account) {
            return row.id;
        }
    }
    panic!("no person has account {account}");
}

async fn a_new_password_withdraws_every_pending_link(backend: Backend) {
    let Some((server, account)) = server_with_person(backend, AuthConfig::default()).await else { return };
    let (pending, _) = tutela_server::auth::invite(
        server.store.as_ref(),
        account,
        InvitationPurpose::Reset,
        "account:9",
        server.clock.now(),
    )
    .await
    .unwrap();
    let visitor = Visitor::new(&server);
    assert_eq!(visitor.get(&format!("/activate/{pending}")).await.status, 200, "the link works before");
    visitor.sign_in("P-100", PASSWORD).await;
    let csrf = visitor.get("/account").await.csrf();
    let changed = visitor
        .post(
            "/account/password",
            &[
                ("csrf", &csrf),
                ("current_password", PASSWORD),
                ("new_password", "harbour violet seventeen"),
                ("confirm_password", "harbour violet seventeen"),
            ],
        )
        .await;
    assert_eq!(changed.status, 303);
    assert_eq!(visitor.get(&format!("/activate/{pending}")).await.status, 410, "changing the password withdrew it");
    server.stop().await;
}
