//! Signing in: sessions, sign-out, lockout and unlock, time-outs, CSRF,
//! the per-address limit and changing a password, through the real HTTP
//! server. Each scenario runs on SQLite and PostgreSQL.

use std::time::Duration;

use tutela_app::i18n::catalogue::english;
use tutela_app::model::AuditAction;
use tutela_app::store::InvitationPurpose;
use tutela_server::auth::AuthConfig;
use tutela_server::clock::Clock;
use tutela_server::http::accounts::sign_in::{FORM_EXPIRED, SIGN_IN_FAILED, TOO_MANY_ATTEMPTS};
use tutela_tests::{Backend, TestDb, TestServer, Visitor, add_person, on_both_backends};

on_both_backends!(
    a_person_signs_in_sees_their_account_and_signs_out,
    an_unknown_account_and_a_wrong_password_get_the_same_answer,
    failures_pause_then_lock_an_account_only_against_the_address_that_failed,
    forms_without_the_right_csrf_token_or_from_another_site_are_refused,
    sessions_end_after_the_idle_and_the_absolute_time_outs,
    changing_the_password_checks_every_field_and_ends_other_sessions,
    sign_in_attempts_are_limited_per_address,
    an_invitation_sets_the_password_once_and_expires,
    a_reset_link_replaces_a_forgotten_password_and_ends_sessions,
    an_unreadable_session_is_a_503_never_kept_and_signing_out_still_clears_it,
);

const PASSWORD: &str = "river lantern mango";

async fn server_with_person(backend: Backend, auth: AuthConfig) -> Option<(TestServer, tutela_app::ids::AccountId)> {
    let db = TestDb::create(backend).await?;
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    let account = add_person(&store, "P-100", Some("amina@example.org"), Some(PASSWORD)).await;
    Some((TestServer::serve_with(db, store, auth).await, account))
}

