//! Roster import: preview and apply, every malformed row named with its
//! line, re-import changing nothing, movers and leavers recorded with
//! dates, complete files, BOM and semicolons, optional columns left out,
//! kept uploads emptied and forgotten. Each scenario runs on SQLite and
//! PostgreSQL.

use tutela_app::i18n::Locale;
use tutela_app::model::{AuditAction, PersonStatus};
use tutela_app::store::SharedStore;
use tutela_server::audit::{Verdict, verify};
use tutela_server::roster::{Preview, RosterOptions, preview};
use tutela_tests::{Backend, TestDb, TestServer, add_person, on_both_backends};

on_both_backends!(
    a_roster_is_previewed_applied_and_reimported_without_change,
    every_malformed_row_is_named_with_its_line_and_nothing_is_applied,
    movers_and_leavers_are_recorded_with_their_dates,
    a_complete_file_records_the_missing_as_leavers_and_hr_imports_only_in_scope,
    a_large_roster_loads_whole_or_not_at_all_and_keeps_every_key,
    a_file_without_an_optional_column_keeps_what_is_on_record,
    uploads_lose_their_content_when_applied_and_are_forgotten_after_seven_days,
);

const HEADER: &str = "staff_number,given_name,family_name,email,cadre,unit,hire_date,status,left_on\n";

fn options(as_of: &str) -> RosterOptions {
    RosterOptions {
        complete: false,
        as_of: as_of.into(),
        scopes: None,
        file_name: "staff.csv".into(),
        protected: Default::default(),
    }
}

async fn demo(backend: Backend) -> Option<(TestDb, SharedStore, tutela_app::ids::InstitutionId)> {
    let db = TestDb::create(backend).await?;
    let store = db.store().await;
    tutela_server::demo::ensure(store.as_ref()).await.unwrap();
    let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
    Some((db, store, institution))
}

async fn run(
    store: &SharedStore,
    institution: tutela_app::ids::InstitutionId,
    csv: &str,
    options: &RosterOptions,
) -> Preview {
    preview(store.as_ref(), institution, csv.as_bytes(), options).await.unwrap()
}

fn counts(p: &Preview) -> [usize; 6] {
    let c = p.counts;
    [c.joiners, c.movers, c.leavers, c.rejoiners, c.updated, c.unchanged]
}

async fn a_roster_is_previewed_applied_and_reimported_without_change(backend: Backend) {
    let Some((_db, store, institution)) = demo(backend).await else { return };
    let sample = std::fs::read(tutela_tests::shipped_content().join("../docs/roster-sample.csv")).unwrap();
    let first = preview(store.as_ref(), institution, &sample, &options("2026-01-05")).await.unwrap();
    assert!(first.errors.is_empty(), "the shipped sample imports: {:?}", first.errors);
    assert_eq!(counts(&first), [6, 0, 0, 0, 0, 0]);
    assert_eq!(store.roster(institution).await.unwrap().len(), 0, "a preview writes nothing");
    store.apply_roster(first.plan.as_ref().unwrap(), "test").await.unwrap();
    let people = store.roster(institution).await.unwrap();
    assert_eq!(people.len(), 6);
    let left = people.iter().find(|p| p.entry.staff_number == "S-2001").unwrap();
    assert_eq!((left.entry.status.as_str(), left.entry.left_on.as_deref()), ("left", Some("2025-10-31")));
    assert!(store.account_of(left.id).await.unwrap().is_some(), "joiners get an account to activate");

    let again = preview(store.as_ref(), institution, &sample, &options("2026-02-01")).await.unwrap();
    assert_eq!(counts(&again), [0, 0, 0, 0, 0, 6], "re-importing the same file changes nothing");
    assert!(again.plan.is_none());

    // BOM, semicolons, names instead of slugs, paths instead of codes: the same people.
    let semicolons = format!(
        "\u{feff}{}",
        String::from_utf8(sample.clone())
            .unwrap()
            .replace(',', ";")
            .replace("police-first-responder", "Police first responders")
    );
    let same = run(&store, institution, &semicolons, &options("2026-02-01")).await;
    assert!(same.errors.is_empty(), "{:?}", same.errors);
    assert_eq!(counts(&same), [0, 0, 0, 0, 0, 6]);

    let audit = store.audit_entries(0, 100).await.unwrap();
    assert_eq!(audit.iter().filter(|e| e.entry.action == AuditAction::PersonJoin).count(), 6);
    let import = audit.iter().find(|e| e.entry.action == AuditAction::RosterImport).expect("the import's own entry");
    assert!(import.entry.changes.contains("\"joiners\":6") && import.entry.changes.contains("staff.csv"));
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { .. }));
}

