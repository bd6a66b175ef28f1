//! `/ticket ...`: open a private ticket thread; inside one, claim, unclaim, escalate,
//! close, reopen, add and transfer; anywhere, the agents' queue. Refusals are ephemeral,
//! say why, and change nothing.

use super::{options, render, Bot};
use crate::desk::{DeskError, OpenRequest, Outcome, QueueFilter};
use crate::tickets::{Actor, ChannelId, GuildId, InteractionId, Ticket, Tier};
use serenity::all::{
    ChannelType, CommandInteraction, Context, CreateActionRow, CreateInputText,
    CreateInteractionResponse, CreateInteractionResponseMessage, CreateModal, CreateThread,
    EditThread, InputTextStyle, ResolvedOption,
};

/// Replies only to the person who asked.
pub async fn ephemeral(
    ctx: &Context,
    cmd: &CommandInteraction,
    text: impl Into<String>,
) -> anyhow::Result<()> {
    respond(ctx, cmd, text.into(), true).await
}

/// A reply everyone in the channel sees (pings nobody).
async fn public(
    ctx: &Context,
    cmd: &CommandInteraction,
    text: impl Into<String>,
) -> anyhow::Result<()> {
    respond(ctx, cmd, text.into(), false).await
}

async fn respond(
    ctx: &Context,
    cmd: &CommandInteraction,
    text: String,
    only_them: bool,
) -> anyhow::Result<()> {
    let msg = CreateInteractionResponseMessage::new()
        .content(render::clip(&text, render::MAX_CONTENT))
        .ephemeral(only_them)
        .allowed_mentions(render::no_pings());
    cmd.create_response(&ctx.http, CreateInteractionResponse::Message(msg))
        .await?;
    Ok(())
}

/// The ticket whose thread the command was used in, or the refusal to show.
pub async fn ticket_here(bot: &Bot, cmd: &CommandInteraction) -> Result<Ticket, String> {
    bot.desk
        .ticket_in_thread(ChannelId(cmd.channel_id.get()))
        .await
        .map_err(|err| error_text(&err))
}

/// The text to show for a desk error (refusals verbatim; store errors generic, logged).
pub fn error_text(err: &DeskError) -> String {
    match err {
        DeskError::Refused(r) => r.to_string(),
        DeskError::Store(e) => {
            tracing::error!(error = %e, "desk storage failed");
            render::ERROR_TRY_AGAIN.to_string()
        }
    }
}

