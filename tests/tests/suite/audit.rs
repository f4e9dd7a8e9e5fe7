//! The audit log: changes are recorded with who and what, the database
//! refuses to alter or remove entries, and the hash chain names the first
//! entry that was altered or removed by someone who got past that; a
//! checkpoint or an audit key kept outside the database finds a rewrite of
//! the whole chain. Administrators read the entries of their own units.
//! Each scenario runs on SQLite and PostgreSQL.

use tutela_app::model::AuditAction;
use tutela_app::store::SharedStore;
use tutela_app::store::{NewPerson, Role};
use tutela_server::audit::{AuditKey, Verdict, verify, verify_with};
use tutela_server::db::StoreOptions;
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
    a_unit_administrator_reads_only_the_entries_of_their_units,
    the_database_refuses_to_truncate_the_log_or_wind_back_its_count,
    a_checkpoint_finds_a_consistent_rewrite,
    a_checkpoint_finds_entries_cut_from_the_end,
    the_command_line_checks_the_log_against_a_checkpoint,
    a_keyed_chain_verifies_only_with_its_key,
    a_rewrite_without_the_key_is_found,
    an_existing_log_is_keyed_from_the_next_entry,
    a_writer_without_the_right_key_is_refused,
    a_roster_import_is_chained_with_the_key,
    the_server_chains_and_checks_with_its_key,
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
/// the append-only triggers (of the log and of its state) off.
async fn disable_triggers(db: &TestDb, backend: Backend) {
    let statements: &[&str] = match backend {
        Backend::Sqlite => &[
            "DROP TRIGGER audit_log_no_update",
            "DROP TRIGGER audit_log_no_delete",
            "DROP TRIGGER audit_state_never_decreases",
        ],
        Backend::Postgres => {
            &["ALTER TABLE audit_log DISABLE TRIGGER USER", "ALTER TABLE audit_state DISABLE TRIGGER USER"]
        }
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
    assert_eq!((first.seq, &first.entry.action), (1, &AuditAction::InstitutionCreate));
    assert_eq!(first.entry.actor, demo::DEMO_ACTOR);
    assert!(first.entry.changes.contains("\"slug\":\"demo-academy\""), "{}", first.entry.changes);
    assert!(entries[1..].iter().all(|e| e.entry.action == AuditAction::UnitCreate && e.entry.institution_id.is_some()));
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
    assert!(reason.to_string().contains("altered"), "{verdict}");
    assert!(verdict.to_string().starts_with("the audit log is broken at entry 3:"));
}

async fn a_removed_entry_is_named(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    disable_triggers(&db, backend).await;
    db.execute("DELETE FROM audit_log WHERE seq = 4").await.unwrap();
    let verdict = verify(store.as_ref()).await.unwrap();
    assert!(
        matches!(&verdict, Verdict::Broken { seq: 4, reason } if reason.to_string().contains("missing")),
        "{verdict}"
    );

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
    assert!(reason.to_string().contains("removed"), "{verdict}");
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
    use tutela_app::store::Role;
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
    assert!(broken.body.contains("the audit log is broken at entry <bdi>2</bdi>:"), "{}", broken.body);
    server.stop().await;
}

/// A person of `institution` in `unit` with an account that signs in with
/// `password`, holding `role` on `scope` (a unit code, or the deployment).
/// Returns the person's and the account's ids.
async fn staff(
    store: &SharedStore,
    institution: &str,
    staff_number: &str,
    unit: &str,
    role: Option<(Role, Option<&str>)>,
) -> (tutela_app::ids::PersonId, tutela_app::ids::AccountId) {
    let person = NewPerson {
        institution_slug: institution.into(),
        staff_number: staff_number.into(),
        given_name: "Kofi".into(),
        family_name: staff_number.into(),
        email: None,
        cadre_slug: "judge".into(),
        unit_code: unit.into(),
        hire_date: "2023-01-09".into(),
    };
    let person_id = store.create_person(&person, "test").await.unwrap();
    let hash = tutela_server::auth::password::hash(PASSWORD.into()).await.unwrap();
    let account = store.create_account(person_id, Some(&hash), "test").await.unwrap();
    if let Some((role, scope)) = role {
        store.grant_role(account, role, scope, "test").await.unwrap();
    }
    (person_id, account)
}

const PASSWORD: &str = "audit reader passphrase";

/// The id of the demo institution's unit `code`.
async fn unit_id(store: &SharedStore, code: &str) -> tutela_app::ids::UnitId {
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    store.institution_units(institution).await.unwrap().into_iter().find(|u| u.code == code).unwrap().id
}

/// A table cell of the audit page naming a record.
fn cell(record: &str) -> String {
    format!("<td><bdi>{record}</bdi></td>")
}

async fn a_unit_administrator_reads_only_the_entries_of_their_units(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    let mut other = demo::institution();
    other.slug = "other-institute".into();
    store.ensure_demo(&other, "test").await.unwrap();
    // In the Northern Region (a station below it), and in its sibling, the Southern Region.
    let (north_person, north_account) = staff(&store, "demo-academy", "N-1", "north-central", None).await;
    let (south_person, south_account) = staff(&store, "demo-academy", "S-1", "south", None).await;
    staff(&store, "demo-academy", "NORTH-ADMIN", "north", Some((Role::Admin, Some("north")))).await;
    staff(&store, "demo-academy", "TOP-ADMIN", "hq", Some((Role::Admin, Some("hq")))).await;
    staff(&store, "demo-academy", "DEPLOYMENT-ADMIN", "hq", Some((Role::Admin, None))).await;
    let (north, south) = (unit_id(&store, "north").await, unit_id(&store, "south").await);
    let server = TestServer::serve(db, store).await;

    let unit_admin = Visitor::new(&server);
    assert_eq!(unit_admin.sign_in("NORTH-ADMIN", PASSWORD).await.status, 303);
    let page = unit_admin.get("/admin/audit").await;
    assert_eq!(page.status, 200);
    for seen in [format!("person:{north_person}"), format!("account:{north_account}"), format!("unit:{north}")] {
        assert!(page.body.contains(&cell(&seen)), "the unit administrator sees {seen}");
    }
    for unseen in [format!("person:{south_person}"), format!("account:{south_account}"), format!("unit:{south}")] {
        assert!(!page.body.contains(&cell(&unseen)), "the unit administrator does not see {unseen}");
    }
    assert!(!page.body.contains("institution.create"), "nor the institution-level entries");
    assert!(page.body.contains("in the units you administer"), "the page says what it shows");
    assert!(!page.body.contains("verify=1"), "no chain check offered");
    // A filter naming a record outside their units finds nothing.
    let filtered = unit_admin.get(&format!("/admin/audit?record=person:{south_person}")).await;
    assert!(!filtered.body.contains(&cell(&format!("person:{south_person}"))));
    assert_eq!(unit_admin.get("/admin/audit?verify=1").await.status, 403);

    let top_admin = Visitor::new(&server);
    top_admin.sign_in("TOP-ADMIN", PASSWORD).await;
    let page = top_admin.get("/admin/audit").await;
    for seen in [format!("person:{north_person}"), format!("person:{south_person}"), format!("unit:{south}")] {
        assert!(page.body.contains(&cell(&seen)), "the institution's administrator sees {seen}");
    }
    assert!(
        page.body.contains("institution.create") && !page.body.contains("other-institute"),
        "their institution only"
    );
    assert!(!page.body.contains("in the units you administer"));
    assert_eq!(top_admin.get("/admin/audit?verify=1").await.status, 403, "the chain check is the deployment's");

    let deployment_admin = Visitor::new(&server);
    deployment_admin.sign_in("DEPLOYMENT-ADMIN", PASSWORD).await;
    let page = deployment_admin.get("/admin/audit").await;
    assert!(page.body.contains("other-institute") && page.body.contains("verify=1"), "every institution");
    let checked = deployment_admin.get("/admin/audit?verify=1").await;
    assert_eq!(checked.status, 200);
    assert!(checked.body.contains("the audit log is intact"), "{}", checked.body);
    server.stop().await;
}

async fn the_database_refuses_to_truncate_the_log_or_wind_back_its_count(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    let genesis = tutela_server::audit::GENESIS_HASH;
    let mut refused = vec![
        ("UPDATE audit_state SET last_seq = last_seq - 1".to_string(), "never decreases"),
        (format!("UPDATE audit_state SET last_seq = 0, last_hash = '{genesis}'"), "never decreases"),
        ("DELETE FROM audit_state".to_string(), "cannot be removed"),
    ];
    match backend {
        Backend::Sqlite => refused.push((
            format!("INSERT OR REPLACE INTO audit_state (id, last_seq, last_hash) VALUES (1, 0, '{genesis}')"),
            "cannot be removed",
        )),
        Backend::Postgres => refused.extend([
            ("TRUNCATE audit_log".to_string(), "append-only"),
            ("TRUNCATE audit_state".to_string(), "cannot be removed"),
            (
                format!(
                    "INSERT INTO audit_state (id, last_seq, last_hash) VALUES (1, 0, '{genesis}') \
                     ON CONFLICT (id) DO UPDATE SET last_seq = 0"
                ),
                "cannot be removed",
            ),
        ]),
    }
    for (statement, message) in &refused {
        let err = db.execute(statement).await.expect_err(statement);
        assert!(err.contains(message), "{statement}: {err}");
    }
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { entries: DEMO_ENTRIES, .. }));
    // The count still moves forward.
    add_person(&store, "AFTER", None, None).await;
    assert!(
        matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { entries, .. } if entries == DEMO_ENTRIES + 2)
    );
}

