//! The event dispatcher: one entry point per gateway event, each handed to its feature inside
//! a span naming the guild, channel, user and command. Interactions go through the reply seam
//! ([`super::reply`]); other events log their errors here with context.

use super::membership;
use super::reply::{self, Target};
use super::{answers, commands, components, people, reactions, tasks, Bot};
use crate::desk::StoreError;
use reply::store_error_of;
use serenity::all::{
    CommandInteraction, ComponentInteraction, ConnectionStage, Context, EventHandler, Guild,
    GuildId, Interaction, Message, ModalInteraction, Reaction, Ready, ResumedEvent,
    ShardStageUpdateEvent, UnavailableGuild,
};
use serenity::async_trait;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tracing::Instrument as _;

/// Routes events to the features.
pub struct Handler {
    pub bot: Arc<Bot>,
    /// When set, counts the message, interaction and reaction events whose handling has
    /// finished (the sandbox waits on it to know the bot is done; see `sandbox::activity`).
    pub finished: Option<Arc<AtomicU64>>,
}

impl Handler {
    fn finished_one(&self) {
        if let Some(n) = &self.finished {
            n.fetch_add(1, Ordering::SeqCst);
        }
    }
}

/// `/ticket claim`, for logs.
fn command_name(cmd: &CommandInteraction) -> String {
    match cmd.data.options.first() {
        Some(o) if matches!(o.kind(), serenity::all::CommandOptionType::SubCommand) => {
            format!("/{} {}", cmd.data.name, o.name)
        }
        _ => format!("/{}", cmd.data.name),
    }
}

/// After a failed interaction (already told and logged): a database that lost its tables
/// (dropped and created again) gets its migrations again, so the next try works.
async fn after_failure(bot: &Bot, answered: Result<(), reply::HandlerError>) {
    let Err(err) = answered else { return };
    recover_lost_schema(bot, err.store_error()).await;
}

/// A database failure is counted; a database that lost its tables (dropped and created
/// again) gets its migrations again, so the next try works.
async fn recover_lost_schema(bot: &Bot, err: Option<&StoreError>) {
    if err.is_some() {
        bot.desk.metrics().database_errors.inc();
    }
    if matches!(err, Some(StoreError::SchemaMissing(_))) {
        match bot.desk.recover().await {
            Ok(()) => tracing::warn!("the database had lost its tables; migrations applied again"),
            Err(e) => tracing::error!(error = %e, "applying the migrations again failed"),
        }
    }
}

fn id_of<T: std::fmt::Display>(id: Option<T>) -> String {
    id.map(|i| i.to_string()).unwrap_or_default()
}

#[tracing::instrument(skip_all, fields(guild = %id_of(cmd.guild_id), channel = %cmd.channel_id, user = %cmd.user.id, command = %command_name(cmd), reference))]
async fn on_command(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) {
    let what = command_name(cmd);
    let answering = reply::answer(
        ctx,
        Target::Command(cmd),
        &what,
        commands::run(bot, ctx, cmd),
    );
    let answered = reply::timed(bot.desk.metrics().clone(), answering).await;
    after_failure(bot, answered).await;
}

#[tracing::instrument(skip_all, fields(guild = %id_of(cmd.guild_id), channel = %cmd.channel_id, user = %cmd.user.id, command = %command_name(cmd), reference))]
async fn on_autocomplete(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) {
    let what = format!("autocomplete of {}", command_name(cmd));
    let handler = commands::autocomplete(bot, cmd);
    let answering = reply::answer(ctx, Target::Autocomplete(cmd), &what, handler);
    let answered = reply::timed(bot.desk.metrics().clone(), answering).await;
    after_failure(bot, answered).await;
}

#[tracing::instrument(skip_all, fields(guild = %id_of(c.guild_id), channel = %c.channel_id, user = %c.user.id, command = %c.data.custom_id, reference))]
async fn on_button(bot: &Bot, ctx: &Context, c: &ComponentInteraction) {
    let what = format!("the button {}", c.data.custom_id);
    let handler = components::on_component(bot, ctx, c);
    let answering = reply::answer(ctx, Target::Component(c), &what, handler);
    let answered = reply::timed(bot.desk.metrics().clone(), answering).await;
    after_failure(bot, answered).await;
}

#[tracing::instrument(skip_all, fields(guild = %id_of(m.guild_id), channel = %m.channel_id, user = %m.user.id, command = %m.data.custom_id, reference))]
async fn on_form(bot: &Bot, ctx: &Context, m: &ModalInteraction) {
    let what = format!("the form {}", m.data.custom_id);
    let handler = components::on_form(bot, ctx, m);
    let answering = reply::answer(ctx, Target::Modal(m), &what, handler);
    let answered = reply::timed(bot.desk.metrics().clone(), answering).await;
    after_failure(bot, answered).await;
}