/// Handles `/ticket <sub>`.
pub async fn on_command(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> anyhow::Result<()> {
    let roles = cmd
        .member
        .as_ref()
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    let user = cmd.user.id.get();
    let actor = bot.actor(user, &roles);
    let (sub, opts) = options::subcommand(cmd);
    match sub.as_str() {
        "open" => match options::text(&opts, "topic")
            .map(str::trim)
            .filter(|t| !t.is_empty())
        {
            Some(topic) => {
                let topic = topic.to_string();
                let who = match options::user(cmd, "member").filter(|m| *m != user) {
                    Some(_) if !actor.is_agent() => {
                        return ephemeral(
                            ctx,
                            cmd,
                            "Only support agents can open a ticket for someone else.",
                        )
                        .await;
                    }
                    Some(member) => OnBehalf {
                        owner: member,
                        agent: actor,
                    },
                    None => OnBehalf {
                        owner: user,
                        agent: actor,
                    },
                };
                open_from_command(bot, ctx, cmd, who, topic).await
            }
            None => {
                let modal = CreateModal::new(render::OPEN_MODAL, "Open a support ticket")
                    .components(vec![CreateActionRow::InputText(
                        CreateInputText::new(
                            InputTextStyle::Paragraph,
                            "What do you need help with?",
                            render::OPEN_MODAL_TOPIC,
                        )
                        .max_length(200)
                        .required(true),
                    )]);
                cmd.create_response(&ctx.http, CreateInteractionResponse::Modal(modal))
                    .await?;
                Ok(())
            }
        },
        "queue" => queue(bot, ctx, cmd, actor).await,
        _ => in_thread(bot, ctx, cmd, actor, &sub, &opts).await,
    }
}

/// Who a ticket is for, and who asked (the same person unless an agent opens it for a member).
pub struct OnBehalf {
    pub owner: u64,
    pub agent: Actor,
}

async fn open_from_command(
    bot: &Bot,
    ctx: &Context,
    cmd: &CommandInteraction,
    who: OnBehalf,
    topic: String,
) -> anyhow::Result<()> {
    cmd.defer_ephemeral(&ctx.http).await?;
    let guild = cmd.guild_id.map(|g| g.get()).unwrap_or_default();
    let text = match open_ticket(bot, ctx, guild, who, topic, Some(cmd.id.get()), None).await {
        Ok((thread, ticket)) => render::opened_reply(thread, &ticket),
        Err(text) => text,
    };
    cmd.edit_response(&ctx.http, render::edited(&text)).await?;
    Ok(())
}

/// Opens a ticket for `actor.user`: checks the member's limit, creates the private thread,
/// records the ticket with its thread, adds the member, posts the intro and pings the
/// right roles. If the thread cannot be created, nothing is recorded. Returns the thread
/// and ticket, or the text to show the member.
pub async fn open_ticket(
    bot: &Bot,
    ctx: &Context,
    guild: u64,
    who: OnBehalf,
    topic: String,
    interaction: Option<u64>,
    note: Option<&str>,
) -> Result<(u64, Ticket), String> {
    let owner = crate::tickets::UserId(who.owner);
    let actor = who.agent;
    let open = bot
        .desk
        .open_tickets_of(GuildId(guild), owner)
        .await
        .map_err(|e| error_text(&e))?;
    if open.len() as u32 >= bot.desk.rules().max_open {
        let refusal = crate::tickets::Refusal::TooManyOpen {
            max: bot.desk.rules().max_open,
            open: open.iter().map(|t| t.id).collect(),
        };
        return Err(refusal.to_string());
    }
    let parent = serenity::all::ChannelId::new(bot.config.ticket_channel_id);
    let name: String = format!("ticket {}", topic.replace('@', ""))
        .chars()
        .take(90)
        .collect();
    let thread = parent
        .create_thread(
            &ctx.http,
            CreateThread::new(name)
                .kind(ChannelType::PrivateThread)
                .invitable(false),
        )
        .await
        .map_err(|err| {
            tracing::error!(error = %err, "creating a ticket thread failed");
            render::THREAD_FAILED.to_string()
        })?;
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
            return Err(error_text(&err));
        }
    };
    let ticket = opened.ticket.clone();
    if opened.already {
        let _ = thread.id.delete(&ctx.http).await;
        let existing = ticket.thread.map(|c| c.0).unwrap_or_default();
        return Ok((existing, ticket));
    }
    // The thread was made before the ticket had a number: name it after the ticket now.
    let named = EditThread::new().name(render::thread_name(&ticket));
    if let Err(err) = thread.id.edit_thread(&ctx.http, named).await {
        tracing::warn!(error = %err, "naming the ticket thread failed");
    }
    if let Err(err) = thread
        .id
        .add_thread_member(&ctx.http, serenity::all::UserId::new(owner.0))
        .await
    {
        tracing::warn!(error = %err, "adding the member to the ticket thread failed");
    }
    let position = bot
        .desk
        .queue(now, QueueFilter::default())
        .await
        .map(|q| {
            q.entries
                .iter()
                .position(|e| e.ticket.id == ticket.id)
                .map_or(q.entries.len(), |p| p + 1)
        })
        .unwrap_or(1);
    let roles = bot.notify_roles(&opened.notify);
    let intro = render::intro(&render::Intro {
        ticket: &ticket,
        position,
        expect_by: opened.expect_answer_by,
        desk_opens_at: opened.desk_opens_at,
        now,
        roles: &roles,
        note,
    });
    if let Err(err) = thread.id.send_message(&ctx.http, intro).await {
        tracing::warn!(error = %err, "posting the ticket intro failed");
    }
    log(
        bot,
        ctx,
        &format!(
            "Ticket {} opened by <@{}> ({}).",
            ticket.id.0,
            owner.0,
            ticket.priority.as_str()
        ),
    )
    .await;
    Ok((thread.id.get(), ticket))
}

