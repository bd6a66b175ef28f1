//! `/panel post|edit|remove|list`: the server's ticket panels, kept by its moderators (and
//! members with Manage Server). `post` and `edit` ask the title and description in a modal
//! (`panel:form:<channel to post in, or 0>:<panel to edit, or 0>:<style or ->`); `edit`
//! changes the posted message in place. See [`crate::bot::panels`] for the message itself.

use super::{sub, text};
use crate::bot::options::{modal_value, subcommand, Expected, OptionError};
use crate::bot::panels;
use crate::bot::reply::{or_refuse, HandlerError, Reply, Response};
use crate::bot::{render, Bot};
use crate::desk::{panel_words, PANEL_DESCRIPTION_MAX, PANEL_TITLE_MAX};
use crate::i18n::Lang;
use crate::store::panels::{Panel, PanelStyle};
use crate::t;
use crate::tickets::{ChannelId, GuildId, MessageId, Refusal, UserId};
use serenity::all::{
    AutocompleteChoice, ChannelType, CommandInteraction, CommandOptionType, Context,
    CreateActionRow, CreateCommand, CreateCommandOption, CreateInputText, CreateModal,
    InputTextStyle, ModalInteraction,
};

pub const NAME: &str = "panel";

/// Subcommand names.
pub mod subs {
    pub const POST: &str = "post";
    pub const EDIT: &str = "edit";
    pub const REMOVE: &str = "remove";
    pub const LIST: &str = "list";
}

/// Option names.
pub mod opts {
    pub const CHANNEL: &str = "channel";
    pub const STYLE: &str = "style";
    pub const PANEL: &str = "panel";
}

/// The modal's custom id prefix and fields.
pub const FORM: &str = "panel:form:";
const TITLE: &str = "title";
const DESCRIPTION: &str = "description";

fn style_option() -> CreateCommandOption {
    [PanelStyle::Auto, PanelStyle::Buttons, PanelStyle::Menu]
        .into_iter()
        .fold(
            text(
                opts::STYLE,
                "Buttons, a menu, or auto (buttons for up to 5 categories)",
                false,
            ),
            |o, s| o.add_string_choice(s.as_str(), s.as_str()),
        )
}

fn panel_option(description: &str) -> CreateCommandOption {
    text(opts::PANEL, description, true).set_autocomplete(true)
}

/// The declaration of `/panel`.
pub fn declare() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("Ticket panels: a message members open tickets from")
        .dm_permission(false)
        .add_option(
            sub(subs::POST, "Moderators: post a ticket panel in a channel")
                .add_sub_option(
                    CreateCommandOption::new(
                        CommandOptionType::Channel,
                        opts::CHANNEL,
                        "Where to post it",
                    )
                    .channel_types(vec![ChannelType::Text])
                    .required(true),
                )
                .add_sub_option(style_option()),
        )
        .add_option(
            sub(
                subs::EDIT,
                "Moderators: change a panel's words or style in place",
            )
            .add_sub_option(panel_option("The panel"))
            .add_sub_option(style_option()),
        )
        .add_option(
            sub(subs::REMOVE, "Moderators: delete a panel")
                .add_sub_option(panel_option("The panel")),
        )
        .add_option(sub(subs::LIST, "Moderators: the server's panels"))
}

/// `/panel <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PanelCommand {
    Post {
        channel: u64,
        style: Option<PanelStyle>,
    },
    Edit {
        panel: String,
        style: Option<PanelStyle>,
    },
    Remove {
        panel: String,
    },
    List,
}

impl PanelCommand {
    /// Reads `/panel <sub> ...`.
    pub fn parse(cmd: &CommandInteraction) -> Result<PanelCommand, OptionError> {
        let s = subcommand(cmd);
        let style = || -> Result<Option<PanelStyle>, OptionError> {
            match s.text(opts::STYLE)? {
                Some(v) => PanelStyle::parse(&v)
                    .map(Some)
                    .ok_or_else(|| s.invalid(opts::STYLE, Expected::PanelStyle)),
                None => Ok(None),
            }
        };
        match s.name.as_str() {
            subs::POST => Ok(PanelCommand::Post {
                channel: s.required_channel(opts::CHANNEL)?,
                style: style()?,
            }),
            subs::EDIT => Ok(PanelCommand::Edit {
                panel: s.required_text(opts::PANEL)?,
                style: style()?,
            }),
            subs::REMOVE => Ok(PanelCommand::Remove {
                panel: s.required_text(opts::PANEL)?,
            }),
            subs::LIST => Ok(PanelCommand::List),
            _ => Err(s.unknown(NAME)),
        }
    }
}

