//! Opening a ticket in Discord, wherever it is asked for (`/ticket open`, its form, the "Talk to
//! a human" button): the desk's checks first, then the private thread, the ticket recorded with
//! it, the member added, the intro posted and the right roles pinged.

use super::roles::Staff;
use super::{render, Bot};
use crate::desk::{OpenRequest, QueueFilter};
use crate::tickets::{Actor, ChannelId, GuildId, InteractionId, Ticket, UserId};
use serenity::all::{ChannelType, Context, CreateThread, EditThread};

use super::reply::HandlerError;

/// Who a ticket is for, and who asked (the same person unless an agent opens it for a member).
pub struct OnBehalf {
    pub owner: u64,
    pub agent: Actor,
}

/// Opens a ticket for `who.owner`. If the thread cannot be created, nothing is recorded.
/// Returns the thread and ticket, or the text to show (a refusal, or Discord's failure);
/// a storage failure is an internal error.
pub async fn open_ticket(
    bot: &Bot,
    ctx: &Context,
    guild: u64,
    who: OnBehalf,
    topic: String,
    interaction: Option<u64>,
    note: Option<&str>,
) -> Result<Result<(u64, Ticket), String>, HandlerError> {
    let owner = UserId(who.owner);
    let actor = who.agent;
    // Checked before the thread exists, so a refused member leaves no empty thread behind
    // (the desk checks again, atomically, when it records the ticket).
    if let Some(refusal) = bot
        .desk
        .refusal_to_open(GuildId(guild), owner, &actor, bot.now())
        .await?
    {
        return Ok(Err(refusal.to_string()));
    }
    let server = bot.server(guild).await?;
    let Some(parent) = server
        .settings
        .ticket_channel
        .filter(|_| server.settings.is_set_up())
    else {
        return Ok(Err(render::NOT_SET_UP.to_string()));
    };
    let parent = serenity::all::ChannelId::new(parent);
    let name: String = format!("ticket {}", topic.replace('@', ""))
        .chars()
        .take(90)
        .collect();
    let created = parent
        .create_thread(
            &ctx.http,
            CreateThread::new(name)
                .kind(ChannelType::PrivateThread)
                .invitable(false),
        )
        .await;
    let thread = match created {
        Ok(t) => t,
        Err(err) => {
            tracing::error!(error = %err, "creating a ticket thread failed");
            return Ok(Err(render::THREAD_FAILED.to_string()));
        }
    };
    let now = bot.now();
    let request = OpenRequest {
        guild: GuildId(guild),
        owner,
        opened_by: actor,
        topic,
        first_message: None,
        thread: Some(ChannelId(thread.id.get())),
        interaction: interaction.map(InteractionId),
    };
    let opened = match bot.desk.open(request, now).await {
        Ok(o) => o,
        Err(err) => {
            let _ = thread.id.delete(&ctx.http).await;
            return match err {
                crate::desk::DeskError::Refused(r) => Ok(Err(r.to_string())),
                other => Err(other.into()),
            };
        }
    };
    let ticket = opened.ticket.clone();
    if opened.already {
        let _ = thread.id.delete(&ctx.http).await;
        let existing = ticket.thread.map(|c| c.0).unwrap_or_default();
        return Ok(Ok((existing, ticket)));
    }
    // The thread was made before the ticket had a number: name it after the ticket now.
    let named = EditThread::new().name(render::thread_name(&ticket));
    if let Err(err) = thread.id.edit_thread(&ctx.http, named).await {
        tracing::warn!(error = %err, "naming the ticket thread failed");
    }
    // The member, and the agent who opened it for them (who follows it like the member).
    let mut members = vec![owner];
    if actor.user != owner {
        members.push(actor.user);
    }
    for member in members {
        if let Err(err) = thread
            .id
            .add_thread_member(&ctx.http, serenity::all::UserId::new(member.0))
            .await
        {
            tracing::warn!(error = %err, "adding someone to the ticket thread failed");
        }
    }
    let position = bot
        .desk
        .queue(
            now,
            QueueFilter {
                guild: Some(GuildId(guild)),
                ..QueueFilter::default()
            },
        )
        .await
        .map(|q| {
            q.entries
                .iter()
                .position(|e| e.ticket.id == ticket.id)
                .map_or(q.entries.len(), |p| p + 1)
        })
        .unwrap_or(1);
    let roles = server.notify_roles(&opened.notify);
    let intro = render::intro(&render::Intro {
        ticket: &ticket,
        position,
        expect_by: opened.expect_answer_by,
        desk_opens_at: opened.desk_opens_at,
        now,
        roles: &roles,
        on_call: opened.notify.contains(&crate::tickets::Notify::UrgentRole),
        note,
    });
    if let Err(err) = thread.id.send_message(&ctx.http, intro).await {
        tracing::warn!(error = %err, "posting the ticket intro failed");
    }
    bot.post_log(&ctx.http, guild, &render::opened_log(&ticket))
        .await;
    Ok(Ok((thread.id.get(), ticket)))
}
