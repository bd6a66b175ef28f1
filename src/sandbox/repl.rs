//! The sandbox's REPL: runs [`script`](super::script) lines against a [`World`] as the
//! current user in the current channel of the current server, waits until the bot has dealt
//! with each line ([`World::settle`]), and prints what the current user can see of what the
//! bot did ([`news`](super::news)). Moving between people, channels and servers is in
//! [`moves`](super::moves); buttons and select menus in [`pick`](super::pick); who sees
//! what in [`servers`](super::servers).

use super::news::{self, short_name};
use super::render::{self, Names, Shown, Style};
use super::script::{self, Line};
use super::servers::Servers;
use super::slash;
use super::world::World;
use discord_emulator::{Channel, Emulator, Interaction, Message, Opt};
use std::collections::{HashMap, HashSet};
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

/// A form the bot opened (a modal): the next message lines fill in its text fields, one
/// each, and the last one sends it.
#[derive(Debug, Clone)]
pub(super) struct Form {
    pub(super) custom_id: String,
    pub(super) title: String,
    pub(super) fields: Vec<Field>,
    /// The values given so far, for the first fields.
    pub(super) values: Vec<String>,
}

/// One text field of a [`Form`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Field {
    pub(super) custom_id: String,
    pub(super) label: String,
    pub(super) required: bool,
    /// Its length bounds in characters, when the modal sets them.
    pub(super) min: Option<usize>,
    pub(super) max: Option<usize>,
}

impl Form {
    /// The text fields of a modal (the `data` of a type 9 callback); none when it has none.
    pub(super) fn of_modal(modal: &serde_json::Value) -> Option<Form> {
        let fields: Vec<Field> = modal["components"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|row| row["components"].as_array().into_iter().flatten())
            .filter(|c| c["type"] == 4)
            .map(|c| {
                let bound = |key: &str| c[key].as_u64().and_then(|n| usize::try_from(n).ok());
                Field {
                    custom_id: c["custom_id"].as_str().unwrap_or_default().to_string(),
                    label: c["label"].as_str().unwrap_or_default().to_string(),
                    // Discord's default: required.
                    required: c["required"].as_bool().unwrap_or(true),
                    min: bound("min_length"),
                    max: bound("max_length"),
                }
            })
            .collect();
        (!fields.is_empty()).then(|| Form {
            custom_id: modal["custom_id"].as_str().unwrap_or_default().to_string(),
            title: modal["title"].as_str().unwrap_or_default().to_string(),
            fields,
            values: Vec::new(),
        })
    }

    /// The field the next line fills in (none once all are filled).
    pub(super) fn next(&self) -> Option<&Field> {
        self.fields.get(self.values.len())
    }

    /// How the form is shown when the bot opens it: its title and first field, and that the
    /// next line fills it in.
    pub(super) fn shown(&self, style: Style) -> String {
        let count = match self.fields.len() {
            1 => String::new(),
            n => format!(" ({n} fields)"),
        };
        let first = &self.fields[0];
        let hint = if first.required {
            "(your next line fills it in)".to_string()
        } else {
            "(your next line fills it in; optional, `-` to skip)".to_string()
        };
        format!(
            "{} opens a form, \"{}\"{count}: {} {}",
            style.author("Concierge"),
            self.title,
            first.label,
            style.dim(&hint)
        )
    }

    /// Fills the next field with a typed line (`-`: left empty), as Discord's form would
    /// take it; `Err` says why it does not (a required field left empty, too short or too
    /// long), and the field is asked again.
    pub(super) fn fill(&mut self, line: &str) -> Result<(), String> {
        let Some(field) = self.next() else {
            return Ok(());
        };
        let value = if line.trim() == "-" { "" } else { line.trim() };
        let n = value.chars().count();
        let again = "(your next line fills it in again)";
        if value.is_empty() {
            if field.required {
                return Err(format!("\"{}\" needs an answer {again}", field.label));
            }
        } else {
            let (min, max) = (field.min.unwrap_or(0), field.max.unwrap_or(usize::MAX));
            if n < min || n > max {
                let takes = match field.max {
                    Some(max) => format!("{min} to {max} characters"),
                    None => format!("at least {min} characters"),
                };
                return Err(format!(
                    "\"{}\" takes {takes}, not {n} {again}",
                    field.label
                ));
            }
        }
        self.values.push(value.to_string());
        Ok(())
    }
}

