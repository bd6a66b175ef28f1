//! The sandbox's REPL: runs [`script`](super::script) lines against a [`World`] as the
//! current user in the current channel, waits until the bot has dealt with each line
//! ([`World::settle`]), and prints what the current user can see of what the bot did:
//! new messages in the channels and threads they can see, replies only they see, forms,
//! and threads being locked or archived.
//!
//! Who sees what, as on a server set up as the README says: members see `#help`,
//! `#tickets`, `#general` and the ticket threads they are in; agents and moderators see
//! every channel and ticket (as with View Channel on `#support-log` and Manage Threads).

use super::render::{self, Names, Shown, Style};
use super::script::{self, Line};
use super::slash;
use super::world::{World, CHANNELS, PEOPLE, ROLES};
use discord_emulator::{Channel, Emulator, Interaction, Message, Opt};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;
use std::time::Duration;

/// How long to wait for the bot to finish reacting to one line.
pub const SETTLE: Duration = Duration::from_secs(20);

/// What the REPL should do after a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Continue,
    Quit,
}

/// A form the bot opened (a modal) that the next message line fills in.
#[derive(Debug, Clone)]
struct Form {
    custom_id: String,
    input: String,
}

/// What the sandbox knows about a thread, to notice changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ThreadState {
    archived: bool,
    locked: bool,
}

/// One REPL session over a world.
pub struct Repl<'w> {
    w: &'w World,
    style: Style,
    user: String,
    channel: u64,
    /// Messages already shown (or not to be shown).
    seen: HashSet<u64>,
    /// Reactions on shown bot messages as last shown (to show each change once).
    reactions: HashMap<u64, Reactions>,
    /// When shown bot messages were last edited (to show edits).
    edits: HashMap<u64, Option<String>>,
    threads: HashMap<u64, ThreadState>,
    /// Interactions sent whose private replies are still to be shown.
    pending: Vec<Interaction>,
    form: Option<Form>,
    users: HashMap<u64, String>,
    roles: HashMap<u64, String>,
}

/// The world's ids as names.
struct WorldNames<'a> {
    w: &'a World,
    users: &'a HashMap<u64, String>,
    roles: &'a HashMap<u64, String>,
}

impl Names for WorldNames<'_> {
    fn user(&self, id: u64) -> Option<String> {
        self.users.get(&id).cloned()
    }
    fn role(&self, id: u64) -> Option<String> {
        self.roles.get(&id).cloned()
    }
    fn channel(&self, id: u64) -> Option<String> {
        self.w.emu.thread(id).map(|c| c.name)
    }
}

/// `ticket-3 printer on fire` -> `ticket-3`; other channels by their whole name.
fn short_name(c: &Channel) -> String {
    match c.name.split_once(' ') {
        Some((first, _)) if c.is_thread() && first.starts_with("ticket-") => first.to_string(),
        _ => c.name.clone(),
    }
}

/// The roles of a person in [`PEOPLE`].
fn roles_of(name: &str) -> Option<&'static [&'static str]> {
    PEOPLE.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
}

fn is_staff(name: &str) -> bool {
    roles_of(name).is_some_and(|r| {
        r.iter()
            .any(|r| r.starts_with("tier-") || *r == "moderator")
    })
}

/// `member`, `agent, tier 2`, `moderator`.
fn describe(name: &str) -> String {
    let roles = roles_of(name).unwrap_or_default();
    let mut parts: Vec<String> = Vec::new();
    for r in roles {
        match r.strip_prefix("tier-") {
            Some(t) => parts.push(format!("agent, tier {t}")),
            None => parts.push(r.to_string()),
        }
    }
    if parts.is_empty() {
        "member".into()
    } else {
        parts.join(", ")
    }
}

/// The first user of a session.
pub const FIRST_USER: &str = "alice";

/// What the sandbox says when it starts.
pub fn banner(responses: &str, database: &str) -> String {
    format!(
        "Concierge sandbox: the real bot in a Discord guild on loopback, with the knowledge base in {responses} and {database}.\n\
         You are {FIRST_USER} ({}) in #help. Ask a question, or try /ticket open <topic>; :help lists everything, :quit leaves.",
        describe(FIRST_USER)
    )
}

