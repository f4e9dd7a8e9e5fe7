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
