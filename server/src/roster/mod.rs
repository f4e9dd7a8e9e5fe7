//! Roster import: HR's CSV of staff compared with the people on record.
//!
//! [`plan`] is pure: it reads the file, checks every row, and compares it
//! with the records, giving a [`Preview`] (counts, every row in error with
//! its line, and the [`RosterPlan`] to apply when there is no error).
//! [`preview`] gathers what `plan` needs from the store; applying the plan
//! is one transaction in the store. [`recheck`] explains an apply the
//! database refused. Columns and rules: `docs/roster.md`.

use tutela_app::ids::{CadreId, InstitutionId, PersonId, UnitId};
mod compare;
mod plan;

use std::collections::HashMap;

use tutela_app::i18n::{Arg, Locale, Msg, catalogue};
pub use tutela_app::model::RosterCounts;
use tutela_app::model::RosterExample;
use tutela_app::store::Store;
use tutela_app::store::{KnownPerson, RosterPlan, UnitRef};

pub use self::plan::plan;

/// The columns, in the order the export writes them. `email`, `status` and
/// `left_on` may be left out of a file: then the people already on record
/// keep what the record says.
pub const COLUMNS: [&str; 9] =
    ["staff_number", "given_name", "family_name", "email", "cadre", "unit", "hire_date", "status", "left_on"];
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
    pub protected: std::collections::HashSet<PersonId>,
}

/// The people of an institution whose record `viewer` may not change by
/// roster: those holding an active role that `viewer` does not administer
/// (for HR, anyone with a role). Nobody acts on an account more powerful
/// than their own, and marking someone as left or changing their email
/// (a login) is acting on it.
pub async fn protected_people(
    store: &dyn Store,
    institution_id: InstitutionId,
    viewer: &tutela_app::model::Viewer,
) -> Result<std::collections::HashSet<PersonId>, tutela_app::store::StoreError> {
    Ok(store
        .grants_in(institution_id)
        .await?
        .into_iter()
        .filter(|(_, grant)| !viewer.administers_grant(grant))
        .map(|(person, _)| person)
        .collect())
}

/// A row that cannot be imported, or a problem with the whole file (line 1).
/// Its words are the reader's: the preview page translates the message,
/// the command line prints it in English ([`RowError::english`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub message: Msg,
}

impl RowError {
    /// The message in English, as the command line prints it.
    pub fn english(&self) -> String {
        catalogue::translate(Locale::En, &self.message)
    }
}

/// Several messages as one, in the order given: "a; b; c"
/// (`roster-list`, so each language writes its own separator).
pub fn joined(messages: Vec<Msg>) -> Msg {
    let mut messages = messages.into_iter().rev();
    let last = messages.next().unwrap_or_else(|| Msg::verbatim(""));
    messages.fold(last, |rest, first| Msg::new("roster-list").arg("first", first).arg("rest", rest))
}

/// A line number in a message: written as the file's lines are counted,
/// without grouping (line 12345, not 12,345).
pub(crate) fn line_arg(line: u64) -> Arg {
    Arg::Text(line.to_string())
}

/// What an import would do.
#[derive(Clone, Debug, Default)]
pub struct Preview {
    pub counts: RosterCounts,
    pub errors: Vec<RowError>,
    /// Present only when there is no error and something to change.
    pub plan: Option<RosterPlan>,
    /// The first changes, to show.
    pub examples: Vec<RosterExample>,
}

/// What [`plan`] compares the file with.
pub struct Records {
    pub institution_id: InstitutionId,
    pub units: Vec<UnitRef>,
    /// (id, slug, name, retired).
    pub cadres: Vec<(CadreId, String, String, bool)>,
    pub people: Vec<KnownPerson>,
    /// Emails of people in other institutions, which the file may not
    /// take. Empty for a preview, which compares emails within the
    /// institution only (so it tells nothing about other institutions);
    /// filled by [`recheck`] once the database refused an apply.
    pub emails_elsewhere: Vec<String>,
}

/// The institution's records, as [`plan`] and [`export`] read them
/// (nothing of other institutions).
pub async fn records(
    store: &dyn Store,
    institution_id: InstitutionId,
) -> Result<Records, tutela_app::store::StoreError> {
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
    institution_id: InstitutionId,
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
    institution_id: InstitutionId,
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

/// Deletes the roster uploads, and the question banks uploaded in the
/// browser (`http::quiz_bank`), older than [`UPLOAD_KEPT`] at `now` (Unix
/// seconds); returns how many.
pub async fn forget_stale_uploads(store: &dyn Store, now: i64) -> Result<u64, tutela_app::store::StoreError> {
    let before = now - UPLOAD_KEPT.as_secs() as i64;
    Ok(store.forget_roster_uploads(before).await? + store.forget_bank_uploads(before).await?)
}

/// Runs [`forget_stale_uploads`] every `every`, the first time after one
/// interval (the server runs it once before it starts serving).
pub fn spawn_upload_sweep(
    store: tutela_app::store::SharedStore,
    every: std::time::Duration,
    clock: crate::clock::Clock,
) {
    tokio::spawn(async move {
        let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
        ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticker.tick().await;
            sweep_logged(store.as_ref(), &clock).await;
        }
    });
}

/// [`forget_stale_uploads`] now, its outcome logged: a failed sweep is
/// tried again at the next one and must not stop the server.
pub async fn sweep_logged(store: &dyn Store, clock: &crate::clock::Clock) {
    match forget_stale_uploads(store, clock.now()).await {
        Ok(0) => {}
        Ok(count) => tracing::info!(count, "uploads (rosters, question banks) kept over 7 days deleted"),
        Err(err) => tracing::warn!(error = &err as &dyn std::error::Error, "roster uploads could not be swept"),
    }
}

/// The institution's people as a CSV of the import's columns (the
/// importer's units only, when `scopes` is given), written by
/// [`CsvOut`](crate::csv_out::CsvOut), whose protection from spreadsheet
/// formulas the import undoes.
pub fn export(records: &Records, scopes: Option<&[String]>) -> Vec<u8> {
    let unit_by_id: HashMap<UnitId, &UnitRef> = records.units.iter().map(|u| (u.id, u)).collect();
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