async fn every_malformed_row_is_named_with_its_line_and_nothing_is_applied(backend: Backend) {
    let Some((_db, store, institution)) = demo(backend).await else { return };
    let rows = [
        "A-1,Ok,Person,a1@example.org,judge,north-court,2024-01-01,,",
        "A-2,Bad,Cadre,,astronaut,north-court,2024-01-01,,",
        "A-3,Bad,Unit,,judge,atlantis,2024-01-01,,",
        "A-4,Bad,Date,,judge,north-court,2024-02-30,,",
        "A-1,Dup,Number,,judge,north-court,2024-01-01,,",
        ",Missing,Number,,judge,north-court,2024-01-01,,",
        "A-7,Bad,Status,,judge,north-court,2024-01-01,retired,",
        "A-8,Bad,Email,not-an-email,judge,north-court,2024-01-01,,",
        "A-9,Dup,Email,a1@example.org,judge,north-court,2024-01-01,,",
        "A-10,Too,Short,judge",
        "A-11,Left,Date,,judge,north-court,2024-01-01,active,2025-01-01",
    ];
    let csv = format!("{HEADER}{}\n", rows.join("\n"));
    let result = run(&store, institution, &csv, &options("2026-01-05")).await;
    let expected: [(u64, &str); 10] = [
        (3, "unknown cadre `astronaut`"),
        (4, "unknown unit `atlantis`"),
        (5, "hire_date `2024-02-30` is not a date"),
        (6, "staff number A-1 is also on line 2"),
        (7, "`staff_number` is empty"),
        (8, "status `retired` must be"),
        (9, "email `not-an-email` is not an email address"),
        (10, "email a1@example.org is also on line 2"),
        (11, "the row has 4 fields; the header has 9"),
        (12, "left_on is given but status is not `left`"),
    ];
    assert_eq!(result.errors.len(), expected.len(), "{:#?}", result.errors);
    for ((line, words), error) in expected.iter().zip(&result.errors) {
        assert_eq!(error.line, *line, "{error:?}");
        assert!(error.english().contains(words), "line {line}: `{}` lacks `{words}`", error.english());
    }
    assert!(result.plan.is_none(), "a file with errors cannot be applied");

    for (csv, line, words) in [
        ("name,unit\nx,y\n", 1, "lacks the columns staff_number, given_name, family_name, cadre, hire_date"),
        (HEADER, 2, "no rows"),
    ] {
        let result = run(&store, institution, csv, &options("2026-01-05")).await;
        assert_eq!(
            (result.errors[0].line, result.errors[0].english().contains(words)),
            (line, true),
            "{:?}",
            result.errors
        );
    }
    let not_utf8 =
        preview(store.as_ref(), institution, b"staff_number\n\xff\xfe\n", &options("2026-01-05")).await.unwrap();
    assert!(
        not_utf8.errors[0].english().contains("not UTF-8") && not_utf8.errors[0].line == 2,
        "{:?}",
        not_utf8.errors
    );
    assert_eq!(store.roster(institution).await.unwrap().len(), 0);
}

