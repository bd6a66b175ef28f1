//! Ticket panels in Discord: the message (an embed with one button per category, or a select
//! menu), what pressing it does (the category's form, then the ticket, as `/ticket open` does),
//! and keeping every panel of a server in step with its categories. The buttons carry the
//! category they open (`panel:open:<category>`, 0 for a server without categories; the menu
//! is `panel:menu` with category ids as values), so a panel works after a restart.

use super::open_form;
use super::reply::{HandlerError, Reply};
use super::roles::Staff;
use super::{render, Bot};
use crate::i18n::Lang;
use crate::store::panels::{Panel, PanelStyle};
use crate::t;
use crate::tickets::{Category, CategoryId};
use serenity::all::{
    ButtonStyle, ComponentInteraction, ComponentInteractionDataKind, CreateActionRow, CreateButton,
    CreateEmbed, CreateMessage, CreateSelectMenu, CreateSelectMenuKind, CreateSelectMenuOption,
    EditMessage, Http, ReactionType,
};

pub const PREFIX: &str = "panel:";
const OPEN: &str = "panel:open:";
const MENU: &str = "panel:menu";

/// The most categories a panel shows as buttons when its style is `auto`.
const AUTO_BUTTONS: usize = 5;

fn emoji(c: &Category) -> Option<ReactionType> {
    c.emoji
        .as_deref()
        .and_then(|e| ReactionType::try_from(e).ok())
}

/// The panel's embed and components for the server's categories now, its own words in
/// `lang` (the server's).
fn parts(
    lang: Lang,
    panel: &Panel,
    categories: &[Category],
) -> (CreateEmbed, Vec<CreateActionRow>) {
    let mut embed = CreateEmbed::new().title(&panel.title);
    if !panel.description.is_empty() {
        embed = embed.description(&panel.description);
    }
    let menu = match panel.style {
        PanelStyle::Menu => true,
        PanelStyle::Buttons => false,
        PanelStyle::Auto => categories.len() > AUTO_BUTTONS,
    };
    let rows = if categories.is_empty() {
        vec![CreateActionRow::Buttons(vec![CreateButton::new(format!(
            "{OPEN}0"
        ))
        .label(t!(lang, "panel-button-open"))
        .style(ButtonStyle::Primary)])]
    } else if menu {
        let options = categories
            .iter()
            .take(25)
            .map(|c| {
                let mut o =
                    CreateSelectMenuOption::new(render::clip(&c.name, 100), c.id.0.to_string());
                if !c.description.is_empty() {
                    o = o.description(render::clip(&c.description, 100));
                }
                if let Some(e) = emoji(c) {
                    o = o.emoji(e);
                }
                o
            })
            .collect();
        vec![CreateActionRow::SelectMenu(
            CreateSelectMenu::new(MENU, CreateSelectMenuKind::String { options })
                .placeholder(t!(lang, "panel-menu-placeholder")),
        )]
    } else {
        categories[..categories.len().min(25)]
            .chunks(5)
            .map(|row| {
                CreateActionRow::Buttons(
                    row.iter()
                        .map(|c| {
                            let mut b = CreateButton::new(format!("{OPEN}{}", c.id.0))
                                .label(render::clip(&c.name, 80))
                                .style(ButtonStyle::Secondary);
                            if let Some(e) = emoji(c) {
                                b = b.emoji(e);
                            }
                            b
                        })
                        .collect(),
                )
            })
            .collect()
    };
    (embed, rows)
}

/// A new panel message in English (it pings nobody); [`message_in`] in another language.
pub fn message(panel: &Panel, categories: &[Category]) -> CreateMessage {
    message_in(Lang::En, panel, categories)
}

/// A new panel message, its button or menu in `lang` (the server's); it pings nobody.
pub fn message_in(lang: Lang, panel: &Panel, categories: &[Category]) -> CreateMessage {
    let (embed, rows) = parts(lang, panel, categories);
    CreateMessage::new()
        .embed(embed)
        .components(rows)
        .allowed_mentions(render::no_pings())
}

/// Edits a posted panel to its words and the server's categories now (its button or menu in
/// `lang`, the server's).
pub async fn update(
    lang: Lang,
    http: &Http,
    panel: &Panel,
    categories: &[Category],
) -> Result<(), serenity::Error> {
    let (embed, rows) = parts(lang, panel, categories);
    serenity::all::ChannelId::new(panel.channel.0)
        .edit_message(
            http,
            serenity::all::MessageId::new(panel.message.0),
            EditMessage::new()
                .embed(embed)
                .components(rows)
                .allowed_mentions(render::no_pings()),
        )
        .await
        .map(|_| ())
}

/// After a category change: every panel of the server shows its categories now. A panel
/// Discord refuses to edit (deleted, no access, an emoji it does not take) is told in the
/// log channel, with what to do; the others are still updated.
pub async fn refresh_all(bot: &Bot, http: &Http, guild: u64) -> usize {
    let (panels, server) = match (
        bot.desk.panels(crate::tickets::GuildId(guild)).await,
        bot.server(guild).await,
    ) {
        (Ok(p), Ok(s)) => (p, s),
        (Err(err), _) => {
            tracing::warn!(error = %err, "reading the server's panels failed");
            return 0;
        }
        (_, Err(err)) => {
            tracing::warn!(error = %err, "reading the server's categories failed");
            return 0;
        }
    };
    let lang = super::locale::server_lang(bot, guild).await;
    let mut done = 0;
    for p in &panels {
        match update(lang, http, p, &server.categories).await {
            Ok(()) => done += 1,
            Err(err) => {
                tracing::warn!(error = %err, panel = p.id, "updating a panel failed");
                let said = t!(
                    lang,
                    "panel-update-failed-log",
                    panel = p.id.to_string(),
                    channel = format!("<#{}>", p.channel),
                    error = err.to_string()
                );
                bot.post_log(http, guild, &said).await;
            }
        }
    }
    done
}

/// What was pressed on a panel: the category (none: the plain topic form).
fn chosen(c: &ComponentInteraction) -> Option<Option<CategoryId>> {
    let id = &c.data.custom_id;
    let raw = if let Some(rest) = id.strip_prefix(OPEN) {
        rest.to_string()
    } else if id == MENU {
        match &c.data.kind {
            ComponentInteractionDataKind::StringSelect { values } => values.first()?.clone(),
            _ => return None,
        }
    } else {
        return None;
    };
    let n: i64 = raw.parse().ok()?;
    Some((n != 0).then_some(CategoryId(n)))
}

/// A press on a panel: the member's form (the category's, or the topic), after the same
/// checks as `/ticket open` (a block, too many open tickets, the opening rate).
pub async fn on_press<'a>(
    bot: &'a Bot,
    c: &'a ComponentInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let Some(category) = chosen(c) else {
        return Ok(Reply::ephemeral(
            render::stale_button(super::locale::lang()),
        ));
    };
    let server = bot.server(c.guild_id.map_or(0, |g| g.get())).await?;
    let category = match category {
        Some(id) => match server.category(Some(id)) {
            Some(cat) => Some(cat.clone()),
            None => {
                return Ok(Reply::ephemeral(render::category_gone(
                    super::locale::lang(),
                )))
            }
        },
        None => None,
    };
    let roles = c
        .member
        .as_ref()
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    let user = c.user.id.get();
    let actor = server.actor_on(user, &roles, category.as_ref().map(|c| c.id));
    open_form::start(bot, &server, actor, user, category.as_ref(), None).await
}
