//! The `tutela` command line as an operator uses it: the demo prints the
//! administrator's login once, `admin create` prints a working one-time
//! link, `admin unlock` and `audit verify` answer with the right exit code;
//! `audit head` prints a checkpoint that `audit verify --expect-head` holds
//! the log to, and `--audit-key` keys the chain.

#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

use std::process::{Command, Output};

fn tutela(database: &str, args: &[&str]) -> Output {
    tutela_with(database, args, &[])
}

fn tutela_with(database: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tutela"))
        .args(args)
        .env("TUTELA_DATABASE", database)
        .env_remove("TUTELA_AUDIT_KEY")
        .envs(env.iter().copied())
        .env("RUST_LOG", "warn")
        .output()
        .expect("run tutela")
}

fn text(output: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr))
}

#[test]
fn the_demo_administrator_is_printed_once_and_commands_answer_with_exit_codes() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("cli.db").display());

    let first = tutela(&database, &["demo"]);
    assert!(first.status.success(), "{}", text(&first));
    let out = text(&first);
    assert!(out.contains("staff number: DEMO-ADMIN"), "{out}");
    let password = out.lines().find_map(|l| l.trim().strip_prefix("password:")).map(str::trim).unwrap();
    assert!(password.len() >= 12, "the demo password meets the policy: {password}");
    let second = tutela(&database, &["demo"]);
    assert!(second.status.success());
    assert!(!text(&second).contains("password"), "the login is shown only once: {}", text(&second));

    let created = tutela(
        &database,
        &[
            "admin",
            "create",
            "--institution",
            "demo-academy",
            "--unit",
            "hq",
            "--cadre",
            "judge",
            "--staff-number",
            "A-7",
            "--given-name",
            "Esi",
            "--family-name",
            "Owusu",
            "--hire-date",
            "2025-02-30",
            "--site-url",
            "https://tutela.example/",
        ],
    );
    assert!(!created.status.success(), "an impossible date is refused");
    assert!(text(&created).contains("YYYY-MM-DD"), "{}", text(&created));
    let created = tutela(
        &database,
        &[
            "admin",
            "create",
            "--institution",
            "demo-academy",
            "--unit",
            "hq",
            "--cadre",
            "judge",
            "--staff-number",
            "A-7",
            "--given-name",
            "Esi",
            "--family-name",
            "Owusu",
            "--hire-date",
            "2025-02-28",
            "--site-url",
            "https://tutela.example/",
        ],
    );
    assert!(created.status.success(), "{}", text(&created));
    assert!(text(&created).contains("https://tutela.example/activate/"), "{}", text(&created));
    let duplicate = tutela(
        &database,
        &[
            "admin",
            "create",
            "--institution",
            "demo-academy",
            "--unit",
            "hq",
            "--cadre",
            "judge",
            "--staff-number",
            "A-7",
            "--given-name",
            "Esi",
            "--family-name",
            "Owusu",
            "--hire-date",
            "2025-02-28",
        ],
    );
    assert!(!duplicate.status.success());
    assert!(text(&duplicate).contains("already in use"), "{}", text(&duplicate));

    let unknown = tutela(&database, &["admin", "unlock", "--institution", "demo-academy", "--login", "nobody"]);
    assert!(!unknown.status.success() && text(&unknown).contains("no account"));
    let unlocked = tutela(&database, &["admin", "unlock", "--institution", "demo-academy", "--login", "A-7"]);
    assert!(unlocked.status.success(), "{}", text(&unlocked));

    let verified = tutela(&database, &["audit", "verify"]);
    assert!(verified.status.success(), "{}", text(&verified));
    assert!(text(&verified).contains("the audit log is intact"), "{}", text(&verified));
}