/// Why `:tick` is refused when the sandbox runs on a database the user named.
pub const TICK_ON_NAMED_DATABASE: &str = "\
:tick is off: this sandbox runs on the database named in DATABASE_URL, and moving the clock \
would write times in the future into it (a ticket closed an hour ahead, say, which \
`concierge stats` then counts as still open). Unset DATABASE_URL to rehearse on a throwaway \
database, where :tick works.";

/// The number of messages `:in` shows of the channel it enters.
pub const HISTORY: usize = 5;

/// What `:help` prints.
pub const HELP: &str = "\
Type a message to post it as the current user in the current channel.
  /ticket open <topic>        open a private ticket (you follow its thread)
  /ticket claim | unclaim     agents: take the ticket / give it back
  /ticket escalate [reason]   agents: to the next tier (tier:3 for a given tier)
  /ticket close [resolution]  the owner or agents: close, then a rating prompt
  /ticket transfer <agent>    /ticket add <user>    /ticket reopen    /ticket queue
  /kb send <entry>            agents, in a ticket: post a canned answer
  /kb test <question>         /kb reload    /kb gaps    /support stats [days]
  :as <name>                  be someone else (:who lists everyone); the channel stays
                              if they can see it, else they go to #help
  :in <channel>               go to #help, #general, #support-log, ticket-3, ...
                              and see its last 5 messages
  :react <emoji>              react on the bot's last message here (1️⃣-5️⃣ rate a ticket)
  :click solved | human       press a button on the bot's last answer here
  :tick [minutes]             move the clock (default 60) and run the SLA clock
                              (on the throwaway database only, not on DATABASE_URL)
  :stats                      the support KPIs, as `concierge stats` prints them
  :who                        everyone in the guild
  :quit                       leave (Ctrl-D too)
Options by name work too: /ticket escalate tier:3 reason:needs the database team.
An empty line shows what arrived in the meantime.";

impl<'w> Repl<'w> {
    /// A session as `alice` in `#help`; what is already in the world counts as seen.
    pub fn new(w: &'w World, style: Style) -> Repl<'w> {
        let mut users: HashMap<u64, String> = PEOPLE
            .iter()
            .map(|(n, _)| (w.user(n), n.to_string()))
            .collect();
        users.insert(w.emu.bot_user_id(), "Concierge".into());
        let roles = ROLES
            .iter()
            .map(|r| (w.emu.role_id(r), r.to_string()))
            .collect();
        let mut repl = Repl {
            w,
            style,
            user: FIRST_USER.into(),
            channel: w.channel("help"),
            seen: HashSet::new(),
            reactions: HashMap::new(),
            edits: HashMap::new(),
            threads: HashMap::new(),
            pending: Vec::new(),
            form: None,
            users,
            roles,
        };
        for c in repl.all_channels() {
            repl.seen.extend(w.emu.messages(c.id).iter().map(|m| m.id));
            if c.is_thread() {
                repl.threads.insert(c.id, state_of(&c));
            }
        }
        repl
    }

    /// The current user's name.
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The prompt: `alice #help> `.
    pub fn prompt(&self) -> String {
        format!("{} #{}> ", self.user, self.channel_label(self.channel))
    }

    /// The prompt, coloured when colours are on.
    pub fn styled_prompt(&self) -> String {
        format!(
            "{} {}> ",
            self.style.user(&self.user),
            self.style
                .author(&format!("#{}", self.channel_label(self.channel)))
        )
    }

    fn me(&self) -> u64 {
        self.w.user(&self.user)
    }

    fn names(&self) -> WorldNames<'_> {
        WorldNames {
            w: self.w,
            users: &self.users,
            roles: &self.roles,
        }
    }

    fn channel_label(&self, id: u64) -> String {
        self.w
            .emu
            .thread(id)
            .map(|c| short_name(&c))
            .unwrap_or_else(|| id.to_string())
    }

