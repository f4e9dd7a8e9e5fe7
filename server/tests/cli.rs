//! The `tutela` command line as an operator uses it: the demo prints the
//! administrator's login once, `admin create` prints a working one-time
//! link, `admin unlock` and `audit verify` answer with the right exit code.

use std::process::{Command, Output};

fn tutela(database: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tutela"))
        .args(args)
        .env("TUTELA_DATABASE", database)
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
