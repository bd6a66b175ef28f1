//! `/kb send|test|reload|gaps` and `/support stats`: the agents' macros and the
//! moderators' tuning tools, with autocomplete over entry ids and titles.

use super::tickets::{ephemeral, error_text};
use super::{options, render, Bot};
use crate::desk::NewMessage;
use crate::tickets::{AuthorKind, ChannelId, MessageId, UserId};
use serenity::all::{
    AutocompleteChoice, CommandInteraction, Context, CreateAttachment, CreateAutocompleteResponse,
    CreateEmbed, CreateInteractionResponse, CreateMessage, EditInteractionResponse, ResolvedOption,
};

/// Handles `/kb ...` and `/support ...`.
pub async fn on_command(bot: &Bot, ctx: &Context, cmd: &CommandInteraction) -> anyhow::Result<()> {
    let roles = cmd
        .member
        .as_ref()
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    let (sub, opts) = options::subcommand(cmd);
    let user = cmd.user.id.get();
    if cmd.data.name == "kb" && sub == "send" {
        if bot.tier_of(&roles).is_none() {
            return ephemeral(ctx, cmd, "Only support agents can send canned answers.").await;
        }
        return send(
            bot,
            ctx,
            cmd,
            user,
            options::text(&opts, "entry").unwrap_or_default(),
        )
        .await;
    }
    if !bot.is_moderator(&roles) {
        return ephemeral(ctx, cmd, render::MODERATORS_ONLY).await;
    }
    match (cmd.data.name.as_str(), sub.as_str()) {
        ("kb", "test") => {
            let question = options::text(&opts, "question").unwrap_or_default();
            let kb = bot.kb.current();
            let m = kb.best_match_in(question, Some(cmd.channel_id.get()));
            let text = format!(
                "```\n{}\n```",
                crate::kb::explain::explain(&kb, question, &m).replace("```", "'''")
            );
            ephemeral(ctx, cmd, render::clip(&text, render::MAX_CONTENT)).await
        }
        ("kb", "reload") => {
            // Loading (and training) can take seconds: answer within Discord's 3 s first,
            // and load off the async workers; the old base answers until the swap.
            cmd.defer_ephemeral(&ctx.http).await?;
            let kb = bot.kb.clone();
            let outcome = tokio::task::spawn_blocking(move || kb.reload()).await?;
            let text = match outcome {
                Ok(r) => format!("Reloaded: {} entries, {} patterns.", r.entries, r.patterns),
                Err(problems) => {
                    let list: Vec<String> =
                        problems.iter().take(15).map(|p| format!("- {p}")).collect();
                    format!(
                        "Not reloaded — {} problem(s); the previous knowledge base keeps answering:\n{}",
                        problems.len(),
                        list.join("\n")
                    )
                }
            };
            cmd.edit_response(&ctx.http, render::edited(&text)).await?;
            Ok(())
        }
        ("kb", "gaps") => {
            let since = bot.now() - chrono::Duration::days(30);
            let text = match bot.desk.knowledge_gaps(since, 15).await {
                Ok(gaps) if gaps.is_empty() => "No knowledge gaps in the last 30 days.".to_string(),
                Ok(gaps) => {
                    let mut lines = vec![
                        "**Unanswered questions that became tickets** (last 30 days):".to_string(),
                    ];
                    for g in gaps {
                        lines.push(format!(
                            "- \"{}\" (<#{}>, ticket {})",
                            render::inert(&render::clip(&g.text, 120)),
                            g.channel.0,
                            g.ticket.0
                        ));
                    }
                    lines.join("\n")
                }
                Err(err) => error_text(&err),
            };
            ephemeral(ctx, cmd, text).await
        }
        ("support", "stats") => stats(bot, ctx, cmd, &opts).await,
        _ => ephemeral(ctx, cmd, "Unknown command.").await,
    }
}

