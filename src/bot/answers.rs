//! Messages: in a ticket thread they are recorded for the transcript and the KPIs; in a
//! watched channel a question the knowledge base answers gets a reply with buttons.

use super::catch_up::{self, Pending};
use super::manners::Verdict;
use super::roles::Staff;
use super::{render, Bot};
use crate::desk::Server;
use crate::desk::{DeskError, MessageOutcome, NewAnswer, NewMessage, NewQuestion};
use crate::kb::Decision;
use crate::tickets::{AuthorKind, ChannelId, GuildId, MessageId, Refusal, UserId};
use serenity::all::{Context, Http, Message};
use std::time::Duration;

/// Handles one member message.
pub async fn on_message(bot: &Bot, ctx: &Context, msg: &Message) -> anyhow::Result<()> {
    // The bot's own messages: it records what counts (macros) itself.
    if msg.guild_id.is_none() || msg.author.id == ctx.cache.current_user().id {
        tracing::debug!("no auto-answer: a direct message or the bot's own");
        return Ok(());
    }
    let channel = msg.channel_id.get();
    let roles = msg
        .member
        .as_ref()
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    let guild = msg.guild_id.map_or(0, |g| g.get());
    let server = bot.server(guild).await?;
    let is_watched = server.settings.support_channels.contains(&channel);
    if !is_watched {
        tracing::debug!("no auto-answer: not a watched channel (recorded if a ticket thread)");
        return record_in_ticket(bot, ctx, msg, &server, &roles).await;
    }
    if msg.author.bot || msg.webhook_id.is_some() {
        tracing::debug!("no auto-answer: posted by a bot or a webhook");
        return Ok(());
    }
    let now = bot.now();
    if server.tier_of(&roles).is_some() {
        bot.with_manners(&server, |m| m.agent_spoke(channel, now));
        tracing::debug!("no auto-answer: an agent spoke (the channel goes quiet)");
        return Ok(());
    }
    let kb = bot.kb.for_server(guild);
    let server_lang = crate::bot::locale::server_lang(bot, guild).await;
    // Read in its own language, among those the server's entries have.
    let matched = kb.best_match_for(&msg.content, Some(channel), Some(server_lang));
    let found = &matched.found;
    let Some(answer) = found.answer.clone() else {
        tracing::debug!(decision = ?found.decision, "no auto-answer: the knowledge base decided so");
        if !matches!(found.decision, Decision::NotAQuestion) {
            bot.desk.metrics().unanswered.inc();
            let q = NewQuestion {
                message_id: Some(MessageId(msg.id.get())),
                guild: GuildId(guild),
                channel: ChannelId(channel),
                asker: UserId(msg.author.id.get()),
                text: render::clip(&msg.content, 500),
                at: bot.now(),
            };
            if let Err(err) = bot.desk.record_unanswered(q.clone()).await {
                tracing::warn!(error = %err, "recording an unanswered question failed");
                if catch_up::is_outage(&err) {
                    catch_up::keep(bot, Pending::Question(q));
                }
            }
        }
        return Ok(());
    };
    let entry = &matched.base.entries()[answer.index];
    let asker = msg.author.id.get();
    let question = MessageId(msg.id.get());
    // The database decides first that this message is answered at most once (the same
    // MESSAGE_CREATE can arrive twice).
    match bot
        .desk
        .take_question(question, GuildId(guild), ChannelId(channel), now)
        .await
    {
        Ok(true) => {}
        Ok(false) => {
            tracing::debug!("no auto-answer: this message was handled already");
            return Ok(());
        }
        Err(err) => {
            // Without the claim the bot cannot promise one answer: it stays silent.
            tracing::error!(error = %err, "no auto-answer: taking the question failed");
            return Ok(());
        }
    }
    let own = entry.cooldown_secs.map(Duration::from_secs);
    let verdict = bot.with_manners(&server, |m| m.decide(asker, channel, &entry.id, own, now));
    // A reply to the asker's message: in the language they asked in when the entries come in
    // several; otherwise in their language, else the server's. The entry's own text comes in
    // the question's language when it has it, else in the server's (and says so).
    let lang = if kb.languages().len() > 1 {
        found.lang
    } else {
        crate::bot::locale::person_lang(bot, UserId(asker), guild).await
    };
    let shown = entry.answer_for(found.lang, server_lang);
    let reply = match verdict {
        Verdict::Hold(hold) => {
            tracing::debug!(?hold, entry = %entry.id, "no auto-answer: held back by the manners");
            return Ok(());
        }
        Verdict::PointTo(earlier) => {
            render::pointer(lang, entry, shown, earlier.map(|m| (guild, channel, m)))
                .reference_message(msg)
        }
        Verdict::Answer => render::answer(lang, entry, shown, found.lang, asker, answer.score)
            .reference_message(msg),
    };
    let sent = match msg.channel_id.send_message(&ctx.http, reply).await {
        Ok(sent) => sent,
        Err(err) => {
            if matches!(verdict, Verdict::Answer) {
                bot.with_manners(&server, |m| m.not_posted(asker, channel, &entry.id));
            }
            if let Err(e) = bot.desk.give_back_question(question).await {
                tracing::warn!(error = %e, "giving back an unanswered question failed");
            }
            return Err(err.into());
        }
    };
    if !matches!(verdict, Verdict::Answer) {
        tracing::info!(entry = %entry.id, "pointed to an earlier answer");
        return Ok(());
    }
    bot.with_manners(&server, |m| m.posted(channel, &entry.id, sent.id.get()));
    tracing::info!(entry = %entry.id, score = answer.score, "auto-answered");
    bot.desk.metrics().auto_answers.inc();
    let record = NewAnswer {
        message_id: MessageId(sent.id.get()),
        guild: GuildId(guild),
        channel: ChannelId(channel),
        asker: UserId(asker),
        entry_id: entry.id.clone(),
        score: answer.score as f64,
        at: bot.now(),
    };
    if let Err(err) = bot.desk.record_auto_answer(record.clone()).await {
        tracing::error!(error = %err, "recording an auto-answer failed");
        if catch_up::is_outage(&err) {
            // Shown, so it must count: retried in order once the database is back.
            catch_up::keep(bot, Pending::Answer(record));
        }
    }
    Ok(())
}

