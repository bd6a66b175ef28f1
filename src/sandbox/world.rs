//! A whole Concierge on loopback: the Discord emulator with a support guild, a database, the
//! responses folder and the real bot (its serenity client) connected to it, with a clock
//! that only moves when told to. `concierge sandbox` runs on it; so do the `discord_*` tests.
//! The sandbox adds a second server that is not set up yet ([`WorldSpec::second_server`]),
//! and two ticket categories with a panel in `#help` ([`WorldSpec::demo_desk`]).

use super::activity::Activity;
use crate::bot::{self, Bot};
use crate::clock::ManualClock;
use crate::config::BotConfig;
use crate::store::panels::{Panel, PanelStyle};
use crate::store::StoreOptions;
use crate::tickets::category::CategoryDraft;
use crate::tickets::{ChannelId, GuildId, MessageId, UserId};
use anyhow::Context as _;
use chrono::{DateTime, Utc};
use discord_emulator::{Emulator, GuildSpec, NewGuild, Overwrite};
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
    ("agent-bea", &["billing"]),
];

/// The guild's text channels: `#help` is watched, tickets are threads under `#tickets`,
/// transcripts and escalations go to `#support-log`; `#general` is not watched.
pub const CHANNELS: &[&str] = &["help", "tickets", "support-log", "general"];

/// The guild's roles: three agent tiers, moderators, the on-call role for urgent tickets, and
/// `billing`, a team for a ticket category (`agent-bea` is on it, with no tier role).
pub const ROLES: &[&str] = &[
    "tier-1",
    "tier-2",
    "tier-3",
    "moderator",
    "on-call",
    "billing",
];

/// The demo desk's panel in `#help` (see [`WorldSpec::demo_desk`]): its title and words.
pub const DEMO_PANEL_TITLE: &str = "Need a human?";
pub const DEMO_PANEL_DESCRIPTION: &str =
    "Choose what it is about and answer a few questions: a private ticket opens where only you and the support team can see it.";

/// The demo desk's categories (see [`WorldSpec::demo_desk`]), in panel order: `(name, emoji,
/// description, form)`; Billing is the `billing` role's, with a 30-minute first-response
/// target.
pub const DEMO_CATEGORIES: &[(&str, &str, &str, &str)] = &[
    (
        "Billing",
        "💳",
        "Payments, invoices and refunds",
        "Order number | short | 3-20\nWhat happened? | paragraph | optional",
    ),
    (
        "Technical",
        "🛠️",
        "Bugs, errors and crashes",
        "What were you doing? | short | 3-100\nWhat went wrong? | paragraph",
    ),
];

/// [`DEMO_CATEGORIES`] as drafts; `billing_role`: the `billing` role's id.
fn demo_categories(billing_role: u64) -> Vec<CategoryDraft> {
    DEMO_CATEGORIES
        .iter()
        .map(|(name, emoji, description, form)| {
            let billing = *name == "Billing";
            CategoryDraft {
                name: name.to_string(),
                emoji: Some(emoji.to_string()),
                description: description.to_string(),
                team_role: billing.then_some(billing_role),
                first_response_minutes: billing.then_some(30),
                form: form.to_string(),
                ..CategoryDraft::default()
            }
        })
        .collect()
}

/// The second server's name (see [`WorldSpec::second_server`]).
pub const SECOND_SERVER: &str = "Second Server";

/// The second server's text channels: `#lobby` is its system channel (the bot's welcome goes
/// there); `#staff` is hidden from everyone but `helpers`.
pub const SECOND_CHANNELS: &[&str] = &["lobby", "questions", "staff"];

/// The second server's roles: none is anything to the bot until the server is set up.
pub const SECOND_ROLES: &[&str] = &["helpers", "experts"];

/// The second server's owner (Manage Server, as every owner): the one who sets it up.
pub const SECOND_OWNER: &str = "owner-olga";

