//! What the database verbs share: a small runtime and opening the database they name.

use crate::config;
use crate::store::{redact, Store};
use anyhow::Context;

/// The async runtime a one-shot verb runs on.
pub(super) fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .context("starting the async runtime")
}

/// Opens (and migrates) the database at `url`, else DATABASE_URL, else `sqlite://concierge.db`;
/// an error names the database with its password hidden.
pub(super) async fn open(url: Option<String>) -> anyhow::Result<Store> {
    let url = url.unwrap_or_else(config::database_url);
    Store::open(&url)
        .await
        .with_context(|| format!("opening the database {}", redact(&url)))
}

/// The server a verb works on: `--guild` (or `GUILD_ID`) if given, else the only server the
/// database holds; with several, an error listing them.
pub(super) async fn pick_guild(
    desk: &crate::desk::Desk,
    given: Option<u64>,
) -> anyhow::Result<crate::tickets::GuildId> {
    if let Some(g) = given {
        return Ok(crate::tickets::GuildId(g));
    }
    let known = desk.known_guilds().await?;
    match known.as_slice() {
        [one] => Ok(*one),
        [] => anyhow::bail!("the database holds no server yet: name one with --guild ID"),
        many => anyhow::bail!(
            "the database holds {} servers ({}): name one with --guild ID",
            many.len(),
            many.iter()
                .map(|g| g.0.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
