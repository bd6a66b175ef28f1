//! `concierge migrate`: apply the database migrations without starting the bot.

use super::database::{open, runtime};
use crate::store::Store;
use std::process::ExitCode;

/// `concierge migrate`: apply the database migrations without starting the bot.
#[derive(clap::Args)]
pub struct Args {
    /// The database (default: DATABASE_URL, else sqlite://concierge.db).
    #[arg(long)]
    pub database_url: Option<String>,
}

/// Runs `concierge migrate`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        let store = open(args.database_url).await?;
        println!(
            "database is up to date (schema version {}, {:?})",
            Store::known_schema_version(),
            store.backend()
        );
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}