/// The second server's members besides its owner: `(name, roles)`. alice and agent-ann are
/// the first server's people (agent-ann is a plain member here); helper-hal is new.
pub const SECOND_PEOPLE: &[(&str, &[&str])] = &[
    ("alice", &[]),
    ("agent-ann", &[]),
    ("helper-hal", &["helpers"]),
];

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
    /// Adds [`SECOND_SERVER`], which is not set up, beside the set-up one: the bot then
    /// registers its commands globally (as a bot in many servers does) and the set-up
    /// server's settings are seeded when the bot sees it. Off in tests; the sandbox turns it on.
    pub second_server: bool,
    /// Gives the set-up server a demo desk once the bot is connected: the ticket categories
    /// [`DEMO_CATEGORIES`] (Billing, worked by the `billing` role, and Technical), each with a
    /// form, and a panel in `#help` to open tickets from ([`DEMO_PANEL_TITLE`]). Off in tests;
    /// the sandbox turns it on.
    pub demo_desk: bool,
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
            second_server: false,
            demo_desk: false,
        }
    }

    /// With [`SECOND_SERVER`] (see [`WorldSpec::second_server`]).
    pub fn with_second_server(mut self) -> WorldSpec {
        self.second_server = true;
        self
    }

    /// With the demo desk (see [`WorldSpec::demo_desk`]).
    pub fn with_demo_desk(mut self) -> WorldSpec {
        self.demo_desk = true;
        self
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
    /// [`SECOND_SERVER`]'s guild id, when the spec asked for it.
    pub second: Option<u64>,
    /// Whether the set-up server has the demo desk (see [`WorldSpec::demo_desk`]).
    pub demo_desk: bool,
    shards: Arc<ShardManager>,
    client: tokio::task::JoinHandle<()>,
    /// The throwaway database's folder; `None` when the spec named a database.
    scratch: Option<tempfile::TempDir>,
    /// What the bot was started with, to start it again ([`World::restart_bot`]).
    config: BotConfig,
    store: StoreOptions,
}

/// A bot connected to the emulator: the parts a [`World`] keeps.
struct Connected {
    bot: Arc<Bot>,
    activity: Arc<Activity>,
    http: Arc<Http>,
    shards: Arc<ShardManager>,
    client: tokio::task::JoinHandle<()>,
}

