//! The audit log's hash chain: how an entry's hash is computed, and
//! [`verify`], which walks the whole log and names the first entry that
//! breaks the chain.
//!
//! Entries are appended by the store, in the same transaction as the
//! change they record (`audit::append` in `db/sql/audit.rs`), so a change and
//! its entry are written together or not at all.
//!
//! Two things kept outside the database make a rewrite of the whole chain
//! detectable too (ARCHITECTURE.md, "The audit chain"): a [`Checkpoint`]
//! (`tutela audit head`), and an [`AuditKey`], under which entries are
//! chained with HMAC-SHA-256 instead of plain SHA-256.

use std::fmt;
use std::path::Path;
use std::str::FromStr;

use anyhow::Context;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use tutela_app::model::{AuditAction, RecordType};
use tutela_app::store::{AuditRecord, NewAuditEntry, Store, StoreError};

/// The `prev_hash` of entry 1.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Feeds an entry's fields and the previous hash to `update`, each
/// length-prefixed so that no two different entries encode alike.
fn encode(update: &mut dyn FnMut(&[u8]), seq: i64, at: i64, entry: &NewAuditEntry, prev_hash: &str) {
    let (seq, at) = (seq.to_string(), at.to_string());
    let institution = entry.institution_id.map(|id| id.to_string()).unwrap_or_default();
    for field in [
        &seq,
        &at,
        entry.actor.as_str(),
        &institution,
        entry.action.as_str(),
        entry.record_type.as_str(),
        &entry.record_id,
        &entry.changes,
        prev_hash,
    ] {
        update(&(field.len() as u64).to_le_bytes());
        update(field.as_bytes());
    }
}

/// The hash of an unkeyed entry `seq`: SHA-256 over every field and the
/// previous hash. (Unchanged since the first audit entry was written, so
/// every existing log still verifies.)
pub fn entry_hash(seq: i64, at: i64, entry: &NewAuditEntry, prev_hash: &str) -> String {
    let mut hasher = Sha256::new();
    encode(&mut |bytes| hasher.update(bytes), seq, at, entry, prev_hash);
    hex::encode(hasher.finalize())
}

/// The hash of a keyed entry `seq`: HMAC-SHA-256 under `key` over the same
/// fields, and a last one naming the scheme, so the entry's `keyed` mark is
/// covered too.
pub fn keyed_entry_hash(key: &AuditKey, seq: i64, at: i64, entry: &NewAuditEntry, prev_hash: &str) -> String {
    let mut mac = key.mac.clone();
    encode(&mut |bytes| mac.update(bytes), seq, at, entry, prev_hash);
    mac.update(&(KEYED_SCHEME.len() as u64).to_le_bytes());
    mac.update(KEYED_SCHEME.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// The last field of a keyed entry's hash.
const KEYED_SCHEME: &str = "hmac-sha256";

/// The hash of an entry written with `key` (keyed) or without one.
pub fn link_hash(key: Option<&AuditKey>, seq: i64, at: i64, entry: &NewAuditEntry, prev_hash: &str) -> String {
    match key {
        Some(key) => keyed_entry_hash(key, seq, at, entry, prev_hash),
        None => entry_hash(seq, at, entry, prev_hash),
    }
}

/// The deployment's audit key (`TUTELA_AUDIT_KEY`, a file): entries
/// written with it are chained with HMAC-SHA-256, so rewriting them needs
/// the key as well as the database. Never printed.
#[derive(Clone)]
pub struct AuditKey {
    mac: Hmac<Sha256>,
}

/// Fewer bytes than this are refused as an audit key.
pub const MIN_KEY_BYTES: usize = 32;

impl AuditKey {
    /// A key from its secret bytes; at least [`MIN_KEY_BYTES`].
    pub fn new(secret: &[u8]) -> Result<Self, String> {
        if secret.len() < MIN_KEY_BYTES {
            return Err(format!(
                "an audit key needs at least {MIN_KEY_BYTES} bytes (this one has {}); \
                 make one with `openssl rand -hex 32 > FILE`",
                secret.len()
            ));
        }
        let mac = Hmac::<Sha256>::new_from_slice(secret).map_err(|_| "the audit key cannot be used".to_string())?;
        Ok(Self { mac })
    }

    /// The key held in the file at `path`: its bytes, without the
    /// whitespace around them (so a key written by `openssl rand -hex 32`
    /// with its line break is the 64 characters).
    pub fn read(path: &Path) -> anyhow::Result<Self> {
        let bytes =
            std::fs::read(path).with_context(|| format!("cannot read the audit key file {}", path.display()))?;
        Self::new(bytes.trim_ascii())
            .map_err(|problem| anyhow::anyhow!("the audit key file {}: {problem}", path.display()))
    }
}

impl fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("AuditKey(..)")
    }
}

