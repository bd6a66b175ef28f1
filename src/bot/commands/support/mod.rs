//! `/support stats [days]`: the support KPIs as an embed, with the per-day chart attached.
//! `/support block member [reason] [days]`, `unblock member`, `blocks`: moderators stop a
//! member from opening tickets (told in the log channel; the member is never told by whom).

use super::sub;
use crate::bot::options::{subcommand, OptionError, Unit};
use crate::bot::reply::{HandlerError, Msg, Reply};
use crate::bot::roles::{may_moderate, Staff};
use crate::bot::{render, Bot};
use crate::desk::MAX_BLOCK_DAYS;
use crate::tickets::Refusal;
use serenity::all::{
    CommandInteraction, CommandOptionType, Context, CreateAttachment, CreateCommand,
    CreateCommandOption, CreateEmbed,
};

mod block;

pub const NAME: &str = "support";

/// Subcommand names.
pub mod subs {
    pub const STATS: &str = "stats";
    pub const BLOCK: &str = "block";
    pub const UNBLOCK: &str = "unblock";
    pub const BLOCKS: &str = "blocks";
}

/// Option names.
pub mod opts {
    pub const DAYS: &str = "days";
    pub const MEMBER: &str = "member";
    pub const REASON: &str = "reason";
    pub const CATEGORY: &str = "category";
}

/// The period when none is given.
pub const DEFAULT_DAYS: u32 = 30;

/// The chart's file name (the embed shows it).
const CHART_FILE: &str = "support-kpis.png";

/// The declaration of `/support`.
pub fn declare() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("Support team figures")
        .dm_permission(false)
        .add_option(
            sub(subs::STATS, "KPIs with a chart")
                .add_sub_option(
                    CreateCommandOption::new(
                        CommandOptionType::Integer,
                        opts::DAYS,
                        "How many days back (default 30)",
                    )
                    .min_int_value(1)
                    .max_int_value(365)
                    .required(false),
                )
                .add_sub_option(crate::bot::commands::category::category_option(
                    opts::CATEGORY,
                    "Only this category's figures",
                    false,
                )),
        )
        .add_option(
            sub(
                subs::BLOCK,
                "Moderators: stop a member from opening tickets",
            )
            .add_sub_option(member_option())
            .add_sub_option(
                CreateCommandOption::new(
                    CommandOptionType::String,
                    opts::REASON,
                    "Why (kept for the moderators; the member is not told)",
                )
                .max_length(200)
                .required(false),
            )
            .add_sub_option(
                CreateCommandOption::new(
                    CommandOptionType::Integer,
                    opts::DAYS,
                    "For how many days (default: until lifted with /support unblock)",
                )
                .min_int_value(1)
                .max_int_value(u64::from(MAX_BLOCK_DAYS))
                .required(false),
            ),
        )
        .add_option(
            sub(
                subs::UNBLOCK,
                "Moderators: let a blocked member open tickets again",
            )
            .add_sub_option(member_option()),
        )
        .add_option(sub(
            subs::BLOCKS,
            "Moderators: the members blocked from opening tickets",
        ))
}

fn member_option() -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::User, opts::MEMBER, "The member").required(true)
}

/// `/support <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupportCommand {
    Stats {
        days: u32,
        category: Option<String>,
    },
    Block {
        member: u64,
        reason: String,
        days: Option<u32>,
    },
    Unblock {
        member: u64,
    },
    Blocks,
}

impl SupportCommand {
    /// Reads `/support <sub> ...`.
    pub fn parse(cmd: &CommandInteraction) -> Result<SupportCommand, OptionError> {
        let s = subcommand(cmd);
        match s.name.as_str() {
            subs::STATS => Ok(SupportCommand::Stats {
                days: s
                    .int(opts::DAYS, 1..=365, Unit::Days)?
                    .and_then(|d| u32::try_from(d).ok())
                    .unwrap_or(DEFAULT_DAYS),
                category: s.text(opts::CATEGORY)?,
            }),
            subs::BLOCK => Ok(SupportCommand::Block {
                member: s.required_user(opts::MEMBER)?.id,
                reason: s.text(opts::REASON)?.unwrap_or_default(),
                days: s
                    .int(opts::DAYS, 1..=i64::from(MAX_BLOCK_DAYS), Unit::Days)?
                    .and_then(|d| u32::try_from(d).ok()),
            }),
            subs::UNBLOCK => Ok(SupportCommand::Unblock {
                member: s.required_user(opts::MEMBER)?.id,
            }),
            subs::BLOCKS => Ok(SupportCommand::Blocks),
            _ => Err(s.unknown(NAME)),
        }
    }
}

/// Runs a `/support` command (moderators and agents).
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    command: SupportCommand,
) -> Result<Reply<'a>, HandlerError> {
    let roles = super::roles(cmd);
    let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
    let (days, category) = match command {
        SupportCommand::Stats { days, category } => (days, category),
        blocks => {
            let perms = cmd.member.as_ref().and_then(|m| m.permissions);
            if !may_moderate(&server, &roles, perms) {
                return Ok(Reply::refused(Refusal::BlocksModeratorsOnly));
            }
            return block::run(bot, ctx, cmd, server.guild, blocks).await;
        }
    };
    let actor = server.actor(cmd.user.id.get(), &roles);
    if let Err(r) = crate::tickets::rules::may_use_tools(&actor, server.is_moderator(&roles)) {
        return Ok(Reply::refused(r));
    }
    let guild = server.guild;
    if let Some(name) = category {
        // One category's figures: its line of the breakdown, no chart.
        let Some(c) = server.category_named(&name).cloned() else {
            return Ok(Reply::refused(Refusal::NoSuchCategory(
                crate::tickets::text::one_line(&name)
                    .chars()
                    .take(40)
                    .collect(),
            )));
        };
        return Ok(Reply::later(async move {
            let report = bot.desk.kpi_report(guild, bot.now(), days).await?;
            let mine: Vec<_> = report
                .by_category
                .iter()
                .filter(|g| g.name == c.name)
                .cloned()
                .collect();
            let embed = CreateEmbed::new()
                .title(render::clip(
                    &format!("{}: {}", c.name, report.title()),
                    256,
                ))
                .description(render::clip(
                    &format!("```\n{}\n```", report.breakdown("category", &mine)),
                    render::MAX_DESCRIPTION,
                ));
            Ok(Msg {
                embed: Some(embed),
                ..Msg::ephemeral("")
            })
        }));
    }
    Ok(Reply::later(async move {
        let now = bot.now();
        let report = bot.desk.kpi_report(guild, now, days).await?;
        let mut embed = CreateEmbed::new()
            .title(report.title())
            .description(render::clip(
                &format!("```\n{}\n```", report.body()),
                render::MAX_DESCRIPTION,
            ));
        let mut files = Vec::new();
        match bot.desk.kpi_chart(guild, now, days).await {
            Ok(png) => {
                embed = embed.image(format!("attachment://{CHART_FILE}"));
                files.push(CreateAttachment::bytes(png, CHART_FILE));
            }
            Err(err) => tracing::error!(error = %err, "drawing the KPI chart failed"),
        }
        Ok(Msg {
            embed: Some(embed),
            files,
            ..Msg::ephemeral("")
        })
    }))
}
