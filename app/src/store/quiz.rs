//! The store of quizzes: a course version's quiz as published with it
//! (settings, draws, question versions), and reading it back. Types here
//! hold answer keys (a question's GIFT), so they never reach a page model.

use async_trait::async_trait;

use super::StoreResult;
use crate::ids::{AttemptId, EnrolmentId, PersonId, QuestionId};
use crate::quiz::model::{AttemptSummary, StartState};

pub use crate::quiz::model::QuizReview;

/// A course version's quiz, ready to publish with it.
#[derive(Clone, Debug, PartialEq)]
pub struct NewQuiz {
    /// Per cent of the marks needed to pass (1 to 100).
    pub pass_mark: u32,
    /// Attempts allowed; 0: no limit.
    pub attempts: u32,
    pub wait_minutes: u32,
    pub time_limit_minutes: Option<u32>,
    pub shuffle: bool,
    pub review: QuizReview,
    pub draws: Vec<QuizDraw>,
    /// In the banks' order.
    pub questions: Vec<NewQuestion>,
}

/// `how_many` questions drawn at random from `category`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuizDraw {
    pub category: String,
    pub how_many: u32,
}

/// One question of a version's quiz. Its `Debug` leaves the GIFT (the
/// answer key) out, so no log line can print a key.
#[derive(Clone, PartialEq, Eq)]
pub struct NewQuestion {
    /// What learners see and grading uses, hashed (hex SHA-256): the same
    /// fingerprint in a later version is the same question version.
    pub fingerprint: String,
    /// Its kind's stable word (`multichoice`, `essay`, ...).
    pub kind: String,
    /// Its GIFT without title, ID number, tags or category: the answer key.
    pub gift: String,
    /// The bank (file name) it came from.
    pub bank: String,
    pub category: Option<String>,
    pub title: Option<String>,
    pub id_number: Option<String>,
    pub tags: Vec<String>,
}

impl std::fmt::Debug for NewQuestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewQuestion")
            .field("fingerprint", &self.fingerprint)
            .field("kind", &self.kind)
            .field("bank", &self.bank)
            .field("category", &self.category)
            .field("title", &self.title)
            .field("id_number", &self.id_number)
            .finish_non_exhaustive()
    }
}

/// A published version's quiz, read back: its settings and its questions
/// as they were published ([`QuizStore::quiz`]).
#[derive(Clone, Debug, PartialEq)]
pub struct StoredQuiz {
    pub course_slug: String,
    pub version_no: i64,
    pub quiz: NewQuiz,
    /// The question version (`questions.id`) of each question, in order.
    pub question_ids: Vec<i64>,
}

#[async_trait]
pub trait QuizStore: Send + Sync + 'static {
    /// The quiz of the course's version `version_no` (the published one
    /// when None); None when there is no such course or version, or it has
    /// no quiz.
    async fn quiz(&self, course_slug: &str, version_no: Option<i64>) -> StoreResult<Option<StoredQuiz>>;

    /// The person's side of a course's quiz: the quiz of the version their
    /// open enrolment studies (else of the published version), their
    /// attempts at it, newest first. An open attempt past its deadline is
    /// closed and graded first. None: no published course of that slug,
    /// or its version has no quiz.
    async fn quiz_overview(&self, person: PersonId, course_slug: &str) -> StoreResult<Option<QuizOverview>>;

    /// Starts an attempt at the quiz of the version the person's open
    /// enrolment in the course studies: draws its questions and lays out
    /// their options (stored). Their open attempt, if any, is answered
    /// instead (unless past its deadline: then it is closed and graded,
    /// and the rules below apply). Refused when the quiz is passed
    /// already, no attempt is left, or the wait after the last has not
    /// passed (`Refusal::Quiz`). Not audited (learner activity).
    async fn start_attempt(&self, person: PersonId, course_slug: &str) -> StoreResult<AttemptId>;

    /// One of the person's own attempts with every question drawn (an
    /// answer key: this type never reaches a page model). Someone else's
    /// attempt is `None`, as one that does not exist. An open attempt past
    /// its deadline is closed and graded first.
    async fn attempt(&self, person: PersonId, attempt: AttemptId) -> StoreResult<Option<AttemptRecord>>;

    /// One question of the person's own attempt, read to take its answer
    /// from a form: whether the attempt is still open, how many questions
    /// it has, and that slot's question and layout (an answer key; None:
    /// no such slot). Someone else's attempt is `None`. Reads only that
    /// slot; nothing is closed here (saving does that).
    async fn attempt_question(
        &self,
        person: PersonId,
        attempt: AttemptId,
        slot: u32,
    ) -> StoreResult<Option<AttemptQuestion>>;

    /// Saves the person's answer (JSON, as `crate::quiz::attempt::Answer`
    /// serialises; None: cleared) to one slot of their own open attempt.
    /// Refused when the attempt is submitted, or past its deadline (it is
    /// then closed and graded: `Refusal::Quiz(QuizRefusal::TimeUp)`).
    async fn save_answer(
        &self,
        person: PersonId,
        attempt: AttemptId,
        slot: u32,
        answer: Option<&str>,
    ) -> StoreResult<()>;

    /// Submits and grades the person's own attempt, in one transaction
    /// (audited, `quiz.submit`), and completes the enrolment when it
    /// passes and every lesson is read. Submitting again (a double click)
    /// changes nothing and answers the same.
    async fn submit_attempt(&self, person: PersonId, attempt: AttemptId, actor: &str) -> StoreResult<Submitted>;

    /// Closes and grades every open attempt past its deadline (the sweep);
    /// how many.
    async fn close_expired_attempts(&self) -> StoreResult<u64>;
}

