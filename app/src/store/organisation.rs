//! The storage seam for institutions, their unit trees and the cadres.

use super::StoreResult;
use crate::ids::{CadreId, InstitutionId, UnitId};

#[async_trait::async_trait]
pub trait OrganisationStore: Send + Sync + 'static {
    /// Creates the demo institution and its units if absent, recording each
    /// in the audit log as the work of `actor`.
    async fn ensure_demo(&self, demo: &DemoInstitution, actor: &str) -> StoreResult<DemoOutcome>;

    /// Adds a unit under `parent_id` (None: a root of the institution).
    /// `Duplicate` if the code is taken, `Refused` if the parent is elsewhere.
    async fn create_unit(
        &self,
        institution_id: InstitutionId,
        parent_id: Option<UnitId>,
        code: &str,
        name: &str,
        actor: &str,
    ) -> StoreResult<UnitId>;

    /// Moves a unit, with everything below it, under `new_parent_id` of the
    /// same institution. `Refused` if that would put it inside itself.
    async fn move_unit(&self, unit_id: UnitId, new_parent_id: UnitId, actor: &str) -> StoreResult<()>;

    /// Every institution: (slug, name, country, active people).
    async fn institution_lines(&self) -> StoreResult<Vec<(String, String, String, i64)>>;

    /// Creates an institution with its root unit; `Duplicate` if the slug is taken.
    async fn create_institution(
        &self,
        slug: &str,
        name: &str,
        country: &str,
        root_code: &str,
        root_name: &str,
        actor: &str,
    ) -> StoreResult<InstitutionId>;

    /// Every cadre with the number of people in it.
    async fn cadre_lines(&self) -> StoreResult<Vec<crate::model::CadreLine>>;

    /// Adds a cadre; `Duplicate` if the slug is taken.
    async fn create_cadre(&self, slug: &str, name: &str, description: &str, actor: &str) -> StoreResult<()>;

    /// Renames a cadre: its slug (used in files and links) stays.
    async fn rename_cadre(&self, id: CadreId, name: &str, description: &str, actor: &str) -> StoreResult<()>;

    /// Retires a cadre (no new people or courses) or brings it back.
    async fn set_cadre_retired(&self, id: CadreId, retired: bool, actor: &str) -> StoreResult<()>;

    /// The materialised path of a unit.
    async fn unit_path(&self, unit_id: UnitId) -> StoreResult<Option<String>>;

    /// The institution's id, by slug.
    async fn institution_id(&self, slug: &str) -> StoreResult<Option<InstitutionId>>;

    /// Every institution as (id, slug, name), by name.
    async fn institutions(&self) -> StoreResult<Vec<(InstitutionId, String, String)>>;

    /// Every unit of an institution.
    async fn institution_units(&self, institution_id: InstitutionId) -> StoreResult<Vec<UnitRef>>;

    /// Every cadre (id, slug, name, retired).
    async fn cadre_refs(&self) -> StoreResult<Vec<(CadreId, String, String, bool)>>;
}

/// A unit of an institution, for resolving roster rows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitRef {
    pub id: UnitId,
    pub parent_id: Option<UnitId>,
    pub code: String,
    pub name: String,
    pub path: String,
}

/// The demo institution that `tutela demo` creates.
#[derive(Clone, Debug)]
pub struct DemoInstitution {
    pub slug: String,
    pub name: String,
    pub country: String,
    /// Units as (code, name, parent code); parents come before children.
    pub units: Vec<(String, String, Option<String>)>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DemoOutcome {
    Created,
    AlreadyPresent,
}
