//! Learning: the learner's home (`/learn`) and transcript
//! (`/learn/transcript`, and `/learn/transcript.csv`), the forms that enrol
//! (`/learn/enrol`), record a lesson read (`/learn/read`) and move to a
//! course's newest version (`/learn/switch`), and the learner's parts on
//! the catalogue's pages: progress on a course's outline ([`part`]) and the
//! read mark beside a lesson's header ([`mark`]), rendered per request and
//! never kept in the lesson's frame.
//!
//! Every form acts on the caller's own records only: an enrolment is
//! looked up with the caller's person, so someone else's id is answered
//! 404, as one that does not exist. Redirects go to addresses made from
//! the records (the next lesson, the course's outline), never to one the
//! form gives.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

use axum::Router;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use tutela_app::Page;
use tutela_app::i18n::catalogue;
use tutela_app::ids::{EnrolmentId, PersonId};
use tutela_app::learning::model::{CourseProgress, Transcript, lesson_href};
use tutela_app::learning::{LearningPages, LearningRoute, RenderedMark};
use tutela_app::model::Viewer;
use tutela_app::policy::Policy;
use tutela_app::routes::Route;
use tutela_app::store::ReadMarks;

use super::AppState;
use super::error::HttpError;
use super::extract::{Allowed, CsrfForm, SignedIn, actor};
use super::pages::Ask;
use super::render::see_other;
use crate::auth::Caller;

/// The longest course or lesson slug a form may name.
const SLUG_LIMIT: usize = 200;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/learn/enrol", post(enrol))
        .route("/learn/read", post(read))
        .route("/learn/switch", post(switch))
        .route("/learn/transcript.csv", get(transcript_csv))
}

/// The learning page `route` names.
pub async fn load(ask: &Ask<'_>, route: LearningRoute<'_>) -> Result<Page, HttpError> {
    match route {
        LearningRoute::Home => home(ask).await,
        LearningRoute::Transcript => transcript(ask).await,
        LearningRoute::Hr(route) => super::learning_hr::load(ask, route).await,
    }
}

/// `GET /learn`: the learner's home.
async fn home(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::SignedIn.allows(ask.viewer)?;
    let viewer = ask.viewer.ok_or(HttpError::SignIn)?;
    let store = ask.state.store.as_ref();
    let learner = store.learner(viewer.person_id).await?.ok_or(HttpError::NotFound)?;
    let enrolments = store.person_enrolments(viewer.person_id).await?;
    // Course titles in the reader's language where translated, as on a cadre's page.
    let courses = store.courses_for_cadre(&learner.cadre_slug, ask.locale.source().code()).await?;
    let home = crate::learning::home(enrolments, courses, &learner.hire_date, &ask.state.clock.today());
    Ok(Page::Learning(LearningPages::Home(Box::new(home))))
}

/// The caller's transcript.
async fn read_transcript(state: &AppState, viewer: &Viewer) -> Result<Transcript, HttpError> {
    let store = state.store.as_ref();
    let learner = store.learner(viewer.person_id).await?.ok_or(HttpError::NotFound)?;
    let entries = store.transcript(viewer.person_id).await?;
    let years = crate::learning::cpd_years(&entries);
    Ok(Transcript { name: learner.name, entries, years })
}

/// `GET /learn/transcript`.
async fn transcript(ask: &Ask<'_>) -> Result<Page, HttpError> {
    Policy::SignedIn.allows(ask.viewer)?;
    let viewer = ask.viewer.ok_or(HttpError::SignIn)?;
    let transcript = read_transcript(ask.state, viewer).await?;
    Ok(Page::Learning(LearningPages::Transcript(Box::new(transcript))))
}

/// `GET /learn/transcript.csv`: the caller's completions, through the one
/// formula-safe writer, its header in the caller's language.
async fn transcript_csv(
    State(state): State<AppState>,
    axum::Extension(caller): axum::Extension<Caller>,
    Allowed(viewer, _): Allowed<SignedIn>,
) -> Result<Response, HttpError> {
    let transcript = read_transcript(&state, &viewer).await?;
    let mut file = crate::csv_out::CsvOut::new();
    let header =
        ["learning-column-course", "learning-column-completed", "learning-column-version", "learning-column-hours"]
            .map(|id| catalogue::text(caller.locale, id));
    file.row(header.iter().map(String::as_str));
    for entry in &transcript.entries {
        let (version, hours) = (entry.version_no.to_string(), entry.cpd_hours.to_string());
        file.row([entry.course_title.as_str(), entry.completed_on.as_str(), &version, &hours]);
    }
    Ok(super::people::csv_attachment("transcript.csv", file.into_bytes()))
}

