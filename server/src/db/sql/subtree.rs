//! Subtrees of the unit tree in SQL. A unit's `path` is the chain of ids
//! from the root, like `/1/4/9/` (migration 0001), so a unit and all the
//! units below it are the paths that start with its own: one `LIKE` with a
//! fixed prefix. (Neither database uses the `units_by_path` index for it
//! as things stand: SQLite's `LIKE` is case-insensitive, and PostgreSQL
//! needs a `text_pattern_ops` index under a non-C collation; units are
//! few, and coverage over many people will want one.) Every capability
//! that narrows records to a caller's scopes or to a chosen unit says so
//! through these functions.

use super::Db;

/// Whether `path` has the shape of a unit's path (`/` and ids, ending in
/// `/`): anything else selects nothing, so a pattern never widens.
fn is_path(path: &str) -> bool {
    path.len() >= 3
        && path.starts_with('/')
        && path.ends_with('/')
        && path[1..path.len() - 1].split('/').all(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()))
}

/// ` AND (` `column` in the subtree of any of `scopes` `)`; `None` (a
/// caller whose scope is the whole institution) adds nothing, and no scope
/// at all selects nothing.
pub(super) fn within(query: &mut sqlx::QueryBuilder<'_, Db>, column: &'static str, scopes: Option<&[String]>) {
    let Some(scopes) = scopes else { return };
    query.push(" AND (1 = 0");
    for scope in scopes.iter().filter(|scope| is_path(scope)) {
        query.push(format!(" OR {column} LIKE ")).push_bind(format!("{scope}%"));
    }
    query.push(")");
}

/// ` AND ` `column` in the subtree of the unit whose id is `unit` (none
/// if there is no such unit).
pub(super) fn under_unit(query: &mut sqlx::QueryBuilder<'_, Db>, column: &'static str, unit: i64) {
    query.push(format!(" AND {column} LIKE (SELECT path FROM units WHERE id = ")).push_bind(unit).push(") || '%'");
}

/// ` AND ` `column` in the subtree of the unit at `path`.
pub(super) fn under(query: &mut sqlx::QueryBuilder<'_, Db>, column: &'static str, path: &str) {
    if is_path(path) {
        query.push(format!(" AND {column} LIKE ")).push_bind(format!("{path}%"));
    } else {
        query.push(" AND 1 = 0");
    }
}

#[cfg(test)]
mod tests {
    use super::is_path;

    #[test]
    fn only_a_units_path_makes_a_pattern() {
        for good in ["/1/", "/1/4/9/", "/12/"] {
            assert!(is_path(good), "{good}");
        }
        for bad in ["", "/", "//", "/1", "1/", "/1//2/", "/%/", "/_/", "/1/a/", "/1/%"] {
            assert!(!is_path(bad), "{bad}");
        }
    }
}
