//! Rows as both backends read them, and what they become: the parts of
//! the storage layer that do not depend on the database.

use tutela_app::ids::{AccountId, CourseVersionId, InstitutionId, PersonId};
use tutela_app::model::{
    CourseCard, LessonLink, LessonPage, ModuleOutline, PersonDetail, PersonStatus, Placement, Reading, ServiceStage,
    TocEntry, TranslationStatus,
};

pub(crate) type CardRow = (String, String, String, String, String, f64, i64);

pub(crate) fn card((slug, title, summary, language, stage_word, estimated_hours, lesson_count): CardRow) -> CourseCard {
    CourseCard { slug, title, summary, language, stage: stage(&stage_word), estimated_hours, lesson_count }
}

/// The schema's CHECK constraint allows only the two words.
pub(crate) fn stage(word: &str) -> ServiceStage {
    ServiceStage::parse(word).unwrap_or(ServiceStage::PreService)
}

/// A module and one of its lessons: the module's position, slug and title,
/// the lesson's slug and title (none for a module without lessons).
pub(crate) type ContentsRow = (i64, String, String, Option<String>, Option<String>);

pub(crate) fn group_modules(rows: Vec<ContentsRow>) -> Vec<ModuleOutline> {
    let mut modules: Vec<(i64, ModuleOutline)> = Vec::new();
    for (position, slug, title, lesson_slug, lesson_title) in rows {
        if modules.last().is_none_or(|(p, _)| *p != position) {
            modules.push((position, ModuleOutline { slug, title, lang: None, lessons: Vec::new() }));
        }
        if let (Some(slug), Some(title), Some((_, module))) = (lesson_slug, lesson_title, modules.last_mut()) {
            module.lessons.push(LessonLink { slug, title, lang: None });
        }
    }
    modules.into_iter().map(|(_, module)| module).collect()
}

/// The schema's CHECK constraint allows only the two words.
pub(crate) fn translation_status(word: &str) -> TranslationStatus {
    TranslationStatus::parse(word).unwrap_or(TranslationStatus::NeedsReview)
}

/// A lesson and the facts of its version, as `lesson` selects them.
#[derive(sqlx::FromRow)]
pub(crate) struct LessonRow {
    version_id: CourseVersionId,
    course_title: String,
    language: String,
    version_no: i64,
    current_version_no: i64,
    module_slug: String,
    module_title: String,
    slug: String,
    title: String,
    body_html: String,
    toc_json: String,
    word_count: i64,
    position: i64,
}

impl LessonRow {
    pub(crate) fn version_id(&self) -> CourseVersionId {
        self.version_id
    }

    pub(crate) fn position(&self) -> i64 {
        self.position
    }

    /// The page, given the lessons just before and after it (position, slug, title).
    pub(crate) fn into_page(self, course_slug: &str, neighbours: Vec<(i64, String, String)>) -> LessonPage {
        let link = |wanted: i64| {
            neighbours.iter().find(|(p, _, _)| *p == wanted).map(|(_, slug, title)| LessonLink {
                slug: slug.clone(),
                title: title.clone(),
                lang: None,
            })
        };
        LessonPage {
            course_slug: course_slug.to_string(),
            previous: link(self.position - 1),
            next: link(self.position + 1),
            course_title: self.course_title,
            language: self.language,
            version_no: self.version_no,
            current_version_no: self.current_version_no,
            module_slug: self.module_slug,
            module_title: self.module_title,
            slug: self.slug,
            title: self.title,
            body_html: self.body_html,
            toc: serde_json::from_str::<Vec<TocEntry>>(&self.toc_json).unwrap_or_default(),
            word_count: self.word_count,
            reading: Reading::default(),
        }
    }
}

/// The columns of an audit entry (`audit_log a`), in [`AuditRow`]'s order.
pub(crate) const AUDIT_COLUMNS: &str = "a.seq, a.at, a.actor, a.institution_id, a.action, a.record_type, a.record_id, \
     a.changes, a.prev_hash, a.hash, a.keyed";

