//! Roster import: HR's CSV of staff compared with the people on record.
//!
//! [`plan`] is pure: it reads the file, checks every row, and compares it
//! with the records, giving a [`Preview`] (counts, every row in error with
//! its line, and the [`RosterPlan`] to apply when there is no error).
//! [`preview`] gathers what `plan` needs from the store; applying the plan
//! is one transaction in the store. [`recheck`] explains an apply the
//! database refused. Columns and rules: `docs/roster.md`.

use std::collections::{BTreeMap, HashMap};

use serde_json::{Value, json};
use tutela_app::store::Store;
use tutela_app::store::access::{KnownPerson, RosterChange, RosterEntry, RosterPlan, UnitRef};

/// The columns, in the order the export writes them. `email`, `status` and
/// `left_on` may be left out of a file: then the people already on record
/// keep what the record says.
pub const COLUMNS: [&str; 9] =
    ["staff_number", "given_name", "family_name", "email", "cadre", "unit", "hire_date", "status", "left_on"];
/// A column, by its place in [`COLUMNS`].
#[derive(Clone, Copy)]
enum Column {
    StaffNumber,
    GivenName,
    FamilyName,
    Email,
    Cadre,
    Unit,
    HireDate,
    Status,
    LeftOn,
}

const REQUIRED: [Column; 6] =
    [Column::StaffNumber, Column::GivenName, Column::FamilyName, Column::Cadre, Column::Unit, Column::HireDate];

/// Maps keyed by what a file brings, with a fast hasher seeded per process
/// (SipHash was a tenth of a 100,000-row preview).
type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;

/// How to read a file.
#[derive(Clone, Debug)]
pub struct RosterOptions {
    /// The file lists everyone: active people (in the importer's units)
    /// missing from it have left, as of `as_of`.
    pub complete: bool,
    /// The date moves and departures without a date take effect, YYYY-MM-DD.
    pub as_of: String,
    /// The unit paths the importer manages; None for the whole institution.
    pub scopes: Option<Vec<String>>,
    pub file_name: String,
    /// People whose record the importer may not change (they hold a role
    /// beyond what the importer administers): see [`protected_people`].
    pub protected: std::collections::HashSet<i64>,
}

/// The people of an institution whose record `viewer` may not change by
/// roster: those holding an active role that `viewer` does not administer
/// (for HR, anyone with a role). Nobody acts on an account more powerful
/// than their own, and marking someone as left or changing their email
/// (a login) is acting on it.
pub async fn protected_people(
    store: &dyn Store,
    institution_id: i64,
    viewer: &tutela_app::model::Viewer,
) -> Result<std::collections::HashSet<i64>, tutela_app::store::StoreError> {
    Ok(store
        .grants_in(institution_id)
        .await?
        .into_iter()
        .filter(|(_, grant)| !viewer.administers_grant(grant))
        .map(|(person, _)| person)
        .collect())
}

/// Why a protected person's record cannot be changed by this roster.
fn protected_message(staff_number: &str) -> String {
    format!(
        "staff number {staff_number} holds a role beyond the units you administer: only an administrator of that \
         scope can change their record"
    )
}

/// A row that cannot be imported, or a problem with the whole file (line 1).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub message: String,
}

/// What an import would do.
#[derive(Clone, Debug, Default)]
pub struct Preview {
    pub rows: usize,
    pub joiners: usize,
    pub movers: usize,
    pub leavers: usize,
    pub rejoiners: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub errors: Vec<RowError>,
    /// Present only when there is no error and something to change.
    pub plan: Option<RosterPlan>,
    /// (staff number, what happens, detail) for the first changes, to show.
    pub examples: Vec<(String, String, String)>,
}

impl Preview {
    pub fn changes(&self) -> usize {
        self.joiners + self.movers + self.leavers + self.rejoiners + self.updated
    }
}

/// What [`plan`] compares the file with.
pub struct Records {
    pub institution_id: i64,
    pub units: Vec<UnitRef>,
    /// (id, slug, name, retired).
    pub cadres: Vec<(i64, String, String, bool)>,
    pub people: Vec<KnownPerson>,
    /// Emails of people in other institutions, which the file may not
    /// take. Empty for a preview, which compares emails within the
    /// institution only (so it tells nothing about other institutions);
    /// filled by [`recheck`] once the database refused an apply.
    pub emails_elsewhere: Vec<String>,
}

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
    status: &'a str,
    unit: &'a str,
}