async fn movers_and_leavers_are_recorded_with_their_dates(backend: Backend) {
    let Some((_db, store, institution)) = demo(backend).await else { return };
    let start = format!(
        "{HEADER}M-1,Mover,One,,police-first-responder,north-central,2020-01-06,,\n\
         L-1,Leaver,One,,judge,north-court,2019-03-04,,\nU-1,Same,One,,social-worker,south-welfare,2021-05-10,,\n"
    );
    let plan = run(&store, institution, &start, &options("2026-01-05")).await.plan.unwrap();
    store.apply_roster(&plan, "test").await.unwrap();

    let next = format!(
        "{HEADER}M-1,Mover,One,,police-investigator,south-port,2020-01-06,,\n\
         L-1,Leaver,One,,judge,north-court,2019-03-04,left,2026-02-28\nU-1,Same,One,,social-worker,south-welfare,2021-05-10,,\n"
    );
    let result = run(&store, institution, &next, &options("2026-03-01")).await;
    assert_eq!(counts(&result), [0, 1, 1, 0, 0, 1]);
    store.apply_roster(result.plan.as_ref().unwrap(), "test").await.unwrap();

    let people = store.roster(institution).await.unwrap();
    let id = |staff: &str| people.iter().find(|p| p.entry.staff_number == staff).unwrap().id;
    let mover = store.person(id("M-1")).await.unwrap().unwrap();
    assert_eq!(mover.unit, "Port City Police Station");
    let history: Vec<(String, Option<String>, String)> =
        mover.placements.iter().map(|p| (p.from.clone(), p.to.clone(), p.unit.clone())).collect();
    assert_eq!(
        history,
        vec![
            ("2026-03-01".into(), None, "Port City Police Station".into()),
            ("2020-01-06".into(), Some("2026-03-01".into()), "Central Police Station, North".into()),
        ],
        "the move is dated and the earlier placement kept"
    );
    let leaver = store.person(id("L-1")).await.unwrap().unwrap();
    assert_eq!((leaver.status.as_str(), leaver.left_on.as_deref()), ("left", Some("2026-02-28")));
    assert_eq!(leaver.placements[0].status, PersonStatus::Left);
    assert_eq!(leaver.placements[0].from, "2026-02-28");
    assert_eq!(leaver.placements[1].to.as_deref(), Some("2026-02-28"));
    let audit = store.audit_entries(0, 100).await.unwrap();
    let moved = audit.iter().find(|e| e.entry.action == AuditAction::PersonMove).unwrap();
    assert!(moved.entry.changes.contains("Port City Police Station"), "{}", moved.entry.changes);

    // Coming back is a rejoin, dated by the import.
    let back = next.replace("left,2026-02-28", "active,");
    let result = run(&store, institution, &back, &options("2026-06-01")).await;
    assert_eq!(counts(&result), [0, 0, 0, 1, 0, 2]);
}

async fn a_complete_file_records_the_missing_as_leavers_and_hr_imports_only_in_scope(backend: Backend) {
    let Some((_db, store, institution)) = demo(backend).await else { return };
    let all = format!(
        "{HEADER}N-1,North,One,,judge,north-court,2020-01-06,,\nN-2,North,Two,,judge,north-central,2020-01-06,,\n\
         S-1,South,One,,judge,south-port,2020-01-06,,\n"
    );
    store
        .apply_roster(&run(&store, institution, &all, &options("2026-01-05")).await.plan.unwrap(), "test")
        .await
        .unwrap();
    let units = store.institution_units(institution).await.unwrap();
    let north = units.iter().find(|u| u.code == "north").unwrap().path.clone();

    // The northern HR officer's complete file lists only N-1: N-2 has left; S-1 is not hers to judge.
    let hr = RosterOptions { complete: true, scopes: Some(vec![north]), ..options("2026-04-01") };
    let mine = format!("{HEADER}N-1,North,One,,judge,north-court,2020-01-06,,\n");
    let result = run(&store, institution, &mine, &hr).await;
    assert_eq!(counts(&result), [0, 0, 1, 0, 0, 1], "{:?}", result.errors);
    store.apply_roster(result.plan.as_ref().unwrap(), "test").await.unwrap();
    let people = store.roster(institution).await.unwrap();
    let status = |staff: &str| people.iter().find(|p| p.entry.staff_number == staff).unwrap().entry.clone();
    assert_eq!((status("N-2").status.as_str(), status("N-2").left_on.as_deref()), ("left", Some("2026-04-01")));
    assert_eq!(status("S-1").status, PersonStatus::Active);

    let outside = format!(
        "{HEADER}S-1,South,One,,judge,north-court,2020-01-06,,\nX-1,New,Person,,judge,south-port,2026-01-01,,\n"
    );
    let result = run(&store, institution, &outside, &hr).await;
    assert_eq!(result.errors.len(), 2, "{:?}", result.errors);
    assert!(result.errors[0].english().contains("staff number S-1 is in a unit you do not manage"));
    assert!(result.errors[1].english().contains("unit `south-port` is outside the units you manage"));
}

