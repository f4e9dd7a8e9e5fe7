//! Clean-up that runs on its own: records kept only for a while are
//! deleted once their time is up. Every instance runs it; the deletes are
//! idempotent, so several instances doing it at once is harmless.

use std::sync::Arc;
use std::time::Duration;

use tutela_app::store::{SharedStore, StoreResult};

use crate::auth::Auth;

/// How often the clean-up runs.
pub const EVERY: Duration = Duration::from_secs(60 * 60);

/// One round: sign-in attempts past the security log's retention, failed
/// attempts the lockout policy no longer remembers, and quiz attempts left
/// open past their deadline or after their enrolment ended (closed and
/// graded with what was saved; an attempt is also closed when anything
/// next touches it).
pub async fn sweep(store: &SharedStore, auth: &Auth) -> StoreResult<()> {
    let now = auth.now();
    let config = &auth.config;
    let events_before = now - config.security_log_days.max(1) * 86_400;
    let failures_before = now - config.lockout.forget_after_seconds;
    // Each job runs whatever the other did: the first error is answered.
    let pruned = store.prune_sign_ins(events_before, failures_before).await;
    let closed = store.close_expired_attempts().await;
    pruned.and(closed.map(|_| ()))
}

/// Runs [`sweep`] now and then every `every`, for as long as the server runs.
pub fn spawn(store: SharedStore, auth: Arc<Auth>, every: Duration) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval(every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            if let Err(err) = sweep(&store, &auth).await {
                tracing::warn!(
                    error = &err as &dyn std::error::Error,
                    "the clean-up of expired records failed; it runs again later"
                );
            }
        }
    });
}