/// The signed-in reader's part of a course's outline; None for anyone
/// else (and on the page the cache keeps, which has no reader).
pub async fn part(ask: &Ask<'_>, course_slug: &str) -> Result<Option<CourseProgress>, HttpError> {
    let Some(viewer) = ask.viewer else { return Ok(None) };
    if Policy::SignedIn.allows(Some(viewer)).is_err() {
        return Ok(None);
    }
    let mut progress = ask.state.store.course_progress(viewer.person_id, course_slug).await?;
    if let Some(progress) = &mut progress {
        progress.just_completed = ask.query.contains_key("completed") && progress.completed_on.is_some();
    }
    Ok(progress)
}

/// How long a reader's read marks for a course are believed: as long as a
/// session is (`auth::sessions::LIFETIME`), so a lesson read through
/// another instance shows within 2 s; the reader's own forms forget theirs
/// at once.
const MARKS_LIFETIME: i64 = 2;

/// (Reader, course) entries kept at most: past it the expired go first,
/// then all.
const MAX_MARKS: usize = 20_000;

/// Rendered marks kept per entry (a course's lessons in a language or two
/// are a handful; past it they are dropped).
const MAX_RENDERED: usize = 8;

/// What is kept of one reader and course: when it was read (the server's
/// clock), their open enrolment's marks (None: not enrolled), and each
/// mark rendered (by lesson, version, CSRF token and language), so that a
/// lesson read again renders nothing.
struct Kept {
    read_at: i64,
    marks: Option<ReadMarks>,
    rendered: Mutex<HashMap<String, Arc<RenderedMark>>>,
}

impl Kept {
    fn fresh(&self, now: i64) -> bool {
        self.read_at <= now && now - self.read_at < MARKS_LIFETIME
    }
}

/// Each reader's read marks per course, read from the database at most
/// every [`MARKS_LIFETIME`] seconds, so that a signed-in lesson stays a
/// request without a database read (measured: one read per request took
/// the signed-in lesson from 29,000 to 9,200 requests/s). Kept beside the
/// lesson frames and emptied with them when the content generation moves
/// (a new version moves enrolments); a reader's own enrol, read or switch
/// (and HR's writes about them) forgets theirs once written, and a read
/// begun before that reader was forgotten is not kept (a generation per
/// reader, and one for the whole cache).
#[derive(Default)]
pub struct MarksCache {
    inner: RwLock<Marks>,
}

#[derive(Default)]
struct Marks {
    entries: HashMap<PersonId, HashMap<String, Arc<Kept>>>,
    /// (Reader, course) entries, over every reader.
    total: usize,
    /// Moves when everything is forgotten (or the generations are dropped).
    epoch: u64,
    /// Each reader's generation: moves when they are forgotten.
    generations: HashMap<PersonId, u64>,
}

/// When a read of the marks began: kept only if nothing of the reader was
/// forgotten since.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Stamp(u64, u64);

impl Marks {
    fn stamp(&self, person: PersonId) -> Stamp {
        Stamp(self.epoch, self.generations.get(&person).copied().unwrap_or(0))
    }
}

impl MarksCache {
    fn get(&self, person: PersonId, course: &str, now: i64) -> Option<Arc<Kept>> {
        let inner = self.inner.read().ok()?;
        let kept = inner.entries.get(&person)?.get(course)?;
        kept.fresh(now).then(|| kept.clone())
    }

    fn stamp(&self, person: PersonId) -> Option<Stamp> {
        Some(self.inner.read().ok()?.stamp(person))
    }

    fn put(&self, person: PersonId, course: &str, kept: Arc<Kept>, stamp: Stamp, now: i64) {
        let Ok(mut inner) = self.inner.write() else { return };
        if inner.stamp(person) != stamp {
            return;
        }
        if inner.total >= MAX_MARKS {
            inner.entries.retain(|_, courses| {
                courses.retain(|_, kept| kept.fresh(now));
                !courses.is_empty()
            });
            inner.total = inner.entries.values().map(HashMap::len).sum();
        }
        if inner.total >= MAX_MARKS {
            inner.entries.clear();
            inner.total = 0;
        }
        if inner.entries.entry(person).or_default().insert(course.to_string(), kept).is_none() {
            inner.total += 1;
        }
    }