/// As a database owner: drops the triggers and rewrites entry `from` and
/// every later one consistently, each hash recomputed (plain SHA-256).
fn rewrite_chain_from(database: &str, from: i64) {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let store = tutela_server::db::open(database).await.unwrap();
        let entries = store.audit_entries(0, 1000).await.unwrap();
        let pool = sqlx::SqlitePool::connect(database).await.unwrap();
        sqlx::query("DROP TRIGGER audit_log_no_update").execute(&pool).await.unwrap();
        let mut prev_hash = entries[from as usize - 2].hash.clone();
        for record in entries.into_iter().filter(|e| e.seq >= from) {
            let mut entry = record.entry;
            entry.actor = "someone else".into();
            let hash = tutela_server::audit::entry_hash(record.seq, record.at, &entry, &prev_hash);
            sqlx::query("UPDATE audit_log SET actor = $1, prev_hash = $2, hash = $3 WHERE seq = $4")
                .bind(&entry.actor)
                .bind(&prev_hash)
                .bind(&hash)
                .bind(record.seq)
                .execute(&pool)
                .await
                .unwrap();
            prev_hash = hash;
        }
        sqlx::query("UPDATE audit_state SET last_hash = $1").bind(&prev_hash).execute(&pool).await.unwrap();
        pool.close().await;
    });
}

#[test]
fn a_checkpoint_printed_by_audit_head_finds_a_rewritten_chain() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("head.db").display());
    assert!(tutela(&database, &["demo"]).status.success());

    let head = tutela(&database, &["audit", "head"]);
    assert!(head.status.success(), "{}", text(&head));
    let checkpoint = String::from_utf8(head.stdout).unwrap().trim().to_string();
    let (seq, hash) = checkpoint.split_once(':').expect("SEQ:HASH");
    let seq: i64 = seq.parse().expect("an entry number");
    assert!(hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()), "{checkpoint}");
    let held = tutela(&database, &["audit", "verify", "--expect-head", &checkpoint]);
    assert!(held.status.success(), "{}", text(&held));
    assert!(text(&held).contains(&format!("still holds entry {seq}")), "{}", text(&held));

    rewrite_chain_from(&database, 3);
    let plain = tutela(&database, &["audit", "verify"]);
    assert!(plain.status.success() && text(&plain).contains("intact"), "the chain alone: {}", text(&plain));
    let caught = tutela(&database, &["audit", "verify", "--expect-head", &checkpoint]);
    assert_eq!(caught.status.code(), Some(1), "{}", text(&caught));
    let said = text(&caught);
    assert!(said.contains(&format!("broken at entry {seq}")) && said.contains("rewritten"), "{said}");

    let nonsense = tutela(&database, &["audit", "verify", "--expect-head", "twelve"]);
    assert!(!nonsense.status.success() && text(&nonsense).contains("SEQ:HASH"), "{}", text(&nonsense));
}

#[test]
fn an_audit_key_file_keys_the_chain() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("keyed.db").display());
    let key = dir.path().join("audit.key");
    std::fs::write(&key, "3f8a0c1d9e7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b2a19\n").unwrap();
    let key = key.display().to_string();

    let demo = tutela_with(&database, &["demo"], &[("TUTELA_AUDIT_KEY", &key)]);
    assert!(demo.status.success(), "{}", text(&demo));
    let without = tutela(&database, &["audit", "verify"]);
    assert_eq!(without.status.code(), Some(1));
    assert!(text(&without).contains("cannot be checked without its key"), "{}", text(&without));
    let with = tutela(&database, &["audit", "verify", "--audit-key", &key]);
    assert!(with.status.success() && text(&with).contains("intact"), "{}", text(&with));
    let head = tutela(&database, &["audit", "head", "--audit-key", &key]);
    assert!(head.status.success(), "{}", text(&head));
    let refused = tutela(&database, &["admin", "unlock", "--institution", "demo-academy", "--login", "DEMO-ADMIN"]);
    assert!(!refused.status.success() && text(&refused).contains("--audit-key"), "{}", text(&refused));
}

/// A person's completions, by the store: every lesson of their open
/// enrolments read.
fn complete_everything(database: &str, staff_number: &str) {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let store = tutela_server::db::open(database).await.unwrap();
        let institution = store.institution_id("demo-academy").await.unwrap().unwrap();
        let found = store.persons_by_staff_number(institution, &[staff_number.to_string()]).await.unwrap();
        let person = found[0].1.unwrap();
        for enrolment in store.person_enrolments(person).await.unwrap() {
            let mut next = enrolment.next_lesson.clone();
            while let Some(lesson) = next {
                next = store.mark_read(person, enrolment.id, &lesson, "test").await.unwrap().next_lesson;
            }
            // The course ends in a quiz: passed with every answer right.
            let attempt = store.start_attempt(person, &enrolment.course_slug).await.unwrap();
            let record = store.attempt(person, attempt).await.unwrap().unwrap();
            for slot in &record.slots {
                store.save_answer(person, attempt, slot.slot, right_answer(slot).as_deref()).await.unwrap();
            }
            assert!(store.submit_attempt(person, attempt, "test").await.unwrap().completed, "passed and complete");
        }
    });
}

