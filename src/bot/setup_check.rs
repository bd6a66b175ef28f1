//! Once connected, the configured channels and roles are looked up in Discord: a placeholder
//! id copied from `.env.example`, a channel that was deleted or a role id pasted where a
//! channel belongs is reported by its key, in the log (English) and in the log channel (the
//! server's language); `/setup` and `/config` say them in the member's.

use crate::i18n::{Args, Lang};
use crate::settings::{keys, ServerSettings};
use serenity::all::{
    Channel, ChannelType, GuildChannel, GuildId, Http, PermissionOverwriteType, Permissions, RoleId,
};

/// A setting that names the wrong thing: which setting, and what is wrong (a `setup-check-`
/// message with its variables), said in any language with [`Problem::text`]. `Display` is
/// English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The setting's name as `/config` spells it (none: the server itself, `GUILD_ID`).
    pub setting: Option<&'static str>,
    id: &'static str,
    args: Vec<(&'static str, String)>,
}

impl Problem {
    fn new(setting: &'static str, id: &'static str, args: &[(&'static str, String)]) -> Problem {
        Problem {
            setting: Some(setting),
            id,
            args: args.to_vec(),
        }
    }

    /// The problem in `lang`, starting with its key.
    pub fn text(&self, lang: Lang) -> String {
        let mut a = Args::new();
        a.set(
            "key",
            match self.setting {
                Some(name) => label(name),
                None => "GUILD_ID".to_string(),
            },
        );
        for (k, v) in &self.args {
            a.set(*k, v.clone());
        }
        crate::i18n::text(lang, self.id, Some(&a))
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// How a problem names its setting: its `.env` key and its `/config` name.
fn label(name: &str) -> String {
    match keys::by_name(name) {
        Some(k) => format!("{} ({})", k.env, k.name),
        None => name.to_string(),
    }
}

/// The problems found in `guild`'s settings, one per wrong setting, each starting with its
/// key, in English.
pub async fn check(http: &Http, guild: u64, settings: &ServerSettings) -> Vec<String> {
    problems(http, guild, settings)
        .await
        .iter()
        .map(Problem::to_string)
        .collect()
}

/// The problems found in `guild`'s settings, one per wrong setting.
pub async fn problems(http: &Http, guild: u64, settings: &ServerSettings) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut channels: Vec<(&'static str, u64)> = Vec::new();
    channels.extend(settings.ticket_channel.map(|c| ("ticket_channel", c)));
    channels.extend(
        settings
            .support_channels
            .iter()
            .map(|c| ("support_channels", *c)),
    );
    channels.extend(settings.log_channel.map(|c| ("log_channel", c)));
    for (name, id) in channels {
        let n = id.to_string();
        match serenity::all::ChannelId::new(id.max(1))
            .to_channel(http)
            .await
        {
            Ok(Channel::Guild(c)) if c.guild_id.get() != guild => problems.push(Problem::new(
                name,
                "setup-check-other-server",
                &[("id", n), ("name", c.name.clone())],
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
                    problems.push(Problem::new(
                        name,
                        "setup-check-not-text",
                        &[
                            ("id", n),
                            ("name", c.name.clone()),
                            ("kind", format!("{:?}", c.kind)),
                        ],
                    ));
                }
            }
            Ok(_) => problems.push(Problem::new(
                name,
                "setup-check-not-in-server",
                &[("id", n)],
            )),
            Err(err) => problems.push(Problem::new(
                name,
                "setup-check-no-channel",
                &[("id", n), ("error", err.to_string())],
            )),
        }
    }
    let roles = match GuildId::new(guild.max(1)).roles(http).await {
        Ok(r) => r,
        Err(err) => {
            problems.push(Problem {
                setting: None,
                id: "setup-check-roles-unreadable",
                args: vec![("guild", guild.to_string()), ("error", err.to_string())],
            });
            return problems;
        }
    };
    let mut wanted: Vec<(&'static str, u64)> = settings
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
            problems.push(Problem::new(
                key,
                "setup-check-no-role",
                &[("id", id.to_string())],
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
pub async fn exposure(http: &Http, guild: u64, settings: &ServerSettings) -> Vec<Problem> {
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
            problems.push(Problem::new(
                "log_channel",
                "setup-check-log-readable",
                &[("name", c.name.clone())],
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
                problems.push(Problem::new(
                    "tier_roles",
                    "setup-check-tier-blind",
                    &[("role", name), ("name", c.name.clone())],
                ));
            }
        }
    }
    problems
}

/// Runs [`problems`] on `guild` and reports each problem as an error in the log (English)
/// and in the server's log channel (its language).
pub async fn report(bot: &super::Bot, http: &Http, guild: u64) {
    let server = match bot.server(guild).await {
        Ok(s) if s.configured => s,
        Ok(_) => return,
        Err(err) => {
            tracing::warn!(error = %err, "reading the server's settings failed");
            return;
        }
    };
    let problems = problems(http, guild, &server.settings).await;
    for p in &problems {
        tracing::error!(guild, problem = %p, "a setting names the wrong thing");
    }
    if !problems.is_empty() {
        let lang = super::locale::server_lang(bot, guild).await;
        let text = crate::t!(
            lang,
            "setup-check-report",
            problems = problems
                .iter()
                .map(|p| format!("- {}", p.text(lang)))
                .collect::<Vec<_>>()
                .join("\n")
        );
        bot.post_log(http, guild, &text).await;
    }
}
