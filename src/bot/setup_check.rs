//! Once connected, the configured channels and roles are looked up in Discord: a placeholder
//! id copied from `.env.example`, a channel that was deleted or a role id pasted where a
//! channel belongs is reported by its key, in the log and in the log channel.

use crate::settings::{keys, ServerSettings};
use serenity::all::{
    Channel, ChannelType, GuildChannel, GuildId, Http, PermissionOverwriteType, Permissions, RoleId,
};

/// How a problem names its setting: its `.env` key and its `/config` name.
fn label(name: &str) -> String {
    match keys::by_name(name) {
        Some(k) => format!("{} ({})", k.env, k.name),
        None => name.to_string(),
    }
}

/// The problems found in `guild`'s settings, one per wrong setting, each starting with its
/// key.
pub async fn check(http: &Http, guild: u64, settings: &ServerSettings) -> Vec<String> {
    let mut problems = Vec::new();
    let mut channels: Vec<(&str, u64)> = Vec::new();
    channels.extend(settings.ticket_channel.map(|c| ("ticket_channel", c)));
    channels.extend(
        settings
            .support_channels
            .iter()
            .map(|c| ("support_channels", *c)),
    );
    channels.extend(settings.log_channel.map(|c| ("log_channel", c)));
    for (name, id) in channels {
        let key = label(name);
        match serenity::all::ChannelId::new(id.max(1)).to_channel(http).await {
            Ok(Channel::Guild(c)) if c.guild_id.get() != guild => problems.push(format!(
                "{key}: {id} is #{} in another server",
                c.name
            )),
            Ok(Channel::Guild(c)) => {
                let fits = if name == "support_channels" {
                    matches!(
                        c.kind,
                        ChannelType::Text | ChannelType::News | ChannelType::Forum
                    )
                } else {
                    // Private ticket threads are made under a text channel.
                    c.kind == ChannelType::Text
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
    let roles = match GuildId::new(guild.max(1)).roles(http).await {
        Ok(r) => r,
        Err(err) => {
            problems.push(format!(
                "GUILD_ID: the roles of server {guild} could not be read ({err})"
            ));
            return problems;
        }
    };
    let mut wanted: Vec<(&str, u64)> = settings
        .tier_roles
        .iter()
        .map(|r| ("tier_roles", *r))
        .collect();
    wanted.extend(
        settings
            .moderator_roles
            .iter()
            .map(|r| ("moderator_roles", *r)),
    );
    wanted.extend(settings.on_call_role.map(|r| ("on_call_role", r)));
    for (key, id) in wanted {
        if !roles.keys().any(|r| r.get() == id) {
            problems.push(format!(
                "{}: no role {id} in the server; copy the id with Developer Mode → Copy Role ID",
                label(key)
            ));
        }
    }
    problems
}

/// A server channel by id, if the bot can see it.
async fn guild_channel(http: &Http, id: u64) -> Option<GuildChannel> {
    match serenity::all::ChannelId::new(id.max(1))
        .to_channel(http)
        .await
    {
        Ok(Channel::Guild(c)) => Some(c),
        _ => None,
    }
}

/// What would show members the staff's side or hide tickets from agents, each starting with
/// its key: a log channel `@everyone` may read (transcripts hold what members wrote in
/// private, and the staff's notes), a tier role that cannot see the private ticket threads
/// (it needs Manage Threads in the ticket channel). Said when `/setup` or `/config` sets them.
pub async fn exposure(http: &Http, guild: u64, settings: &ServerSettings) -> Vec<String> {
    let mut problems = Vec::new();
    let Ok(roles) = GuildId::new(guild.max(1)).roles(http).await else {
        return problems;
    };
    let base = |r: RoleId| {
        roles
            .get(&r)
            .map_or(Permissions::empty(), |r| r.permissions)
    };
    let everyone = RoleId::new(guild.max(1));
    if let Some(c) = match settings.log_channel {
        Some(id) => guild_channel(http, id).await,
        None => None,
    } {
        let own = c
            .permission_overwrites
            .iter()
            .find(|o| o.kind == PermissionOverwriteType::Role(everyone));
        let readable = match own {
            Some(o) if o.deny.view_channel() => false,
            Some(o) if o.allow.view_channel() => true,
            _ => base(everyone).view_channel(),
        };
        if readable {
            problems.push(format!(
                "{}: everyone can read #{}, and the transcripts posted there hold what members wrote in private and the staff's notes: deny View Channel to @everyone there",
                label("log_channel"),
                c.name
            ));
        }
    }
    if let Some(c) = match settings.ticket_channel {
        Some(id) => guild_channel(http, id).await,
        None => None,
    } {
        for id in &settings.tier_roles {
            let role = RoleId::new((*id).max(1));
            let own = c
                .permission_overwrites
                .iter()
                .find(|o| o.kind == PermissionOverwriteType::Role(role));
            let granted = base(role).administrator()
                || own.is_some_and(|o| o.allow.manage_threads())
                || (base(role).manage_threads() && !own.is_some_and(|o| o.deny.manage_threads()));
            if !granted {
                let name = roles
                    .get(&role)
                    .map_or_else(|| id.to_string(), |r| r.name.clone());
                problems.push(format!(
                    "{}: the role {name} cannot see the private ticket threads in #{}: give it Manage Threads there",
                    label("tier_roles"),
                    c.name
                ));
            }
        }
    }
    problems
}

/// Runs [`check`] on `guild` and reports each problem as an error in the log and in the
/// server's log channel.
pub async fn report(bot: &super::Bot, http: &Http, guild: u64) {
    let server = match bot.server(guild).await {
        Ok(s) if s.configured => s,
        Ok(_) => return,
        Err(err) => {
            tracing::warn!(error = %err, "reading the server's settings failed");
            return;
        }
    };
    let problems = check(http, guild, &server.settings).await;
    for p in &problems {
        tracing::error!(guild, problem = %p, "a setting names the wrong thing");
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
        bot.post_log(http, guild, &text).await;
    }
}
