//! Buttons and modals: "Solved" and "Talk to a human" under an auto-answer, and the topic
//! modal of `/ticket open` without a topic.

use super::{render, tickets, Bot};
use crate::tickets::MessageId;
use serenity::all::{
    ActionRowComponent, ComponentInteraction, Context, CreateInteractionResponse,
    CreateInteractionResponseMessage, ModalInteraction,
};

async fn reply(ctx: &Context, c: &ComponentInteraction, text: &str) -> anyhow::Result<()> {
    let msg = CreateInteractionResponseMessage::new()
        .content(text)
        .ephemeral(true)
        .allowed_mentions(render::no_pings());
    c.create_response(&ctx.http, CreateInteractionResponse::Message(msg))
        .await?;
    Ok(())
}

/// Handles a button press.
pub async fn on_component(
    bot: &Bot,
    ctx: &Context,
    c: &ComponentInteraction,
) -> anyhow::Result<()> {
    let id = c.data.custom_id.as_str();
    let (kind, asker) = match id.rsplit_once(':') {
        Some((kind, asker)) => (kind, asker.parse::<u64>().unwrap_or_default()),
        None => (id, 0),
    };
    if kind != render::SOLVED && kind != render::HUMAN {
        return Ok(());
    }
    let presser = c.user.id.get();
    if presser != asker {
        return reply(ctx, c, render::NOT_YOUR_ANSWER).await;
    }
    let now = bot.now();
    if kind == render::SOLVED {
        let answer = MessageId(c.message.id.get());
        return match bot
            .desk
            .answer_feedback(answer, crate::tickets::UserId(presser), Some(true), now)
            .await
        {
            Ok(_) => reply(ctx, c, render::THANKS_SOLVED).await,
            Err(err) => reply(ctx, c, &tickets::error_text(&err)).await,
        };
    }
    c.defer_ephemeral(&ctx.http).await?;
    let question = c
        .message
        .referenced_message
        .as_ref()
        .map(|m| m.content.clone())
        .filter(|q| !q.trim().is_empty())
        .or_else(|| c.message.embeds.first().and_then(|e| e.title.clone()))
        .unwrap_or_else(|| "Help with an automatic answer".to_string());
    let entry = c
        .message
        .embeds
        .first()
        .and_then(|e| e.title.clone())
        .unwrap_or_else(|| "an automatic answer".into());
    let note = format!("The automatic answer \"{entry}\" did not solve it.");
    let roles = c
        .member
        .as_ref()
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    let actor = bot.actor(presser, &roles);
    let guild = c.guild_id.map(|g| g.get()).unwrap_or_default();
    let who = tickets::OnBehalf {
        owner: presser,
        agent: actor,
    };
    let text = match tickets::open_ticket(
        bot,
        ctx,
        guild,
        who,
        question,
        Some(c.id.get()),
        Some(&note),
    )
    .await
    {
        Ok((thread, ticket)) => {
            let _ = bot
                .desk
                .answer_feedback(
                    MessageId(c.message.id.get()),
                    crate::tickets::UserId(presser),
                    Some(false),
                    now,
                )
                .await;
            render::opened_reply(thread, &ticket)
        }
        Err(text) => text,
    };
    c.edit_response(&ctx.http, render::edited(&text)).await?;
    Ok(())
}

/// Handles the topic modal of `/ticket open`.
pub async fn on_modal(bot: &Bot, ctx: &Context, m: &ModalInteraction) -> anyhow::Result<()> {
    if m.data.custom_id != render::OPEN_MODAL {
        return Ok(());
    }
    let topic = m
        .data
        .components
        .iter()
        .flat_map(|row| row.components.iter())
        .find_map(|c| match c {
            ActionRowComponent::InputText(t) if t.custom_id == render::OPEN_MODAL_TOPIC => {
                t.value.clone()
            }
            _ => None,
        })
        .unwrap_or_default();
    m.defer_ephemeral(&ctx.http).await?;
    let roles = m
        .member
        .as_ref()
        .map(|mm| mm.roles.clone())
        .unwrap_or_default();
    let actor = bot.actor(m.user.id.get(), &roles);
    let guild = m.guild_id.map(|g| g.get()).unwrap_or_default();
    let text = if topic.trim().is_empty() {
        "Please give your ticket a short topic.".to_string()
    } else {
        let who = tickets::OnBehalf {
            owner: m.user.id.get(),
            agent: actor,
        };
        match tickets::open_ticket(
            bot,
            ctx,
            guild,
            who,
            topic.trim().to_string(),
            Some(m.id.get()),
            None,
        )
        .await
        {
            Ok((thread, ticket)) => render::opened_reply(thread, &ticket),
            Err(text) => text,
        }
    };
    m.edit_response(&ctx.http, render::edited(&text)).await?;
    Ok(())
}
