//! `tutela quiz export`: a course's question bank back as GIFT, from what
//! was published (the round trip of `tutela import`).

use clap::{Args, Subcommand};

use super::DatabaseArgs;

#[derive(Debug, Subcommand)]
pub enum QuizCommand {
    /// Print a course's question bank as GIFT (Moodle imports it, and so
    /// does `tutela import` from a course folder), from its published
    /// version or the one given.
    Export(ExportArgs),
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DatabaseArgs,
    /// The course (its slug).
    #[arg(long)]
    pub course: String,
    /// A version of the course (its number); the published one when absent.
    #[arg(long)]
    pub version: Option<i64>,
}

pub async fn run(command: QuizCommand) -> anyhow::Result<()> {
    match command {
        QuizCommand::Export(args) => {
            let store = crate::db::open(&args.db.database).await?;
            let Some(stored) = store.quiz(&args.course, args.version).await? else {
                match args.version {
                    Some(n) => anyhow::bail!("the course `{}` has no version {n} with a quiz", args.course),
                    None => anyhow::bail!("the course `{}` is not published with a quiz", args.course),
                }
            };
            let gift = crate::quiz::bank_gift(&stored.quiz)?;
            store.audit_bank_export(&args.course, stored.version_no, &super::cli_actor()).await?;
            print!("{gift}");
            Ok(())
        }
    }
}
