//! A whole Concierge on loopback: the Discord emulator with a support guild, a database, the
//! responses folder and the real bot (its serenity client) connected to it, with a clock
//! that only moves when told to. `concierge sandbox` runs on it; so do the `discord_*` tests.

use super::activity::Activity;
use crate::bot::{self, Bot};
use crate::clock::ManualClock;
use crate::config::BotConfig;
use crate::store::StoreOptions;
use anyhow::Context as _;
use chrono::{DateTime, Utc};
use discord_emulator::{Emulator, GuildSpec};
use serenity::all::{Http, ShardManager};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

/// The guild's members: `(name, roles)`. Agents are named `agent-*`.
pub const PEOPLE: &[(&str, &[&str])] = &[
    ("alice", &[]),
    ("bob", &[]),
    ("carol", &[]),
    ("agent-ann", &["tier-1"]),
    ("agent-bob", &["tier-2"]),
    ("agent-cy", &["tier-3"]),
    ("mod-max", &["moderator"]),
];

/// The guild's text channels: `#help` is watched, tickets are threads under `#tickets`,
/// transcripts and escalations go to `#support-log`; `#general` is not watched.
pub const CHANNELS: &[&str] = &["help", "tickets", "support-log", "general"];

/// The guild's roles: three agent tiers, moderators, and the on-call role for urgent tickets.
pub const ROLES: &[&str] = &["tier-1", "tier-2", "tier-3", "moderator", "on-call"];

/// How to set a world up.
#[derive(Debug, Clone)]
pub struct WorldSpec {
    /// The responses folder.
    pub responses_dir: PathBuf,
    /// The database; `None`: a fresh SQLite file in a temporary folder.
    pub database_url: Option<String>,
    /// Where the bot's clock starts.
    pub start: DateTime<Utc>,
    /// Settings as in `.env` (`MEMBER_ANSWERS_PER_MINUTE=0`, ...), over the world's own.
    pub settings: Vec<(String, String)>,
    /// How the bot connects to its database (tests cap a SQLite file's size with it).
    pub store: StoreOptions,
}

impl WorldSpec {
    /// The shipped responses folder, a throwaway database, the clock at now.
    pub fn new(responses_dir: impl Into<PathBuf>) -> WorldSpec {
        WorldSpec {
            responses_dir: responses_dir.into(),
            database_url: None,
            start: Utc::now(),
            settings: Vec::new(),
            store: StoreOptions::default(),
        }
    }

    /// Sets one setting (a `.env` key).
    pub fn set(mut self, key: &str, value: impl ToString) -> WorldSpec {
        self.settings.push((key.to_string(), value.to_string()));
        self
    }
}

/// A running world. Dropping it shuts the bot and the emulator down.
pub struct World {
    pub emu: Emulator,
    pub bot: Arc<Bot>,
    pub clock: ManualClock,
    /// The bot's REST client (for running its clocks by hand).
    pub http: Arc<Http>,
    /// What the bot has finished handling (see [`World::settle`]).
    pub activity: Arc<Activity>,
    shards: Arc<ShardManager>,
    client: tokio::task::JoinHandle<()>,
    /// The throwaway database's folder; `None` when the spec named a database.
    scratch: Option<tempfile::TempDir>,
}