/// Inserts that break each foreign key of the tables a roster fills; every
/// one must be refused.
const KEY_BREAKERS: [&str; 3] = [
    "INSERT INTO persons (institution_id, staff_number, given_name, family_name, cadre_id, unit_id, hire_date, status, \
     created_at, updated_at) VALUES (1, 'KEY-1', 'No', 'Unit', 1, 999999, '2020-01-01', 'active', 0, 0)",
    "INSERT INTO accounts (person_id, created_at) VALUES (999999, 0)",
    "INSERT INTO person_placements (person_id, unit_id, cadre_id, status, valid_from, recorded_at) \
     VALUES (999999, 1, 1, 'active', '2020-01-01', 0)",
];

/// A roster large enough that PostgreSQL loads it with its keys and indexes
/// set aside and put back at the end (12,000 joiners into an empty
/// deployment; the threshold is 10,000): every key, unique constraint and
/// index is there afterwards and refuses what it should, and a load that
/// fails midway leaves nothing, keys included.
async fn a_large_roster_loads_whole_or_not_at_all_and_keeps_every_key(backend: Backend) {
    let Some((db, store, institution)) = demo(backend).await else { return };
    let units = ["north-central", "north-court", "south-port", "south-welfare"];
    let mut csv = HEADER.to_string();
    for n in 0..12_000 {
        let (status, left_on) = if n % 100 == 0 { ("left", "2025-06-30") } else { ("active", "") };
        csv.push_str(&format!(
            "BIG-{n:05},Given{n},Family{n},big{n}@example.org,judge,{},2021-03-01,{status},{left_on}\n",
            units[n % units.len()]
        ));
    }
    let plan = run(&store, institution, &csv, &options("2026-01-05")).await.plan.expect("a clean file");

    if backend == Backend::Postgres {
        // Fail the load after the people are in (while their keys are set aside).
        db.execute(
            "CREATE FUNCTION refuse_placements() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'placements refused by the test'; END $$",
        )
        .await
        .unwrap();
        db.execute(
            "CREATE TRIGGER refuse_placements BEFORE INSERT ON person_placements \
             FOR EACH STATEMENT EXECUTE FUNCTION refuse_placements()",
        )
        .await
        .unwrap();
        let failed = store.apply_roster(&plan, "test").await;
        assert!(failed.is_err(), "the trigger stops the load");
        assert_eq!(store.roster(institution).await.unwrap().len(), 0, "nothing of a failed load stays");
        db.execute("DROP TRIGGER refuse_placements ON person_placements").await.unwrap();
        for breaker in KEY_BREAKERS {
            let refused = db.execute(breaker).await;
            assert!(refused.is_err_and(|e| e.contains("foreign key")), "after a failed load: {breaker}");
        }
    }

    store.apply_roster(&plan, "test").await.unwrap();
    let people = store.roster(institution).await.unwrap();
    assert_eq!(people.len(), 12_000);
    assert_eq!(people.iter().filter(|p| p.entry.status == PersonStatus::Left).count(), 120);
    let someone = people.iter().find(|p| p.entry.staff_number == "BIG-00100").unwrap();
    assert!(store.account_of(someone.id).await.unwrap().is_some());
    let history = store.person(someone.id).await.unwrap().unwrap().placements;
    assert_eq!(history.len(), 2, "a joiner who has left: active, then left: {history:?}");
    for breaker in KEY_BREAKERS {
        let refused = db.execute(breaker).await;
        assert!(refused.is_err_and(|e| e.to_lowercase().contains("foreign key")), "after the load: {breaker}");
    }
    if backend == Backend::Postgres {
        // Seven foreign keys, two unique constraints, eight indexes (three primary keys among them).
        let everything_back = "DO $$ BEGIN \
             IF (SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid IN \
                 ('persons'::regclass, 'accounts'::regclass, 'person_placements'::regclass)) <> 7 \
             OR (SELECT count(*) FROM pg_constraint WHERE contype = 'u' AND conrelid IN \
                 ('persons'::regclass, 'accounts'::regclass, 'person_placements'::regclass)) <> 2 \
             OR (SELECT count(*) FROM pg_index WHERE indrelid IN \
                 ('persons'::regclass, 'accounts'::regclass, 'person_placements'::regclass)) <> 8 \
             THEN RAISE EXCEPTION 'keys or indexes missing'; END IF; END $$";
        db.execute(everything_back).await.expect("the three tables keep every key and index");
    }
    let duplicates = [
        "INSERT INTO accounts (person_id, created_at) SELECT person_id, 0 FROM accounts LIMIT 1",
        "INSERT INTO persons (institution_id, staff_number, given_name, family_name, email, cadre_id, unit_id, \
         hire_date, status, created_at, updated_at) SELECT institution_id, 'NEW-1', 'A', 'B', email, cadre_id, unit_id, \
         hire_date, status, 0, 0 FROM persons WHERE email IS NOT NULL LIMIT 1",
        "INSERT INTO persons (institution_id, staff_number, given_name, family_name, cadre_id, unit_id, \
         hire_date, status, created_at, updated_at) SELECT institution_id, staff_number, 'A', 'B', cadre_id, unit_id, \
         hire_date, status, 0, 0 FROM persons LIMIT 1",
    ];
    for duplicate in duplicates {
        let refused = db.execute(duplicate).await;
        assert!(refused.is_err_and(|e| e.to_lowercase().contains("unique")), "after the load: {duplicate}");
    }
    let again = run(&store, institution, &csv, &options("2026-02-01")).await;
    assert_eq!(counts(&again), [0, 0, 0, 0, 0, 12_000]);
    assert!(matches!(verify(store.as_ref()).await.unwrap(), Verdict::Intact { .. }));
}

