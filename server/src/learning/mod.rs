//! Learning's rules, pure: when an enrolment is complete, how the
//! learner's home orders its lists, CPD hours per calendar year, and the
//! dates a form may give. No store, no HTTP: the store and the handlers
//! call these.

use tutela_app::learning::model::{CpdYear, EnrolmentStatus, EnrolmentSummary, LearnerHome, TranscriptEntry};
use tutela_app::model::{CourseCard, ServiceStage};

/// Where the course's quiz stands for an enrolment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizState {
    /// The version studied has no quiz.
    NoQuiz,
    /// An attempt at the version's quiz passed.
    Passed,
    /// The version has a quiz and no attempt at it has passed (yet).
    NotPassed,
}

/// The completion rule: every lesson of the version studied is read and,
/// if the version has a quiz, an attempt at it passed. A version without
/// lessons is never complete.
pub fn is_complete(lessons_total: i64, lessons_read: i64, quiz: QuizState) -> bool {
    lessons_total > 0 && lessons_read >= lessons_total && quiz != QuizState::NotPassed
}

/// How many completed courses the home shows under "completed recently".
pub const RECENT_COMPLETIONS: usize = 5;

/// The learner's home from every enrolment of the person and the courses
/// of their cadre: open assignments with a due date (overdue first, then
/// by due date), the other open enrolments (started first, then newest),
/// courses of their cadre they have neither open nor completed
/// (pre-service first for someone hired within the year before `today`,
/// in-service first for everyone else), and the latest completions.
pub fn home(
    enrolments: Vec<EnrolmentSummary>,
    cadre_courses: Vec<CourseCard>,
    hire_date: &str,
    today: &str,
) -> LearnerHome {
    let taken: Vec<String> = enrolments
        .iter()
        .filter(|e| e.status.is_open() || e.status == EnrolmentStatus::Completed)
        .map(|e| e.course_slug.clone())
        .collect();
    let mut due = Vec::new();
    let mut in_progress = Vec::new();
    let mut completed = Vec::new();
    for enrolment in enrolments {
        match enrolment.status {
            status if status.is_open() && enrolment.due_on.is_some() => due.push(enrolment),
            status if status.is_open() => in_progress.push(enrolment),
            EnrolmentStatus::Completed => completed.push(enrolment),
            _ => {}
        }
    }
    due.sort_by(|a, b| (!a.overdue(today), &a.due_on, a.id).cmp(&(!b.overdue(today), &b.due_on, b.id)));
    in_progress.sort_by_key(|e| (e.status != EnrolmentStatus::InProgress, std::cmp::Reverse(e.enrolled_at)));
    completed.sort_by(|a, b| (&b.completed_on, b.id).cmp(&(&a.completed_on, a.id)));
    completed.truncate(RECENT_COMPLETIONS);
    let first = if hired_within_a_year(hire_date, today) { ServiceStage::PreService } else { ServiceStage::InService };
    let mut recommended: Vec<CourseCard> =
        cadre_courses.into_iter().filter(|course| !taken.contains(&course.slug)).collect();
    recommended.sort_by_key(|course| course.stage != first);
    LearnerHome { today: today.to_string(), due, in_progress, recommended, completed }
}

/// CPD hours and courses per calendar year of completion, newest year first.
pub fn cpd_years(entries: &[TranscriptEntry]) -> Vec<CpdYear> {
    let mut years: Vec<CpdYear> = Vec::new();
    for entry in entries {
        let Some(year) = entry.completed_on.get(..4).and_then(|y| y.parse::<i32>().ok()) else { continue };
        match years.iter_mut().find(|y| y.year == year) {
            Some(known) => {
                known.hours += entry.cpd_hours;
                known.courses += 1;
            }
            None => years.push(CpdYear { year, hours: entry.cpd_hours, courses: 1 }),
        }
    }
    years.sort_by_key(|y| std::cmp::Reverse(y.year));
    years
}

/// Parses a `YYYY-MM-DD` date.
pub fn date(text: &str) -> Option<time::Date> {
    // Ten characters, a digit first: no signed or wider years (`+2026-01-01`).
    if text.len() != 10 || !text.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).ok()
}

/// Whether `text` is a `YYYY-MM-DD` date.
pub fn is_date(text: &str) -> bool {
    date(text).is_some()
}

