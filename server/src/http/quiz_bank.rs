//! A course's question bank uploaded in the browser, for authors and
//! deployment administrators (`Policy::UploadQuestions`):
//! `GET /quiz/bank/{course}` (the published bank, a link to it as GIFT,
//! the upload form), `POST` there (multipart: the file is kept and the
//! browser sent on to its preview), `GET /quiz/bank/{course}/{upload}`
//! (the preview: read and checked as the import reads a folder's banks,
//! held to the published quiz's draws, compared with the published bank),
//! `POST /quiz/bank/{course}/{upload}/apply` (a new version of the course
//! with the uploaded questions: `QuizBankStore::apply_bank_upload`), and
//! `GET /quiz/bank/{course}/questions.gift`. An upload is its uploader's:
//! anyone else is answered 404, as for one that does not exist. None of it
//! is open to someone enrolled in the course (403): the bank is its key.

use axum::extract::multipart::MultipartRejection;
use axum::extract::{DefaultBodyLimit, Multipart, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Extension, Router};
use sha2::Digest;
use tutela_app::Page;
use tutela_app::i18n::Msg;
use tutela_app::ids::UploadId;
use tutela_app::model::{FieldErrors, Viewer};
use tutela_app::policy::Policy;
use tutela_app::quiz::QuizPages;
use tutela_app::quiz::bank_model::{
    BankChange, BankCounts, BankFacts, BankItem, BankPage, BankPreviewPage, BankProblemRow, BankVerdict,
};
use tutela_app::quiz::trainer::TrainerPages;
use tutela_app::store::{BankApply, BankUpload, NewBankUpload, NewQuiz, Refusal, StoreError};

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, CsrfOnly, UploadQuestions, actor, genuine};
use super::pages::{self, Ask};
use super::render::{Rendered, see_other};
use crate::auth::Caller;
use crate::content::quiz::MAX_BANK_SIZE;
use crate::quiz::bank::{Change, Preview};

/// The largest request an upload may be: the largest bank and room for
/// the form's other parts.
const BODY_LIMIT: usize = MAX_BANK_SIZE + 64 * 1024;

/// Problems and questions a preview lists (all are counted).
const PROBLEMS_SHOWN: usize = 200;
const ITEMS_SHOWN: usize = 500;

/// The longest file name kept, in characters.
const FILE_NAME_LIMIT: usize = 120;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/quiz/bank/{course}", get(pages::page).post(upload).layer(DefaultBodyLimit::max(BODY_LIMIT)))
        .route("/quiz/bank/{course}/questions.gift", get(download))
        .route("/quiz/bank/{course}/{upload}/apply", post(apply))
}

fn trainer_page(page: TrainerPages) -> Page {
    Page::Quiz(QuizPages::Trainer(page))
}

/// Refuses a caller with an open enrolment in the course: the bank is its
/// answer key, and a bank of their own would be one they know (as item
/// analysis, closed to those enrolled).
async fn not_enrolled(state: &AppState, viewer: &Viewer, slug: &str) -> Result<(), HttpError> {
    match state.store.read_marks(viewer.person_id, slug).await? {
        Some(_) => Err(HttpError::Forbidden(Msg::new("quiz-bank-enrolled"))),
        None => Ok(()),
    }
}

/// `GET /quiz/bank/{course}`: the published bank and the upload form.
pub async fn bank_page(ask: &Ask<'_>, slug: &str) -> Result<Page, HttpError> {
    Policy::UploadQuestions.allows(ask.viewer)?;
    not_enrolled(ask.state, ask.viewer.ok_or(HttpError::SignIn)?, slug).await?;
    let page = bank_model(ask.state, slug, FieldErrors::new()).await?;
    Ok(trainer_page(TrainerPages::Bank(Box::new(page))))
}

/// The upload page of the course `slug` with `errors`; 404 for no such course.
async fn bank_model(state: &AppState, slug: &str, errors: FieldErrors) -> Result<BankPage, HttpError> {
    let course = state.store.course(slug).await?.ok_or(HttpError::NotFound)?;
    let quiz = match state.store.quiz(slug, None).await? {
        None => None,
        Some(stored) => Some(BankFacts {
            questions: stored.quiz.questions.len(),
            draws: stored.quiz.draws.iter().map(|d| (d.category.clone(), d.how_many)).collect(),
            uploaded_at: state.store.uploaded_banks().await?.get(slug).map(|&(_, at)| at),
        }),
    };
    Ok(BankPage {
        course_slug: slug.to_string(),
        course_title: course.title,
        version_no: course.version_no,
        quiz,
        errors,
        bare: false,
    })
}

