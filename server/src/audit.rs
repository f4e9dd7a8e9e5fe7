//! The audit log's hash chain: how an entry's hash is computed, and
//! [`verify`], which walks the whole log and names the first entry that
//! breaks the chain.
//!
//! Entries are appended by the store, in the same transaction as the
//! change they record (`append_audit!` in `db/queries.rs`), so a change and
//! its entry are written together or not at all.

use std::fmt;

use sha2::{Digest, Sha256};
use tutela_app::store::{AuditRecord, NewAuditEntry, Store, StoreError};

/// The `prev_hash` of entry 1.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hash of entry `seq`: SHA-256 over every field and the previous hash,
/// each length-prefixed so that no two different entries encode alike.
pub fn entry_hash(seq: i64, at: i64, entry: &NewAuditEntry, prev_hash: &str) -> String {
    let mut hasher = Sha256::new();
    let (seq, at) = (seq.to_string(), at.to_string());
    let institution = entry.institution_id.map(|id| id.to_string()).unwrap_or_default();
    for field in [
        &seq,
        &at,
        &entry.actor,
        &institution,
        &entry.action,
        &entry.record_type,
        &entry.record_id,
        &entry.changes,
        prev_hash,
    ] {
        hasher.update((field.len() as u64).to_le_bytes());
        hasher.update(field.as_bytes());
    }
    hex::encode(hasher.finalize())
}

/// Audit entries with their numbers and hashes, ready to be written.
#[derive(Debug)]
pub struct Chain {
    pub at: i64,
    pub entries: Vec<NewAuditEntry>,
    pub links: Vec<Link>,
}

/// One entry's place in the chain.
#[derive(Debug)]
pub struct Link {
    pub seq: i64,
    pub prev_hash: String,
    pub hash: String,
}

/// Numbers `entries` from `first` on, each hashed over the one before it,
/// the first over `prev_hash` (the hash of entry `first - 1`).
pub fn chain(entries: Vec<NewAuditEntry>, first: i64, at: i64, mut prev_hash: String) -> Chain {
    let links = entries
        .iter()
        .enumerate()
        .map(|(offset, entry)| {
            let seq = first + offset as i64;
            let hash = entry_hash(seq, at, entry, &prev_hash);
            Link { seq, prev_hash: std::mem::replace(&mut prev_hash, hash.clone()), hash }
        })
        .collect();
    Chain { at, entries, links }
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every entry is present, unaltered and chained; `last_hash` is the
    /// hash of the last one, which an auditor may note down and compare later.
    Intact { entries: i64, last_hash: String },
    /// The chain breaks at entry `seq`.
    Broken { seq: i64, reason: String },
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verdict::Intact { entries, last_hash } => {
                write!(f, "the audit log is intact: {entries} entries, last hash {last_hash}")
            }
            Verdict::Broken { seq, reason } => write!(f, "the audit log is broken at entry {seq}: {reason}"),
        }
    }
}

/// Entries read per query while verifying.
const PAGE: i64 = 1000;

/// Walks the whole log, oldest first, recomputing every hash.
pub async fn verify(store: &dyn Store) -> Result<Verdict, StoreError> {
    let (head_seq, head_hash) = store.audit_head().await?;
    let mut expected_seq = 1;
    let mut prev_hash = GENESIS_HASH.to_string();
    loop {
        let page = store.audit_entries(expected_seq - 1, PAGE).await?;
        let last_page = (page.len() as i64) < PAGE;
        for record in page {
            if let Some(verdict) = check(&record, expected_seq, &prev_hash) {
                return Ok(verdict);
            }
            prev_hash = record.hash;
            expected_seq += 1;
        }
        if last_page {
            break;
        }
    }
    let entries = expected_seq - 1;
    if entries != head_seq || prev_hash != head_hash {
        return Ok(Verdict::Broken {
            seq: entries + 1,
            reason: format!(
                "the log ends at entry {entries}, but {head_seq} entries were written; the last entries were removed"
            ),
        });
    }
    Ok(Verdict::Intact { entries, last_hash: prev_hash })
}

fn check(record: &AuditRecord, expected_seq: i64, prev_hash: &str) -> Option<Verdict> {
    let broken = |seq: i64, reason: String| Some(Verdict::Broken { seq, reason });
    if record.seq != expected_seq {
        return broken(
            expected_seq,
            format!("entry {expected_seq} is missing (the next entry present is {})", record.seq),
        );
    }
    if record.prev_hash != prev_hash {
        return broken(
            record.seq,
            "it does not follow from the entry before it (an entry was removed or replaced)".into(),
        );
    }
    if entry_hash(record.seq, record.at, &record.entry, &record.prev_hash) != record.hash {
        return broken(record.seq, "its contents do not match its hash (the entry was altered)".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(changes: &str) -> NewAuditEntry {
        NewAuditEntry {
            actor: "system".into(),
            institution_id: Some(1),
            action: "unit.create".into(),
            record_type: "unit".into(),
            record_id: "7".into(),
            changes: changes.into(),
        }
    }

    #[test]
    fn every_field_and_the_previous_hash_change_the_hash() {
        let base = entry_hash(1, 100, &entry("{}"), GENESIS_HASH);
        assert_eq!(base.len(), 64);
        assert_eq!(base, entry_hash(1, 100, &entry("{}"), GENESIS_HASH), "the hash is deterministic");
        assert_ne!(base, entry_hash(2, 100, &entry("{}"), GENESIS_HASH));
        assert_ne!(base, entry_hash(1, 101, &entry("{}"), GENESIS_HASH));
        assert_ne!(base, entry_hash(1, 100, &entry("{\"a\":1}"), GENESIS_HASH));
        assert_ne!(base, entry_hash(1, 100, &NewAuditEntry { institution_id: None, ..entry("{}") }, GENESIS_HASH));
        assert_ne!(base, entry_hash(1, 100, &entry("{}"), &"1".repeat(64)));
        // Moving bytes between fields changes the hash too.
        let shifted = NewAuditEntry { action: "unit.creat".into(), record_type: "eunit".into(), ..entry("{}") };
        assert_ne!(base, entry_hash(1, 100, &shifted, GENESIS_HASH));
    }
}
