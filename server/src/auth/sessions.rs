//! Sessions kept in memory for a moment, so that a signed-in request does
//! not wait on the database each time.
//!
//! An entry is what [`identify`](super::identify) read for a session (the
//! account, the person, the CSRF token, whether the account is barred,
//! its grants) and lives [`LIFETIME`] seconds of the server's clock; after
//! that the next request reads the database again. So a change made
//! elsewhere (another instance, the command line, the database) takes
//! effect within that time on every instance: a session ended, an account
//! locked or its person gone, a grant revoked. A change made through this
//! instance takes effect at once: every request that may change records
//! (any method but GET and HEAD) forgets every entry when it is answered,
//! and a read that was under way meanwhile is not kept (the generation).
//! The time-outs (idle, absolute) are checked on every request, from the
//! entry, against the clock.

use std::collections::HashMap;
use std::sync::RwLock;
use std::sync::atomic::{AtomicU64, Ordering};

use tutela_app::store::{SessionInfo, StoreError};

/// Seconds an entry is believed without asking the database again.
pub const LIFETIME: i64 = 2;
/// Entries kept at most; past it, those too old to use are dropped, and
/// if that is not enough, all.
const MAX_ENTRIES: usize = 100_000;

struct Entry {
    info: SessionInfo,
    read_at: i64,
}

#[derive(Default)]
pub struct SessionCache {
    entries: RwLock<HashMap<String, Entry>>,
    /// Moves whenever entries are forgotten: a read begun before is not kept.
    generation: AtomicU64,
}

impl SessionCache {
    /// The session whose token hashes to `id_hash`, if read less than
    /// [`LIFETIME`] seconds before `now`.
    pub fn get(&self, id_hash: &str, now: i64) -> Option<SessionInfo> {
        let entries = self.entries.read().ok()?;
        let entry = entries.get(id_hash)?;
        (now - entry.read_at < LIFETIME && now >= entry.read_at).then(|| entry.info.clone())
    }

    /// Where forgetting stands; taken before reading the database.
    pub fn generation(&self) -> u64 {
        self.generation.load(Ordering::Acquire)
    }

    /// Keeps what was read at `now`, unless entries were forgotten since
    /// `generation` was taken.
    pub fn insert(&self, id_hash: &str, info: &SessionInfo, now: i64, generation: u64) {
        let Ok(mut entries) = self.entries.write() else { return };
        if self.generation.load(Ordering::Acquire) != generation {
            return;
        }
        if entries.len() >= MAX_ENTRIES {
            entries.retain(|_, entry| now - entry.read_at < LIFETIME);
            if entries.len() >= MAX_ENTRIES {
                entries.clear();
            }
        }
        entries.insert(id_hash.to_string(), Entry { info: info.clone(), read_at: now });
    }

    /// Records that the session was seen at `now` (written to the database).
    pub fn touched(&self, id_hash: &str, now: i64) {
        if let Ok(mut entries) = self.entries.write()
            && let Some(entry) = entries.get_mut(id_hash)
        {
            entry.info.last_seen_at = now;
        }
    }

    /// Forgets one session (ended).
    pub fn forget(&self, id_hash: &str) {
        if let Ok(mut entries) = self.entries.write() {
            self.generation.fetch_add(1, Ordering::AcqRel);
            entries.remove(id_hash);
        }
    }

    /// Forgets every session: records may have changed.
    pub fn forget_all(&self) {
        if let Ok(mut entries) = self.entries.write() {
            self.generation.fetch_add(1, Ordering::AcqRel);
            entries.clear();
        }
    }
}

/// On a request whose session cookie could not be looked up (the database
/// failed): the request is answered `503` by the render layer, never as
/// if nobody were signed in (that would sign the person out, or show them
/// a public page as a stranger).
#[derive(Clone, Debug)]
pub struct Unreadable(pub StoreError);

/// Empties the session cache when dropped while armed: after a form that
/// changed something, and when a form's request is dropped before it is
/// answered (its change may have been committed).
pub struct ForgetSessions<'a> {
    pub sessions: &'a SessionCache,
    pub armed: bool,
}

impl Drop for ForgetSessions<'_> {
    fn drop(&mut self) {
        if self.armed {
            self.sessions.forget_all();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn info() -> SessionInfo {
        SessionInfo {
            account_id: tutela_app::ids::AccountId(1),
            person_id: tutela_app::ids::PersonId(1),
            institution_id: tutela_app::ids::InstitutionId(1),
            name: "A B".into(),
            csrf_token: "t".into(),
            last_seen_at: 100,
            expires_at: 1_000,
            barred: false,
            grants: Vec::new(),
            locale: None,
            institution_locale: None,
        }
    }

    #[test]
    fn entries_live_their_lifetime_and_reads_begun_before_forgetting_are_not_kept() {
        let cache = SessionCache::default();
        let generation = cache.generation();
        cache.insert("s", &info(), 100, generation);
        assert!(cache.get("s", 100).is_some());
        assert!(cache.get("s", 100 + LIFETIME - 1).is_some());
        assert!(cache.get("s", 100 + LIFETIME).is_none(), "too old: read again");
        let before = cache.generation();
        cache.forget_all();
        assert!(cache.get("s", 100).is_none());
        cache.insert("s", &info(), 100, before);
        assert!(cache.get("s", 100).is_none(), "read before the change: not kept");
    }
}
