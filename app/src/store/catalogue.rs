//! The storage seam for courses, lessons, the glossary and the cadre pages
//! that list them, and publishing imported content.

use std::collections::BTreeMap;

use super::StoreResult;
use crate::model::{
    Cadre, CadreSummary, CourseCard, CourseOutline, GlossaryTerm, LessonPage, ServiceStage, TocEntry, TranslationStatus,
};

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
    async fn courses_for_cadre(&self, cadre_slug: &str, language: &str) -> StoreResult<Vec<CourseCard>>;

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

    /// The number of each course's published version, by course slug.
    async fn published_version_numbers(&self) -> StoreResult<BTreeMap<String, i64>>;

    /// Publishes the given course versions, then the translations (each
    /// replaced if its text changed, else only its status and explicit
    /// `translates` updated), and the glossary if given, in one
    /// transaction: all or none. A translation's course is published
    /// before it, or in the same call. A course whose published version is
    /// no longer the one its `planned_on` names is refused
    /// (`Refusal::CourseChanged`), nothing written.
    async fn publish(
        &self,
        versions: &[NewCourseVersion],
        translations: &[NewCourseTranslation],
        glossary: Option<&NewGlossary>,
    ) -> StoreResult<()>;

    /// What is published of each course's translations, by (course slug,
    /// language code).
    async fn translation_states(&self) -> StoreResult<BTreeMap<(String, String), TranslationState>>;

    /// A course's published translations, each with its module and lesson
    /// titles (not the lessons' text), by language code.
    async fn course_translations(&self, course_slug: &str) -> StoreResult<Vec<CourseTranslation>>;

    /// The cadres' names and descriptions in `language` (`fr`), by cadre
    /// slug: the cadres translated into it.
    async fn cadre_translations(&self, language: &str) -> StoreResult<BTreeMap<String, (String, String)>>;

    /// A lesson's translation into `language`, if published.
    async fn lesson_translation(
        &self,
        course_slug: &str,
        language: &str,
        lesson_slug: &str,
    ) -> StoreResult<Option<TranslatedLesson>>;

    /// Content hash of the published glossary; empty if there is none.
    async fn glossary_hash(&self) -> StoreResult<String>;

    /// The published glossary, in its file's order.
    async fn glossary(&self) -> StoreResult<Vec<GlossaryTerm>>;

    /// The published glossary's translated terms, every language, each
    /// with the position of its term in [`glossary`](Self::glossary).
    async fn glossary_translations(&self) -> StoreResult<Vec<GlossaryTranslation>>;

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
    /// `open = true` in course.toml: anyone signed in may enrol, not only
    /// the audience.
    pub open: bool,
    pub modules: Vec<NewModule>,
    /// Its quiz (`quiz.toml` and its banks), published with it.
    pub quiz: Option<super::quiz::NewQuiz>,
    /// The course's published version number the import read and planned
    /// against (None: not published yet). `publish` reads it again in its
    /// transaction and refuses the whole publication if it changed
    /// (`Refusal::CourseChanged`): a bank applied in the browser meanwhile
    /// (a new version, with `bank_uploaded_at`) is never silently undone.
    pub planned_on: Option<i64>,
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
    /// The words of its debriefs, within `word_count` (not stored: the
    /// content tests bound a lesson's teaching text without them).
    pub debrief_words: i64,
}

/// A glossary ready to publish; it replaces the published one as a whole,
/// translations included.
#[derive(Clone, Debug)]
pub struct NewGlossary {
    pub content_hash: String,
    pub terms: Vec<GlossaryTerm>,
    pub translations: Vec<GlossaryTranslation>,
}

/// One glossary term in another language than the glossary's own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GlossaryTranslation {
    /// The term's place in the glossary (0 for the first).
    pub position: usize,
    /// The language code (`fr`).
    pub language: String,
    pub term: GlossaryTerm,
}

/// A course's translation into one language, ready to publish. It is not
/// a course version: learners' progress belongs to the version, whatever
/// language they read it in.
#[derive(Clone, Debug)]
pub struct NewCourseTranslation {
    pub course_slug: String,
    /// The language code (`fr`).
    pub language: String,
    pub title: String,
    pub summary: String,
    pub status: TranslationStatus,
    /// The source version it translates, when the author says so; else
    /// the course's published version when its text last changed.
    pub translates: Option<i64>,
    /// SHA-256 of the translation's text (titles, summary, lessons), not of
    /// its status: only a change of text makes it translate the current
    /// version.
    pub text_hash: String,
    /// Module titles by module slug (modules without one show the source's).
    pub modules: Vec<(String, String)>,
    /// Translated lessons, by the slug of the lesson they translate.
    pub lessons: Vec<NewLesson>,
}

/// What is published of one course translation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslationState {
    pub text_hash: String,
    pub status: TranslationStatus,
    pub translates: i64,
}

/// A published course translation, without its lessons' text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CourseTranslation {
    pub language: String,
    pub title: String,
    pub summary: String,
    pub status: TranslationStatus,
    /// The source version it translates.
    pub translates: i64,
    /// Module titles by module slug.
    pub modules: BTreeMap<String, String>,
    /// Lesson titles by lesson slug: the lessons translated.
    pub lessons: BTreeMap<String, String>,
}

/// A lesson's translation as a reader reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslatedLesson {
    pub title: String,
    /// Rendered from Markdown and sanitised at import, like a lesson.
    pub body_html: String,
    pub toc: Vec<TocEntry>,
    pub word_count: i64,
}