/// An audit entry as [`AUDIT_COLUMNS`] selects it. Its action and record
/// type are read as text and parsed by [`audit_record`], which never fails:
/// a word this version does not know becomes `Other`.
pub(crate) type AuditRow =
    (i64, i64, String, Option<InstitutionId>, String, String, String, String, String, String, i64);

pub(crate) fn audit_record(
    (seq, at, actor, institution_id, action, record_type, record_id, changes, prev_hash, hash, keyed): AuditRow,
) -> tutela_app::store::AuditRecord {
    tutela_app::store::AuditRecord {
        seq,
        at,
        entry: tutela_app::store::NewAuditEntry {
            actor,
            institution_id,
            action: tutela_app::model::AuditAction::parse(&action),
            record_type: tutela_app::model::RecordType::parse(&record_type),
            record_id,
            changes,
        },
        prev_hash,
        hash,
        keyed: keyed != 0,
    }
}

/// Joins to an audit entry (`a`) the current unit of its record, as
/// `record_unit`: a person's unit, an account's person's unit (role grants
/// are recorded on the grantee's account), a unit itself. Other records
/// (institutions, cadres, roster imports, the log itself) have none. The
/// `CASE`s cast a record id only for those record types, whose ids are numbers.
pub(crate) const RECORD_UNIT: &str = " \
    LEFT JOIN accounts record_account \
      ON record_account.id = CASE WHEN a.record_type = 'account' THEN CAST(a.record_id AS BIGINT) END \
    LEFT JOIN persons record_person \
      ON record_person.id = CASE a.record_type WHEN 'person' THEN CAST(a.record_id AS BIGINT) \
                                                WHEN 'account' THEN record_account.person_id END \
    LEFT JOIN units record_unit \
      ON record_unit.id = CASE WHEN a.record_type = 'unit' THEN CAST(a.record_id AS BIGINT) \
                               ELSE record_person.unit_id END";

/// `accounts.locked_until` of an account an administrator locked: until
/// they unlock it (the year 9999).
pub(crate) const LOCKED_BY_ADMINISTRATOR: i64 = 253_402_300_799;

/// A person as their page shows them, as `person` selects them.
#[derive(sqlx::FromRow)]
pub(crate) struct PersonRow {
    staff_number: String,
    name: String,
    email: Option<String>,
    institution: String,
    unit: String,
    unit_path: String,
    cadre: String,
    hire_date: String,
    status: PersonStatus,
    left_on: Option<String>,
    account: Option<AccountId>,
    has_password: Option<bool>,
    locked_until: Option<i64>,
}

impl PersonRow {
    /// The page's model of person `id`, with their `placements`, their
    /// account as it stands at `now`, and nothing the viewer decides yet.
    pub(crate) fn into_detail(self, id: PersonId, placements: Vec<Placement>, now: i64) -> PersonDetail {
        PersonDetail {
            id,
            account: account_state(self.account, self.has_password, self.locked_until, now),
            staff_number: self.staff_number,
            name: self.name,
            email: self.email,
            institution: self.institution,
            unit: self.unit,
            unit_path: self.unit_path,
            cadre: self.cadre,
            hire_date: self.hire_date,
            status: self.status,
            left_on: self.left_on,
            placements,
            new_link: None,
            roles: Vec::new(),
            role_units: Vec::new(),
            grants_deployment_wide: false,
            may_act: false,
            learning: None,
        }
    }
}

/// How an account looks to HR, from its columns.
pub(crate) fn account_state(
    account: Option<AccountId>,
    has_password: Option<bool>,
    locked_until: Option<i64>,
    now: i64,
) -> tutela_app::model::AccountState {
    use tutela_app::model::AccountState;
    match (account, has_password) {
        (None, _) => AccountState::NoAccount,
        (Some(_), Some(true)) if locked_until.is_some_and(|until| until > now) => AccountState::Locked,
        (Some(_), Some(true)) => AccountState::Active,
        (Some(_), _) => AccountState::NotActivated,
    }
}