async fn a_file_without_an_optional_column_keeps_what_is_on_record(backend: Backend) {
    let Some((_db, store, institution)) = demo(backend).await else { return };
    let start = format!(
        "{HEADER}E-1,Esther,Mwale,e1@example.org,judge,north-court,2020-01-06,,\n\
         L-1,Luka,Phiri,l1@example.org,judge,north-court,2019-03-04,left,2025-06-30\n"
    );
    store
        .apply_roster(&run(&store, institution, &start, &options("2026-01-05")).await.plan.unwrap(), "test")
        .await
        .unwrap();
    let on_record = || async {
        let mut people: Vec<(String, Option<String>, String, Option<String>)> = store
            .roster(institution)
            .await
            .unwrap()
            .into_iter()
            .map(|p| (p.entry.given_name, p.entry.email, p.entry.status.to_string(), p.entry.left_on))
            .collect();
        people.sort();
        people
    };
    let before = on_record().await;

    // No email column: the emails stay. No status or left_on: the leaver stays left, on her date.
    for file in [
        "staff_number,given_name,family_name,cadre,unit,hire_date,status,left_on\n\
         E-1,Esther,Mwale,judge,north-court,2020-01-06,,\nL-1,Luka,Phiri,judge,north-court,2019-03-04,left,2025-06-30\n",
        "staff_number,given_name,family_name,email,cadre,unit,hire_date\n\
         E-1,Esther,Mwale,e1@example.org,judge,north-court,2020-01-06\nL-1,Luka,Phiri,l1@example.org,judge,north-court,2019-03-04\n",
        "staff_number,given_name,family_name,cadre,unit,hire_date,status\n\
         E-1,Esther,Mwale,judge,north-court,2020-01-06,active\nL-1,Luka,Phiri,judge,north-court,2019-03-04,left\n",
        "staff_number,given_name,family_name,cadre,unit,hire_date\n\
         E-1,Esther,Mwale,judge,north-court,2020-01-06\nL-1,Luka,Phiri,judge,north-court,2019-03-04\n",
    ] {
        let result = run(&store, institution, file, &options("2026-03-01")).await;
        assert!(result.errors.is_empty(), "{:?}", result.errors);
        assert_eq!(counts(&result), [0, 0, 0, 0, 0, 2], "nothing changes:\n{file}");
    }

    // Other details still change; the fields the file leaves out are kept.
    let renamed = "staff_number,given_name,family_name,cadre,unit,hire_date\n\
                   E-1,Esta,Mwale,judge,north-court,2020-01-06\nL-1,Luke,Phiri,judge,north-court,2019-03-04\n";
    let result = run(&store, institution, renamed, &options("2026-03-01")).await;
    assert_eq!(counts(&result), [0, 0, 0, 0, 2, 0], "{:?}", result.errors);
    store.apply_roster(result.plan.as_ref().unwrap(), "test").await.unwrap();
    let after: Vec<_> =
        on_record().await.into_iter().map(|(_, email, status, left_on)| (email, status, left_on)).collect();
    let expected: Vec<_> = before.into_iter().map(|(_, email, status, left_on)| (email, status, left_on)).collect();
    assert_eq!(after, expected);

    // A column that is there means what it says: an empty email cell removes the email.
    let emptied = format!("{HEADER}E-1,Esta,Mwale,,judge,north-court,2020-01-06,,\n");
    let result = run(&store, institution, &emptied, &options("2026-03-01")).await;
    assert_eq!(counts(&result), [0, 0, 0, 0, 1, 0]);
    let detail = tutela_app::i18n::catalogue::translate(Locale::En, &result.examples[0].detail);
    assert_eq!(detail, "email: e1@example.org → none", "{:?}", result.examples);
    // And a status of `left` for someone active without a left_on column: she leaves on the as-of date.
    let leaving = "staff_number,given_name,family_name,cadre,unit,hire_date,status\n\
                   E-1,Esta,Mwale,judge,north-court,2020-01-06,left\n";
    let result = run(&store, institution, leaving, &options("2026-03-01")).await;
    assert_eq!(counts(&result), [0, 0, 1, 0, 0, 0]);
    assert_eq!(result.plan.unwrap().changes[0].entry.left_on.as_deref(), Some("2026-03-01"));
}