impl World {
    /// Starts the emulator and the bot, and waits until the bot is connected.
    pub async fn start(spec: WorldSpec) -> anyhow::Result<World> {
        let emu = Emulator::start(GuildSpec {
            name: "Concierge Sandbox",
            channels: CHANNELS.to_vec(),
            roles: ROLES.to_vec(),
            members: PEOPLE.iter().map(|(n, r)| (*n, r.to_vec())).collect(),
            bot_name: "Concierge",
        })
        .await
        .context("starting the Discord emulator on 127.0.0.1")?;
        let (database_url, scratch) = match spec.database_url.clone() {
            Some(url) => (url, None),
            None => {
                let dir = tempfile::tempdir().context("creating a scratch folder")?;
                let url = format!("sqlite://{}", dir.path().join("sandbox.db").display());
                (url, Some(dir))
            }
        };
        let config = BotConfig::from_vars(&settings(&emu, &spec, &database_url))
            .map_err(|e| anyhow::anyhow!("{e}"))?;
        let clock = ManualClock::at(spec.start);
        let bot =
            Arc::new(Bot::new_with(config, Arc::new(clock.clone()), spec.store.clone()).await?);
        let activity = Arc::new(Activity::default());
        let finished = Some(activity.finished.clone());
        let mut client = bot::client(bot.clone(), finished).await?;
        let http = client.http.clone();
        let shards = client.shard_manager.clone();
        let task = tokio::spawn(async move {
            if let Err(err) = client.start().await {
                tracing::error!(error = %err, "the sandbox bot stopped");
            }
        });
        let world = World {
            emu,
            bot,
            clock,
            http,
            activity,
            shards,
            client: task,
            scratch,
        };
        // In the server (GUILD_ID) or, without it, globally.
        let commands_registered = |e: &Emulator| {
            let (global, guild) = e.commands();
            e.gateway_counts().0 > 0 && !(global.is_empty() && guild.is_empty())
        };
        if !world
            .emu
            .wait_until(Duration::from_secs(20), commands_registered)
            .await
        {
            anyhow::bail!("the bot did not connect to the emulator within 20 s");
        }
        Ok(world)
    }

    /// Whether the bot runs on a throwaway database made for this world (not one the spec
    /// named, which may be a real one: the sandbox does not move the clock over that).
    pub fn throwaway_database(&self) -> bool {
        self.scratch.is_some()
    }

    /// A member's (or agent's) user id by name, as in [`PEOPLE`].
    pub fn user(&self, name: &str) -> u64 {
        self.emu.user_id(name)
    }

    /// A channel id by name, as in [`CHANNELS`].
    pub fn channel(&self, name: &str) -> u64 {
        self.emu.channel_id(name)
    }

    /// Moves the clock forward and runs the bot's clocks once (SLA escalations, rating grace).
    pub async fn advance(&self, by: chrono::Duration) {
        self.clock.advance(by);
        bot::tasks::clock_tick(&self.bot, &self.http).await;
    }

    /// Waits until the bot has handled every message, interaction and reaction dispatched
    /// so far, and whatever those made it do (up to `timeout`). Returns whether it did.
    pub async fn settle(&self, timeout: Duration) -> bool {
        let activity = self.activity.clone();
        self.emu
            .wait_until(timeout, move |e| activity.idle(e))
            .await
    }

    /// Stops the bot (its shards, then the database) and the emulator.
    pub async fn shutdown(self) {
        self.shards.shutdown_all().await;
        self.client.abort();
        self.bot.desk.shutdown().await;
        self.emu.shutdown();
    }
}

/// The settings the bot gets: the world's ids, then the spec's overrides.
fn settings(emu: &Emulator, spec: &WorldSpec, database_url: &str) -> HashMap<String, String> {
    let role = |n: &str| emu.role_id(n).to_string();
    let mut vars: HashMap<String, String> = [
        ("DISCORD_TOKEN", "sandbox-token".to_string()),
        ("DISCORD_API_BASE", emu.api_base()),
        ("DATABASE_URL", database_url.to_string()),
        (
            "RESPONSES_DIR",
            spec.responses_dir.to_string_lossy().into_owned(),
        ),
        ("GUILD_ID", emu.guild_id().to_string()),
        ("SUPPORT_CHANNEL_IDS", emu.channel_id("help").to_string()),
        ("TICKET_CHANNEL_ID", emu.channel_id("tickets").to_string()),
        ("LOG_CHANNEL_ID", emu.channel_id("support-log").to_string()),
        (
            "TIER_ROLE_IDS",
            format!("{},{},{}", role("tier-1"), role("tier-2"), role("tier-3")),
        ),
        ("MODERATOR_ROLE_IDS", role("moderator")),
        ("URGENT_ROLE_ID", role("on-call")),
        // The clocks run when the world's clock is moved (`World::advance`), not on a timer.
        ("SLA_CHECK_SECONDS", "3600".to_string()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    for (k, v) in &spec.settings {
        vars.insert(k.clone(), v.clone());
    }
    vars
}