/// The institution's records, as [`plan`] and [`export`] read them
/// (nothing of other institutions).
pub async fn records(store: &dyn Store, institution_id: i64) -> Result<Records, tutela_app::store::StoreError> {
    Ok(Records {
        institution_id,
        units: store.institution_units(institution_id).await?,
        cadres: store.cadre_refs().await?,
        people: store.roster(institution_id).await?,
        emails_elsewhere: Vec::new(),
    })
}

/// Reads what [`plan`] needs and plans the import of `bytes`.
pub async fn preview(
    store: &dyn Store,
    institution_id: i64,
    bytes: &[u8],
    options: &RosterOptions,
) -> Result<Preview, tutela_app::store::StoreError> {
    Ok(plan(bytes, &records(store, institution_id).await?, options))
}

/// Plans `bytes` again after the database refused to apply them, now also
/// against the emails of other institutions: the rows the refusal was
/// about come back as errors ("cannot be used", not whose it is). A
/// refusal for any other reason gives a preview without errors.
pub async fn recheck(
    store: &dyn Store,
    institution_id: i64,
    bytes: &[u8],
    options: &RosterOptions,
) -> Result<Preview, tutela_app::store::StoreError> {
    let mut records = records(store, institution_id).await?;
    records.emails_elsewhere = store.emails_elsewhere(institution_id).await?;
    Ok(plan(bytes, &records, options))
}

/// How long a roster upload that is never applied is kept: long enough to
/// apply it after a weekend, short enough that forgotten staff lists do
/// not pile up. An applied upload loses its content at once.
pub const UPLOAD_KEPT: std::time::Duration = std::time::Duration::from_secs(7 * 24 * 60 * 60);

/// Deletes the roster uploads older than [`UPLOAD_KEPT`] at `now` (Unix
/// seconds); returns how many.
pub async fn forget_stale_uploads(store: &dyn Store, now: i64) -> Result<u64, tutela_app::store::StoreError> {
    store.forget_roster_uploads(now - UPLOAD_KEPT.as_secs() as i64).await
}

/// Runs [`forget_stale_uploads`] every `every`, the first time after one
/// interval (the server runs it once before it starts serving).
pub fn spawn_upload_sweep(store: tutela_app::store::SharedStore, every: std::time::Duration) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            sweep_logged(store.as_ref()).await;
        }
    });
}

/// [`forget_stale_uploads`] now, its outcome logged: a failed sweep is
/// tried again at the next one and must not stop the server.
pub async fn sweep_logged(store: &dyn Store) {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64);
    match forget_stale_uploads(store, now.unwrap_or_default()).await {
        Ok(0) => {}
        Ok(count) => tracing::info!(count, "roster uploads kept over 7 days deleted"),
        Err(err) => tracing::warn!(%err, "roster uploads could not be swept"),
    }
}

fn date_ok(text: &str) -> bool {
    time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).is_ok()
}

fn email_ok(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !text.contains(char::is_whitespace)
}

