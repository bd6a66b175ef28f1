//! Agents' canned answers: an entry of the knowledge base posted by an agent, in a ticket (a
//! response there, in the transcript) or in any other channel (`/kb send` in a help channel,
//! or the message menu "Answer with knowledge base" replying to a member's message, recorded
//! as an agent answer).

use super::reply::HandlerError;
use super::{render, Bot};
use crate::bot::roles::Staff;
use crate::desk::{DeskError, NewAgentAnswer, NewMessage};
use crate::kb::Entry;
use crate::tickets::{AuthorKind, ChannelId, GuildId, MessageId, Refusal, Ticket, UserId};
use serenity::all::{CreateEmbed, CreateMessage, Http, MessageReference};

/// Who posts, and where.
pub struct Post<'a> {
    pub guild: u64,
    pub channel: u64,
    pub agent: u64,
    pub agent_name: &'a str,
    pub agent_roles: &'a [serenity::all::RoleId],
    /// The member's message to reply to, and its author.
    pub reply_to: Option<(u64, u64)>,
}

/// The entry's answer with `{user}`, `{agent}` and `{ticket}` filled in.
fn fill(entry: &Entry, user: Option<u64>, agent: u64, ticket: Option<&Ticket>) -> String {
    let mut text = entry
        .answer
        .replace(
            "{user}",
            &user.map_or_else(|| "there".into(), |u| format!("<@{u}>")),
        )
        .replace("{agent}", &format!("<@{agent}>"));
    if let Some(t) = ticket {
        text = text.replace("{ticket}", &t.id.0.to_string());
    }
    text
}

/// Posts `entry` as `p.agent`'s answer and records it. Returns the text for the agent.
pub async fn post(
    bot: &Bot,
    http: &Http,
    p: Post<'_>,
    entry: &Entry,
) -> Result<Result<String, Refusal>, HandlerError> {
    let here = ChannelId(p.channel);
    let ticket = match bot.desk.ticket_in_thread(here).await {
        Ok(t) => Some(t),
        Err(DeskError::Refused(Refusal::NotATicket)) => None,
        Err(e) => return Err(e.into()),
    };
    let user = match (&ticket, p.reply_to) {
        (_, Some((_, author))) => Some(author),
        (Some(t), None) => Some(t.owner.0),
        (None, None) => None,
    };
    let text = fill(entry, user, p.agent, ticket.as_ref());
    let mut embed = CreateEmbed::new().description(render::clip(&text, render::MAX_DESCRIPTION));
    if let Some(title) = &entry.title {
        embed = embed.title(render::clip(title, 256));
    }
    let mut msg = CreateMessage::new()
        .content(format!("<@{}> shared an answer:", p.agent))
        .embed(embed)
        .allowed_mentions(render::no_pings());
    if let Some((message, _)) = p.reply_to {
        msg = msg.reference_message(
            MessageReference::from((
                serenity::all::ChannelId::new(p.channel),
                serenity::all::MessageId::new(message),
            ))
            .fail_if_not_exists(false),
        );
    }
    let sent = serenity::all::ChannelId::new(p.channel)
        .send_message(http, msg)
        .await?;
    let now = bot.now();
    match ticket {
        Some(t) => {
            let tier = bot
                .server(t.guild.0)
                .await?
                .tier_on(p.agent_roles, t.category);
            let record = NewMessage {
                message_id: MessageId(sent.id.get()),
                author: UserId(p.agent),
                author_name: p.agent_name.to_string(),
                kind: AuthorKind::Agent,
                author_tier: tier,
                at: now,
                content: format!("[kb:{}] {}", entry.id, text),
            };
            if let Err(e) = bot.desk.record_message(here, record).await {
                return match e {
                    DeskError::Refused(r) => Ok(Err(r)),
                    e => Err(e.into()),
                };
            }
        }
        None => {
            let record = NewAgentAnswer {
                message_id: MessageId(sent.id.get()),
                guild: GuildId(p.guild),
                channel: here,
                agent: UserId(p.agent),
                entry_id: entry.id.clone(),
                asker: p.reply_to.map(|(_, a)| UserId(a)),
                reply_to: p.reply_to.map(|(m, _)| MessageId(m)),
                at: now,
            };
            bot.desk.record_agent_answer(record).await?;
        }
    }
    Ok(Ok(format!("Sent `{}`.", entry.id)))
}
