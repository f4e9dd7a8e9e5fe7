//! Small wordings shared by several pages.

/// Hours as a reader expects them in the page's language: "1 hour",
/// "2.5 hours", "2,5 heures" (the catalogue's plural for the number).
pub fn hours_label(hours: f64) -> String {
    let rounded = (hours * 10.0).round() / 10.0;
    crate::t!("shared-hours", hours = rounded)
}

/// A role and where it holds, in the page's language: "HR, North region",
/// "Administrator, whole deployment".
pub fn role_on(role: crate::model::Role, unit: Option<&str>) -> String {
    match unit {
        Some(unit) => crate::t!("shared-role-on-unit", role = role.msg(), unit = unit),
        None => crate::t!("shared-role-everywhere", role = role.msg()),
    }
}
