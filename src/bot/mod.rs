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
//!   [`manners`]: their manners; [`reactions`]: answer feedback and ticket ratings.
//! - [`tasks`]: the SLA clock and the rating grace period; [`roles`]: who someone is.
//! - [`catch_up`]: what the database missed while unavailable, recorded once it is back.
//! - [`membership`]: the servers the bot is in (the welcome, leaving, deleting a server's data);
//!   [`kb_edit`]: a server's own knowledge-base entries edited from Discord; [`setup`]: the
//!   guided `/setup` (select menus, "create it for me"); [`setup_check`]: the settings'
//!   channels and roles looked up in Discord; [`settings_change`]: a member's setting change
//!   (shared by `/config` and `/setup`).

pub mod answers;
pub mod canned;
pub mod catch_up;
pub mod commands;
pub mod components;
pub mod connect;
pub mod directory;
pub mod gateway_watch;
pub mod handler;
pub mod kb_edit;
pub mod locale;
pub mod manners;
pub mod membership;
pub mod open_form;
pub mod opening;
pub mod options;
pub mod panels;
pub mod people;
pub mod reactions;
pub mod render;
pub mod reply;
pub mod roles;
pub mod settings_change;
pub mod setup;
pub mod setup_check;
pub mod tasks;

use crate::clock::{Clock, SystemClock};
use crate::config::BotConfig;
use crate::desk::{Desk, DeskError, Seeded, Server};
use crate::kb::live::LiveKb;
use crate::settings::ServerSettings;
use crate::store::StoreOptions;
use crate::tickets::GuildId;
use anyhow::Context as _;
use manners::Manners;
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
    /// Each server's answer manners (what was answered whom, where), by server.
    pub manners: Mutex<std::collections::HashMap<u64, Manners>>,
    /// Background tasks start on the first READY only (reconnects fire READY again).
    pub tasks_started: AtomicBool,
    /// Closings (ticket, closed at) already locked and transcribed by this process.
    pub finished: Mutex<HashSet<(i64, i64)>>,
    /// Rating reactions are handled one at a time (a fair lock, taken in the order their
    /// events' tasks start), so a quick remove-and-add is not interleaved.
    pub ratings_in_order: tokio::sync::Mutex<()>,
    /// `/setup`'s "create it for me" runs one at a time, so two quick presses find what the
    /// first made instead of making it twice.
    pub creating: tokio::sync::Mutex<()>,
    /// What the database missed while it was unavailable ([`catch_up`]).
    pub missed: Mutex<catch_up::Missed>,
    /// The names already remembered (user → name), so a name is written only when it changes.
    pub names_seen: Mutex<std::collections::HashMap<u64, String>>,
    /// The locales people interacted in (user → Discord locale), as remembered
    /// ([`locale::remember_later`]).
    pub locales_seen: Mutex<std::collections::HashMap<u64, String>>,
    /// Each server's community locale (guild → Discord locale), from its GUILD_CREATE.
    pub guild_locales: Mutex<std::collections::HashMap<u64, String>>,
    /// The bot's own user id, once connected.
    pub me: std::sync::OnceLock<u64>,
    /// What `.env`'s server settings did at start (the single-server set-up).
    pub seeding: Option<Seeded>,
}

/// Seeds `guild`'s settings from `.env` the first time; afterwards warns, naming the keys,
/// when `.env` says otherwise than the database (which is the source of truth).
pub async fn seed(
    desk: &Desk,
    guild: GuildId,
    env: &ServerSettings,
    now: chrono::DateTime<chrono::Utc>,
) -> anyhow::Result<Seeded> {
    let seeded = desk
        .seed_from_env(guild, env, now)
        .await
        .with_context(|| format!("seeding the settings of server {guild} from .env"))?;
    match &seeded {
        Seeded::Now(changes) => tracing::info!(
            guild = %guild,
            settings = changes.len(),
            "the server's settings were seeded from .env; from now on they live in the database"
        ),
        Seeded::Disagrees(keys) => tracing::warn!(
            guild = %guild,
            "the server's settings live in the database, and .env says otherwise for {}; the database's are used (change them with /config or `concierge config import`, or remove them from .env)",
            keys.join(", ")
        ),
        Seeded::Agrees => {}
    }
    Ok(seeded)
}

impl Bot {
    /// Loads the knowledge base, then opens the store (applying migrations).
    pub async fn new(config: BotConfig, clock: Arc<dyn Clock>) -> anyhow::Result<Bot> {
        Bot::new_with(config, clock, StoreOptions::default()).await
    }

    /// [`Bot::new`] with explicit database connection settings.
    pub async fn new_with(
        config: BotConfig,
        clock: Arc<dyn Clock>,
        store: StoreOptions,
    ) -> anyhow::Result<Bot> {
        // The response files first: a problem there is reported before the database is
        // created or migrated.
        let kb = LiveKb::load(&config.responses_dir).map_err(|problems| {
            let list: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
            anyhow::anyhow!("the response files have problems:\n{}", list.join("\n"))
        })?;
        // A server with no settings stored has the defaults.
        let rules = ServerSettings::default()
            .rules()
            .context("the default desk rules")?;
        let desk = Desk::connect_with(&config.database_url, store, rules)
            .await
            .with_context(|| {
                format!(
                    "opening the database {}",
                    crate::store::redact(&config.database_url)
                )
            })?;
        let seeding = match (config.guild_id, &config.server) {
            (Some(guild), Some(env)) => Some(seed(&desk, GuildId(guild), env, clock.now()).await?),
            _ => None,
        };
        Ok(Bot {
            manners: Mutex::default(),
            seeding,
            desk,
            kb,
            clock,
            config,
            tasks_started: AtomicBool::new(false),
            finished: Mutex::new(HashSet::new()),
            creating: tokio::sync::Mutex::new(()),
            ratings_in_order: tokio::sync::Mutex::new(()),
            missed: Mutex::new(catch_up::Missed::default()),
            me: std::sync::OnceLock::new(),
            names_seen: Mutex::new(std::collections::HashMap::new()),
            locales_seen: Mutex::new(std::collections::HashMap::new()),
            guild_locales: Mutex::new(std::collections::HashMap::new()),
        })
    }