/// The modal that asks a panel's words (pre-filled), its labels in `lang`.
fn modal(lang: Lang, custom_id: String, title: &str, description: &str) -> CreateModal {
    let field = |style, label: &str, id: &str, max: usize, value: &str, required: bool| {
        let mut f = CreateInputText::new(style, label, id)
            .max_length(u16::try_from(max).unwrap_or(4000))
            .required(required);
        // An empty pre-filled value is refused by Discord: none is given then.
        if !value.is_empty() {
            f = f.value(value);
        }
        CreateActionRow::InputText(f)
    };
    CreateModal::new(custom_id, t!(lang, "panel-form-title")).components(vec![
        field(
            InputTextStyle::Short,
            &t!(lang, "panel-form-field-title"),
            TITLE,
            PANEL_TITLE_MAX,
            title,
            true,
        ),
        field(
            InputTextStyle::Paragraph,
            &t!(lang, "panel-form-field-description"),
            DESCRIPTION,
            PANEL_DESCRIPTION_MAX,
            description,
            false,
        ),
    ])
}

/// A panel named by an option: its id (what the autocomplete offers), or a refusal.
async fn named(
    bot: &Bot,
    guild: GuildId,
    typed: &str,
) -> Result<Result<Panel, Refusal>, HandlerError> {
    let Ok(id) = typed.trim().trim_start_matches('#').parse::<i64>() else {
        return Ok(Err(Refusal::NoSuchPanel));
    };
    match bot.desk.panel(guild, id).await {
        Ok(p) => Ok(Ok(p)),
        Err(crate::desk::DeskError::Refused(r)) => Ok(Err(r)),
        Err(e) => Err(e.into()),
    }
}

/// Runs a `/panel` command.
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    command: PanelCommand,
) -> Result<Reply<'a>, HandlerError> {
    let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
    if !crate::bot::roles::member_moderates(&server, cmd.member.as_deref()) {
        return Ok(Reply::refused(Refusal::CategoriesModeratorsOnly));
    }
    let guild = server.guild;
    let style = |s: Option<PanelStyle>| s.map_or("-", PanelStyle::as_str);
    let lang = crate::bot::locale::lang();
    match command {
        PanelCommand::Post { channel, style: s } => {
            // The words offered are the panel's: in the server's language, as it is posted.
            let words = crate::bot::locale::server_lang(bot, guild.0).await;
            Ok(Response::Modal(modal(
                lang,
                format!("{FORM}{channel}:0:{}", style(s)),
                &t!(words, "panel-default-title"),
                &t!(words, "panel-default-description"),
            ))
            .into())
        }
        PanelCommand::Edit { panel, style: s } => {
            let p = match named(bot, guild, &panel).await? {
                Ok(p) => p,
                Err(r) => return Ok(Reply::refused(r)),
            };
            Ok(Response::Modal(modal(
                lang,
                format!("{FORM}0:{}:{}", p.id, style(s)),
                &p.title,
                &p.description,
            ))
            .into())
        }
        PanelCommand::Remove { panel } => {
            let p = match named(bot, guild, &panel).await? {
                Ok(p) => p,
                Err(r) => return Ok(Reply::refused(r)),
            };
            let deleted = serenity::all::ChannelId::new(p.channel.0)
                .delete_message(&ctx.http, serenity::all::MessageId::new(p.message.0))
                .await;
            if let Err(err) = &deleted {
                // Already gone (or no access): the panel is forgotten all the same.
                tracing::warn!(error = %err, "deleting a panel's message failed");
            }
            or_refuse!(bot.desk.remove_panel(guild, p.id).await);
            let by = cmd.user.id.get();
            let gone = if deleted.is_ok() {
                "panel-deleted"
            } else {
                "panel-forgotten"
            };
            let (id, channel) = (p.id.to_string(), format!("<#{}>", p.channel));
            let said = t!(lang, gone, panel = id.clone(), channel = channel.clone());
            Ok(Reply::ephemeral(said).then(async move {
                let lang = crate::bot::locale::server_lang(bot, guild.0).await;
                let log = t!(
                    lang,
                    "panel-removed-log",
                    member = format!("<@{by}>"),
                    panel = id,
                    channel = channel
                );
                bot.post_log(&ctx.http, guild.0, &log).await;
                Ok(())
            }))
        }
        PanelCommand::List => {
            let panels = or_refuse!(bot.desk.panels(guild).await);
            Ok(Reply::ephemeral(listed(lang, &panels)))
        }
    }
}

fn listed(lang: Lang, panels: &[Panel]) -> String {
    if panels.is_empty() {
        return t!(lang, "panel-none");
    }
    let lines: Vec<String> = panels
        .iter()
        .map(|p| {
            t!(
                lang,
                "panel-list-line",
                panel = p.id.to_string(),
                style = p.style.as_str(),
                channel = format!("<#{}>", p.channel),
                link = format!(
                    "https://discord.com/channels/{}/{}/{}",
                    p.guild, p.channel, p.message
                ),
                title = render::inert(&render::clip(&p.title, 80))
            )
        })
        .collect();
    render::clip(
        &t!(lang, "panel-list", panels = lines.join("\n")),
        render::MAX_CONTENT,
    )
}

