//! `/ticket close-request [reason]`: an agent asks the member, in the thread and with a ping,
//! whether the ticket may close, with [Close] and [Keep open] buttons only the member may
//! press; unanswered, the clock closes it after `close_request_hours` ([`tick`]). The clock
//! also asks "Is this solved?" when the member has been silent since an agent's last word, and
//! closes the ticket for inactivity when that goes unanswered (no rating prompt). The
//! decisions are the desk's ([`crate::desk::CloseAnswer`]).

use super::close_thread;
use crate::bot::reply::{or_refuse, HandlerError, Msg, Reply, Response};
use crate::bot::{render, Bot};
use crate::desk::{CloseAnswer, CloseRequest};
use crate::tickets::{Actor, GuildId, Ticket, TicketId};
use serenity::all::{
    ButtonStyle, ChannelId, ComponentInteraction, Context, CreateActionRow, CreateButton,
    CreateMessage, Http,
};

/// The buttons' custom ids: `ticket:close-request:<yes|no>:<ticket id>`.
pub const PREFIX: &str = "ticket:close-request:";

/// The answer a button gives, and for which ticket.
pub fn parse(id: &str) -> Option<(bool, TicketId)> {
    let (answer, ticket) = id.strip_prefix(PREFIX)?.split_once(':')?;
    let close = match answer {
        "yes" => true,
        "no" => false,
        _ => return None,
    };
    Some((close, TicketId(ticket.parse().ok()?)))
}

fn button(close: bool, t: &Ticket, inactivity: bool) -> CreateButton {
    let (answer, label, style) = match (close, inactivity) {
        (true, false) => ("yes", "Close it", ButtonStyle::Success),
        (false, false) => ("no", "Keep it open", ButtonStyle::Secondary),
        (true, true) => ("yes", "Yes, close it", ButtonStyle::Success),
        (false, true) => ("no", "I still need help", ButtonStyle::Secondary),
    };
    CreateButton::new(format!("{PREFIX}{answer}:{}", t.id.0))
        .label(label)
        .style(style)
}

/// `/ticket close-request`: records the request, then asks the member in the thread.
pub async fn ask<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    t: &Ticket,
    actor: &Actor,
    reason: Option<String>,
) -> Result<Reply<'a>, HandlerError> {
    let r = or_refuse!(bot.desk.request_close(t.id, actor, reason, bot.now()).await);
    let what = r
        .reason
        .as_deref()
        .map(|w| {
            format!(
                "\n**What was done:** {}",
                render::inert(&render::clip(w, 500))
            )
        })
        .unwrap_or_default();
    let text = format!(
        "<@{}>, <@{}> thinks your ticket is solved.{what}\nMay we close it? If you don't answer, it closes by itself <t:{}:R>.",
        t.owner.0,
        r.by.0,
        r.due.timestamp()
    );
    let ask = CreateMessage::new()
        .content(render::clip(&text, render::MAX_CONTENT))
        .allowed_mentions(render::pings(&[], &[t.owner.0]))
        .components(buttons(t, false));
    let thread = ChannelId::new(t.thread.map_or(1, |c| c.0.max(1)));
    let (n, owner) = (t.no.0, t.owner.0);
    // Confirmed once the question is in the thread; one Discord refused is withdrawn.
    Ok(Reply::later(async move {
        if let Err(err) = thread.send_message(&ctx.http, ask).await {
            bot.desk.withdraw_close_request(&r).await?;
            return Err(err.into());
        }
        Ok(Msg::ephemeral(format!(
            "Asked <@{owner}> whether ticket {n} may close."
        )))
    }))
}

/// [Close] or [Keep open], pressed: the member's answer; the question is replaced by it.
pub async fn on_button<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    c: &'a ComponentInteraction,
    close: bool,
    ticket: TicketId,
) -> Result<Reply<'a>, HandlerError> {
    let member = Actor::member(crate::tickets::UserId(c.user.id.get()));
    let answered = or_refuse!(
        bot.desk
            .answer_close_request(ticket, member, close, bot.now())
            .await
    );
    let done = |text: String| -> Reply<'a> {
        Response::Update(Box::new(Msg {
            content: text,
            components: Vec::new(),
            ..Msg::default()
        }))
        .into()
    };
    Ok(match answered {
        CloseAnswer::Closed(o) if o.already => Reply::ephemeral(render::already(
            crate::bot::locale::lang(),
            render::Change::Close,
            &o.ticket,
            c.user.id.get(),
        )),
        CloseAnswer::Closed(o) => {
            let text = format!("<@{}> closed the ticket.", c.user.id.get());
            done(text).then(async move { close_thread(bot, &ctx.http, &o.ticket).await })
        }
        CloseAnswer::KeptOpen { request } => {
            let owner = c.user.id.get();
            let text = format!(
                "<@{owner}> kept the ticket open. <@{}>, they still need help.",
                request.by.0
            );
            let agent = request.by.0;
            let thread = c.channel_id;
            done(format!("<@{owner}> kept the ticket open.")).then(async move {
                let note = CreateMessage::new()
                    .content(text)
                    .allowed_mentions(render::pings(&[], &[agent]));
                thread.send_message(&ctx.http, note).await?;
                Ok(())
            })
        }
    })
}

