//! `concierge guild list` and `concierge guild delete ID --yes`: the servers the database
//! keeps data for, and deleting one's data at once (the database's rows and its own
//! responses folder).

use super::database::{open, runtime};
use crate::config;
use crate::desk::Desk;
use crate::tickets::GuildId;
use anyhow::bail;
use std::path::PathBuf;
use std::process::ExitCode;

/// `concierge guild`: the servers in the database.
#[derive(clap::Subcommand)]
pub enum GuildCommand {
    /// The servers the database keeps settings or tickets for.
    List {
        /// The database (default: DATABASE_URL, else sqlite://concierge.db).
        #[arg(long)]
        database_url: Option<String>,
    },
    /// Delete everything kept for a server, at once: tickets, messages, ratings, answers,
    /// questions, settings and their history, and its responses folder.
    Delete {
        /// The server's id.
        guild: u64,
        /// Confirm: without it nothing is deleted.
        #[arg(long)]
        yes: bool,
        /// The responses folder (default: RESPONSES_DIR, else ./responses).
        #[arg(long)]
        responses: Option<PathBuf>,
        /// The database (default: DATABASE_URL, else sqlite://concierge.db).
        #[arg(long)]
        database_url: Option<String>,
    },
}

/// Runs a `concierge guild` verb.
pub fn run(cmd: GuildCommand) -> anyhow::Result<ExitCode> {
    runtime()?.block_on(async {
        match cmd {
            GuildCommand::List { database_url } => {
                let desk = Desk::new(open(database_url).await?, Default::default());
                let guilds = desk.known_guilds().await;
                desk.shutdown().await;
                let guilds = guilds?;
                if guilds.is_empty() {
                    println!("the database holds no server");
                }
                for g in guilds {
                    println!("{g}");
                }
                Ok(ExitCode::SUCCESS)
            }
            GuildCommand::Delete {
                guild,
                yes,
                responses,
                database_url,
            } => {
                if !yes {
                    bail!(
                        "this deletes everything kept for server {guild}, for good; run again with --yes to go ahead"
                    );
                }
                let desk = Desk::new(open(database_url).await?, Default::default());
                let deleted = desk.delete_server_data(GuildId(guild)).await;
                desk.shutdown().await;
                let deleted = deleted?;
                let folder = config::responses_dir(responses).join(guild.to_string());
                let removed_folder = match std::fs::remove_dir_all(&folder) {
                    Ok(()) => true,
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
                    Err(e) => bail!(
                        "the database rows are deleted, but {} could not be removed: {e}",
                        folder.display()
                    ),
                };
                println!(
                    "deleted server {guild}: {} ticket(s), {} other record(s){}",
                    deleted.tickets,
                    deleted.other_rows,
                    if removed_folder {
                        format!(", and {}", folder.display())
                    } else {
                        String::new()
                    }
                );
                Ok(ExitCode::SUCCESS)
            }
        }
    })
}
