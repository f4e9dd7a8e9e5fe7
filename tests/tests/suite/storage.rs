//! The storage seam itself, on both backends: the demo data, the seeded
//! cadres, the database's own guard on published versions, and the closed
//! sets stored as words (a person's status, an audit entry's action).

use tutela_app::model::{AuditAction, PeopleQuery, PersonStatus, RecordType};
use tutela_app::store::prelude::*;
use tutela_app::store::{DemoOutcome, Field, NewAuditEntry};
use tutela_server::audit::{Verdict, verify};
use tutela_tests::{Backend, TestDb, add_person, on_both_backends, shipped_content};

on_both_backends!(
    demo_data_is_created_once,
    the_six_cadres_are_seeded_in_a_new_database,
    the_database_refuses_to_change_a_published_version,
    racing_duplicates_are_duplicates_not_outages,
    the_store_records_the_time_of_its_clock,
    a_person_status_is_stored_read_and_filtered_as_its_word,
    an_entry_of_a_later_version_reads_back_and_verifies,
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
        "UPDATE quizzes SET pass_mark = 1",
        "UPDATE quiz_draws SET how_many = 1",
        "UPDATE quiz_questions SET title = 'changed'",
        "UPDATE questions SET gift = 'changed'",
        "DELETE FROM questions",
        "DELETE FROM quiz_questions",
        "DELETE FROM quiz_draws",
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

/// `PersonStatus` is an sqlx type stored as its word in a TEXT column:
/// written as the word, read back from TEXT (PostgreSQL included: it takes
/// `str`'s type, not a custom one), bound in a filter, and a word outside
/// the two fails to decode instead of being guessed.
async fn a_person_status_is_stored_read_and_filtered_as_its_word(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    add_person(&store, "STAY-1", None, None).await;
    add_person(&store, "GONE-1", None, None).await;
    db.execute("UPDATE persons SET status = 'left', left_on = '2026-01-31' WHERE staff_number = 'GONE-1'")
        .await
        .unwrap();

    let statement = "SELECT status FROM persons ORDER BY staff_number";
    let (words, typed, stranger) = match backend {
        Backend::Sqlite => {
            let pool = sqlx::SqlitePool::connect(&db.url).await.unwrap();
            let words: Vec<String> = sqlx::query_scalar(statement).fetch_all(&pool).await.unwrap();
            let typed: Vec<PersonStatus> = sqlx::query_scalar(statement).fetch_all(&pool).await.unwrap();
            let stranger = sqlx::query_scalar::<_, PersonStatus>("SELECT 'gone'").fetch_one(&pool).await;
            (words, typed, stranger.map_err(|e| e.to_string()))
        }
        Backend::Postgres => {
            let pool = sqlx::PgPool::connect(&db.url).await.unwrap();
            let words: Vec<String> = sqlx::query_scalar(statement).fetch_all(&pool).await.unwrap();
            let typed: Vec<PersonStatus> = sqlx::query_scalar(statement).fetch_all(&pool).await.unwrap();
            let stranger = sqlx::query_scalar::<_, PersonStatus>("SELECT CAST('gone' AS TEXT)").fetch_one(&pool).await;
            (words, typed, stranger.map_err(|e| e.to_string()))
        }
    };
    assert_eq!(words, ["left", "active"], "the stored words are unchanged");
    assert_eq!(typed, [PersonStatus::Left, PersonStatus::Active]);
    assert!(stranger.is_err_and(|e| e.contains("not a person's status")), "a stranger word is refused");

    let listed = |status: Option<PersonStatus>| {
        let store = store.clone();
        async move {
            let query = PeopleQuery { status, page: 1, ..Default::default() };
            let (rows, total) = store.people(None, &query, 10).await.unwrap();
            let rows: Vec<(String, PersonStatus)> = rows.into_iter().map(|r| (r.staff_number, r.status)).collect();
            assert_eq!(rows.len() as i64, total);
            rows
        }
    };
    assert_eq!(listed(Some(PersonStatus::Left)).await, [("GONE-1".to_string(), PersonStatus::Left)]);
    assert_eq!(listed(Some(PersonStatus::Active)).await, [("STAY-1".to_string(), PersonStatus::Active)]);
    assert_eq!(listed(None).await.len(), 2);
    let gone = store.people(None, &PeopleQuery { q: "GONE-1".into(), page: 1, ..Default::default() }, 1).await;
    let detail = store.person(gone.unwrap().0[0].id).await.unwrap().unwrap();
    assert_eq!((detail.status, detail.left_on.as_deref()), (PersonStatus::Left, Some("2026-01-31")));
    assert_eq!(detail.placements[0].status, PersonStatus::Active, "the history keeps what was recorded");
}

/// An entry a later version wrote, with an action and a record type this
/// one does not know: the log still reads (as `Other`, the word kept as
/// written), the filter finds it, and the chain, hashed over the words,
/// verifies.
async fn an_entry_of_a_later_version_reads_back_and_verifies(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    let (last, prev_hash) = store.audit_head().await.unwrap();
    let entry = NewAuditEntry {
        actor: "a later version".into(),
        institution_id: None,
        action: AuditAction::parse("course.publish"),
        record_type: RecordType::parse("course"),
        record_id: "3".into(),
        changes: r#"{"version":2}"#.into(),
    };
    let (seq, at) = (last + 1, 2_000_000_000);
    let hash = tutela_server::audit::entry_hash(seq, at, &entry, &prev_hash);
    db.execute(&format!(
        "INSERT INTO audit_log (seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, \
         hash, keyed) VALUES ({seq}, {at}, 'a later version', NULL, 'course.publish', 'course', '3', \
         '{{\"version\":2}}', '{prev_hash}', '{hash}', 0)"
    ))
    .await
    .unwrap();
    db.execute(&format!("UPDATE audit_state SET last_seq = {seq}, last_hash = '{hash}'")).await.unwrap();

    let read = store.audit_entries(last, 10).await.unwrap();
    assert_eq!(read.len(), 1);
    assert_eq!(read[0].entry, entry);
    assert_eq!(read[0].entry.action, AuditAction::parse("course.publish"));
    assert!(matches!(read[0].entry.action, AuditAction::Other(_)));
    assert_eq!((read[0].entry.action.as_str(), read[0].entry.record_type.as_str()), ("course.publish", "course"));
    let filter = tutela_app::store::AuditFilter {
        action: "course.".into(),
        record_type: Some(RecordType::parse("course")),
        limit: 10,
        ..Default::default()
    };
    assert_eq!(store.audit_search(&filter).await.unwrap().len(), 1);
    let known = store.audit_entries(0, 1).await.unwrap();
    assert_eq!(
        (&known[0].entry.action, &known[0].entry.record_type),
        (&AuditAction::InstitutionCreate, &RecordType::Institution)
    );
    match verify(store.as_ref()).await.unwrap() {
        Verdict::Intact { entries, .. } => assert_eq!(entries, seq),
        other => panic!("the log with a later version's entry must verify: {other}"),
    }
}
