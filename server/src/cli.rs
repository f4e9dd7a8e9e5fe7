//! The `tutela` command line. Every option can also come from an
//! environment variable (`TUTELA_DATABASE`, `TUTELA_LISTEN`, ...).

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use tutela_app::store::DemoOutcome;

mod learning;
mod quiz;

#[derive(Debug, Parser)]
#[command(name = "tutela", version, about = "Tutela: training and certification for the people who protect children.")]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the web application (migrates the database first).
    Serve(ServeArgs),
    /// Import the curriculum from a content folder; prints what was added, changed and unchanged.
    Import(ImportArgs),
    /// Create the demo institution and its units (does nothing if present).
    Demo(DatabaseArgs),
    /// Work with the audit log.
    #[command(subcommand)]
    Audit(AuditCommand),
    /// Administrators and accounts, from the command line.
    #[command(subcommand)]
    Admin(AdminCommand),
    /// HR's staff roster, as CSV (columns: see docs/roster.md).
    #[command(subcommand)]
    Roster(RosterCommand),
    /// Assign a course to people (by staff number, or a unit's active
    /// people of a cadre); prints how many were enrolled, were enrolled
    /// already or had completed it.
    Enrol(learning::EnrolArgs),
    /// Print a person's transcript: completed courses and CPD hours per year.
    Transcript(learning::TranscriptArgs),
    /// A course's quiz, from the command line.
    #[command(subcommand)]
    Quiz(quiz::QuizCommand),
}

#[derive(Debug, Subcommand)]
pub enum RosterCommand {
    /// Compare a roster CSV with the records and print what would change and
    /// every row in error; with --apply, make the changes (all or nothing).
    Import(RosterImportArgs),
    /// Print the institution's people as a roster CSV.
    Export(RosterExportArgs),
}

#[derive(Debug, Args)]
pub struct RosterImportArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The CSV file (UTF-8, with or without BOM; comma or semicolon).
    pub file: PathBuf,
    /// The institution (its slug).
    #[arg(long)]
    pub institution: String,
    /// The file lists everyone: active people missing from it have left.
    #[arg(long)]
    pub complete: bool,
    /// When moves and departures without a date take effect (YYYY-MM-DD; default today).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Make the changes (without it, only the preview is printed).
    #[arg(long)]
    pub apply: bool,
}

#[derive(Debug, Args)]
pub struct RosterExportArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The institution (its slug).
    #[arg(long)]
    pub institution: String,
}

#[derive(Debug, Subcommand)]
pub enum AdminCommand {
    /// Create a person with an administrator account for the whole
    /// deployment, and print a one-time link that sets its password.
    Create(AdminCreateArgs),
    /// Print a new one-time link that sets (or resets) an account's password.
    Invite(AccountArgs),
    /// Unlock an account locked after failed sign-in attempts.
    Unlock(AccountArgs),
}

#[derive(Debug, Args)]
pub struct AdminCreateArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The institution the person belongs to (its slug).
    #[arg(long)]
    pub institution: String,
    /// The unit the person works in (its code).
    #[arg(long)]
    pub unit: String,
    /// The person's cadre (its slug).
    #[arg(long)]
    pub cadre: String,
    #[arg(long)]
    pub staff_number: String,
    #[arg(long)]
    pub given_name: String,
    #[arg(long)]
    pub family_name: String,
    #[arg(long)]
    pub email: Option<String>,
    /// The date the person was hired, YYYY-MM-DD.
    #[arg(long)]
    pub hire_date: String,
    #[command(flatten)]
    pub site: SiteArgs,
}

impl AccountArgs {
    /// The database, open for writing, and the account the arguments name.
    async fn open_account(&self) -> anyhow::Result<(tutela_app::store::SharedStore, tutela_app::ids::AccountId)> {
        let store = self.db.open_for_writing().await?;
        let Some(account) = store.account_by_login(&self.institution, &self.login).await? else {
            anyhow::bail!("no account in `{}` has the staff number or email `{}`", self.institution, self.login);
        };
        Ok((store, account))
    }
}

#[derive(Debug, Args)]
pub struct AccountArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The institution of the account (its slug).
    #[arg(long)]
    pub institution: String,
    /// The person's staff number or email.
    #[arg(long)]
    pub login: String,
    #[command(flatten)]
    pub site: SiteArgs,
}

#[derive(Debug, Args)]
pub struct SiteArgs {
    /// The address people use to reach Tutela, for the links printed.
    #[arg(long, env = "TUTELA_SITE_URL", default_value = "http://127.0.0.1:3000")]
    pub site_url: String,
}

