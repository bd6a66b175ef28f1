//! Moving in a session: `:as` (another person of the server you are in), `:in` (a channel
//! or ticket thread of that server) and `:guild` (another server: where you were there,
//! else its first channel; with no name, the list of servers).

use super::news::short_name;
use super::repl::Repl;
use std::fmt::Write as _;

impl Repl<'_> {
    pub(super) fn switch_user(&mut self, name: &str) -> Result<(), String> {
        let name = name.trim_start_matches('@');
        let servers = self.servers();
        let here = servers.name(self.server);
        if !servers.everyone().contains(&name) {
            return Err(format!(
                "nobody is called `{name}` (try {})",
                servers.members(self.server).join(", ")
            ));
        }
        if !servers.is_member(self.server, name) {
            let theirs = servers.servers_of(name).join(", ");
            return Err(format!(
                "{name} is not a member of {here} but of {theirs}: go there with :guild {theirs}, then :as {name}"
            ));
        }
        let about = servers.describe(self.server, name);
        self.user = name.to_string();
        self.form = None;
        let label = self.channel_label(self.channel);
        match self.w.emu.thread(self.channel) {
            Some(c) if !self.can_see(name, &c) => {
                // Left there, every line would fail with "403: Missing Access".
                self.channel = servers.home(self.server);
                let home = self.place(&self.channel_label(self.channel));
                self.note(&format!(
                    "(you are {name}, {about}, in {home}: {name} cannot see #{label})"
                ));
            }
            _ => self.note(&format!(
                "(you are {name}, {about}, in {})",
                self.place(&label)
            )),
        }
        Ok(())
    }

    pub(super) fn switch_channel(&mut self, wanted: &str) -> Result<(), String> {
        let wanted = wanted.trim();
        let channels = self.all_channels();
        let found = channels.iter().rev().find(|c| {
            let short = short_name(c);
            c.name == wanted
                || short == wanted
                || (c.is_thread() && short == format!("ticket-{wanted}"))
        });
        let Some(c) = found.cloned() else {
            let known: Vec<String> = channels
                .iter()
                .filter(|c| !c.is_thread() || self.can_see(&self.user, c))
                .map(|c| {
                    if c.is_thread() {
                        short_name(c)
                    } else {
                        format!("#{}", c.name)
                    }
                })
                .collect();
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
        self.note(&format!("(you are in {})", self.place(&c.name)));
        self.show_history(&c);
        Ok(())
    }

    /// `:guild <name>`: the user goes to that server (they must be a member), to the channel
    /// they were in there, else its first one, and sees its last messages.
    pub(super) async fn switch_server(&mut self, wanted: &str) -> Result<(), String> {
        let servers = self.servers();
        let names: Vec<String> = self
            .w
            .servers()
            .into_iter()
            .map(|g| servers.name(g))
            .collect();
        let Some(server) = servers.find(wanted) else {
            return Err(format!(
                "there is no server `{wanted}` (there are {})",
                names.join(", ")
            ));
        };
        let name = servers.name(server);
        if !servers.is_member(server, &self.user) {
            return Err(format!(
                "{} is not a member of {name} (its members: {}): :as one of them first",
                self.user,
                servers.members(server).join(", ")
            ));
        }
        self.left_at.insert(self.server, self.channel);
        self.server = server;
        self.form = None;
        let back = self
            .left_at
            .get(&server)
            .and_then(|c| self.w.emu.thread(*c))
            .filter(|c| self.can_see(&self.user, c));
        let channel = match back {
            Some(c) => c,
            None => self
                .w
                .emu
                .thread(servers.home(server))
                .ok_or_else(|| format!("{name} has no channel to go to"))?,
        };
        self.channel = channel.id;
        let about = servers.describe(server, &self.user);
        self.note(&format!(
            "(you are {}, {about}, in {name}, #{})",
            self.user, channel.name
        ));
        self.show_history(&channel);
        self.show_news().await;
        Ok(())
    }

    /// `:guild`: the servers, whether each is set up, and where the user is.
    pub(super) async fn list_servers(&self) {
        let servers = self.servers();
        let mut out = String::new();
        for g in self.w.servers() {
            let set_up = match self.w.bot.server(g).await {
                Ok(s) if s.configured && s.settings.is_set_up() => "set up",
                Ok(_) => "not set up yet",
                Err(_) => "(its settings could not be read)",
            };
            let name = servers.name(g);
            let where_ = if g == self.server {
                format!(
                    "  (you are here: {} in #{})",
                    self.user,
                    self.channel_label(self.channel)
                )
            } else if servers.is_member(g, &self.user) {
                String::new()
            } else {
                format!("  ({} is not a member)", self.user)
            };
            let line = format!("  {name:<18} {set_up:<14}{where_}");
            let _ = writeln!(out, "{}", line.trim_end());
        }
        print!("{out}");
    }
}
