//! The storage seam itself, on both backends: the demo data, the seeded
//! cadres, and the database's own guard on published versions.

use tutela_app::store::prelude::*;
use tutela_app::store::{DemoOutcome, Field};
use tutela_tests::{Backend, TestDb, on_both_backends, shipped_content};

on_both_backends!(
    demo_data_is_created_once,
    the_six_cadres_are_seeded_in_a_new_database,
    the_database_refuses_to_change_a_published_version,
    racing_duplicates_are_duplicates_not_outages,
    the_store_records_the_time_of_its_clock,
);

async fn demo_data_is_created_once(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    assert_eq!(tutela_server::demo::ensure(store.as_ref()).await.unwrap(), DemoOutcome::Created);
    assert_eq!(tutela_server::demo::ensure(store.as_ref()).await.unwrap(), DemoOutcome::AlreadyPresent);
    let paths: Vec<(String, String)> = match backend {
        Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
            sqlx::query_as("SELECT code, path FROM units ORDER BY id").fetch_all(&pool).await.unwrap()
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
            sqlx::query_as("SELECT code, path FROM units ORDER BY id").fetch_all(&pool).await.unwrap()
        }
    };
    assert_eq!(paths.len(), 7, "the demo institution has seven units, created once");
    let path_of = |code: &str| paths.iter().find(|(c, _)| c == code).map(|(_, p)| p.clone()).unwrap();
    // A unit's path extends its parent's, so a subtree is one prefix query.
    assert!(path_of("north-court").starts_with(&path_of("north")));
    assert!(path_of("north").starts_with(&path_of("hq")));
    assert!(!path_of("south-port").starts_with(&path_of("north")));
}

async fn the_six_cadres_are_seeded_in_a_new_database(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let cadres: Vec<String> = store.cadre_summaries().await.unwrap().into_iter().map(|s| s.cadre.slug).collect();
    assert_eq!(
        cadres,
        [
            "police-first-responder",
            "police-investigator",
            "prosecutor",
            "judge",
            "social-worker",
            "helpline-counsellor"
        ]
    );
    assert!(store.cadre("astronaut").await.unwrap().is_none());
}

async fn the_database_refuses_to_change_a_published_version(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    tutela_server::content::import(store.as_ref(), &shipped_content()).await.unwrap();
    for statement in [
        "UPDATE lessons SET body_html = 'changed'",
        "UPDATE modules SET title = 'changed'",
        "UPDATE course_versions SET title = 'changed'",
    ] {
        let result = match backend {
            Backend::Sqlite => {
                let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
                sqlx::query(statement).execute(&pool).await.map(|_| ())
            }
            Backend::Postgres => {
                let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
                sqlx::query(statement).execute(&pool).await.map(|_| ())
            }
        };
        let err = result.expect_err(statement).to_string();
        assert!(err.contains("course versions are immutable"), "{statement}: {err}");
    }
    let lesson = store.lesson("foundations", None, "what-is-csea").await.unwrap().unwrap();
    assert_ne!(lesson.body_html, "changed");
}

/// `/healthz` and the pages turn to 503 when PostgreSQL stops answering: the server
/// reaches PostgreSQL through a proxy that the test then cuts. (SQLite is a
/// file inside the process; it has no connection to lose.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn healthz_answers_only_while_the_database_does() {
    let Some(db) = TestDb::create(Backend::Postgres).await else { return };
    let proxy = tutela_tests::CuttableProxy::start(tutela_tests::postgres_address()).await;
    let db = db.reached_through(proxy.address());
    let store = db.store().await;
    let server = tutela_tests::TestServer::serve(db, store).await;
    assert_eq!(server.get("/healthz").await.0, 200);
    proxy.cut();
    let (status, body) = server.get("/healthz").await;
    assert_eq!(status, 503, "healthz answered {status} with no database: {body}");
    assert!(!body.contains("5432"), "the answer shows no internals: {body}");
    // A page that needs the database says so plainly, with no internals.
    let (status, page) = server.get("/cadres/judge").await;
    assert_eq!(status, 503);
    assert!(page.contains("The service is unavailable"), "{page}");
    assert!(!page.contains("5432") && !page.to_lowercase().contains("sqlx"), "{page}");
    server.stop().await;
}

/// A signed-in request whose session cannot be read (PostgreSQL stopped
/// answering once the kept session went stale) is an outage: 503, the
/// cookie kept, never a page as if nobody were signed in.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_session_that_cannot_be_read_is_an_outage_not_a_sign_out() {
    let Some(db) = TestDb::create(Backend::Postgres).await else { return };
    let proxy = tutela_tests::CuttableProxy::start(tutela_tests::postgres_address()).await;
    let db = db.reached_through(proxy.address());
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    tutela_tests::add_person(&store, "P-100", None, Some("river lantern mango")).await;
    let clock = tutela_server::clock::Clock::manual(tutela_server::clock::Clock::system().now());
    let auth = tutela_server::auth::AuthConfig { clock: clock.clone(), ..Default::default() };
    let server = tutela_tests::TestServer::serve_with(db, store, auth).await;
    let reader = tutela_tests::Visitor::new(&server);
    assert_eq!(reader.sign_in("P-100", "river lantern mango").await.status, 303);
    assert_eq!(reader.get("/account").await.status, 200);
    clock.advance(tutela_server::auth::sessions::LIFETIME);
    proxy.cut();
    for path in ["/account", "/"] {
        let reply = reader.get(path).await;
        assert_eq!(reply.status, 503, "{path} without its session: {}", reply.body);
        assert!(reply.body.contains("The service is unavailable"), "{path}: {}", reply.body);
        assert_eq!(reply.set_cookie("tutela_session"), None, "{path}: the session cookie is kept");
    }
    server.stop().await;
}

/// Eight requests adding the same cadre at once: one adds it, the others
/// get the form's error (the slug is taken), whether the check before the
/// insert or the database's unique constraint catches them; none is an
/// outage.
async fn racing_duplicates_are_duplicates_not_outages(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let attempts = (0..8).map(|n| {
        let store = store.clone();
        tokio::spawn(async move { store.create_cadre("court-clerk", &format!("Clerk {n}"), "", "test").await })
    });
    let mut added = 0;
    for attempt in attempts {
        match attempt.await.unwrap() {
            Ok(()) => added += 1,
            Err(StoreError::Duplicate { field: Field::Slug, value }) => assert_eq!(value, "court-clerk"),
            Err(other) => panic!("a duplicate slug must be a Duplicate, not {other:?}"),
        }
    }
    assert_eq!(added, 1);
    let again = store.create_cadre("court-clerk", "Clerk", "", "test").await.unwrap_err();
    assert!(again.is_refusal());
    assert_eq!(again.message(), "the slug `court-clerk` is already used");
}

async fn the_store_records_the_time_of_its_clock(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let clock = tutela_server::clock::Clock::manual(2_000_000_000);
    let store = db.store_at(clock.clone()).await;
    store.create_cadre("court-clerk", "Court clerk", "", "test").await.unwrap();
    clock.advance(60);
    store.create_cadre("usher", "Usher", "", "test").await.unwrap();
    let (head, _) = store.audit_head().await.unwrap();
    let entries = store.audit_entries(head - 2, 2).await.unwrap();
    let times: Vec<i64> = entries.iter().map(|entry| entry.at).collect();
    assert_eq!(times, [2_000_000_000, 2_000_000_060]);
}