fn buttons(t: &Ticket, inactivity: bool) -> Vec<CreateActionRow> {
    vec![CreateActionRow::Buttons(vec![
        button(true, t, inactivity),
        button(false, t, inactivity),
    ])]
}

/// Posts the bot's "is this solved?" in a ticket's thread, pinging only its member.
async fn ask_inactive(
    http: &Http,
    r: &CloseRequest,
    t: &Ticket,
    thread: u64,
    said_at: chrono::DateTime<chrono::Utc>,
) -> Result<(), String> {
    let text = format!(
        "<@{}>, is this solved? <@{}> answered <t:{}:R> and we haven't heard from you since. \
         If we don't, this ticket closes <t:{}:R>.",
        t.owner.0,
        r.by.0,
        said_at.timestamp(),
        r.due.timestamp()
    );
    let ask = CreateMessage::new()
        .content(text)
        .allowed_mentions(render::pings(&[], &[t.owner.0]))
        .components(buttons(t, true));
    ChannelId::new(thread.max(1))
        .send_message(http, ask)
        .await
        .map(|_| ())
        .map_err(|e| e.to_string())
}

/// The clock: asks "Is this solved?" in tickets waiting on their member, then closes the
/// tickets whose question went unanswered: a close request's is finished like any closed
/// ticket (the rating prompt, or the unanswered note); an inactivity question's is closed for
/// inactivity, locked and its transcript sent at once, with no rating prompt.
pub async fn tick(bot: &Bot, http: &Http) {
    for guild in crate::bot::tasks::servers(bot).await {
        let asked = match bot.desk.ask_inactive(GuildId(guild), bot.now()).await {
            Ok(a) => a,
            Err(err) => {
                tracing::warn!(error = %err, guild, "the inactivity clock could not read the desk");
                continue;
            }
        };
        for (r, t, said_at) in asked {
            let posted = match t.thread {
                Some(thread) => ask_inactive(http, &r, &t, thread.0, said_at).await,
                None => Err("the ticket has no thread".to_string()),
            };
            if let Err(why) = posted {
                tracing::warn!(ticket = t.id.0, error = %why, "asking an inactive member failed; the question is withdrawn");
                if let Err(err) = bot.desk.withdraw_close_request(&r).await {
                    tracing::error!(error = %err, ticket = t.id.0, "withdrawing an unposted question failed");
                }
            }
        }
    }
    let closed = match bot.desk.due_close_requests(bot.now()).await {
        Ok(c) => c,
        Err(err) => {
            tracing::error!(error = %err, "the close-request clock could not read the desk");
            return;
        }
    };
    for o in closed {
        let t = &o.ticket;
        if let Some(thread) = t.thread {
            let text = if t.closed_inactive {
                format!(
                    "Ticket {} was closed for inactivity: we didn't hear back. `/ticket reopen` brings it back if you still need help.",
                    t.no.0
                )
            } else {
                format!(
                    "Ticket {} was closed: the close request got no answer in time.",
                    t.no.0
                )
            };
            let said = ChannelId::new(thread.0.max(1))
                .send_message(
                    http,
                    CreateMessage::new()
                        .content(text)
                        .allowed_mentions(render::no_pings()),
                )
                .await;
            if let Err(err) = said {
                tracing::warn!(error = %err, ticket = t.id.0, "telling a ticket it closed failed");
            }
        }
        if t.closed_inactive {
            crate::bot::tasks::finish(bot, http, t).await;
        } else if let Err(err) = close_thread(bot, http, t).await {
            tracing::warn!(error = %err.0, ticket = t.id.0, "finishing a ticket closed by its close request failed");
        }
    }
}
