//! A server's knowledge base edited from Discord by its moderators: `/kb add` and
//! `/kb edit entry` open the entry form (a modal: id, title, patterns one a line, answer,
//! keywords), `/kb remove entry` removes the server's own entry, `/kb list [page]` pages
//! through what the server answers from. Writing is [`crate::kb::edit`]'s; here are the form,
//! who may, the reload that makes a change live at once, the audit and the log line.

use super::reply::{HandlerError, Msg, Reply, Response};
use super::{render, Bot};
use crate::kb::edit::{self, EntryForm, Saved};
use crate::kb::live::Part;
use crate::kb::Problem;
use crate::store::kb_changes::KbChange;
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

/// The entry form, filled with `current` when editing.
pub fn form(editing: Option<&str>, current: &EntryForm) -> CreateModal {
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
        Some(id) => format!("Edit {}", render::clip(id, 38)),
        None => "New knowledge-base entry".to_string(),
    };
    CreateModal::new(format!("{FORM}{}", editing.unwrap_or("")), title).components(vec![
        field(
            fields::ID,
            "Id (a-z, 0-9 and -)",
            InputTextStyle::Short,
            &current.id,
            60,
            true,
        ),
        field(
            fields::TITLE,
            "Title (optional)",
            InputTextStyle::Short,
            current.title.as_deref().unwrap_or(""),
            200,
            false,
        ),
        field(
            fields::PATTERNS,
            "Example questions, one a line",
            InputTextStyle::Paragraph,
            &current.patterns.join("\n"),
            4000,
            true,
        ),
        field(
            fields::ANSWER,
            "The answer (Markdown; {user} mentions the asker)",
            InputTextStyle::Paragraph,
            &current.answer,
            4000,
            true,
        ),
        field(
            fields::KEYWORDS,
            "Keywords, comma-separated (optional)",
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

/// Problems as the moderator sees them: file names relative to the responses folder.
fn problems_text(bot: &Bot, problems: &[Problem]) -> String {
    let root = bot.kb.dir();
    let lines: Vec<String> = problems
        .iter()
        .take(10)
        .map(|p| {
            let shown = p.to_string();
            let shown = shown
                .strip_prefix(&format!("{}/", root.display()))
                .unwrap_or(&shown)
                .to_string();
            format!("- {}", render::inert(&shown))
        })
        .collect();
    format!("Nothing was changed:\n{}", lines.join("\n"))
}

/// The file, relative to the responses folder.
fn relative(bot: &Bot, file: &std::path::Path) -> String {
    file.strip_prefix(bot.kb.dir())
        .unwrap_or(file)
        .display()
        .to_string()
}

/// Applies a submitted entry form: written, live at once, audited, told in the log channel.
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
        return Ok(Reply::ephemeral(render::KB_EDIT_ONLY));
    }
    Ok(Reply::later(async move {
        let live = bot.kb.clone();
        let dir = live.server_dir(guild);
        let saved = tokio::task::spawn_blocking(move || {
            let kb = live.for_server(guild);
            let saved = edit::save(&kb, &dir, &form, editing.as_deref())?;
            // Live at once; the watcher's reload that follows changes nothing more.
            live.reload_part(Part::Server(guild))?;
            Ok::<_, Vec<Problem>>((saved, form.id))
        })
        .await?;
        let (saved, id) = match saved {
            Ok(s) => s,
            Err(problems) => return Ok(Msg::ephemeral(problems_text(bot, &problems))),
        };
        let (action, done) = match &saved {
            Saved::Added(_) => ("added", "Added"),
            Saved::Updated(_) => ("updated", "Updated"),
            Saved::Overrode(_) => ("overrode", "This server now has its own version of"),
        };
        let file = relative(bot, saved.file());
        audit(bot, ctx, guild, m.user.id.get(), action, &id, &file).await?;
        Ok(Msg::ephemeral(format!(
            "{done} `{id}` (in `{}`); it answers from now on.",
            render::inert(&file)
        )))
    }))
}

/// Records a change and tells the log channel.
async fn audit(
    bot: &Bot,
    ctx: &serenity::all::Context,
    guild: u64,
    actor: u64,
    action: &str,
    id: &str,
    file: &str,
) -> Result<(), HandlerError> {
    bot.desk
        .record_kb_change(KbChange {
            guild: GuildId(guild),
            at: bot.now(),
            actor: UserId(actor),
            action: action.into(),
            entry_id: id.into(),
            file: file.into(),
        })
        .await?;
    let line = format!(
        "<@{actor}> {action} the knowledge-base entry `{id}` (`{}`).",
        render::inert(file)
    );
    bot.post_log(&ctx.http, guild, &line).await;
    Ok(())
}

/// `/kb add` and `/kb edit entry`: the form, empty or filled with the entry.
pub fn open_form(bot: &Bot, guild: u64, editing: Option<&str>) -> Reply<'static> {
    let current = match editing {
        None => EntryForm::from_fields("", "", "", "", ""),
        Some(wanted) => match bot.kb.for_server(guild).entry_by_id_or_title(wanted) {
            Some(e) => EntryForm::of(e),
            None => return Reply::ephemeral(render::no_such_entry(wanted)),
        },
    };
    let editing = editing.map(|_| current.id.clone());
    Response::Modal(form(editing.as_deref(), &current)).into()
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
        let live = bot.kb.clone();
        let id = live
            .for_server(guild)
            .entry_by_id_or_title(&wanted)
            .map_or(wanted.clone(), |e| e.id.clone());
        let gone = id.clone();
        let removed = tokio::task::spawn_blocking(move || {
            let file = edit::remove(&live.for_server(guild), &gone)?;
            live.reload_part(Part::Server(guild))?;
            Ok::<_, Vec<Problem>>(file)
        })
        .await?;
        let file = match removed {
            Ok(f) => relative(bot, &f),
            Err(problems) => return Ok(Msg::ephemeral(problems_text(bot, &problems))),
        };
        audit(bot, ctx, guild, actor, "removed", &id, &file).await?;
        let shared = bot.kb.for_server(guild).entry(&id).is_some();
        Ok(Msg::ephemeral(if shared {
            format!("Removed this server's `{id}`; the shared entry `{id}` answers again.")
        } else {
            format!("Removed `{id}`; it no longer answers.")
        }))
    }))
}

/// `/kb list [page]`: what the server answers from, a page at a time, its own marked.
pub fn list(bot: &Bot, guild: u64, page: usize) -> Reply<'static> {
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
                if own { " *(this server's)*" } else { "" }
            )
        })
        .collect();
    Reply::ephemeral(render::clip(
        &format!(
            "**Knowledge base: {} entries** (page {page} of {pages})\n{}",
            all.len(),
            lines.join("\n")
        ),
        render::MAX_CONTENT,
    ))
}
