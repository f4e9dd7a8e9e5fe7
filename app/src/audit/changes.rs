//! An audit entry's changes in words, in the reader's language.
//!
//! Entries record their changes as a JSON object: each field with its new
//! value, or with `[before, after]` when it changed. The audit page shows
//! them as lines such as "cadre: Prosecutors → Judges" or "role granted:
//! HR on North region" (`audit-change`, `audit-role-granted`, ...); a field
//! it has no words for still shows, as "field name: value". Values from
//! the records (names, codes, dates as written) are text variables, which
//! the page puts in `<bdi>`. The store records facts, never words: a grant
//! on the whole deployment has `"unit": null`, a password changed
//! `"password": "changed"`, and the words are chosen here
//! (`audit-fact-…`); the few words entries written before that recorded
//! (`"other_sessions": "ended"`) are translated like the rest. Who acted
//! is told in words too ([`actor`]).

use serde_json::{Map, Value};

use crate::i18n::{Arg, Msg, date_time_msg};
use crate::model::{AuditAction, Role};

/// The lines that tell what the entry of `action` changed, from its
/// recorded `changes`.
pub fn describe(action: &AuditAction, changes: &str) -> Vec<Msg> {
    let mut fields = match serde_json::from_str::<Value>(changes) {
        Ok(Value::Object(fields)) => fields,
        Ok(Value::Null) => return Vec::new(),
        Ok(other) => return vec![Msg::verbatim(other.to_string())],
        Err(_) if changes.trim().is_empty() => return Vec::new(),
        Err(_) => return vec![Msg::verbatim(changes)],
    };
    let mut lines = Vec::new();
    match action {
        AuditAction::RoleGrant => {
            let role = role(fields.remove("role"));
            let line = match fields.remove("unit") {
                // Entries before the store recorded `null` named it in words.
                Some(Value::Null) => Msg::new("audit-role-granted-everywhere").arg("role", role),
                Some(Value::String(unit)) if unit == "(whole deployment)" => {
                    Msg::new("audit-role-granted-everywhere").arg("role", role)
                }
                Some(unit) => Msg::new("audit-role-granted").arg("role", role).arg("unit", value("unit", &unit)),
                None => Msg::new("audit-role-granted-no-unit").arg("role", role),
            };
            lines.push(line);
        }
        AuditAction::RoleRevoke => lines.push(Msg::new("audit-role-revoked").arg("role", role(fields.remove("role")))),
        AuditAction::CadreRetire | AuditAction::CadreRestore
            if fields.get("retired").is_some_and(Value::is_boolean) =>
        {
            let retired = fields.remove("retired").and_then(|v| v.as_bool()).unwrap_or_default();
            lines.push(Msg::new(if retired { "audit-cadre-retired" } else { "audit-cadre-restored" }));
        }
        _ => {}
    }
    lines.extend(fields_in_words(fields));
    lines
}

/// Who made the change: a person's account as it is recorded
/// (`account:12`), the command line's operator, or Tutela itself.
pub fn actor(recorded: &str) -> Msg {
    match recorded {
        "system: sign-in limit" => Msg::new("audit-actor-sign-in-limit"),
        "system: audit key" => Msg::new("audit-actor-audit-key"),
        "system: tutela demo" => Msg::new("audit-actor-demo"),
        _ => match recorded.strip_prefix("command line: ") {
            Some(user) => Msg::new("audit-actor-command-line").arg("user", user),
            None => Msg::verbatim(recorded),
        },
    }
}

/// "field: value", or "field: before → after", for each field; a fact
/// the store records as a code, in its words.
fn fields_in_words(fields: Map<String, Value>) -> impl Iterator<Item = Msg> {
    fields.into_iter().map(|(key, recorded)| {
        if let Some(id) = fact(&key, &recorded) {
            return Msg::new(id);
        }
        let field = field(&key);
        match recorded {
            Value::Array(pair) if pair.len() == 2 => Msg::new("audit-change-from-to")
                .arg("field", field)
                .arg("before", value(&key, &pair[0]))
                .arg("after", value(&key, &pair[1])),
            recorded => Msg::new("audit-change").arg("field", field).arg("value", value(&key, &recorded)),
        }
    })
}

/// The words of a fact recorded as a code (`"sessions_ended": "all"`).
fn fact(key: &str, recorded: &Value) -> Option<&'static str> {
    Some(match (key, recorded.as_str()) {
        ("password", Some("changed")) => "audit-fact-password-changed",
        ("password", Some("set_by_link")) => "audit-fact-password-set-by-link",
        ("sessions_ended", Some("all")) => "audit-fact-every-session-ended",
        ("sessions_ended", Some("others")) => "audit-fact-other-sessions-ended",
        ("locked", Some("by_administrator")) => "audit-fact-locked-by-administrator",
        ("links_withdrawn", _) if recorded.as_bool() == Some(true) => "audit-fact-links-withdrawn",
        _ => return None,
    })
}