/// Whether someone hired on `hire_date` was hired within the year before
/// `today` (both `YYYY-MM-DD`; false if either is not a date).
pub fn hired_within_a_year(hire_date: &str, today: &str) -> bool {
    match (date(hire_date), date(today)) {
        (Some(hired), Some(today)) => hired <= today && (today - hired).whole_days() < 366,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tutela_app::ids::EnrolmentId;
    use tutela_app::learning::model::EnrolmentOrigin;

    fn enrolment(id: i64, slug: &str, status: EnrolmentStatus, due: Option<&str>) -> EnrolmentSummary {
        EnrolmentSummary {
            id: EnrolmentId(id),
            course_slug: slug.into(),
            course_title: slug.into(),
            stage: ServiceStage::PreService,
            version_no: 1,
            current_version_no: 1,
            origin: EnrolmentOrigin::Assigned,
            status,
            due_on: due.map(str::to_string),
            lessons_total: 4,
            lessons_read: 0,
            next_lesson: None,
            enrolled_at: id,
            completed_on: (status == EnrolmentStatus::Completed).then(|| format!("2026-01-{:02}", id)),
            cpd_hours: None,
            ended_on: None,
            end_reason: None,
        }
    }

    fn card(slug: &str, stage: ServiceStage) -> CourseCard {
        CourseCard {
            slug: slug.into(),
            title: slug.into(),
            summary: String::new(),
            language: "en".into(),
            stage,
            estimated_hours: 1.0,
            lesson_count: 3,
        }
    }

    #[test]
    fn complete_when_every_lesson_is_read_and_never_without_lessons() {
        assert!(is_complete(3, 3, QuizState::NoQuiz));
        assert!(!is_complete(3, 2, QuizState::NoQuiz));
        assert!(!is_complete(0, 0, QuizState::NoQuiz));
    }

    #[test]
    fn the_home_orders_overdue_then_due_then_started_and_recommends_the_rest() {
        let home = home(
            vec![
                enrolment(1, "late", EnrolmentStatus::Enrolled, Some("2026-01-01")),
                enrolment(2, "soon", EnrolmentStatus::InProgress, Some("2026-03-01")),
                enrolment(3, "later", EnrolmentStatus::Enrolled, Some("2026-02-10")),
                enrolment(4, "mine", EnrolmentStatus::Enrolled, None),
                enrolment(5, "started", EnrolmentStatus::InProgress, None),
                enrolment(6, "done", EnrolmentStatus::Completed, None),
                enrolment(7, "gone", EnrolmentStatus::Withdrawn, None),
            ],
            vec![
                card("done", ServiceStage::PreService),
                card("refresh", ServiceStage::InService),
                card("gone", ServiceStage::PreService),
            ],
            "2025-06-01",
            "2026-02-01",
        );
        let slugs = |list: &[EnrolmentSummary]| list.iter().map(|e| e.course_slug.clone()).collect::<Vec<_>>();
        assert_eq!(slugs(&home.due), ["late", "later", "soon"]);
        assert_eq!(slugs(&home.in_progress), ["started", "mine"]);
        assert_eq!(slugs(&home.completed), ["done"]);
        let recommended: Vec<&str> = home.recommended.iter().map(|c| c.slug.as_str()).collect();
        assert_eq!(recommended, ["gone", "refresh"], "a new hire sees pre-service first; withdrawn comes back");
    }

    #[test]
    fn serving_staff_see_in_service_first_and_cpd_adds_up_per_year() {
        let cards = vec![card("a", ServiceStage::PreService), card("b", ServiceStage::InService)];
        let home = home(Vec::new(), cards, "2019-01-01", "2026-02-01");
        assert_eq!(home.recommended[0].slug, "b");
        let entry = |on: &str, hours: f64| TranscriptEntry {
            course_slug: "x".into(),
            course_title: "x".into(),
            version_no: 1,
            completed_on: on.into(),
            cpd_hours: hours,
        };
        let years = cpd_years(&[entry("2026-01-02", 2.0), entry("2025-12-31", 3.5), entry("2026-05-01", 1.5)]);
        assert_eq!(
            years,
            [CpdYear { year: 2026, hours: 3.5, courses: 2 }, CpdYear { year: 2025, hours: 3.5, courses: 1 }]
        );
        assert!(hired_within_a_year("2025-02-02", "2026-02-01"));
        assert!(!hired_within_a_year("2024-01-01", "2026-02-01"));
        assert!(!is_date("2026-02-30"));
    }

    #[test]
    fn a_date_is_ten_characters_with_a_digit_first() {
        assert!(is_date("2026-01-01"));
        for text in ["+2026-01-01", "-2026-01-01", "+02026-01-01", "12026-01-01", " 2026-01-01", "2026-1-01", ""] {
            assert!(!is_date(text), "{text:?}");
            assert!(date(text).is_none(), "{text:?}");
        }
    }
}
