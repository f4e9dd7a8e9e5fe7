//! The SQL of [`LearningHrStore`](tutela_app::store::LearningHrStore): the
//! published courses HR picks from, the people an assignment's filter
//! selects within the caller's scope, and people by staff number.

use super::{Backend, Db};

use tutela_app::ids::{InstitutionId, PersonId};
use tutela_app::learning::hr_model::CandidateRow;
use tutela_app::model::{Choice, PersonStatus};
use tutela_app::store::{self, StoreResult};

/// The tables of the people an assignment selects.
const PEOPLE: &str = "FROM persons p JOIN units u ON u.id = p.unit_id JOIN cadres d ON d.id = p.cadre_id";

/// The conditions of `filter` on `PEOPLE`, for the institution and scopes.
fn conditions(
    query: &mut sqlx::QueryBuilder<'_, Db>,
    institution: InstitutionId,
    scopes: Option<&[String]>,
    filter: &store::CandidateFilter,
) {
    query.push(" WHERE p.institution_id = ").push_bind(institution);
    super::subtree::within(query, "u.path", scopes);
    if let Some(path) = &filter.unit_path {
        super::subtree::under(query, "u.path", path);
    }
    if let Some(cadre) = &filter.cadre_slug {
        query.push(" AND d.slug = ").push_bind(cadre.clone());
    }
    if let Some(status) = filter.status {
        query.push(" AND p.status = ").push_bind(status.as_str());
    }
    if let Some(after) = &filter.hired_after {
        query.push(" AND p.hire_date >= ").push_bind(after.clone());
    }
}

#[async_trait::async_trait]
impl store::LearningHrStore for Backend {
    async fn published_courses(&self) -> StoreResult<Vec<Choice>> {
        let rows: Vec<(String, String)> = sqlx::query_as(
            "SELECT c.slug, v.title FROM courses c JOIN published_versions v ON v.course_id = c.id \
             ORDER BY v.title, c.slug",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(value, label)| Choice { value, label }).collect())
    }

    async fn assign_candidates(
        &self,
        institution: InstitutionId,
        scopes: Option<&[String]>,
        filter: &store::CandidateFilter,
        course_slug: &str,
        limit: i64,
    ) -> StoreResult<store::Candidates> {
        let open = "EXISTS (SELECT 1 FROM enrolments e WHERE e.person_id = p.id AND e.course_id = \
                    (SELECT id FROM courses WHERE slug = ";
        let mut count = sqlx::QueryBuilder::<Db>::new("SELECT COUNT(*), COALESCE(SUM(CASE WHEN ");
        count.push(open).push_bind(course_slug.to_string());
        count.push(") AND e.status IN ('enrolled', 'in_progress')) THEN 1 ELSE 0 END), 0), ");
        count.push("COALESCE(SUM(CASE WHEN ").push(open).push_bind(course_slug.to_string());
        count.push(") AND e.status = 'completed') AND NOT ").push(open).push_bind(course_slug.to_string());
        count.push(format!(") AND e.status IN ('enrolled', 'in_progress')) THEN 1 ELSE 0 END), 0) {PEOPLE}"));
        conditions(&mut count, institution, scopes, filter);
        let (total, already_open, completed): (i64, i64, i64) = count.build_query_as().fetch_one(&self.pool).await?;
        let mut query = sqlx::QueryBuilder::<Db>::new(format!(
            "SELECT p.id, p.staff_number, p.given_name || ' ' || p.family_name, u.name, d.name, p.hire_date, \
             p.status {PEOPLE}"
        ));
        conditions(&mut query, institution, scopes, filter);
        query.push(" ORDER BY p.family_name, p.given_name, p.id LIMIT ").push_bind(limit.clamp(0, 1000));
        let rows: Vec<(PersonId, String, String, String, String, String, PersonStatus)> =
            query.build_query_as().fetch_all(&self.pool).await?;
        let rows = rows
            .into_iter()
            .map(|(id, staff_number, name, unit, cadre, hire_date, status)| CandidateRow {
                id,
                staff_number,
                name,
                unit,
                cadre,
                hire_date,
                status,
            })
            .collect();
        Ok(store::Candidates { total, already_open, completed, rows })
    }

    async fn candidate_ids(
        &self,
        institution: InstitutionId,
        scopes: Option<&[String]>,
        filter: &store::CandidateFilter,
    ) -> StoreResult<Vec<PersonId>> {
        let mut query = sqlx::QueryBuilder::<Db>::new(format!("SELECT p.id {PEOPLE}"));
        conditions(&mut query, institution, scopes, filter);
        query.push(" ORDER BY p.id");
        Ok(query.build_query_scalar().fetch_all(&self.pool).await?)
    }

    async fn persons_by_staff_number(
        &self,
        institution: InstitutionId,
        staff_numbers: &[String],
    ) -> StoreResult<Vec<(String, Option<PersonId>)>> {
        let known: std::collections::HashMap<String, PersonId> =
            sqlx::query_as("SELECT staff_number, id FROM persons WHERE institution_id = $1")
                .bind(institution)
                .fetch_all(&self.pool)
                .await?
                .into_iter()
                .collect();
        Ok(staff_numbers.iter().map(|number| (number.clone(), known.get(number).copied())).collect())
    }
}
