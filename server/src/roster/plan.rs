//! [`plan`]: a roster file compared with the records, in four steps that
//! each read as their rule: [`parse`] the header, [`validate`] every row
//! (here), then [`compare`] the valid rows with the people on record and,
//! for a complete roster, [`leavers`] (the active people it leaves out;
//! both in `compare.rs`). Pure: no storage, no clock (the date is
//! [`RosterOptions::as_of`]).

use std::collections::HashMap;
use tutela_app::ids::{CadreId, PersonId, UnitId};

use serde_json::json;
use tutela_app::i18n::Msg;
use tutela_app::model::PersonStatus;
use tutela_app::msg;
use tutela_app::store::{KnownPerson, RosterEntry, RosterPlan, UnitRef};

use super::compare::{compare, example, leavers};
use super::{COLUMNS, Preview, Records, RosterOptions, RowError, joined, line_arg};

fn date_ok(text: &str) -> bool {
    time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).is_ok()
}

fn email_ok(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !text.contains(char::is_whitespace)
}

pub(super) fn fail(preview: &mut Preview, line: u64, message: Msg) {
    preview.errors.push(RowError { line, message });
}

/// Plans the import of `bytes` against `records`. Pure.
pub fn plan(bytes: &[u8], records: &Records, options: &RosterOptions) -> Preview {
    let mut preview = Preview::default();
    let Some(text) = utf8(bytes, &mut preview) else { return preview };
    let Some(mut file) = parse(text, &mut preview) else { return preview };
    let lookups = Lookups::new(records, options);
    let mut seen = Seen::default();
    let valid = validate(&mut file, &lookups, options, &mut preview, &mut seen);
    if preview.counts.rows == 0 && preview.errors.is_empty() {
        fail(&mut preview, 2, msg!("roster-error-no-rows"));
    }
    let mut changes = compare(valid, &lookups, options, &mut preview);
    if options.complete {
        // Everyone the file names, rows in error included (they are not absent).
        changes.extend(leavers(records, &lookups, &seen.staff, options, &mut preview));
    }
    preview.examples = changes.iter().take(200).map(example).collect();
    if preview.errors.is_empty() && !changes.is_empty() {
        // The audit entry's changes: the counts, and the file's name and options.
        let mut summary = json!(preview.counts);
        summary["file"] = json!(options.file_name);
        summary["complete"] = json!(options.complete);
        summary["as_of"] = json!(options.as_of);
        preview.plan =
            Some(RosterPlan { institution_id: records.institution_id, changes, summary_json: summary.to_string() });
    }
    preview
}

/// The file's text without a byte-order mark, or the line where it stops
/// being UTF-8.
fn utf8<'b>(bytes: &'b [u8], preview: &mut Preview) -> Option<&'b str> {
    match std::str::from_utf8(bytes) {
        Ok(text) => Some(text.strip_prefix('\u{feff}').unwrap_or(text)),
        Err(err) => {
            let line = bytes[..err.valid_up_to()].iter().filter(|b| **b == b'\n').count() as u64 + 1;
            fail(preview, line, msg!("roster-error-not-utf8"));
            None
        }
    }
}

/// A file whose header names every required column, ready to read rows.
struct File<'t> {
    reader: csv::Reader<&'t [u8]>,
    /// Where each of [`COLUMNS`] is in the file, if it is.
    index: Vec<Option<usize>>,
}

/// Reads the header (`;` or `,`, whichever the first line has more of).
fn parse<'t>(text: &'t str, preview: &mut Preview) -> Option<File<'t>> {
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.matches(';').count() > first_line.matches(',').count() { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).trim(csv::Trim::All).from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(headers) => headers.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(err) => {
            fail(preview, 1, msg!("roster-error-header-unreadable", error = err.to_string()));
            return None;
        }
    };
    let column = |name: &str| headers.iter().position(|h| h == name);
    let missing: Vec<&str> =
        REQUIRED.iter().map(|c| COLUMNS[*c as usize]).filter(|name| column(name).is_none()).collect();
    if !missing.is_empty() {
        let message = msg!(
            "roster-error-missing-columns",
            count = missing.len(),
            missing = missing.join(", "),
            columns = COLUMNS.join(", "),
        );
        fail(preview, 1, message);
        return None;
    }
    let index = COLUMNS.iter().map(|name| column(name)).collect();
    Some(File { reader, index })
}

