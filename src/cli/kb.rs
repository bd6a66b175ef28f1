//! `concierge kb ...`: moderators' tools for the response files.

use std::process::ExitCode;

/// The `kb` verbs.
#[derive(clap::Subcommand)]
pub enum KbCommand {
    /// Validate the response files.
    Check,
}

/// Runs one `kb` verb.
pub fn run(_cmd: KbCommand) -> anyhow::Result<ExitCode> {
    Ok(ExitCode::SUCCESS)
}