    fn all_channels(&self) -> Vec<Channel> {
        let mut out: Vec<Channel> = CHANNELS
            .iter()
            .filter_map(|n| self.w.emu.thread(self.w.channel(n)))
            .collect();
        out.extend(self.w.emu.threads());
        out
    }

    fn can_see(&self, name: &str, c: &Channel) -> bool {
        if is_staff(name) {
            return true;
        }
        if c.is_thread() {
            c.kind != 12 || c.members.contains(&self.w.user(name))
        } else {
            c.name != "support-log"
        }
    }

    /// Runs one line; `Err` is a line that could not be run (a typo, an unknown name,
    /// nothing to click), with what was wrong. What the bot says is printed, not returned.
    pub async fn run_line(&mut self, line: &str) -> Result<Flow, String> {
        let parsed = script::parse(line)?;
        if self.form.is_some() && !matches!(parsed, Line::Say(_) | Line::Nothing) {
            self.form = None;
            self.note("(the form was dismissed)");
        }
        match parsed {
            Line::Nothing => self.show_news().await,
            Line::Say(text) => match self.form.take() {
                Some(form) => {
                    let (channel, me) = (self.channel, self.me());
                    self.interact(|emu| {
                        emu.submit_modal(channel, me, &form.custom_id, &[(&form.input, &text)])
                    })
                    .await;
                }
                None => {
                    if let Err(e) = self.w.emu.try_post_message(self.channel, self.me(), &text) {
                        self.refused(&format!("Discord did not post that: {e}{}", self.why()));
                    }
                    self.show_news().await;
                }
            },
            Line::Slash { name, sub, args } => {
                let (global, guild) = self.w.emu.commands();
                let commands: Vec<_> = guild.into_iter().chain(global).collect();
                let people = |n: &str| roles_of(n).map(|_| self.w.user(n));
                let opts: Vec<Opt> =
                    slash::options(&commands, &name, sub.as_deref(), &args, &people)?;
                let has_subs = commands.iter().any(|c| {
                    c["name"] == name.as_str()
                        && c["options"]
                            .as_array()
                            .is_some_and(|o| o.iter().any(|o| o["type"] == 1 || o["type"] == 2))
                });
                let sub = sub.filter(|_| has_subs);
                let (channel, me) = (self.channel, self.me());
                self.interact(|emu| emu.slash_command(channel, me, &name, sub.as_deref(), opts))
                    .await;
            }
            Line::As(name) => self.switch_user(&name)?,
            Line::In(name) => self.switch_channel(&name)?,
            Line::React(emoji) => {
                let Some(m) = self.last_bot_message(|_| true) else {
                    return Err(format!(
                        "the bot has posted nothing in #{} to react on",
                        self.channel_label(self.channel)
                    ));
                };
                if let Err(e) = self
                    .w
                    .emu
                    .add_reaction(self.channel, m.id, self.me(), &emoji)
                {
                    self.refused(&format!(
                        "Discord did not add the reaction: {e}{}",
                        self.why()
                    ));
                }
                self.show_news().await;
            }
            Line::Click(which) => {
                let wanted = which.to_lowercase();
                let matches = |b: &serde_json::Value| {
                    let label = b["label"].as_str().unwrap_or_default().to_lowercase();
                    let id = b["custom_id"].as_str().unwrap_or_default().to_lowercase();
                    b["type"] == 2
                        && (label.contains(&wanted) || id.split(':').any(|p| p == wanted))
                };
                let button = |m: &Message| {
                    m.components
                        .iter()
                        .flat_map(|r| r["components"].as_array().cloned().unwrap_or_default())
                        .find(|b| matches(b))
                        .and_then(|b| b["custom_id"].as_str().map(str::to_string))
                };
                let Some((m, id)) = self
                    .last_bot_message(|m| button(m).is_some())
                    .and_then(|m| button(&m).map(|id| (m, id)))
                else {
                    return Err(format!(
                        "no `{which}` button on the bot's messages in #{} (:click solved or :click human, on an answer)",
                        self.channel_label(self.channel)
                    ));
                };
                let (channel, me) = (self.channel, self.me());
                self.interact(|emu| emu.click_button(channel, m.id, me, &id))
                    .await;
            }
            Line::Tick(minutes) => {
                if !self.w.throwaway_database() {
                    return Err(TICK_ON_NAMED_DATABASE.to_string());
                }
                if !(1..=60 * 24 * 366).contains(&minutes) {
                    return Err(format!(
                        "`{minutes}` minutes: move the clock forward by 1 minute to a year"
                    ));
                }
                self.w.advance(chrono::Duration::minutes(minutes)).await;
                self.show_news().await;
                let now = render::time(self.w.bot.now());
                self.note(&format!(
                    "(the clock moved {minutes} min forward; it is now {now})"
                ));
            }
            Line::Stats => {
                self.show_news().await;
                let mut report = self
                    .w
                    .bot
                    .desk
                    .kpi_report(
                        crate::tickets::GuildId(self.w.emu.guild_id()),
                        self.w.bot.now(),
                        30,
                    )
                    .await
                    .map_err(|e| format!("computing the KPIs failed: {e}"))?;
                for a in &mut report.agents {
                    if let Some(name) = a.agent.parse().ok().and_then(|id| self.users.get(&id)) {
                        a.agent = name.clone();
                    }
                }
                print!("{report}");
            }
            Line::Who => {
                let mut out = String::new();
                for (name, _) in PEOPLE {
                    let you = if *name == self.user { "  (you)" } else { "" };
                    let _ = writeln!(out, "  {name:<10} {}{you}", describe(name));
                }
                print!("{out}");
            }
            Line::Help => println!("{HELP}"),
            Line::Quit => return Ok(Flow::Quit),
        }
        Ok(Flow::Continue)
    }

