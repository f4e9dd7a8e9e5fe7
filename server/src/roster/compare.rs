//! The second half of [`plan`](super::plan): what the valid rows of a
//! roster change in the records, and who a complete roster leaves out.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use tutela_app::i18n::{Arg, Msg, date_msg};
use tutela_app::model::{AuditAction, PersonStatus, RosterExample};
use tutela_app::msg;
use tutela_app::store::{KnownPerson, RosterChange, RosterEntry};

use super::plan::{FastMap, Lookups, fail};
use super::{Preview, Records, RosterOptions, joined};

/// A joiner's audit entry: every field, in the order of the other entries'
/// JSON objects (alphabetical).
#[derive(serde::Serialize)]
struct Joined<'a> {
    cadre: &'a str,
    email: Option<&'a str>,
    family_name: &'a str,
    given_name: &'a str,
    hire_date: &'a str,
    left_on: Option<&'a str>,
    staff_number: &'a str,
    status: PersonStatus,
    unit: &'a str,
}

/// Why a protected person's record cannot be changed by this roster.
fn protected_message(staff_number: &str) -> Msg {
    msg!("roster-error-protected", staff_number = staff_number)
}

/// The reason a complete roster's leaver records (its audit entry's
/// `reason`), shown in words by the preview.
const ABSENT: &str = "absent from a complete roster";

/// The changes the valid rows make to the records: joiners, and for the
/// people on record what differs (a protected person's change is an error).
pub(super) fn compare(
    valid: Vec<(u64, RosterEntry)>,
    lookups: &Lookups<'_>,
    options: &RosterOptions,
    preview: &mut Preview,
) -> Vec<RosterChange> {
    let mut changes = Vec::new();
    for (line, entry) in valid {
        match lookups.known.get(entry.staff_number.as_str()) {
            None => {
                preview.counts.joiners += 1;
                changes.push(joiner(entry, lookups));
            }
            Some(person) => {
                let (entry, diff) = differences(person, entry, lookups, options);
                if diff.is_empty() {
                    preview.counts.unchanged += 1;
                    continue;
                }
                if options.protected.contains(&person.id) {
                    fail(preview, line, protected_message(&entry.staff_number));
                    continue;
                }
                let old = &person.entry;
                let (action, from) = match (old.status, entry.status) {
                    (PersonStatus::Active, PersonStatus::Left) => {
                        preview.counts.leavers += 1;
                        (AuditAction::PersonLeave, entry.left_on.clone().unwrap_or_else(|| options.as_of.clone()))
                    }
                    (PersonStatus::Left, PersonStatus::Active) => {
                        preview.counts.rejoiners += 1;
                        (AuditAction::PersonRejoin, options.as_of.clone())
                    }
                    _ if old.unit_id != entry.unit_id || old.cadre_id != entry.cadre_id => {
                        preview.counts.movers += 1;
                        (AuditAction::PersonMove, options.as_of.clone())
                    }
                    _ => {
                        preview.counts.updated += 1;
                        (AuditAction::PersonUpdate, String::new())
                    }
                };
                changes.push(RosterChange {
                    person_id: Some(person.id),
                    new_placement: action != AuditAction::PersonUpdate,
                    placement_from: from,
                    changes_json: serde_json::to_string(&diff).unwrap_or_default(),
                    action,
                    entry,
                });
            }
        }
    }
    changes
}

/// A new person, with every field in its audit entry.
fn joiner(entry: RosterEntry, lookups: &Lookups<'_>) -> RosterChange {
    let changes_json = serde_json::to_string(&Joined {
        cadre: lookups.cadre_name(entry.cadre_id),
        email: entry.email.as_deref(),
        family_name: &entry.family_name,
        given_name: &entry.given_name,
        hire_date: &entry.hire_date,
        left_on: entry.left_on.as_deref(),
        staff_number: &entry.staff_number,
        status: entry.status,
        unit: lookups.unit_name(entry.unit_id),
    })
    .unwrap_or_default();
    RosterChange {
        person_id: None,
        new_placement: true,
        placement_from: entry.hire_date.clone(),
        changes_json,
        action: AuditAction::PersonJoin,
        entry,
    }
}

