//! The servers a sandbox session can be in, and their people: who is a member of which,
//! how a person is described (`agent, tier 2`, `owner`), the channel a person lands in, and
//! who sees which channel.
//!
//! The set-up server is seen as on a server set up as the README says: members see `#help`,
//! `#tickets`, `#general` and the ticket threads they are in; agents and moderators see
//! every channel and ticket (as with View Channel on `#support-log` and Manage Threads).
//! Any other server is seen as the emulator's permissions say (its channels' overwrites;
//! a private thread by its members and those with Manage Threads).

use super::world::{World, PEOPLE, SECOND_OWNER, SECOND_PEOPLE};
use discord_emulator::permissions::{MANAGE_THREADS, VIEW_CHANNEL};
use discord_emulator::Channel;

/// The roles of a person of the set-up server, as in [`PEOPLE`].
fn roles_of(name: &str) -> Option<&'static [&'static str]> {
    PEOPLE.iter().find(|(n, _)| *n == name).map(|(_, r)| *r)
}

fn is_staff(name: &str) -> bool {
    roles_of(name).is_some_and(|r| {
        r.iter()
            .any(|r| r.starts_with("tier-") || *r == "moderator")
    })
}

/// `member`, `agent, tier 2`, `moderator`: a person of the set-up server.
pub fn describe(name: &str) -> String {
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

/// The sandbox's view of one world's servers.
pub struct Servers<'w> {
    pub w: &'w World,
}

impl Servers<'_> {
    /// Everyone the sandbox knows (the second server's people when there is one), in the
    /// order `:who` lists them.
    pub fn everyone(&self) -> Vec<&'static str> {
        let mut names: Vec<&str> = PEOPLE.iter().map(|(n, _)| *n).collect();
        if self.w.second.is_some() {
            let second = std::iter::once(SECOND_OWNER).chain(SECOND_PEOPLE.iter().map(|(n, _)| *n));
            for n in second {
                if !names.contains(&n) {
                    names.push(n);
                }
            }
        }
        names
    }

    /// The set-up server (the emulator's primary guild).
    pub fn is_primary(&self, server: u64) -> bool {
        server == self.w.emu.guild_id()
    }

    pub fn name(&self, server: u64) -> String {
        self.w.emu.guild_name(server)
    }

    /// The server whose name is or holds `wanted` (any case).
    pub fn find(&self, wanted: &str) -> Option<u64> {
        let wanted = wanted.trim().to_lowercase();
        let servers = self.w.servers();
        let exact = servers
            .iter()
            .find(|g| self.name(**g).to_lowercase() == wanted);
        exact
            .or_else(|| {
                servers
                    .iter()
                    .find(|g| self.name(**g).to_lowercase().contains(&wanted))
            })
            .copied()
    }

    /// Whether `name` is a member of `server`.
    pub fn is_member(&self, server: u64, name: &str) -> bool {
        if !self.everyone().contains(&name) {
            return false;
        }
        let id = self.w.user(name);
        self.w
            .emu
            .members_of(server)
            .iter()
            .any(|m| m.user_id == id)
    }

    /// The people of `server` the sandbox knows, in [`Servers::everyone`]'s order.
    pub fn members(&self, server: u64) -> Vec<&'static str> {
        self.everyone()
            .into_iter()
            .filter(|n| self.is_member(server, n))
            .collect()
    }

    /// The servers `name` is a member of, by name.
    pub fn servers_of(&self, name: &str) -> Vec<String> {
        self.w
            .servers()
            .into_iter()
            .filter(|g| self.is_member(*g, name))
            .map(|g| self.name(g))
            .collect()
    }

    /// How `name` is described in `server`: on the set-up server by its roles there
    /// ([`describe`]); elsewhere `owner`, or `member` with the roles they have.
    pub fn describe(&self, server: u64, name: &str) -> String {
        if self.is_primary(server) {
            return describe(name);
        }
        let id = self.w.user(name);
        if self.w.emu.guild_owner_id(server) == id {
            return "owner".into();
        }
        let roles = self.w.emu.roles_of(server);
        let held: Vec<String> = self
            .w
            .emu
            .members_of(server)
            .into_iter()
            .find(|m| m.user_id == id)
            .map(|m| m.roles)
            .unwrap_or_default()
            .iter()
            .filter_map(|r| roles.iter().find(|x| x.id == *r).map(|x| x.name.clone()))
            .collect();
        if held.is_empty() {
            "member".into()
        } else {
            format!("member ({})", held.join(", "))
        }
    }

    /// Where a person lands in `server`: `#help` on the set-up server, else its system
    /// channel (else its first channel).
    pub fn home(&self, server: u64) -> u64 {
        if self.is_primary(server) {
            return self.w.channel("help");
        }
        self.w
            .emu
            .system_channel_id(server)
            .or_else(|| self.w.emu.channels_of(server).first().map(|c| c.id))
            .unwrap_or(server)
    }

    /// A server's channels (by position), then its threads (oldest first).
    pub fn channels(&self, server: u64) -> Vec<Channel> {
        let mut out = self.w.emu.channels_of(server);
        out.extend(
            self.w
                .emu
                .threads()
                .into_iter()
                .filter(|t| t.guild_id == Some(server)),
        );
        out
    }

    /// Whether `name` sees the channel or thread `c`.
    pub fn can_see(&self, name: &str, c: &Channel) -> bool {
        let Some(server) = c.guild_id else {
            return c.members.contains(&self.w.user(name));
        };
        if !self.is_member(server, name) {
            return false;
        }
        if self.is_primary(server) {
            if is_staff(name) {
                return true;
            }
            return if c.is_thread() {
                c.kind != 12 || c.members.contains(&self.w.user(name))
            } else {
                c.name != "support-log"
            };
        }
        let me = self.w.user(name);
        let perms = self.w.emu.channel_permissions(c.id, me);
        if c.kind == 12 {
            perms & VIEW_CHANNEL != 0 && (c.members.contains(&me) || perms & MANAGE_THREADS != 0)
        } else {
            perms & VIEW_CHANNEL != 0
        }
    }
}
