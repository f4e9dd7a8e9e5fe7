//! The browser bundle: the app's islands compiled to WebAssembly.
//!
//! No cargo-leptos (see ARCHITECTURE.md): cargo builds `tutela-app` for
//! wasm32 with its `hydrate` feature in a size-tuned profile, wasm-bindgen
//! writes the JS glue, wasm-opt shrinks the module when available, and a
//! gzip copy of each file lets the server send it precompressed.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{Result, sh, step, tools};

/// Builds `target/site/pkg/{tutela.js, tutela_bg.wasm}` and returns `target/site`.
pub fn bundle(root: &Path) -> Result<PathBuf> {
    tools::ensure_wasm_target()?;
    let wasm_bindgen = tools::ensure_wasm_bindgen(root)?;
    step("Building the browser bundle (wasm32, hydrate)");
    sh(Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())).current_dir(root).args([
        "build",
        "--package",
        "tutela-app",
        "--lib",
        "--target",
        "wasm32-unknown-unknown",
        "--profile",
        "wasm-release",
        "--features",
        "hydrate",
    ]))?;
    let site = root.join("target/site");
    let pkg = site.join("pkg");
    let wasm = root.join("target/wasm32-unknown-unknown/wasm-release/tutela_app.wasm");
    let stamp = pkg.join(".built-from");
    let input_time = modified(&wasm);
    if input_time.is_some()
        && input_time == std::fs::read_to_string(&stamp).ok().map(|s| s.trim().to_string())
        && pkg.join("tutela_bg.wasm.gz").exists()
    {
        eprintln!("    bundle is up to date");
        return Ok(site);
    }
    std::fs::create_dir_all(&pkg).map_err(|e| e.to_string())?;
    sh(Command::new(wasm_bindgen)
        .arg(&wasm)
        .args(["--target", "web", "--no-typescript", "--out-name", "tutela", "--out-dir"])
        .arg(&pkg))?;
    let module = pkg.join("tutela_bg.wasm");
    if let Some(wasm_opt) = tools::ensure_wasm_opt(root) {
        step("Shrinking the bundle (wasm-opt -Oz)");
        let optimised = pkg.join("tutela_bg.opt.wasm");
        sh(Command::new(wasm_opt)
            .arg(&module)
            .args([
                "-Oz",
                "--enable-bulk-memory",
                "--enable-nontrapping-float-to-int",
                "--enable-reference-types",
                "--enable-sign-ext",
                "--enable-mutable-globals",
                "-o",
            ])
            .arg(&optimised))?;
        std::fs::rename(&optimised, &module).map_err(|e| e.to_string())?;
    }
    for file in ["tutela.js", "tutela_bg.wasm"] {
        sh(Command::new("gzip").args(["-9", "--keep", "--force"]).arg(pkg.join(file)))?;
    }
    let size = |name: &str| std::fs::metadata(pkg.join(name)).map(|m| m.len()).unwrap_or(0);
    eprintln!(
        "    bundle: tutela_bg.wasm {} bytes ({} gzip), tutela.js {} bytes ({} gzip)",
        size("tutela_bg.wasm"),
        size("tutela_bg.wasm.gz"),
        size("tutela.js"),
        size("tutela.js.gz")
    );
    if let Some(time) = input_time {
        let _ = std::fs::write(&stamp, time);
    }
    Ok(site)
}

fn modified(path: &Path) -> Option<String> {
    let time = std::fs::metadata(path).ok()?.modified().ok()?;
    Some(format!("{:?}", time.duration_since(std::time::UNIX_EPOCH).ok()?))
}