/// Audit entries with their numbers and hashes, ready to be written.
#[derive(Debug)]
pub struct Chain {
    pub at: i64,
    /// Whether the hashes are keyed (HMAC under the audit key).
    pub keyed: bool,
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

/// Numbers `entries` from `first` on, each hashed (with `key`, if given)
/// over the one before it, the first over `prev_hash` (the hash of entry
/// `first - 1`).
pub fn chain(entries: Vec<NewAuditEntry>, first: i64, at: i64, mut prev_hash: String, key: Option<&AuditKey>) -> Chain {
    let links = entries
        .iter()
        .enumerate()
        .map(|(offset, entry)| {
            let seq = first + offset as i64;
            let hash = link_hash(key, seq, at, entry, &prev_hash);
            Link { seq, prev_hash: std::mem::replace(&mut prev_hash, hash.clone()), hash }
        })
        .collect();
    Chain { at, keyed: key.is_some(), entries, links }
}

/// Whether a writer with `key` (or none) may go on with a log whose last
/// entry is `head`: `Ok(true)` when it must first append the entry from
/// which the log is keyed (a key, and a log empty or not yet keyed).
/// Refused: no key for a keyed log, or a key under which the last entry
/// does not verify, as either would chain entries that no one can check.
pub fn key_fits(key: Option<&AuditKey>, head: Option<&AuditRecord>) -> Result<bool, String> {
    match (key, head) {
        (None, Some(head)) if head.keyed => Err(format!(
            "the audit log is chained with a key (its last entry, {}, is keyed): \
             give the same key with --audit-key or TUTELA_AUDIT_KEY",
            head.seq
        )),
        (None, _) => Ok(false),
        (Some(key), Some(head)) if head.keyed => {
            if keyed_entry_hash(key, head.seq, head.at, &head.entry, &head.prev_hash) == head.hash {
                Ok(false)
            } else {
                Err(format!(
                    "the audit key given is not the one the log is chained with: its last entry, {}, \
                     does not verify under it",
                    head.seq
                ))
            }
        }
        (Some(_), _) => Ok(true),
    }
}

/// The entry a writer with a key appends to a log not yet keyed: from it
/// on, every entry is chained under the key.
pub fn keyed_from_entry() -> NewAuditEntry {
    NewAuditEntry {
        actor: "system: audit key".into(),
        institution_id: None,
        action: AuditAction::AuditKey,
        record_type: RecordType::AuditLog,
        record_id: String::new(),
        changes: serde_json::json!({ "chained_with": KEYED_SCHEME }).to_string(),
    }
}

/// A note of the log's last entry, `SEQ:HASH`, as `tutela audit head`
/// prints it, to be kept outside the database. Later, `tutela audit verify
/// --expect-head SEQ:HASH` checks that the log still holds that entry with
/// that hash: a log rewritten at or before it, or cut below it, no longer does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Checkpoint {
    pub seq: i64,
    pub hash: String,
}

impl fmt::Display for Checkpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.seq, self.hash)
    }
}

impl FromStr for Checkpoint {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let refused = || {
            format!(
                "a checkpoint is written SEQ:HASH as `tutela audit head` prints it \
                 (an entry number from 1, a colon, 64 hexadecimal digits), not `{}`",
                text.trim()
            )
        };
        let (seq, hash) = text.trim().split_once(':').ok_or_else(refused)?;
        let seq = seq.parse::<i64>().ok().filter(|seq| *seq >= 1).ok_or_else(refused)?;
        if hash.len() != 64 || !hash.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(refused());
        }
        Ok(Self { seq, hash: hash.to_ascii_lowercase() })
    }
}