/// How [`rewrite_from`] hashes the entries it rewrites.
#[derive(Clone, Copy)]
enum Rehash<'a> {
    /// Plain SHA-256, marked unkeyed: what someone without the key can do.
    Plain,
    /// Plain SHA-256, but still marked keyed.
    PlainMarkedKeyed,
    /// Under a key.
    Keyed(&'a AuditKey),
}

/// As a database owner who switched the triggers off: alters entry `from`
/// and rewrites it and every later entry (and the head) consistently, each
/// hash recomputed over the one before, as `tutela_server::audit` does.
async fn rewrite_from(db: &TestDb, store: &SharedStore, from: i64, rehash: Rehash<'_>) {
    let quoted = |text: &str| format!("'{}'", text.replace('\'', "''"));
    let entries = store.audit_entries(0, 1000).await.unwrap();
    let mut prev_hash = match from {
        1 => tutela_server::audit::GENESIS_HASH.to_string(),
        _ => entries[from as usize - 2].hash.clone(),
    };
    for record in entries.into_iter().filter(|e| e.seq >= from) {
        let mut entry = record.entry.clone();
        if record.seq == from {
            entry.actor = "someone else".into();
        }
        let (hash, keyed) = match rehash {
            Rehash::Plain => (tutela_server::audit::entry_hash(record.seq, record.at, &entry, &prev_hash), 0),
            Rehash::PlainMarkedKeyed => {
                (tutela_server::audit::entry_hash(record.seq, record.at, &entry, &prev_hash), 1)
            }
            Rehash::Keyed(key) => {
                (tutela_server::audit::keyed_entry_hash(key, record.seq, record.at, &entry, &prev_hash), 1)
            }
        };
        db.execute(&format!(
            "UPDATE audit_log SET actor = {}, prev_hash = {}, hash = {}, keyed = {keyed} WHERE seq = {}",
            quoted(&entry.actor),
            quoted(&prev_hash),
            quoted(&hash),
            record.seq
        ))
        .await
        .unwrap();
        prev_hash = hash;
    }
    db.execute(&format!("UPDATE audit_state SET last_hash = {}", quoted(&prev_hash))).await.unwrap();
}

