//! `/support block|unblock|blocks`: the moderators' blocks on opening tickets. What is done is
//! told to the moderator and in the log channel (pinging nobody); the blocked member only
//! learns it when a ticket they open is refused, and never by whom.

use super::SupportCommand;
use crate::bot::locale::{lang, server_lang};
use crate::bot::reply::{HandlerError, Reply};
use crate::bot::{render, Bot};
use crate::desk::Block;
use crate::i18n::Lang;
use crate::t;
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
    // The reply in the moderator's language, the log line in the server's.
    let (lang, server) = (lang(), server_lang(bot, guild.0).await);
    let (reply, log) = match command {
        SupportCommand::Block {
            member,
            reason,
            days,
        } => {
            if member == by.0 {
                return Ok(Reply::ephemeral(t!(lang, "block-self")));
            }
            let b = bot
                .desk
                .block(guild, UserId(member), by, &reason, days, now)
                .await?;
            let said = |lang: Lang, id: &str| {
                t!(
                    lang,
                    id,
                    member = format!("<@{}>", b.member.0),
                    by = format!("<@{}>", by.0),
                    until = until(lang, &b),
                    reason = reason_of(lang, &b)
                )
            };
            (
                said(lang, "block-blocked"),
                said(server, "block-blocked-log"),
            )
        }
        SupportCommand::Unblock { member } => {
            let unblocked = bot.desk.unblock(guild, UserId(member), by, now).await?;
            let member = format!("<@{member}>");
            match unblocked {
                Some(_) => (
                    t!(lang, "block-lifted", member = member.as_str()),
                    t!(
                        server,
                        "block-lifted-log",
                        by = format!("<@{}>", by.0),
                        member = member.as_str()
                    ),
                ),
                None => {
                    return Ok(Reply::ephemeral(t!(
                        lang,
                        "block-not-blocked",
                        member = member
                    )))
                }
            }
        }
        SupportCommand::Blocks => {
            let list = bot.desk.blocks(guild, now).await?;
            return Ok(Reply::ephemeral(listed(lang, &list)));
        }
        SupportCommand::Stats { .. } => unreachable!("stats is not a block command"),
    };
    Ok(Reply::ephemeral(reply).then(async move {
        bot.post_log(&ctx.http, guild.0, &log).await;
        Ok(())
    }))
}

/// " (reason: …)", or nothing when no reason was given.
fn reason_of(lang: Lang, b: &Block) -> String {
    if b.reason.is_empty() {
        String::new()
    } else {
        format!(
            " {}",
            t!(lang, "block-reason", reason = render::inert(&b.reason))
        )
    }
}

/// "until <time>" or "until the block is lifted".
fn until(lang: Lang, b: &Block) -> String {
    match b.until {
        Some(time) => t!(
            lang,
            "block-until-time",
            time = format!("<t:{}:f>", time.timestamp())
        ),
        None => t!(lang, "block-until-lifted"),
    }
}

/// The blocks in force, one a line.
fn listed(lang: Lang, list: &[Block]) -> String {
    if list.is_empty() {
        return t!(lang, "block-none");
    }
    let lines: Vec<String> = list
        .iter()
        .map(|b| {
            let reason = if b.reason.is_empty() {
                String::new()
            } else {
                format!(": {}", render::inert(&b.reason))
            };
            t!(
                lang,
                "block-list-line",
                member = format!("<@{}>", b.member.0),
                until = until(lang, b),
                by = format!("<@{}>", b.by.0),
                when = format!("<t:{}:R>", b.at.timestamp()),
                reason = reason
            )
        })
        .collect();
    render::clip(
        &format!("{}\n{}", t!(lang, "block-list-header"), lines.join("\n")),
        render::MAX_CONTENT,
    )
}
