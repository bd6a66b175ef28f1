//! A server's knowledge base edited from Discord by its moderators: `/kb add` and
//! `/kb edit entry` open the entry form (a modal: id, title, patterns one a line, answer,
//! keywords), `/kb remove entry` removes the server's own entry, `/kb list [page]` pages
//! through what the server answers from. Writing, the reload that makes a change live at
//! once and the audit are the core's ([`crate::desk::Desk::save_kb_entry`], shared with the
//! dashboard); here are the form, who may, the replies and the log line.

use super::reply::{HandlerError, Msg, Reply, Response};
use super::{render, Bot};
use crate::desk::{KbAction, KbChanged, KbEditError};
use crate::i18n::Lang;
use crate::kb::edit::EntryForm;
use crate::kb::Problem;
use crate::t;
use crate::tickets::{GuildId, UserId};
use serenity::all::{
    CreateActionRow, CreateInputText, CreateModal, InputTextStyle, ModalInteraction, Permissions,
    RoleId,
};

/// The entry form's custom id: `kb:entry:` then the id of the entry being edited (empty for
/// a new one).
pub const FORM: &str = "kb:entry:";

/// The form's fields.
pub mod fields {
    pub const ID: &str = "id";
    pub const TITLE: &str = "title";
    pub const PATTERNS: &str = "patterns";
    pub const ANSWER: &str = "answer";
    pub const KEYWORDS: &str = "keywords";
}

/// Entries a `/kb list` page shows.
pub const PAGE: usize = 20;

/// Who may change a server's entries: its moderators (`moderator_roles`) and members with
/// Manage Server.
pub fn may_edit(
    server: &crate::desk::Server,
    roles: &[RoleId],
    perms: Option<Permissions>,
) -> bool {
    super::roles::may_moderate(server, roles, perms)
}

/// The entry form, its labels in `lang`, filled with `current` when editing.
pub fn form(lang: Lang, editing: Option<&str>, current: &EntryForm) -> CreateModal {
    let field = |id: &str, label: &str, style, value: &str, max: u16, required: bool| {
        let mut input = CreateInputText::new(style, label, id)
            .max_length(max)
            .required(required);
        if !value.is_empty() {
            input = input.value(value);
        }
        CreateActionRow::InputText(input)
    };
    let title = match editing {
        Some(id) => render::clip(
            &t!(lang, "kb-form-title-edit", entry = render::clip(id, 38)),
            45,
        ),
        None => t!(lang, "kb-form-title-new"),
    };
    CreateModal::new(format!("{FORM}{}", editing.unwrap_or("")), title).components(vec![
        field(
            fields::ID,
            &t!(lang, "kb-form-field-id"),
            InputTextStyle::Short,
            &current.id,
            60,
            true,
        ),
        field(
            fields::TITLE,
            &t!(lang, "kb-form-field-title"),
            InputTextStyle::Short,
            current.title.as_deref().unwrap_or(""),
            200,
            false,
        ),
        field(
            fields::PATTERNS,
            &t!(lang, "kb-form-field-patterns"),
            InputTextStyle::Paragraph,
            &current.patterns.join("\n"),
            4000,
            true,
        ),
        field(
            fields::ANSWER,
            &t!(lang, "kb-form-field-answer"),
            InputTextStyle::Paragraph,
            &current.answer,
            4000,
            true,
        ),
        field(
            fields::KEYWORDS,
            &t!(lang, "kb-form-field-keywords"),
            InputTextStyle::Short,
            &current.keywords.join(", "),
            400,
            false,
        ),
    ])
}

/// A submitted entry form: the id being edited (none: new) and what was typed.
pub fn parse_form(m: &ModalInteraction) -> Option<(Option<String>, EntryForm)> {
    let editing = m.data.custom_id.strip_prefix(FORM)?;
    let value = |name: &str| crate::bot::options::modal_value(m, name);
    let form = EntryForm::from_fields(
        &value(fields::ID),
        &value(fields::TITLE),
        &value(fields::PATTERNS),
        &value(fields::ANSWER),
        &value(fields::KEYWORDS),
    );
    Some((Some(editing.to_string()).filter(|e| !e.is_empty()), form))
}

/// Problems as the moderator sees them, in their language: file names relative to the
/// responses folder.
fn problems_text(bot: &Bot, problems: &[Problem]) -> String {
    let lang = super::locale::lang();
    let root = bot.kb.dir();
    let lines: Vec<String> = problems
        .iter()
        .take(10)
        .map(|p| {
            let shown = p.text(lang);
            let shown = shown
                .strip_prefix(&format!("{}/", root.display()))
                .unwrap_or(&shown)
                .to_string();
            format!("- {}", render::inert(&shown))
        })
        .collect();
    t!(lang, "kb-not-changed", problems = lines.join("\n"))
}

