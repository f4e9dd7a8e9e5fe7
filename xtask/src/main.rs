//! `cargo xtask run` and `cargo xtask test`: Tutela's two commands.
//!
//! They install what the machine lacks (the wasm target, wasm-bindgen-cli at
//! the version in Cargo.lock, wasm-opt from npm, Chromium for browser tests),
//! build the browser bundle and the server, and then either serve Tutela on
//! its embedded default or run every check and test. Plain std, no
//! dependencies, so this crate itself builds in seconds.

mod build;
mod tools;

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    // `cargo xtask run -- --listen ...`: the `--` only separates.
    let args: Vec<String> = std::env::args().skip(1).filter(|arg| arg != "--").collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("test") => test(&args[1..]),
        Some("bundle") => build::bundle(&root()).map(|_| ()),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\n  run     build Tutela and serve it on http://127.0.0.1:3000 (SQLite, demo content)\n  test    fmt, clippy and every test, on SQLite and PostgreSQL\n  bundle  build only the browser bundle into target/site/pkg"
            );
            Err("unknown command".into())
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: {err}");
            ExitCode::FAILURE
        }
    }
}

pub type Result<T = ()> = std::result::Result<T, String>;

/// The workspace root (the parent of this crate's folder).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Prints a step so a long build never looks stuck.
pub fn step(what: &str) {
    eprintln!("\n==> {what}");
}

/// Runs a command with inherited output; fails with its description.
pub fn sh(command: &mut Command) -> Result {
    let shown = format!("{command:?}");
    let status = command.status().map_err(|err| format!("cannot start {shown}: {err}"))?;
    if status.success() { Ok(()) } else { Err(format!("{shown} failed ({status})")) }
}

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

/// `cargo xtask run [-- tutela serve options]`
fn run(extra: &[String]) -> Result {
    let root = root();
    let site = build::bundle(&root)?;
    step("Building the server (release; the first build takes several minutes)");
    sh(cargo().current_dir(&root).args(["build", "--release", "--package", "tutela-server", "--bin", "tutela"]))?;
    let tutela = root.join("target/release/tutela");
    let database = std::env::var("TUTELA_DATABASE").unwrap_or_else(|_| "sqlite://tutela.db".into());
    let fresh = database.starts_with("sqlite://") && !root.join(database.trim_start_matches("sqlite://")).exists();
    step(if fresh { "Creating the database with demo data" } else { "Updating the database" });
    let tutela_cmd = |args: &[&str]| {
        let mut command = Command::new(&tutela);
        command.current_dir(&root).env("TUTELA_DATABASE", &database).args(args);
        command
    };
    sh(&mut tutela_cmd(&["demo"]))?;
    step("Importing the curriculum from content/");
    sh(&mut tutela_cmd(&["import", "content"]))?;
    step("Starting Tutela (Ctrl-C stops it)");
    let mut serve = tutela_cmd(&["serve"]);
    serve.env("TUTELA_SITE_ROOT", &site).args(extra);
    sh(&mut serve)
}

/// `cargo xtask test`: what CI runs.
fn test(extra: &[String]) -> Result {
    let root = root();
    tools::ensure_browser()?;
    let axe = tools::ensure_axe(&root)?;
    step("Checking formatting (cargo fmt --check)");
    sh(cargo().current_dir(&root).args(["fmt", "--all", "--check"]))?;
    step("Linting (cargo clippy --all-targets -- -D warnings)");
    sh(cargo().current_dir(&root).args(["clippy", "--workspace", "--all-targets", "--", "-D", "warnings"]))?;
    let site = build::bundle(&root)?;
    step("Linting the browser build (clippy, wasm32, hydrate)");
    sh(cargo().current_dir(&root).args([
        "clippy",
        "--package",
        "tutela-app",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--features",
        "hydrate",
        "--",
        "-D",
        "warnings",
    ]))?;
    step("Running every test, on SQLite and PostgreSQL");
    let mut command = cargo();
    if std::env::var_os("RUST_TEST_THREADS").is_none() {
        // The scenarios mostly wait on sockets and databases: run more of
        // them at once than there are cores.
        command.env("RUST_TEST_THREADS", "8");
    }
    command
        .current_dir(&root)
        .env("TUTELA_SITE_ROOT", &site)
        .env("TUTELA_AXE_SCRIPT", &axe)
        .env("TUTELA_REQUIRE_BROWSER", "1")
        .args(["test", "--workspace"])
        .args(extra);
    sh(&mut command)?;
    eprintln!("\nAll checks and tests passed.");
    Ok(())
}
