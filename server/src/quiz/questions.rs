//! Stored questions kept parsed, by id: a question version's GIFT never
//! changes (a changed question is a new row, `questions.fingerprint`), so
//! grading need not parse the same text again for every attempt.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tutela_app::ids::QuestionId;

/// Question versions kept at most; past that the cache starts again empty.
/// The shipped curriculum holds about 370, but one course may hold 5,000
/// and versions add up: this bounds memory (a few MB), not correctness,
/// since a question missing here is parsed again (microseconds).
const LIMIT: usize = 4096;

/// Parsed question versions by id, shared by a store's connections.
#[derive(Default)]
pub struct QuestionCache {
    parsed: Mutex<HashMap<QuestionId, Arc<tutela_gift::Question>, foldhash::fast::RandomState>>,
}

impl QuestionCache {
    /// The question `id`, if kept.
    pub fn get(&self, id: QuestionId) -> Option<Arc<tutela_gift::Question>> {
        self.parsed.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).get(&id).cloned()
    }

    /// Keeps `question` as the parsed form of `id`.
    pub fn keep(&self, id: QuestionId, question: Arc<tutela_gift::Question>) {
        let mut parsed = self.parsed.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if parsed.len() >= LIMIT {
            parsed.clear();
        }
        parsed.insert(id, question);
    }
}