async fn a_person_signs_in_sees_their_account_and_signs_out(backend: Backend) {
    let Some((server, account)) = server_with_person(backend, AuthConfig::default()).await else { return };
    let visitor = Visitor::new(&server);
    server.store.grant_role(account, tutela_app::model::Role::Hr, Some("north"), "test").await.unwrap();
    server.store.grant_role(account, tutela_app::model::Role::Admin, None, "test").await.unwrap();

    let page = visitor.get("/sign-in").await;
    assert_eq!(page.status, 200);
    let csrf_cookie = page.set_cookie("tutela_csrf").expect("the sign-in page sets the anonymous CSRF cookie");
    assert!(csrf_cookie.contains("HttpOnly") && csrf_cookie.contains("SameSite=Strict"), "{csrf_cookie}");
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert!(page.body.contains(r#"autocomplete="current-password""#));

    let signed_in = visitor
        .post(
            "/sign-in",
            &[("csrf", &page.csrf()), ("login", "P-100"), ("password", PASSWORD), ("next", "/cadres/prosecutor")],
        )
        .await;
    assert_eq!(signed_in.status, 303, "{}", signed_in.body);
    assert_eq!(signed_in.header("location"), Some("/cadres/prosecutor"), "back to where the person was going");
    let cookie = signed_in.set_cookie("tutela_session").expect("a session cookie");
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain HTTP: the cookie cannot be Secure");
    let token = visitor.cookie("tutela_session").unwrap();

    let account = visitor.get("/account").await;
    assert_eq!(account.status, 200);
    assert!(account.body.contains("Amina Okafor P-100") && account.body.contains("P-100"), "{}", account.body);
    assert!(account.body.contains("Northern Region") && account.body.contains("Prosecutors"));
    assert!(
        account.body.contains("Learner; HR, Northern Region; Administrator, whole deployment"),
        "the roles, in the page's words: {}",
        account.body
    );
    // The store recorded the deployment as data (`null`), not in words.
    let audit = server.store.audit_entries(0, 100).await.unwrap();
    let grants: Vec<&str> =
        audit.iter().filter(|e| e.entry.action == AuditAction::RoleGrant).map(|e| e.entry.changes.as_str()).collect();
    assert_eq!(grants, [r#"{"role":"hr","unit":"Northern Region"}"#, r#"{"role":"admin","unit":null}"#]);
    assert!(account.body.contains("Sign out"));
    assert_eq!(account.header("cache-control"), Some("no-store"), "a signed-in page is private");
    // Cached pages are not served to a signed-in person: the header names them.
    let home = visitor.get("/").await;
    assert!(home.body.contains("Amina Okafor P-100"), "the page cache is bypassed for a session");
    assert!(server.get("/").await.1.contains(">Sign in</a>"), "anonymous visitors still get the cached page");

    // Signing in by email works too, and opens another, different session.
    let other = Visitor::new(&server);
    assert_eq!(other.sign_in("AMINA@example.org", PASSWORD).await.status, 303);
    assert_ne!(other.cookie("tutela_session").unwrap(), token, "every sign-in has a new session id");

    let out = visitor.post("/sign-out", &[("csrf", &account.csrf())]).await;
    assert_eq!(out.status, 303);
    assert!(out.set_cookie("tutela_session").unwrap().contains("Max-Age=0"), "the cookie is cleared");
    // The session is over on the server: the old token opens nothing.
    visitor.set_cookie("tutela_session", Some(&token));
    let after = visitor.get("/account").await;
    assert_eq!((after.status, after.header("location")), (303, Some("/sign-in?next=/account")));
    assert_eq!(other.get("/account").await.status, 200, "signing out ends only that session");
    server.stop().await;
}

async fn an_unknown_account_and_a_wrong_password_get_the_same_answer(backend: Backend) {
    let Some((server, _)) = server_with_person(backend, AuthConfig::default()).await else { return };
    let visitor = Visitor::new(&server);
    let wrong = visitor.sign_in("P-100", "not the password at all").await;
    let unknown = visitor.sign_in("P-999", "not the password at all").await;
    for reply in [&wrong, &unknown] {
        assert_eq!(reply.status, 401);
        assert!(reply.body.contains(&english(SIGN_IN_FAILED)), "{}", reply.body);
        assert!(reply.set_cookie("tutela_session").is_none());
    }
    assert!(wrong.body.contains(r#"value="P-100""#), "the login typed is kept");
    assert!(!wrong.body.contains("not the password at all"), "a password is never sent back");
    server.stop().await;
}

async fn failures_pause_then_lock_an_account_only_against_the_address_that_failed(backend: Backend) {
    // The per-address rate limit is raised so that only the per-account rules act.
    let clock = Clock::manual(Clock::system().now());
    let auth = AuthConfig {
        attempts_per_minute: 1000,
        trusted_proxies: vec!["127.0.0.1/32".parse().unwrap()],
        clock: clock.clone(),
        ..AuthConfig::default()
    };
    let Some((server, account)) = server_with_person(backend, auth).await else { return };
    let stranger = Visitor::from_address(&server, "198.51.100.7");
    for attempt in 1..=3 {
        let reply = stranger.sign_in("P-100", "wrong wrong wrong").await;
        assert_eq!(reply.status, 401, "attempt {attempt}");
        assert!(reply.body.contains(&english(SIGN_IN_FAILED)));
    }
    let paused = stranger.sign_in("P-100", "wrong wrong wrong").await;
    assert_eq!(paused.status, 429, "after 3 failures the address waits");
    assert!(paused.body.contains("Wait a minute"), "{}", paused.body);
    assert_eq!(paused.header("retry-after"), Some("30"));
    // A colleague at another address is not affected at all.
    let colleague = Visitor::from_address(&server, "203.0.113.20");
    assert_eq!(colleague.sign_in("P-100", PASSWORD).await.status, 303, "the owner signs in from elsewhere");

    // Each further failure waits longer; the fifth locks the account against that address.
    clock.advance(31);
    assert_eq!(stranger.sign_in("P-100", "wrong wrong wrong").await.status, 401);
    assert_eq!(stranger.sign_in("P-100", "wrong wrong wrong").await.header("retry-after"), Some("60"));
    clock.advance(61);
    assert_eq!(stranger.sign_in("P-100", "wrong wrong wrong").await.status, 401);
    let locked = stranger.sign_in("P-100", PASSWORD).await;
    assert_eq!(locked.status, 429, "the right password does not open it from the failing address");
    assert!(locked.body.contains("15 minutes"), "{}", locked.body);
    let audit = server.store.audit_entries(0, 100).await.unwrap();
    let lock = audit.iter().find(|e| e.entry.action == AuditAction::AccountLock).expect("the lock is audited");
    assert_eq!(lock.entry.record_id, account.to_string());
    assert!(lock.entry.changes.contains("198.51.100.7"), "{}", lock.entry.changes);
    let again = Visitor::from_address(&server, "203.0.113.20");
    assert_eq!(again.sign_in("P-100", PASSWORD).await.status, 303, "still open from the colleague's address");

    // The lock ends by itself, or an administrator lifts it sooner.
    clock.advance(15 * 60 + 1);
    assert_eq!(stranger.sign_in("P-100", PASSWORD).await.status, 303, "the lock ended by itself");
    let late = Visitor::from_address(&server, "198.51.100.8");
    for _ in 0..5 {
        late.sign_in("P-100", "wrong wrong wrong").await;
        clock.advance(120);
    }
    assert_eq!(late.sign_in("P-100", PASSWORD).await.status, 429);
    server.store.unlock_account(account, "account:1").await.unwrap();
    assert_eq!(late.sign_in("P-100", PASSWORD).await.status, 303, "an administrator unlocked it");

    // A login that names no account is paused exactly alike, so the pause tells nothing.
    let prober = Visitor::from_address(&server, "198.51.100.9");
    for _ in 0..3 {
        assert_eq!(prober.sign_in("P-404", "wrong wrong wrong").await.status, 401);
    }
    let unknown = prober.sign_in("P-404", "wrong wrong wrong").await;
    assert_eq!((unknown.status, unknown.header("retry-after")), (429, Some("30")));
    // Nor does it tie an email to its staff number: each login is counted apart.
    let linker = Visitor::from_address(&server, "198.51.100.10");
    for _ in 0..3 {
        assert_eq!(linker.sign_in("amina@example.org", "wrong wrong wrong").await.status, 401);
    }
    assert_eq!(linker.sign_in("P-100", "wrong wrong wrong").await.status, 401, "the staff number is not paused");

    // A session that began as an administrator locked the account does not outlive the lock.
    server.store.lock_account(account, "account:1").await.unwrap();
    let session = tutela_app::store::NewSession {
        id_hash: "racing-session".into(),
        account_id: account,
        csrf_token: "token".into(),
        now: clock.now(),
        expires_at: clock.now() + 3600,
        address: "198.51.100.11".into(),
    };
    server.store.start_session(&session).await.unwrap();
    assert!(
        server.store.session("racing-session").await.unwrap().unwrap().barred,
        "a locked account's session is barred"
    );
    assert!(matches!(
        tutela_server::audit::verify(server.store.as_ref()).await.unwrap(),
        tutela_server::audit::Verdict::Intact { .. }
    ));
    server.stop().await;
}

async fn forms_without_the_right_csrf_token_or_from_another_site_are_refused(backend: Backend) {
    let Some((server, _)) = server_with_person(backend, AuthConfig::default()).await else { return };
    let visitor = Visitor::new(&server);
    let page = visitor.get("/sign-in").await;
    let csrf = page.csrf();
    let form = |token: &'static str| [("csrf", token), ("login", "P-100"), ("password", PASSWORD)];

    let missing = visitor.post("/sign-in", &form("")).await;
    assert_eq!(missing.status, 403);
    assert!(missing.body.contains(&english(FORM_EXPIRED)));
    let forged =
        visitor.post("/sign-in", &form("0000000000000000000000000000000000000000000000000000000000000000")).await;
    assert_eq!(forged.status, 403);
    let leaked: &'static str = Box::leak(csrf.clone().into_boxed_str());
    let cross = visitor.post_from("/sign-in", &form(leaked), Some("https://elsewhere.example")).await;
    assert_eq!(cross.status, 403, "a form posted from another site is refused even with the token");
    // Without the cookie (another browser), the token alone is not enough.
    let stranger = Visitor::new(&server);
    assert_eq!(stranger.post("/sign-in", &form(leaked)).await.status, 403);
    assert_eq!(visitor.post("/sign-in", &form(leaked)).await.status, 303, "the real form works");

    let account = visitor.get("/account").await;
    for (token, origin) in [("", None), ("wrong", None), (leaked, None), (leaked, Some("https://elsewhere.example"))] {
        let out = visitor.post_from("/sign-out", &[("csrf", token)], origin).await;
        assert_eq!(out.status, 403, "sign-out with token {token:?} from {origin:?}");
    }
    assert_eq!(visitor.get("/account").await.status, 200, "still signed in");
    assert_eq!(visitor.post("/sign-out", &[("csrf", &account.csrf())]).await.status, 303);
    server.stop().await;
}

async fn sessions_end_after_the_idle_and_the_absolute_time_outs(backend: Backend) {
    let clock = Clock::manual(Clock::system().now());
    let auth = AuthConfig { idle_timeout: Duration::from_secs(120), clock: clock.clone(), ..AuthConfig::default() };
    let Some((server, _)) = server_with_person(backend, auth).await else { return };
    let visitor = Visitor::new(&server);
    assert_eq!(visitor.sign_in("P-100", PASSWORD).await.status, 303);
    assert_eq!(visitor.get("/account").await.status, 200);
    clock.advance(119);
    assert_eq!(visitor.get("/account").await.status, 200, "a request just in time keeps it alive");
    clock.advance(119);
    assert_eq!(visitor.get("/account").await.status, 200, "and so on");
    clock.advance(121);
    let idle = visitor.get("/account").await;
    assert_eq!(idle.status, 303, "idle too long");
    assert!(idle.set_cookie("tutela_session").is_some_and(|c| c.contains("Max-Age=0")), "the dead cookie is cleared");

    assert_eq!(visitor.sign_in("P-100", PASSWORD).await.status, 303);
    let ends = clock.now() + 12 * 3600;
    // Busy all day, never idle: the session still ends after 12 hours.
    while clock.now() + 119 < ends {
        clock.advance(119);
        assert_eq!(visitor.get("/account").await.status, 200);
    }
    clock.advance(ends - clock.now());
    assert_eq!(visitor.get("/account").await.status, 303, "past the absolute time-out of 12 hours");
    server.stop().await;
}

async fn changing_the_password_checks_every_field_and_ends_other_sessions(backend: Backend) {
    let Some((server, account)) = server_with_person(backend, AuthConfig::default()).await else { return };
    let (me, elsewhere) = (Visitor::new(&server), Visitor::new(&server));
    assert_eq!(me.sign_in("P-100", PASSWORD).await.status, 303);
    assert_eq!(elsewhere.sign_in("P-100", PASSWORD).await.status, 303);
    let page = me.get("/account").await;
    let csrf = page.csrf();
    let change = |current: &'static str, new: &'static str, confirm: &'static str| {
        let csrf = csrf.clone();
        let me = &me;
        async move {
            me.post(
                "/account/password",
                &[("csrf", &csrf), ("current_password", current), ("new_password", new), ("confirm_password", confirm)],
            )
            .await
        }
    };

    let bad = change("wrong", "short", "different").await;
    assert_eq!(bad.status, 422);
    for (field, words) in [
        ("current_password", "not your current password"),
        ("new_password", "at least 12 characters"),
        ("confirm_password", "not the same"),
    ] {
        let error = format!(r#"id="{field}-error""#);
        let at = bad.body.find(&error).unwrap_or_else(|| panic!("no error for {field}:\n{}", bad.body));
        assert!(bad.body[at..].contains(words), "{field}");
        assert!(bad.body.contains(&format!(r#"aria-describedby="{field}-error"#)), "{field} is tied to its error");
    }
    let common = change(PASSWORD, "Password1234", "Password1234").await;
    assert!(common.body.contains("common passwords"), "{}", common.body);
    let own = change(PASSWORD, "amina@example.org", "amina@example.org").await;
    assert!(own.body.contains("staff number, email or name"));
    assert_eq!(elsewhere.get("/account").await.status, 200, "nothing changed yet");

    let done = change(PASSWORD, "harbour violet seventeen", "harbour violet seventeen").await;
    assert_eq!((done.status, done.header("location")), (303, Some("/account?password=changed#password")));
    assert!(me.get("/account?password=changed").await.body.contains("Your password was changed"));
    assert_eq!(elsewhere.get("/account").await.status, 303, "the other session was ended");
    assert_eq!(Visitor::new(&server).sign_in("P-100", PASSWORD).await.status, 401, "the old password is gone");
    assert_eq!(Visitor::new(&server).sign_in("P-100", "harbour violet seventeen").await.status, 303);
    let audit = server.store.audit_entries(0, 100).await.unwrap();
    let entry = audit.iter().find(|e| e.entry.action == AuditAction::AccountPassword).expect("an audit entry");
    assert_eq!(entry.entry.actor, format!("account:{account}"));
    assert!(!entry.entry.changes.contains("argon2"), "the audit log never holds a hash");
    server.stop().await;
}

async fn sign_in_attempts_are_limited_per_address(backend: Backend) {
    let auth = AuthConfig { attempts_per_minute: 3, ..AuthConfig::default() };
    let Some((server, _)) = server_with_person(backend, auth).await else { return };
    let visitor = Visitor::new(&server);
    for _ in 0..3 {
        assert_eq!(visitor.sign_in("P-404", "wrong wrong wrong").await.status, 401);
    }
    let limited = visitor.sign_in("P-100", PASSWORD).await;
    assert_eq!(limited.status, 429);
    assert!(limited.body.contains(&english(TOO_MANY_ATTEMPTS)));
    server.stop().await;
}

async fn an_invitation_sets_the_password_once_and_expires(backend: Backend) {
    let clock = Clock::manual(Clock::system().now());
    let auth = AuthConfig { clock: clock.clone(), ..AuthConfig::default() };
    let Some((server, _)) = server_with_person(backend, auth).await else { return };
    let account = add_person(&server.store, "P-200", None, None).await;
    let visitor = Visitor::new(&server);
    assert_eq!(visitor.sign_in("P-200", "anything at all here").await.status, 401, "not active yet");

    let (token, _) = tutela_server::auth::invite(
        server.store.as_ref(),
        account,
        InvitationPurpose::Activate,
        "account:1",
        server.clock.now(),
    )
    .await
    .unwrap();
    let hash = tutela_server::auth::token_hash(&token);
    assert!(server.store.invitation(&token).await.unwrap().is_none(), "the token itself is not stored");
    assert!(server.store.invitation(&hash).await.unwrap().is_some(), "only its hash");

    let page = visitor.get(&format!("/activate/{token}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Activate your account") && page.body.contains("P-200"), "{}", page.body);
    let path = format!("/activate/{token}");
    let fresh = Visitor::new(&server).get(&path).await;
    assert!(fresh.set_cookie("tutela_csrf").is_some(), "the form gives a new visitor its CSRF cookie");
    let csrf = page.csrf();
    let short = visitor.post(&path, &[("csrf", &csrf), ("new_password", "short"), ("confirm_password", "short")]).await;
    assert_eq!(short.status, 422);
    assert!(short.body.contains(r#"id="new_password-error""#) && short.body.contains("at least 12"));
    let forged = visitor
        .post(
            &path,
            &[
                ("csrf", "forged"),
                ("new_password", "copper kettle island"),
                ("confirm_password", "copper kettle island"),
            ],
        )
        .await;
    assert_eq!(forged.status, 403);
    let done = visitor
        .post(
            &path,
            &[("csrf", &csrf), ("new_password", "copper kettle island"), ("confirm_password", "copper kettle island")],
        )
        .await;
    assert_eq!((done.status, done.header("location")), (303, Some("/sign-in?activated=1")));
    assert!(visitor.get("/sign-in?activated=1").await.body.contains("Your password is set"));
    assert_eq!(visitor.sign_in("P-200", "copper kettle island").await.status, 303);

    // Single use.
    assert_eq!(visitor.get(&path).await.status, 410);
    let again = Visitor::new(&server);
    let csrf = again.get("/sign-in").await.csrf();
    let reuse = again
        .post(
            &path,
            &[("csrf", &csrf), ("new_password", "another long phrase"), ("confirm_password", "another long phrase")],
        )
        .await;
    assert_eq!(reuse.status, 410);
    assert_eq!(Visitor::new(&server).sign_in("P-200", "another long phrase").await.status, 401);

    // A newer link replaces an older one; an expired link does nothing.
    let (older, _) =
        tutela_server::auth::invite(server.store.as_ref(), account, InvitationPurpose::Reset, "t", server.clock.now())
            .await
            .unwrap();
    let (newer, _) =
        tutela_server::auth::invite(server.store.as_ref(), account, InvitationPurpose::Reset, "t", server.clock.now())
            .await
            .unwrap();
    assert_eq!(visitor.get(&format!("/activate/{older}")).await.status, 410);
    assert_eq!(visitor.get(&format!("/activate/{newer}")).await.status, 200);
    clock.advance(tutela_server::auth::RESET_LIFETIME.as_secs() as i64 - 1);
    assert_eq!(visitor.get(&format!("/activate/{newer}")).await.status, 200, "a second before it expires");
    clock.advance(1);
    assert_eq!(visitor.get(&format!("/activate/{newer}")).await.status, 410, "expired");
    assert_eq!(visitor.get("/activate/not-a-token").await.status, 410);
    let audit = server.store.audit_entries(0, 200).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.entry.action == AuditAction::AccountInvite).count(), 3);
    server.stop().await;
}

async fn a_reset_link_replaces_a_forgotten_password_and_ends_sessions(backend: Backend) {
    let Some((server, account)) = server_with_person(backend, AuthConfig::default()).await else { return };
    let signed_in = Visitor::new(&server);
    assert_eq!(signed_in.sign_in("P-100", PASSWORD).await.status, 303);
    let (token, _) = tutela_server::auth::invite(
        server.store.as_ref(),
        account,
        InvitationPurpose::Reset,
        "account:9",
        server.clock.now(),
    )
    .await
    .unwrap();
    let visitor = Visitor::new(&server);
    let page = visitor.get(&format!("/activate/{token}")).await;
    assert!(page.body.contains("Choose a new password"));
    let csrf = page.csrf();
    let done = visitor
        .post(
            &format!("/activate/{token}"),
            &[
                ("csrf", &csrf),
                ("new_password", "lighthouse pepper drum"),
                ("confirm_password", "lighthouse pepper drum"),
            ],
        )
        .await;
    assert_eq!(done.status, 303);
    assert_eq!(signed_in.get("/account").await.status, 303, "sessions from before the reset are ended");
    assert_eq!(Visitor::new(&server).sign_in("P-100", PASSWORD).await.status, 401);
    assert_eq!(Visitor::new(&server).sign_in("P-100", "lighthouse pepper drum").await.status, 303);
    server.stop().await;
}

async fn an_unreadable_session_is_a_503_never_kept_and_signing_out_still_clears_it(backend: Backend) {
    let Some((server, _)) = server_with_person(backend, AuthConfig::default()).await else { return };
    let visitor = Visitor::new(&server);
    // A session the server has not kept, looked up in a store that fails.
    visitor.set_cookie("tutela_session", Some(&"ab".repeat(32)));
    server.db.execute("DROP TABLE sessions").await.unwrap();
    let page = visitor.get("/account").await;
    assert_eq!(page.status, 503, "{}", page.body);
    assert_eq!(page.header("cache-control"), Some("no-store"));
    assert_eq!(page.header("retry-after"), Some("5"));
    assert!(page.set_cookie("tutela_session").is_none(), "reading a page does not end the session");
    assert!(visitor.cookie("tutela_session").is_some());

    let out = visitor.post("/sign-out", &[("csrf", "unknown")]).await;
    assert_eq!(out.status, 503);
    assert_eq!(out.header("cache-control"), Some("no-store"));
    assert_eq!(out.header("retry-after"), Some("5"));
    assert!(out.set_cookie("tutela_session").unwrap().contains("Max-Age=0"), "signing out clears the cookie");
    assert!(visitor.cookie("tutela_session").is_none());
    server.stop().await;
}