    /// Forgets what is kept of `person`: once their own form has written.
    pub fn forget(&self, person: PersonId) {
        let Ok(mut inner) = self.inner.write() else { return };
        if inner.generations.len() >= MAX_MARKS && !inner.generations.contains_key(&person) {
            // Dropping the generations would let an older read be kept: move the epoch.
            inner.generations.clear();
            inner.epoch += 1;
        }
        *inner.generations.entry(person).or_default() += 1;
        if let Some(courses) = inner.entries.remove(&person) {
            inner.total -= courses.len();
        }
    }

    pub fn clear(&self) {
        if let Ok(mut inner) = self.inner.write() {
            inner.epoch += 1;
            inner.generations.clear();
            inner.entries.clear();
            inner.total = 0;
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        self.inner.read().map(|inner| inner.total).unwrap_or_default()
    }
}

/// The reader's marks for a course: kept, or read now (and kept).
async fn kept_marks(state: &AppState, person: PersonId, course: &str) -> Option<Arc<Kept>> {
    let cache = &state.cache.articles.marks;
    let now = state.clock.now();
    if let Some(kept) = cache.get(person, course, now) {
        return Some(kept);
    }
    let stamp = cache.stamp(person)?;
    match state.store.read_marks(person, course).await {
        Ok(marks) => {
            let kept = Arc::new(Kept { read_at: now, marks, rendered: Mutex::default() });
            cache.put(person, course, kept.clone(), stamp, now);
            Some(kept)
        }
        Err(err) => {
            // The lesson is still worth reading without its mark.
            tracing::warn!(error = &err as &dyn std::error::Error, "a lesson's read marks could not be read");
            None
        }
    }
}

/// The read mark beside the lesson at `path` for the signed-in `caller`,
/// rendered; None when they have no open enrolment in that version (or
/// the path is no lesson).
pub async fn mark(state: &AppState, caller: &Caller, path: &str) -> Option<Arc<RenderedMark>> {
    let session = caller.session.as_ref()?;
    let (course, version, lesson) = match Route::parse(path)? {
        Route::Catalogue(tutela_app::catalogue::CatalogueRoute::Lesson { course, lesson }) => (course, None, lesson),
        Route::Catalogue(tutela_app::catalogue::CatalogueRoute::LessonVersion { course, version, lesson }) => {
            (course, Some(version.parse::<i64>().ok()?), lesson)
        }
        _ => return None,
    };
    let kept = kept_marks(state, session.info.person_id, course).await?;
    let marks = kept.marks.as_ref()?;
    let key = format!("{lesson}/{version:?}/{}/{}", session.info.csrf_token, caller.locale.index());
    if let Some(html) = kept.rendered.lock().ok().and_then(|rendered| rendered.get(&key).cloned()) {
        return Some(html);
    }
    let mark = marks.mark(version, lesson)?;
    let html = Arc::new(tutela_app::learning::render_mark(&caller.request_context("", path), mark));
    if let Ok(mut rendered) = kept.rendered.lock() {
        // A course's lessons, in a language or two: a handful.
        if rendered.len() >= MAX_RENDERED {
            rendered.clear();
        }
        rendered.insert(key, html.clone());
    }
    Some(html)
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct EnrolFields {
    course: String,
}

/// `POST /learn/enrol`: the caller enrols in a course (their cadre's, or
/// one open to all), then goes to its first unread lesson.
async fn enrol(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(fields): CsrfForm<EnrolFields>,
) -> Result<Response, HttpError> {
    let course = fields.course.trim();
    if course.is_empty() || course.len() > SLUG_LIMIT {
        return Err(HttpError::NotFound);
    }
    let store = state.store.as_ref();
    let enrolled = store.enrol_self(viewer.person_id, course, &actor(&viewer)).await;
    state.cache.articles.marks.forget(viewer.person_id);
    enrolled.map_err(HttpError::store("a learning record could not be written"))?;
    let progress = store.course_progress(viewer.person_id, course).await?.ok_or(HttpError::NotFound)?;
    let to = match &progress.open {
        Some(open) => open.continue_href(),
        None => format!("/courses/{course}"),
    };
    Ok(see_other(&to))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct ReadFields {
    enrolment: String,
    lesson: String,
}

/// An enrolment id from a form; anything else names none (404).
fn enrolment_id(text: &str) -> Result<EnrolmentId, HttpError> {
    text.trim().parse().map_err(|_| HttpError::NotFound)
}

/// `POST /learn/read`: records the lesson read in the caller's own open
/// enrolment, then goes to the next lesson, or to the outline with
/// "course complete" once every lesson is read.
async fn read(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(fields): CsrfForm<ReadFields>,
) -> Result<Response, HttpError> {
    let enrolment = enrolment_id(&fields.enrolment)?;
    let lesson = fields.lesson.trim();
    if lesson.is_empty() || lesson.len() > SLUG_LIMIT {
        return Err(HttpError::NotFound);
    }
    let read = state.store.mark_read(viewer.person_id, enrolment, lesson, &actor(&viewer)).await;
    // Once written, so that no read of the marks begun before is kept.
    state.cache.articles.marks.forget(viewer.person_id);
    let read = read.map_err(HttpError::store("a learning record could not be written"))?;
    let to = match (&read.next_lesson, read.completed) {
        (_, true) => format!("/courses/{}?completed=1#course-progress-heading", read.course_slug),
        (Some(next), false) => lesson_href(&read.course_slug, read.version_no, read.current_version_no, next),
        (None, false) => format!("/courses/{}", read.course_slug),
    };
    Ok(see_other(&to))
}

#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SwitchFields {
    enrolment: String,
}

/// `POST /learn/switch`: moves the caller's own started enrolment to the
/// course's newest version (its progress restarts), then to its outline.
async fn switch(
    State(state): State<AppState>,
    Allowed(viewer, _): Allowed<SignedIn>,
    CsrfForm(fields): CsrfForm<SwitchFields>,
) -> Result<Response, HttpError> {
    let enrolment = enrolment_id(&fields.enrolment)?;
    let store = state.store.as_ref();
    let switched = store.switch_version(viewer.person_id, enrolment, &actor(&viewer)).await;
    state.cache.articles.marks.forget(viewer.person_id);
    switched.map_err(HttpError::store("a learning record could not be written"))?;
    let record = store.enrolment(enrolment).await?.ok_or(HttpError::NotFound)?;
    Ok(see_other(&format!("/courses/{}", record.course_slug)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(read_at: i64) -> Arc<Kept> {
        Arc::new(Kept { read_at, marks: None, rendered: Mutex::default() })
    }

    #[test]
    fn the_marks_kept_are_bounded_by_entries_expired_first() {
        let cache = MarksCache::default();
        let one = PersonId(1);
        // One reader with many courses counts each (reader, course).
        for n in 0..MAX_MARKS {
            let stamp = cache.stamp(one).unwrap();
            cache.put(one, &format!("course-{n}"), kept(0), stamp, 0);
        }
        assert_eq!(cache.len(), MAX_MARKS);
        // Full and nothing expired: all go, then the new one is kept.
        let two = PersonId(2);
        cache.put(two, "a", kept(10), cache.stamp(two).unwrap(), 10);
        assert_eq!(cache.len(), 1);
        for n in 1..MAX_MARKS {
            cache.put(PersonId(n as i64 + 2), "a", kept(20), cache.stamp(PersonId(n as i64 + 2)).unwrap(), 20);
        }
        assert_eq!(cache.len(), MAX_MARKS);
        // Full again: only the expired entry (read at 10) goes.
        cache.put(PersonId(-1), "a", kept(21), cache.stamp(PersonId(-1)).unwrap(), 21);
        assert_eq!(cache.len(), MAX_MARKS);
        assert!(cache.get(two, "a", 21).is_none() && cache.get(PersonId(3), "a", 21).is_some());
    }

    #[test]
    fn forgetting_one_reader_keeps_others_reads_in_flight() {
        let cache = MarksCache::default();
        let (one, two) = (PersonId(1), PersonId(2));
        let (before_one, before_two) = (cache.stamp(one).unwrap(), cache.stamp(two).unwrap());
        cache.forget(one);
        cache.put(one, "a", kept(0), before_one, 0);
        cache.put(two, "a", kept(0), before_two, 0);
        assert!(cache.get(one, "a", 0).is_none(), "a read begun before the reader was forgotten");
        assert!(cache.get(two, "a", 0).is_some(), "another reader's read is kept");
        cache.clear();
        cache.put(two, "b", kept(0), before_two, 0);
        assert!(cache.get(two, "b", 0).is_none(), "clearing forgets every read in flight");
        assert_eq!(cache.len(), 0);
    }
}