/// Plans the import of `bytes` against `records`. Pure.
pub fn plan(bytes: &[u8], records: &Records, options: &RosterOptions) -> Preview {
    let mut preview = Preview::default();
    let fail = |preview: &mut Preview, line: u64, message: String| preview.errors.push(RowError { line, message });

    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text.strip_prefix('\u{feff}').unwrap_or(text),
        Err(err) => {
            let line = bytes[..err.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64 + 1;
            fail(&mut preview, line, "the file is not UTF-8 text; save it as \"CSV UTF-8\"".into());
            return preview;
        }
    };
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).trim(csv::Trim::All).from_reader(text.as_bytes());

    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(err) => {
            fail(&mut preview, 1, format!("the header line cannot be read: {err}"));
            return preview;
        }
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let missing: Vec<&str> =
        REQUIRED.iter().map(|c| COLUMNS[*c as usize]).filter(|name| column(name).is_none()).collect();
    if !missing.is_empty() {
        fail(
            &mut preview,
            1,
            format!(
                "the header line lacks the column(s) {}; the columns are: {}",
                missing.join(", "),
                COLUMNS.join(", ")
            ),
        );
        return preview;
    }

    // Lookups.
    let unit_by_id: HashMap<i64, &UnitRef> = records.units.iter().map(|u| (u.id, u)).collect();
    let mut unit_by_key: HashMap<String, &UnitRef> = HashMap::new();
    for unit in &records.units {
        unit_by_key.insert(unit.code.to_lowercase(), unit);
        let mut codes = vec![unit.code.to_lowercase()];
        let mut parent = unit.parent_id;
        while let Some(id) = parent {
            let Some(up) = unit_by_id.get(&id) else { break };
            codes.push(up.code.to_lowercase());
            parent = up.parent_id;
        }
        codes.reverse();
        unit_by_key.insert(codes.join("/"), unit);
    }
    let cadre_by_key: HashMap<String, (i64, bool)> = records
        .cadres
        .iter()
        .flat_map(|(id, slug, name, retired)| {
            [(slug.to_lowercase(), (*id, *retired)), (name.to_lowercase(), (*id, *retired))]
        })
        .collect();
    let known: FastMap<&str, &KnownPerson> =
        records.people.iter().map(|p| (p.entry.staff_number.as_str(), p)).collect();
    // The owner of each email the file may not give to someone else: a
    // person of this institution, or (None) someone elsewhere.
    let email_owner: FastMap<&str, Option<i64>> = records
        .people
        .iter()
        .filter_map(|p| p.entry.email.as_deref().map(|email| (email, Some(p.id))))
        .chain(records.emails_elsewhere.iter().map(|email| (email.as_str(), None)))
        .collect();
    let in_scope = |unit_id: i64| match (&options.scopes, unit_by_id.get(&unit_id)) {
        (None, _) => true,
        (Some(scopes), Some(unit)) => scopes.iter().any(|s| unit.path.starts_with(s.as_str())),
        (Some(_), None) => false,
    };

    // Each row is read into one reused record and checked on borrowed text;
    // only the rows kept become owned entries (100,000 rows: see bench/).
    let index: Vec<Option<usize>> = COLUMNS.iter().map(|name| column(name)).collect();
    let mut seen_staff: FastMap<String, u64> = FastMap::default();
    let mut seen_email: FastMap<String, u64> = FastMap::default();
    let mut valid: Vec<(u64, RosterEntry)> = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line();
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                let line = err.position().map(|p| p.line()).unwrap_or(line);
                let message = match err.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        format!("the row has {len} fields; the header has {expected_len}")
                    }
                    _ => format!("the row cannot be read: {err}"),
                };
                fail(&mut preview, line, message);
                continue;
            }
        }
        let line = record.position().map(|p| p.line()).unwrap_or(line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        preview.rows += 1;
        // The reader trims every field; a cell the export protected from
        // spreadsheets gets its text back (see `csv_out`).
        let get =
            |name: Column| index[name as usize].and_then(|i| record.get(i)).map(crate::csv_out::restore).unwrap_or("");
        let present = |name: Column| index[name as usize].is_some();
        let mut problems = Vec::new();
        for name in REQUIRED {
            if get(name).is_empty() {
                problems.push(format!("`{}` is empty", COLUMNS[name as usize]));
            }
        }
        let staff_number = get(Column::StaffNumber);
        let on_record = known.get(staff_number).copied();
        if staff_number.contains('@') {
            // A login with `@` is an email: such a staff number could never sign in.
            problems.push(format!("staff number {staff_number} contains `@`; staff numbers cannot"));
        } else if !staff_number.is_empty() {
            if let Some(first) = seen_staff.get(staff_number) {
                problems.push(format!("staff number {staff_number} is also on line {first}"));
            } else {
                seen_staff.insert(staff_number.to_string(), line);
            }
        }
        let cadre = get(Column::Cadre);
        // Keys are lower case; most files write them so, and need no copy.
        let cadre_key = cadre_by_key.get(cadre).or_else(|| cadre_by_key.get(&cadre.to_lowercase()));
        let cadre_id = match cadre_key {
            Some((_, true)) => {
                problems.push(format!("cadre `{cadre}` is retired"));
                None
            }
            Some((id, false)) => Some(*id),
            None if cadre.is_empty() => None,
            None => {
                problems.push(format!("unknown cadre `{cadre}`"));
                None
            }
        };
        let unit = get(Column::Unit);
        let unit_key = unit.trim_matches('/');
        let unit_key = unit_by_key.get(unit_key).or_else(|| unit_by_key.get(unit_key.to_lowercase().as_str()));
        let unit_id = match unit_key {
            Some(found) if !in_scope(found.id) => {
                problems.push(format!("unit `{unit}` is outside the units you manage"));
                None
            }
            Some(found) => Some(found.id),
            None if unit.is_empty() => None,
            None => {
                problems.push(format!("unknown unit `{unit}` (give its code, or its path of codes like hq/north)"));
                None
            }
        };
        let hire_date = get(Column::HireDate);
        if !hire_date.is_empty() && !date_ok(hire_date) {
            problems.push(format!("hire_date `{hire_date}` is not a date written YYYY-MM-DD"));
        }
        // An optional column the file leaves out keeps what is on record.
        let status = match get(Column::Status) {
            _ if !present(Column::Status) => {
                if on_record.is_some_and(|p| p.entry.status == "left") {
                    "left"
                } else {
                    "active"
                }
            }
            "" => "active",
            word if word.eq_ignore_ascii_case("active") => "active",
            word if word.eq_ignore_ascii_case("left") => "left",
            other => {
                problems.push(format!("status `{}` must be `active` or `left`", other.to_lowercase()));
                "active"
            }
        };
        let left_on = if present(Column::LeftOn) {
            get(Column::LeftOn)
        } else {
            on_record.filter(|_| status == "left").and_then(|p| p.entry.left_on.as_deref()).unwrap_or("")
        };
        if present(Column::LeftOn) && !left_on.is_empty() && !date_ok(left_on) {
            problems.push(format!("left_on `{left_on}` is not a date written YYYY-MM-DD"));
        }
        if !left_on.is_empty() && status == "active" {
            problems.push("left_on is given but status is not `left`".into());
        }
        let email = if present(Column::Email) {
            get(Column::Email).to_lowercase()
        } else {
            on_record.and_then(|p| p.entry.email.clone()).unwrap_or_default()
        };
        if !email.is_empty() && present(Column::Email) {
            if !email_ok(&email) {
                problems.push(format!("email `{email}` is not an email address"));
            } else if let Some(first) = seen_email.get(&email) {
                problems.push(format!("email {email} is also on line {first}"));
            } else {
                seen_email.insert(email.clone(), line);
                match email_owner.get(email.as_str()) {
                    Some(None) => problems.push(format!(
                        "email {email} cannot be used in Tutela: give another address, or leave the cell empty"
                    )),
                    Some(Some(owner)) if Some(*owner) != on_record.map(|p| p.id) => {
                        problems.push(format!("email {email} belongs to someone else"))
                    }
                    _ => {}
                }
            }
        }
        if let Some(person) = on_record
            && !in_scope(person.entry.unit_id)
        {
            problems.push(format!("staff number {staff_number} is in a unit you do not manage"));
        }
        if !problems.is_empty() {
            fail(&mut preview, line, problems.join("; "));
            continue;
        }
        let (Some(cadre_id), Some(unit_id)) = (cadre_id, unit_id) else { continue };
        let left_on =
            (status == "left").then(|| if left_on.is_empty() { options.as_of.clone() } else { left_on.to_string() });
        valid.push((
            line,
            RosterEntry {
                staff_number: staff_number.to_string(),
                given_name: get(Column::GivenName).to_string(),
                family_name: get(Column::FamilyName).to_string(),
                email: (!email.is_empty()).then_some(email),
                cadre_id,
                unit_id,
                hire_date: hire_date.to_string(),
                status: status.into(),
                left_on,
            },
        ));
    }
    if preview.rows == 0 && preview.errors.is_empty() {
        fail(&mut preview, 2, "the file has no rows under its header".into());
    }

    let unit_name = |id: i64| unit_by_id.get(&id).map(|u| u.name.as_str()).unwrap_or_default();
    let cadre_name = |id: i64| records.cadres.iter().find(|c| c.0 == id).map(|c| c.2.as_str()).unwrap_or_default();
    let mut changes = Vec::new();
    // Everyone the file names, rows in error included (they are not absent).
    let listed = &seen_staff;
    for (line, entry) in valid {
        match known.get(entry.staff_number.as_str()) {
            None => {
                preview.joiners += 1;
                let changes_json = serde_json::to_string(&Joined {
                    cadre: cadre_name(entry.cadre_id),
                    email: entry.email.as_deref(),
                    family_name: &entry.family_name,
                    given_name: &entry.given_name,
                    hire_date: &entry.hire_date,
                    left_on: entry.left_on.as_deref(),
                    staff_number: &entry.staff_number,
                    status: &entry.status,
                    unit: unit_name(entry.unit_id),
                })
                .unwrap_or_default();
                changes.push(RosterChange {
                    person_id: None,
                    new_placement: true,
                    placement_from: entry.hire_date.clone(),
                    changes_json,
                    action: "person.join",
                    entry,
                });
            }
            Some(person) => {
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
                note("cadre", json!(cadre_name(old.cadre_id)), json!(cadre_name(entry.cadre_id)));
                note("unit", json!(unit_name(old.unit_id)), json!(unit_name(entry.unit_id)));
                note("status", json!(old.status), json!(entry.status));
                // A leaver already recorded keeps the date on record unless the file gives another.
                let mut entry = entry;
                if old.status == "left"
                    && entry.status == "left"
                    && entry.left_on.as_deref() == Some(options.as_of.as_str())
                {
                    entry.left_on = old.left_on.clone();
                }
                note("left_on", json!(old.left_on), json!(entry.left_on));
                if diff.is_empty() {
                    preview.unchanged += 1;
                    continue;
                }
                if options.protected.contains(&person.id) {
                    fail(&mut preview, line, protected_message(&entry.staff_number));
                    continue;
                }
                let (action, from) = match (old.status.as_str(), entry.status.as_str()) {
                    ("active", "left") => {
                        preview.leavers += 1;
                        ("person.leave", entry.left_on.clone().unwrap_or_else(|| options.as_of.clone()))
                    }
                    ("left", "active") => {
                        preview.rejoiners += 1;
                        ("person.rejoin", options.as_of.clone())
                    }
                    _ if old.unit_id != entry.unit_id || old.cadre_id != entry.cadre_id => {
                        preview.movers += 1;
                        ("person.move", options.as_of.clone())
                    }
                    _ => {
                        preview.updated += 1;
                        ("person.update", String::new())
                    }
                };
                changes.push(RosterChange {
                    person_id: Some(person.id),
                    new_placement: action != "person.update",
                    placement_from: from,
                    changes_json: serde_json::to_string(&diff).unwrap_or_default(),
                    action,
                    entry,
                });
            }
        }
    }
    if options.complete {
        for person in &records.people {
            if person.entry.status == "active"
                && in_scope(person.entry.unit_id)
                && !listed.contains_key(person.entry.staff_number.as_str())
            {
                if options.protected.contains(&person.id) {
                    let message = format!(
                        "{}; this complete roster leaves them out, which would mark them as left",
                        protected_message(&person.entry.staff_number)
                    );
                    fail(&mut preview, 1, message);
                    continue;
                }
                preview.leavers += 1;
                let mut entry = person.entry.clone();
                entry.status = "left".into();
                entry.left_on = Some(options.as_of.clone());
                changes.push(RosterChange {
                    person_id: Some(person.id),
                    entry,
                    new_placement: true,
                    placement_from: options.as_of.clone(),
                    changes_json: json!({ "status": ["active", "left"], "left_on": [null, options.as_of],
                                          "reason": "absent from a complete roster" })
                    .to_string(),
                    action: "person.leave",
                });
            }
        }
    }
    preview.examples = changes
        .iter()
        .take(200)
        .map(|c| {
            let what = match c.action {
                "person.join" => "joins",
                "person.move" => "moves",
                "person.leave" => "leaves",
                "person.rejoin" => "rejoins",
                _ => "details change",
            };
            (c.entry.staff_number.clone(), what.to_string(), readable(c))
        })
        .collect();
    if preview.errors.is_empty() && !changes.is_empty() {
        let summary = json!({
            "file": options.file_name, "rows": preview.rows, "joiners": preview.joiners, "movers": preview.movers,
            "leavers": preview.leavers, "rejoiners": preview.rejoiners, "updated": preview.updated,
            "unchanged": preview.unchanged, "complete": options.complete, "as_of": options.as_of,
        });
        preview.plan =
            Some(RosterPlan { institution_id: records.institution_id, changes, summary_json: summary.to_string() });
    }
    preview
}