/// What [`verify`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Every entry is present, unaltered and chained; `last_hash` is the
    /// hash of the last one, which an auditor may note down and compare
    /// later (see [`Verdict::checkpoint`]).
    Intact { entries: i64, last_hash: String },
    /// The chain breaks at entry `seq`, for `reason`.
    Broken { seq: i64, reason: Break },
    /// Entries before `seq` are intact; from `seq` on they are chained with
    /// the audit key, which was not given.
    KeyNeeded { seq: i64 },
}

impl Verdict {
    /// The checkpoint to note down, when the log is intact and not empty.
    pub fn checkpoint(&self) -> Option<Checkpoint> {
        match self {
            Verdict::Intact { entries, last_hash } if *entries > 0 => {
                Some(Checkpoint { seq: *entries, hash: last_hash.clone() })
            }
            _ => None,
        }
    }
}

impl fmt::Display for Verdict {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Verdict::Intact { entries, last_hash } => {
                write!(f, "the audit log is intact: {entries} entries, last hash {last_hash}")
            }
            Verdict::Broken { seq, reason } => write!(f, "the audit log is broken at entry {seq}: {reason}"),
            Verdict::KeyNeeded { seq } => {
                let checked = match seq {
                    1 => String::new(),
                    2 => "entry 1 is intact, but ".into(),
                    _ => format!("entries 1 to {} are intact, but ", seq - 1),
                };
                write!(
                    f,
                    "the audit log cannot be checked without its key: {checked}from entry {seq} on it is chained \
                     with the audit key; give it with --audit-key or TUTELA_AUDIT_KEY"
                )
            }
        }
    }
}

/// Why the chain breaks at an entry: told in English by `Display` (the
/// command line), in the reader's language by the audit page
/// (`http/audit.rs`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Break {
    /// Entry `seq` is not there; `next` is the next one present.
    Missing { seq: i64, next: i64 },
    /// The entry's `prev_hash` is not the hash of the entry before it.
    DoesNotFollow,
    /// The first keyed entry is not the one that starts keying.
    KeyedTooEarly,
    /// An unkeyed entry after keyed ones.
    NotKeyed,
    /// The entry's contents do not match its hash (`keyed`: under the key given).
    Altered { keyed: bool },
    /// The entry's hash is not the one `checkpoint` noted.
    CheckpointDiffers { checkpoint: Checkpoint },
    /// The log ends at entry `entries`, but `written` were written.
    EndsEarly { entries: i64, written: i64 },
    /// The log holds `entries`, but `written` were written.
    TooMany { entries: i64, written: i64 },
    /// The last entry's hash is not the one recorded when it was written.
    LastReplaced,
    /// A key was given, but no entry is chained with it.
    NoKeyedEntry,
    /// The log ends at entry `entries`, before the checkpoint's.
    EndsBeforeCheckpoint { entries: i64, checkpoint: Checkpoint },
}

impl fmt::Display for Break {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Break::Missing { seq, next } => write!(f, "entry {seq} is missing (the next entry present is {next})"),
            Break::DoesNotFollow => {
                f.write_str("it does not follow from the entry before it (an entry was removed or replaced)")
            }
            Break::KeyedTooEarly => f.write_str(
                "it is the first entry chained with the audit key, but not the entry that starts keying: \
                 the entries before it were rewritten by someone without the key",
            ),
            Break::NotKeyed => f.write_str(
                "it is not chained with the audit key, though entries before it are: it was written by a \
                 Tutela started without the key, or the log was rewritten from here by someone without it",
            ),
            Break::Altered { keyed: true } => f.write_str(
                "its contents do not match its hash under the audit key given (the entry was \
                 altered, or this is not the key the log is chained with)",
            ),
            Break::Altered { keyed: false } => {
                f.write_str("its contents do not match its hash (the entry was altered)")
            }
            Break::CheckpointDiffers { checkpoint } => write!(
                f,
                "its hash is not the one the checkpoint {checkpoint} noted: the log was rewritten at or before this entry"
            ),
            Break::EndsEarly { entries, written } => write!(
                f,
                "the log ends at entry {entries}, but {written} entries were written; the last entries were removed"
            ),
            Break::TooMany { entries, written } => write!(
                f,
                "the log holds {entries} entries, but {written} were written; entries were added behind Tutela's back"
            ),
            Break::LastReplaced => {
                f.write_str("its hash is not the one recorded when it was written: the last entry was replaced")
            }
            Break::NoKeyedEntry => f.write_str(
                "no entry is chained with the audit key given: the log was written by a Tutela without the key, \
                 or rewritten by someone without it",
            ),
            Break::EndsBeforeCheckpoint { entries, checkpoint } => write!(
                f,
                "the log ends at entry {entries}, before entry {} of the checkpoint {checkpoint}: entries were removed",
                checkpoint.seq
            ),
        }
    }
}