/// What the next line fills in, after a field was filled: `(your next line fills in: What
/// happened? — optional, `-` to skip)`.
pub(super) fn next_field(field: &Field) -> String {
    let optional = if field.required {
        ""
    } else {
        " — optional, `-` to skip"
    };
    format!("(your next line fills in: {}{optional})", field.label)
}

/// What the sandbox knows about a thread, to notice changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct ThreadState {
    pub(super) archived: bool,
    pub(super) locked: bool,
}

/// One REPL session over a world.
pub struct Repl<'w> {
    pub(super) w: &'w World,
    pub(super) style: Style,
    pub(super) user: String,
    /// The server the user is in (its guild id).
    pub(super) server: u64,
    pub(super) channel: u64,
    /// Where the user was in each server they left, to come back there.
    pub(super) left_at: HashMap<u64, u64>,
    /// Messages already shown (or not to be shown).
    pub(super) seen: HashSet<u64>,
    /// Reactions on shown bot messages as last shown (to show each change once).
    pub(super) reactions: HashMap<u64, news::Reactions>,
    /// When shown bot messages (replies only one user sees included) were last edited (to
    /// show edits).
    pub(super) edits: HashMap<u64, Option<String>>,
    pub(super) threads: HashMap<u64, ThreadState>,
    /// Interactions sent whose forms are still to be shown.
    pub(super) pending: Vec<Interaction>,
    /// Every interaction sent: the replies only its user sees live there (with their
    /// buttons and menus, and their updates).
    pub(super) sent: Vec<Interaction>,
    pub(super) form: Option<Form>,
    pub(super) users: HashMap<u64, String>,
}

/// The world's ids as names.
pub(super) struct WorldNames<'a> {
    w: &'a World,
    users: &'a HashMap<u64, String>,
}

impl Names for WorldNames<'_> {
    fn user(&self, id: u64) -> Option<String> {
        self.users.get(&id).cloned()
    }
    fn role(&self, id: u64) -> Option<String> {
        self.w.servers().into_iter().find_map(|g| {
            self.w
                .emu
                .roles_of(g)
                .into_iter()
                .find(|r| r.id == id)
                .map(|r| r.name)
        })
    }
    fn channel(&self, id: u64) -> Option<String> {
        self.w.emu.thread(id).map(|c| c.name)
    }
}

/// The first user of a session.
pub const FIRST_USER: &str = "alice";