/// Starts the real bot (its serenity client) with `config` on `clock`.
async fn connect(
    config: BotConfig,
    clock: &ManualClock,
    store: StoreOptions,
) -> anyhow::Result<Connected> {
    let bot = Arc::new(Bot::new_with(config, Arc::new(clock.clone()), store).await?);
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
    Ok(Connected {
        bot,
        activity,
        http,
        shards,
        client: task,
    })
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
        let second = spec.second_server.then(|| add_second_server(&emu));
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
        let c = connect(config.clone(), &clock, spec.store.clone()).await?;
        let world = World {
            emu,
            bot: c.bot,
            clock,
            http: c.http,
            activity: c.activity,
            second,
            demo_desk: spec.demo_desk,
            shards: c.shards,
            client: c.client,
            scratch,
            config,
            store: spec.store.clone(),
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
        if let Some(second) = second {
            world.wait_for_servers(second).await?;
        }
        if spec.demo_desk {
            world.open_demo_desk().await?;
        }
        Ok(world)
    }

    /// The demo desk (see [`WorldSpec::demo_desk`]): its categories, then its panel in
    /// `#help` showing them, both by `mod-max` as if set up with `/category add` and
    /// `/panel post` (nothing is said in the log channel); then waits until the bot is done.
    async fn open_demo_desk(&self) -> anyhow::Result<()> {
        let guild = GuildId(self.emu.guild_id());
        let by = UserId(self.user("mod-max"));
        let now = self.bot.now();
        for draft in demo_categories(self.emu.role_id("billing")) {
            self.bot
                .desk
                .create_category(guild, &draft, by, now)
                .await
                .with_context(|| format!("creating the demo category {}", draft.name))?;
        }
        let categories = self.bot.desk.categories(guild).await?;
        let help = self.channel("help");
        let mut panel = Panel {
            id: 0,
            guild,
            channel: ChannelId(help),
            message: MessageId(0),
            title: DEMO_PANEL_TITLE.to_string(),
            description: DEMO_PANEL_DESCRIPTION.to_string(),
            style: PanelStyle::Auto,
        };
        let posted = serenity::all::ChannelId::new(help)
            .send_message(&self.http, bot::panels::message(&panel, &categories))
            .await
            .context("posting the demo panel in #help")?;
        panel.message = MessageId(posted.id.get());
        self.bot.desk.record_panel(panel, by, now).await?;
        self.settle(Duration::from_secs(5)).await;
        Ok(())
    }

    /// With the second server: waits until the first one's settings are seeded (on its
    /// GUILD_CREATE), then (for up to 5 s: it is no reason not to start) until the second
    /// one's welcome is posted and the bot is done, so a session starts with both done and
    /// the welcome counts as already there.
    async fn wait_for_servers(&self, second: u64) -> anyhow::Result<()> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        let first = self.emu.guild_id();
        // The audit, not `bot.server`: a read of the cached settings racing the seeding
        // could keep "not set up" in the cache for a while.
        let first = GuildId(first);
        while !matches!(self.bot.desk.settings_audit(first, 1).await, Ok(a) if !a.is_empty()) {
            if tokio::time::Instant::now() >= deadline {
                anyhow::bail!(
                    "the bot did not set up the first server from its settings within 20 s"
                );
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
        let bot = self.emu.bot_user_id();
        if let Some(lobby) = self.emu.system_channel_id(second) {
            let welcomed = |e: &Emulator| e.messages(lobby).iter().any(|m| m.author_id == bot);
            self.emu.wait_until(Duration::from_secs(5), welcomed).await;
        }
        self.settle(Duration::from_secs(5)).await;
        Ok(())
    }

    /// The servers: the set-up one, then [`SECOND_SERVER`] when there is one.
    pub fn servers(&self) -> Vec<u64> {
        std::iter::once(self.emu.guild_id())
            .chain(self.second)
            .collect()
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

    /// Stops the bot and starts it again on the same emulator, database and clock, as a host
    /// restart does: what it kept in memory is gone, what it stored stays. Returns once the
    /// new bot is connected.
    pub async fn restart_bot(&mut self) -> anyhow::Result<()> {
        self.shards.shutdown_all().await;
        self.client.abort();
        self.bot.desk.shutdown().await;
        let identified = self.emu.gateway_counts().0;
        let c = connect(self.config.clone(), &self.clock, self.store.clone()).await?;
        (self.bot, self.activity, self.http) = (c.bot, c.activity, c.http);
        (self.shards, self.client) = (c.shards, c.client);
        let connected = move |e: &Emulator| e.gateway_counts().0 > identified;
        if !self
            .emu
            .wait_until(Duration::from_secs(20), connected)
            .await
        {
            anyhow::bail!("the restarted bot did not connect within 20 s");
        }
        self.settle(Duration::from_secs(5)).await;
        Ok(())
    }

    /// Stops the bot (its shards, then the database) and the emulator.
    pub async fn shutdown(self) {
        self.shards.shutdown_all().await;
        self.client.abort();
        self.bot.desk.shutdown().await;
        self.emu.shutdown();
    }
}

/// Adds [`SECOND_SERVER`] (before the bot connects: READY lists it). Returns its id.
fn add_second_server(emu: &Emulator) -> u64 {
    let mut spec = NewGuild::new(SECOND_SERVER)
        .channels(SECOND_CHANNELS)
        .roles(SECOND_ROLES)
        .owner(SECOND_OWNER);
    for (name, roles) in SECOND_PEOPLE {
        spec = spec.member(name, roles);
    }
    let id = emu.add_guild(spec);
    // #staff: for helpers (and the owner) only.
    let view = discord_emulator::permissions::VIEW_CHANNEL;
    emu.set_channel_overwrites(
        emu.guild_channel_id(id, "staff"),
        vec![
            Overwrite {
                id,
                kind: 0,
                allow: 0,
                deny: view,
            },
            Overwrite {
                id: emu.guild_role_id(id, "helpers"),
                kind: 0,
                allow: view,
                deny: 0,
            },
        ],
    );
    id
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
    if spec.second_server {
        // Commands for every server the bot is in; the .env keys seed the server holding
        // the ticket channel.
        vars.insert("GUILD_ID".into(), String::new());
    }
    for (k, v) in &spec.settings {
        vars.insert(k.clone(), v.clone());
    }
    vars
}
