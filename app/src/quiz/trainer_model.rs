//! The page models of quizzes' trainer side: the essay queue, grading one
//! essay, and a course's item analysis; the rules of who grades where
//! ([`grading_scopes`]) and of the analysis' indices ([`pearson`],
//! [`flags`]). Nothing here holds an answer key.

use serde::{Deserialize, Serialize};

use crate::i18n::Msg;
use crate::ids::AttemptId;
use crate::model::{FieldErrors, Role, Viewer};

/// Essays a page of the queue lists.
pub const QUEUE_PAGE_SIZE: i64 = 50;

/// The longest comment on an essay, in characters.
pub const COMMENT_LIMIT: usize = 2_000;

/// Graded answers a question needs before it is flagged: below it, one
/// learner more or less swings the indices too far to mean anything.
pub const MIN_ATTEMPTS_TO_FLAG: i64 = 5;

/// Where the viewer grades essays: the subtrees of their reviewer and
/// administrator grants, or None (their whole institution) for a
/// deployment administrator. An empty list: nowhere.
pub fn grading_scopes(viewer: &Viewer) -> Option<Vec<String>> {
    let mut paths = Vec::new();
    for grant in viewer.grants.iter().filter(|g| matches!(g.role, Role::Reviewer | Role::Admin)) {
        match &grant.unit_path {
            None if grant.role == Role::Admin => return None,
            None => {}
            Some(path) => paths.push(path.clone()),
        }
    }
    Some(paths)
}

/// Whether the viewer grades essays anywhere.
pub fn grades_essays(viewer: &Viewer) -> bool {
    grading_scopes(viewer).is_none_or(|paths| !paths.is_empty())
}

/// Whether the viewer may see item analysis: an author or a reviewer
/// anywhere, or a deployment administrator.
pub fn analyses_questions(viewer: &Viewer) -> bool {
    viewer.is_deployment_admin() || viewer.grants.iter().any(|g| matches!(g.role, Role::Author | Role::Reviewer))
}

/// Whether the viewer may upload (and download) a course's question bank:
/// courses belong to the deployment, not to an institution, so only the
/// deployment's scope: a deployment administrator, or an author on the
/// whole deployment (a grant with no unit, which only a deployment
/// administrator gives). An author on a unit, whom any administrator of
/// that unit may make, may not: they would read every course's key and
/// replace every institution's quiz.
pub fn uploads_questions(viewer: &Viewer) -> bool {
    viewer.is_deployment_admin() || viewer.grants.iter().any(|g| g.role == Role::Author && g.unit_path.is_none())
}

/// One essay in the queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EssayRow {
    pub attempt: AttemptId,
    pub slot: u32,
    pub learner: String,
    pub staff_number: String,
    pub unit: String,
    pub course_title: String,
    pub submitted_at: i64,
    /// Per cent, once graded.
    pub mark: Option<f64>,
    pub graded_at: Option<i64>,
}

/// The grading queue (`/quiz/grading`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GradingQueuePage {
    /// Showing the graded essays (to regrade) rather than those waiting.
    pub graded: bool,
    pub rows: Vec<EssayRow>,
    pub total: i64,
    pub page: i64,
    pub page_size: i64,
}

/// One essay and its grading form (`/quiz/grading/{attempt}/{slot}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EssayPage {
    pub attempt: AttemptId,
    pub slot: u32,
    pub course_title: String,
    pub learner: String,
    pub staff_number: String,
    pub unit: String,
    pub submitted_at: i64,
    /// The question's text, rendered and sanitised on the server.
    pub question_html: String,
    /// The learner's answer as typed (shown escaped).
    pub answer: Option<String>,
    /// The form's values: the mark in per cent as typed, and the comment.
    pub mark: String,
    pub comment: String,
    /// When, by whom and with what mark (per cent, as written) it was
    /// graded last.
    pub graded: Option<(i64, String, String)>,
    /// The grading shown, which the form says it replaces
    /// (`store::EssayRecord::seen`).
    pub seen: String,
    pub errors: FieldErrors,
    /// What the last grading did.
    pub notice: Option<Msg>,
}

