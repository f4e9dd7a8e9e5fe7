//! Small wordings shared by several pages.

/// Hours as a reader expects them: "1 hour", "2.5 hours".
pub fn hours_label(hours: f64) -> String {
    let rounded = (hours * 10.0).round() / 10.0;
    if (rounded - 1.0).abs() < f64::EPSILON {
        "1 hour".to_string()
    } else if rounded.fract() == 0.0 {
        format!("{} hours", rounded as i64)
    } else {
        format!("{rounded} hours")
    }
}

/// "1 course", "3 courses".
pub fn count_label(count: usize, one: &str, many: &str) -> String {
    if count == 1 { format!("1 {one}") } else { format!("{count} {many}") }
}

/// A role and where it holds: "HR, North region", "Administrator, whole deployment".
pub fn role_on(role: crate::model::Role, unit: Option<&str>) -> String {
    format!("{}, {}", role.label(), unit.unwrap_or("whole deployment"))
}