/// Posts a line in the log channel, if one is configured.
pub async fn log(bot: &Bot, ctx: &Context, text: &str) {
    if let Some(log) = bot.config.log_channel_id {
        let msg = render::notice(text, &[]);
        if let Err(err) = serenity::all::ChannelId::new(log)
            .send_message(&ctx.http, msg)
            .await
        {
            tracing::warn!(error = %err, "posting to the log channel failed");
        }
    }
}

async fn queue(
    bot: &Bot,
    ctx: &Context,
    cmd: &CommandInteraction,
    actor: Actor,
) -> anyhow::Result<()> {
    if !actor.is_agent() {
        return ephemeral(ctx, cmd, "Only support agents can see the queue.").await;
    }
    let now = bot.now();
    let text = match bot
        .desk
        .queue(
            now,
            QueueFilter {
                include_claimed: true,
                ..QueueFilter::default()
            },
        )
        .await
    {
        Ok(q) if q.entries.is_empty() => "The queue is empty. 🎉".to_string(),
        Ok(q) => {
            let mut lines = vec![format!("**Queue** ({} open):", q.entries.len())];
            for e in q.entries.iter().take(20) {
                let t = &e.ticket;
                let left = t
                    .sla_due_at
                    .map(|d| match render::minutes_until(d, now) {
                        m if m >= 0 => format!("{m} min left"),
                        m => format!("{} min over", -m),
                    })
                    .unwrap_or_else(|| "answered".into());
                let who = t
                    .claimed_by
                    .map(|u| format!("<@{}>", u.0))
                    .unwrap_or_else(|| "unclaimed".into());
                lines.push(format!(
                    "{}#{} {} · tier {} · {} · waited {} min · {} · <#{}>",
                    if t.priority == crate::tickets::Priority::Urgent {
                        "🚨 "
                    } else {
                        ""
                    },
                    t.id.0,
                    render::inert(&render::clip(&t.topic, 60)),
                    t.tier.0,
                    who,
                    e.waited.num_minutes(),
                    left,
                    t.thread.map(|c| c.0).unwrap_or_default()
                ));
            }
            lines.join("\n")
        }
        Err(err) => error_text(&err),
    };
    ephemeral(ctx, cmd, text).await
}

