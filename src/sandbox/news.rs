//! What a session prints after each line: everything new the current user can see in the
//! server they are in, in order: the bot's new messages, its messages edited since they
//! were shown (a component's update, type 7, included), changed reactions, threads locked
//! or archived, forms, and the replies only they see (ephemeral responses and follow-ups
//! to their interactions, shown again when edited).

use super::render::{self, Names, Style};
use super::repl::{Form, Repl, ThreadState, WorldNames, SETTLE};
use discord_emulator::{Channel, Message};
use std::collections::{BTreeMap, BTreeSet};

/// Reactions on a message: emoji -> who.
pub(super) type Reactions = BTreeMap<String, BTreeSet<u64>>;

pub(super) fn reactions_of(m: &Message) -> Reactions {
    m.reactions
        .iter()
        .filter(|(_, users)| !users.is_empty())
        .map(|(e, users)| (e.clone(), users.iter().copied().collect()))
        .collect()
}

/// "Concierge is thinking...": a deferred reply not yet edited.
pub(super) fn thinking(m: &Message) -> bool {
    m.flags & 128 != 0 && m.edited_timestamp.is_none()
}

pub(super) fn state_of(c: &Channel) -> ThreadState {
    ThreadState {
        archived: c.archived,
        locked: c.locked,
    }
}

/// `ticket-3 printer on fire` -> `ticket-3`; other channels by their whole name.
pub(super) fn short_name(c: &Channel) -> String {
    match c.name.split_once(' ') {
        Some((first, _)) if c.is_thread() && first.starts_with("ticket-") => first.to_string(),
        _ => c.name.clone(),
    }
}