/// Who the audit log names for command-line changes.
fn cli_actor() -> String {
    let user = std::env::var("USER").or_else(|_| std::env::var("USERNAME")).unwrap_or_else(|_| "unknown".into());
    format!("command line: {user}")
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check that no audit entry was altered or removed; exits with status 1
    /// and names the first broken entry if one was.
    Verify(VerifyArgs),
    /// Check the log, then print its last entry as SEQ:HASH: a checkpoint
    /// to keep outside the database for `audit verify --expect-head`.
    Head(DatabaseArgs),
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// A checkpoint printed earlier by `tutela audit head` (SEQ:HASH): the
    /// log must still hold entry SEQ with that hash.
    #[arg(long, value_name = "SEQ:HASH")]
    pub expect_head: Option<crate::audit::Checkpoint>,
}

#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// The database: `sqlite://FILE` (created if absent) or `postgres://USER@HOST/DB`.
    #[arg(long, env = "TUTELA_DATABASE", default_value = "sqlite://tutela.db")]
    pub database: String,
    /// A file holding the deployment's audit key (at least 32 bytes): audit
    /// entries are chained with HMAC-SHA-256 under it. Once a log is keyed,
    /// changes and checks of it need the key.
    #[arg(long, env = "TUTELA_AUDIT_KEY", value_name = "FILE")]
    pub audit_key: Option<PathBuf>,
}

impl DatabaseArgs {
    /// The audit key in the file `--audit-key` names, if one does.
    pub fn audit_key(&self) -> anyhow::Result<Option<crate::audit::AuditKey>> {
        self.audit_key.as_deref().map(crate::audit::AuditKey::read).transpose()
    }

    /// Opens the database to change it: audit entries are chained with
    /// the audit key, which must fit the log (`db::open_with`).
    pub async fn open_for_writing(&self) -> anyhow::Result<tutela_app::store::SharedStore> {
        let options = crate::db::StoreOptions { audit_key: self.audit_key()?, ..Default::default() };
        crate::db::open_with(&self.database, options).await
    }
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// Address and port to listen on.
    #[arg(long, env = "TUTELA_LISTEN", default_value = "127.0.0.1:3000")]
    pub listen: String,
    /// Folder that holds `pkg/`, the browser bundle built by `cargo xtask`.
    #[arg(long, env = "TUTELA_SITE_ROOT", default_value = "target/site")]
    pub site_root: PathBuf,
    /// Seconds between checks for newly published content.
    #[arg(long, env = "TUTELA_CONTENT_POLL", default_value_t = 2)]
    pub content_poll: u64,
    /// Minutes without a request after which a session ends.
    #[arg(long, env = "TUTELA_SESSION_IDLE_MINUTES", default_value_t = 30)]
    pub session_idle_minutes: u64,
    /// Hours after sign-in at which a session ends in any case.
    #[arg(long, env = "TUTELA_SESSION_HOURS", default_value_t = 12)]
    pub session_hours: u64,
    /// Sign-in attempts allowed per client address per minute.
    #[arg(long, env = "TUTELA_SIGN_IN_LIMIT", default_value_t = 10)]
    pub sign_in_limit: u32,
    /// The address people use to reach Tutela, such as https://tutela.example.org:
    /// links in activation and reset messages are built on it, forms are accepted
    /// only from it, and over https cookies take the `__Host-` prefix and
    /// responses carry HSTS. Without it, each request's `Host` is used.
    #[arg(long, env = "TUTELA_SITE_URL")]
    pub site_url: Option<String>,
    /// Proxies in front of Tutela (addresses or CIDR ranges, such as 10.0.0.0/8;
    /// repeat, or separate with commas) whose `X-Forwarded-For` header names the
    /// client. Without it, the client is the address that connects.
    #[arg(long = "trusted-proxy", env = "TUTELA_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<String>,
    /// Days the security log keeps sign-in attempts.
    #[arg(long, env = "TUTELA_SECURITY_LOG_DAYS", default_value_t = 90)]
    pub security_log_days: i64,
    /// Minutes between deletions of roster uploads kept more than 7 days.
    #[arg(long, env = "TUTELA_UPLOAD_SWEEP_MINUTES", default_value_t = 60)]
    pub upload_sweep_minutes: u64,
}

