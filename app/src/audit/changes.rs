//! An audit entry's changes in words.
//!
//! Entries record their changes as a JSON object: each field with its new
//! value, or with `[before, after]` when it changed. The audit page shows
//! them as lines such as "cadre: Prosecutors → Judges" or "role granted:
//! HR on North region"; a field it has no words for still shows, as
//! "field name: value". The lines are text, escaped like any other.
//!
//! The store records facts, never words: a grant on the whole deployment
//! has `"unit": null`, a password changed `"password": "changed"`, and the
//! words are chosen here. Entries written before that (`"(whole
//! deployment)"`, `"other_sessions": "ended"`) still read as they were
//! recorded.

use serde_json::{Map, Value};

use crate::model::{AuditAction, Role, utc_label};

/// The lines that tell what the entry of `action` changed, from its
/// recorded `changes`.
pub fn describe(action: &AuditAction, changes: &str) -> Vec<String> {
    let mut fields = match serde_json::from_str::<Value>(changes) {
        Ok(Value::Object(fields)) => fields,
        Ok(Value::Null) => return Vec::new(),
        Ok(other) => return vec![other.to_string()],
        Err(_) if changes.trim().is_empty() => return Vec::new(),
        Err(_) => return vec![changes.to_string()],
    };
    let mut lines = Vec::new();
    match action {
        AuditAction::RoleGrant => {
            let role = role_label(fields.remove("role"));
            let line = match fields.remove("unit") {
                // Entries before the store recorded `null` named it in words.
                Some(Value::Null) => format!("role granted: {role} on the whole deployment"),
                Some(Value::String(unit)) if unit == "(whole deployment)" => {
                    format!("role granted: {role} on the whole deployment")
                }
                Some(unit) => format!("role granted: {role} on {}", words("unit", &unit)),
                None => format!("role granted: {role}"),
            };
            lines.push(line);
        }
        AuditAction::RoleRevoke => lines.push(format!("role revoked: {}", role_label(fields.remove("role")))),
        AuditAction::CadreRetire | AuditAction::CadreRestore
            if fields.get("retired").is_some_and(Value::is_boolean) =>
        {
            let retired = fields.remove("retired").and_then(|v| v.as_bool()).unwrap_or_default();
            lines.push(if retired { "retired: no longer offered in lists" } else { "restored to the lists" }.into());
        }
        _ => {}
    }
    lines.extend(fields_in_words(fields));
    lines
}

/// "field: value", or "field: before → after", for each field; a fact
/// the store records as a code, in its words.
fn fields_in_words(fields: Map<String, Value>) -> impl Iterator<Item = String> {
    fields.into_iter().map(|(key, value)| {
        if let Some(words) = fact(&key, &value) {
            return words.to_string();
        }
        let label = field_label(&key);
        match value {
            Value::Array(pair) if pair.len() == 2 => {
                format!("{label}: {} → {}", words(&key, &pair[0]), words(&key, &pair[1]))
            }
            value => format!("{label}: {}", words(&key, &value)),
        }
    })
}

/// The words of a fact recorded as a code (`"sessions_ended": "all"`).
fn fact(key: &str, value: &Value) -> Option<&'static str> {
    let words = match (key, value.as_str()) {
        ("password", Some("changed")) => "password changed",
        ("password", Some("set_by_link")) => "password set with a link",
        ("sessions_ended", Some("all")) => "every session ended",
        ("sessions_ended", Some("others")) => "other sessions ended",
        ("locked", Some("by_administrator")) => "locked until an administrator unlocks it",
        ("links_withdrawn", _) if value.as_bool() == Some(true) => "unused links withdrawn",
        _ => return None,
    };
    Some(words)
}

/// A field's name as a reader says it.
fn field_label(key: &str) -> String {
    let label = match key {
        "staff_number" => "staff number",
        "given_name" => "given name",
        "family_name" => "family name",
        "hire_date" => "hired on",
        "left_on" => "left on",
        "parent_id" => "parent unit (no.)",
        "unit_id" => "unit (no.)",
        "person_id" => "person (no.)",
        "grant" => "grant (no.)",
        "units_moved" => "units moved",
        "password_set" => "password set",
        "failed_attempts" => "failed attempts",
        "locked_until" => "locked until",
        "against_address" => "from address",
        "other_sessions" => "other sessions",
        "expires_at" => "expires",
        "chained_with" => "chained with",
        "as_of" => "as of",
        other => return other.replace('_', " "),
    };
    label.to_string()
}