/// Entries read per query while verifying.
const PAGE: i64 = 1000;

/// Walks the whole log, oldest first, recomputing every hash; keyed
/// entries are reported as needing the key.
pub async fn verify(store: &dyn Store) -> Result<Verdict, StoreError> {
    verify_with(store, None, None).await
}

/// [`verify`], with the audit key if the log is keyed (from its first keyed
/// entry on, every entry must then be keyed, the last one included), and a
/// checkpoint noted earlier that the log must still hold.
pub async fn verify_with(
    store: &dyn Store,
    key: Option<&AuditKey>,
    checkpoint: Option<&Checkpoint>,
) -> Result<Verdict, StoreError> {
    let (head_seq, head_hash) = store.audit_head().await?;
    let mut walk = Walk { key, checkpoint, expected_seq: 1, prev_hash: GENESIS_HASH.to_string(), keyed_seen: false };
    loop {
        let page = store.audit_entries(walk.expected_seq - 1, PAGE).await?;
        let last_page = (page.len() as i64) < PAGE;
        for record in page {
            if let Some(verdict) = walk.step(record) {
                return Ok(verdict);
            }
        }
        if last_page {
            break;
        }
    }
    Ok(walk.finish(head_seq, &head_hash))
}

/// How far [`verify_with`] has come.
struct Walk<'a> {
    key: Option<&'a AuditKey>,
    checkpoint: Option<&'a Checkpoint>,
    expected_seq: i64,
    prev_hash: String,
    /// Whether a keyed entry came before: none after it may be unkeyed.
    keyed_seen: bool,
}

