//! The storage seam for learning's HR side beside [`super::LearningStore`]:
//! the published courses to choose from, the people an assignment's filter
//! selects within a caller's scope, and people by staff number (the
//! command line).

use super::StoreResult;
use crate::ids::{InstitutionId, PersonId};
use crate::model::{Choice, PersonStatus};

#[async_trait::async_trait]
pub trait LearningHrStore: Send + Sync + 'static {
    /// Every published course, by title: its slug (value) and title (label).
    async fn published_courses(&self) -> StoreResult<Vec<Choice>>;

    /// The people of the institution placed in the given unit subtrees
    /// (all when `scopes` is None) that `filter` selects: how many, how
    /// many of them hold an open enrolment in `course_slug` or completed
    /// it, and the first `limit` of them by name.
    async fn assign_candidates(
        &self,
        institution: InstitutionId,
        scopes: Option<&[String]>,
        filter: &CandidateFilter,
        course_slug: &str,
        limit: i64,
    ) -> StoreResult<Candidates>;

    /// The ids of every person [`LearningHrStore::assign_candidates`]
    /// counts, in id order.
    async fn candidate_ids(
        &self,
        institution: InstitutionId,
        scopes: Option<&[String]>,
        filter: &CandidateFilter,
    ) -> StoreResult<Vec<PersonId>>;

    /// The people of the institution with these staff numbers: each number
    /// with its person, or None when no one has it.
    async fn persons_by_staff_number(
        &self,
        institution: InstitutionId,
        staff_numbers: &[String],
    ) -> StoreResult<Vec<(String, Option<PersonId>)>>;
}

/// Who an assignment is for, as HR filters them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CandidateFilter {
    /// Only people placed in this unit's subtree (a unit path).
    pub unit_path: Option<String>,
    pub cadre_slug: Option<String>,
    /// None: active and left.
    pub status: Option<PersonStatus>,
    /// `YYYY-MM-DD`: only people hired on or after it.
    pub hired_after: Option<String>,
}

/// What [`LearningHrStore::assign_candidates`] found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Candidates {
    pub total: i64,
    /// Of them, people with an open enrolment in the course.
    pub already_open: i64,
    /// Of them, people who completed the course and have none open.
    pub completed: i64,
    pub rows: Vec<crate::learning::hr_model::CandidateRow>,
}
