//! `/support block|unblock|blocks`: the moderators' blocks on opening tickets. What is done is
//! told to the moderator and in the log channel (pinging nobody); the blocked member only
//! learns it when a ticket they open is refused, and never by whom.

use super::SupportCommand;
use crate::bot::reply::{HandlerError, Reply};
use crate::bot::{render, Bot};
use crate::desk::Block;
use crate::tickets::{GuildId, UserId};
use serenity::all::{CommandInteraction, Context};

/// Runs a block subcommand; the caller checked that the user may moderate.
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    guild: GuildId,
    command: SupportCommand,
) -> Result<Reply<'a>, HandlerError> {
    let by = UserId(cmd.user.id.get());
    let now = bot.now();
    let (reply, log) = match command {
        SupportCommand::Block {
            member,
            reason,
            days,
        } => {
            if member == by.0 {
                return Ok(Reply::ephemeral("You can't block yourself."));
            }
            let b = bot
                .desk
                .block(guild, UserId(member), by, &reason, days, now)
                .await?;
            let what = blocked(&b);
            (
                format!(
                    "{what}. They are told only that they can't open tickets here{}.",
                    until(&b)
                ),
                format!("<@{}> {}", by.0, lowercase_first(&what)),
            )
        }
        SupportCommand::Unblock { member } => {
            match bot.desk.unblock(guild, UserId(member), by, now).await? {
                Some(_) => (
                    format!("<@{member}> can open tickets again."),
                    format!(
                        "<@{}> lifted the block on <@{member}>: they can open tickets again.",
                        by.0
                    ),
                ),
                None => return Ok(Reply::ephemeral(format!("<@{member}> is not blocked."))),
            }
        }
        SupportCommand::Blocks => {
            let list = bot.desk.blocks(guild, now).await?;
            return Ok(Reply::ephemeral(listed(&list)));
        }
        SupportCommand::Stats { .. } => unreachable!("stats is not a block command"),
    };
    Ok(Reply::ephemeral(reply).then(async move {
        bot.post_log(&ctx.http, guild.0, &log).await;
        Ok(())
    }))
}

/// "Blocked @member from opening tickets until … (reason: …)".
fn blocked(b: &Block) -> String {
    let reason = if b.reason.is_empty() {
        String::new()
    } else {
        format!(" (reason: {})", render::inert(&b.reason))
    };
    format!(
        "Blocked <@{}> from opening tickets{}{reason}",
        b.member.0,
        until(b)
    )
}

fn until(b: &Block) -> String {
    match b.until {
        Some(t) => format!(" until <t:{}:f>", t.timestamp()),
        None => " until the block is lifted".to_string(),
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_lowercase().chain(c).collect())
        .unwrap_or_default()
}

/// The blocks in force, one a line.
fn listed(list: &[Block]) -> String {
    if list.is_empty() {
        return "Nobody is blocked from opening tickets.".to_string();
    }
    let lines: Vec<String> = list
        .iter()
        .map(|b| {
            let reason = if b.reason.is_empty() {
                String::new()
            } else {
                format!(": {}", render::inert(&b.reason))
            };
            format!(
                "- <@{}>{}, by <@{}> <t:{}:R>{reason}",
                b.member.0,
                until(b),
                b.by.0,
                b.at.timestamp()
            )
        })
        .collect();
    render::clip(
        &format!("Blocked from opening tickets:\n{}", lines.join("\n")),
        render::MAX_CONTENT,
    )
}
