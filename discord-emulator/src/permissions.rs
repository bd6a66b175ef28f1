//! Permissions as Discord computes them: per guild (owner and Administrator: everything,
//! else the union of `@everyone` and the member's roles), then per channel (the overwrites
//! of `@everyone`, of the member's roles, of the member; a thread follows its parent).

use crate::state::State;

pub const CREATE_INSTANT_INVITE: u64 = 1;
pub const ADMINISTRATOR: u64 = 1 << 3;
pub const MANAGE_CHANNELS: u64 = 1 << 4;
pub const MANAGE_GUILD: u64 = 1 << 5;
pub const ADD_REACTIONS: u64 = 1 << 6;
pub const VIEW_CHANNEL: u64 = 1 << 10;
pub const SEND_MESSAGES: u64 = 1 << 11;
pub const READ_MESSAGE_HISTORY: u64 = 1 << 16;
pub const MANAGE_ROLES: u64 = 1 << 28;
pub const USE_APPLICATION_COMMANDS: u64 = 1 << 31;
pub const MANAGE_THREADS: u64 = 1 << 34;
pub const CREATE_PUBLIC_THREADS: u64 = 1 << 35;
pub const SEND_MESSAGES_IN_THREADS: u64 = 1 << 38;
/// Every permission (what the owner and administrators have).
pub const ALL: u64 = (1u64 << 47) - 1;

/// `@everyone` in a new guild: view, send, read history, react, use app commands, threads.
pub const EVERYONE_DEFAULT: u64 = VIEW_CHANNEL
    | SEND_MESSAGES
    | READ_MESSAGE_HISTORY
    | ADD_REACTIONS
    | USE_APPLICATION_COMMANDS
    | SEND_MESSAGES_IN_THREADS
    | (1 << 14); // EMBED_LINKS

impl State {
    /// A member's permissions in a guild (0 for a non-member of a guild, or an unknown guild).
    pub fn guild_permissions(&self, guild: u64, user: u64) -> u64 {
        let Some(g) = self.guilds.get(&guild) else {
            return 0;
        };
        if user == g.owner_id {
            return ALL;
        }
        let Some(m) = g.members.get(&user) else {
            return 0;
        };
        let mut p = g.roles[0].permissions;
        for r in &g.roles {
            if m.roles.contains(&r.id) {
                p |= r.permissions;
            }
        }
        if p & ADMINISTRATOR != 0 {
            ALL
        } else {
            p
        }
    }

    /// A member's permissions in a channel or thread, overwrites applied. Without
    /// VIEW_CHANNEL a member has nothing there. DMs: the usual DM permissions.
    pub fn channel_permissions(&self, channel: u64, user: u64) -> u64 {
        let Some(ch) = self.channels.get(&channel) else {
            return 0;
        };
        let Some(guild) = ch.guild_id else {
            return VIEW_CHANNEL | SEND_MESSAGES | READ_MESSAGE_HISTORY | ADD_REACTIONS;
        };
        let base = self.guild_permissions(guild, user);
        if base & ADMINISTRATOR != 0 || base == ALL {
            return ALL;
        }
        let source = match ch.parent_id.and_then(|p| self.channels.get(&p)) {
            Some(parent) if ch.is_thread() => parent,
            _ => ch,
        };
        let roles = self
            .member(guild, user)
            .map(|m| m.roles.clone())
            .unwrap_or_default();
        let mut p = base;
        if let Some(o) = source
            .overwrites
            .iter()
            .find(|o| o.kind == 0 && o.id == guild)
        {
            p = (p & !o.deny) | o.allow;
        }
        let (mut allow, mut deny) = (0, 0);
        for o in &source.overwrites {
            if o.kind == 0 && o.id != guild && roles.contains(&o.id) {
                allow |= o.allow;
                deny |= o.deny;
            }
        }
        p = (p & !deny) | allow;
        if let Some(o) = source
            .overwrites
            .iter()
            .find(|o| o.kind == 1 && o.id == user)
        {
            p = (p & !o.deny) | o.allow;
        }
        if p & VIEW_CHANNEL == 0 {
            return 0;
        }
        p
    }