/// `--trusted-proxy` values: CIDR ranges, or single addresses.
fn trusted_proxies(values: &[String]) -> anyhow::Result<Vec<ipnet::IpNet>> {
    values
        .iter()
        .map(|value| value.trim())
        .filter(|value| !value.is_empty())
        .map(|value| {
            value
                .parse::<ipnet::IpNet>()
                .or_else(|_| value.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
                .map_err(|_| anyhow::anyhow!("--trusted-proxy `{value}` is neither an address nor a CIDR range"))
        })
        .collect()
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The content folder: one sub-folder per course, each with a course.toml.
    pub dir: PathBuf,
}

pub async fn execute(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Serve(args) => {
            let audit_key = args.db.audit_key()?;
            let listener = tokio::net::TcpListener::bind(&args.listen)
                .await
                .with_context(|| format!("cannot listen on {}", args.listen))?;
            let config = crate::Config {
                database: args.db.database,
                site_root: args.site_root,
                content_poll: Duration::from_secs(args.content_poll.max(1)),
                upload_sweep: Duration::from_secs(args.upload_sweep_minutes.max(1) * 60),
                auth: crate::auth::AuthConfig {
                    idle_timeout: Duration::from_secs(args.session_idle_minutes.max(1) * 60),
                    absolute_timeout: Duration::from_secs(args.session_hours.max(1) * 3600),
                    attempts_per_minute: args.sign_in_limit.max(1),
                    trusted_proxies: trusted_proxies(&args.trusted_proxies)?,
                    site_url: args
                        .site_url
                        .as_deref()
                        .map(crate::auth::SiteUrl::parse)
                        .transpose()
                        .map_err(|err| anyhow::anyhow!("--site-url: {err}"))?,
                    security_log_days: args.security_log_days.max(1),
                    ..crate::auth::AuthConfig::default()
                },
                audit_key,
                cache: Default::default(),
                pseudo_locale: false,
            };
            crate::run(config, listener, shutdown_signal()).await
        }
        Command::Import(args) => {
            let store = args.db.open_for_writing().await?;
            let report = crate::content::import(store.as_ref(), &args.dir).await?;
            print!("{report}");
            Ok(())
        }
        Command::Demo(args) => {
            let store = args.open_for_writing().await?;
            match crate::demo::ensure(store.as_ref()).await? {
                DemoOutcome::Created => println!("demo institution created"),
                DemoOutcome::AlreadyPresent => println!("demo institution already present"),
            }
            if let Some(password) = crate::demo::ensure_people(store.as_ref()).await? {
                println!("demo people created; the demo administrator signs in with");
                println!("    staff number: {}", crate::demo::DEMO_ADMIN);
                println!("    password:     {password}");
                println!("(shown only this once; change it under Your account)");
            }
            Ok(())
        }
        Command::Admin(command) => admin(command).await,
        Command::Roster(command) => roster(command).await,
        Command::Enrol(args) => learning::enrol(args, &cli_actor()).await,
        Command::Transcript(args) => learning::transcript(args).await,
        Command::Quiz(command) => quiz::run(command).await,
        Command::Audit(command) => audit(command).await,
    }
}

/// `tutela audit verify` and `tutela audit head`. Both only read: the
/// database is opened without checks, so a keyed log without its key is
/// reported by the verdict rather than refused.
async fn audit(command: AuditCommand) -> anyhow::Result<()> {
    use crate::audit::{Verdict, verify_with};
    match command {
        AuditCommand::Verify(args) => {
            let key = args.db.audit_key()?;
            let store = crate::db::open(&args.db.database).await?;
            match verify_with(store.as_ref(), key.as_ref(), args.expect_head.as_ref()).await? {
                verdict @ Verdict::Intact { .. } => {
                    println!("{verdict}");
                    if let Some(checkpoint) = args.expect_head {
                        println!("it still holds entry {} as the checkpoint {checkpoint} noted", checkpoint.seq);
                    }
                    Ok(())
                }
                verdict => anyhow::bail!("{verdict}"),
            }
        }
        AuditCommand::Head(args) => {
            let key = args.audit_key()?;
            let store = crate::db::open(&args.database).await?;
            // A checkpoint of a log already broken would vouch for it.
            let verdict = verify_with(store.as_ref(), key.as_ref(), None).await?;
            let Some(checkpoint) = verdict.checkpoint() else {
                match verdict {
                    Verdict::Intact { .. } => {
                        anyhow::bail!("the audit log is empty: there is no entry to note down yet")
                    }
                    verdict => anyhow::bail!("{verdict}"),
                }
            };
            // Only the checkpoint on stdout, so that it can be written to a file as is.
            println!("{checkpoint}");
            eprintln!(
                "{verdict}; keep the line above outside the database, and check against it with `tutela audit verify --expect-head`"
            );
            Ok(())
        }
    }
}

