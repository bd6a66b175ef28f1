//! `/ticket note|notes|history` and `/ticket tag add|remove`: what only agents see of a
//! ticket. Every answer is ephemeral
//! (only the agent who asked sees it, and Discord does not show others that the command was
//! used), and nothing of it is posted in the ticket's thread: a member can never see a note.

use crate::bot::render;
use crate::bot::reply::{or_refuse, HandlerError, Reply};
use crate::bot::Bot;
use crate::tickets::transcript::event_line;
use crate::tickets::{Actor, Ticket};

/// The most history lines shown (the newest).
const HISTORY_LINES: usize = 30;

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
    let mut text = format!(
        "**Staff notes on ticket {}** (only agents see these):",
        t.no.0
    );
    for n in &notes {
        let body: Vec<String> = render::inert(&n.body)
            .split('\n')
            .map(|l| format!("> {l}"))
            .collect();
        text.push_str(&format!(
            "\n<@{}>, <t:{}:f>:\n{}",
            n.author.0,
            n.at.timestamp(),
            body.join("\n")
        ));
    }
    Ok(Reply::ephemeral(render::clip(&text, render::MAX_CONTENT)))
}

/// `/ticket history`: every event of the ticket, the newest [`HISTORY_LINES`].
pub async fn history<'a>(bot: &Bot, t: &Ticket, actor: &Actor) -> Result<Reply<'a>, HandlerError> {
    let events = or_refuse!(bot.desk.history(t.id, actor).await);
    let skipped = events.len().saturating_sub(HISTORY_LINES);
    let mut text = format!("**History of ticket {}**", t.no.0);
    if skipped > 0 {
        text.push_str(&format!(
            " ({skipped} earlier events not shown; `concierge transcript {}` has them all)",
            t.no.0
        ));
    }
    text.push(':');
    for e in &events[skipped..] {
        let line = event_line(e, |u| format!("<@{}>", u.0), render::inert);
        text.push_str(&format!("\n- <t:{}:f> {line}", e.at.timestamp()));
    }
    Ok(Reply::ephemeral(render::clip(&text, render::MAX_CONTENT)))
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
