//! `/config show|set|reset`: a server's settings, for members with Manage Server. Every value
//! is checked by the settings' own validators, every change audited and told in the log
//! channel; a channel or role that is not right in this server is said at once.

use super::{sub, text};
use crate::bot::options::{subcommand, OptionError};
use crate::bot::reply::{HandlerError, Msg, Reply, Response};
use crate::bot::settings_change::{self, Changed};
use crate::bot::{render, setup_check, Bot};
use crate::i18n::Lang;
use crate::settings::{keys, Change, Kind, KEYS};
use crate::t;
use crate::tickets::UserId;
use serenity::all::{
    AutocompleteChoice, CommandInteraction, Context, CreateCommand, CreateEmbed, Permissions,
};

pub const NAME: &str = "config";

/// Subcommand names.
pub mod subs {
    pub const SHOW: &str = "show";
    pub const SET: &str = "set";
    pub const RESET: &str = "reset";
    pub const DELETE_DATA: &str = "delete-data";
}

/// The confirm button of `/config delete-data`: `config:delete:<server id>`.
pub const DELETE_BUTTON: &str = "config:delete:";

/// Option names.
pub mod opts {
    pub const KEY: &str = "key";
    pub const VALUE: &str = "value";
}

/// The declaration of `/config` (shown by Discord to members with Manage Server).
pub fn declare() -> CreateCommand {
    let key = || text(opts::KEY, "The setting", true).set_autocomplete(true);
    CreateCommand::new(NAME)
        .description("Concierge's settings for this server")
        .dm_permission(false)
        .default_member_permissions(Permissions::MANAGE_GUILD)
        .add_option(sub(subs::SHOW, "Every setting, with the defaults marked"))
        .add_option(
            sub(subs::SET, "Change a setting")
                .add_sub_option(key())
                .add_sub_option(text(
                    opts::VALUE,
                    "The new value (ids, #channels or @roles comma-separated)",
                    true,
                )),
        )
        .add_option(sub(subs::RESET, "Put a setting back to its default").add_sub_option(key()))
        .add_option(sub(
            subs::DELETE_DATA,
            "Server owner: delete everything Concierge keeps for this server",
        ))
}

/// `/config <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigCommand {
    Show,
    Set { key: String, value: String },
    Reset { key: String },
    DeleteData,
}

impl ConfigCommand {
    /// Reads `/config <sub> ...`.
    pub fn parse(cmd: &CommandInteraction) -> Result<ConfigCommand, OptionError> {
        let s = subcommand(cmd);
        match s.name.as_str() {
            subs::SHOW => Ok(ConfigCommand::Show),
            subs::SET => Ok(ConfigCommand::Set {
                key: s.required_text(opts::KEY)?,
                value: s.required_text(opts::VALUE)?,
            }),
            subs::RESET => Ok(ConfigCommand::Reset {
                key: s.required_text(opts::KEY)?,
            }),
            subs::DELETE_DATA => Ok(ConfigCommand::DeleteData),
            _ => Err(s.unknown(NAME)),
        }
    }
}

/// Whether whoever used the command has Manage Server (as Discord computed it for them).
pub fn may_manage(cmd: &CommandInteraction) -> bool {
    may_manage_member(cmd.member.as_deref())
}

/// Whether a member has Manage Server (as Discord computed it in the interaction).
pub fn may_manage_member(member: Option<&serenity::all::Member>) -> bool {
    crate::bot::roles::manages_server(member.and_then(|m| m.permissions))
}

/// Runs a `/config` command.
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    command: ConfigCommand,
) -> Result<Reply<'a>, HandlerError> {
    if !may_manage(cmd) {
        return Ok(Reply::ephemeral(render::manage_server_only(
            crate::bot::locale::lang(),
        )));
    }
    let guild = cmd.guild_id.map_or(0, |g| g.get());
    let lang = crate::bot::locale::lang();
    let (key, value) = match command {
        ConfigCommand::Show => {
            let server = bot.server(guild).await?;
            let embed = CreateEmbed::new()
                .title(t!(lang, "config-show-title"))
                .description(show(lang, &server.settings.values()))
                .footer(serenity::all::CreateEmbedFooter::new(t!(
                    lang,
                    "config-show-footer"
                )));
            return Ok(Msg {
                embed: Some(embed),
                ..Msg::ephemeral("")
            }
            .into());
        }
        ConfigCommand::DeleteData => return Ok(ask_to_delete(ctx, cmd, guild)),
        ConfigCommand::Set { key, value } => (key, Some(value)),
        ConfigCommand::Reset { key } => (key, None),
    };
    let Some(k) = keys::by_name(&key) else {
        return Ok(Reply::ephemeral(t!(
            lang,
            "config-no-such-setting",
            key = render::inert(&render::clip(&key, 60))
        )));
    };
    let actor = UserId(cmd.user.id.get());
    let changes = [(k.name.to_string(), value)];
    let changed = match settings_change::change(bot, guild, actor, &changes).await? {
        Changed::Done(changed) => changed,
        Changed::Refused(problems) => {
            return Ok(Reply::ephemeral(t!(
                lang,
                "config-not-changed",
                problems = problems.join("\n")
            )))
        }
    };
    let Some(change) = changed.into_iter().next() else {
        return Ok(Reply::ephemeral(t!(
            lang,
            "config-already",
            key = k.name,
            value = shown(lang, k, &bot.server(guild).await?.settings.values())
        )));
    };
    let server = bot.server(guild).await?;
    // A channel or role that is not right here is said now, not at the next start.
    let mut reply = said(lang, k, &change);
    if matches!(
        k.kind,
        Kind::Channel | Kind::Channels | Kind::Role | Kind::Roles
    ) {
        let mut problems = setup_check::problems(&ctx.http, guild, &server.settings).await;
        problems.extend(setup_check::exposure(&ctx.http, guild, &server.settings).await);
        for p in problems.iter().filter(|p| p.setting == Some(k.name)) {
            reply.push_str(&format!("\n⚠️ {}", render::inert(&p.text(lang))));
        }
    }
    Ok(Reply::ephemeral(reply).then(async move {
        // The log channel hears it in the server's language.
        let lang = crate::bot::locale::server_lang(bot, guild).await;
        let log = settings_change::logged(lang, actor, None, &said(lang, k, &change));
        bot.post_log(&ctx.http, guild, &log).await;
        Ok(())
    }))
}