/// The fields of `entry` that differ from `person`'s record, as
/// `field: [before, after]`. A leaver already recorded keeps the date on
/// record unless the file gives another.
fn differences(
    person: &KnownPerson,
    mut entry: RosterEntry,
    lookups: &Lookups<'_>,
    options: &RosterOptions,
) -> (RosterEntry, BTreeMap<&'static str, Value>) {
    let old = &person.entry;
    let mut diff: BTreeMap<&str, Value> = BTreeMap::new();
    let mut note = |field: &'static str, before: Value, after: Value| {
        if before != after {
            diff.insert(field, json!([before, after]));
        }
    };
    note("given_name", json!(old.given_name), json!(entry.given_name));
    note("family_name", json!(old.family_name), json!(entry.family_name));
    note("email", json!(old.email), json!(entry.email));
    note("hire_date", json!(old.hire_date), json!(entry.hire_date));
    note("cadre", json!(lookups.cadre_name(old.cadre_id)), json!(lookups.cadre_name(entry.cadre_id)));
    note("unit", json!(lookups.unit_name(old.unit_id)), json!(lookups.unit_name(entry.unit_id)));
    note("status", json!(old.status), json!(entry.status));
    let left = PersonStatus::Left;
    if old.status == left && entry.status == left && entry.left_on.as_deref() == Some(options.as_of.as_str()) {
        entry.left_on = old.left_on.clone();
    }
    note("left_on", json!(old.left_on), json!(entry.left_on));
    (entry, diff)
}

/// For a complete roster: the active people in the importer's units whom
/// the file does not name leave, as of `as_of` (a protected person cannot:
/// an error on line 1).
pub(super) fn leavers(
    records: &Records,
    lookups: &Lookups<'_>,
    listed: &FastMap<String, u64>,
    options: &RosterOptions,
    preview: &mut Preview,
) -> Vec<RosterChange> {
    let mut changes = Vec::new();
    let absent = records.people.iter().filter(|person| {
        person.entry.status == PersonStatus::Active
            && lookups.in_scope(person.entry.unit_id)
            && !listed.contains_key(person.entry.staff_number.as_str())
    });
    for person in absent {
        if options.protected.contains(&person.id) {
            let message =
                msg!("roster-error-protected-absent", protected = protected_message(&person.entry.staff_number));
            fail(preview, 1, message);
            continue;
        }
        preview.counts.leavers += 1;
        let mut entry = person.entry.clone();
        entry.status = PersonStatus::Left;
        entry.left_on = Some(options.as_of.clone());
        changes.push(RosterChange {
            person_id: Some(person.id),
            entry,
            new_placement: true,
            placement_from: options.as_of.clone(),
            changes_json:
                json!({ "status": [PersonStatus::Active, PersonStatus::Left], "left_on": [null, options.as_of],
                                  "reason": ABSENT })
                .to_string(),
            action: AuditAction::PersonLeave,
        });
    }
    changes
}

/// A change as the preview tells it: the staff number, what happens and
/// the change in words.
pub(super) fn example(change: &RosterChange) -> RosterExample {
    let what = match change.action {
        AuditAction::PersonJoin => "join",
        AuditAction::PersonMove => "move",
        AuditAction::PersonLeave => "leave",
        AuditAction::PersonRejoin => "rejoin",
        _ => "update",
    };
    RosterExample {
        staff_number: change.entry.staff_number.clone(),
        what: Msg::new("roster-what").arg("what", Arg::word(what)),
        detail: readable(change),
    }
}

/// A value of the change's JSON in words: dates as the reader writes
/// them, a status in their words, nothing as "none", text as it is.
fn value_words(field: &str, value: &Value) -> Msg {
    match value {
        Value::Null => Msg::new("roster-none"),
        Value::String(s) if field == "hire_date" || field == "left_on" => date_msg(s),
        Value::String(s) if field == "status" => Msg::new("roster-status").arg("status", Arg::word(s.as_str())),
        Value::String(s) if field == "reason" && s == ABSENT => Msg::new("roster-reason-absent"),
        Value::String(s) => Msg::verbatim(s.as_str()),
        other => Msg::verbatim(other.to_string()),
    }
}

/// A change in words for HR: "Prosecutors, Northern Region, hired 1 March
/// 2024" for a joiner, "unit: A → B; cadre: C → D" for the others.
fn readable(change: &RosterChange) -> Msg {
    let value: Value = serde_json::from_str(&change.changes_json).unwrap_or(Value::Null);
    let text = |v: &Value| v.as_str().map(str::to_string).unwrap_or_default();
    if change.action == AuditAction::PersonJoin {
        let joins = msg!(
            "roster-joins",
            cadre = text(&value["cadre"]),
            unit = text(&value["unit"]),
            hired = value_words("hire_date", &value["hire_date"]),
        );
        if value["left_on"].is_null() {
            return joins;
        }
        return msg!("roster-joins-left", joins = joins, left = value_words("left_on", &value["left_on"]));
    }
    let Value::Object(fields) = value else { return Msg::verbatim("") };
    joined(
        fields
            .iter()
            .map(|(field, v)| {
                let name = Msg::new("roster-field").arg("field", Arg::word(field.as_str()));
                match v {
                    Value::Array(pair) if pair.len() == 2 => msg!(
                        "roster-field-change",
                        field = name,
                        before = value_words(field, &pair[0]),
                        after = value_words(field, &pair[1]),
                    ),
                    other => msg!("roster-field-value", field = name, value = value_words(field, other)),
                }
            })
            .collect(),
    )
}