/// The right answer to a drawn question (JSON, as the store saves it),
/// from its key and layout; None for an essay (the shipped pre-service
/// courses have none).
fn right_answer(slot: &tutela_app::store::AttemptSlot) -> Option<String> {
    use tutela_gift::{Body, NumericValue, Weight};
    use tutela_server::quiz::attempt::{Answer, Layout};
    let question = tutela_gift::parse(&slot.gift).unwrap().questions.remove(0);
    let layout: Layout = serde_json::from_str(&slot.layout).unwrap();
    let token = |index: usize| layout.options.iter().find(|p| p.index == index).unwrap().token.clone();
    let answer = match &question.body {
        Body::MultipleChoice { choices } => {
            Answer::Choices(vec![token(choices.iter().position(|c| c.weight == Weight::FULL).unwrap())])
        }
        Body::MultipleAnswers { choices } => {
            Answer::Choices((0..choices.len()).filter(|&i| choices[i].weight.units() > 0).map(token).collect())
        }
        Body::TrueFalse { answer, .. } => Answer::Choices(vec![token(if *answer { 0 } else { 1 })]),
        Body::ShortAnswer { answers } => {
            Answer::Text(answers.iter().find(|a| a.weight == Weight::FULL).unwrap().text.text.replace('*', ""))
        }
        Body::Numerical { answers, .. } => {
            let best = answers.iter().find(|a| a.weight == Weight::FULL).unwrap();
            Answer::Text(match &best.value {
                NumericValue::Exact { value, .. } => value.literal().to_string(),
                NumericValue::Range { min, .. } => min.literal().to_string(),
            })
        }
        Body::Matching { pairs } => Answer::Pairs(
            layout
                .options
                .iter()
                .map(|item| {
                    let text = &pairs[item.index].answer;
                    let first = pairs.iter().position(|p| &p.answer == text).unwrap();
                    let answer = layout.answers.iter().find(|a| a.index == first).unwrap();
                    (item.token.clone(), answer.token.clone())
                })
                .collect(),
        ),
        Body::Essay | Body::Description => return None,
    };
    Some(serde_json::to_string(&answer).unwrap())
}