/// An upload as the roster page keeps it, made `age_days` ago.
fn upload(
    institution: tutela_app::ids::InstitutionId,
    account: tutela_app::ids::AccountId,
    content: &str,
    age_days: i64,
) -> tutela_app::store::RosterUpload {
    let now = tutela_server::clock::Clock::system().now();
    tutela_app::store::RosterUpload {
        id: tutela_app::ids::UploadId(0),
        institution_id: institution,
        account_id: account,
        file_name: "staff.csv".into(),
        content: content.as_bytes().to_vec(),
        complete: false,
        as_of: "2026-01-05".into(),
        created_at: now - age_days * 24 * 60 * 60,
        applied: false,
    }
}

async fn uploads_lose_their_content_when_applied_and_are_forgotten_after_seven_days(backend: Backend) {
    let Some((db, store, institution)) = demo(backend).await else { return };
    let hr = add_person(&store, "HR-1", None, None).await;
    let csv = format!("{HEADER}R-1,Rose,Phiri,,judge,north-court,2025-01-06,,\n");

    // Applied: the staff list is gone at once, the changes are made.
    let applied = store.save_roster_upload(&upload(institution, hr, &csv, 0)).await.unwrap();
    let plan = run(&store, institution, &csv, &options("2026-01-05")).await.plan.unwrap();
    store.apply_roster_upload(applied, &plan, "test").await.unwrap();
    let kept = store.roster_upload(applied).await.unwrap().expect("the upload's record stays, marked applied");
    assert!(kept.applied && kept.content.is_empty(), "the content is emptied on apply");
    assert!(store.apply_roster_upload(applied, &plan, "test").await.is_err(), "applied once");
    assert_eq!(store.roster(institution).await.unwrap().len(), 2);

    // Never applied: kept 7 days, then deleted.
    let old = store.save_roster_upload(&upload(institution, hr, &csv, 8)).await.unwrap();
    let recent = store.save_roster_upload(&upload(institution, hr, &csv, 6)).await.unwrap();
    let now = tutela_server::clock::Clock::system().now();
    assert_eq!(tutela_server::roster::forget_stale_uploads(store.as_ref(), now).await.unwrap(), 1);
    assert!(store.roster_upload(old).await.unwrap().is_none(), "an 8-day-old upload is deleted");
    assert!(store.roster_upload(recent).await.unwrap().is_some(), "a 6-day-old one is kept");
    let in_two_days = now + 2 * 24 * 60 * 60;
    tutela_server::roster::forget_stale_uploads(store.as_ref(), in_two_days).await.unwrap();
    assert!(store.roster_upload(recent).await.unwrap().is_none(), "and deleted once it is 8 days old");

    // The server deletes them when it starts (and then every `upload_sweep`).
    let forgotten = store.save_roster_upload(&upload(institution, hr, &csv, 10)).await.unwrap();
    let fresh = store.save_roster_upload(&upload(institution, hr, &csv, 0)).await.unwrap();
    let server = TestServer::serve(db, store).await;
    assert!(server.store.roster_upload(forgotten).await.unwrap().is_none(), "swept at start");
    assert!(server.store.roster_upload(fresh).await.unwrap().is_some());
    server.stop().await;
}