/// As a database owner: removes every entry after `last` and winds the
/// head back to it, so that the log looks whole.
async fn cut_after(db: &TestDb, store: &SharedStore, last: i64) {
    let hash = store.audit_entries(last - 1, 1).await.unwrap()[0].hash.clone();
    db.execute(&format!("DELETE FROM audit_log WHERE seq > {last}")).await.unwrap();
    db.execute(&format!("UPDATE audit_state SET last_seq = {last}, last_hash = '{hash}'")).await.unwrap();
}

async fn a_checkpoint_finds_a_consistent_rewrite(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    let checkpoint = verify(store.as_ref()).await.unwrap().checkpoint().unwrap();
    assert_eq!(checkpoint.seq, DEMO_ENTRIES);
    // Entries written after the checkpoint do not disturb it.
    add_person(&store, "LATER", None, None).await;
    let verdict = verify_with(store.as_ref(), None, Some(&checkpoint)).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { entries, .. } if entries == DEMO_ENTRIES + 2), "{verdict}");

    disable_triggers(&db, backend).await;
    rewrite_from(&db, &store, 3, Rehash::Plain).await;
    let verdict = verify(store.as_ref()).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { .. }), "a consistent rewrite passes the chain alone: {verdict}");
    let verdict = verify_with(store.as_ref(), None, Some(&checkpoint)).await.unwrap();
    let Verdict::Broken { seq, reason } = &verdict else { panic!("the rewrite went unnoticed: {verdict}") };
    assert_eq!(*seq, DEMO_ENTRIES, "{verdict}");
    assert!(
        reason.to_string().contains(&checkpoint.to_string()) && reason.to_string().contains("rewritten"),
        "{verdict}"
    );
}