/// A value as a reader reads it: text as it is, "none" for nothing,
/// "yes"/"no", times as dates.
fn words(key: &str, value: &Value) -> String {
    match value {
        Value::Null => "none".into(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::String(text) => text.clone(),
        Value::Number(n) if matches!(key, "expires_at" | "locked_until") && n.is_i64() => {
            utc_label(n.as_i64().unwrap_or_default())
        }
        Value::Number(n) => n.to_string(),
        other => other.to_string(),
    }
}

/// A role's label from its recorded word ("hr" → "HR").
fn role_label(value: Option<Value>) -> String {
    match value {
        Some(Value::String(word)) => Role::parse(&word).map(|role| role.label().to_string()).unwrap_or(word),
        Some(other) => words("role", &other),
        None => "a role".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_read_as_words() {
        assert_eq!(
            describe(&AuditAction::PersonMove, r#"{"cadre":["Prosecutors","Judges"],"unit":["North","South"]}"#),
            vec!["cadre: Prosecutors → Judges", "unit: North → South"]
        );
        assert_eq!(
            describe(&AuditAction::PersonLeave, r#"{"status":["active","left"],"left_on":[null,"2026-01-31"]}"#),
            vec!["left on: none → 2026-01-31", "status: active → left"]
        );
        assert_eq!(
            describe(&AuditAction::RoleGrant, r#"{"role":"hr","unit":"North region"}"#),
            vec!["role granted: HR on North region"]
        );
        assert_eq!(
            describe(&AuditAction::RoleGrant, r#"{"role":"admin","unit":"(whole deployment)"}"#),
            vec!["role granted: Administrator on the whole deployment"]
        );
        assert_eq!(
            describe(&AuditAction::RoleRevoke, r#"{"role":"reviewer","unit_id":4,"grant":9}"#),
            vec!["role revoked: Reviewer", "grant (no.): 9", "unit (no.): 4"]
        );
        assert_eq!(
            describe(&AuditAction::CadreRetire, r#"{"retired":true}"#),
            vec!["retired: no longer offered in lists"]
        );
        assert_eq!(
            describe(&AuditAction::AccountCreate, r#"{"person_id":3,"password_set":false}"#),
            vec!["password set: no", "person (no.): 3"]
        );
        assert_eq!(describe(&AuditAction::AccountInvite, r#"{"expires_at":0}"#), vec!["expires: 1970-01-01 00:00 UTC"]);
    }

    #[test]
    fn facts_recorded_as_codes_read_as_words_and_older_entries_as_they_were_written() {
        assert_eq!(
            describe(&AuditAction::RoleGrant, r#"{"role":"admin","unit":null}"#),
            vec!["role granted: Administrator on the whole deployment"]
        );
        assert_eq!(
            describe(&AuditAction::AccountPassword, r#"{"password":"changed","sessions_ended":"others"}"#),
            vec!["password changed", "other sessions ended"]
        );
        assert_eq!(
            describe(&AuditAction::AccountPassword, r#"{"password":"set_by_link","sessions_ended":"all"}"#),
            vec!["password set with a link", "every session ended"]
        );
        assert_eq!(
            describe(
                &AuditAction::AccountLock,
                r#"{"locked":"by_administrator","sessions_ended":"all","links_withdrawn":true}"#
            ),
            vec!["unused links withdrawn", "locked until an administrator unlocks it", "every session ended"]
        );
        // As entries written before were recorded.
        assert_eq!(
            describe(
                &AuditAction::AccountPassword,
                r#"{"password":"set with an invitation","other_sessions":"ended"}"#
            ),
            vec!["other sessions: ended", "password: set with an invitation"]
        );
        assert_eq!(
            describe(&AuditAction::AccountLock, r#"{"locked":"until an administrator unlocks it","sessions":"ended"}"#),
            vec!["locked: until an administrator unlocks it", "sessions: ended"]
        );
    }

    #[test]
    fn anything_else_still_shows() {
        let other = AuditAction::parse("x.y");
        assert_eq!(describe(&other, r#"{"new_thing":{"a":1}}"#), vec![r#"new thing: {"a":1}"#]);
        assert_eq!(describe(&other, "not json <b>"), vec!["not json <b>"]);
        assert_eq!(describe(&other, "{}"), Vec::<String>::new());
        assert_eq!(describe(&other, "[1,2]"), vec!["[1,2]"]);
    }
}
