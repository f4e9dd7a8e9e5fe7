//! The `tutela` command line. Every option can also come from an
//! environment variable (`TUTELA_DATABASE`, `TUTELA_LISTEN`, ...).

use std::path::PathBuf;
use std::time::Duration;

use anyhow::Context;
use clap::{Args, Parser, Subcommand};
use tutela_app::store::DemoOutcome;

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
}

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check that no audit entry was altered or removed; exits with status 1
    /// and names the first broken entry if one was.
    Verify(DatabaseArgs),
}

#[derive(Debug, Args)]
pub struct DatabaseArgs {
    /// The database: `sqlite://FILE` (created if absent) or `postgres://USER@HOST/DB`.
    #[arg(long, env = "TUTELA_DATABASE", default_value = "sqlite://tutela.db")]
    pub database: String,
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
            let listener = tokio::net::TcpListener::bind(&args.listen)
                .await
                .with_context(|| format!("cannot listen on {}", args.listen))?;
            let config = crate::Config {
                database: args.db.database,
                site_root: args.site_root,
                content_poll: Duration::from_secs(args.content_poll.max(1)),
                auth: crate::auth::AuthConfig {
                    idle_timeout: Duration::from_secs(args.session_idle_minutes.max(1) * 60),
                    absolute_timeout: Duration::from_secs(args.session_hours.max(1) * 3600),
                    ..crate::auth::AuthConfig::default()
                },
            };
            crate::run(config, listener, shutdown_signal()).await
        }
        Command::Import(args) => {
            let store = crate::db::open(&args.db.database).await?;
            let report = crate::content::import(store.as_ref(), &args.dir).await?;
            print!("{report}");
            Ok(())
        }
        Command::Demo(args) => {
            let store = crate::db::open(&args.database).await?;
            match crate::demo::ensure(store.as_ref()).await? {
                DemoOutcome::Created => println!("demo institution created"),
                DemoOutcome::AlreadyPresent => println!("demo institution already present"),
            }
            Ok(())
        }
        Command::Audit(AuditCommand::Verify(args)) => {
            let store = crate::db::open(&args.database).await?;
            match crate::audit::verify(store.as_ref()).await? {
                verdict @ crate::audit::Verdict::Intact { .. } => {
                    println!("{verdict}");
                    Ok(())
                }
                verdict => anyhow::bail!("{verdict}"),
            }
        }
    }
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