/// Applies a submitted entry form: written, live at once and audited (the core's
/// [`crate::desk::Desk::save_kb_entry`]), told in the log channel.
pub async fn on_form<'a>(
    bot: &'a Bot,
    ctx: &'a serenity::all::Context,
    m: &'a ModalInteraction,
    editing: Option<String>,
    form: EntryForm,
) -> Result<Reply<'a>, HandlerError> {
    let guild = m.guild_id.map_or(0, |g| g.get());
    let server = bot.server(guild).await?;
    if !super::roles::member_moderates(&server, m.member.as_ref()) {
        return Ok(Reply::ephemeral(
            render::kb_edit_only(super::locale::lang()),
        ));
    }
    Ok(Reply::later(async move {
        let actor = m.user.id.get();
        let saved = bot
            .desk
            .save_kb_entry(
                &bot.kb,
                GuildId(guild),
                UserId(actor),
                form,
                editing,
                bot.now(),
            )
            .await;
        let changed = match saved {
            Ok(c) => c,
            Err(KbEditError::Invalid(problems)) => {
                return Ok(Msg::ephemeral(problems_text(bot, &problems)))
            }
            Err(err) => return Err(err.into()),
        };
        let done = match changed.action {
            KbAction::Overrode => "kb-overridden",
            KbAction::Updated => "kb-updated",
            KbAction::Added | KbAction::Removed => "kb-added",
        };
        tell_log(bot, ctx, guild, actor, &changed).await;
        Ok(Msg::ephemeral(t!(
            super::locale::lang(),
            done,
            entry = changed.id.clone(),
            file = render::inert(&changed.file)
        )))
    }))
}

/// Tells the log channel of a change (recorded by the core already), in the server's
/// language.
async fn tell_log(
    bot: &Bot,
    ctx: &serenity::all::Context,
    guild: u64,
    actor: u64,
    changed: &KbChanged,
) {
    let lang = super::locale::server_lang(bot, guild).await;
    let id = match changed.action {
        KbAction::Added => "kb-added-log",
        KbAction::Updated => "kb-updated-log",
        KbAction::Overrode => "kb-overridden-log",
        KbAction::Removed => "kb-removed-log",
    };
    let line = t!(
        lang,
        id,
        member = format!("<@{actor}>"),
        entry = changed.id.clone(),
        file = render::inert(&changed.file)
    );
    bot.post_log(&ctx.http, guild, &line).await;
}

/// `/kb add` and `/kb edit entry`: the form, empty or filled with the entry.
pub fn open_form(bot: &Bot, guild: u64, editing: Option<&str>) -> Reply<'static> {
    let current = match editing {
        None => EntryForm::from_fields("", "", "", "", ""),
        Some(wanted) => match bot.kb.for_server(guild).entry_by_id_or_title(wanted) {
            Some(e) => EntryForm::of(e),
            None => return Reply::ephemeral(render::no_such_entry(super::locale::lang(), wanted)),
        },
    };
    let editing = editing.map(|_| current.id.clone());
    Response::Modal(form(super::locale::lang(), editing.as_deref(), &current)).into()
}

/// `/kb remove entry`: removes the server's own entry (live at once, audited).
pub async fn remove<'a>(
    bot: &'a Bot,
    ctx: &'a serenity::all::Context,
    guild: u64,
    actor: u64,
    wanted: String,
) -> Result<Reply<'a>, HandlerError> {
    Ok(Reply::later(async move {
        let id = bot
            .kb
            .for_server(guild)
            .entry_by_id_or_title(&wanted)
            .map_or(wanted.clone(), |e| e.id.clone());
        let removed = bot
            .desk
            .remove_kb_entry(&bot.kb, GuildId(guild), UserId(actor), &id, bot.now())
            .await;
        let changed = match removed {
            Ok(c) => c,
            Err(KbEditError::Invalid(problems)) => {
                return Ok(Msg::ephemeral(problems_text(bot, &problems)))
            }
            Err(err) => return Err(err.into()),
        };
        tell_log(bot, ctx, guild, actor, &changed).await;
        let shared = bot.kb.for_server(guild).entry(&id).is_some();
        let said = if shared {
            "kb-removed-own"
        } else {
            "kb-removed"
        };
        Ok(Msg::ephemeral(t!(super::locale::lang(), said, entry = id)))
    }))
}

/// `/kb list [page]`: what the server answers from, a page at a time, its own marked (the
/// entries' titles as they are written).
pub fn list(bot: &Bot, guild: u64, page: usize) -> Reply<'static> {
    let lang = super::locale::lang();
    let own_mark = format!(" {}", t!(lang, "kb-list-own"));
    let kb = bot.kb.for_server(guild);
    let all = kb.entries();
    let pages = all.len().div_ceil(PAGE).max(1);
    let page = page.clamp(1, pages);
    let lines: Vec<String> = all
        .iter()
        .skip((page - 1) * PAGE)
        .take(PAGE)
        .map(|e| {
            let own = kb.own.as_ref().is_some_and(|o| o.entry(&e.id).is_some());
            let title = e
                .title
                .as_deref()
                .map(|t| format!(" — {}", render::inert(&render::clip(t, 60))))
                .unwrap_or_default();
            format!(
                "`{}`{title}{}",
                e.id,
                if own { own_mark.as_str() } else { "" }
            )
        })
        .collect();
    Reply::ephemeral(render::clip(
        &t!(
            lang,
            "kb-list",
            count = render::ungrouped(all.len()),
            page = render::ungrouped(page),
            pages = render::ungrouped(pages),
            entries = lines.join("\n")
        ),
        render::MAX_CONTENT,
    ))
}