async fn a_checkpoint_finds_entries_cut_from_the_end(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    add_person(&store, "CUT-1", None, None).await;
    let checkpoint = verify(store.as_ref()).await.unwrap().checkpoint().unwrap();
    assert_eq!(checkpoint.seq, DEMO_ENTRIES + 2);
    disable_triggers(&db, backend).await;
    cut_after(&db, &store, DEMO_ENTRIES).await;
    let verdict = verify(store.as_ref()).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { entries: DEMO_ENTRIES, .. }), "a clean cut passes alone: {verdict}");
    let verdict = verify_with(store.as_ref(), None, Some(&checkpoint)).await.unwrap();
    let Verdict::Broken { seq, reason } = &verdict else { panic!("the cut went unnoticed: {verdict}") };
    assert_eq!(*seq, DEMO_ENTRIES + 1, "{verdict}");
    assert!(
        reason.to_string().contains("removed") && reason.to_string().contains(&checkpoint.to_string()),
        "{verdict}"
    );
}

/// Runs `tutela ARGS` in this process, as the binary does.
async fn tutela(args: &[&str]) -> anyhow::Result<()> {
    use clap::Parser;
    let cli = tutela_server::cli::Cli::try_parse_from(std::iter::once("tutela").chain(args.iter().copied()))?;
    tutela_server::cli::execute(cli).await
}

async fn the_command_line_checks_the_log_against_a_checkpoint(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    let url = db.url.clone();
    tutela(&["audit", "head", "--database", &url]).await.unwrap();
    let checkpoint = verify(store.as_ref()).await.unwrap().checkpoint().unwrap().to_string();
    tutela(&["audit", "verify", "--database", &url, "--expect-head", &checkpoint]).await.unwrap();
    let err = tutela(&["audit", "verify", "--database", &url, "--expect-head", "8"]).await.unwrap_err();
    assert!(err.to_string().contains("SEQ:HASH"), "a checkpoint that is not one: {err}");

    disable_triggers(&db, backend).await;
    rewrite_from(&db, &store, 5, Rehash::Plain).await;
    tutela(&["audit", "verify", "--database", &url]).await.expect("without the checkpoint the rewrite passes");
    let err = tutela(&["audit", "verify", "--database", &url, "--expect-head", &checkpoint]).await.unwrap_err();
    assert!(
        err.to_string().starts_with(&format!(
            "the audit log is broken at entry {DEMO_ENTRIES}: its hash is not the one the checkpoint"
        )),
        "{err}"
    );
}

fn key(byte: u8) -> AuditKey {
    AuditKey::new(&[byte; 32]).unwrap()
}

/// The database opened by a writer holding `key`.
async fn keyed_store(db: &TestDb, key: AuditKey) -> SharedStore {
    tutela_server::db::open_with(&db.url, StoreOptions { audit_key: Some(key), ..Default::default() }).await.unwrap()
}

/// A new database whose log is keyed with `key(1)` from its first entry:
/// the key's own entry, then the demo's eight.
async fn keyed_demo_db(backend: Backend) -> Option<(TestDb, SharedStore)> {
    let db = TestDb::create(backend).await?;
    let store = keyed_store(&db, key(1)).await;
    demo::ensure(store.as_ref()).await.unwrap();
    Some((db, store))
}

