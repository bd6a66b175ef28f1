//! Knowing when the bot is done: the bot's serenity client with its event handler wrapped
//! so that every handled event the bot reacts to is counted when its handler returns. The
//! emulator logs every dispatch synchronously (before the REST call that caused it
//! answers), so once the handler has finished as many of these events as the emulator has
//! dispatched, the bot has nothing left to do: no quiet-period guessing.

use crate::bot::{self, handler::Handler, Bot};
use anyhow::Context as _;
use discord_emulator::Emulator;
use serenity::all::{
    ChannelId, Client, ClientBuilder, Context, EventHandler, Guild, GuildChannel, GuildId,
    GuildMemberUpdateEvent, HttpBuilder, Interaction, Member, Message, MessageId,
    MessageUpdateEvent, PartialGuildChannel, Reaction, Ready, ResumedEvent, ThreadListSyncEvent,
    ThreadMember, ThreadMembersUpdateEvent, User,
};
use serenity::async_trait;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// The gateway events whose handling is waited for (the ones the bot acts on).
pub const TRACKED_EVENTS: &[&str] = &[
    "MESSAGE_CREATE",
    "INTERACTION_CREATE",
    "MESSAGE_REACTION_ADD",
    "MESSAGE_REACTION_REMOVE",
];

/// How many tracked events the bot's handler has finished.
#[derive(Debug, Default)]
pub struct Activity {
    finished: AtomicU64,
}

impl Activity {
    fn done(&self) {
        self.finished.fetch_add(1, Ordering::SeqCst);
    }

    /// True when the bot has handled every tracked event the emulator has dispatched.
    pub fn idle(&self, emu: &Emulator) -> bool {
        // Read the handler's count first: anything dispatched before a handler finished is
        // then already in the emulator's log.
        let finished = self.finished.load(Ordering::SeqCst);
        let dispatched = emu
            .dispatched()
            .iter()
            .filter(|t| TRACKED_EVENTS.contains(&t.as_str()))
            .count() as u64;
        finished >= dispatched
    }
}

/// The bot's handler, counting what it finished. Every event the bot's [`Handler`] could
/// plausibly handle in a guild is forwarded (the default methods do nothing), so the
/// bot behaves exactly as with `bot::client`.
struct Tracked {
    inner: Handler,
    activity: Arc<Activity>,
}

#[async_trait]
impl EventHandler for Tracked {
    async fn ready(&self, ctx: Context, ready: Ready) {
        self.inner.ready(ctx, ready).await;
    }

    async fn resume(&self, ctx: Context, resumed: ResumedEvent) {
        self.inner.resume(ctx, resumed).await;
    }

    async fn cache_ready(&self, ctx: Context, guilds: Vec<GuildId>) {
        self.inner.cache_ready(ctx, guilds).await;
    }

    async fn guild_create(&self, ctx: Context, guild: Guild, is_new: Option<bool>) {
        self.inner.guild_create(ctx, guild, is_new).await;
    }

    async fn message(&self, ctx: Context, msg: Message) {
        self.inner.message(ctx, msg).await;
        self.activity.done();
    }

    async fn message_update(
        &self,
        ctx: Context,
        old: Option<Message>,
        new: Option<Message>,
        event: MessageUpdateEvent,
    ) {
        self.inner.message_update(ctx, old, new, event).await;
    }

    async fn message_delete(
        &self,
        ctx: Context,
        channel: ChannelId,
        message: MessageId,
        guild: Option<GuildId>,
    ) {
        self.inner
            .message_delete(ctx, channel, message, guild)
            .await;
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        self.inner.interaction_create(ctx, interaction).await;
        self.activity.done();
    }

    async fn reaction_add(&self, ctx: Context, reaction: Reaction) {
        self.inner.reaction_add(ctx, reaction).await;
        self.activity.done();
    }

    async fn reaction_remove(&self, ctx: Context, reaction: Reaction) {
        self.inner.reaction_remove(ctx, reaction).await;
        self.activity.done();
    }

    async fn channel_create(&self, ctx: Context, channel: GuildChannel) {
        self.inner.channel_create(ctx, channel).await;
    }

    async fn channel_update(&self, ctx: Context, old: Option<GuildChannel>, new: GuildChannel) {
        self.inner.channel_update(ctx, old, new).await;
    }

    async fn thread_create(&self, ctx: Context, thread: GuildChannel) {
        self.inner.thread_create(ctx, thread).await;
    }

    async fn thread_update(&self, ctx: Context, old: Option<GuildChannel>, new: GuildChannel) {
        self.inner.thread_update(ctx, old, new).await;
    }

    async fn thread_delete(
        &self,
        ctx: Context,
        thread: PartialGuildChannel,
        full: Option<GuildChannel>,
    ) {
        self.inner.thread_delete(ctx, thread, full).await;
    }

    async fn thread_list_sync(&self, ctx: Context, sync: ThreadListSyncEvent) {
        self.inner.thread_list_sync(ctx, sync).await;
    }

    async fn thread_member_update(&self, ctx: Context, member: ThreadMember) {
        self.inner.thread_member_update(ctx, member).await;
    }

    async fn thread_members_update(&self, ctx: Context, update: ThreadMembersUpdateEvent) {
        self.inner.thread_members_update(ctx, update).await;
    }

    async fn guild_member_addition(&self, ctx: Context, member: Member) {
        self.inner.guild_member_addition(ctx, member).await;
    }

    async fn guild_member_update(
        &self,
        ctx: Context,
        old: Option<Member>,
        new: Option<Member>,
        event: GuildMemberUpdateEvent,
    ) {
        self.inner.guild_member_update(ctx, old, new, event).await;
    }

    async fn guild_member_removal(
        &self,
        ctx: Context,
        guild: GuildId,
        user: User,
        member: Option<Member>,
    ) {
        self.inner
            .guild_member_removal(ctx, guild, user, member)
            .await;
    }
}

/// The bot's client as `bot::client` builds it, with the counting handler.
pub async fn client(bot: Arc<Bot>, activity: Arc<Activity>) -> anyhow::Result<Client> {
    let mut http =
        HttpBuilder::new(&bot.config.token).default_allowed_mentions(bot::render::no_pings());
    if let Some(base) = &bot.config.api_base {
        // serenity's rate limiter ignores the proxy, so it must be off when one is set.
        http = http.proxy(base.clone()).ratelimiter_disabled(true);
    }
    let handler = Tracked {
        inner: Handler { bot },
        activity,
    };
    ClientBuilder::new_with_http(http.build(), bot::intents())
        .event_handler(handler)
        .await
        .context("building the Discord client")
}
