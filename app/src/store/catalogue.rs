//! The storage seam for courses, lessons, the glossary and the cadre pages
//! that list them, and publishing imported content.

use std::collections::BTreeMap;

use super::StoreResult;
use crate::model::{Cadre, CadreSummary, CourseCard, CourseOutline, GlossaryTerm, LessonPage, ServiceStage, TocEntry};

#[async_trait::async_trait]
pub trait CatalogueStore: Send + Sync + 'static {
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
