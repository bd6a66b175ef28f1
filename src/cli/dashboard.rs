//! `concierge dashboard`: serve the web dashboard alone from the database (it reads and
//! changes settings and the knowledge base, and posts nothing to Discord), and `concierge
//! dashboard link --guild ID`: print a one-time login link for a local administrator.

use super::database::runtime;
use crate::clock::SystemClock;
use crate::config::StandaloneConfig;
use crate::desk::{Desk, Directory, NoDirectory, LINK_MINUTES, LINK_MINUTES_MAX};
use crate::kb::live::LiveKb;
use crate::settings::ServerSettings;
use crate::tickets::GuildId;
use anyhow::Context;
use std::process::ExitCode;
use std::sync::Arc;

/// `concierge dashboard [link]`.
#[derive(clap::Args)]
pub struct Args {
    #[command(subcommand)]
    command: Option<DashboardCommand>,
}

#[derive(clap::Subcommand)]
enum DashboardCommand {
    /// Serve the dashboard on DASHBOARD_ADDR (the default).
    Serve,
    /// Print a one-time login link to one server's dashboard, for a local administrator.
    Link {
        /// The server the link signs in to.
        #[arg(long)]
        guild: u64,
        /// Minutes the link may wait to be used (it works once).
        #[arg(long, default_value_t = LINK_MINUTES,
              value_parser = clap::value_parser!(u32).range(1..=i64::from(LINK_MINUTES_MAX)))]
        minutes: u32,
    },
}

/// Runs `concierge dashboard`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let config = StandaloneConfig::from_vars(&std::env::vars().collect())?;
    match args.command.unwrap_or(DashboardCommand::Serve) {
        DashboardCommand::Serve => serve(config),
        DashboardCommand::Link { guild, minutes } => link(config, GuildId(guild), minutes),
    }
}

async fn desk(config: &StandaloneConfig) -> anyhow::Result<Desk> {
    let rules = ServerSettings::default()
        .rules()
        .context("the default desk rules")?;
    Desk::connect(&config.database_url, rules)
        .await
        .with_context(|| {
            format!(
                "opening the database {}",
                crate::store::redact(&config.database_url)
            )
        })
}

fn serve(config: StandaloneConfig) -> anyhow::Result<ExitCode> {
    let Some(addr) = config.dashboard.addr else {
        anyhow::bail!("DASHBOARD_ADDR: missing: where the dashboard listens, e.g. 127.0.0.1:8080");
    };
    let kb = LiveKb::load(&config.responses_dir).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        anyhow::anyhow!("the response files have problems:\n{}", list.join("\n"))
    })?;
    runtime()?.block_on(async {
        let desk = desk(&config).await?;
        // Edits made by the bot's process (or by hand) show here too.
        let _watch = kb
            .watch(|part, result| {
                if let Err(problems) = result {
                    tracing::warn!(
                        ?part,
                        problems = problems.len(),
                        "a response file change was not loaded"
                    );
                }
            })
            .context("watching the response files")?;
        let directory: Arc<dyn Directory> = match &config.token {
            Some(token) => Arc::new(crate::bot::directory::BotDirectory::for_token(
                token,
                config.api_base.as_deref(),
            )),
            None => {
                tracing::warn!("DISCORD_TOKEN is not set: only login links can sign in");
                Arc::new(NoDirectory)
            }
        };
        let dash = crate::web::app::Dashboard::new(
            desk.clone(),
            kb,
            directory,
            config.dashboard.clone(),
            config.api_base.as_deref(),
            Arc::new(SystemClock),
        );
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let bound = crate::web::app::serve(addr, dash.clone(), async {
            let _ = stop_rx.await;
        })
        .await?;
        eprintln!(
            "the dashboard is at {} (listening on {bound}); Ctrl-C stops it",
            dash.base_url()
        );
        tokio::signal::ctrl_c()
            .await
            .context("waiting for Ctrl-C")?;
        let _ = stop_tx.send(());
        desk.shutdown().await;
        Ok(ExitCode::SUCCESS)
    })
}

fn link(config: StandaloneConfig, guild: GuildId, minutes: u32) -> anyhow::Result<ExitCode> {
    let base = match (&config.dashboard.url, config.dashboard.addr) {
        (Some(url), _) => url.clone(),
        (None, Some(addr)) => format!("http://{addr}"),
        (None, None) => anyhow::bail!(
            "DASHBOARD_URL (or DASHBOARD_ADDR): missing: the address the dashboard is reached at"
        ),
    };
    runtime()?.block_on(async {
        let desk = desk(&config).await?;
        let known = desk.known_guilds().await?;
        if !known.contains(&guild) {
            let list: Vec<String> = known.iter().map(|g| g.0.to_string()).collect();
            anyhow::bail!(
                "--guild {}: the database holds no such server (it holds: {})",
                guild.0,
                if list.is_empty() {
                    "none yet".to_string()
                } else {
                    list.join(", ")
                }
            );
        }
        let token = desk
            .create_login_link(guild, chrono::Utc::now(), minutes)
            .await?;
        println!("{base}/login/link/{token}");
        eprintln!(
            "This link signs in to server {} once, within {minutes} minutes.",
            guild.0
        );
        desk.shutdown().await;
        Ok(ExitCode::SUCCESS)
    })
}
