//! `tutela enrol` and `tutela transcript`: learning from the command line,
//! for operators and for moving records over from a previous system.

use clap::Args;
use tutela_app::ids::PersonId;
use tutela_app::model::PersonStatus;
use tutela_app::store::{Assignment, CandidateFilter, SharedStore, StoreError};

use super::DatabaseArgs;

#[derive(Debug, Args)]
pub struct EnrolArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The institution (its slug).
    #[arg(long)]
    pub institution: String,
    /// The course (its slug); its published version is assigned.
    #[arg(long)]
    pub course: String,
    /// The people, by staff number (repeat the option, or give several).
    #[arg(long = "staff-number", num_args = 1.., conflicts_with_all = ["unit", "cadre"],
          required_unless_present_all = ["unit", "cadre"])]
    pub staff_numbers: Vec<String>,
    /// Everyone active in this unit's subtree (its code), with --cadre.
    #[arg(long, requires = "cadre")]
    pub unit: Option<String>,
    /// ... in this cadre (its slug), with --unit.
    #[arg(long, requires = "unit")]
    pub cadre: Option<String>,
    /// The due date, YYYY-MM-DD.
    #[arg(long)]
    pub due: Option<String>,
}

#[derive(Debug, Args)]
pub struct TranscriptArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The institution (its slug).
    #[arg(long)]
    pub institution: String,
    /// The person's staff number.
    #[arg(long = "staff-number")]
    pub staff_number: String,
    /// Print CSV (formula-safe) instead of a table.
    #[arg(long)]
    pub csv: bool,
}

/// The institution named by slug, or a clear refusal.
async fn institution(store: &SharedStore, slug: &str) -> anyhow::Result<tutela_app::ids::InstitutionId> {
    store.institution_id(slug).await?.ok_or_else(|| anyhow::anyhow!("there is no institution `{slug}`"))
}

/// The people `args` name: by staff number (every one must exist), or the
/// active people of a unit's subtree in a cadre.
async fn people(store: &SharedStore, args: &EnrolArgs) -> anyhow::Result<Vec<PersonId>> {
    let institution_id = institution(store, &args.institution).await?;
    if let (Some(unit), Some(cadre)) = (&args.unit, &args.cadre) {
        let units = store.institution_units(institution_id).await?;
        let Some(unit) = units.into_iter().find(|u| &u.code == unit) else {
            anyhow::bail!("`{}` has no unit with the code `{unit}`", args.institution);
        };
        if !store.cadre_choices().await?.iter().any(|c| &c.value == cadre) {
            anyhow::bail!("there is no cadre `{cadre}`");
        }
        let filter = CandidateFilter {
            unit_path: Some(unit.path),
            cadre_slug: Some(cadre.clone()),
            status: Some(PersonStatus::Active),
            hired_after: None,
        };
        return Ok(store.candidate_ids(institution_id, None, &filter).await?);
    }
    let found = store.persons_by_staff_number(institution_id, &args.staff_numbers).await?;
    let unknown: Vec<&str> = found.iter().filter(|(_, id)| id.is_none()).map(|(n, _)| n.as_str()).collect();
    if !unknown.is_empty() {
        anyhow::bail!(
            "no person of `{}` has the staff number {}; nothing was changed",
            args.institution,
            unknown.join(", ")
        );
    }
    Ok(found.into_iter().filter_map(|(_, id)| id).collect())
}

/// `tutela enrol`: one transaction for everyone, one audit entry each.
pub async fn enrol(args: EnrolArgs, actor: &str) -> anyhow::Result<()> {
    if let Some(due) = &args.due
        && !crate::learning::is_date(due)
    {
        anyhow::bail!("--due must be a date written YYYY-MM-DD, not `{due}`");
    }
    let store = args.db.open_for_writing().await?;
    let persons = people(&store, &args).await?;
    let assignment = Assignment {
        institution: institution(&store, &args.institution).await?,
        course_slug: &args.course,
        persons: &persons,
        due_on: args.due.as_deref(),
        reason: None,
        assigned_by: None,
        actor,
    };
    let report = match store.assign(&assignment).await {
        Ok(report) => report,
        Err(err @ StoreError::Unavailable(_)) => return Err(err.into()),
        Err(refused) => anyhow::bail!("{}; nothing was changed", refused.message()),
    };
    println!("created: {}", report.created.len());
    println!("already enrolled: {}", report.already_open.len());
    println!("completed already: {}", report.completed.len());
    if !report.not_eligible.is_empty() {
        println!("not enrolled, not active: {}", report.not_eligible.len());
    }
    Ok(())
}

/// `tutela transcript`: a person's completed courses and CPD hours per year.
pub async fn transcript(args: TranscriptArgs) -> anyhow::Result<()> {
    let store = crate::db::open(&args.db.database).await?;
    let institution_id = institution(&store, &args.institution).await?;
    let found = store.persons_by_staff_number(institution_id, std::slice::from_ref(&args.staff_number)).await?;
    let Some(person) = found.into_iter().find_map(|(_, id)| id) else {
        anyhow::bail!("no person of `{}` has the staff number {}", args.institution, args.staff_number);
    };
    let entries = store.transcript(person).await?;
    if args.csv {
        let mut file = crate::csv_out::CsvOut::new();
        file.row(["course", "title", "version", "completed_on", "cpd_hours"]);
        for e in &entries {
            let (version, hours) = (e.version_no.to_string(), e.cpd_hours.to_string());
            file.row([e.course_slug.as_str(), e.course_title.as_str(), &version, e.completed_on.as_str(), &hours]);
        }
        use std::io::Write;
        std::io::stdout().write_all(&file.into_bytes())?;
        return Ok(());
    }
    if entries.is_empty() {
        println!("no course completed");
        return Ok(());
    }
    for e in &entries {
        println!("{}  v{:<3} {:>5} h  {}", e.completed_on, e.version_no, e.cpd_hours, e.course_title);
    }
    for year in crate::learning::cpd_years(&entries) {
        println!("CPD {}: {} h in {} course(s)", year.year, year.hours, year.courses);
    }
    Ok(())
}