/// The upload form again with one error, at `status`.
async fn form_error(state: &AppState, slug: &str, message: &'static str, status: StatusCode) -> Response {
    let mut errors = FieldErrors::new();
    errors.insert("file".into(), Msg::new(message));
    match bank_model(state, slug, errors).await {
        Ok(page) => Rendered(trainer_page(TrainerPages::Bank(Box::new(page))), status).into_response(),
        Err(err) => err.into_response(),
    }
}

/// The form alone with one error, at `status`, none of the bank's facts:
/// for a body that could not be read, whose form token is unknown.
fn bare_form_error(slug: &str, title: String, message: &'static str, status: StatusCode) -> Response {
    let mut errors = FieldErrors::new();
    errors.insert("file".into(), Msg::new(message));
    let page = BankPage {
        course_slug: slug.to_string(),
        course_title: title,
        version_no: 0,
        quiz: Some(BankFacts::default()),
        errors,
        bare: true,
    };
    Rendered(trainer_page(TrainerPages::Bank(Box::new(page))), status).into_response()
}

/// A file name as kept and shown: no control or direction characters, at
/// most [`FILE_NAME_LIMIT`] characters. Never used as a path.
fn clean_file_name(name: Option<&str>) -> String {
    let name: String = name
        .unwrap_or_default()
        .chars()
        .filter(|&c| !c.is_control() && !tutela_app::i18n::catalogue::is_direction_control(c))
        .take(FILE_NAME_LIMIT)
        .collect();
    if name.trim().is_empty() { "questions.gift".into() } else { name }
}

/// What an upload form held, or the error the form shows.
enum Read {
    Fields { csrf: String, file_name: String, content: Vec<u8> },
    TooLarge,
    Unreadable,
}

async fn read_upload(multipart: Result<Multipart, MultipartRejection>) -> Read {
    let Ok(mut multipart) = multipart else { return Read::Unreadable };
    let (mut csrf, mut file_name, mut content) = (String::new(), String::new(), Vec::new());
    loop {
        let field = match multipart.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => break,
            Err(err) if err.status() == StatusCode::PAYLOAD_TOO_LARGE => return Read::TooLarge,
            Err(_) => return Read::Unreadable,
        };
        let name = field.name().unwrap_or_default().to_string();
        if name == "file" {
            file_name = clean_file_name(field.file_name());
        }
        let bytes = match field.bytes().await {
            Ok(bytes) => bytes,
            Err(err) if err.status() == StatusCode::PAYLOAD_TOO_LARGE => return Read::TooLarge,
            Err(_) => return Read::Unreadable,
        };
        match name.as_str() {
            "csrf" => csrf = String::from_utf8_lossy(&bytes).into_owned(),
            "file" => content = bytes.to_vec(),
            _ => {}
        }
    }
    Read::Fields { csrf, file_name, content }
}

/// `POST /quiz/bank/{course}` (multipart): keeps the file and sends the
/// browser to its preview. Authorisation first, the course and the
/// caller not enrolled in it before the body is read; a body that cannot
/// be read (too large, not multipart) is the bare form's error, without
/// the bank's facts (its token unknown); then the form's token; then a
/// file too large, empty or not UTF-8 is the form's error.
async fn upload(
    Allowed(viewer, _): Allowed<UploadQuestions>,
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(slug): Path<String>,
    headers: HeaderMap,
    multipart: Result<Multipart, MultipartRejection>,
) -> Result<Response, HttpError> {
    let title = state.store.course(&slug).await?.ok_or(HttpError::NotFound)?.title;
    not_enrolled(&state, &viewer, &slug).await?;
    let (csrf, file_name, content) = match read_upload(multipart).await {
        Read::Fields { csrf, file_name, content } => (csrf, file_name, content),
        Read::TooLarge => {
            return Ok(bare_form_error(&slug, title, "quiz-bank-too-large", StatusCode::PAYLOAD_TOO_LARGE));
        }
        Read::Unreadable => {
            return Ok(bare_form_error(&slug, title, "quiz-bank-choose-file", StatusCode::UNPROCESSABLE_ENTITY));
        }
    };
    genuine(&caller, &headers, &csrf)?;
    let Some(stored) = state.store.quiz(&slug, None).await? else {
        return Err(HttpError::conflict(Msg::new("quiz-bank-no-quiz")));
    };
    let error = if content.is_empty() {
        Some(("quiz-bank-choose-file", StatusCode::UNPROCESSABLE_ENTITY))
    } else if content.len() > MAX_BANK_SIZE {
        Some(("quiz-bank-too-large", StatusCode::PAYLOAD_TOO_LARGE))
    } else if std::str::from_utf8(&content).is_err() {
        Some(("quiz-bank-not-utf8", StatusCode::UNPROCESSABLE_ENTITY))
    } else {
        None
    };
    if let Some((message, status)) = error {
        return Ok(form_error(&state, &slug, message, status).await);
    }
    let upload = NewBankUpload {
        course_slug: slug.clone(),
        based_on: stored.version_no,
        account_id: viewer.account_id,
        file_name,
        content,
    };
    let id =
        state.store.save_bank_upload(&upload).await.map_err(HttpError::store("a bank upload could not be kept"))?;
    Ok(see_other(&format!("/quiz/bank/{slug}/{id}")))
}

