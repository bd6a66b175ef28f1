//! The test API for guilds: more guilds than the primary one, the bot joining and leaving,
//! members and roles per guild, permissions and channel overwrites.

use crate::guilds::{NewGuild, Overwrite};
use crate::payloads::{self, sid};
use crate::state::{Channel, Member, Role, State};
use crate::Emulator;
use serde_json::{json, Value};

impl Emulator {
    fn guild_state<T>(&self, guild: u64, f: impl FnOnce(&mut State) -> T) -> T {
        let mut s = self.inner.state.lock().unwrap();
        assert!(s.guilds.contains_key(&guild), "no guild {guild}");
        f(&mut s)
    }

    /// Adds a guild the bot is a member of (dispatches nothing: call before the bot connects,
    /// its READY and GUILD_CREATEs then include it; at runtime use [`Emulator::bot_joins`]).
    /// Returns the guild id.
    pub fn add_guild(&self, spec: NewGuild) -> u64 {
        self.inner.state.lock().unwrap().create_guild(&spec)
    }

    /// The bot is added to a new guild: the guild is made and GUILD_CREATE dispatched.
    pub fn bot_joins(&self, spec: NewGuild) -> u64 {
        let mut s = self.inner.state.lock().unwrap();
        let id = s.create_guild(&spec);
        self.inner.dispatch("GUILD_CREATE", payloads::guild(&s, id));
        id
    }

    /// The bot is removed from a guild (kicked, or the guild deleted for it): GUILD_DELETE
    /// (`{"id", "unavailable": false}`) is dispatched, the bot is no longer a member, nothing
    /// of that guild reaches it any more and its REST calls there are refused (403 Missing
    /// Access on the guild's channels and routes).
    pub fn bot_leaves(&self, guild: u64) {
        let mut s = self.inner.state.lock().unwrap();
        let bot = s.bot_id;
        let g = s.guilds.get_mut(&guild).expect("an existing guild");
        assert!(
            g.members.remove(&bot).is_some(),
            "the bot is not in {guild}"
        );
        self.inner.dispatch(
            "GUILD_DELETE",
            json!({"id": sid(guild), "unavailable": false}),
        );
        self.inner.hub.lock().unwrap().absent_guilds.insert(guild);
    }

    /// Every guild's id (the bot's or not), the primary guild first.
    pub fn guild_ids(&self) -> Vec<u64> {
        self.inner
            .state
            .lock()
            .unwrap()
            .guilds
            .keys()
            .copied()
            .collect()
    }

    /// The guilds the bot is in.
    pub fn bot_guild_ids(&self) -> Vec<u64> {
        self.inner.state.lock().unwrap().bot_guilds()
    }

    pub fn guild_name(&self, guild: u64) -> String {
        self.guild_state(guild, |s| s.guilds[&guild].name.clone())
    }

    /// A channel or thread of a guild by name. Panics when unknown.
    pub fn guild_channel_id(&self, guild: u64, name: &str) -> u64 {
        self.guild_state(guild, |s| s.guild_channel_id(guild, name))
            .unwrap_or_else(|| panic!("no channel named {name} in {guild}"))
    }

    /// A role of a guild by name (`@everyone` included). Panics when unknown.
    pub fn guild_role_id(&self, guild: u64, name: &str) -> u64 {
        self.guild_state(guild, |s| s.guild_role_id(guild, name))
            .unwrap_or_else(|| panic!("no role named {name} in {guild}"))
    }

    pub fn guild_owner_id(&self, guild: u64) -> u64 {
        self.guild_state(guild, |s| s.guilds[&guild].owner_id)
    }

    /// The guild's system channel (its first text channel).
    pub fn system_channel_id(&self, guild: u64) -> Option<u64> {
        self.guild_state(guild, |s| s.guilds[&guild].system_channel_id)
    }

    /// The bot's own role in a guild.
    pub fn bot_role_id(&self, guild: u64) -> u64 {
        self.guild_state(guild, |s| s.guilds[&guild].bot_role_id)
    }

    /// A guild's channels (not threads), by position.
    pub fn channels_of(&self, guild: u64) -> Vec<Channel> {
        self.guild_state(guild, |s| {
            let mut v: Vec<Channel> = s
                .channels
                .values()
                .filter(|c| c.guild_id == Some(guild) && !c.is_thread())
                .cloned()
                .collect();
            v.sort_by_key(|c| (c.position, c.id));
            v
        })
    }

    /// A guild's roles, `@everyone` first.
    pub fn roles_of(&self, guild: u64) -> Vec<Role> {
        self.guild_state(guild, |s| s.guilds[&guild].roles.clone())
    }

    /// A guild's members (the bot and the owner included).
    pub fn members_of(&self, guild: u64) -> Vec<Member> {
        self.guild_state(guild, |s| {
            s.guilds[&guild].members.values().cloned().collect()
        })
    }

    /// The guild commands registered in a guild.
    pub fn guild_commands(&self, guild: u64) -> Vec<Value> {
        self.guild_state(guild, |s| s.guilds[&guild].commands.clone())
    }

    /// The GUILD_CREATE body of a guild.
    pub fn guild_payload(&self, guild: u64) -> Value {
        self.guild_state(guild, |s| payloads::guild(s, guild))
    }

