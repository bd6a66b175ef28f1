//! `concierge transcript <ticket> [--html] [--out FILE]`: a ticket's transcript.

use super::database::{open, runtime};
use crate::desk::{Desk, DeskRules};
use crate::tickets::TicketId;
use anyhow::{bail, Context};
use std::path::PathBuf;
use std::process::ExitCode;

/// `concierge transcript`: print a ticket's transcript.
#[derive(clap::Args)]
pub struct Args {
    /// The ticket number (`42` or `#42`).
    pub ticket: String,
    /// A self-contained HTML page instead of Markdown.
    #[arg(long)]
    pub html: bool,
    /// Write to this file instead of standard output.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// The database (default: DATABASE_URL, else sqlite://concierge.db).
    #[arg(long)]
    pub database_url: Option<String>,
}

/// Parses `42` or `#42`.
fn ticket_number(s: &str) -> anyhow::Result<TicketId> {
    match s.trim().trim_start_matches('#').parse::<i64>() {
        Ok(n) if n > 0 => Ok(TicketId(n)),
        _ => bail!("`{s}` is not a ticket number (like 42 or #42)"),
    }
}

/// Runs `concierge transcript`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let id = ticket_number(&args.ticket)?;
    runtime()?.block_on(async {
        let desk = Desk::new(open(args.database_url).await?, DeskRules::default());
        let text = if args.html {
            desk.transcript_html(id).await
        } else {
            desk.transcript_markdown(id).await
        }
        .map_err(anyhow::Error::from)?;
        match args.out {
            Some(path) => std::fs::write(&path, text)
                .with_context(|| format!("writing {}", path.display()))?,
            None => print!("{text}"),
        }
        desk.store().close().await;
        Ok(ExitCode::SUCCESS)
    })
}