/// The caller's own upload `id` of the course `slug`; 404 for anyone else's.
async fn own_upload(state: &AppState, viewer: &Viewer, slug: &str, id: UploadId) -> Result<BankUpload, HttpError> {
    match state.store.bank_upload(slug, id).await? {
        Some(upload) if upload.account_id == viewer.account_id => Ok(upload),
        _ => Err(HttpError::NotFound),
    }
}

/// An upload's preview page, and the quiz its apply would publish (None
/// unless it may be applied).
async fn preview_of(state: &AppState, upload: &BankUpload) -> Result<(BankPreviewPage, Option<NewQuiz>), HttpError> {
    let slug = upload.course_slug.as_str();
    let course = state.store.course(slug).await?.ok_or(HttpError::NotFound)?;
    let based = state.store.quiz(slug, Some(upload.based_on)).await?.ok_or(HttpError::NotFound)?;
    let source = String::from_utf8_lossy(&upload.content);
    let preview = crate::quiz::bank::preview(&upload.file_name, &source, &based.quiz);
    let kept_since = state.clock.now() - crate::roster::UPLOAD_KEPT.as_secs() as i64;
    let verdict = match upload.applied_version {
        Some(version) => BankVerdict::Applied(version),
        None if !preview.problems.is_empty() => BankVerdict::Problems,
        None if upload.created_at < kept_since => BankVerdict::Expired,
        None if course.version_no != upload.based_on => BankVerdict::Stale,
        None if !preview.changes_anything() => BankVerdict::Nothing,
        None => BankVerdict::Ready,
    };
    let quiz = if verdict == BankVerdict::Ready { preview.to_quiz(&based.quiz) } else { None };
    let page = BankPreviewPage {
        course_slug: slug.to_string(),
        course_title: course.title,
        upload_id: upload.id,
        file_name: upload.file_name.clone(),
        based_on: upload.based_on,
        published: course.version_no,
        uploaded_at: upload.created_at,
        counts: counts(&preview),
        categories: preview.categories.iter().map(|c| (c.category.clone(), c.before, c.after)).collect(),
        problems: preview
            .problems
            .iter()
            .take(PROBLEMS_SHOWN)
            .map(|p| BankProblemRow { file: p.bank.clone(), line: p.line, message: p.message.clone() })
            .collect(),
        items: preview.items.iter().take(ITEMS_SHOWN).map(item).collect(),
        verdict,
        refusal: None,
    };
    Ok((page, quiz))
}

fn counts(preview: &Preview) -> BankCounts {
    let c = preview.counts;
    BankCounts {
        questions: c.questions,
        added: c.added,
        changed: c.changed,
        unchanged: c.unchanged,
        removed: c.removed,
        problems: preview.problems.len(),
    }
}

/// A question of the comparison as the preview lists it: a text added or
/// changed (and without a problem) rendered and sanitised as learners see
/// it; a question with a problem (such as a tag in its text) never rendered.
fn item(item: &crate::quiz::bank::Item) -> BankItem {
    let change = match item.change {
        Change::Added => BankChange::Added,
        Change::Changed => BankChange::Changed,
        Change::Unchanged => BankChange::Unchanged,
        Change::Removed => BankChange::Removed,
    };
    let shown = matches!(item.change, Change::Added | Change::Changed) && !item.faulty;
    BankItem {
        change,
        name: crate::quiz::bank::name(&item.question),
        text_html: shown.then(|| crate::quiz::attempt::render_text(&item.question.text)),
    }
}