/// The records, keyed as a file names them.
pub(super) struct Lookups<'a> {
    pub(super) records: &'a Records,
    pub(super) scopes: Option<&'a [String]>,
    pub(super) unit_by_id: HashMap<UnitId, &'a UnitRef>,
    /// By code and by path of codes (`hq/north`), lower case.
    pub(super) unit_by_key: HashMap<String, &'a UnitRef>,
    /// By slug and by name, lower case: (id, retired).
    pub(super) cadre_by_key: HashMap<String, (CadreId, bool)>,
    pub(super) known: FastMap<&'a str, &'a KnownPerson>,
    /// The owner of each email the file may not give to someone else: a
    /// person of this institution, or (None) someone elsewhere.
    pub(super) email_owner: FastMap<&'a str, Option<PersonId>>,
}

impl<'a> Lookups<'a> {
    fn new(records: &'a Records, options: &'a RosterOptions) -> Self {
        let unit_by_id: HashMap<UnitId, &UnitRef> = records.units.iter().map(|u| (u.id, u)).collect();
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
        let cadre_by_key = records
            .cadres
            .iter()
            .flat_map(|(id, slug, name, retired)| {
                [(slug.to_lowercase(), (*id, *retired)), (name.to_lowercase(), (*id, *retired))]
            })
            .collect();
        let known = records.people.iter().map(|p| (p.entry.staff_number.as_str(), p)).collect();
        let email_owner = records
            .people
            .iter()
            .filter_map(|p| p.entry.email.as_deref().map(|email| (email, Some(p.id))))
            .chain(records.emails_elsewhere.iter().map(|email| (email.as_str(), None)))
            .collect();
        let scopes = options.scopes.as_deref();
        Lookups { records, scopes, unit_by_id, unit_by_key, cadre_by_key, known, email_owner }
    }

    /// Whether the importer manages the unit `unit_id`.
    pub(super) fn in_scope(&self, unit_id: UnitId) -> bool {
        match (self.scopes, self.unit_by_id.get(&unit_id)) {
            (None, _) => true,
            (Some(scopes), Some(unit)) => scopes.iter().any(|s| unit.path.starts_with(s.as_str())),
            (Some(_), None) => false,
        }
    }

    pub(super) fn unit_name(&self, id: UnitId) -> &'a str {
        self.unit_by_id.get(&id).map(|u| u.name.as_str()).unwrap_or_default()
    }

    pub(super) fn cadre_name(&self, id: CadreId) -> &'a str {
        self.records.cadres.iter().find(|c| c.0 == id).map(|c| c.2.as_str()).unwrap_or_default()
    }
}

/// The staff numbers and emails met so far, with their first line.
#[derive(Default)]
struct Seen {
    staff: FastMap<String, u64>,
    email: FastMap<String, u64>,
}

/// One row, read into a reused record; cells are borrowed.
struct Row<'r> {
    record: &'r csv::StringRecord,
    index: &'r [Option<usize>],
}

impl<'r> Row<'r> {
    /// The cell of `column` ("" if absent). The reader trims every field;
    /// a cell the export protected from spreadsheets gets its text back
    /// (see `csv_out`).
    fn get(&self, column: Column) -> &'r str {
        self.index[column as usize].and_then(|i| self.record.get(i)).map(crate::csv_out::restore).unwrap_or("")
    }

    fn present(&self, column: Column) -> bool {
        self.index[column as usize].is_some()
    }
}

