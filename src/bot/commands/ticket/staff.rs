//! `/ticket note|notes|history` and `/ticket tag add|remove`: what only agents see of a
//! ticket. Every answer is ephemeral
//! (only the agent who asked sees it, and Discord does not show others that the command was
//! used), and nothing of it is posted in the ticket's thread: a member can never see a note.

use crate::bot::locale::lang;
use crate::bot::render;
use crate::bot::reply::{or_refuse, HandlerError, Reply};
use crate::bot::Bot;
use crate::i18n::Lang;
use crate::t;
use crate::tickets::transcript::event_line;
use crate::tickets::{Actor, Ticket};

/// `/ticket note text`: adds a staff note.
pub async fn note<'a>(
    bot: &Bot,
    t: &Ticket,
    actor: &Actor,
    text: &str,
) -> Result<Reply<'a>, HandlerError> {
    or_refuse!(bot.desk.add_note(t.id, actor, text, bot.now()).await);
    let ticket = t.no.0.to_string();
    Ok(Reply::ephemeral(t!(
        lang(),
        "staff-note-added",
        ticket = ticket
    )))
}

/// `/ticket notes`: the ticket's staff notes, oldest first.
pub async fn notes<'a>(bot: &Bot, t: &Ticket, actor: &Actor) -> Result<Reply<'a>, HandlerError> {
    let notes = or_refuse!(bot.desk.notes(t.id, actor).await);
    let (lang, ticket) = (lang(), t.no.0.to_string());
    if notes.is_empty() {
        return Ok(Reply::ephemeral(t!(
            lang,
            "staff-notes-none",
            ticket = ticket
        )));
    }
    let entries: Vec<String> = notes
        .iter()
        .map(|n| {
            let body: Vec<String> = render::inert(&n.body)
                .split('\n')
                .map(|l| format!("> {l}"))
                .collect();
            format!(
                "<@{}>, <t:{}:f>:\n{}",
                n.author.0,
                n.at.timestamp(),
                body.join("\n")
            )
        })
        .collect();
    let header = t!(lang, "staff-notes-header", ticket = ticket.as_str());
    Ok(Reply::ephemeral(fit_newest(
        &header,
        &entries,
        |left_out| left_out_note(lang, "staff-notes-left-out", left_out, &ticket),
    )))
}

/// " (3 earlier not shown; …)": message `id` with the count and the ticket's number as typed
/// (`concierge transcript 1234`, never grouped).
fn left_out_note(lang: Lang, id: &str, left_out: usize, ticket: &str) -> String {
    format!(
        " {}",
        t!(
            lang,
            id,
            count = render::ungrouped(left_out),
            ticket = ticket
        )
    )
}

/// `header` and as many of `entries` (oldest first) as fit in one message, the newest kept;
/// how many earlier ones are left out is said with `left_out`.
fn fit_newest(header: &str, entries: &[String], left_out: impl Fn(usize) -> String) -> String {
    let room = render::MAX_CONTENT - 120 - header.chars().count();
    let mut kept: Vec<&String> = Vec::new();
    let mut used = 0;
    for e in entries.iter().rev() {
        let len = e.chars().count() + 1;
        if used + len > room {
            break;
        }
        used += len;
        kept.push(e);
    }
    kept.reverse();
    let left = entries.len() - kept.len();
    let mut text = header.to_string();
    if left > 0 {
        text.push_str(&left_out(left));
    }
    for e in kept {
        text.push('\n');
        text.push_str(e);
    }
    render::clip(&text, render::MAX_CONTENT)
}

/// `/ticket history`: every event of the ticket, the newest that fit in one message, in the
/// language of the agent who asked.
pub async fn history<'a>(bot: &Bot, t: &Ticket, actor: &Actor) -> Result<Reply<'a>, HandlerError> {
    let lang = lang();
    let events = or_refuse!(bot.desk.history(t.id, actor).await);
    let lines: Vec<String> = events
        .iter()
        .map(|e| {
            let line = event_line(lang, e, |u| format!("<@{}>", u.0), render::inert);
            format!("- <t:{}:f> {line}", e.at.timestamp())
        })
        .collect();
    // The ticket's number as it is typed (`concierge transcript 1234`), never grouped.
    let ticket = t.no.0.to_string();
    let header = t!(lang, "history-header", ticket = ticket.as_str());
    Ok(Reply::ephemeral(fit_newest(&header, &lines, |left_out| {
        left_out_note(lang, "history-left-out", left_out, &ticket)
    })))
}

/// `/ticket tag add|remove tag`: puts a tag on the ticket or takes it off.
pub async fn tag<'a>(
    bot: &Bot,
    t: &Ticket,
    actor: &Actor,
    name: &str,
    on: bool,
) -> Result<Reply<'a>, HandlerError> {
    let changed = or_refuse!(bot.desk.tag_ticket(t.id, actor, name, on, bot.now()).await);
    let name = crate::desk::tag_name(name).unwrap_or_default();
    let tags = bot.desk.ticket_tags(t.id).await?;
    let lang = lang();
    let id = match (on, changed) {
        (true, true) => "staff-tag-added",
        (true, false) => "staff-tag-already",
        (false, true) => "staff-tag-removed",
        (false, false) => "staff-tag-absent",
    };
    let now = t!(lang, id, ticket = t.no.0.to_string(), tag = name);
    let all = if tags.is_empty() {
        t!(lang, "staff-tags-none")
    } else {
        let list: Vec<String> = tags.iter().map(|t| format!("`{t}`")).collect();
        t!(lang, "staff-tags", tags = list.join(", "))
    };
    Ok(Reply::ephemeral(format!("{now} {all}")))
}
