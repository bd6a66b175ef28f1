//! `concierge transcript <ticket> [--guild ID] [--html] [--out FILE]`: a ticket's transcript,
//! by its number in its server.

use super::database::{open, pick_guild, runtime};
use crate::desk::{Desk, DeskRules};
use crate::i18n::Lang;
use crate::tickets::TicketNo;
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
    /// The language of the headings: en, de, fr, es, pt-BR or ru.
    #[arg(long, default_value = "en", value_parser = super::kb::parse_lang)]
    pub lang: Lang,
    /// The server (default: GUILD_ID; needed when the database holds several).
    #[arg(long, env = "GUILD_ID")]
    pub guild: Option<u64>,
    /// The database (default: DATABASE_URL, else sqlite://concierge.db).
    #[arg(long)]
    pub database_url: Option<String>,
}

/// Parses `42` or `#42`.
fn ticket_number(s: &str) -> anyhow::Result<TicketNo> {
    match s.trim().trim_start_matches('#').parse::<i64>() {
        Ok(n) if n > 0 => Ok(TicketNo(n)),
        _ => bail!("`{s}` is not a ticket number (like 42 or #42)"),
    }
}

/// Runs `concierge transcript`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let no = ticket_number(&args.ticket)?;
    runtime()?.block_on(async {
        let desk = Desk::new(open(args.database_url).await?, DeskRules::default());
        let guild = pick_guild(&desk, args.guild).await?;
        let id = desk.ticket_by_number(guild, no).await?.id;
        let text = if args.html {
            desk.transcript_html(id, args.lang).await
        } else {
            desk.transcript_markdown(id, args.lang).await
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
