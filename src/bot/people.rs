//! People by name: the bot remembers the name each person goes by in the server (nickname,
//! else global display name, else username) from the events it sees, so reports and
//! transcripts can name them. Written only when a name is new or changed, on the side of the
//! event's handling (never in the way of an answer).

use super::Bot;
use serenity::all::{CommandInteraction, Member, Message, User};
use std::sync::Arc;

/// A person seen, and the name they showed as.
pub type Seen = (u64, String);

/// The name someone shows as: the server nickname, else their display name. Bots are skipped.
fn seen(user: &User, nick: Option<&str>) -> Option<Seen> {
    if user.bot {
        return None;
    }
    let name = nick.map_or_else(|| user.display_name().to_string(), str::to_string);
    Some((user.id.get(), name))
}

/// Someone acting through a button or a form.
pub fn of_member(user: &User, member: Option<&Member>) -> Vec<Seen> {
    seen(user, member.and_then(|m| m.nick.as_deref()))
        .into_iter()
        .collect()
}

/// The person running a command and everyone its options name.
pub fn of_command(cmd: &CommandInteraction) -> Vec<Seen> {
    let mut out = of_member(&cmd.user, cmd.member.as_deref());
    let resolved = &cmd.data.resolved;
    for (id, user) in &resolved.users {
        let nick = resolved.members.get(id).and_then(|m| m.nick.as_deref());
        out.extend(seen(user, nick));
    }
    out
}

/// A message's author.
pub fn of_author(msg: &Message) -> Vec<Seen> {
    let nick = msg.member.as_ref().and_then(|m| m.nick.as_deref());
    seen(&msg.author, nick).into_iter().collect()
}

/// Remembers the names that are new or changed, in a task of their own.
pub fn remember_later(bot: Arc<Bot>, people: Vec<Seen>) {
    let fresh: Vec<Seen> = {
        let seen = bot.names_seen.lock().unwrap_or_else(|p| p.into_inner());
        people
            .into_iter()
            .filter(|(id, name)| seen.get(id) != Some(name))
            .collect()
    };
    if fresh.is_empty() {
        return;
    }
    tokio::spawn(async move {
        for (id, name) in fresh {
            let user = crate::tickets::UserId(id);
            match bot.desk.remember_name(user, &name, bot.now()).await {
                Ok(()) => {
                    bot.names_seen
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .insert(id, name);
                }
                // Costs a name in a report only; tried again the next time they are seen.
                Err(err) => tracing::debug!(error = %err, "remembering a name failed"),
            }
        }
    });
}