    /// Now, by the bot's clock.
    pub fn now(&self) -> chrono::DateTime<chrono::Utc> {
        self.clock.now()
    }

    /// Runs `f` on `server`'s answer manners, under its current settings.
    pub fn with_manners<T>(&self, server: &Server, f: impl FnOnce(&mut Manners) -> T) -> T {
        let s = &server.settings;
        let policy = manners::Policy {
            per_member_per_minute: s.member_answers_per_minute,
            repeat_window: s.repeat_window,
            agent_quiet: s.agent_quiet,
        };
        let mut all = self.manners.lock().unwrap_or_else(|p| p.into_inner());
        let m = all.entry(server.guild.0).or_default();
        m.set_policy(policy);
        f(m)
    }

    /// A server's settings and rules (cached by the desk).
    pub async fn server(&self, guild: u64) -> Result<Arc<Server>, DeskError> {
        self.desk.server(GuildId(guild)).await
    }

    /// Posts a line in `guild`'s log channel, if it has one (a failure is logged).
    pub async fn post_log(&self, http: &Http, guild: u64, text: &str) {
        let log = match self.server(guild).await {
            Ok(server) => server.settings.log_channel,
            Err(err) => {
                tracing::warn!(error = %err, "reading the server's log channel failed");
                return;
            }
        };
        if let Some(log) = log {
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

/// The REST client for a bot (through `DISCORD_API_BASE` when set).
fn http(config: &BotConfig) -> serenity::all::Http {
    let mut http = HttpBuilder::new(&config.token).default_allowed_mentions(render::no_pings());
    if let Some(base) = &config.api_base {
        // serenity's rate limiter ignores the proxy, so it must be off when one is set.
        http = http.proxy(base.clone()).ratelimiter_disabled(true);
    }
    http.build()
}

/// Builds the serenity client for a bot (REST through `DISCORD_API_BASE` when set).
/// `finished`, when given, counts the message, interaction and reaction events handled.
pub async fn client(
    bot: Arc<Bot>,
    finished: Option<Arc<std::sync::atomic::AtomicU64>>,
) -> anyhow::Result<Client> {
    let http = http(&bot.config);
    ClientBuilder::new_with_http(http, intents())
        .event_handler(handler::Handler { bot, finished })
        .await
        .context("building the Discord client")
}

/// `concierge run`: checks the token and reaches the gateway through the configured API,
/// then runs until SIGINT/SIGTERM (which end it promptly at any stage), and closes the
/// shards and the database cleanly.
pub async fn run(config: BotConfig) -> anyhow::Result<()> {
    let (stop_tx, stop) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        shutdown_signal().await;
        tracing::info!("shutting down");
        let _ = stop_tx.send(true);
    });
    let stopped = |stop: &tokio::sync::watch::Receiver<bool>| {
        let mut stop = stop.clone();
        async move {
            let _ = stop.wait_for(|s| *s).await;
        }
    };
    let bot = tokio::select! {
        bot = Bot::new(config, Arc::new(SystemClock)) => Arc::new(bot?),
        () = stopped(&stop) => return Ok(()),
    };
    if let Some(addr) = bot.config.metrics_addr {
        let probe = crate::web::metrics::Probe {
            metrics: bot.desk.metrics().clone(),
            desk: bot.desk.clone(),
        };
        crate::web::metrics::serve(addr, probe, stopped(&stop)).await?;
    }
    if let Some(addr) = bot.config.dashboard.addr {
        let directory = Arc::new(directory::BotDirectory::new(Arc::new(http(&bot.config))));
        let dash = crate::web::app::Dashboard::new(
            bot.desk.clone(),
            bot.kb.clone(),
            directory,
            bot.config.dashboard.clone(),
            bot.config.api_base.as_deref(),
            bot.clock.clone(),
        );
        crate::web::app::serve(addr, dash, stopped(&stop)).await?;
    }
    let api = bot
        .config
        .api_base
        .clone()
        .unwrap_or_else(|| "https://discord.com/api".into());
    let rest = http(&bot.config);
    let gateway = tokio::select! {
        g = connect::preflight(&rest, &api) => g?,
        () = stopped(&stop) => {
            bot.desk.shutdown().await;
            return Ok(());
        }
    };
    tracing::info!(
        entries = bot.kb.current().entries().len(),
        server = ?bot.config.guild_id,
        "starting Concierge"
    );
    let mut client = client(bot.clone(), None).await?;
    // The gateway named by the configured API, never serenity's built-in default.
    *client.ws_url.lock().await = gateway;
    let shards = client.shard_manager.clone();
    let watch = gateway_watch::spawn(shards.clone(), bot.desk.metrics().clone());
    let shutdown = stopped(&stop);
    tokio::spawn(async move {
        shutdown.await;
        shards.shutdown_all().await;
    });
    client
        .start()
        .await
        .context("the Discord connection failed")?;
    watch.abort();
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
