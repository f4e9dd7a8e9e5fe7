//! The audit log: changes are recorded with who and what, the database
//! refuses to alter or remove entries, and the hash chain names the first
//! entry that was altered or removed by someone who got past that.
//! Each scenario runs on SQLite and PostgreSQL.

use tutela_server::audit::{Verdict, verify};
use tutela_server::demo;
use tutela_tests::{Backend, TestDb, TestServer, Visitor, add_person, on_both_backends};

on_both_backends!(
    creating_the_demo_records_each_change_and_the_chain_verifies,
    the_database_refuses_to_alter_or_remove_entries,
    an_altered_entry_is_named,
    a_removed_entry_is_named,
    entries_removed_from_the_end_are_found,
    concurrent_changes_keep_one_unbroken_chain,
    administrators_browse_filter_and_check_the_log_in_their_institution,
);

/// The demo institution and its seven units: eight entries.
const DEMO_ENTRIES: i64 = 8;

async fn demo_db(backend: Backend) -> Option<(TestDb, tutela_app::store::SharedStore)> {
    let db = TestDb::create(backend).await?;
    let store = db.store().await;
    demo::ensure(store.as_ref()).await.unwrap();
    Some((db, store))
}

/// Lets the test act as someone with full database access, who can switch
/// the append-only triggers off.
async fn disable_triggers(db: &TestDb, backend: Backend) {
    let statements: &[&str] = match backend {
        Backend::Sqlite => &["DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete"],
        Backend::Postgres => &["ALTER TABLE audit_log DISABLE TRIGGER USER"],
    };
    for statement in statements {
        db.execute(statement).await.unwrap();
    }
}

async fn creating_the_demo_records_each_change_and_the_chain_verifies(backend: Backend) {
    let Some((_db, store)) = demo_db(backend).await else { return };
    let entries = store.audit_entries(0, 100).await.unwrap();
    assert_eq!(entries.len() as i64, DEMO_ENTRIES);
    let first = &entries[0];
    assert_eq!((first.seq, first.entry.action.as_str()), (1, "institution.create"));
    assert_eq!(first.entry.actor, demo::DEMO_ACTOR);
    assert!(first.entry.changes.contains("\"slug\":\"demo-academy\""), "{}", first.entry.changes);
    assert!(entries[1..].iter().all(|e| e.entry.action == "unit.create" && e.entry.institution_id.is_some()));
    assert!(entries.windows(2).all(|pair| pair[1].prev_hash == pair[0].hash), "each entry chains to the one before");

    let verdict = verify(store.as_ref()).await.unwrap();
    assert_eq!(verdict, Verdict::Intact { entries: DEMO_ENTRIES, last_hash: entries[7].hash.clone() });
    // Nothing changes, nothing is recorded.
    demo::ensure(store.as_ref()).await.unwrap();
    assert_eq!(store.audit_head().await.unwrap().0, DEMO_ENTRIES);
}

async fn the_database_refuses_to_alter_or_remove_entries(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    for statement in
        ["UPDATE audit_log SET actor = 'someone else' WHERE seq = 2", "DELETE FROM audit_log WHERE seq = 8"]
    {
        let err = db.execute(statement).await.expect_err(statement);
        assert!(err.contains("the audit log is append-only"), "{statement}: {err}");
    }
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { entries: DEMO_ENTRIES, .. }));
}

async fn an_altered_entry_is_named(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    disable_triggers(&db, backend).await;
    db.execute("UPDATE audit_log SET changes = '{\"code\":\"north\",\"name\":\"Renamed\"}' WHERE seq = 3")
        .await
        .unwrap();
    let verdict = verify(store.as_ref()).await.unwrap();
    let Verdict::Broken { seq, reason } = &verdict else { panic!("an altered entry went unnoticed: {verdict}") };
    assert_eq!(*seq, 3, "{verdict}");
    assert!(reason.contains("altered"), "{verdict}");
    assert!(verdict.to_string().starts_with("the audit log is broken at entry 3:"));
}

async fn a_removed_entry_is_named(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    disable_triggers(&db, backend).await;
    db.execute("DELETE FROM audit_log WHERE seq = 4").await.unwrap();
    let verdict = verify(store.as_ref()).await.unwrap();
    assert!(matches!(&verdict, Verdict::Broken { seq: 4, reason } if reason.contains("missing")), "{verdict}");

    // Renumbering the rest to hide the gap breaks the chain at the same place.
    for seq in 5..=DEMO_ENTRIES {
        db.execute(&format!("UPDATE audit_log SET seq = {} WHERE seq = {seq}", seq - 1)).await.unwrap();
    }
    let verdict = verify(store.as_ref()).await.unwrap();
    assert!(matches!(&verdict, Verdict::Broken { seq: 4, .. }), "{verdict}");
}

async fn entries_removed_from_the_end_are_found(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    disable_triggers(&db, backend).await;
    db.execute(&format!("DELETE FROM audit_log WHERE seq >= {}", DEMO_ENTRIES - 1)).await.unwrap();
    let verdict = verify(store.as_ref()).await.unwrap();
    let Verdict::Broken { seq, reason } = &verdict else { panic!("removed entries went unnoticed") };
    assert_eq!(*seq, DEMO_ENTRIES - 1, "{verdict}");
    assert!(reason.contains("removed"), "{verdict}");
}

async fn concurrent_changes_keep_one_unbroken_chain(backend: Backend) {
    let Some(db) = TestDb::create(backend).await else { return };
    let store = db.store().await;
    let writers = (0..8).map(|n| {
        let store = store.clone();
        tokio::spawn(async move {
            let mut institution = demo::institution();
            institution.slug = format!("institution-{n}");
            store.ensure_demo(&institution, "test").await.unwrap();
        })
    });
    for writer in writers.collect::<Vec<_>>() {
        writer.await.unwrap();
    }
    let verdict = verify(store.as_ref()).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { entries, .. } if entries == 8 * DEMO_ENTRIES), "{verdict}");
}

async fn administrators_browse_filter_and_check_the_log_in_their_institution(backend: Backend) {
    use tutela_app::store::access::Role;
    let Some((db, store)) = demo_db(backend).await else { return };
    let mut other = demo::institution();
    other.slug = "other-institute".into();
    store.ensure_demo(&other, "test").await.unwrap();
    let admin = add_person(&store, "ADM", None, Some("administrator phrase")).await;
    store.grant_role(admin, Role::Admin, None, "test").await.unwrap();
    let server = TestServer::serve(db, store).await;
    let visitor = Visitor::new(&server);
    visitor.sign_in("ADM", "administrator phrase").await;

    let page = visitor.get("/admin/audit").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(r#"href="/admin/audit">Audit log</a>"#), "the header offers it to admins");
    assert!(page.body.contains("institution.create") && page.body.contains("role.grant"));
    let units = visitor.get("/admin/audit?action=unit.").await;
    assert!(units.body.contains("unit.create") && !units.body.contains("role.grant"), "filtered by action");
    let one = visitor.get(&format!("/admin/audit?record=account:{admin}")).await;
    assert!(one.body.contains("account.create") && !one.body.contains("unit.create"), "filtered by record");

    let intact = visitor.get("/admin/audit?verify=1").await;
    assert!(intact.body.contains("the audit log is intact"), "{}", intact.body);
    disable_triggers(&server.db, backend).await;
    server.db.execute("UPDATE audit_log SET actor = 'nobody' WHERE seq = 2").await.unwrap();
    let broken = visitor.get("/admin/audit?verify=1").await;
    assert!(broken.body.contains("the audit log is broken at entry 2"), "{}", broken.body);
    server.stop().await;
}