impl Repl<'_> {
    /// Waits for the bot, then prints everything new the current user can see, in order.
    pub async fn show_news(&mut self) {
        if !self.w.settle(SETTLE).await {
            self.refused("(the bot is still busy; what it does next shows after your next line)");
        }
        let pending = std::mem::take(&mut self.pending);
        let mut thread_states = Vec::new();
        let mut form = None;
        let names = self.names();
        let me_name = self.user.clone();
        let bot = self.w.emu.bot_user_id();
        let mut items: Vec<(u64, String)> = Vec::new();
        let mut newly_seen = Vec::new();
        let mut snapshots = Vec::new();
        let mut edits = Vec::new();
        for c in self.all_channels() {
            let visible = self.can_see(&me_name, &c);
            let label = format!("#{}", short_name(&c));
            for m in self.w.emu.messages(c.id) {
                if thinking(&m) {
                    continue; // "Concierge is thinking...": shown once it is edited.
                }
                if self.seen.contains(&m.id) {
                    // A shown bot message that was edited: shown again.
                    if let Some(old) = self.edits.get(&m.id) {
                        if visible && m.edited_timestamp.is_some() && &m.edited_timestamp != old {
                            items.push((m.id, self.show(&names, &m, Some(&label), true)));
                            edits.push((m.id, m.edited_timestamp.clone()));
                        }
                    }
                    // A shown bot message whose reactions changed: who changed what, once.
                    // The current user's own changes are not news to them: they stay to be
                    // shown to the next person who can see the message.
                    if let Some(old) = self.reactions.get(&m.id) {
                        let now = reactions_of(&m);
                        if old != &now {
                            let (news, shown) = self.reaction_news(&names, &label, &m, old);
                            if visible {
                                if let Some(text) = news {
                                    items.push((m.id, text));
                                }
                                snapshots.push((m.id, shown));
                            }
                        }
                    }
                    continue;
                }
                newly_seen.push(m.id);
                if m.author_id != bot || !visible {
                    continue;
                }
                snapshots.push((m.id, reactions_of(&m)));
                edits.push((m.id, m.edited_timestamp.clone()));
                items.push((m.id, self.show(&names, &m, Some(&label), false)));
            }
            if c.is_thread() {
                let now = state_of(&c);
                let old = self.threads.get(&c.id).copied();
                thread_states.push((c.id, now));
                if visible && old.is_some_and(|o| o != now) {
                    let what = match (now.locked, now.archived) {
                        (true, true) => "is now locked and archived",
                        (true, false) => "is now locked",
                        (false, true) => "is now archived",
                        (false, false) => "is open again",
                    };
                    let id = c.last_message_id.unwrap_or(c.id);
                    items.push((id, self.style.dim(&format!("({label} {what})"))));
                }
            }
        }
        for i in pending {
            let rec = self.w.emu.interaction(&i);
            if let Some(modal) = rec
                .callbacks
                .first()
                .filter(|cb| cb["type"] == 9)
                .map(|cb| cb["data"].clone())
            {
                let Some(f) = Form::of_modal(&modal) else {
                    let text = format!(
                        "{} opens a form, \"{}\", with nothing to fill in",
                        self.style.author("Concierge"),
                        modal["title"].as_str().unwrap_or_default()
                    );
                    items.push((i.id, text));
                    continue;
                };
                items.push((i.id, f.shown(self.style)));
                form = Some(f);
            }
        }
        // The replies only the current user sees: new ones, and those edited since shown
        // (a pick or click in them answered by updating them in place).
        let me = self.me();
        for i in &self.sent {
            let rec = self.w.emu.interaction(i);
            if rec.user_id != me {
                continue;
            }
            let original = rec.original.iter().filter(|_| !rec.original_deleted);
            for m in original.chain(rec.followups.iter()) {
                if !m.ephemeral() || thinking(m) {
                    continue;
                }
                if !self.seen.contains(&m.id) {
                    newly_seen.push(m.id);
                    edits.push((m.id, m.edited_timestamp.clone()));
                    items.push((m.id, self.show(&names, m, None, false)));
                } else if self
                    .edits
                    .get(&m.id)
                    .is_some_and(|old| old != &m.edited_timestamp)
                {
                    edits.push((m.id, m.edited_timestamp.clone()));
                    items.push((m.id, self.show(&names, m, None, true)));
                }
            }
        }
        if form.is_some() {
            self.form = form;
        }
        self.threads.extend(thread_states);
        self.seen.extend(newly_seen);
        self.reactions.extend(snapshots);
        self.edits.extend(edits);
        items.sort_by_key(|(id, _)| *id);
        for (_, text) in items {
            println!("{text}");
        }
    }

    /// `bob reacted 👎 on Concierge's message in #help ("Resetting your password"); its
    /// reactions are now 👎`: one line per person who changed the reactions on `m` since
    /// `old`, the current user left out (`None` when only they did); and the reactions as
    /// now shown (`old` with everyone's changes but the current user's).
    fn reaction_news(
        &self,
        names: &WorldNames<'_>,
        label: &str,
        m: &Message,
        old: &Reactions,
    ) -> (Option<String>, Reactions) {
        let me = self.me();
        let now = reactions_of(m);
        // person -> (added, removed)
        let mut changes: BTreeMap<u64, (Vec<&str>, Vec<&str>)> = BTreeMap::new();
        let mut shown = Reactions::new();
        let none = BTreeSet::new();
        let emoji: BTreeSet<&String> = old.keys().chain(now.keys()).collect();
        for e in emoji {
            let before = old.get(e).unwrap_or(&none);
            let after = now.get(e).unwrap_or(&none);
            for u in after.difference(before).filter(|u| **u != me) {
                changes.entry(*u).or_default().0.push(e);
            }
            for u in before.difference(after).filter(|u| **u != me) {
                changes.entry(*u).or_default().1.push(e);
            }
            let users: BTreeSet<u64> = after
                .iter()
                .filter(|u| **u != me)
                .chain(before.get(&me))
                .copied()
                .collect();
            if !users.is_empty() {
                shown.insert(e.clone(), users);
            }
        }
        if changes.is_empty() {
            return (None, shown);
        }
        let author = self.name_of(m.author_id);
        let about = match preview(names, m) {
            Some(words) => format!("{author}'s message in {label} (\"{words}\")"),
            None => format!("{author}'s message in {label}"),
        };
        let list = match render::reactions(&m.reactions) {
            r if r.is_empty() => "none".to_string(),
            r => r,
        };
        let lines: Vec<String> = changes
            .iter()
            .map(|(who, (added, removed))| {
                let mut did = Vec::new();
                if !added.is_empty() {
                    did.push(format!("reacted {}", added.join(" ")));
                }
                if !removed.is_empty() {
                    did.push(format!("took back {}", removed.join(" ")));
                }
                format!(
                    "{} {}{}",
                    self.style.dim(&format!(
                        "({} {} on {about}; its reactions are now",
                        self.name_of(*who),
                        did.join(" and ")
                    )),
                    self.style.action(&list),
                    self.style.dim(")")
                )
            })
            .collect();
        (Some(lines.join("\n")), shown)
    }
}

/// A message's first words, to say which one is meant: its text's first line, else its
/// embed's title or description; at most 40 characters, cut at a word with `…`.
fn preview(names: &WorldNames<'_>, m: &Message) -> Option<String> {
    let embed = m.embeds.first();
    let raw = [
        Some(m.content.as_str()),
        embed.and_then(|e| e["title"].as_str()),
        embed.and_then(|e| e["description"].as_str()),
    ]
    .into_iter()
    .flatten()
    .find(|t| !t.trim().is_empty())?;
    let plain = render::text(names as &dyn Names, Style::PLAIN, raw);
    let first = plain.lines().find(|l| !l.trim().is_empty())?.trim();
    if first.chars().count() <= 40 {
        return Some(first.to_string());
    }
    let mut out = String::new();
    for word in first.split(' ') {
        if out.chars().count() + word.chars().count() + 1 > 40 {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = first.chars().take(39).collect();
    }
    Some(format!("{out}…"))
}