async fn admin(command: AdminCommand) -> anyhow::Result<()> {
    use tutela_app::store::{InvitationPurpose, NewPerson, Role};
    let actor = cli_actor();
    match command {
        AdminCommand::Create(args) => {
            let store = args.db.open_for_writing().await?;
            if !valid_date(&args.hire_date) {
                anyhow::bail!("--hire-date must be a date written YYYY-MM-DD, such as 2024-03-01");
            }
            let person = NewPerson {
                institution_slug: args.institution,
                staff_number: args.staff_number.trim().to_string(),
                given_name: args.given_name.trim().to_string(),
                family_name: args.family_name.trim().to_string(),
                email: args.email.filter(|e| !e.trim().is_empty()),
                cadre_slug: args.cadre,
                unit_code: args.unit,
                hire_date: args.hire_date,
            };
            let person_id = store.create_person(&person, &actor).await?;
            let account = store.create_account(person_id, None, &actor).await?;
            store.grant_role(account, Role::Admin, None, &actor).await?;
            let (token, _) = crate::auth::invite(
                store.as_ref(),
                account,
                InvitationPurpose::Activate,
                &actor,
                crate::clock::Clock::system().now(),
            )
            .await?;
            println!("administrator {} created; to set the password, open within 7 days:", person.staff_number);
            println!("    {}", crate::auth::invitation_link(&args.site.site_url, &token));
            Ok(())
        }
        AdminCommand::Invite(args) => {
            let (store, account) = args.open_account().await?;
            let purpose = match store.password_hash(account).await? {
                Some(_) => InvitationPurpose::Reset,
                None => InvitationPurpose::Activate,
            };
            let (token, _) =
                crate::auth::invite(store.as_ref(), account, purpose, &actor, crate::clock::Clock::system().now())
                    .await?;
            let days = if purpose == InvitationPurpose::Reset { 2 } else { 7 };
            println!("to set the password, open within {days} days (earlier links no longer work):");
            println!("    {}", crate::auth::invitation_link(&args.site.site_url, &token));
            Ok(())
        }
        AdminCommand::Unlock(args) => {
            let (store, account) = args.open_account().await?;
            store.unlock_account(account, &actor).await?;
            println!("account unlocked");
            Ok(())
        }
    }
}

/// Today's date, YYYY-MM-DD (UTC).
pub fn today() -> String {
    crate::clock::Clock::system().today()
}

async fn roster(command: RosterCommand) -> anyhow::Result<()> {
    match command {
        RosterCommand::Import(args) => {
            let store = args.db.open_for_writing().await?;
            let Some(institution_id) = store.institution_id(&args.institution).await? else {
                anyhow::bail!("there is no institution `{}`", args.institution);
            };
            let as_of = args.as_of.unwrap_or_else(today);
            if !valid_date(&as_of) {
                anyhow::bail!("--as-of must be a date written YYYY-MM-DD");
            }
            let bytes = std::fs::read(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
            let options = crate::roster::RosterOptions {
                complete: args.complete,
                as_of,
                scopes: None,
                file_name: args.file.display().to_string(),
                // The operator's command: not bound by anyone's grants.
                protected: Default::default(),
            };
            let preview = crate::roster::preview(store.as_ref(), institution_id, &bytes, &options).await?;
            let crate::roster::RosterCounts { rows, joiners, movers, leavers, rejoiners, updated, unchanged } =
                preview.counts;
            println!(
                "{rows} rows: {joiners} joiners, {movers} movers, {leavers} leavers, {rejoiners} rejoining, \
                 {updated} with other details changed, {unchanged} unchanged"
            );
            if !preview.errors.is_empty() {
                for error in &preview.errors {
                    eprintln!("{}:{}: {}", args.file.display(), error.line, error.english());
                }
                anyhow::bail!("{} row(s) in error; nothing was changed", preview.errors.len());
            }
            match (&preview.plan, args.apply) {
                (None, _) => println!("nothing to change"),
                (Some(_), false) => println!("nothing changed yet: run again with --apply to make these changes"),
                (Some(plan), true) => {
                    if let Err(err) = store.apply_roster(plan, &cli_actor()).await {
                        // Name the rows if it was an email of another institution.
                        let again = crate::roster::recheck(store.as_ref(), institution_id, &bytes, &options).await?;
                        for error in &again.errors {
                            eprintln!("{}:{}: {}", args.file.display(), error.line, error.english());
                        }
                        if again.errors.is_empty() {
                            return Err(err.into());
                        }
                        anyhow::bail!("{} row(s) in error; nothing was changed", again.errors.len());
                    }
                    println!("applied");
                }
            }
            Ok(())
        }
        RosterCommand::Export(args) => {
            let store = crate::db::open(&args.db.database).await?;
            let Some(institution_id) = store.institution_id(&args.institution).await? else {
                anyhow::bail!("there is no institution `{}`", args.institution);
            };
            let records = crate::roster::records(store.as_ref(), institution_id).await?;
            use std::io::Write;
            std::io::stdout().write_all(&crate::roster::export(&records, None))?;
            Ok(())
        }
    }
}

/// Whether `text` is a real calendar date written YYYY-MM-DD.
pub fn valid_date(text: &str) -> bool {
    time::Date::parse(text, time::macros::format_description!("[year]-[month]-[day]")).is_ok()
}

/// Completes on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
