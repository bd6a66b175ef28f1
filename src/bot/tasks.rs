//! Background work, started once: the SLA clock (escalates tickets past their
//! first-response target, from the database, so it catches up after a restart without
//! doubling), the rating grace period (locks closed threads), and the knowledge-base
//! watcher (reload reports go to the log channel); on start and with each tick, the catch-up
//! of what the database missed ([`super::catch_up`]).

use super::roles::Staff;
use super::{render, Bot};
use crate::i18n::Lang;
use crate::kb::live::Part;
use crate::t;
use crate::tickets::{transcript, GuildId, Ticket};
use serenity::all::{ChannelId, CreateAttachment, CreateMessage, EditThread, Http};
use std::sync::Arc;

/// Starts the background tasks.
pub fn start(bot: Arc<Bot>, http: Arc<Http>) {
    let (b, h) = (bot.clone(), http.clone());
    tokio::spawn(async move {
        for guild in servers(&b).await {
            super::setup_check::report(&b, &h, guild).await;
        }
        super::catch_up::after_start(&b, &h).await;
    });
    let (b, h) = (bot.clone(), http.clone());
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(b.config.sla_tick);
        loop {
            tick.tick().await;
            clock_tick(&b, &h).await;
        }
    });
    let (b, h) = (bot.clone(), http);
    let handle = tokio::runtime::Handle::current();
    match bot.kb.watch(move |part, outcome| {
        // The process's own log is in English; each log channel hears it in its server's language.
        let text = render::reloaded(Lang::En, &outcome, render::ReloadedBy::Watcher);
        match &outcome {
            Ok(_) => tracing::info!(?part, "{text}"),
            Err(_) => tracing::warn!(?part, "{text}"),
        }
        let (b, h) = (b.clone(), h.clone());
        // The shared responses serve every server: each one's log channel hears of them; a
        // server's own folder only that server's.
        handle.spawn(async move {
            let to = match part {
                Part::Shared => servers(&b).await,
                Part::Server(g) => vec![g],
            };
            for guild in to {
                let lang = super::locale::server_lang(&b, guild).await;
                let text = render::reloaded(lang, &outcome, render::ReloadedBy::Watcher);
                b.post_log(&h, guild, &text).await;
            }
        });
    }) {
        Ok(guard) => std::mem::forget(guard),
        Err(err) => {
            tracing::warn!(error = %err, "watching the responses folder failed; use /kb reload")
        }
    }
}

/// The servers the database keeps settings or tickets for (a failure to read them is
/// logged: the clocks try again at their next tick).
pub async fn servers(bot: &Bot) -> Vec<u64> {
    match bot.desk.known_guilds().await {
        Ok(g) => g.into_iter().map(|g| g.0).collect(),
        Err(err) => {
            tracing::warn!(error = %err, "listing the servers failed");
            Vec::new()
        }
    }
}

/// One run of the clocks: what the database missed while unavailable ([`super::catch_up`]),
/// due escalations, close requests past their time, then closed threads whose grace period
/// passed.
/// The background task calls this every `SLA_CHECK_SECONDS`; the sandbox's `:tick` too.
pub async fn clock_tick(bot: &Bot, http: &Http) {
    super::catch_up::catch_up(bot, http).await;
    sla_tick(bot, http).await;
    super::commands::ticket::close_request::tick(bot, http).await;
    grace_tick(bot, http).await;
    super::membership::retention_tick(bot).await;
}

/// One run of the SLA clock: escalates due tickets and tells their threads and tiers.
pub async fn sla_tick(bot: &Bot, http: &Http) {
    let due = match bot.desk.due_escalations(bot.now()).await {
        Ok(due) => due,
        Err(err) => {
            tracing::error!(error = %err, "the SLA clock could not read the desk");
            return;
        }
    };
    for d in due {
        let t = &d.ticket;
        let roles = match bot.server(t.guild.0).await {
            Ok(server) => server.notify_roles(&d.notify),
            Err(err) => {
                tracing::warn!(error = %err, "reading the server's roles failed");
                Vec::new()
            }
        };
        let text = |lang| match d.to {
            Some(_) => render::escalated(lang, t, None, None, true),
            None => render::sla_breached(lang, t),
        };
        if let Some(thread) = t.thread {
            // The thread hears it in its owner's language.
            let lang = super::locale::owner_lang(bot, t).await;
            if let Err(err) = ChannelId::new(thread.0)
                .send_message(http, render::notice(&text(lang), &roles))
                .await
            {
                tracing::warn!(error = %err, ticket = t.id.0, "telling a ticket thread of its escalation failed");
            }
        }
        // The log channel in the server's.
        let lang = super::locale::server_lang(bot, t.guild.0).await;
        bot.post_log(http, t.guild.0, &text(lang)).await;
        match d.to {
            Some(to) => tracing::info!(
                ticket = t.id.0,
                from = d.from.0,
                to = to.0,
                "escalated automatically"
            ),
            None => tracing::warn!(
                ticket = t.id.0,
                tier = t.tier.0,
                "first-response target breached at the top tier"
            ),
        }
    }
}