/// `/kb send <entry>`: posts a canned answer into the ticket as the agent's response.
async fn send(
    bot: &Bot,
    ctx: &Context,
    cmd: &CommandInteraction,
    agent: u64,
    wanted: &str,
) -> anyhow::Result<()> {
    let ticket = match super::tickets::ticket_here(bot, cmd).await {
        Ok(t) => t,
        Err(text) => return ephemeral(ctx, cmd, text).await,
    };
    let kb = bot.kb.current();
    let entry = kb.entry(wanted).or_else(|| {
        kb.entries().iter().find(|e| {
            e.title
                .as_deref()
                .is_some_and(|t| t.eq_ignore_ascii_case(wanted))
        })
    });
    let Some(entry) = entry else {
        return ephemeral(
            ctx,
            cmd,
            format!("There is no entry `{}`.", render::inert(wanted)),
        )
        .await;
    };
    cmd.defer_ephemeral(&ctx.http).await?;
    let text = entry
        .answer
        .replace("{user}", &format!("<@{}>", ticket.owner.0))
        .replace("{agent}", &format!("<@{agent}>"))
        .replace("{ticket}", &ticket.id.0.to_string());
    let mut embed = CreateEmbed::new().description(render::clip(&text, render::MAX_DESCRIPTION));
    if let Some(title) = &entry.title {
        embed = embed.title(render::clip(title, 256));
    }
    let msg = CreateMessage::new()
        .content(format!("<@{agent}> shared an answer:"))
        .embed(embed)
        .allowed_mentions(render::no_pings());
    let sent = cmd.channel_id.send_message(&ctx.http, msg).await?;
    let record = NewMessage {
        message_id: MessageId(sent.id.get()),
        author: UserId(agent),
        author_name: cmd.user.name.clone(),
        kind: AuthorKind::Agent,
        at: bot.now(),
        content: format!("[kb:{}] {}", entry.id, text),
    };
    let done = match bot
        .desk
        .record_message(ChannelId(cmd.channel_id.get()), record)
        .await
    {
        Ok(_) => format!("Sent `{}`.", entry.id),
        Err(err) => error_text(&err),
    };
    cmd.edit_response(&ctx.http, EditInteractionResponse::new().content(done))
        .await?;
    Ok(())
}

/// The chart's file name on `/support stats` (the embed shows it).
const CHART_FILE: &str = "support-kpis.png";

/// `/support stats [days]`: the KPI report as an embed with the per-day chart.
async fn stats(
    bot: &Bot,
    ctx: &Context,
    cmd: &CommandInteraction,
    opts: &[ResolvedOption<'_>],
) -> anyhow::Result<()> {
    let days = options::int(opts, "days").map_or(30, |d| d.clamp(1, 365) as u32);
    cmd.defer_ephemeral(&ctx.http).await?;
    let report = crate::kpi::report(bot.desk.store(), bot.now(), days).await;
    let text = match report {
        Ok(r) => format!("```\n{r}\n```"),
        Err(err) => {
            tracing::error!(error = %err, "computing the KPI report failed");
            render::ERROR_TRY_AGAIN.to_string()
        }
    };
    let mut embed = CreateEmbed::new()
        .title(format!("Support KPIs, last {days} days"))
        .description(render::clip(&text, render::MAX_DESCRIPTION));
    let mut reply = EditInteractionResponse::new();
    match crate::kpi_chart::period_png(bot.desk.store(), bot.now(), days).await {
        Ok(png) => {
            embed = embed.image(format!("attachment://{CHART_FILE}"));
            reply = reply.new_attachment(CreateAttachment::bytes(png, CHART_FILE));
        }
        Err(err) => tracing::error!(error = %err, "drawing the KPI chart failed"),
    }
    cmd.edit_response(&ctx.http, reply.embed(embed)).await?;
    Ok(())
}

/// Autocomplete for `/kb send entry`: in a ticket, entries that best match its topic
/// first; then entries whose id or title contains what was typed.
pub async fn on_autocomplete(
    bot: &Bot,
    ctx: &Context,
    a: &CommandInteraction,
) -> anyhow::Result<()> {
    let typed = a
        .data
        .autocomplete()
        .map(|o| o.value.to_lowercase())
        .unwrap_or_default();
    let kb = bot.kb.current();
    let mut ids: Vec<usize> = Vec::new();
    if let Ok(t) = bot
        .desk
        .ticket_in_thread(ChannelId(a.channel_id.get()))
        .await
    {
        ids.extend(kb.best_match(&t.topic).candidates.iter().map(|c| c.index));
    }
    for (i, e) in kb.entries().iter().enumerate() {
        let title = e.title.as_deref().unwrap_or_default().to_lowercase();
        if typed.is_empty() || e.id.contains(&typed) || title.contains(&typed) {
            ids.push(i);
        }
    }
    let mut seen = Vec::new();
    let choices: Vec<AutocompleteChoice> = ids
        .into_iter()
        .filter(|i| {
            let new = !seen.contains(i);
            seen.push(*i);
            new
        })
        .filter(|&i| {
            typed.is_empty()
                || kb.entries()[i].id.contains(&typed)
                || kb.entries()[i]
                    .title
                    .as_deref()
                    .unwrap_or_default()
                    .to_lowercase()
                    .contains(&typed)
        })
        .take(25)
        .map(|i| {
            let e = &kb.entries()[i];
            let label = match &e.title {
                Some(t) => format!("{} — {}", e.id, t),
                None => e.id.clone(),
            };
            AutocompleteChoice::new(render::clip(&label, 100), e.id.clone())
        })
        .collect();
    a.create_response(
        &ctx.http,
        CreateInteractionResponse::Autocomplete(
            CreateAutocompleteResponse::new().set_choices(choices),
        ),
    )
    .await?;
    Ok(())
}