/// Records a message posted in a ticket thread (members, agents and other bots). One the
/// database could not take is fetched again from Discord later ([`catch_up`]).
async fn record_in_ticket(
    bot: &Bot,
    ctx: &Context,
    msg: &Message,
    server: &Server,
    roles: &[serenity::all::RoleId],
) -> anyhow::Result<()> {
    let tier = if msg.author.bot {
        None
    } else if server.tier_of(roles).is_none() && !server.teams_of(roles).is_empty() {
        // A category's team member: an agent on their category's tickets only.
        match bot
            .desk
            .ticket_in_thread(ChannelId(msg.channel_id.get()))
            .await
        {
            Ok(t) => server.tier_on(roles, t.category),
            Err(_) => None,
        }
    } else {
        server.tier_of(roles)
    };
    let m = ticket_message(msg, tier, bot.now());
    match record(bot, &ctx.http, msg.channel_id, m).await {
        Ok(_) | Err(DeskError::Refused(Refusal::NotATicket)) => Ok(()),
        Err(err) => {
            if catch_up::is_outage(&err) {
                bot.missed
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .thread(msg.channel_id.get(), msg.id.get());
                tracing::warn!("the database is unavailable: this ticket's messages will be recorded from Discord once it is back");
            }
            Err(err.into())
        }
    }
}

/// A ticket message to record, from Discord's message (`tier`: the author's agent tier).
pub fn ticket_message(
    msg: &Message,
    tier: Option<crate::tickets::Tier>,
    at: chrono::DateTime<chrono::Utc>,
) -> NewMessage {
    let kind = if msg.author.bot {
        AuthorKind::Bot
    } else if tier.is_some() {
        AuthorKind::Agent
    } else {
        AuthorKind::Member
    };
    NewMessage {
        message_id: MessageId(msg.id.get()),
        author: UserId(msg.author.id.get()),
        author_name: msg.author.name.clone(),
        kind,
        author_tier: tier,
        at,
        content: with_attachments(msg),
    }
}

/// A message's text with a line per attached file (`📎 name: url`), so transcripts and the
/// dashboard link what was sent.
fn with_attachments(msg: &Message) -> String {
    let mut text = msg.content.clone();
    for a in &msg.attachments {
        if !text.is_empty() {
            text.push('\n');
        }
        text.push_str(&format!("📎 {}: {}", a.filename, a.url));
    }
    text
}

/// Records a ticket message and tells the thread when it made the ticket urgent (a failure
/// to tell is logged: the message is recorded).
pub async fn record(
    bot: &Bot,
    http: &Http,
    thread: serenity::all::ChannelId,
    m: NewMessage,
) -> Result<MessageOutcome, DeskError> {
    let outcome = bot.desk.record_message(ChannelId(thread.get()), m).await?;
    if !outcome.became_urgent.is_empty() {
        let ticket = bot.desk.ticket(outcome.ticket).await?;
        let roles = bot
            .server(ticket.guild.0)
            .await?
            .notify_roles(&outcome.notify);
        // In the thread: its owner's language.
        let lang = crate::bot::locale::owner_lang(bot, &ticket).await;
        let text = crate::t!(
            lang,
            "ticket-urgent-notice",
            why = render::inert(&outcome.became_urgent.join(", "))
        );
        if let Err(err) = thread
            .send_message(http, render::notice(&text, &roles))
            .await
        {
            tracing::error!(error = %err, "telling a ticket it became urgent failed");
        }
    }
    Ok(outcome)
}
