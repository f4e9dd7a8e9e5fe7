//! Files and names of a content folder: which files are lessons, their
//! order and slugs, titles from folder names, the content hash, and lines
//! of offsets and keys for located problems.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::{ContentProblem, translations};

/// A folder's lessons (`NN-name.md`) and translations (`NN-name.xx.md`).
pub(super) fn lesson_files(entries: &[PathBuf]) -> (Vec<PathBuf>, Vec<PathBuf>) {
    entries
        .iter()
        .filter(|path| path.is_file() && path.extension().is_some_and(|e| e == "md"))
        .filter(|path| path.file_name().and_then(|n| n.to_str()).is_some_and(has_order_prefix))
        .cloned()
        .partition(|path| translations::split_translated(path).is_none())
}

/// Directory entries sorted by their numeric prefix, then by name.
pub(super) fn sorted_entries(dir: &Path) -> Result<Vec<PathBuf>, ContentProblem> {
    let read = std::fs::read_dir(dir).map_err(|err| ContentProblem {
        file: dir.to_path_buf(),
        line: 1,
        message: format!("cannot read the folder: {err}"),
    })?;
    let mut entries: Vec<PathBuf> = read.filter_map(|entry| entry.ok().map(|e| e.path())).collect();
    entries.sort_by_key(|path| {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        (order_number(&name), name)
    });
    Ok(entries)
}

pub(super) fn order_number(name: &str) -> u64 {
    let digits: String = name.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or(u64::MAX)
}

pub(super) fn has_order_prefix(name: &str) -> bool {
    let digits = name.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && name[digits..].starts_with(['-', '_'])
}

/// `03-first-contact` → `first-contact`.
pub fn strip_order_prefix(name: &str) -> &str {
    if has_order_prefix(name) {
        let digits = name.chars().take_while(char::is_ascii_digit).count();
        &name[digits + 1..]
    } else {
        name
    }
}

pub(super) fn lesson_slug(path: &Path) -> String {
    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    strip_order_prefix(stem).to_string()
}

pub(super) fn title_from_name(name: &str) -> String {
    let words = name.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

pub(super) fn is_slug(slug: &str) -> bool {
    !slug.is_empty()
        && slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !slug.starts_with('-')
        && !slug.ends_with('-')
}

pub(super) fn hash_file(hasher: &mut Sha256, name: &str, bytes: &[u8]) {
    hasher.update(name.as_bytes());
    hasher.update([0]);
    hasher.update((bytes.len() as u64).to_le_bytes());
    hasher.update(bytes);
}

pub(super) fn relative(base: &Path, path: &Path) -> String {
    path.strip_prefix(base).unwrap_or(path).to_string_lossy().replace('\\', "/")
}

/// The 1-based line of a byte offset.
pub(super) fn line_at(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// The line where `key =` is set, or 1 if it is absent.
pub(super) fn line_of_key(text: &str, key: &str) -> usize {
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            line.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|index| index + 1)
        .unwrap_or(1)
}