/// A field's name as a reader says it; a field Tutela has no words for
/// as it is recorded, underscores as spaces.
fn field(key: &str) -> Msg {
    let id = match key {
        "staff_number" => "audit-field-staff-number",
        "given_name" => "audit-field-given-name",
        "family_name" => "audit-field-family-name",
        "email" => "audit-field-email",
        "cadre" => "audit-field-cadre",
        "unit" => "audit-field-unit",
        "status" => "audit-field-status",
        "hire_date" => "audit-field-hire-date",
        "left_on" => "audit-field-left-on",
        "reason" => "audit-field-reason",
        "slug" => "audit-field-slug",
        "name" => "audit-field-name",
        "description" => "audit-field-description",
        "country" => "audit-field-country",
        "code" => "audit-field-code",
        "path" => "audit-field-path",
        "retired" => "audit-field-retired",
        "parent_id" => "audit-field-parent-id",
        "unit_id" => "audit-field-unit-id",
        "person_id" => "audit-field-person-id",
        "grant" => "audit-field-grant",
        "role" => "audit-field-role",
        "units_moved" => "audit-field-units-moved",
        "password" => "audit-field-password",
        "password_set" => "audit-field-password-set",
        "purpose" => "audit-field-purpose",
        "failed_attempts" => "audit-field-failed-attempts",
        "locked" => "audit-field-locked",
        "locked_until" => "audit-field-locked-until",
        "against_address" => "audit-field-against-address",
        "sessions" => "audit-field-sessions",
        "other_sessions" => "audit-field-other-sessions",
        "sessions_ended" => "audit-field-sessions-ended",
        "links_withdrawn" => "audit-field-links-withdrawn",
        "links" => "audit-field-links",
        "expires_at" => "audit-field-expires-at",
        "default_locale" => "audit-field-default-locale",
        "chained_with" => "audit-field-chained-with",
        "file" => "audit-field-file",
        "rows" => "audit-field-rows",
        "joiners" => "audit-field-joiners",
        "movers" => "audit-field-movers",
        "leavers" => "audit-field-leavers",
        "rejoiners" => "audit-field-rejoiners",
        "updated" => "audit-field-updated",
        "unchanged" => "audit-field-unchanged",
        "complete" => "audit-field-complete",
        "as_of" => "audit-field-as-of",
        other => return Msg::verbatim(other.replace('_', " ")),
    };
    Msg::new(id)
}

/// The words Tutela itself records as a value (not names or codes from
/// the records), by field and word.
fn recorded_word(key: &str, word: &str) -> Option<&'static str> {
    Some(match (key, word) {
        ("status", "active") => "audit-value-active",
        ("status", "left") => "audit-value-left",
        ("purpose", "activate") => "audit-value-activate",
        ("purpose", "reset") => "audit-value-reset",
        ("password", "set with an invitation") => "audit-value-set-with-invitation",
        ("sessions" | "other_sessions", "ended") => "audit-value-ended",
        ("links", "withdrawn") => "audit-value-withdrawn",
        ("locked", "until an administrator unlocks it") => "audit-value-locked-until-unlocked",
        ("reason", "absent from a complete roster") => "audit-value-absent-from-roster",
        _ => return None,
    })
}

/// A value as a reader reads it: text as it is, "none" for nothing,
/// "yes"/"no", times as dates, counts as the language writes numbers,
/// record numbers as they are.
fn value(key: &str, recorded: &Value) -> Arg {
    match recorded {
        Value::Null => Msg::new("audit-value-none").into(),
        Value::Bool(true) => Msg::new("audit-value-yes").into(),
        Value::Bool(false) => Msg::new("audit-value-no").into(),
        Value::String(text) => match recorded_word(key, text) {
            Some(id) => Msg::new(id).into(),
            None if key == "default_locale" => match crate::i18n::Locale::parse(text) {
                Some(locale) => Arg::Text(locale.endonym().to_string()),
                None => Arg::Text(text.clone()),
            },
            None => Arg::Text(text.clone()),
        },
        Value::Number(n) => match n.as_i64() {
            Some(seconds) if matches!(key, "expires_at" | "locked_until") => date_time_msg(seconds).into(),
            Some(count) if is_count(key) => Arg::Int(count),
            _ => Arg::Text(n.to_string()),
        },
        other => Arg::Text(other.to_string()),
    }
}

/// Whether a field holds a count (written as the language writes
/// numbers), not a record's number (written as it is).
fn is_count(key: &str) -> bool {
    matches!(
        key,
        "units_moved"
            | "failed_attempts"
            | "rows"
            | "joiners"
            | "movers"
            | "leavers"
            | "rejoiners"
            | "updated"
            | "unchanged"
    )
}