/// A reason a question is flagged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ItemFlag {
    /// Facility above 0.9: almost everyone gets it.
    TooEasy,
    /// Facility below 0.2: almost nobody does.
    TooHard,
    /// Discrimination below 0.2: it does not tell strong from weak.
    LowDiscrimination,
}

impl ItemFlag {
    pub fn as_str(self) -> &'static str {
        match self {
            ItemFlag::TooEasy => "too-easy",
            ItemFlag::TooHard => "too-hard",
            ItemFlag::LowDiscrimination => "low-discrimination",
        }
    }

    /// The flag in the reader's words (`quiz-trainer-flag`).
    pub fn msg(self) -> Msg {
        Msg::new("quiz-trainer-flag").arg("flag", crate::i18n::Arg::word(self.as_str()))
    }
}

/// One option of a question and how often it was chosen.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OptionCount {
    pub label: Msg,
    pub count: i64,
}

/// One question version's line of the analysis.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ItemRow {
    pub question_id: i64,
    pub current: bool,
    pub position: i64,
    pub title: Option<String>,
    pub id_number: Option<String>,
    pub kind: String,
    pub attempts: i64,
    pub facility: Option<f64>,
    pub discrimination: Option<f64>,
    pub flags: Vec<ItemFlag>,
    pub options: Vec<OptionCount>,
}

/// A course's item analysis (`/quiz/analysis/{course}`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnalysisPage {
    pub course_slug: String,
    pub course_title: String,
    pub version_no: i64,
    /// Every institution's learners (a deployment administrator), or the viewer's.
    pub everywhere: bool,
    pub items: Vec<ItemRow>,
}

/// The mean of the item's marks as a share of full marks; None without answers.
pub fn facility(n: i64, sum_x: f64, full: f64) -> Option<f64> {
    (n > 0 && full > 0.0).then(|| sum_x / (n as f64 * full))
}

/// Pearson's correlation of x and y from their sums; None when either
/// does not vary (or fewer than two pairs).
pub fn pearson(n: i64, sum_x: f64, sum_y: f64, sum_xy: f64, sum_xx: f64, sum_yy: f64) -> Option<f64> {
    if n < 2 {
        return None;
    }
    let n = n as f64;
    let covariance = n * sum_xy - sum_x * sum_y;
    let var_x = n * sum_xx - sum_x * sum_x;
    let var_y = n * sum_yy - sum_y * sum_y;
    // Sums of squares of large integers in f64: a tiny negative is zero.
    if var_x <= f64::EPSILON * n * sum_xx || var_y <= f64::EPSILON * n * sum_yy {
        return None;
    }
    Some((covariance / (var_x.sqrt() * var_y.sqrt())).clamp(-1.0, 1.0))
}