    fn note(&self, text: &str) {
        println!("{}", self.style.dim(text));
    }

    fn refused(&self, text: &str) {
        println!("{}", self.style.error(text));
    }

    /// Why Discord refuses the current user here, when the sandbox can tell.
    fn why(&self) -> String {
        let Some(c) = self.w.emu.thread(self.channel) else {
            return String::new();
        };
        if c.kind == 12 && !c.members.contains(&self.me()) {
            format!(
                " ({} is not in this private thread; agents are put in it by /ticket claim or /ticket add)",
                self.user
            )
        } else if c.locked {
            " (the ticket's thread is locked; /ticket reopen opens it again)".to_string()
        } else {
            String::new()
        }
    }

    fn switch_user(&mut self, name: &str) -> Result<(), String> {
        let name = name.trim_start_matches('@');
        if roles_of(name).is_none() {
            let all: Vec<&str> = PEOPLE.iter().map(|(n, _)| *n).collect();
            return Err(format!(
                "nobody is called `{name}` (try {})",
                all.join(", ")
            ));
        }
        self.user = name.to_string();
        self.form = None;
        let here = self.w.emu.thread(self.channel);
        let label = self.channel_label(self.channel);
        match here {
            Some(c) if !self.can_see(name, &c) => {
                // Left there, every line would fail with "403: Missing Access".
                self.channel = self.w.channel("help");
                self.note(&format!(
                    "(you are {name}, {}, in #help: {name} cannot see #{label})",
                    describe(name)
                ));
            }
            _ => self.note(&format!(
                "(you are {name}, {}, in #{label})",
                describe(name)
            )),
        }
        Ok(())
    }

    fn switch_channel(&mut self, wanted: &str) -> Result<(), String> {
        let wanted = wanted.trim();
        let found = self.all_channels().into_iter().rev().find(|c| {
            let short = short_name(c);
            c.name == wanted
                || short == wanted
                || (c.is_thread() && short == format!("ticket-{wanted}"))
        });
        let Some(c) = found else {
            let mut known: Vec<String> = CHANNELS.iter().map(|c| format!("#{c}")).collect();
            known.extend(
                self.w
                    .emu
                    .threads()
                    .iter()
                    .filter(|t| self.can_see(&self.user, t))
                    .map(short_name),
            );
            return Err(format!(
                "there is no channel or ticket `{wanted}` (there are {})",
                known.join(", ")
            ));
        };
        if !self.can_see(&self.user, &c) {
            return Err(format!(
                "{} cannot see #{}: it is {}",
                self.user,
                short_name(&c),
                if c.is_thread() {
                    "a private ticket thread they are not in"
                } else {
                    "for the support team only"
                }
            ));
        }
        self.channel = c.id;
        self.form = None;
        self.note(&format!("(you are in #{})", c.name));
        self.show_history(&c);
        Ok(())
    }