async fn in_thread(
    bot: &Bot,
    ctx: &Context,
    cmd: &CommandInteraction,
    actor: Actor,
    sub: &str,
    opts: &[ResolvedOption<'_>],
) -> anyhow::Result<()> {
    let ticket = match ticket_here(bot, cmd).await {
        Ok(t) => t,
        Err(text) => return ephemeral(ctx, cmd, text).await,
    };
    let now = bot.now();
    let id = ticket.id;
    let user = actor.user.0;
    let result: Result<Outcome, DeskError> = match sub {
        "claim" => bot.desk.claim(id, actor, now).await,
        "unclaim" => bot.desk.unclaim(id, actor, now).await,
        "escalate" => {
            let to = options::int(opts, "tier").map(|t| Tier(t.clamp(1, 9) as u8));
            let reason = options::text(opts, "reason").map(str::to_string);
            bot.desk.escalate(id, actor, to, reason, now).await
        }
        "close" => {
            bot.desk
                .close(
                    id,
                    actor,
                    options::text(opts, "resolution").map(str::to_string),
                    now,
                )
                .await
        }
        "reopen" => bot.desk.reopen(id, actor, now).await,
        "transfer" => {
            let Some(target) = options::user(cmd, "agent") else {
                return ephemeral(ctx, cmd, "Name the agent to hand the ticket to.").await;
            };
            let target_roles = match cmd
                .data
                .resolved
                .members
                .get(&serenity::all::UserId::new(target))
            {
                Some(m) => m.roles.clone(),
                None => Vec::new(),
            };
            let to = bot.actor(target, &target_roles);
            bot.desk.transfer(id, actor, to, now).await
        }
        "add" => {
            if !actor.is_agent() && actor.user != ticket.owner {
                return ephemeral(
                    ctx,
                    cmd,
                    "Only the ticket's owner or a support agent can add people to it.",
                )
                .await;
            }
            let Some(target) = options::user(cmd, "user") else {
                return ephemeral(ctx, cmd, "Name the person to add.").await;
            };
            cmd.channel_id
                .add_thread_member(&ctx.http, serenity::all::UserId::new(target))
                .await?;
            return public(
                ctx,
                cmd,
                format!("<@{user}> added <@{target}> to this ticket."),
            )
            .await;
        }
        other => return ephemeral(ctx, cmd, format!("Unknown ticket command `{other}`.")).await,
    };
    let outcome = match result {
        Ok(o) => o,
        Err(err) => return ephemeral(ctx, cmd, error_text(&err)).await,
    };
    if outcome.already {
        return ephemeral(
            ctx,
            cmd,
            "Nothing to change: the ticket is already like that.",
        )
        .await;
    }
    let t = &outcome.ticket;
    // The agent who holds a ticket is in its thread (followed, notified of replies).
    if let (Some(holder), "claim" | "transfer") = (t.claimed_by, sub) {
        let member = serenity::all::UserId::new(holder.0);
        if let Err(err) = cmd.channel_id.add_thread_member(&ctx.http, member).await {
            tracing::warn!(error = %err, "adding the agent to the ticket thread failed");
        }
    }
    match sub {
        "claim" => public(ctx, cmd, render::claimed(t, user)).await?,
        "unclaim" => {
            public(
                ctx,
                cmd,
                format!(
                    "<@{user}> released ticket {}; it is back in the tier {} queue.",
                    t.id.0, t.tier.0
                ),
            )
            .await?
        }
        "transfer" => {
            public(
                ctx,
                cmd,
                format!(
                    "Ticket {} now belongs to <@{}>.",
                    t.id.0,
                    t.claimed_by.map(|u| u.0).unwrap_or_default()
                ),
            )
            .await?
        }
        "escalate" => {
            let reason = options::text(opts, "reason");
            public(ctx, cmd, render::escalated(t, Some(user), reason, false)).await?;
            let roles = bot.notify_roles(&outcome.notify);
            let note = render::notice(
                &format!("Tier {} agents: ticket {} needs you.", t.tier.0, t.id.0),
                &roles,
            );
            cmd.channel_id.send_message(&ctx.http, note).await?;
            log(bot, ctx, &render::escalated(t, Some(user), reason, false)).await;
        }
        "close" => {
            ephemeral(ctx, cmd, format!("Ticket {} closed.", t.id.0)).await?;
            close_thread(bot, ctx, t).await?;
        }
        "reopen" => {
            cmd.channel_id
                .edit_thread(&ctx.http, EditThread::new().archived(false).locked(false))
                .await?;
            public(ctx, cmd, render::reopened(t, user)).await?;
            let roles = bot.notify_roles(&outcome.notify);
            if !roles.is_empty() {
                cmd.channel_id
                    .send_message(
                        &ctx.http,
                        render::notice("This ticket needs an agent again.", &roles),
                    )
                    .await?;
            }
        }
        _ => {}
    }
    Ok(())
}

/// After a close: the rating prompt with its reactions, and the transcript to the log
/// channel. The thread is locked once the owner rates, or after the grace period.
pub async fn close_thread(bot: &Bot, ctx: &Context, t: &Ticket) -> anyhow::Result<()> {
    let Some(thread) = t.thread else {
        return Ok(());
    };
    let thread = serenity::all::ChannelId::new(thread.0);
    let grace = bot.config.rating_grace.as_secs() / 3600;
    let prompt = thread
        .send_message(&ctx.http, render::rating_prompt(t, grace))
        .await?;
    for emoji in render::RATING_EMOJI {
        prompt
            .react(
                &ctx.http,
                serenity::all::ReactionType::Unicode(emoji.to_string()),
            )
            .await?;
    }
    if bot.config.rating_grace.is_zero() {
        super::tasks::finish(bot, ctx.http.as_ref(), t).await;
    }
    Ok(())
}