    /// Whether the bot may use a channel over REST: it is in the channel's guild, the channel
    /// was not hidden from it (`revoke_bot_access`) and it has VIEW_CHANNEL there.
    pub fn bot_sees(&self, channel: u64) -> bool {
        if self.hidden_from_bot.contains(&channel) {
            return false;
        }
        let Some(ch) = self.channels.get(&channel) else {
            return true;
        };
        match ch.guild_id {
            Some(g) => {
                self.bot_in(g) && self.channel_permissions(channel, self.bot_id) & VIEW_CHANNEL != 0
            }
            None => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guilds::{NewGuild, Overwrite};
    use crate::state::{GuildSpec, State};

    fn state() -> (State, u64) {
        let mut s = State::new(&GuildSpec::default());
        let g = s.create_guild(
            &NewGuild::new("Second")
                .channels(&["help", "staff"])
                .roles(&["agent", "admin"])
                .member("alice", &[])
                .member("bob", &["agent"])
                .owner("carol"),
        );
        let admin = s.guild_role_id(g, "admin").unwrap();
        s.guilds
            .get_mut(&g)
            .unwrap()
            .roles
            .iter_mut()
            .for_each(|r| {
                if r.id == admin {
                    r.permissions = ADMINISTRATOR;
                }
            });
        (s, g)
    }

    #[test]
    fn guild_permissions_are_per_guild() {
        let (mut s, g) = state();
        let alice = s.user_id("alice").unwrap();
        let bob = s.user_id("bob").unwrap();
        let carol = s.user_id("carol").unwrap();
        assert_eq!(
            s.guild_permissions(g, carol),
            ALL,
            "the owner has everything"
        );
        assert_eq!(s.guild_permissions(g, alice), EVERYONE_DEFAULT);
        assert_eq!(
            s.guild_permissions(s.guild_id, bob),
            0,
            "not a member there"
        );
        let admin = s.guild_role_id(g, "admin").unwrap();
        s.join(g, alice, vec![admin]);
        assert_eq!(s.guild_permissions(g, alice), ALL);
        assert_eq!(
            s.guild_permissions(g, s.bot_id),
            ALL,
            "the bot's role is Administrator"
        );
    }

    #[test]
    fn overwrites_hide_a_channel_but_an_allowing_role_shows_it() {
        let (mut s, g) = state();
        let staff = s.guild_channel_id(g, "staff").unwrap();
        let agent = s.guild_role_id(g, "agent").unwrap();
        let alice = s.user_id("alice").unwrap();
        let bob = s.user_id("bob").unwrap();
        s.channels.get_mut(&staff).unwrap().overwrites = vec![
            Overwrite {
                id: g,
                kind: 0,
                allow: 0,
                deny: VIEW_CHANNEL,
            },
            Overwrite {
                id: agent,
                kind: 0,
                allow: VIEW_CHANNEL,
                deny: 0,
            },
        ];
        assert_eq!(s.channel_permissions(staff, alice), 0);
        assert_ne!(s.channel_permissions(staff, bob) & VIEW_CHANNEL, 0);
        // A member overwrite beats the roles'.
        s.channels
            .get_mut(&staff)
            .unwrap()
            .overwrites
            .push(Overwrite {
                id: bob,
                kind: 1,
                allow: 0,
                deny: VIEW_CHANNEL | SEND_MESSAGES,
            });
        assert_eq!(s.channel_permissions(staff, bob), 0);
        s.channels.get_mut(&staff).unwrap().overwrites[2].deny = SEND_MESSAGES;
        let p = s.channel_permissions(staff, bob);
        assert!(p & VIEW_CHANNEL != 0 && p & SEND_MESSAGES == 0);
        // The bot is an administrator: overwrites do not apply.
        assert!(s.bot_sees(staff));
        s.guilds
            .get_mut(&g)
            .unwrap()
            .roles
            .iter_mut()
            .for_each(|r| {
                if r.name == "Concierge" {
                    r.permissions = 0;
                }
            });
        assert!(
            !s.bot_sees(staff),
            "without Administrator the overwrite hides it"
        );
    }
}
