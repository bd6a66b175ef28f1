//! `/ticket note|notes|history` and `/ticket tag add|remove`: what only agents see of a
//! ticket. Every answer is ephemeral
//! (only the agent who asked sees it, and Discord does not show others that the command was
//! used), and nothing of it is posted in the ticket's thread: a member can never see a note.

use crate::bot::render;
use crate::bot::reply::{or_refuse, HandlerError, Reply};
use crate::bot::Bot;
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
    Ok(Reply::ephemeral(format!(
        "Staff note added to ticket {}. Only agents see notes (`/ticket notes`, `/ticket history`, the transcript in the log channel); the member never does.",
        t.no.0
    )))
}

/// `/ticket notes`: the ticket's staff notes, oldest first.
pub async fn notes<'a>(bot: &Bot, t: &Ticket, actor: &Actor) -> Result<Reply<'a>, HandlerError> {
    let notes = or_refuse!(bot.desk.notes(t.id, actor).await);
    if notes.is_empty() {
        return Ok(Reply::ephemeral(format!(
            "Ticket {} has no staff notes; add one with `/ticket note`.",
            t.no.0
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
    let header = format!(
        "**Staff notes on ticket {}** (only agents see these):",
        t.no.0
    );
    Ok(Reply::ephemeral(newest_that_fit(&header, &entries, t.no.0)))
}

/// `header` and as many of `entries` (oldest first) as fit in one message, the newest kept;
/// how many earlier ones are left out is said.
fn newest_that_fit(header: &str, entries: &[String], ticket: i64) -> String {
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
    let left_out = entries.len() - kept.len();
    let mut text = header.to_string();
    if left_out > 0 {
        text.push_str(&format!(
            " ({left_out} earlier not shown; `concierge transcript {ticket}` has them all)"
        ));
    }
    for e in kept {
        text.push('\n');
        text.push_str(e);
    }
    render::clip(&text, render::MAX_CONTENT)
}

/// `/ticket history`: every event of the ticket, the newest that fit in one message.
pub async fn history<'a>(bot: &Bot, t: &Ticket, actor: &Actor) -> Result<Reply<'a>, HandlerError> {
    let events = or_refuse!(bot.desk.history(t.id, actor).await);
    let lines: Vec<String> = events
        .iter()
        .map(|e| {
            let line = event_line(e, |u| format!("<@{}>", u.0), render::inert);
            format!("- <t:{}:f> {line}", e.at.timestamp())
        })
        .collect();
    let header = format!("**History of ticket {}**:", t.no.0);
    Ok(Reply::ephemeral(newest_that_fit(&header, &lines, t.no.0)))
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
    let now = match (on, changed) {
        (true, true) => format!("Ticket {} now carries `{name}`.", t.no.0),
        (true, false) => format!("Ticket {} already carries `{name}`.", t.no.0),
        (false, true) => format!("Took `{name}` off ticket {}.", t.no.0),
        (false, false) => format!("Ticket {} does not carry `{name}`.", t.no.0),
    };
    let all = if tags.is_empty() {
        "It has no tags.".to_string()
    } else {
        format!(
            "Its tags: {}.",
            tags.iter()
                .map(|t| format!("`{t}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    Ok(Reply::ephemeral(format!("{now} {all}")))
}
