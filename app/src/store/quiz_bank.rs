//! The storage seam for a question bank uploaded in the browser: the file
//! kept between its preview and its apply, and the apply, which publishes
//! a new version of the course with the uploaded questions.

use std::collections::BTreeMap;

use super::StoreResult;
use crate::ids::{AccountId, UploadId};

#[async_trait::async_trait]
pub trait QuizBankStore: Send + Sync + 'static {
    /// Keeps an uploaded bank for its preview and apply; returns its id.
    /// `Missing::Course` if the course does not exist.
    async fn save_bank_upload(&self, upload: &NewBankUpload) -> StoreResult<UploadId>;

    /// An upload of the course `course_slug`, with its content (None: no
    /// such upload of that course).
    async fn bank_upload(&self, course_slug: &str, id: UploadId) -> StoreResult<Option<BankUpload>>;

    /// Publishes a new version of the upload's course, in one transaction:
    /// the lessons, modules, audience, settings and quiz settings of the
    /// version the upload was previewed against, its content hash, and
    /// `quiz` (whose questions are the upload's) as its quiz; the version
    /// marked as carrying a bank uploaded in the browser. Enrolments not
    /// yet started move to it, translations of the version it copies are
    /// carried to it (its lessons are the same), the upload is marked
    /// applied, the content generation grows and the audit log records it
    /// (`quiz.bank`, on the course). Refused, with nothing written, when
    /// the course's published version is no longer `based_on`
    /// (`Refusal::BankStale`) or the upload was applied already or is
    /// older than `created_after` (`Refusal::BankUnusable`). Returns the
    /// new version's number.
    async fn apply_bank_upload(&self, apply: &BankApply<'_>) -> StoreResult<i64>;

    /// Deletes the bank uploads kept since before `created_before` (Unix
    /// seconds), applied or not; returns how many.
    async fn forget_bank_uploads(&self, created_before: i64) -> StoreResult<u64>;

    /// The courses whose published version carries a bank uploaded in the
    /// browser, by slug: that version's number and when it was uploaded.
    async fn uploaded_banks(&self) -> StoreResult<BTreeMap<String, (i64, i64)>>;

    /// Appends `quiz.export` on the course `course_slug`: `actor`
    /// downloaded the bank (the answer key) of its version `version_no`.
    async fn audit_bank_export(&self, course_slug: &str, version_no: i64, actor: &str) -> StoreResult<()>;

    /// The last version of the course `course_slug` from `version` on whose
    /// lessons are still `version`'s: the versions a bank uploaded in the
    /// browser published after it keep its content hash, and nothing else
    /// publishes a version with its predecessor's hash. None: no such
    /// course or version.
    async fn same_lessons_until(&self, course_slug: &str, version: i64) -> StoreResult<Option<i64>>;
}

/// A bank file uploaded for a course.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewBankUpload {
    pub course_slug: String,
    /// The course's published version when it was previewed.
    pub based_on: i64,
    pub account_id: AccountId,
    /// As the browser sent it: shown (escaped), never used as a path.
    pub file_name: String,
    pub content: Vec<u8>,
}

/// A kept bank upload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BankUpload {
    pub id: UploadId,
    pub course_slug: String,
    pub based_on: i64,
    pub account_id: AccountId,
    pub file_name: String,
    pub content: Vec<u8>,
    pub created_at: i64,
    /// The version its apply published.
    pub applied_version: Option<i64>,
}

/// What applying a bank upload writes.
#[derive(Clone, Debug)]
pub struct BankApply<'a> {
    pub upload_id: UploadId,
    pub course_slug: &'a str,
    pub based_on: i64,
    /// An upload created before this (Unix seconds) is too old to apply.
    pub created_after: i64,
    /// The quiz of the new version: the settings and draws of `based_on`'s,
    /// the upload's questions.
    pub quiz: &'a super::NewQuiz,
    /// The audit entry's facts (file, counts added, changed, removed).
    pub changes: serde_json::Value,
    pub actor: &'a str,
}