impl Walk<'_> {
    /// Checks the next entry; a verdict when the walk ends there.
    fn step(&mut self, record: AuditRecord) -> Option<Verdict> {
        let seq = self.expected_seq;
        let broken = |reason: Break| Some(Verdict::Broken { seq, reason });
        if record.seq != seq {
            return broken(Break::Missing { seq, next: record.seq });
        }
        if record.prev_hash != self.prev_hash {
            return broken(Break::DoesNotFollow);
        }
        let key = match (record.keyed, self.key) {
            (true, None) => return Some(Verdict::KeyNeeded { seq }),
            // Keying starts with its own entry, itself keyed: a log rewritten
            // without the key up to here, which a keyed writer then went on
            // from, has keyed entries but not that one first.
            (true, Some(_)) if !self.keyed_seen && record.entry.action != AuditAction::AuditKey => {
                return broken(Break::KeyedTooEarly);
            }
            (true, Some(key)) => Some(key),
            (false, _) if self.keyed_seen => {
                return broken(Break::NotKeyed);
            }
            (false, _) => None,
        };
        if link_hash(key, record.seq, record.at, &record.entry, &record.prev_hash) != record.hash {
            return broken(Break::Altered { keyed: key.is_some() });
        }
        if let Some(checkpoint) = self.checkpoint
            && checkpoint.seq == seq
            && checkpoint.hash != record.hash
        {
            return broken(Break::CheckpointDiffers { checkpoint: checkpoint.clone() });
        }
        self.keyed_seen |= record.keyed;
        self.prev_hash = record.hash;
        self.expected_seq += 1;
        None
    }

    /// The verdict once every entry passed: the log must end where
    /// `audit_state` says, under the key if one was given, and not before
    /// the checkpoint.
    fn finish(self, head_seq: i64, head_hash: &str) -> Verdict {
        let entries = self.expected_seq - 1;
        let broken = |seq: i64, reason: Break| Verdict::Broken { seq, reason };
        if entries < head_seq {
            return broken(entries + 1, Break::EndsEarly { entries, written: head_seq });
        }
        if entries > head_seq {
            return broken(head_seq + 1, Break::TooMany { entries, written: head_seq });
        }
        if self.prev_hash != head_hash {
            return broken(entries, Break::LastReplaced);
        }
        if self.key.is_some() && entries > 0 && !self.keyed_seen {
            return broken(entries, Break::NoKeyedEntry);
        }
        if let Some(checkpoint) = self.checkpoint
            && checkpoint.seq > entries
        {
            return broken(entries + 1, Break::EndsBeforeCheckpoint { entries, checkpoint: checkpoint.clone() });
        }
        Verdict::Intact { entries, last_hash: self.prev_hash }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(changes: &str) -> NewAuditEntry {
        NewAuditEntry {
            actor: "system".into(),
            institution_id: Some(tutela_app::ids::InstitutionId(1)),
            action: AuditAction::UnitCreate,
            record_type: RecordType::Unit,
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
        let shifted = NewAuditEntry {
            action: AuditAction::parse("unit.creat"),
            record_type: RecordType::parse("eunit"),
            ..entry("{}")
        };
        assert_ne!(base, entry_hash(1, 100, &shifted, GENESIS_HASH));
    }

    #[test]
    fn unkeyed_hashes_are_those_of_every_existing_log() {
        // The hash as the first version computed it (SHA-256 over the
        // length-prefixed fields): existing databases must still verify.
        assert_eq!(
            entry_hash(1, 100, &entry("{}"), GENESIS_HASH),
            "4234fa8703f6730f6f0c9b5b2100dcbd2d348759b9b5b6d22057dd6360d1dd4c"
        );
    }

    #[test]
    fn a_keyed_hash_depends_on_the_key() {
        let key = AuditKey::new(&[7; 32]).unwrap();
        let other = AuditKey::new(&[8; 32]).unwrap();
        let keyed = keyed_entry_hash(&key, 1, 100, &entry("{}"), GENESIS_HASH);
        assert_eq!(keyed.len(), 64);
        assert_eq!(keyed, link_hash(Some(&key), 1, 100, &entry("{}"), GENESIS_HASH));
        assert_ne!(keyed, keyed_entry_hash(&other, 1, 100, &entry("{}"), GENESIS_HASH));
        assert_ne!(keyed, entry_hash(1, 100, &entry("{}"), GENESIS_HASH));
        assert_eq!(format!("{key:?}"), "AuditKey(..)", "the key is never printed");
        assert!(AuditKey::new(b"short").unwrap_err().contains("at least 32 bytes"));
    }

    #[test]
    fn a_checkpoint_is_read_as_head_prints_it() {
        let hash = "ab".repeat(32);
        let checkpoint: Checkpoint = format!(" 42:{} ", hash.to_uppercase()).parse().unwrap();
        assert_eq!(checkpoint, Checkpoint { seq: 42, hash: hash.clone() });
        assert_eq!(checkpoint.to_string(), format!("42:{hash}"));
        for bad in [
            "",
            "42",
            "42:abc",
            &format!("0:{hash}"),
            &format!("-1:{hash}"),
            &format!("x:{hash}"),
            &format!("1:{}", "g".repeat(64)),
        ] {
            let err = bad.parse::<Checkpoint>().unwrap_err();
            assert!(err.contains("SEQ:HASH"), "{bad}: {err}");
        }
    }

    #[test]
    fn a_writer_needs_the_key_of_a_keyed_log() {
        let key = AuditKey::new(&[7; 32]).unwrap();
        let record = |keyed: bool, key: Option<&AuditKey>| AuditRecord {
            seq: 3,
            at: 100,
            entry: entry("{}"),
            prev_hash: GENESIS_HASH.into(),
            hash: link_hash(key, 3, 100, &entry("{}"), GENESIS_HASH),
            keyed,
        };
        assert_eq!(key_fits(None, None), Ok(false));
        assert_eq!(key_fits(None, Some(&record(false, None))), Ok(false));
        assert!(key_fits(None, Some(&record(true, Some(&key)))).unwrap_err().contains("--audit-key"));
        assert_eq!(key_fits(Some(&key), None), Ok(true), "an empty log is keyed from its first entry");
        assert_eq!(key_fits(Some(&key), Some(&record(false, None))), Ok(true));
        assert_eq!(key_fits(Some(&key), Some(&record(true, Some(&key)))), Ok(false));
        let other = AuditKey::new(&[8; 32]).unwrap();
        assert!(key_fits(Some(&other), Some(&record(true, Some(&key)))).unwrap_err().contains("not the one"));
    }
}