#[test]
fn enrol_assigns_by_staff_number_or_unit_and_cadre_and_transcript_prints_completions() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("cli.db").display());
    assert!(tutela(&database, &["demo"]).status.success());
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
    assert!(tutela(&database, &["import", content]).status.success());
    let enrol = |extra: &[&str]| {
        let mut args = vec!["enrol", "--institution", "demo-academy", "--course", "foundations"];
        args.extend_from_slice(extra);
        tutela(&database, &args)
    };

    let first = enrol(&["--staff-number", "N-1001", "N-1002", "--due", "2030-01-31"]);
    assert!(first.status.success(), "{}", text(&first));
    assert!(text(&first).contains("created: 2\nalready enrolled: 0\ncompleted already: 0"), "{}", text(&first));
    let again = enrol(&["--staff-number", "N-1001"]);
    assert!(text(&again).contains("created: 0\nalready enrolled: 1"), "{}", text(&again));
    // The north's prosecutors: the demo has one, N-1003.
    let by_unit = enrol(&["--unit", "north", "--cadre", "prosecutor"]);
    assert!(text(&by_unit).contains("created: 1\n"), "{}", text(&by_unit));

    // Refusals change nothing and say why.
    let unknown = enrol(&["--staff-number", "S-2001", "NOBODY"]);
    assert!(!unknown.status.success());
    assert!(text(&unknown).contains("NOBODY") && text(&unknown).contains("nothing was changed"), "{}", text(&unknown));
    let both = enrol(&["--staff-number", "S-2001", "--unit", "north", "--cadre", "judge"]);
    assert!(!both.status.success(), "staff numbers or a unit and cadre, not both");
    let bad_due = enrol(&["--staff-number", "S-2001", "--due", "31/01/2030"]);
    assert!(!bad_due.status.success() && text(&bad_due).contains("YYYY-MM-DD"));
    let no_course = tutela(
        &database,
        &["enrol", "--institution", "demo-academy", "--course", "nowhere", "--staff-number", "S-2001"],
    );
    assert!(!no_course.status.success(), "{}", text(&no_course));
    let no_unit = enrol(&["--unit", "atlantis", "--cadre", "judge"]);
    assert!(!no_unit.status.success() && text(&no_unit).contains("atlantis"));
    let transcript = |extra: &[&str]| {
        let mut args = vec!["transcript", "--institution", "demo-academy", "--staff-number", "S-2001"];
        args.extend_from_slice(extra);
        tutela(&database, &args)
    };
    assert!(text(&transcript(&[])).contains("no course completed"), "S-2001 was never enrolled");

    complete_everything(&database, "N-1001");
    let printed = tutela(&database, &["transcript", "--institution", "demo-academy", "--staff-number", "N-1001"]);
    assert!(printed.status.success(), "{}", text(&printed));
    let out = text(&printed);
    assert!(out.contains("Foundations") && out.contains("v1") && out.contains("CPD 20"), "{out}");
    let csv = tutela(&database, &["transcript", "--institution", "demo-academy", "--staff-number", "N-1001", "--csv"]);
    let csv = String::from_utf8_lossy(&csv.stdout).to_string();
    assert!(csv.starts_with("course,title,version,completed_on,cpd_hours\n"), "{csv}");
    assert!(csv.contains("foundations,") && csv.contains(",1,"), "{csv}");
    let nobody = tutela(&database, &["transcript", "--institution", "demo-academy", "--staff-number", "NOBODY"]);
    assert!(!nobody.status.success());

    // Audited, as the command line, and the chain holds.
    let verified = tutela(&database, &["audit", "verify"]);
    assert!(verified.status.success(), "{}", text(&verified));
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let actors: Vec<String> = runtime.block_on(async {
        let store = tutela_server::db::open(&database).await.unwrap();
        let entries = store.audit_entries(0, 100_000).await.unwrap();
        entries
            .into_iter()
            .filter(|e| e.entry.action == tutela_app::model::AuditAction::EnrolmentAssign)
            .map(|e| e.entry.actor)
            .collect()
    });
    assert_eq!(actors.len(), 3, "one entry per enrolment created");
    assert!(actors.iter().all(|a| a.starts_with("command line")), "{actors:?}");
}

#[test]
fn quiz_export_prints_a_published_bank_as_gift_and_names_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let database = format!("sqlite://{}", dir.path().join("cli.db").display());
    let content = concat!(env!("CARGO_MANIFEST_DIR"), "/../content");
    let imported = tutela(&database, &["import", content]);
    assert!(imported.status.success(), "{}", text(&imported));
    assert!(text(&imported).contains("foundations (36 questions"), "{}", text(&imported));

    let exported = tutela(&database, &["quiz", "export", "--course", "foundations"]);
    assert!(exported.status.success(), "{}", text(&exported));
    let gift = String::from_utf8(exported.stdout).unwrap();
    let bank = tutela_gift::parse(&gift).unwrap_or_else(|e| panic!("the export reads back: {e:?}"));
    let source = tutela_gift::parse(&std::fs::read_to_string(format!("{content}/foundations/questions.gift")).unwrap());
    assert_eq!(bank.without_lines(), source.unwrap().without_lines(), "the shipped bank, back as it was");
    assert!(gift.contains("$CATEGORY: what-is-csea"), "categories come back");

    for (args, words) in [
        (&["quiz", "export", "--course", "no-such-course"][..], "not published with a quiz"),
        (&["quiz", "export", "--course", "foundations", "--version", "9"][..], "no version 9"),
    ] {
        let failed = tutela(&database, args);
        assert!(!failed.status.success() && text(&failed).contains(words), "{args:?}: {}", text(&failed));
    }
}