/// Checks every row; the rows without a problem become entries (with
/// their line), the others errors. Counts the rows.
fn validate(
    file: &mut File<'_>,
    lookups: &Lookups<'_>,
    options: &RosterOptions,
    preview: &mut Preview,
    seen: &mut Seen,
) -> Vec<(u64, RosterEntry)> {
    // Each row is read into one reused record and checked on borrowed text;
    // only the rows kept become owned entries (100,000 rows: see bench/).
    let mut valid = Vec::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = file.reader.position().line();
        match file.reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(err) => {
                let line = err.position().map(|p| p.line()).unwrap_or(line);
                let message = match err.kind() {
                    csv::ErrorKind::UnequalLengths { expected_len, len, .. } => {
                        let count = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
                        msg!("roster-error-field-count", fields = count(*len), expected = count(*expected_len))
                    }
                    _ => msg!("roster-error-row-unreadable", error = err.to_string()),
                };
                fail(preview, line, message);
                continue;
            }
        }
        let line = record.position().map(|p| p.line()).unwrap_or(line);
        if record.iter().all(str::is_empty) {
            continue;
        }
        preview.counts.rows += 1;
        let row = Row { record: &record, index: &file.index };
        match check(&row, line, lookups, options, seen) {
            Ok(Some(entry)) => valid.push((line, entry)),
            Ok(None) => {}
            Err(problems) => fail(preview, line, joined(problems)),
        }
    }
    valid
}

