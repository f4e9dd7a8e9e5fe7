//! The storage seam: what the pages and server functions need from a
//! database, and nothing about how it is kept.
//!
//! `server/` implements [`Store`] once per backend (SQLite, PostgreSQL).
//! This module is compiled only with the `ssr` feature, so none of it
//! reaches the browser bundle.

pub mod access;

use std::collections::BTreeMap;
use std::sync::Arc;

pub use access::AccessStore;

use crate::model::{Cadre, CadreSummary, CourseCard, CourseOutline, GlossaryTerm, LessonPage, ServiceStage, TocEntry};

/// A storage failure. Its text is for logs, never for users.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database: {0}")]
    Database(String),
    #[error("{0}")]
    Conflict(String),
}

pub type StoreResult<T> = Result<T, StoreError>;

/// The shared handle that pages and server functions find in their context.
pub type SharedStore = Arc<dyn Store>;

#[async_trait::async_trait]
pub trait Store: AccessStore + Send + Sync + 'static {
    /// Answers only when the database does; `/healthz` uses it.
    async fn ping(&self) -> StoreResult<()>;

    /// Active cadres in name order, with how many courses each has.
    async fn cadre_summaries(&self) -> StoreResult<Vec<CadreSummary>>;

    /// Slugs of every cadre, retired or not, for validating imports.
    async fn cadre_slugs(&self) -> StoreResult<Vec<String>>;

    async fn cadre(&self, slug: &str) -> StoreResult<Option<Cadre>>;

    /// Published courses whose audience includes the cadre.
    async fn courses_for_cadre(&self, cadre_slug: &str) -> StoreResult<Vec<CourseCard>>;

    /// The published version of a course.
    async fn course(&self, slug: &str) -> StoreResult<Option<CourseOutline>>;

    /// A lesson of the published version (`version_no` = None) or of a
    /// given version, which stays readable after newer ones are published.
    async fn lesson(
        &self,
        course_slug: &str,
        version_no: Option<i64>,
        lesson_slug: &str,
    ) -> StoreResult<Option<LessonPage>>;

    /// Content hash of each course's published version, by course slug.
    async fn published_hashes(&self) -> StoreResult<BTreeMap<String, String>>;

    /// Publishes the given course versions, and the glossary if given, in
    /// one transaction: all or none.
    async fn publish(&self, versions: &[NewCourseVersion], glossary: Option<&NewGlossary>) -> StoreResult<()>;

    /// Content hash of the published glossary; empty if there is none.
    async fn glossary_hash(&self) -> StoreResult<String>;

    /// The published glossary, in its file's order.
    async fn glossary(&self) -> StoreResult<Vec<GlossaryTerm>>;

    /// A number that grows whenever published content changes; page caches
    /// compare it to know when to drop what they hold.
    async fn content_generation(&self) -> StoreResult<i64>;

    /// Creates the demo institution and its units if absent, recording each
    /// in the audit log as the work of `actor`.
    async fn ensure_demo(&self, demo: &DemoInstitution, actor: &str) -> StoreResult<DemoOutcome>;

    /// Up to `limit` audit entries after entry number `after_seq`, oldest first.
    async fn audit_entries(&self, after_seq: i64, limit: i64) -> StoreResult<Vec<AuditRecord>>;

    /// The audit entries `filter` selects, newest first.
    async fn audit_search(&self, filter: &AuditFilter) -> StoreResult<Vec<AuditRecord>>;

    /// The number and hash of the last audit entry (0 and the genesis hash
    /// when the log is empty).
    async fn audit_head(&self) -> StoreResult<(i64, String)>;
}

/// A course version ready to publish: parsed, rendered and sanitised.
#[derive(Clone, Debug)]
pub struct NewCourseVersion {
    pub slug: String,
    pub content_hash: String,
    pub title: String,
    pub summary: String,
    pub language: String,
    pub stage: ServiceStage,
    pub estimated_hours: f64,
    pub audience: Vec<String>,
    pub modules: Vec<NewModule>,
}

#[derive(Clone, Debug)]
pub struct NewModule {
    pub slug: String,
    pub title: String,
    pub lessons: Vec<NewLesson>,
}

#[derive(Clone, Debug)]
pub struct NewLesson {
    pub slug: String,
    pub title: String,
    pub body_html: String,
    pub toc: Vec<TocEntry>,
    pub word_count: i64,
}

/// A glossary ready to publish; it replaces the published one as a whole.
#[derive(Clone, Debug)]
pub struct NewGlossary {
    pub content_hash: String,
    pub terms: Vec<GlossaryTerm>,
}

/// The demo institution that `tutela demo` creates.
#[derive(Clone, Debug)]
pub struct DemoInstitution {
    pub slug: String,
    pub name: String,
    pub country: String,
    /// Units as (code, name, parent code); parents come before children.
    pub units: Vec<(String, String, Option<String>)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoOutcome {
    Created,
    AlreadyPresent,
}

/// A change to record in the audit log: who made it, to which record, and
/// what changed (`changes` is a JSON object of field → new value, or
/// field → `[old, new]` for an update).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewAuditEntry {
    pub actor: String,
    pub institution_id: Option<i64>,
    pub action: String,
    pub record_type: String,
    pub record_id: String,
    pub changes: String,
}

/// An entry of the audit log as stored, with its place in the hash chain.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuditRecord {
    pub seq: i64,
    pub at: i64,
    pub entry: NewAuditEntry,
    pub prev_hash: String,
    pub hash: String,
    /// Whether `hash` is keyed (HMAC under the deployment's audit key)
    /// rather than plain SHA-256.
    pub keyed: bool,
}

/// Which audit entries [`Store::audit_search`] returns: up to `limit`,
/// older than entry `before` (all when None), of one institution (all when
/// None), about records now in the unit subtrees `unit_scopes` (any record
/// when None; entries about no unit, such as an institution's or a roster
/// import's, only when None), whose action starts with `action` and whose
/// record matches `record_type` (and `record_id`) when these are not empty.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AuditFilter {
    pub institution_id: Option<i64>,
    /// Unit paths such as `/1/4/`: an entry about a person, an account (its
    /// person) or a unit is kept when that record's current unit lies in one.
    pub unit_scopes: Option<Vec<String>>,
    pub action: String,
    pub record_type: String,
    pub record_id: String,
    pub before: Option<i64>,
    pub limit: i64,
}
