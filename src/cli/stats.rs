//! `concierge stats [--guild ID] [--days N] [--json] [--chart FILE.png] [--by category|tag]`:
//! a server's support KPIs, or their breakdown by category or tag.

use super::database::{open, pick_guild, runtime};
use crate::kpi;
use anyhow::Context;
use std::path::PathBuf;
use std::process::ExitCode;

/// `concierge stats`: the support KPIs.
#[derive(clap::Args)]
pub struct Args {
    /// The period: the last N days.
    #[arg(long, default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..=3650))]
    pub days: u32,
    /// Print one JSON object instead of a table.
    #[arg(long)]
    pub json: bool,
    /// Also write the per-day chart (tickets opened, median first response, CSAT) as a PNG here.
    #[arg(long, value_name = "FILE.png")]
    pub chart: Option<PathBuf>,
    /// Only the breakdown of the tickets opened in the period, by category or by tag.
    #[arg(long, value_enum)]
    pub by: Option<By>,
    /// The server (default: GUILD_ID; needed when the database holds several).
    #[arg(long, env = "GUILD_ID")]
    pub guild: Option<u64>,
    /// The database (default: DATABASE_URL, else sqlite://concierge.db).
    #[arg(long)]
    pub database_url: Option<String>,
}

/// What `--by` breaks the figures down by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum By {
    Category,
    Tag,
}

/// Runs `concierge stats`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        let store = open(args.database_url).await?;
        let guild = pick_guild(
            &crate::desk::Desk::new(store.clone(), Default::default()),
            args.guild,
        )
        .await?;
        let now = chrono::Utc::now();
        let report = kpi::report(&store, guild, now, args.days)
            .await
            .context("computing the KPIs")?;
        if let Some(path) = &args.chart {
            let png = kpi::chart::period_png(&store, guild, now, args.days)
                .await
                .context("drawing the KPI chart")?;
            std::fs::write(path, png).with_context(|| format!("writing {}", path.display()))?;
        }
        match (args.by, args.json) {
            (None, true) => println!("{}", serde_json::to_string(&report)?),
            (None, false) => print!("{report}"),
            (Some(by), json) => {
                let (what, groups) = match by {
                    By::Category => ("category", &report.by_category),
                    By::Tag => ("tag", &report.by_tag),
                };
                if json {
                    println!("{}", serde_json::to_string(groups)?);
                } else {
                    print!("{}", report.breakdown(what, groups));
                }
            }
        }
        store.close().await;
        Ok(ExitCode::SUCCESS)
    })
}
