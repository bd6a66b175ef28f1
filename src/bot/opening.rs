//! Opening a ticket in Discord, wherever it is asked for (`/ticket open`, its form, the "Talk to
//! a human" button): the desk's checks first, then the private thread, the ticket recorded with
//! it, the member added, the intro posted and the right roles pinged.

use super::roles::Staff;
use super::{render, Bot};
use crate::desk::{OpenRequest, QueueFilter};
use crate::tickets::category::check_answers;
use crate::tickets::{Actor, CategoryId, ChannelId, GuildId, InteractionId, Ticket, UserId};
use serenity::all::{ChannelType, Context, CreateThread, EditThread};

use super::reply::HandlerError;

/// Who a ticket is for, and who asked (the same person unless an agent opens it for a member).
pub struct OnBehalf {
    pub owner: u64,
    pub agent: Actor,
}

/// A ticket asked for.
pub struct Ask<'a> {
    pub guild: u64,
    pub who: OnBehalf,
    pub topic: String,
    /// The interaction that asked (a re-delivered one opens nothing new).
    pub interaction: Option<u64>,
    /// A line for the intro (why the ticket was opened, e.g. an answer that did not help).
    pub note: Option<&'a str>,
    /// The category chosen, and the answers to its form in its order.
    pub category: Option<CategoryId>,
    pub answers: Vec<String>,
}

/// Opens a ticket for `ask.who.owner`. If the thread cannot be created, nothing is recorded.
/// Returns the thread and ticket, or the text to show (a refusal, or Discord's failure);
/// a storage failure is an internal error.
pub async fn open_ticket(
    bot: &Bot,
    ctx: &Context,
    ask: Ask<'_>,
) -> Result<Result<(u64, Ticket), String>, HandlerError> {
    let Ask {
        guild,
        who,
        topic,
        interaction,
        note,
        category,
        answers,
    } = ask;
    let owner = UserId(who.owner);
    let actor = who.agent;
    // Checked before the thread exists, so a refused member leaves no empty thread behind
    // (the desk checks again, atomically, when it records the ticket).
    if let Some(refusal) = bot
        .desk
        .refusal_to_open(GuildId(guild), owner, &actor, bot.now())
        .await?
    {
        return Ok(Err(refusal.text(super::locale::lang())));
    }
    let server = bot.server(guild).await?;
    // A category gone, or answers that do not fit its form, are refused before the thread.
    let category = match category {
        Some(id) => match server.category(Some(id)) {
            Some(c) => {
                if let Err(why) = check_answers(&c.form, &answers) {
                    return Ok(Err(why));
                }
                Some(c.clone())
            }
            None => return Ok(Err(render::category_gone(super::locale::lang()))),
        },
        None => None,
    };
    let Some(parent) = server
        .settings
        .ticket_channel
        .filter(|_| server.settings.is_set_up())
    else {
        return Ok(Err(render::not_set_up(super::locale::lang())));
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
            return Ok(Err(render::thread_failed(super::locale::lang())));
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
        category: category.as_ref().map(|c| c.id),
        answers,
    };
    let opened = match bot.desk.open(request, now).await {
        Ok(o) => o,
        Err(err) => {
            let _ = thread.id.delete(&ctx.http).await;
            return match err {
                crate::desk::DeskError::Refused(r) => Ok(Err(r.text(super::locale::lang()))),
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
    let named = EditThread::new().name(render::thread_name(&ticket, category.as_ref()));
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
                // A category's ticket waits in its team's queue.
                categories: ticket.category.map(|c| vec![c]),
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
    // The owner's language: the opener's own, or the member's an agent opened it for.
    let lang = super::locale::owner_lang(bot, &ticket).await;
    let intro = render::intro(
        lang,
        &render::Intro {
            ticket: &ticket,
            position,
            expect_by: opened.expect_answer_by,
            desk_opens_at: opened.desk_opens_at,
            now,
            roles: &roles,
            on_call: opened.notify.contains(&crate::tickets::Notify::UrgentRole),
            note,
            category: category.as_ref(),
            answers: &opened.answers,
        },
    );
    if let Err(err) = thread.id.send_message(&ctx.http, intro).await {
        tracing::warn!(error = %err, "posting the ticket intro failed");
    }
    // The log channel: the server's language.
    let server_lang = super::locale::server_lang(bot, guild).await;
    bot.post_log(
        &ctx.http,
        guild,
        &render::opened_log(server_lang, &ticket, category.as_ref()),
    )
    .await;
    Ok(Ok((thread.id.get(), ticket)))
}