/// A role in words from its recorded word ("hr" → "HR").
fn role(recorded: Option<Value>) -> Arg {
    match recorded {
        Some(Value::String(word)) => match Role::parse(&word) {
            Some(role) => role.msg().into(),
            None => Arg::Text(word),
        },
        Some(other) => value("role", &other),
        None => Msg::new("audit-role-unknown").into(),
    }
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::i18n::catalogue::translate;

    fn english(action: &str, changes: &str) -> Vec<String> {
        describe(&AuditAction::parse(action), changes).iter().map(|line| translate(Locale::En, line)).collect()
    }

    #[test]
    fn changes_read_as_words() {
        assert_eq!(
            english("person.move", r#"{"cadre":["Prosecutors","Judges"],"unit":["North","South"]}"#),
            vec!["cadre: Prosecutors → Judges", "unit: North → South"]
        );
        assert_eq!(
            english("person.leave", r#"{"status":["active","left"],"left_on":[null,"2026-01-31"]}"#),
            vec!["left on: none → 2026-01-31", "status: active → left"]
        );
        assert_eq!(
            english("role.grant", r#"{"role":"hr","unit":"North region"}"#),
            vec!["role granted: HR on North region"]
        );
        assert_eq!(
            english("role.grant", r#"{"role":"admin","unit":"(whole deployment)"}"#),
            vec!["role granted: Administrator on the whole deployment"]
        );
        assert_eq!(
            english("role.revoke", r#"{"role":"reviewer","unit_id":4,"grant":9}"#),
            vec!["role revoked: Reviewer", "grant (no.): 9", "unit (no.): 4"]
        );
        assert_eq!(english("cadre.retire", r#"{"retired":true}"#), vec!["retired: no longer offered in lists"]);
        assert_eq!(
            english("account.create", r#"{"person_id":3,"password_set":false}"#),
            vec!["password set: no", "person (no.): 3"]
        );
        assert_eq!(english("account.invite", r#"{"expires_at":0}"#), vec!["expires: 1 January 1970, 00:00 UTC"]);
        assert_eq!(
            english("roster.import", r#"{"rows":12000,"person_id":12000}"#),
            vec!["person (no.): 12000", "rows: 12,000"],
            "counts are numbers in the reader's language, record numbers are as recorded"
        );
    }

    #[test]
    fn facts_recorded_as_codes_read_as_words_and_older_entries_as_they_were_written() {
        assert_eq!(
            english("role.grant", r#"{"role":"admin","unit":null}"#),
            vec!["role granted: Administrator on the whole deployment"]
        );
        assert_eq!(
            english("account.password", r#"{"password":"changed","sessions_ended":"others"}"#),
            vec!["password changed", "other sessions ended"]
        );
        assert_eq!(
            english("account.password", r#"{"password":"set_by_link","sessions_ended":"all"}"#),
            vec!["password set with a link", "every session ended"]
        );
        assert_eq!(
            english("account.lock", r#"{"locked":"by_administrator","sessions_ended":"all","links_withdrawn":true}"#),
            vec!["unused links withdrawn", "locked until an administrator unlocks it", "every session ended"]
        );
        // As entries written before were recorded.
        assert_eq!(
            english("account.password", r#"{"password":"set with an invitation","other_sessions":"ended"}"#),
            vec!["other sessions: ended", "password: set with an invitation"]
        );
        assert_eq!(
            english("account.lock", r#"{"locked":"until an administrator unlocks it","sessions":"ended"}"#),
            vec!["locked: until an administrator unlocks it", "sessions: ended"]
        );
    }

    #[test]
    fn the_words_tutela_records_are_translated_and_the_records_are_not() {
        let french = |action: &str, changes: &str| -> Vec<String> {
            describe(&AuditAction::parse(action), changes).iter().map(|line| translate(Locale::Fr, line)).collect()
        };
        let lines = french("account.lock", r#"{"sessions":"ended","links":"withdrawn","unit":"North"}"#);
        assert!(!lines.iter().any(|line| line.contains("ended") || line.contains("withdrawn")), "{lines:?}");
        assert!(lines.iter().any(|line| line.contains("North")), "{lines:?}");
        assert_eq!(translate(Locale::En, &actor("system: sign-in limit")), "system: sign-in limit");
        let system = translate(Locale::Fr, &actor("system: sign-in limit"));
        assert!(!system.contains("sign-in"), "Tutela's own name for itself is translated: {system}");
        assert_eq!(translate(Locale::Fr, &actor("command line: amina")), "ligne de commande : amina");
        assert_eq!(translate(Locale::Fr, &actor("account:7")), "account:7", "a recorded account as it is");
    }

    #[test]
    fn anything_else_still_shows() {
        assert_eq!(english("x.y", r#"{"new_thing":{"a":1}}"#), vec![r#"new thing: {"a":1}"#]);
        assert_eq!(english("x.y", "not json <b>"), vec!["not json <b>"]);
        assert_eq!(english("x.y", "{}"), Vec::<String>::new());
        assert_eq!(english("x.y", "[1,2]"), vec!["[1,2]"]);
    }
}