    /// The last [`HISTORY`] messages of a channel just entered (whoever wrote them), after a
    /// line saying how many earlier ones there are; they count as seen.
    fn show_history(&mut self, c: &Channel) {
        let messages: Vec<Message> = self
            .w
            .emu
            .messages(c.id)
            .into_iter()
            .filter(|m| !thinking(m))
            .collect();
        let earlier = messages.len().saturating_sub(HISTORY);
        match earlier {
            0 => {}
            1 => self.note("(1 earlier message not shown)"),
            n => self.note(&format!("({n} earlier messages not shown)")),
        }
        let label = format!("#{}", short_name(c));
        let mut shown = Vec::new();
        for m in &messages[earlier..] {
            shown.push(self.show(&self.names(), m, Some(&label)));
            self.remember(m);
        }
        for text in shown {
            println!("{text}");
        }
    }

    /// Counts a message as shown: it is not shown again, and its later edits and reactions
    /// are compared with what it is now.
    fn remember(&mut self, m: &Message) {
        self.seen.insert(m.id);
        if m.author_id == self.w.emu.bot_user_id() {
            self.reactions.insert(m.id, reactions_of(m));
            self.edits.insert(m.id, m.edited_timestamp.clone());
        }
    }

    /// The bot's newest message in the current channel that `pred` accepts.
    fn last_bot_message(&self, pred: impl Fn(&Message) -> bool) -> Option<Message> {
        let bot = self.w.emu.bot_user_id();
        self.w
            .emu
            .messages(self.channel)
            .into_iter()
            .rev()
            .find(|m| m.author_id == bot && pred(m))
    }