#[async_trait]
impl EventHandler for Handler {
    /// Starts the background tasks once, however often READY comes, and registers the
    /// commands (a bulk overwrite: repeating it changes nothing).
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(user = %ready.user.name, guilds = ready.guilds.len(), "connected");
        let metrics = self.bot.desk.metrics();
        metrics.event("ready");
        metrics.gateway_connected.set(1);
        let _ = self.bot.me.set(ready.user.id.get());
        // The clocks and the responses watcher first: once the commands are registered the
        // bot is usable, and a change to the responses folder must not be missed.
        if !self.bot.tasks_started.swap(true, Ordering::SeqCst) {
            tasks::start(self.bot.clone(), ctx.http.clone());
        }
        // In every shipped language (Discord shows each member their own).
        let declared = commands::localised::all();
        let result = match self.bot.config.guild_id {
            Some(g) => {
                ctx.http
                    .create_guild_commands(GuildId::new(g), &declared)
                    .await
            }
            None => ctx.http.create_global_commands(&declared).await,
        };
        if let Err(err) = result {
            tracing::error!(error = %err, "registering the slash commands failed");
        }
    }

    /// A server the bot is in (at start) or joined ([`membership`]).
    async fn guild_create(&self, ctx: Context, guild: Guild, _is_new: Option<bool>) {
        self.bot.desk.metrics().event("guild_create");
        membership::on_guild_create(&self.bot, &ctx.http, &guild).await;
    }

    /// Removed from a server, or the server is unavailable ([`membership`]).
    async fn guild_delete(&self, _ctx: Context, gone: UnavailableGuild, _full: Option<Guild>) {
        self.bot.desk.metrics().event("guild_delete");
        membership::on_guild_delete(&self.bot, &gone).await;
    }

    async fn resume(&self, _ctx: Context, _: ResumedEvent) {
        self.bot.desk.metrics().event("resumed");
        tracing::info!("gateway session resumed");
    }

    /// The gateway connection's stage: connected or not, for `/readyz` and `/metrics`.
    async fn shard_stage_update(&self, _ctx: Context, e: ShardStageUpdateEvent) {
        let connected = e.new == ConnectionStage::Connected;
        self.bot
            .desk
            .metrics()
            .gateway_connected
            .set(i64::from(connected));
    }

    async fn message(&self, ctx: Context, msg: Message) {
        self.bot.desk.metrics().event("message");
        people::remember_later(self.bot.clone(), people::of_author(&msg));
        let span = tracing::info_span!("message", guild = %id_of(msg.guild_id), channel = %msg.channel_id, user = %msg.author.id, message = %msg.id);
        let result = answers::on_message(&self.bot, &ctx, &msg)
            .instrument(span.clone())
            .await;
        if let Err(err) = result {
            span.in_scope(
                || tracing::error!(error = %format!("{err:#}"), "handling a message failed"),
            );
            recover_lost_schema(&self.bot, store_error_of(&err)).await;
        }
        self.finished_one();
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let bot = &self.bot;
        bot.desk.metrics().event("interaction");
        // Names are remembered on the side: never in the way of the 3 s answer.
        let seen = match &interaction {
            Interaction::Command(cmd) => people::of_command(cmd),
            Interaction::Component(c) => people::of_member(&c.user, c.member.as_ref()),
            Interaction::Modal(m) => people::of_member(&m.user, m.member.as_ref()),
            _ => Vec::new(),
        };
        people::remember_later(bot.clone(), seen);
        let (user, locale) = match &interaction {
            Interaction::Command(i) | Interaction::Autocomplete(i) => (i.user.id, &i.locale),
            Interaction::Component(i) => (i.user.id, &i.locale),
            Interaction::Modal(i) => (i.user.id, &i.locale),
            _ => (serenity::all::UserId::new(1), &String::new()),
        };
        if !locale.is_empty() {
            super::locale::remember_later(bot.clone(), user.get(), locale);
        }
        match &interaction {
            Interaction::Command(cmd) => on_command(bot, &ctx, cmd).await,
            Interaction::Autocomplete(a) => on_autocomplete(bot, &ctx, a).await,
            Interaction::Component(c) => on_button(bot, &ctx, c).await,
            Interaction::Modal(m) => on_form(bot, &ctx, m).await,
            _ => {}
        }
        self.finished_one();
    }

    async fn reaction_add(&self, ctx: Context, reaction: Reaction) {
        self.reaction(ctx, reaction, true).await;
    }

    async fn reaction_remove(&self, ctx: Context, reaction: Reaction) {
        self.reaction(ctx, reaction, false).await;
    }
}

impl Handler {
    async fn reaction(&self, ctx: Context, reaction: Reaction, added: bool) {
        self.bot.desk.metrics().event("reaction");
        let span = tracing::info_span!("reaction", guild = %id_of(reaction.guild_id), channel = %reaction.channel_id, user = %id_of(reaction.user_id), message = %reaction.message_id, added);
        let result = reactions::on_reaction(&self.bot, &ctx, &reaction, added)
            .instrument(span.clone())
            .await;
        if let Err(err) = result {
            span.in_scope(
                || tracing::error!(error = %format!("{err:#}"), "handling a reaction failed"),
            );
            recover_lost_schema(&self.bot, store_error_of(&err)).await;
        }
        self.finished_one();
    }
}