    /// Adds a member to a guild (dispatches nothing, like [`Emulator::add_member`]): the user
    /// of that name not yet in this guild, else a new user. Returns the user id.
    pub fn add_guild_member(&self, guild: u64, name: &str, roles: &[&str]) -> u64 {
        self.guild_state(guild, |s| {
            let known = s
                .users
                .values()
                .find(|u| u.name == name && !u.bot && s.member(guild, u.id).is_none())
                .map(|u| u.id);
            let id = known.unwrap_or_else(|| s.new_user(name, false));
            let roles = role_ids(s, guild, roles);
            s.join(guild, id, roles);
            id
        })
    }

    /// Adds a text channel to a guild (dispatches CHANNEL_CREATE). Returns its id.
    pub fn add_guild_channel(&self, guild: u64, name: &str) -> u64 {
        self.guild_state(guild, |s| {
            let id = s.add_text_channel(guild, name);
            self.inner
                .dispatch("CHANNEL_CREATE", payloads::channel(s, &s.channels[&id]));
            id
        })
    }

    /// Gives a member of a guild exactly these roles (GUILD_MEMBER_UPDATE).
    pub fn set_guild_member_roles(&self, guild: u64, user: u64, roles: &[&str]) {
        self.guild_state(guild, |s| {
            let ids = role_ids(s, guild, roles);
            s.guilds
                .get_mut(&guild)
                .unwrap()
                .members
                .get_mut(&user)
                .unwrap_or_else(|| panic!("{user} is not a member of {guild}"))
                .roles = ids;
            let mut d = payloads::member(s, guild, user);
            d["guild_id"] = sid(guild);
            self.inner.dispatch("GUILD_MEMBER_UPDATE", d);
        });
    }

    /// Sets a guild's preferred locale (`en-US` by default): the guild object's
    /// `preferred_locale` (GUILD_CREATE, `GET /guilds/{g}`) and `guild_locale` in
    /// interactions there. Dispatches nothing (the emulator sends no GUILD_UPDATE): set it
    /// before the bot connects for its cache to have it; interactions carry it at once.
    /// Panics on an unknown guild or a locale Discord does not have.
    pub fn set_guild_locale(&self, guild: u64, locale: &str) {
        crate::state::assert_locale(locale);
        let mut s = self.inner.state.lock().unwrap();
        let Some(g) = s.guilds.get_mut(&guild) else {
            drop(s); // The emulator stays usable after the panic.
            panic!("no guild {guild}");
        };
        g.preferred_locale = locale.to_string();
    }

    /// A member's permissions in a guild (owner and Administrator: all).
    pub fn member_permissions(&self, guild: u64, user: u64) -> u64 {
        self.guild_state(guild, |s| s.guild_permissions(guild, user))
    }

    /// A member's permissions in a channel, overwrites applied (0 without VIEW_CHANNEL).
    pub fn channel_permissions(&self, channel: u64, user: u64) -> u64 {
        self.inner
            .state
            .lock()
            .unwrap()
            .channel_permissions(channel, user)
    }

    /// Sets the permissions of the bot's role in a guild (Administrator, 8, by default) and
    /// dispatches GUILD_ROLE_UPDATE. The bot keeps `@everyone`'s permissions besides.
    pub fn set_bot_permissions(&self, guild: u64, bits: u64) {
        let role = self.bot_role_id(guild);
        self.set_role_permissions(role, bits);
    }

    /// Sets a role's permissions (any guild's) and dispatches GUILD_ROLE_UPDATE.
    pub fn set_role_permissions(&self, role: u64, bits: u64) {
        let mut s = self.inner.state.lock().unwrap();
        let (guild, _) = s
            .find_role(role)
            .unwrap_or_else(|| panic!("no role {role}"));
        let g = s.guilds.get_mut(&guild).unwrap();
        let r = g.roles.iter_mut().find(|r| r.id == role).unwrap();
        r.permissions = bits;
        let d = json!({"guild_id": sid(guild), "role": payloads::role(guild, r)});
        self.inner.dispatch("GUILD_ROLE_UPDATE", d);
    }

    /// A channel's permission overwrites.
    pub fn channel_overwrites(&self, channel: u64) -> Vec<Overwrite> {
        let s = self.inner.state.lock().unwrap();
        let ch = s
            .channels
            .get(&channel)
            .unwrap_or_else(|| panic!("no channel {channel}"));
        ch.overwrites.clone()
    }

    /// Replaces a channel's permission overwrites (CHANNEL_UPDATE), as a member with Manage
    /// Roles would in the client.
    pub fn set_channel_overwrites(&self, channel: u64, overwrites: Vec<Overwrite>) {
        let mut s = self.inner.state.lock().unwrap();
        let ch = s
            .channels
            .get_mut(&channel)
            .unwrap_or_else(|| panic!("no channel {channel}"));
        ch.overwrites = overwrites;
        let ch = ch.clone();
        let t = if ch.is_thread() {
            "THREAD_UPDATE"
        } else {
            "CHANNEL_UPDATE"
        };
        self.inner.dispatch(t, payloads::channel(&s, &ch));
    }
}

fn role_ids(s: &State, guild: u64, names: &[&str]) -> Vec<u64> {
    names
        .iter()
        .map(|r| {
            s.guild_role_id(guild, r)
                .unwrap_or_else(|| panic!("no role named {r} in {guild}"))
        })
        .collect()
}