/// A value as members see it: channels and roles as mentions, the rest as code.
fn display(lang: Lang, k: &keys::Key, text: &str) -> String {
    if text.is_empty() {
        return t!(lang, "config-not-set");
    }
    let ids = || text.split(',').filter(|p| !p.is_empty());
    match k.kind {
        Kind::Channel | Kind::Channels => ids()
            .map(|i| format!("<#{i}>"))
            .collect::<Vec<_>>()
            .join(", "),
        Kind::Role | Kind::Roles => ids()
            .map(|i| format!("<@&{i}>"))
            .collect::<Vec<_>>()
            .join(", "),
        _ => format!("`{}`", render::clip(&text.replace('`', "'"), 200)),
    }
}

/// One setting's current value, with "(default)" when it is at its default.
fn shown(lang: Lang, k: &keys::Key, values: &[(&'static keys::Key, String)]) -> String {
    let text = values
        .iter()
        .find(|(key, _)| key.name == k.name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default();
    let at_default = text.is_empty() || text == k.default_text();
    let s = display(lang, k, text);
    if at_default && !text.is_empty() {
        t!(lang, "config-default", value = s)
    } else {
        s
    }
}

/// Every setting, one a line.
fn show(lang: Lang, values: &[(&'static keys::Key, String)]) -> String {
    let lines: Vec<String> = KEYS
        .iter()
        .map(|k| format!("**{}**: {}", k.name, shown(lang, k, values)))
        .collect();
    render::clip(&lines.join("\n"), render::MAX_DESCRIPTION)
}

/// What a change did, in a line, in `lang`.
pub(crate) fn said(lang: Lang, k: &keys::Key, c: &Change) -> String {
    let value = |v: &Option<String>| match v {
        Some(t) => display(lang, k, t),
        None if k.default_text().is_empty() => t!(lang, "config-not-set"),
        None => t!(
            lang,
            "config-default",
            value = display(lang, k, &k.default_text())
        ),
    };
    t!(
        lang,
        "config-changed",
        key = k.name,
        value = value(&c.new),
        was = value(&c.old)
    )
}

/// Autocomplete of the `key` option: the settings whose name or help (in the member's
/// language, or English) has what was typed.
pub fn autocomplete(cmd: &CommandInteraction) -> Reply<'static> {
    let typed = cmd
        .data
        .autocomplete()
        .map(|o| o.value.to_lowercase())
        .unwrap_or_default();
    let lang = crate::bot::locale::lang();
    let choices = KEYS
        .iter()
        .map(|k| (k, k.help_in(lang)))
        .filter(|(k, help)| {
            k.name.contains(&typed)
                || k.help.contains(&typed)
                || help.to_lowercase().contains(&typed)
        })
        .take(25)
        .map(|(k, help)| {
            AutocompleteChoice::new(render::clip(&format!("{} — {help}", k.name), 100), k.name)
        })
        .collect();
    Response::Choices(choices).into()
}

/// Whether `user` owns the server (from the cache Discord's GUILD_CREATE filled).
fn is_owner(ctx: &Context, guild: u64, user: u64) -> bool {
    ctx.cache
        .guild(serenity::all::GuildId::new(guild.max(1)))
        .is_some_and(|g| g.owner_id.get() == user)
}

/// `/config delete-data`: the owner is asked to confirm with a button.
fn ask_to_delete<'a>(ctx: &Context, cmd: &CommandInteraction, guild: u64) -> Reply<'a> {
    if !is_owner(ctx, guild, cmd.user.id.get()) {
        return Reply::ephemeral(render::owner_only(crate::bot::locale::lang()));
    }
    let button = serenity::all::CreateButton::new(format!("{DELETE_BUTTON}{guild}"))
        .label(t!(crate::bot::locale::lang(), "config-delete-button"))
        .style(serenity::all::ButtonStyle::Danger);
    let mut msg = Msg::ephemeral(render::delete_warning(crate::bot::locale::lang()));
    msg.components = vec![serenity::all::CreateActionRow::Buttons(vec![button])];
    msg.into()
}

/// The confirm button was pressed: deletes the server's data (the owner only, in that server).
pub async fn confirm_delete<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    c: &'a serenity::all::ComponentInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let guild = c.guild_id.map_or(0, |g| g.get());
    let named = c
        .data
        .custom_id
        .strip_prefix(DELETE_BUTTON)
        .and_then(|g| g.parse::<u64>().ok());
    if named != Some(guild) || !is_owner(ctx, guild, c.user.id.get()) {
        return Ok(Reply::ephemeral(render::owner_only(
            crate::bot::locale::lang(),
        )));
    }
    Ok(Reply::later(async move {
        let deleted = crate::bot::membership::delete_server(bot, guild)
            .await
            .map_err(HandlerError)?;
        tracing::info!(
            guild,
            tickets = deleted.tickets,
            "the owner deleted the server's data"
        );
        Ok(Msg::ephemeral(render::deleted(
            crate::bot::locale::lang(),
            deleted.tickets,
            deleted.other_rows,
        )))
    }))
}
