//! The event dispatcher: one entry point per gateway event, each handed to its feature.
//! Errors are logged with context here; users get short messages from the features.

use super::{answers, commands, components, kb_cmd, reactions, tasks, tickets, Bot};
use serenity::all::{
    Command, Context, EventHandler, GuildId, Interaction, Message, Reaction, Ready, ResumedEvent,
};
use serenity::async_trait;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

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

#[async_trait]
impl EventHandler for Handler {
    /// Registers the commands (a bulk overwrite: repeating it changes nothing) and starts
    /// the background tasks once, however often READY comes.
    async fn ready(&self, ctx: Context, ready: Ready) {
        tracing::info!(user = %ready.user.name, guilds = ready.guilds.len(), "connected");
        let result = match self.bot.config.guild_id {
            Some(g) => {
                GuildId::new(g)
                    .set_commands(&ctx.http, commands::all())
                    .await
            }
            None => Command::set_global_commands(&ctx.http, commands::all()).await,
        };
        if let Err(err) = result {
            tracing::error!(error = %err, "registering the slash commands failed");
        }
        if !self.bot.tasks_started.swap(true, Ordering::SeqCst) {
            tasks::start(self.bot.clone(), ctx.http.clone());
        }
    }

    async fn resume(&self, _ctx: Context, _: ResumedEvent) {
        tracing::info!("gateway session resumed");
    }

    async fn message(&self, ctx: Context, msg: Message) {
        let span = tracing::info_span!("message", channel = %msg.channel_id, message = %msg.id);
        let _enter = span.enter();
        if let Err(err) = answers::on_message(&self.bot, &ctx, &msg).await {
            tracing::error!(error = %format!("{err:#}"), "handling a message failed");
        }
        self.finished_one();
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let result = match &interaction {
            Interaction::Command(cmd) => match cmd.data.name.as_str() {
                "ticket" => tickets::on_command(&self.bot, &ctx, cmd).await,
                "kb" | "support" => kb_cmd::on_command(&self.bot, &ctx, cmd).await,
                _ => Ok(()),
            },
            Interaction::Component(c) => components::on_component(&self.bot, &ctx, c).await,
            Interaction::Modal(m) => components::on_modal(&self.bot, &ctx, m).await,
            Interaction::Autocomplete(a) => kb_cmd::on_autocomplete(&self.bot, &ctx, a).await,
            _ => Ok(()),
        };
        if let Err(err) = result {
            tracing::error!(error = %format!("{err:#}"), interaction = %interaction.id(), "handling an interaction failed");
        }
        self.finished_one();
    }

    async fn reaction_add(&self, ctx: Context, reaction: Reaction) {
        if let Err(err) = reactions::on_reaction(&self.bot, &ctx, &reaction, true).await {
            tracing::error!(error = %format!("{err:#}"), "handling a reaction failed");
        }
        self.finished_one();
    }

    async fn reaction_remove(&self, ctx: Context, reaction: Reaction) {
        if let Err(err) = reactions::on_reaction(&self.bot, &ctx, &reaction, false).await {
            tracing::error!(error = %format!("{err:#}"), "handling a reaction removal failed");
        }
        self.finished_one();
    }
}