/// A quiz's settings, as a learner's pages tell them.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizSettings {
    pub pass_mark: u32,
    /// 0: no limit.
    pub attempts: u32,
    pub wait_minutes: u32,
    pub time_limit_minutes: Option<u32>,
    pub review: QuizReview,
    /// Questions an attempt asks (the draws' counts added up).
    pub questions: u32,
}

/// What [`QuizStore::quiz_overview`] answers.
#[derive(Clone, Debug, PartialEq)]
pub struct QuizOverview {
    pub course_slug: String,
    pub course_title: String,
    /// The version whose quiz this is.
    pub version_no: i64,
    /// The person's open enrolment in the course (None: not enrolled).
    pub enrolment: Option<EnrolmentId>,
    pub lessons_total: i64,
    pub lessons_read: i64,
    pub settings: QuizSettings,
    /// Their attempts in this enrolment, newest first.
    pub attempts: Vec<AttemptSummary>,
    /// The completion date of a finished enrolment in the course, if any.
    pub completed_on: Option<String>,
    /// Whether they may start an attempt now, and if not why: the rule
    /// `start_attempt` holds them to, worked out by the store once.
    pub start: StartState,
}

/// One question drawn for an attempt, with its answer key ([`AttemptRecord`]).
#[derive(Clone, PartialEq, Eq)]
pub struct AttemptSlot {
    pub slot: u32,
    pub question: QuestionId,
    /// Its GIFT (the answer key).
    pub gift: String,
    /// JSON: its options under their tokens (`crate::quiz::attempt::Layout`).
    pub layout: String,
    /// JSON: the answer saved; None: not answered.
    pub answer: Option<String>,
    /// Weight units (100 % = 10,000,000); None: not graded.
    pub mark: Option<i64>,
    pub comment: Option<String>,
}

impl std::fmt::Debug for AttemptSlot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptSlot")
            .field("slot", &self.slot)
            .field("question", &self.question)
            .field("answered", &self.answer.is_some())
            .field("mark", &self.mark)
            .finish_non_exhaustive()
    }
}

/// One question of an attempt ([`QuizStore::attempt_question`]). Its
/// `Debug` leaves the GIFT (the answer key) out.
#[derive(Clone, PartialEq)]
pub struct AttemptQuestion {
    /// Not submitted (it may still be past its deadline).
    pub open: bool,
    /// Questions in the attempt.
    pub slots: u32,
    /// The slot's question and layout (JSON); None: the attempt has no such slot.
    pub question: Option<(String, String)>,
}

impl std::fmt::Debug for AttemptQuestion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptQuestion")
            .field("open", &self.open)
            .field("slots", &self.slots)
            .field("found", &self.question.is_some())
            .finish_non_exhaustive()
    }
}

/// One of a person's attempts with its questions ([`QuizStore::attempt`]).
#[derive(Clone, Debug, PartialEq)]
pub struct AttemptRecord {
    pub summary: AttemptSummary,
    pub enrolment: EnrolmentId,
    pub course_slug: String,
    pub course_title: String,
    pub version_no: i64,
    /// Unix seconds; None: no time limit.
    pub deadline: Option<i64>,
    pub pass_mark: u32,
    pub review: QuizReview,
    pub slots: Vec<AttemptSlot>,
}

/// What [`QuizStore::submit_attempt`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Submitted {
    pub course_slug: String,
    /// This submission completed the enrolment.
    pub completed: bool,
    /// It had been submitted (or closed at its deadline) already.
    pub again: bool,
}

/// Why an attempt cannot start or an answer cannot be saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizRefusal {
    /// The quiz is passed already in this enrolment.
    Passed,
    /// Every attempt allowed is used.
    NoAttemptLeft,
    /// The wait after the last attempt has not passed: until then (Unix seconds).
    WaitUntil(i64),
    /// The attempt is submitted: its answers no longer change.
    Submitted,
    /// The time limit has passed: the attempt was closed with what was saved.
    TimeUp,
    /// The person has no open enrolment in the course.
    NotEnrolled,
}
