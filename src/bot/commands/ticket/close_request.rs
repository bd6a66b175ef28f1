//! `/ticket close-request [reason]`: an agent asks the member, in the thread and with a ping,
//! whether the ticket may close, with [Close] and [Keep open] buttons only the member may
//! press; unanswered, the clock closes it after `close_request_hours` ([`tick`]). The clock
//! also asks "Is this solved?" when the member has been silent since an agent's last word, and
//! closes the ticket for inactivity when that goes unanswered (no rating prompt). The
//! decisions are the desk's ([`crate::desk::CloseAnswer`]).

use super::close_thread;
use crate::bot::locale::{lang, owner_lang};
use crate::bot::reply::{or_refuse, HandlerError, Msg, Reply, Response};
use crate::bot::{render, Bot};
use crate::desk::{CloseAnswer, CloseRequest};
use crate::i18n::Lang;
use crate::t;
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

fn button(lang: Lang, close: bool, t: &Ticket, inactivity: bool) -> CreateButton {
    let (answer, label, style) = match (close, inactivity) {
        (true, false) => ("yes", "close-request-button-close", ButtonStyle::Success),
        (false, false) => (
            "no",
            "close-request-button-keep-open",
            ButtonStyle::Secondary,
        ),
        (true, true) => ("yes", "close-request-button-yes", ButtonStyle::Success),
        (false, true) => (
            "no",
            "close-request-button-still-need-help",
            ButtonStyle::Secondary,
        ),
    };
    CreateButton::new(format!("{PREFIX}{answer}:{}", t.id.0))
        .label(t!(lang, label))
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
    // The question is for the ticket's owner, in the thread: in their language.
    let owner_lang = owner_lang(bot, t).await;
    let what = r
        .reason
        .as_deref()
        .map(|w| {
            let line = t!(
                owner_lang,
                "close-request-what-was-done",
                what = render::inert(&render::clip(w, 500))
            );
            format!("\n{line}")
        })
        .unwrap_or_default();
    let text = t!(
        owner_lang,
        "close-request-ask",
        owner = format!("<@{}>", t.owner.0),
        agent = format!("<@{}>", r.by.0),
        what = what,
        due = r.due.timestamp().to_string()
    );
    let ask = CreateMessage::new()
        .content(render::clip(&text, render::MAX_CONTENT))
        .allowed_mentions(render::pings(&[], &[t.owner.0]))
        .components(buttons(owner_lang, t, false));
    let thread = ChannelId::new(t.thread.map_or(1, |c| c.0.max(1)));
    // The agent's reply, in the agent's language (read now: the reply seam's scope).
    let asked = t!(
        lang(),
        "close-request-asked",
        owner = format!("<@{}>", t.owner.0),
        ticket = t.no.0.to_string()
    );
    // Confirmed once the question is in the thread; one Discord refused is withdrawn.
    Ok(Reply::later(async move {
        if let Err(err) = thread.send_message(&ctx.http, ask).await {
            bot.desk.withdraw_close_request(&r).await?;
            return Err(err.into());
        }
        Ok(Msg::ephemeral(asked))
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
            lang(),
            render::Change::Close,
            &o.ticket,
            c.user.id.get(),
        )),
        CloseAnswer::Closed(o) => {
            let member = format!("<@{}>", c.user.id.get());
            let text = t!(lang(), "close-request-closed", member = member);
            done(text).then(async move { close_thread(bot, &ctx.http, &o.ticket).await })
        }
        CloseAnswer::KeptOpen { request } => {
            // Only the owner may answer: the presser's language is the owner's.
            let member = format!("<@{}>", c.user.id.get());
            let text = t!(
                lang(),
                "close-request-kept-open-ping",
                member = member.clone(),
                agent = format!("<@{}>", request.by.0)
            );
            let agent = request.by.0;
            let thread = c.channel_id;
            done(t!(lang(), "close-request-kept-open", member = member)).then(async move {
                let note = CreateMessage::new()
                    .content(text)
                    .allowed_mentions(render::pings(&[], &[agent]));
                thread.send_message(&ctx.http, note).await?;
                Ok(())
            })
        }
    })
}

fn buttons(lang: Lang, t: &Ticket, inactivity: bool) -> Vec<CreateActionRow> {
    vec![CreateActionRow::Buttons(vec![
        button(lang, true, t, inactivity),
        button(lang, false, t, inactivity),
    ])]
}

/// Posts the bot's "is this solved?" in a ticket's thread, pinging only its member.
async fn ask_inactive(
    lang: Lang,
    http: &Http,
    r: &CloseRequest,
    t: &Ticket,
    thread: u64,
    said_at: chrono::DateTime<chrono::Utc>,
) -> Result<(), String> {
    let text = t!(
        lang,
        "close-request-inactive-ask",
        owner = format!("<@{}>", t.owner.0),
        agent = format!("<@{}>", r.by.0),
        said = said_at.timestamp().to_string(),
        due = r.due.timestamp().to_string()
    );
    let ask = CreateMessage::new()
        .content(text)
        .allowed_mentions(render::pings(&[], &[t.owner.0]))
        .components(buttons(lang, t, true));
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
                Some(thread) => {
                    let lang = owner_lang(bot, &t).await;
                    ask_inactive(lang, http, &r, &t, thread.0, said_at).await
                }
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
            // Said in the thread, to its owner: in their language.
            let lang = owner_lang(bot, t).await;
            let ticket = t.no.0.to_string();
            let text = if t.closed_inactive {
                t!(lang, "close-request-closed-inactive", ticket = ticket)
            } else {
                t!(lang, "close-request-closed-unanswered", ticket = ticket)
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
