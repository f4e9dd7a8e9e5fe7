//! The storage seam for quizzes' trainer side beside [`super::QuizStore`]:
//! the essays waiting for a reviewer (and those graded, to regrade), one
//! essay to grade, grading it, and the item analysis of a course's quiz.
//! Types here may hold a question's GIFT, so they never reach a page model.

use super::StoreResult;
use crate::ids::{AccountId, AttemptId, InstitutionId, PersonId};
use crate::model::Choice;
use crate::quiz::trainer_model::EssayRow;

#[async_trait::async_trait]
pub trait QuizTrainerStore: Send + Sync + 'static {
    /// The essays of submitted attempts by people of the institution
    /// placed in the unit subtrees `scopes` (all when None): waiting for a
    /// mark, oldest submission first; or with `graded`, those marked,
    /// latest marked first. How many there are, and `limit` of them from
    /// `offset`.
    async fn essay_queue(
        &self,
        grader: PersonId,
        institution: InstitutionId,
        scopes: Option<&[String]>,
        graded: bool,
        limit: i64,
        offset: i64,
    ) -> StoreResult<(Vec<EssayRow>, i64)>;

    /// One essay of a submitted attempt within the institution and
    /// `scopes`, not the `grader`'s own; None when there is none there
    /// (missing, someone else's unit, not submitted, the slot is no essay,
    /// or the grader's own: one answer for all).
    async fn essay(
        &self,
        grader: PersonId,
        institution: InstitutionId,
        scopes: Option<&[String]>,
        attempt: AttemptId,
        slot: u32,
    ) -> StoreResult<Option<EssayRecord>>;

    /// Marks an essay [`QuizTrainerStore::essay`] finds (the same
    /// `NotFound(Missing::Record)` otherwise), in one transaction: the
    /// slot's mark, grader, time and comment; the attempt's score, essays
    /// pending, percentage and, when none is pending, its result; an audit
    /// entry `quiz.grade` on the learner with the mark before and after;
    /// and when the attempt passes, the enrolment completed if its lessons
    /// are read. Grading a graded essay again (a regrade) is the same
    /// write. A completed enrolment is never taken back: a regrade that
    /// fails a passed attempt changes the attempt only.
    async fn grade_essay(&self, grading: &EssayGrading<'_>) -> StoreResult<EssayGraded>;

    /// The published courses whose published version has a quiz, by
    /// title: slug (value) and title (label).
    async fn quiz_courses(&self) -> StoreResult<Vec<Choice>>;

    /// The item analysis of the quiz of a course's published version (and
    /// of the course's earlier question versions that have attempts), over
    /// the final attempts of people of `institution` (every institution
    /// when None); None when there is no such course, or its published
    /// version has no quiz.
    async fn item_analysis(
        &self,
        course_slug: &str,
        institution: Option<InstitutionId>,
    ) -> StoreResult<Option<ItemAnalysis>>;
}

/// An essay as the grading page needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct EssayRecord {
    pub attempt: AttemptId,
    pub slot: u32,
    pub course_title: String,
    pub person: PersonId,
    pub learner: String,
    pub staff_number: String,
    pub unit: String,
    pub submitted_at: i64,
    /// The question's GIFT (an essay's holds no key, but it is still a
    /// stored question: parsed and rendered on the server).
    pub gift: String,
    /// The answer as saved (JSON, `crate::quiz::attempt::Answer`).
    pub answer: Option<String>,
    /// In weight units (`tutela_gift::Weight::FULL` is 100 %).
    pub mark: Option<i64>,
    pub comment: Option<String>,
    pub graded_at: Option<i64>,
    /// Who graded it last (a name), if a trainer did.
    pub graded_by: Option<String>,
}

impl EssayRecord {
    /// The grading this record shows, as its form carries it.
    pub fn seen(&self) -> String {
        grading_seen(self.mark, self.graded_at, self.comment.as_deref())
    }
}

/// A short token for an essay's grading as it stands (mark, time, comment),
/// so that a grading form can say which one it replaces. Not a secret:
/// it only tells two gradings apart.
pub fn grading_seen(mark: Option<i64>, graded_at: Option<i64>, comment: Option<&str>) -> String {
    // FNV-1a over the three values, each length-prefixed (None apart from
    // every value): stable across builds, platforms and Rust versions.
    let mut bytes = Vec::new();
    for part in [mark.map(|m| m.to_string()), graded_at.map(|t| t.to_string()), comment.map(String::from)] {
        match part {
            Some(text) => {
                bytes.extend_from_slice(&(text.len() as u64 + 1).to_le_bytes());
                bytes.extend_from_slice(text.as_bytes());
            }
            None => bytes.extend_from_slice(&0u64.to_le_bytes()),
        }
    }
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// A trainer's mark for one essay, within their reach.
#[derive(Clone, Debug)]
pub struct EssayGrading<'a> {
    /// The grader's own person: their own essays are never theirs to grade.
    pub grader: PersonId,
    pub institution: InstitutionId,
    pub scopes: Option<&'a [String]>,
    pub attempt: AttemptId,
    pub slot: u32,
    /// In weight units, 0..=`Weight::FULL`.
    pub mark: i64,
    pub comment: Option<&'a str>,
    /// The grading the grader's form showed ([`grading_seen`]): when it is
    /// no longer the essay's, someone graded it meanwhile and the store
    /// refuses (`Refusal::GradedMeanwhile`). None: no check.
    pub seen: Option<&'a str>,
    pub by: AccountId,
    pub actor: &'a str,
}

/// What a grading did.
#[derive(Clone, Debug, PartialEq)]
pub struct EssayGraded {
    /// The mark before (None: the first grading).
    pub before: Option<i64>,
    /// The attempt's result now: None while other essays wait.
    pub result: Option<String>,
    pub percent: f64,
    /// Whether the enrolment was completed by it.
    pub completed: bool,
}

/// A course's item analysis, as sums the server turns into indices.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemAnalysis {
    pub course_slug: String,
    pub course_title: String,
    pub version_no: i64,
    pub items: Vec<ItemStats>,
}

/// One question version's sums over the graded answers of final attempts:
/// x is the item's mark, y the rest of the attempt's score (its score less
/// x), both in weight units.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemStats {
    pub question_id: i64,
    /// Whether it is in the published version's quiz.
    pub current: bool,
    /// Its place in the published quiz (from 1), or in the latest version that had it.
    pub position: i64,
    pub kind: String,
    pub title: Option<String>,
    pub id_number: Option<String>,
    /// The question's GIFT (the options' words come from it).
    pub gift: String,
    pub n: i64,
    pub sum_x: f64,
    pub sum_y: f64,
    pub sum_xy: f64,
    pub sum_xx: f64,
    pub sum_yy: f64,
    /// (option index, times chosen), for the options chosen at least once.
    pub chosen: Vec<(i64, i64)>,
}
