//! Installing what the commands need, only when it is missing.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Result, sh, step};

/// The version of `wasm-bindgen` that Cargo.lock pins; the CLI must match it.
pub fn locked_wasm_bindgen_version(root: &Path) -> Result<String> {
    let lock =
        std::fs::read_to_string(root.join("Cargo.lock")).map_err(|err| format!("cannot read Cargo.lock: {err}"))?;
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line == "name = \"wasm-bindgen\""
            && let Some(version) = lines.next().and_then(|l| l.strip_prefix("version = \""))
        {
            return Ok(version.trim_end_matches('"').to_string());
        }
    }
    Err("Cargo.lock has no wasm-bindgen entry".into())
}

pub fn ensure_wasm_target() -> Result {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map_err(|err| format!("rustup is needed: {err}"))?;
    if String::from_utf8_lossy(&installed.stdout).lines().any(|t| t.trim() == "wasm32-unknown-unknown") {
        return Ok(());
    }
    step("Installing the wasm32-unknown-unknown target (rustup)");
    sh(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join(name)
}

/// The `wasm-bindgen` binary at the locked version, installed if missing.
///
/// `cargo install wasm-bindgen-cli --locked` fails on this registry (its
/// lock file pins a webpki-roots release the registry does not serve), so
/// the crate's source is fetched through cargo, that one dependency moved
/// to the release before, and the CLI installed from the source copy.
pub fn ensure_wasm_bindgen(root: &Path) -> Result<PathBuf> {
    let version = locked_wasm_bindgen_version(root)?;
    let binary = cargo_bin("wasm-bindgen");
    let current =
        Command::new(&binary).arg("--version").output().ok().map(|o| String::from_utf8_lossy(&o.stdout).to_string());
    if current.as_deref().is_some_and(|v| v.split_whitespace().nth(1) == Some(version.as_str())) {
        return Ok(binary);
    }
    step(&format!("Installing wasm-bindgen-cli {version} (once; takes a few minutes)"));
    // Outside the repository: cargo would take a package under it for a
    // member of Tutela's workspace.
    let work = tools_dir(root).join("wasm-bindgen-cli");
    let fetcher = work.join("fetch");
    std::fs::create_dir_all(fetcher.join("src")).map_err(|e| e.to_string())?;
    std::fs::write(
        fetcher.join("Cargo.toml"),
        format!("[package]\nname = \"fetch-wasm-bindgen-cli\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n[dependencies]\nwasm-bindgen-cli = \"={version}\"\n\n[workspace]\n"),
    )
    .map_err(|e| e.to_string())?;
    std::fs::write(fetcher.join("src/lib.rs"), "").map_err(|e| e.to_string())?;
    sh(Command::new("cargo").current_dir(&fetcher).arg("fetch"))?;
    let metadata = Command::new("cargo")
        .current_dir(&fetcher)
        .args(["metadata", "--format-version", "1"])
        .output()
        .map_err(|e| e.to_string())?;
    let metadata = String::from_utf8_lossy(&metadata.stdout);
    let marker = format!("wasm-bindgen-cli-{version}/Cargo.toml");
    let manifest = metadata
        .split('"')
        .find(|s| s.ends_with(&marker))
        .ok_or("cargo fetched wasm-bindgen-cli but its source was not found")?;
    let source = Path::new(manifest).parent().ok_or("bad manifest path")?;
    let copy = work.join(format!("wasm-bindgen-cli-{version}"));
    let _ = std::fs::remove_dir_all(&copy);
    sh(Command::new("cp").arg("-r").arg(source).arg(&copy))?;
    // Harmless when a later release no longer pins webpki-roots 1.0.11.
    let _ = sh(Command::new("cargo").current_dir(&copy).args([
        "update",
        "--package",
        "webpki-roots",
        "--precise",
        "1.0.10",
    ]));
    sh(Command::new("cargo").current_dir(&copy).env("CARGO_TARGET_DIR", work.join("target")).args([
        "install",
        "--path",
        ".",
        "--locked",
        "--bin",
        "wasm-bindgen",
    ]))?;
    Ok(binary)
}

/// `wasm-opt` from the npm package `binaryen` (Debian's is too old: its
/// output fails to load in Chromium). Optional: without npm the bundle is
/// only larger.
pub fn ensure_wasm_opt(root: &Path) -> Option<PathBuf> {
    const BINARYEN: &str = "binaryen@132.0.0";
    let prefix = tools_dir(root).join("binaryen-132");
    let binary = prefix.join("node_modules/.bin/wasm-opt");
    if binary.exists() {
        return Some(binary);
    }
    if Command::new("npm").arg("--version").output().is_err() {
        eprintln!(
            "note: npm not found, so the WebAssembly bundle is not size-optimised (install Node.js and npm for a smaller one)"
        );
        return None;
    }
    step(&format!("Installing wasm-opt ({BINARYEN} from npm, once)"));
    let _ = std::fs::create_dir_all(&prefix);
    match sh(Command::new("npm").args(["install", "--no-audit", "--no-fund", "--prefix"]).arg(&prefix).arg(BINARYEN)) {
        Ok(()) if binary.exists() => Some(binary),
        _ => {
            eprintln!("note: wasm-opt could not be installed; the bundle is not size-optimised");
            None
        }
    }
}

/// axe-core (the npm package, an exact version, installed without running
/// any package script), which the browser tests
/// inject into every page they visit to check its accessibility. Returns
/// the path of `axe.min.js`; the tests find it through
/// `TUTELA_AXE_SCRIPT`. Never loaded from a CDN.
pub fn ensure_axe(root: &Path) -> Result<PathBuf> {
    const VERSION: &str = "4.14.1";
    let axe = format!("axe-core@{VERSION}");
    let prefix = tools_dir(root).join(format!("axe-core-{VERSION}"));
    let script = prefix.join("node_modules/axe-core/axe.min.js");
    if script.exists() {
        return Ok(script);
    }
    if Command::new("npm").arg("--version").output().is_err() {
        return Err("the browser tests need axe-core from npm: install Node.js and npm and run again".into());
    }
    step(&format!("Installing {axe} from npm (once, for the browser tests' accessibility checks)"));
    std::fs::create_dir_all(&prefix).map_err(|e| e.to_string())?;
    sh(Command::new("npm")
        .args(["install", "--ignore-scripts", "--no-audit", "--no-fund", "--prefix"])
        .arg(&prefix)
        .arg(&axe))?;
    if script.exists() { Ok(script) } else { Err(format!("npm installed {axe} but {} is missing", script.display())) }
}

/// Tools kept outside the clone so later runs (and fresh clones) reuse them.
fn tools_dir(root: &Path) -> PathBuf {
    std::env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .map(|cache| cache.join("tutela-tools"))
        .unwrap_or_else(|| root.join("target/xtask"))
}

/// Chromium and ChromeDriver for the browser tests: from Debian's packages
/// when running as root, otherwise a clear instruction.
pub fn ensure_browser() -> Result {
    let have = |name: &str| Command::new(name).arg("--version").output().is_ok_and(|o| o.status.success());
    if have("chromium") && have("chromedriver") {
        return Ok(());
    }
    let is_root = Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !is_root || !have("apt-get") {
        return Err("the browser tests need Chromium and ChromeDriver: install them (Debian/Ubuntu: `sudo apt-get install chromium chromium-driver`) and run again".into());
    }
    step("Installing Chromium and ChromeDriver (apt-get, once)");
    sh(Command::new("apt-get").args(["update", "-qq"]))?;
    sh(Command::new("apt-get").env("DEBIAN_FRONTEND", "noninteractive").args([
        "install",
        "-y",
        "-qq",
        "chromium",
        "chromium-driver",
    ]))
}
