//! Once connected, the configured channels and roles are looked up in Discord: a placeholder
//! id copied from `.env.example`, a channel that was deleted or a role id pasted where a
//! channel belongs is reported by its key, in the log and in the log channel.

use crate::config::BotConfig;
use serenity::all::{Channel, ChannelType, GuildId, Http};
use std::collections::HashSet;

/// The problems found, one per wrong setting, each starting with its key.
pub async fn check(http: &Http, config: &BotConfig) -> Vec<String> {
    let mut problems = Vec::new();
    let mut guilds = HashSet::new();
    let mut channels: Vec<(&str, u64)> = vec![("TICKET_CHANNEL_ID", config.ticket_channel_id)];
    channels.extend(
        config
            .support_channel_ids
            .iter()
            .map(|c| ("SUPPORT_CHANNEL_IDS", *c)),
    );
    channels.extend(config.log_channel_id.map(|c| ("LOG_CHANNEL_ID", c)));
    for (key, id) in channels {
        match serenity::all::ChannelId::new(id.max(1)).to_channel(http).await {
            Ok(Channel::Guild(c)) => {
                guilds.insert(c.guild_id.get());
                let fits = match key {
                    // Private ticket threads are made under a text channel.
                    "TICKET_CHANNEL_ID" | "LOG_CHANNEL_ID" => c.kind == ChannelType::Text,
                    _ => matches!(
                        c.kind,
                        ChannelType::Text | ChannelType::News | ChannelType::Forum
                    ),
                };
                if !fits {
                    problems.push(format!(
                        "{key}: {id} is #{}, a {:?} channel; a text channel is needed",
                        c.name, c.kind
                    ));
                }
            }
            Ok(_) => problems.push(format!("{key}: {id} is not a server channel")),
            Err(err) => problems.push(format!(
                "{key}: no channel {id} the bot can see ({err}); copy the id with Developer Mode → Copy Channel ID"
            )),
        }
    }
    let guild = config
        .guild_id
        .or_else(|| (guilds.len() == 1).then(|| *guilds.iter().next().unwrap_or(&0)));
    let Some(guild) = guild.filter(|g| *g > 0) else {
        return problems;
    };
    let roles = match GuildId::new(guild).roles(http).await {
        Ok(r) => r,
        Err(err) => {
            problems.push(format!(
                "GUILD_ID: the roles of server {guild} could not be read ({err})"
            ));
            return problems;
        }
    };
    let mut wanted: Vec<(&str, u64)> = config
        .tier_role_ids
        .iter()
        .map(|r| ("TIER_ROLE_IDS", *r))
        .collect();
    wanted.extend(
        config
            .moderator_role_ids
            .iter()
            .map(|r| ("MODERATOR_ROLE_IDS", *r)),
    );
    wanted.extend(config.urgent_role_id.map(|r| ("URGENT_ROLE_ID", r)));
    for (key, id) in wanted {
        if !roles.keys().any(|r| r.get() == id) {
            problems.push(format!(
                "{key}: no role {id} in the server; copy the id with Developer Mode → Copy Role ID"
            ));
        }
    }
    problems
}

/// Runs [`check`] and reports each problem as an error in the log and in the log channel.
pub async fn report(bot: &super::Bot, http: &Http) {
    let problems = check(http, &bot.config).await;
    for p in &problems {
        tracing::error!(problem = %p, "a setting names the wrong thing");
    }
    if !problems.is_empty() {
        let text = format!(
            "Some settings name channels or roles that are not right:\n{}",
            problems
                .iter()
                .map(|p| format!("- {p}"))
                .collect::<Vec<_>>()
                .join("\n")
        );
        bot.post_log(http, &text).await;
    }
}
