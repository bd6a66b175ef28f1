//! `concierge`: the command-line entry point. Each verb lives in `concierge::cli::<verb>`.

use clap::{Parser, Subcommand};
use concierge::cli;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "concierge",
    version,
    about = "A self-hosted Discord support bot"
)]
struct Cli {
    /// What to do (default: run the bot).
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the bot (the default): settings from the environment / .env.
    Run,
    /// Try the whole bot with no Discord account: a loopback Discord, the bot and a REPL.
    Sandbox(cli::sandbox::SandboxArgs),
    /// The web dashboard alone (DASHBOARD_ADDR), or `dashboard link --guild ID`: a one-time login link.
    Dashboard(cli::dashboard::Args),
    /// Knowledge-base tools for moderators: check, match, eval.
    #[command(subcommand)]
    Kb(cli::kb::KbCommand),
    /// Apply the database migrations (DATABASE_URL) without starting the bot.
    Migrate(cli::migrate::Args),
    /// Support KPIs: first response, resolution, CSAT, SLA, deflection, backlog.
    Stats(cli::stats::Args),
    /// Print a ticket's transcript (Markdown, or --html).
    Transcript(cli::transcript::Args),
    /// A server's settings as TOML: export, import.
    #[command(subcommand)]
    Config(cli::config::ConfigCommand),
    /// The servers in the database: list, delete one's data.
    #[command(subcommand)]
    Guild(cli::guild::GuildCommand),
    /// Write a consistent copy of the database (SQLite online; PostgreSQL with pg_dump).
    Backup(cli::backup::BackupArgs),
    /// Put a backup in place of the database (stop the bot first).
    Restore(cli::backup::RestoreArgs),
}

/// Validates the settings, then runs the bot until SIGINT/SIGTERM.
fn run_bot() -> anyhow::Result<ExitCode> {
    let vars = std::env::vars().collect();
    for (key, instead) in concierge::config::BotConfig::retired_in(&vars) {
        tracing::warn!("{key} is no longer used ({instead}); remove it from .env");
    }
    let config = concierge::config::BotConfig::from_vars(&vars)?;
    tokio::runtime::Runtime::new()?.block_on(concierge::bot::run(config))?;
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    // The sandbox reads the real environment only: `.env` is the real bot's (its database,
    // its log level), and the sandbox sets up its own logging.
    let sandbox = std::env::args().nth(1).as_deref() == Some("sandbox");
    if !sandbox {
        let _ = dotenvy::dotenv();
        concierge::logging::init(concierge::logging::BOT_DEFAULT);
    }
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Run) {
        Command::Run => run_bot(),
        Command::Sandbox(args) => cli::sandbox::run(args),
        Command::Dashboard(args) => cli::dashboard::run(args),
        Command::Kb(cmd) => cli::kb::run(cmd),
        Command::Migrate(args) => cli::migrate::run(args),
        Command::Stats(args) => cli::stats::run(args),
        Command::Transcript(args) => cli::transcript::run(args),
        Command::Config(cmd) => cli::config::run(cmd),
        Command::Guild(cmd) => cli::guild::run(cmd),
        Command::Backup(args) => cli::backup::backup(args),
        Command::Restore(args) => cli::backup::restore(args),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err:#}");
            ExitCode::from(2)
        }
    }
}
