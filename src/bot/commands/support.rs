//! `/support stats [days]`: the support KPIs as an embed, with the per-day chart attached.

use super::sub;
use crate::bot::options::{subcommand, OptionError};
use crate::bot::reply::{HandlerError, Msg, Reply};
use crate::bot::roles::Staff;
use crate::bot::{render, Bot};
use serenity::all::{
    CommandInteraction, CommandOptionType, CreateAttachment, CreateCommand, CreateCommandOption,
    CreateEmbed,
};

pub const NAME: &str = "support";

/// Subcommand names.
pub mod subs {
    pub const STATS: &str = "stats";
}

/// Option names.
pub mod opts {
    pub const DAYS: &str = "days";
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
            sub(subs::STATS, "KPIs with a chart").add_sub_option(
                CreateCommandOption::new(
                    CommandOptionType::Integer,
                    opts::DAYS,
                    "How many days back (default 30)",
                )
                .min_int_value(1)
                .max_int_value(365)
                .required(false),
            ),
        )
}

/// `/support <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SupportCommand {
    Stats { days: u32 },
}

impl SupportCommand {
    /// Reads `/support <sub> ...`.
    pub fn parse(cmd: &CommandInteraction) -> Result<SupportCommand, OptionError> {
        let s = subcommand(cmd);
        match s.name.as_str() {
            subs::STATS => Ok(SupportCommand::Stats {
                days: s
                    .int(opts::DAYS, 1..=365, "a number of days from 1 to 365")?
                    .and_then(|d| u32::try_from(d).ok())
                    .unwrap_or(DEFAULT_DAYS),
            }),
            _ => Err(s.unknown(NAME)),
        }
    }
}

/// Runs a `/support` command (moderators and agents).
pub async fn run<'a>(
    bot: &'a Bot,
    cmd: &'a CommandInteraction,
    command: SupportCommand,
) -> Result<Reply<'a>, HandlerError> {
    let roles = super::roles(cmd);
    let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
    let actor = server.actor(cmd.user.id.get(), &roles);
    if let Err(r) = crate::tickets::rules::may_use_tools(&actor, server.is_moderator(&roles)) {
        return Ok(Reply::refused(r));
    }
    let SupportCommand::Stats { days } = command;
    let guild = server.guild;
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