/// One row's entry, or its problems (None: a required cell is empty and
/// said so already).
fn check(
    row: &Row<'_>,
    line: u64,
    lookups: &Lookups<'_>,
    options: &RosterOptions,
    seen: &mut Seen,
) -> Result<Option<RosterEntry>, Vec<Msg>> {
    let mut problems = Vec::new();
    for name in REQUIRED {
        if row.get(name).is_empty() {
            problems.push(msg!("roster-error-empty", column = COLUMNS[name as usize]));
        }
    }
    let staff_number = row.get(Column::StaffNumber);
    let on_record = lookups.known.get(staff_number).copied();
    if staff_number.contains('@') {
        // A login with `@` is an email: such a staff number could never sign in.
        problems.push(msg!("roster-error-staff-number-at", staff_number = staff_number));
    } else if !staff_number.is_empty() {
        if let Some(first) = seen.staff.get(staff_number) {
            problems.push(msg!(
                "roster-error-staff-number-twice",
                staff_number = staff_number,
                line = line_arg(*first)
            ));
        } else {
            seen.staff.insert(staff_number.to_string(), line);
        }
    }
    let cadre_id = cadre(row.get(Column::Cadre), lookups, &mut problems);
    let unit_id = unit(row.get(Column::Unit), lookups, &mut problems);
    let hire_date = row.get(Column::HireDate);
    if !hire_date.is_empty() && !date_ok(hire_date) {
        problems.push(msg!("roster-error-hire-date", value = hire_date));
    }
    let (status, left_on) = status(row, on_record, &mut problems);
    let email = email(row, line, on_record, lookups, seen, &mut problems);
    if let Some(person) = on_record
        && !lookups.in_scope(person.entry.unit_id)
    {
        problems.push(msg!("roster-error-person-out-of-scope", staff_number = staff_number));
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let (Some(cadre_id), Some(unit_id)) = (cadre_id, unit_id) else { return Ok(None) };
    let left_on = (status == PersonStatus::Left)
        .then(|| if left_on.is_empty() { options.as_of.clone() } else { left_on.to_string() });
    Ok(Some(RosterEntry {
        staff_number: staff_number.to_string(),
        given_name: row.get(Column::GivenName).to_string(),
        family_name: row.get(Column::FamilyName).to_string(),
        email: (!email.is_empty()).then_some(email),
        cadre_id,
        unit_id,
        hire_date: hire_date.to_string(),
        status,
        left_on,
    }))
}

/// The cadre a cell names (by slug or name), if known and not retired.
fn cadre(cadre: &str, lookups: &Lookups<'_>, problems: &mut Vec<Msg>) -> Option<CadreId> {
    // Keys are lower case; most files write them so, and need no copy.
    let found = lookups.cadre_by_key.get(cadre).or_else(|| lookups.cadre_by_key.get(&cadre.to_lowercase()));
    match found {
        Some((_, true)) => {
            problems.push(msg!("roster-error-cadre-retired", cadre = cadre));
            None
        }
        Some((id, false)) => Some(*id),
        None if cadre.is_empty() => None,
        None => {
            problems.push(msg!("roster-error-cadre-unknown", cadre = cadre));
            None
        }
    }
}

/// The unit a cell names (by code or path of codes), if the importer manages it.
fn unit(unit: &str, lookups: &Lookups<'_>, problems: &mut Vec<Msg>) -> Option<UnitId> {
    let key = unit.trim_matches('/');
    let found = lookups.unit_by_key.get(key).or_else(|| lookups.unit_by_key.get(key.to_lowercase().as_str()));
    match found {
        Some(found) if !lookups.in_scope(found.id) => {
            problems.push(msg!("roster-error-unit-out-of-scope", unit = unit));
            None
        }
        Some(found) => Some(found.id),
        None if unit.is_empty() => None,
        None => {
            problems.push(msg!("roster-error-unit-unknown", unit = unit));
            None
        }
    }
}

/// The row's status and date of leaving. An optional column the file
/// leaves out keeps what is on record; the column's words are the stored
/// ones, in any case.
fn status<'r>(row: &Row<'r>, on_record: Option<&'r KnownPerson>, problems: &mut Vec<Msg>) -> (PersonStatus, &'r str) {
    let status = match row.get(Column::Status) {
        _ if !row.present(Column::Status) => on_record.map_or(PersonStatus::Active, |p| p.entry.status),
        "" => PersonStatus::Active,
        word => match PersonStatus::ALL.into_iter().find(|status| word.eq_ignore_ascii_case(status.as_str())) {
            Some(status) => status,
            None => {
                problems.push(msg!("roster-error-status", status = word.to_lowercase()));
                PersonStatus::Active
            }
        },
    };
    let left_on = if row.present(Column::LeftOn) {
        row.get(Column::LeftOn)
    } else {
        on_record.filter(|_| status == PersonStatus::Left).and_then(|p| p.entry.left_on.as_deref()).unwrap_or("")
    };
    if row.present(Column::LeftOn) && !left_on.is_empty() && !date_ok(left_on) {
        problems.push(msg!("roster-error-left-on", value = left_on));
    }
    if !left_on.is_empty() && status == PersonStatus::Active {
        problems.push(msg!("roster-error-left-on-active"));
    }
    (status, left_on)
}

/// The row's email (lower case; left out: the one on record), unless
/// another row or another person has it.
fn email(
    row: &Row<'_>,
    line: u64,
    on_record: Option<&KnownPerson>,
    lookups: &Lookups<'_>,
    seen: &mut Seen,
    problems: &mut Vec<Msg>,
) -> String {
    if !row.present(Column::Email) {
        return on_record.and_then(|p| p.entry.email.clone()).unwrap_or_default();
    }
    let email = row.get(Column::Email).to_lowercase();
    if email.is_empty() {
        return email;
    }
    if !email_ok(&email) {
        problems.push(msg!("roster-error-email-invalid", email = &email));
    } else if let Some(first) = seen.email.get(&email) {
        problems.push(msg!("roster-error-email-twice", email = &email, line = line_arg(*first)));
    } else {
        seen.email.insert(email.clone(), line);
        match lookups.email_owner.get(email.as_str()) {
            Some(None) => problems.push(msg!("roster-error-email-elsewhere", email = &email)),
            Some(Some(owner)) if Some(*owner) != on_record.map(|p| p.id) => {
                problems.push(msg!("roster-error-email-taken", email = &email))
            }
            _ => {}
        }
    }
    email
}

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
pub(super) type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
