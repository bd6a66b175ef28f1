//! `:click` and `:pick` in a session: pressing a button or choosing in a select menu on the
//! bot's newest message in the current channel that has it and that the current user sees:
//! its messages there and the replies only the user sees (ephemeral responses and
//! follow-ups to their interactions), as the bot last updated them. The matching is in
//! [`components`](super::components); the bot's answer (often an update of that same
//! message) is shown as any other news.

use super::components::{self, Lookup, Pick};
use super::news::thinking;
use super::repl::Repl;
use super::servers::Servers;
use discord_emulator::Message;

/// The current server's channels, roles and members by name.
struct Here<'a, 'w> {
    servers: &'a Servers<'w>,
    server: u64,
}

impl Lookup for Here<'_, '_> {
    fn channel(&self, name: &str) -> Option<(u64, u64)> {
        self.servers
            .channels(self.server)
            .into_iter()
            .find(|c| c.name == name)
            .map(|c| (c.id, u64::from(c.kind)))
    }
    fn role(&self, name: &str) -> Option<u64> {
        self.servers
            .w
            .emu
            .roles_of(self.server)
            .into_iter()
            .find(|r| r.name == name && r.name != "@everyone")
            .map(|r| r.id)
    }
    fn member(&self, name: &str) -> Option<u64> {
        self.servers
            .is_member(self.server, name)
            .then(|| self.servers.w.user(name))
    }
    fn channels(&self) -> Vec<String> {
        self.servers
            .w
            .emu
            .channels_of(self.server)
            .into_iter()
            .map(|c| format!("#{}", c.name))
            .collect()
    }
    fn roles(&self) -> Vec<String> {
        let bot_role = self.servers.w.emu.bot_role_id(self.server);
        self.servers
            .w
            .emu
            .roles_of(self.server)
            .into_iter()
            .filter(|r| r.name != "@everyone" && r.id != bot_role)
            .map(|r| format!("@{}", r.name))
            .collect()
    }
    fn members(&self) -> Vec<String> {
        self.servers
            .members(self.server)
            .into_iter()
            .map(str::to_string)
            .collect()
    }
}

impl Repl<'_> {
    /// The bot's messages in the current channel that the current user sees, newest first:
    /// the channel's, and the replies only they see.
    fn visible_bot_messages(&self) -> Vec<Message> {
        let bot = self.w.emu.bot_user_id();
        let me = self.me();
        let mut out: Vec<Message> = self
            .w
            .emu
            .messages(self.channel)
            .into_iter()
            .filter(|m| m.author_id == bot && !thinking(m))
            .collect();
        for i in self.sent.iter().filter(|i| i.channel_id == self.channel) {
            let rec = self.w.emu.interaction(i);
            if rec.user_id != me {
                continue;
            }
            let original = rec.original.into_iter().filter(|_| !rec.original_deleted);
            out.extend(
                original
                    .chain(rec.followups)
                    .filter(|m| m.ephemeral() && !thinking(m)),
            );
        }
        out.sort_by_key(|m| std::cmp::Reverse(m.id));
        out
    }

    /// `:click <label words>`.
    pub(super) async fn click(&mut self, which: &str) -> Result<(), String> {
        let messages = self.visible_bot_messages();
        let Some((m, id)) = components::button(&messages, which)? else {
            return Err(format!(
                "no `{which}` button on the bot's messages in #{} (:click solved or :click human, on an answer)",
                self.channel_label(self.channel)
            ));
        };
        let (channel, message, me) = (self.channel, m.id, self.me());
        self.interact(|emu| emu.click_button(channel, message, me, &id))
            .await;
        Ok(())
    }

    /// `:pick <menu words>: <values>`.
    pub(super) async fn pick(&mut self, menu: &str, values: &[String]) -> Result<(), String> {
        let messages = self.visible_bot_messages();
        let Some((m, select)) = components::menu(&messages, menu)? else {
            return Err(format!(
                "no `{menu}` menu on the bot's messages in #{} (a menu is named by the words of its placeholder)",
                self.channel_label(self.channel)
            ));
        };
        let servers = self.servers();
        let here = Here {
            servers: &servers,
            server: self.server,
        };
        let pick = components::resolve(select, values, &here)?;
        let id = select["custom_id"].as_str().unwrap_or_default().to_string();
        let (channel, message, me) = (self.channel, m.id, self.me());
        self.interact(|emu| match &pick {
            Pick::Strings(v) => {
                let v: Vec<&str> = v.iter().map(String::as_str).collect();
                emu.select(channel, message, me, &id, &v)
            }
            Pick::Users(ids) => emu.select_users(channel, message, me, &id, ids),
            Pick::Roles(ids) => emu.select_roles(channel, message, me, &id, ids),
            Pick::Channels(ids) => emu.select_channels(channel, message, me, &id, ids),
        })
        .await;
        Ok(())
    }
}
