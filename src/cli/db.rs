//! `concierge migrate`, `concierge stats [--chart FILE.png]` and `concierge transcript`: the desk's
//! database verbs.

use crate::config;
use crate::desk::{Desk, DeskRules};
use crate::store::{redact, Store};
use crate::tickets::TicketId;
use crate::{kpi, kpi_chart};
use anyhow::{bail, Context};
use std::path::PathBuf;
use std::process::ExitCode;

/// `concierge migrate`: apply the database migrations without starting the bot.
#[derive(clap::Args)]
pub struct MigrateArgs {
    /// The database (default: DATABASE_URL, else sqlite://concierge.db).
    #[arg(long)]
    pub database_url: Option<String>,
}

/// `concierge stats`: the support KPIs.
#[derive(clap::Args)]
pub struct StatsArgs {
    /// The period: the last N days.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub days: u32,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also write the per-day chart (tickets opened, median first response, CSAT) as a PNG here.
    #[arg(long, value_name = "FILE.png")]
    pub chart: Option<PathBuf>,
    /// The database (default: DATABASE_URL, else sqlite://concierge.db).
    #[arg(long)]
    pub database_url: Option<String>,
}

/// `concierge transcript`: print a ticket's transcript.
#[derive(clap::Args)]
pub struct TranscriptArgs {
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

fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")
}

async fn open(url: Option<String>) -> anyhow::Result<Store> {
    let url = url.unwrap_or_else(config::database_url);
    Store::open(&url)
        .await
        .with_context(|| format!("opening the database {}", redact(&url)))
}

/// Runs `concierge migrate`.
pub fn run_migrate(args: MigrateArgs) -> anyhow::Result<ExitCode> {
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

/// Runs `concierge stats`.
pub fn run_stats(args: StatsArgs) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        let store = open(args.database_url).await?;
        let now = chrono::Utc::now();
        let report = kpi::report(&store, now, args.days)
            .await
            .context("computing the KPIs")?;
        if let Some(path) = &args.chart {
            let png = kpi_chart::period_png(&store, now, args.days)
                .await
                .context("drawing the KPI chart")?;
            std::fs::write(path, png).with_context(|| format!("writing {}", path.display()))?;
        }
        if args.json {
            println!("{}", serde_json::to_string(&report)?);
        } else {
            print!("{report}");
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}

/// Parses `42` or `#42`.
fn ticket_number(s: &str) -> anyhow::Result<TicketId> {
    match s.trim().trim_start_matches('#').parse::<i64>() {
        Ok(n) if n > 0 => Ok(TicketId(n)),
        _ => bail!("`{s}` is not a ticket number (like 42 or #42)"),
    }
}

/// Runs `concierge transcript`.
pub fn run_transcript(args: TranscriptArgs) -> anyhow::Result<ExitCode> {
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