    /// Sends an interaction's effects through: waits for the bot, shows its reply and
    /// what else happened, and follows a ticket thread the current user was just put in.
    ///
    /// `send` dispatches the interaction: the threads that exist are noted before it does,
    /// since the bot may make the ticket thread before `send` even returns.
    async fn interact(&mut self, send: impl FnOnce(&Emulator) -> Interaction) {
        let before: HashSet<u64> = self.w.emu.threads().iter().map(|t| t.id).collect();
        let i = send(&self.w.emu);
        // The bot's answer comes once its work is done (a deferred answer is edited at the
        // end): wait for it, so a thread it made (and put the user in) is there to follow,
        // however slowly a loaded machine runs the bot.
        let _ = self.w.emu.wait_for_interaction_response(&i, SETTLE).await;
        self.pending.push(i);
        self.show_news().await;
        let me = self.me();
        let joined = self
            .w
            .emu
            .threads()
            .into_iter()
            .filter(|t| !before.contains(&t.id) && t.members.contains(&me))
            .max_by_key(|t| t.id);
        if let Some(t) = joined {
            self.channel = t.id;
            self.note(&format!("(you are in #{})", t.name));
        }
    }

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
                            let place = format!("{label} (edited)");
                            items.push((m.id, self.show(&names, &m, Some(&place))));
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
                items.push((m.id, self.show(&names, &m, Some(&label))));
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
                let input = &modal["components"][0]["components"][0];
                let f = Form {
                    custom_id: modal["custom_id"].as_str().unwrap_or_default().to_string(),
                    input: input["custom_id"].as_str().unwrap_or_default().to_string(),
                };
                let text = format!(
                    "{} opens a form, \"{}\": {} {}",
                    self.style.author("Concierge"),
                    modal["title"].as_str().unwrap_or_default(),
                    input["label"].as_str().unwrap_or_default(),
                    self.style.dim("(your next line fills it in)")
                );
                items.push((i.id, text));
                form = Some(f);
                continue;
            }
            let replies = rec.original.iter().chain(rec.followups.iter());
            for m in replies {
                if !m.ephemeral() || self.seen.contains(&m.id) {
                    continue;
                }
                if m.flags & 128 != 0 && m.edited_timestamp.is_none() && !rec.original_deleted {
                    continue;
                }
                newly_seen.push(m.id);
                items.push((m.id, self.show(&names, m, None)));
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

    fn name_of(&self, id: u64) -> String {
        self.users
            .get(&id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    fn show(&self, names: &WorldNames<'_>, m: &Message, place: Option<&str>) -> String {
        let author = self.name_of(m.author_id);
        render::message(
            names,
            self.style,
            &Shown {
                author: &author,
                place,
                content: &m.content,
                embeds: &m.embeds,
                components: &m.components,
                reactions: &m.reactions,
                files: m
                    .attachments
                    .iter()
                    .map(|a| (a.filename.as_str(), a.bytes.len()))
                    .collect(),
            },
        )
    }
}

/// Reactions on a message: emoji -> who.
type Reactions = BTreeMap<String, BTreeSet<u64>>;

fn reactions_of(m: &Message) -> Reactions {
    m.reactions
        .iter()
        .filter(|(_, users)| !users.is_empty())
        .map(|(e, users)| (e.clone(), users.iter().copied().collect()))
        .collect()
}

/// "Concierge is thinking...": a deferred reply not yet edited.
fn thinking(m: &Message) -> bool {
    m.flags & 128 != 0 && m.edited_timestamp.is_none()
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
    let plain = render::text(names, Style::PLAIN, raw);
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

fn state_of(c: &Channel) -> ThreadState {
    ThreadState {
        archived: c.archived,
        locked: c.locked,
    }
}

/// Where the lines come from.
pub enum Input {
    /// Lines run one after the other, each echoed after its prompt; the first line that
    /// cannot be run stops the script.
    Script(Vec<String>),
    /// A terminal: line editing and history; mistakes are shown and the session goes on.
    Terminal,
}

/// Runs a session until `:quit`, the end of the input or (in a script) a line that cannot
/// be run. Returns false when a script stopped at such a line.
pub async fn run(w: &World, input: Input, style: Style, banner: &str) -> anyhow::Result<bool> {
    let mut repl = Repl::new(w, style);
    println!("{}", style.dim(banner));
    match input {
        Input::Script(lines) => {
            for (n, line) in lines.iter().enumerate() {
                if !matches!(script::parse(line), Ok(Line::Nothing)) {
                    println!("{}{}", repl.styled_prompt(), line.trim());
                }
                match repl.run_line(line).await {
                    Ok(Flow::Quit) => break,
                    Ok(Flow::Continue) => {}
                    Err(e) => {
                        eprintln!("error: line {}: {e}", n + 1);
                        return Ok(false);
                    }
                }
            }
        }
        Input::Terminal => {
            let mut editor = rustyline::DefaultEditor::new()?;
            loop {
                let prompt = repl.prompt();
                let (back, read) = tokio::task::spawn_blocking(move || {
                    let read = editor.readline(&prompt);
                    (editor, read)
                })
                .await?;
                editor = back;
                // The terminal's width now (it may have been resized): messages wrap to it.
                repl.style.width = editor.dimensions().map(|(columns, _)| columns);
                let line = match read {
                    Ok(line) => line,
                    Err(rustyline::error::ReadlineError::Interrupted) => {
                        println!("{}", style.dim("(:quit or Ctrl-D leaves)"));
                        continue;
                    }
                    Err(rustyline::error::ReadlineError::Eof) => break,
                    Err(e) => return Err(e.into()),
                };
                if !line.trim().is_empty() {
                    let _ = editor.add_history_entry(line.as_str());
                }
                match repl.run_line(&line).await {
                    Ok(Flow::Quit) => break,
                    Ok(Flow::Continue) => {}
                    Err(e) => println!("{}", style.error(&format!("error: {e}"))),
                }
            }
        }
    }
    Ok(true)
}