/// The flags of an item with `attempts` graded answers: none below
/// [`MIN_ATTEMPTS_TO_FLAG`]; facility above 0.9 or below 0.2,
/// discrimination below 0.2 (an item whose marks do not vary has none,
/// and its facility says why).
pub fn flags(attempts: i64, facility: Option<f64>, discrimination: Option<f64>) -> Vec<ItemFlag> {
    let mut flags = Vec::new();
    if attempts < MIN_ATTEMPTS_TO_FLAG {
        return flags;
    }
    match facility {
        Some(f) if f > 0.9 => flags.push(ItemFlag::TooEasy),
        Some(f) if f < 0.2 => flags.push(ItemFlag::TooHard),
        _ => {}
    }
    if discrimination.is_some_and(|d| d < 0.2) {
        flags.push(ItemFlag::LowDiscrimination);
    }
    flags
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ids::{InstitutionId, PersonId};
    use crate::model::Grant;

    fn sums(pairs: &[(f64, f64)]) -> (i64, f64, f64, f64, f64, f64) {
        let n = pairs.len() as i64;
        let (mut sx, mut sy, mut sxy, mut sxx, mut syy) = (0.0, 0.0, 0.0, 0.0, 0.0);
        for (x, y) in pairs {
            sx += x;
            sy += y;
            sxy += x * y;
            sxx += x * x;
            syy += y * y;
        }
        (n, sx, sy, sxy, sxx, syy)
    }

    #[test]
    fn pearson_matches_a_hand_computed_case() {
        // x: 0, 1, 1, 0, 1; y: 1, 3, 2, 2, 4 (means 0.6 and 2.4): by hand,
        // Σ(x-x̄)(y-ȳ) = 1.8, Σ(x-x̄)² = 1.2, Σ(y-ȳ)² = 5.2.
        let (n, sx, sy, sxy, sxx, syy) = sums(&[(0.0, 1.0), (1.0, 3.0), (1.0, 2.0), (0.0, 2.0), (1.0, 4.0)]);
        let r = pearson(n, sx, sy, sxy, sxx, syy).unwrap();
        assert!((r - 1.8 / (1.2f64 * 5.2).sqrt()).abs() < 1e-12, "{r}");
        // Full-size weight units give the same answer.
        let scale = 10_000_000.0;
        let big: Vec<(f64, f64)> = [(0.0, 1.0), (1.0, 3.0), (1.0, 2.0), (0.0, 2.0), (1.0, 4.0)]
            .iter()
            .map(|(x, y)| (x * scale, y * scale))
            .collect();
        let (n, sx, sy, sxy, sxx, syy) = sums(&big);
        assert!((pearson(n, sx, sy, sxy, sxx, syy).unwrap() - r).abs() < 1e-9);
    }

    #[test]
    fn no_correlation_without_variation() {
        let (n, sx, sy, sxy, sxx, syy) = sums(&[(1.0, 1.0), (1.0, 3.0), (1.0, 2.0)]);
        assert_eq!(pearson(n, sx, sy, sxy, sxx, syy), None);
        assert_eq!(pearson(1, 1.0, 1.0, 1.0, 1.0, 1.0), None);
    }

    #[test]
    fn flags_need_enough_attempts_and_follow_the_thresholds() {
        assert!(flags(4, Some(1.0), Some(0.0)).is_empty());
        assert_eq!(flags(5, Some(0.95), Some(0.5)), vec![ItemFlag::TooEasy]);
        assert_eq!(flags(5, Some(0.1), Some(0.1)), vec![ItemFlag::TooHard, ItemFlag::LowDiscrimination]);
        assert!(flags(5, Some(0.9), Some(0.2)).is_empty());
        assert_eq!(facility(4, 20_000_000.0, 10_000_000.0), Some(0.5));
        assert_eq!(facility(0, 0.0, 10_000_000.0), None);
    }

    #[test]
    fn reviewers_and_administrators_grade_within_their_grants() {
        let viewer = |grants: Vec<Grant>| Viewer {
            account_id: crate::ids::AccountId(1),
            person_id: PersonId(1),
            institution_id: InstitutionId(1),
            name: "A".into(),
            grants,
        };
        let grant = |role, path: Option<&str>| Grant { role, unit_path: path.map(String::from) };
        let reviewer = viewer(vec![grant(Role::Reviewer, Some("/1/4/")), grant(Role::Hr, Some("/1/"))]);
        assert_eq!(grading_scopes(&reviewer), Some(vec!["/1/4/".to_string()]));
        assert!(analyses_questions(&reviewer));
        let hr = viewer(vec![grant(Role::Hr, Some("/1/"))]);
        assert_eq!(grading_scopes(&hr), Some(vec![]));
        assert!(!analyses_questions(&hr));
        let admin = viewer(vec![grant(Role::Admin, None)]);
        assert_eq!(grading_scopes(&admin), None);
        assert!(analyses_questions(&admin));
        let unit_admin = viewer(vec![grant(Role::Admin, Some("/1/"))]);
        assert!(!analyses_questions(&unit_admin));
    }
}