async fn a_keyed_chain_verifies_only_with_its_key(backend: Backend) {
    let Some((_db, store)) = keyed_demo_db(backend).await else { return };
    let entries = store.audit_entries(0, 100).await.unwrap();
    assert_eq!(entries.len() as i64, DEMO_ENTRIES + 1);
    assert_eq!(entries[0].entry.action, AuditAction::AuditKey, "the log records from where it is keyed");
    assert!(entries.iter().all(|e| e.keyed));

    let verdict = verify_with(store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert_eq!(verdict, Verdict::Intact { entries: DEMO_ENTRIES + 1, last_hash: entries[8].hash.clone() });
    let verdict = verify_with(store.as_ref(), Some(&key(2)), None).await.unwrap();
    assert!(
        matches!(&verdict, Verdict::Broken { seq: 1, reason } if reason.to_string().contains("not the key")),
        "a wrong key: {verdict}"
    );
    let verdict = verify(store.as_ref()).await.unwrap();
    assert_eq!(verdict, Verdict::KeyNeeded { seq: 1 });
    let said = verdict.to_string();
    assert!(said.contains("cannot be checked without its key") && !said.contains("broken"), "{said}");
}

async fn a_rewrite_without_the_key_is_found(backend: Backend) {
    let Some((db, store)) = keyed_demo_db(backend).await else { return };
    disable_triggers(&db, backend).await;
    // From entry 4 on, with plain hashes: the kind of rewrite the key is for.
    rewrite_from(&db, &store, 4, Rehash::Plain).await;
    let verdict = verify_with(store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert!(
        matches!(&verdict, Verdict::Broken { seq: 4, reason } if reason.to_string().contains("not chained with the audit key")),
        "{verdict}"
    );
    // Still marked keyed, but hashed without the key.
    rewrite_from(&db, &store, 4, Rehash::PlainMarkedKeyed).await;
    let verdict = verify_with(store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert!(
        matches!(&verdict, Verdict::Broken { seq: 4, reason } if reason.to_string().contains("altered")),
        "{verdict}"
    );
    // The whole log rewritten plain looks like a log never keyed, and
    // passes without the key; with it, it does not.
    rewrite_from(&db, &store, 1, Rehash::Plain).await;
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { .. }));
    let verdict = verify_with(store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert!(
        matches!(&verdict, Verdict::Broken { seq, reason } if *seq == DEMO_ENTRIES + 1 && reason.to_string().contains("no entry is chained")),
        "{verdict}"
    );
    // A keyed writer that goes on from such a rewritten log does not make it
    // pass: keyed entries must begin with the one that starts keying.
    add_person(&store, "AFTER-REWRITE", None, None).await;
    let verdict = verify_with(store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert!(
        matches!(&verdict, Verdict::Broken { reason, .. } if reason.to_string().contains("not the entry that starts keying")),
        "{verdict}"
    );
    // Whoever holds the key can rewrite consistently (a checkpoint finds that).
    rewrite_from(&db, &store, 1, Rehash::Keyed(&key(1))).await;
    let verdict = verify_with(store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { .. }), "{verdict}");
}

async fn an_existing_log_is_keyed_from_the_next_entry(backend: Backend) {
    let Some((db, _plain)) = demo_db(backend).await else { return };
    let store = keyed_store(&db, key(1)).await;
    add_person(&store, "KEYED", None, None).await;
    let entries = store.audit_entries(0, 100).await.unwrap();
    assert_eq!(entries.len() as i64, DEMO_ENTRIES + 3);
    assert!(entries[..DEMO_ENTRIES as usize].iter().all(|e| !e.keyed), "earlier entries keep their hashes");
    assert_eq!(entries[DEMO_ENTRIES as usize].entry.action, AuditAction::AuditKey);
    assert!(entries[DEMO_ENTRIES as usize..].iter().all(|e| e.keyed));

    let verdict = verify_with(store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { entries, .. } if entries == DEMO_ENTRIES + 3), "{verdict}");
    let verdict = verify(store.as_ref()).await.unwrap();
    assert_eq!(verdict, Verdict::KeyNeeded { seq: DEMO_ENTRIES + 1 });
    assert!(verdict.to_string().contains("entries 1 to 8 are intact"), "{verdict}");
    // Opening it again with the key adds nothing.
    keyed_store(&db, key(1)).await;
    assert_eq!(store.audit_head().await.unwrap().0, DEMO_ENTRIES + 3);
}

async fn a_writer_without_the_right_key_is_refused(backend: Backend) {
    let Some((db, store)) = keyed_demo_db(backend).await else { return };
    let without = tutela_server::db::open_with(&db.url, StoreOptions::default()).await;
    let err = without.err().expect("a writer without the key is refused").to_string();
    assert!(err.contains("chained with a key") && err.contains("--audit-key"), "{err}");
    let wrong =
        tutela_server::db::open_with(&db.url, StoreOptions { audit_key: Some(key(2)), ..Default::default() }).await;
    let err = wrong.err().expect("a writer with another key is refused").to_string();
    assert!(err.contains("not the one the log is chained with"), "{err}");
    assert_eq!(store.audit_head().await.unwrap().0, DEMO_ENTRIES + 1, "neither wrote anything");

    // The command line's writers say the same; its checks read without the key.
    let url = db.url.clone();
    let err = tutela(&["demo", "--database", &url]).await.unwrap_err();
    assert!(err.to_string().contains("--audit-key"), "{err}");
    let err = tutela(&["audit", "verify", "--database", &url]).await.unwrap_err();
    assert!(err.to_string().contains("cannot be checked without its key"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("audit.key");
    std::fs::write(&file, [1u8; 32]).unwrap();
    let file = file.display().to_string();
    tutela(&["audit", "verify", "--database", &url, "--audit-key", &file]).await.unwrap();
    tutela(&["demo", "--database", &url, "--audit-key", &file]).await.unwrap();
    std::fs::write(dir.path().join("short.key"), "too short\n").unwrap();
    let short = dir.path().join("short.key").display().to_string();
    let err = tutela(&["audit", "head", "--database", &url, "--audit-key", &short]).await.unwrap_err();
    assert!(err.to_string().contains("at least 32 bytes"), "{err}");
}

async fn the_server_chains_and_checks_with_its_key(backend: Backend) {
    let Some((db, store)) = demo_db(backend).await else { return };
    staff(&store, "demo-academy", "KEY-ADMIN", "hq", Some((Role::Admin, None))).await;
    let url = db.url.clone();
    let server = TestServer::serve_keyed(db, store, Default::default(), Some(key(1))).await;
    let admin = Visitor::new(&server);
    admin.sign_in("KEY-ADMIN", PASSWORD).await;
    let csrf = admin.get("/admin/units").await.csrf();
    let north = unit_id(&server.store, "north").await.to_string();
    let fields = [("csrf", csrf.as_str()), ("parent", north.as_str()), ("code", "north-east"), ("name", "North-East")];
    assert_eq!(admin.post("/admin/units", &fields).await.status, 303);

    let entries = server.store.audit_entries(0, 100).await.unwrap();
    let last = entries.last().unwrap();
    assert_eq!((&last.entry.action, last.keyed), (&AuditAction::UnitCreate, true), "the server writes keyed entries");
    let checked = admin.get("/admin/audit?verify=1").await;
    assert!(checked.body.contains("the audit log is intact"), "the page checks with the key: {}", checked.body);
    let verdict = verify_with(server.store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { .. }), "{verdict}");

    // Started without the key, on this log, the server refuses.
    let config = tutela_server::Config {
        database: url,
        site_root: tutela_tests::site_root(),
        content_poll: std::time::Duration::from_secs(1),
        upload_sweep: std::time::Duration::from_secs(3600),
        auth: Default::default(),
        audit_key: None,
        cache: Default::default(),
        pseudo_locale: false,
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let refused = tutela_server::run(config, listener, std::future::pending()).await;
    assert!(refused.expect_err("refused").to_string().contains("--audit-key"));
    server.stop().await;
}

async fn a_roster_import_is_chained_with_the_key(backend: Backend) {
    let Some((db, store)) = keyed_demo_db(backend).await else { return };
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("audit.key");
    std::fs::write(&file, [1u8; 32]).unwrap();
    let sample = tutela_tests::shipped_content().join("../docs/roster-sample.csv");
    let (url, file, sample) = (db.url.clone(), file.display().to_string(), sample.display().to_string());
    let args = ["roster", "import", &sample, "--institution", "demo-academy", "--apply", "--database", &url];
    tutela(&[&args[..], &["--audit-key", &file]].concat()).await.unwrap();

    // One entry per person and one for the import, hashed as a batch.
    let entries = store.audit_entries(DEMO_ENTRIES + 1, 1000).await.unwrap();
    assert!(entries.len() > 2 && entries.iter().all(|e| e.keyed), "{entries:?}");
    assert_eq!(entries.last().unwrap().entry.action, AuditAction::RosterImport);
    let verdict = verify_with(store.as_ref(), Some(&key(1)), None).await.unwrap();
    assert!(matches!(verdict, Verdict::Intact { .. }), "{verdict}");
}
