//! The second half of [`plan`](super::plan): what the valid rows of a
//! roster change in the records, and who a complete roster leaves out.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use tutela_app::model::{AuditAction, PersonStatus};
use tutela_app::store::{KnownPerson, RosterChange, RosterEntry};

use super::plan::{FastMap, Lookups, fail};
use super::{Preview, Records, RosterOptions};

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
fn protected_message(staff_number: &str) -> String {
    format!(
        "staff number {staff_number} holds a role beyond the units you administer: only an administrator of that \
         scope can change their record"
    )
}

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
            let message = format!(
                "{}; this complete roster leaves them out, which would mark them as left",
                protected_message(&person.entry.staff_number)
            );
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
                                  "reason": "absent from a complete roster" })
                .to_string(),
            action: AuditAction::PersonLeave,
        });
    }
    changes
}

/// (staff number, what happens, the change in words), for the preview.
pub(super) fn example(change: &RosterChange) -> (String, String, String) {
    let what = match change.action {
        AuditAction::PersonJoin => "joins",
        AuditAction::PersonMove => "moves",
        AuditAction::PersonLeave => "leaves",
        AuditAction::PersonRejoin => "rejoins",
        _ => "details change",
    };
    (change.entry.staff_number.clone(), what.to_string(), readable(change))
}

/// A change in words for HR: "Prosecutors, Northern Region, hired 2024-03-01"
/// for a joiner, "unit: A → B; cadre: C → D" for the others.
fn readable(change: &RosterChange) -> String {
    let value: Value = serde_json::from_str(&change.changes_json).unwrap_or(Value::Null);
    let text = |v: &Value| match v {
        Value::Null => "none".to_string(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    if change.action == AuditAction::PersonJoin {
        let mut words =
            format!("{}, {}, hired {}", text(&value["cadre"]), text(&value["unit"]), text(&value["hire_date"]));
        if !value["left_on"].is_null() {
            words.push_str(&format!(", left {}", text(&value["left_on"])));
        }
        return words;
    }
    let Value::Object(fields) = value else { return String::new() };
    fields
        .iter()
        .map(|(field, v)| match v {
            Value::Array(pair) if pair.len() == 2 => {
                format!("{}: {} → {}", field.replace('_', " "), text(&pair[0]), text(&pair[1]))
            }
            other => format!("{}: {}", field.replace('_', " "), text(other)),
        })
        .collect::<Vec<_>>()
        .join("; ")
}