/// The institution's people as a CSV of the import's columns (the
/// importer's units only, when `scopes` is given), written by
/// [`CsvOut`](crate::csv_out::CsvOut), whose protection from spreadsheet
/// formulas the import undoes.
pub fn export(records: &Records, scopes: Option<&[String]>) -> Vec<u8> {
    let unit_by_id: HashMap<i64, &UnitRef> = records.units.iter().map(|u| (u.id, u)).collect();
    let mut writer = crate::csv_out::CsvOut::new();
    writer.row(COLUMNS);
    let mut people: Vec<&KnownPerson> = records
        .people
        .iter()
        .filter(|p| {
            scopes.is_none_or(|scopes| {
                unit_by_id.get(&p.entry.unit_id).is_some_and(|u| scopes.iter().any(|s| u.path.starts_with(s.as_str())))
            })
        })
        .collect();
    people.sort_by(|a, b| a.entry.staff_number.cmp(&b.entry.staff_number));
    for person in people {
        let e = &person.entry;
        let cadre = records.cadres.iter().find(|c| c.0 == e.cadre_id).map(|c| c.1.as_str()).unwrap_or_default();
        let unit = unit_by_id.get(&e.unit_id).map(|u| u.code.as_str()).unwrap_or_default();
        writer.row([
            e.staff_number.as_str(),
            e.given_name.as_str(),
            e.family_name.as_str(),
            e.email.as_deref().unwrap_or(""),
            cadre,
            unit,
            e.hire_date.as_str(),
            e.status.as_str(),
            e.left_on.as_deref().unwrap_or(""),
        ]);
    }
    writer.into_bytes()
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
    if change.action == "person.join" {
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