/// Autocomplete of `panel`: the server's panels whose title or number has what was typed.
pub async fn autocomplete<'a>(
    bot: &'a Bot,
    cmd: &'a CommandInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let typed = crate::bot::options::typed(cmd);
    let guild = GuildId(cmd.guild_id.map_or(0, |g| g.get()));
    let choices = bot
        .desk
        .panels(guild)
        .await?
        .into_iter()
        .filter(|p| p.title.to_lowercase().contains(&typed) || p.id.to_string() == typed)
        .take(25)
        .map(|p| {
            AutocompleteChoice::new(
                render::clip(&format!("{}: {}", p.id, p.title), 100),
                p.id.to_string(),
            )
        })
        .collect();
    Ok(Response::Choices(choices).into())
}

/// The panel modal's custom id read back: (channel to post in, panel to edit, style).
fn parse_form(id: &str) -> Option<(u64, i64, Option<PanelStyle>)> {
    let mut p = id.strip_prefix(FORM)?.split(':');
    let channel = p.next()?.parse().ok()?;
    let panel = p.next()?.parse().ok()?;
    let style = match p.next()? {
        "-" => None,
        s => Some(PanelStyle::parse(s)?),
    };
    Some((channel, panel, style))
}

/// A submitted panel form: posts the panel (or edits it in place) and remembers it.
pub async fn on_form<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    m: &'a ModalInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let Some((channel, panel_id, style)) = parse_form(&m.data.custom_id) else {
        return Ok(Reply::ephemeral(render::stale_button(
            crate::bot::locale::lang(),
        )));
    };
    let server = bot.server(m.guild_id.map_or(0, |g| g.get())).await?;
    if !crate::bot::roles::member_moderates(&server, m.member.as_ref()) {
        return Ok(Reply::refused(Refusal::CategoriesModeratorsOnly));
    }
    let (title, description) =
        match panel_words(&modal_value(m, TITLE), &modal_value(m, DESCRIPTION)) {
            Ok(w) => w,
            Err(r) => return Ok(Reply::refused(r)),
        };
    let guild = server.guild;
    let by = m.user.id.get();
    Ok(Reply::later(async move {
        let server = bot.server(guild.0).await?;
        // The member is answered in theirs; the panel and the log channel are in the server's.
        let lang = crate::bot::locale::lang();
        let words = crate::bot::locale::server_lang(bot, guild.0).await;
        let member = format!("<@{by}>");
        if panel_id != 0 {
            let mut p = match named(bot, guild, &panel_id.to_string()).await? {
                Ok(p) => p,
                Err(r) => {
                    return Ok(crate::bot::reply::Msg::ephemeral(
                        r.text(crate::bot::locale::lang()),
                    ))
                }
            };
            p.title = title;
            p.description = description;
            p.style = style.unwrap_or(p.style);
            let (id, at) = (p.id.to_string(), format!("<#{}>", p.channel));
            if let Err(err) = panels::update(words, &ctx.http, &p, &server.categories).await {
                return Ok(crate::bot::reply::Msg::ephemeral(t!(
                    lang,
                    "panel-edit-failed",
                    panel = id,
                    channel = at,
                    error = err.to_string()
                )));
            }
            or_refuse_msg(bot.desk.update_panel(&p).await)?;
            let log = t!(
                words,
                "panel-edited-log",
                member = member,
                panel = id.clone(),
                channel = at.clone()
            );
            bot.post_log(&ctx.http, guild.0, &log).await;
            return Ok(crate::bot::reply::Msg::ephemeral(t!(
                lang,
                "panel-updated",
                panel = id,
                channel = at
            )));
        }
        let mut p = Panel {
            id: 0,
            guild,
            channel: ChannelId(channel),
            message: MessageId(0),
            title,
            description,
            style: style.unwrap_or(PanelStyle::Auto),
        };
        let posted = serenity::all::ChannelId::new(channel)
            .send_message(&ctx.http, panels::message_in(words, &p, &server.categories))
            .await;
        let at = format!("<#{channel}>");
        let posted = match posted {
            Ok(m) => m,
            Err(err) => {
                return Ok(crate::bot::reply::Msg::ephemeral(t!(
                    lang,
                    "panel-post-failed",
                    channel = at,
                    error = err.to_string()
                )))
            }
        };
        p.message = MessageId(posted.id.get());
        let p = match bot.desk.record_panel(p, UserId(by), bot.now()).await {
            Ok(p) => p,
            Err(err) => {
                // Not remembered: the message goes too, so no panel is left that edits miss.
                let _ = posted.delete(&ctx.http).await;
                return Err(err.into());
            }
        };
        let id = p.id.to_string();
        let log = t!(
            words,
            "panel-posted-log",
            member = member,
            panel = id.clone(),
            channel = at.clone()
        );
        bot.post_log(&ctx.http, guild.0, &log).await;
        Ok(crate::bot::reply::Msg::ephemeral(
            if server.categories.is_empty() {
                t!(
                    lang,
                    "panel-posted-button",
                    panel = id,
                    channel = at,
                    button = t!(words, "panel-button-open")
                )
            } else {
                t!(lang, "panel-posted-categories", panel = id, channel = at)
            },
        ))
    }))
}

/// A desk result inside a deferred reply: a refusal or failure is the handler's error.
fn or_refuse_msg<T>(r: Result<T, crate::desk::DeskError>) -> Result<T, HandlerError> {
    r.map_err(HandlerError::from)
}
