//! The Discord layer: turns gateway events into calls on the knowledge base and the desk,
//! and their plain answers back into Discord actions. The only module that names serenity.
//!
//! - [`handler`]: the event dispatcher (one entry point per event kind, each in a span).
//! - [`commands`]: the slash commands, one file per group (`/ticket`, `/kb`, `/support`),
//!   each with its declaration, typed subcommands and handlers; [`options`]: reading them.
//! - [`components`]: buttons and forms, their custom ids typed.
//! - [`reply`]: the one reply seam (every interaction answered within 3 s; errors with a
//!   reference); [`render`]: every text the bot sends.
//! - [`opening`]: opening a ticket's thread; [`answers`]: auto-answers in watched channels;
//!   [`cooldown`]: their manners; [`reactions`]: answer feedback and ticket ratings.
//! - [`tasks`]: the SLA clock and the rating grace period; [`roles`]: who someone is.

pub mod answers;
pub mod commands;
pub mod components;
pub mod cooldown;
pub mod handler;
pub mod opening;
pub mod options;
pub mod reactions;
pub mod render;
pub mod reply;
pub mod roles;
pub mod tasks;

use crate::clock::{Clock, SystemClock};
use crate::config::BotConfig;
use crate::desk::Desk;
use crate::kb::live::LiveKb;
use anyhow::Context as _;
use cooldown::Cooldowns;
use serenity::all::{Client, ClientBuilder, GatewayIntents, Http, HttpBuilder};
use std::collections::HashSet;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

/// Everything the handlers share.
pub struct Bot {
    pub config: BotConfig,
    pub desk: Desk,
    pub kb: LiveKb,
    pub clock: Arc<dyn Clock>,
    pub cooldowns: Mutex<Cooldowns>,
    /// Background tasks start on the first READY only (reconnects fire READY again).
    pub tasks_started: AtomicBool,
    /// Closings (ticket, closed at) already locked and transcribed by this process.
    pub finished: Mutex<HashSet<(i64, i64)>>,
    /// Rating reactions are handled one at a time (a fair lock, taken in the order their
    /// events' tasks start), so a quick remove-and-add is not interleaved.
    pub ratings_in_order: tokio::sync::Mutex<()>,
}

impl Bot {
    /// Opens the store (applying migrations) and loads the knowledge base.
    pub async fn new(config: BotConfig, clock: Arc<dyn Clock>) -> anyhow::Result<Bot> {
        // Clamped to 1..=9 first, so the cast cannot truncate.
        #[allow(clippy::cast_possible_truncation)]
        let tiers = config.tier_role_ids.len().clamp(1, 9) as u8;
        let rules = config
            .desk
            .rules(tiers)
            .context("the business hours settings")?;
        let desk = Desk::connect(&config.database_url, rules)
            .await
            .with_context(|| {
                format!(
                    "opening the database {}",
                    crate::store::redact(&config.database_url)
                )
            })?;
        let kb = LiveKb::load(&config.responses_dir).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            anyhow::anyhow!("the response files have problems:\n{}", list.join("\n"))
        })?;
        Ok(Bot {
            cooldowns: Mutex::new(Cooldowns::new(
                config.user_cooldown,
                config.channel_cooldown,
                config.agent_quiet,
            )),
            desk,
            kb,
            clock,
            config,
            tasks_started: AtomicBool::new(false),
            finished: Mutex::new(HashSet::new()),
            ratings_in_order: tokio::sync::Mutex::new(()),
        })
    }

    /// Now, by the bot's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Posts a line in the log channel, if one is configured (a failure is logged).
    pub async fn post_log(&self, http: &Http, text: &str) {
        if let Some(log) = self.config.log_channel_id {
            let msg = render::notice(text, &[]);
            if let Err(err) = serenity::all::ChannelId::new(log)
                .send_message(http, msg)
                .await
            {
                tracing::warn!(error = %err, "posting to the log channel failed");
            }
        }
    }
}

/// The gateway events the bot needs. Message Content is privileged: enable it in the
/// developer portal.
pub fn intents() -> GatewayIntents {
    GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
        | GatewayIntents::GUILD_MESSAGE_REACTIONS
}

/// Builds the serenity client for a bot (REST through `DISCORD_API_BASE` when set).
/// `finished`, when given, counts the message, interaction and reaction events handled.
pub async fn client(
    bot: Arc<Bot>,
    finished: Option<Arc<std::sync::atomic::AtomicU64>>,
) -> anyhow::Result<Client> {
    let mut http = HttpBuilder::new(&bot.config.token).default_allowed_mentions(render::no_pings());
    if let Some(base) = &bot.config.api_base {
        // serenity's rate limiter ignores the proxy, so it must be off when one is set.
        http = http.proxy(base.clone()).ratelimiter_disabled(true);
    }
    ClientBuilder::new_with_http(http.build(), intents())
        .event_handler(handler::Handler { bot, finished })
        .await
        .context("building the Discord client")
}

/// `concierge run`: starts the bot and runs until SIGINT/SIGTERM, then closes the shards
/// and the database cleanly.
pub async fn run(config: BotConfig) -> anyhow::Result<()> {
    let bot = Arc::new(Bot::new(config, Arc::new(SystemClock)).await?);
    tracing::info!(
        entries = bot.kb.current().entries().len(),
        watched_channels = bot.config.support_channel_ids.len(),
        "starting Concierge"
    );
    let mut client = client(bot.clone(), None).await?;
    let shards = client.shard_manager.clone();
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        shards.shutdown_all().await;
    });
    client
        .start()
        .await
        .context("the Discord connection failed")?;
    bot.desk.shutdown().await;
    Ok(())
}

async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
            .expect("install the SIGTERM handler");
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    let _ = tokio::signal::ctrl_c().await;
}
