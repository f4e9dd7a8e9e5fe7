//! Time, from one place. Every "now" that a rule depends on (sessions,
//! sign-in delays and locks, the security log's retention) comes from the
//! [`Clock`] the server was started with: the system clock in production,
//! a manual one in tests, which move it forward instead of sleeping.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// The time in Unix seconds: the system's, or a manual one that tests set
/// and move. Cloning shares the same time.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    manual: Option<Arc<AtomicI64>>,
}

impl Clock {
    /// The system clock.
    pub fn system() -> Self {
        Self { manual: None }
    }

    /// A clock that stands at `at` until [`Clock::advance`] moves it.
    pub fn manual(at: i64) -> Self {
        Self { manual: Some(Arc::new(AtomicI64::new(at))) }
    }

    /// Now, in Unix seconds.
    pub fn now(&self) -> i64 {
        match &self.manual {
            Some(at) => at.load(Ordering::SeqCst),
            None => std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs() as i64)
                .unwrap_or(0),
        }
    }

    /// Today's date (UTC) as `YYYY-MM-DD`, the form dates take in forms and files.
    pub fn today(&self) -> String {
        date_of(self.now())
    }

    /// Moves a manual clock forward by `seconds` (a system clock ignores it).
    pub fn advance(&self, seconds: i64) {
        if let Some(at) = &self.manual {
            at.fetch_add(seconds, Ordering::SeqCst);
        }
    }
}

/// The UTC date (`YYYY-MM-DD`) of the Unix time `at`.
pub fn date_of(at: i64) -> String {
    let date = time::OffsetDateTime::from_unix_timestamp(at).unwrap_or(time::OffsetDateTime::UNIX_EPOCH).date();
    format!("{:04}-{:02}-{:02}", date.year(), u8::from(date.month()), date.day())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manual_clock_moves_only_when_told_and_its_clones_follow() {
        let clock = Clock::manual(1_000);
        let shared = clock.clone();
        assert_eq!(clock.now(), 1_000);
        shared.advance(30);
        assert_eq!(clock.now(), 1_030);
        assert!(Clock::system().now() > 1_700_000_000);
        assert_eq!(Clock::manual(1_767_225_599).today(), "2025-12-31");
        assert_eq!(Clock::manual(1_767_225_600).today(), "2026-01-01");
    }
}
