//! The catalogue's page models: cadres, courses, lessons, the glossary.

use serde::{Deserialize, Serialize};

use crate::i18n::Locale;

/// A professional group, such as `prosecutor` or `social-worker`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cadre {
    pub slug: String,
    pub name: String,
    pub description: String,
}

/// A cadre with the number of published courses whose audience includes it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CadreSummary {
    pub cadre: Cadre,
    pub course_count: i64,
}

/// Whether a course is taken before or after taking up the post.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ServiceStage {
    /// Taken by new hires before or soon after they start.
    PreService,
    /// Taken (and renewed) by serving staff.
    InService,
}

impl ServiceStage {
    /// The word used in `course.toml` and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            ServiceStage::PreService => "pre-service",
            ServiceStage::InService => "in-service",
        }
    }

    /// Parses the word used in `course.toml` and in the database.
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "pre-service" => Some(ServiceStage::PreService),
            "in-service" => Some(ServiceStage::InService),
            _ => None,
        }
    }

    /// The stage in the reader's words (`catalogue-stage`).
    pub fn msg(self) -> crate::i18n::Msg {
        crate::i18n::Msg::new("catalogue-stage").arg("stage", crate::i18n::Arg::word(self.as_str()))
    }
}

/// One line of a catalogue: enough to choose a course.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CourseCard {
    pub slug: String,
    /// The title and summary in the reader's language where the course is
    /// translated into it, else the source's.
    pub title: String,
    pub summary: String,
    /// The language of the title and summary (`en`, `fr`, ...).
    pub language: String,
    pub stage: ServiceStage,
    pub estimated_hours: f64,
    pub lesson_count: i64,
}

/// The published version of a course and its table of contents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CourseOutline {
    pub slug: String,
    pub version_no: i64,
    pub title: String,
    pub summary: String,
    pub stage: ServiceStage,
    pub language: String,
    pub estimated_hours: f64,
    pub audience: Vec<Cadre>,
    pub modules: Vec<ModuleOutline>,
    /// The language shown, the others offered, and a translation's state.
    pub reading: Reading,
    /// The signed-in reader's progress (learning's part), if they are a
    /// learner; never on the page the cache keeps.
    #[serde(default)]
    pub learning: Option<crate::learning::model::CourseProgress>,
}

/// A module and its lessons, in order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ModuleOutline {
    pub slug: String,
    pub title: String,
    /// The title's language when it is not the page's (a module left
    /// untranslated in a translated outline).
    pub lang: Option<Locale>,
    pub lessons: Vec<LessonLink>,
}

/// A lesson as a link target.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonLink {
    pub slug: String,
    pub title: String,
    /// The title's language when it is not the page's (a lesson left
    /// untranslated in a translated course).
    pub lang: Option<Locale>,
}

/// One heading of a lesson, for its table of contents.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TocEntry {
    /// 2 for `##`, 3 for `###`.
    pub level: u8,
    pub anchor: String,
    pub text: String,
}

/// A lesson as a learner reads it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LessonPage {
    pub course_slug: String,
    pub course_title: String,
    pub language: String,
    /// The version this lesson belongs to.
    pub version_no: i64,
    /// The course's published version, to tell a reader of an old one.
    pub current_version_no: i64,
    pub module_slug: String,
    pub module_title: String,
    pub slug: String,
    pub title: String,
    /// Rendered from Markdown and sanitised at import; safe to insert.
    pub body_html: String,
    pub toc: Vec<TocEntry>,
    pub word_count: i64,
    pub previous: Option<LessonLink>,
    pub next: Option<LessonLink>,
    /// The language shown, the others offered, and a translation's state.
    pub reading: Reading,
}

impl LessonPage {
    /// Lessons shorter than this read fine without a table of contents.
    pub const TOC_MIN_HEADINGS: usize = 3;

    /// Whether the page should show its table of contents.
    pub fn shows_toc(&self) -> bool {
        self.toc.len() >= Self::TOC_MIN_HEADINGS
    }

    /// Minutes to read at a careful 180 words a minute, at least one.
    pub fn reading_minutes(&self) -> i64 {
        (self.word_count / 180).max(1)
    }
}

/// One entry of the terminology glossary: the term to use, what it means,
/// and the words to avoid in its place, with the reason.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryTerm {
    pub term: String,
    pub meaning: String,
    pub avoid: Vec<String>,
    pub reason: String,
    /// Guidance on using the term with care, if any.
    pub note: String,
}

/// The glossary page: each entry in the reader's language where it is
/// translated, else in the glossary's own (English).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Glossary {
    pub entries: Vec<GlossaryEntry>,
    pub reading: Reading,
}

/// One term of the glossary page, and its language when it is not the
/// page's (an entry left untranslated).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    pub term: GlossaryTerm,
    pub lang: Option<Locale>,
}

/// Whether a translation has been checked by a reviewer (a legal
/// translator, for the curriculum): `status` in `course.toml`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TranslationStatus {
    NeedsReview,
    Reviewed,
}

impl TranslationStatus {
    /// The word used in `course.toml` and in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            TranslationStatus::NeedsReview => "needs-review",
            TranslationStatus::Reviewed => "reviewed",
        }
    }

    /// Parses the word used in `course.toml` and in the database.
    pub fn parse(word: &str) -> Option<Self> {
        match word {
            "needs-review" => Some(TranslationStatus::NeedsReview),
            "reviewed" => Some(TranslationStatus::Reviewed),
            _ => None,
        }
    }
}

/// In which language a course page (outline or lesson) or the glossary
/// is shown, and what the reader should know about it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    /// The language of the text shown: the article's `lang` and `dir`.
    pub shown: Locale,
    /// The language the reader asked for: `?lang=`, else their own.
    pub wanted: Locale,
    /// The language the course (or the glossary) is written in.
    pub source: Locale,
    /// Every language this page can be read in, the source first; the
    /// "Read in" links, when there are two or more.
    pub offered: Vec<Locale>,
    /// The language `?lang=` chose, which links to the course's other
    /// pages keep.
    pub chosen: Option<Locale>,
    /// A translation of an older version than the published one: the
    /// version it translates and the published one.
    pub stale: Option<(i64, i64)>,
    /// The shown translation's review status (None: the source is shown).
    pub status: Option<TranslationStatus>,
}

impl Reading {
    /// The source, with no other language offered (old versions).
    pub fn source_only(source: Locale) -> Self {
        Reading { shown: source, wanted: source, source, offered: vec![source], ..Reading::default() }
    }

    /// The reader wanted a language this page is not translated into.
    pub fn untranslated(&self) -> bool {
        self.wanted != self.shown
    }

    /// What links to the course's other pages append: `?lang=fr` when
    /// the language was chosen in the address, else nothing.
    pub fn query(&self) -> String {
        self.chosen.map(|locale| format!("?lang={}", locale.code())).unwrap_or_default()
    }
}