/// What the sandbox says when it starts; `demo_desk`: whether `#help` has the demo desk's
/// panel; `second`: the server not set up yet, if any.
pub fn banner(responses: &str, database: &str, demo_desk: bool, second: Option<&str>) -> String {
    let mut text = format!(
        "Concierge sandbox: the real bot in a Discord guild on loopback, with the knowledge base in {responses} and {database}.\n\
         You are {FIRST_USER} ({}) in #help. Ask a question, or try /ticket open <topic>; :help lists everything, :quit leaves.",
        super::servers::describe(FIRST_USER)
    );
    if demo_desk {
        let names: Vec<&str> = super::world::DEMO_CATEGORIES.iter().map(|c| c.0).collect();
        let _ = write!(
            text,
            "\nIn #help, the panel \"{}\" opens a ticket in a category ({}): `:click billing` presses its button, then your next lines answer the form.",
            super::world::DEMO_PANEL_TITLE,
            names.join(" or ")
        );
    }
    if let Some(name) = second {
        let _ = write!(
            text,
            "\nThe bot is also in {name}, which is not set up yet: `:guild {name}` goes there, where {} (its owner) can set it up with /setup.",
            super::world::SECOND_OWNER
        );
    }
    text
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
  /setup                      Manage Server: set the bot up in menus (:pick, :click)
  :as <name>                  be someone else in this server (:who lists them); the
                              channel stays if they can see it, else they go to #help
  :in <channel>               go to #help, #general, #support-log, ticket-3, ...
                              and see its last 5 messages
  :guild [name]               go to another server (:guild Second Server), where you
                              were or to its first channel; no name: list the servers
  :react <emoji>              react on the bot's last message here (1️⃣-5️⃣ rate a ticket)
  :click <label words>        press a button on the bot's last message here that has
                              it, replies only you see included (:click human)
  :pick <menu>: <values>      choose in a select menu, named by its placeholder's words:
                              #channels, @roles, people or options, comma-separated;
                              nothing after `:` clears it (:pick tier 1: @helpers)
  :tick [minutes]             move the clock (default 60) and run the SLA clock
                              (on the throwaway database only, not on DATABASE_URL)
  :stats                      this server's support KPIs, as `concierge stats` prints them
  :who                        everyone in this server
  :quit                       leave (Ctrl-D too)
Options by name work too: /ticket escalate tier:3 reason:needs the database team.
A form the bot opens (/ticket open alone, a panel's button: :click billing in #help) is
filled by your next lines, one field each; `-` leaves an optional field empty.
An empty line shows what arrived in the meantime.";

impl<'w> Repl<'w> {
    /// A session as `alice` in `#help`; what is already in the world counts as seen.
    pub fn new(w: &'w World, style: Style) -> Repl<'w> {
        let mut users: HashMap<u64, String> = Servers { w }
            .everyone()
            .iter()
            .map(|n| (w.user(n), n.to_string()))
            .collect();
        users.insert(w.emu.bot_user_id(), "Concierge".into());
        let mut repl = Repl {
            w,
            style,
            user: FIRST_USER.into(),
            server: w.emu.guild_id(),
            channel: w.channel("help"),
            left_at: HashMap::new(),
            seen: HashSet::new(),
            reactions: HashMap::new(),
            edits: HashMap::new(),
            threads: HashMap::new(),
            pending: Vec::new(),
            sent: Vec::new(),
            form: None,
            users,
        };
        for g in w.servers() {
            for c in repl.servers().channels(g) {
                repl.seen.extend(w.emu.messages(c.id).iter().map(|m| m.id));
                if c.is_thread() {
                    repl.threads.insert(c.id, news::state_of(&c));
                }
            }
        }
        repl
    }

    /// The current user's name.
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The prompt: `alice #help> ` in the set-up server, `alice [Second Server] #lobby> `
    /// in another.
    pub fn prompt(&self) -> String {
        format!(
            "{} {}#{}> ",
            self.user,
            self.server_tag(),
            self.channel_label(self.channel)
        )
    }

    /// The prompt, coloured when colours are on.
    pub fn styled_prompt(&self) -> String {
        format!(
            "{} {}{}> ",
            self.style.user(&self.user),
            self.style.dim(&self.server_tag()),
            self.style
                .author(&format!("#{}", self.channel_label(self.channel)))
        )
    }

    /// `[Second Server] ` outside the set-up server, else nothing.
    fn server_tag(&self) -> String {
        if self.servers().is_primary(self.server) {
            String::new()
        } else {
            format!("[{}] ", self.servers().name(self.server))
        }
    }

    pub(super) fn servers(&self) -> Servers<'w> {
        Servers { w: self.w }
    }

    pub(super) fn me(&self) -> u64 {
        self.w.user(&self.user)
    }

    pub(super) fn names(&self) -> WorldNames<'_> {
        WorldNames {
            w: self.w,
            users: &self.users,
        }
    }

    pub(super) fn channel_label(&self, id: u64) -> String {
        self.w
            .emu
            .thread(id)
            .map(|c| short_name(&c))
            .unwrap_or_else(|| id.to_string())
    }

    /// `#help` in the set-up server, `Second Server, #lobby` in another: where a note
    /// says the user is.
    pub(super) fn place(&self, channel: &str) -> String {
        if self.servers().is_primary(self.server) {
            format!("#{channel}")
        } else {
            format!("{}, #{channel}", self.servers().name(self.server))
        }
    }

    /// The current server's channels and threads.
    pub(super) fn all_channels(&self) -> Vec<Channel> {
        self.servers().channels(self.server)
    }

    pub(super) fn can_see(&self, name: &str, c: &Channel) -> bool {
        self.servers().can_see(name, c)
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
                Some(form) => self.fill_form(form, &text).await,
                None => {
                    if let Err(e) = self.w.emu.try_post_message(self.channel, self.me(), &text) {
                        self.refused(&format!("Discord did not post that: {e}{}", self.why()));
                    }
                    self.show_news().await;
                }
            },
            Line::Slash { name, sub, args } => self.slash(&name, sub, &args).await?,
            Line::As(name) => self.switch_user(&name)?,
            Line::In(name) => self.switch_channel(&name)?,
            Line::Guild(None) => self.list_servers().await,
            Line::Guild(Some(name)) => self.switch_server(&name).await?,
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
            Line::Click(which) => self.click(&which).await?,
            Line::Pick { menu, values } => self.pick(&menu, &values).await?,
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
                    .kpi_report(crate::tickets::GuildId(self.server), self.w.bot.now(), 30)
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
                let servers = self.servers();
                let members = servers.members(self.server);
                let width = members.iter().map(|n| n.len()).max().unwrap_or(0).max(10);
                for name in members {
                    let you = if name == self.user { "  (you)" } else { "" };
                    let about = servers.describe(self.server, name);
                    let _ = writeln!(out, "  {name:<width$} {about}{you}");
                }
                print!("{out}");
            }
            Line::Help => println!("{HELP}"),
            Line::Quit => return Ok(Flow::Quit),
        }
        Ok(Flow::Continue)
    }

    /// A line for the open form: fills its next field; once the last is filled, sends the
    /// form with every field. A line the field does not take is said, and asked again.
    async fn fill_form(&mut self, mut form: Form, line: &str) {
        if let Err(why) = form.fill(line) {
            self.refused(&why);
            self.form = Some(form);
            return;
        }
        if let Some(next) = form.next() {
            self.note(&next_field(next));
            self.form = Some(form);
            return;
        }
        let (channel, me) = (self.channel, self.me());
        let fields: Vec<(&str, &str)> = form
            .fields
            .iter()
            .zip(&form.values)
            .map(|(f, v)| (f.custom_id.as_str(), v.as_str()))
            .collect();
        self.interact(|emu| emu.submit_modal(channel, me, &form.custom_id, &fields))
            .await;
    }

    /// `/name sub args`: typed from the commands the bot registered for this server.
    async fn slash(&mut self, name: &str, sub: Option<String>, args: &str) -> Result<(), String> {
        let (global, _) = self.w.emu.commands();
        let here = self.w.emu.guild_commands(self.server);
        let commands: Vec<_> = here.into_iter().chain(global).collect();
        let servers = self.servers();
        let people = |n: &str| servers.is_member(self.server, n).then(|| self.w.user(n));
        let grouped = sub
            .as_deref()
            .and_then(|s| slash::group_leaf(&commands, name, s, args));
        let (sub, args) = match grouped {
            Some((s, rest)) => (Some(s), rest),
            None => (sub, args.to_string()),
        };
        let opts: Vec<Opt> = slash::options(&commands, name, sub.as_deref(), &args, &people)?;
        let has_subs = commands.iter().any(|c| {
            c["name"] == name
                && c["options"]
                    .as_array()
                    .is_some_and(|o| o.iter().any(|o| o["type"] == 1 || o["type"] == 2))
        });
        let sub = sub.filter(|_| has_subs);
        let (channel, me) = (self.channel, self.me());
        self.interact(|emu| emu.slash_command(channel, me, name, sub.as_deref(), opts))
            .await;
        Ok(())
    }

    pub(super) fn note(&self, text: &str) {
        println!("{}", self.style.dim(text));
    }

    pub(super) fn refused(&self, text: &str) {
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

    /// The last [`HISTORY`] messages of a channel just entered (whoever wrote them), after a
    /// line saying how many earlier ones there are; they count as seen.
    pub(super) fn show_history(&mut self, c: &Channel) {
        let messages: Vec<Message> = self
            .w
            .emu
            .messages(c.id)
            .into_iter()
            .filter(|m| !news::thinking(m))
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
            shown.push(self.show(&self.names(), m, Some(&label), false));
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
            self.reactions.insert(m.id, news::reactions_of(m));
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
    pub(super) async fn interact(&mut self, send: impl FnOnce(&Emulator) -> Interaction) {
        let before: HashSet<u64> = self.w.emu.threads().iter().map(|t| t.id).collect();
        let i = send(&self.w.emu);
        // The bot's answer comes once its work is done (a deferred answer is edited at the
        // end): wait for it, so a thread it made (and put the user in) is there to follow,
        // however slowly a loaded machine runs the bot.
        let _ = self.w.emu.wait_for_interaction_response(&i, SETTLE).await;
        self.pending.push(i.clone());
        self.sent.push(i);
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
            self.note(&format!("(you are in {})", self.place(&t.name)));
        }
    }

    pub(super) fn name_of(&self, id: u64) -> String {
        self.users
            .get(&id)
            .cloned()
            .unwrap_or_else(|| id.to_string())
    }

    /// A message as shown: in `place` (`#help`), else as a reply only the user sees;
    /// `edited`: shown again after an edit.
    pub(super) fn show(
        &self,
        names: &WorldNames<'_>,
        m: &Message,
        place: Option<&str>,
        edited: bool,
    ) -> String {
        let author = self.name_of(m.author_id);
        render::message(
            names,
            self.style,
            &Shown {
                author: &author,
                place,
                edited,
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The Billing form as serenity sends it: a short required field with bounds, then an
    /// optional paragraph.
    fn billing() -> Form {
        Form::of_modal(&json!({
            "custom_id": "ticket:open:1:0",
            "title": "Open a ticket: Billing",
            "components": [
                {"type": 1, "components": [{"type": 4, "custom_id": "q0", "style": 1,
                    "label": "Order number", "min_length": 3, "max_length": 20,
                    "required": true}]},
                {"type": 1, "components": [{"type": 4, "custom_id": "q1", "style": 2,
                    "label": "What happened?", "min_length": 0, "max_length": 1000,
                    "required": false}]}
            ]
        }))
        .expect("a form")
    }

    #[test]
    fn a_form_keeps_every_text_field() {
        let f = billing();
        assert_eq!(f.custom_id, "ticket:open:1:0");
        let labels: Vec<(&str, &str, bool)> = f
            .fields
            .iter()
            .map(|f| (f.custom_id.as_str(), f.label.as_str(), f.required))
            .collect();
        assert_eq!(
            labels,
            [
                ("q0", "Order number", true),
                ("q1", "What happened?", false)
            ]
        );
        assert_eq!(
            f.shown(Style::PLAIN),
            "Concierge opens a form, \"Open a ticket: Billing\" (2 fields): Order number \
             (your next line fills it in)"
        );
        // One field, required by default: shown as it always was.
        let topic = Form::of_modal(
            &json!({"custom_id": "ticket:open", "title": "Open a support ticket",
            "components": [{"type": 1, "components": [{"type": 4, "custom_id": "topic",
                "label": "What do you need help with?", "style": 2, "max_length": 200}]}]}),
        )
        .unwrap();
        assert_eq!(
            topic.shown(Style::PLAIN),
            "Concierge opens a form, \"Open a support ticket\": What do you need help with? \
             (your next line fills it in)"
        );
        assert!(Form::of_modal(&json!({"custom_id": "x", "components": []})).is_none());
    }

    #[test]
    fn lines_fill_the_fields_in_turn_and_bad_ones_are_asked_again() {
        let mut f = billing();
        assert_eq!(
            f.fill("-").unwrap_err(),
            "\"Order number\" needs an answer (your next line fills it in again)"
        );
        assert_eq!(
            f.fill("A1").unwrap_err(),
            "\"Order number\" takes 3 to 20 characters, not 2 (your next line fills it in again)"
        );
        f.fill("  A-1234 ").unwrap();
        let next = f.next().unwrap();
        assert_eq!(
            next_field(next),
            "(your next line fills in: What happened? — optional, `-` to skip)"
        );
        f.fill("-").unwrap();
        assert!(f.next().is_none());
        assert_eq!(f.values, ["A-1234", ""]);
    }
}