/// `GET /quiz/bank/{course}/{upload}`: the caller's upload's preview.
pub async fn preview_page(ask: &Ask<'_>, slug: &str, id: UploadId) -> Result<Page, HttpError> {
    Policy::UploadQuestions.allows(ask.viewer)?;
    let viewer = ask.viewer.ok_or(HttpError::SignIn)?;
    let upload = own_upload(ask.state, viewer, slug, id).await?;
    not_enrolled(ask.state, viewer, slug).await?;
    let (page, _) = preview_of(ask.state, &upload).await?;
    Ok(trainer_page(TrainerPages::BankPreview(Box::new(page))))
}

/// The preview again with why its apply was refused (`409`).
fn refused(mut page: BankPreviewPage, message: Msg) -> Response {
    page.refusal = Some(message);
    Rendered(trainer_page(TrainerPages::BankPreview(Box::new(page))), StatusCode::CONFLICT).into_response()
}

/// `POST /quiz/bank/{course}/{upload}/apply`: reads and checks the kept
/// file again and, if it may still be applied, publishes it as a new
/// version of the course; then back to the preview, which says so.
async fn apply(
    Allowed(viewer, _): Allowed<UploadQuestions>,
    State(state): State<AppState>,
    Path((slug, id)): Path<(String, String)>,
    CsrfForm(_): CsrfForm<CsrfOnly>,
) -> Result<Response, HttpError> {
    // Not a number: not found, as the page (not the extractor's plain 400).
    let id: UploadId = id.parse().map_err(|_| HttpError::NotFound)?;
    let upload = own_upload(&state, &viewer, &slug, id).await?;
    not_enrolled(&state, &viewer, &slug).await?;
    let (page, quiz) = preview_of(&state, &upload).await?;
    let Some(quiz) = quiz else {
        let message = match page.verdict {
            BankVerdict::Applied(_) | BankVerdict::Expired => Msg::new("shared-store-bank-unusable"),
            BankVerdict::Stale => Msg::new("shared-store-bank-stale"),
            BankVerdict::Nothing => Msg::new("quiz-bank-verdict-nothing"),
            BankVerdict::Problems | BankVerdict::Ready => Msg::new("quiz-bank-verdict-problems"),
        };
        return Ok(refused(page, message));
    };
    let c = page.counts;
    let sha256 = hex::encode(sha2::Sha256::digest(&upload.content));
    let changes = serde_json::json!({
        "file": upload.file_name, "upload": upload.id, "sha256": sha256, "questions": c.questions,
        "added": c.added, "changed": c.changed, "removed": c.removed,
    });
    let actor = actor(&viewer);
    let apply = BankApply {
        upload_id: upload.id,
        course_slug: &slug,
        based_on: upload.based_on,
        created_after: state.clock.now() - crate::roster::UPLOAD_KEPT.as_secs() as i64,
        quiz: &quiz,
        changes,
        actor: &actor,
    };
    match state.store.apply_bank_upload(&apply).await {
        Ok(version) => {
            tracing::info!(course = %slug, version, upload = upload.id.get(), "a question bank was published");
            Ok(see_other(&format!("/quiz/bank/{slug}/{id}")))
        }
        Err(err @ StoreError::Refused(Refusal::BankStale | Refusal::BankUnusable)) => Ok(refused(page, err.msg())),
        Err(err) => Err(HttpError::store("a question bank could not be published")(err)),
    }
}

/// `GET /quiz/bank/{course}/questions.gift`: the published bank as GIFT.
async fn download(
    Allowed(viewer, _): Allowed<UploadQuestions>,
    State(state): State<AppState>,
    Path(slug): Path<String>,
) -> Result<Response, HttpError> {
    not_enrolled(&state, &viewer, &slug).await?;
    let stored = state.store.quiz(&slug, None).await?.ok_or(HttpError::NotFound)?;
    let gift = crate::quiz::bank_gift(&stored.quiz).map_err(|err| HttpError::failed("exporting a bank")(err))?;
    // The answer key leaves: who took which version's is on the record.
    let audited = state.store.audit_bank_export(&slug, stored.version_no, &actor(&viewer)).await;
    audited.map_err(HttpError::store("a bank's export could not be audited"))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/plain; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"questions.gift\""),
            (header::CACHE_CONTROL, "no-store"),
        ],
        gift,
    )
        .into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_name_is_kept_without_controls_and_never_empty() {
        assert_eq!(clean_file_name(Some("bank\u{202e}.gift\n")), "bank.gift");
        assert_eq!(clean_file_name(Some("  ")), "questions.gift");
        assert_eq!(clean_file_name(None), "questions.gift");
        assert_eq!(clean_file_name(Some(&"x".repeat(500))).chars().count(), FILE_NAME_LIMIT);
    }
}
