//! The servers the bot is in. On GUILD_CREATE: the server is present (a leave is forgotten),
//! a single-server `.env` without `GUILD_ID` seeds the server holding its ticket channel,
//! and a server that is not set up gets one short welcome (in its system channel when the bot
//! may post there, else a DM to the owner). On GUILD_DELETE (removed, not an outage) the
//! server's data is kept for `GUILD_RETENTION_DAYS`, then the clock deletes it, its own
//! responses folder too.

use super::{render, Bot};
use crate::tickets::GuildId;
use serenity::all::{CreateMessage, Guild, Http, UnavailableGuild, UserId};

/// A GUILD_CREATE: at start for every server, and when the bot joins one.
pub async fn on_guild_create(bot: &Bot, http: &Http, guild: &Guild) {
    let id = guild.id.get();
    bot.guild_locales
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(id, guild.preferred_locale.clone());
    if let Err(err) = bot.desk.server_present(GuildId(id), bot.now()).await {
        tracing::error!(guild = id, error = %err, "recording the server failed");
        return;
    }
    seed_without_guild_id(bot, http, guild).await;
    let set_up = match bot.server(id).await {
        Ok(s) => s.configured && s.settings.is_set_up(),
        Err(err) => {
            tracing::error!(guild = id, error = %err, "reading the server's settings failed");
            return;
        }
    };
    if set_up {
        return;
    }
    match bot.desk.take_welcome(GuildId(id), bot.now()).await {
        Ok(true) => {
            // A post in a public channel (or the owner's DMs), before anyone used the bot
            // here: the server's language.
            let lang = super::locale::server_lang(bot, id).await;
            welcome(http, guild, lang).await
        }
        Ok(false) => {}
        Err(err) => tracing::error!(guild = id, error = %err, "recording the welcome failed"),
    }
}

/// A `.env` set-up without `GUILD_ID` (commands registered globally): its server keys seed
/// the server whose channels hold its ticket channel, the first time it is seen.
async fn seed_without_guild_id(bot: &Bot, http: &Http, guild: &Guild) {
    let (None, Some(env)) = (bot.config.guild_id, &bot.config.server) else {
        return;
    };
    let Some(ticket_channel) = env.ticket_channel else {
        return;
    };
    if !guild.channels.keys().any(|c| c.get() == ticket_channel) {
        return;
    }
    let id = guild.id.get();
    match super::seed(&bot.desk, GuildId(id), env, bot.now()).await {
        Ok(_) => super::setup_check::report(bot, http, id).await,
        Err(err) => {
            tracing::error!(guild = id, error = %format!("{err:#}"), "seeding the server's settings from .env failed")
        }
    }
}

/// The welcome: in the system channel, else (no system channel, or the bot may not post
/// there) a DM to the owner.
async fn welcome(http: &Http, guild: &Guild, lang: crate::i18n::Lang) {
    let text = render::welcome(lang, &guild.name);
    let msg = || {
        CreateMessage::new()
            .content(&text)
            .allowed_mentions(render::no_pings())
    };
    if let Some(channel) = guild.system_channel_id {
        match channel.send_message(http, msg()).await {
            Ok(_) => return,
            Err(err) => {
                tracing::info!(guild = %guild.id, error = %err, "the welcome could not go to the system channel; sending it to the owner")
            }
        }
    }
    if let Err(err) = UserId::new(guild.owner_id.get())
        .direct_message(http, msg())
        .await
    {
        tracing::warn!(guild = %guild.id, error = %err, "the welcome could not be sent to the owner either");
    }
}

/// A GUILD_DELETE: removed from the server (an outage, `unavailable`, is not a leave).
pub async fn on_guild_delete(bot: &Bot, gone: &UnavailableGuild) {
    if gone.unavailable {
        return;
    }
    let id = gone.id.get();
    match bot.desk.server_left(GuildId(id), bot.now()).await {
        Ok(()) => tracing::info!(
            guild = id,
            days = bot.config.guild_retention.as_secs() / 86_400,
            "removed from a server; its data is kept for the retention period"
        ),
        Err(err) => tracing::error!(guild = id, error = %err, "recording the leave failed"),
    }
}

/// Deletes everything kept for `guild` now: the database's rows and its own responses
/// folder (then its entries no longer answer).
pub async fn delete_server(bot: &Bot, guild: u64) -> anyhow::Result<crate::desk::Deleted> {
    let deleted = bot.desk.delete_server_data(GuildId(guild)).await?;
    let kb = bot.kb.clone();
    tokio::task::spawn_blocking(move || kb.forget_server(guild)).await??;
    Ok(deleted)
}

/// The retention clock: the data of servers left longer ago than `GUILD_RETENTION_DAYS` is
/// deleted.
pub async fn retention_tick(bot: &Bot) {
    let retention = chrono::Duration::from_std(bot.config.guild_retention).unwrap_or_default();
    let expired = match bot.desk.expire_left_servers(bot.now(), retention).await {
        Ok(e) => e,
        Err(err) => {
            tracing::warn!(error = %err, "the retention clock could not read the servers");
            return;
        }
    };
    for (guild, deleted) in expired {
        let kb = bot.kb.clone();
        let folder = tokio::task::spawn_blocking(move || kb.forget_server(guild.0)).await;
        if !matches!(folder, Ok(Ok(()))) {
            tracing::warn!(
                guild = guild.0,
                "deleting the server's responses folder failed"
            );
        }
        tracing::info!(
            guild = guild.0,
            tickets = deleted.tickets,
            rows = deleted.other_rows,
            "deleted the data of a server the bot left longer ago than the retention period"
        );
    }
}