/// Locks closed threads whose rating grace period has passed, or whose owner rated them
/// more than `rating_change_minutes` ago, server by server (each by its own settings).
async fn grace_tick(bot: &Bot, http: &Http) {
    for guild in servers(bot).await {
        match bot.desk.past_rating_grace(GuildId(guild), bot.now()).await {
            Ok(due) => {
                for t in due {
                    finish(bot, http, &t).await;
                }
            }
            Err(err) => {
                tracing::warn!(error = %err, guild, "the grace clock could not read the desk")
            }
        }
    }
}

/// Ends a closed ticket's life in Discord once it is rated or its grace period passed:
/// archives and locks the thread and sends the transcript (with rating and resolution).
/// Once per closing in this process (a rating and the grace clock may both ask); after a
/// restart, a thread found already locked is left alone.
pub async fn finish(bot: &Bot, http: &Http, t: &Ticket) {
    let closing = (
        t.id.0,
        t.closed_at.map(|c| c.timestamp()).unwrap_or_default(),
    );
    let first = bot
        .finished
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(closing);
    if !first {
        return;
    }
    if let Some(thread) = t.thread {
        if already_locked(http, thread.0).await {
            return;
        }
        let edit = EditThread::new().archived(true).locked(true);
        if let Err(err) = ChannelId::new(thread.0).edit_thread(http, edit).await {
            tracing::warn!(error = %err, ticket = t.id.0, "locking a ticket thread failed");
        }
    }
    send_transcript(bot, http, t).await;
}

/// Whether a thread is locked already (a previous process finished it).
async fn already_locked(http: &Http, thread: u64) -> bool {
    match ChannelId::new(thread).to_channel(http).await {
        Ok(serenity::all::Channel::Guild(c)) => c.thread_metadata.is_some_and(|m| m.locked),
        _ => false,
    }
}

/// Sends a closed ticket's transcript (with rating and resolution) to the log channel as two
/// files: Markdown to read in Discord, and a self-contained HTML page to open in a browser.
/// The message is in the server's language, the files' headings in the ticket owner's.
pub async fn send_transcript(bot: &Bot, http: &Http, t: &Ticket) {
    let log = match bot.server(t.guild.0).await {
        Ok(server) => server.settings.log_channel,
        Err(err) => {
            tracing::error!(error = %err, ticket = t.id.0, "reading the server's log channel failed");
            return;
        }
    };
    let Some(log) = log else {
        return;
    };
    let transcript = match bot.desk.transcript(t.id).await {
        Ok(tr) => tr,
        Err(err) => {
            tracing::error!(error = %err, ticket = t.id.0, "rendering a transcript failed");
            return;
        }
    };
    let owner = super::locale::owner_lang(bot, t).await;
    let markdown = transcript::markdown_in(owner, &transcript);
    let html = transcript::html_in(owner, &transcript);
    let name = format!("ticket-{}", t.no.0);
    let lang = super::locale::server_lang(bot, t.guild.0).await;
    let msg = CreateMessage::new()
        .content(t!(
            lang,
            "transcript-posted",
            ticket = t.no.0.to_string(),
            topic = render::inert(&render::clip(&t.topic, 100)),
            agent = format!("<@{}>", t.closed_by.map(|u| u.0).unwrap_or_default())
        ))
        .add_file(CreateAttachment::bytes(
            markdown.into_bytes(),
            format!("{name}.md"),
        ))
        .add_file(CreateAttachment::bytes(
            html.into_bytes(),
            format!("{name}.html"),
        ))
        .allowed_mentions(render::no_pings());
    if let Err(err) = ChannelId::new(log).send_message(http, msg).await {
        tracing::error!(error = %err, ticket = t.id.0, "posting a transcript failed");
    }
}
