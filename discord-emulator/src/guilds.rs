//! Guilds: how one is set up ([`GuildSpec`] for the primary guild, [`NewGuild`] for the
//! others), what one holds ([`Guild`]: roles, members, commands) and the lookups by guild.
//! A user is one user everywhere; their membership (and roles) is per guild.

use crate::permissions::EVERYONE_DEFAULT;
use crate::state::{now_iso, Member, Role, State};
use serde_json::Value;
use std::collections::BTreeMap;

/// How the primary guild is set up. Names are what the lookups (`channel_id("help")`) take.
#[derive(Clone, Debug)]
pub struct GuildSpec {
    /// The guild's name.
    pub name: &'static str,
    /// Text channels (type 0), in order.
    pub channels: Vec<&'static str>,
    /// Roles (besides `@everyone` and the bot's own role), in order.
    pub roles: Vec<&'static str>,
    /// Members (username, role names).
    pub members: Vec<(&'static str, Vec<&'static str>)>,
    /// The bot's username.
    pub bot_name: &'static str,
}

impl Default for GuildSpec {
    fn default() -> Self {
        GuildSpec {
            name: "Emulated Guild",
            channels: vec!["general"],
            roles: vec![],
            members: vec![],
            bot_name: "Concierge",
        }
    }
}

/// How a further guild is set up (see [`crate::Emulator::add_guild`]). Members are users by
/// name: a name already known is that user (a member of several guilds, with roles per
/// guild), a new name is a new user.
///
/// ```
/// # use discord_emulator::NewGuild;
/// let g = NewGuild::new("Second")
///     .channels(&["help", "log"])
///     .roles(&["agent"])
///     .member("alice", &["agent"])
///     .owner("carol");
/// assert_eq!(g.channels, vec!["help", "log"]);
/// ```
#[derive(Clone, Debug)]
pub struct NewGuild {
    pub name: String,
    /// Text channels (type 0), in order; the first is the system channel.
    pub channels: Vec<String>,
    /// Roles besides `@everyone` and the bot's role, lowest first.
    pub roles: Vec<String>,
    /// (username, role names).
    pub members: Vec<(String, Vec<String>)>,
    /// The owner's username (a known user or a new one); `None`: a new user `"<name> owner"`.
    pub owner: Option<String>,
}

impl NewGuild {
    /// A guild named `name` with one text channel, `general`.
    pub fn new(name: &str) -> NewGuild {
        NewGuild {
            name: name.to_string(),
            channels: vec!["general".to_string()],
            roles: vec![],
            members: vec![],
            owner: None,
        }
    }

    /// Replaces the text channels.
    pub fn channels(mut self, names: &[&str]) -> NewGuild {
        self.channels = names.iter().map(|n| n.to_string()).collect();
        self
    }

    /// Replaces the roles.
    pub fn roles(mut self, names: &[&str]) -> NewGuild {
        self.roles = names.iter().map(|n| n.to_string()).collect();
        self
    }

    /// Adds a member with these roles.
    pub fn member(mut self, name: &str, roles: &[&str]) -> NewGuild {
        let roles = roles.iter().map(|r| r.to_string()).collect();
        self.members.push((name.to_string(), roles));
        self
    }

    /// Sets the owner by username.
    pub fn owner(mut self, name: &str) -> NewGuild {
        self.owner = Some(name.to_string());
        self
    }
}

impl From<&GuildSpec> for NewGuild {
    fn from(spec: &GuildSpec) -> NewGuild {
        NewGuild {
            name: spec.name.to_string(),
            channels: spec.channels.iter().map(|c| c.to_string()).collect(),
            roles: spec.roles.iter().map(|r| r.to_string()).collect(),
            members: spec
                .members
                .iter()
                .map(|(n, r)| (n.to_string(), r.iter().map(|x| x.to_string()).collect()))
                .collect(),
            owner: Some("owner".to_string()),
        }
    }
}

/// A permission overwrite on a channel.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Overwrite {
    /// A role id (`kind` 0) or a user id (`kind` 1).
    pub id: u64,
    /// 0 role, 1 member.
    pub kind: u8,
    pub allow: u64,
    pub deny: u64,
}

/// A guild: its roles (`roles[0]` is `@everyone`, whose id is the guild's), members and
/// guild commands. Its channels are in [`State::channels`] with this `guild_id`.
#[derive(Clone, Debug)]
pub struct Guild {
    pub id: u64,
    pub name: String,
    pub owner_id: u64,
    pub roles: Vec<Role>,
    pub members: BTreeMap<u64, Member>,
    /// The first text channel, unless it was deleted.
    pub system_channel_id: Option<u64>,
    /// The bot's own role (Administrator unless changed by `set_bot_permissions`).
    pub bot_role_id: u64,
    /// Guild application commands (`PUT /applications/{app}/guilds/{guild}/commands`).
    pub commands: Vec<Value>,
    /// The guild's preferred locale, one of Discord's (`en-US` unless
    /// [`crate::Emulator::set_guild_locale`] changed it): `preferred_locale` in the guild
    /// object, `guild_locale` in interactions there.
    pub preferred_locale: String,
}

impl Guild {
    pub fn role(&self, id: u64) -> Option<&Role> {
        self.roles.iter().find(|r| r.id == id)
    }
}

impl State {
    /// Creates a guild with the bot as a member (its role Administrator). Returns its id.
    /// Panics on a role name the spec does not define (a test typo).
    pub fn create_guild(&mut self, spec: &NewGuild) -> u64 {
        let id = self.new_id();
        let mut roles = vec![Role {
            id,
            name: "@everyone".into(),
            permissions: EVERYONE_DEFAULT,
            position: 0,
            color: 0,
            hoist: false,
            mentionable: false,
        }];
        for (i, name) in spec.roles.iter().enumerate() {
            let rid = self.new_id();
            roles.push(role(rid, name, 0, i + 1));
        }
        let bot_role_id = self.new_id();
        let bot_name = self.users[&self.bot_id].name.clone();
        roles.push(role(bot_role_id, &bot_name, 8, spec.roles.len() + 1));
        let owner_name = spec
            .owner
            .clone()
            .unwrap_or_else(|| format!("{} owner", spec.name));
        let owner_id = self.user_named_or_new(&owner_name);
        self.guilds.insert(
            id,
            Guild {
                id,
                name: spec.name.clone(),
                owner_id,
                roles,
                members: BTreeMap::new(),
                system_channel_id: None,
                bot_role_id,
                commands: Vec::new(),
                preferred_locale: crate::state::DEFAULT_LOCALE.to_string(),
            },
        );
        let bot = self.bot_id;
        self.join(id, bot, vec![bot_role_id]);
        self.join(id, owner_id, vec![]);
        for (name, role_names) in &spec.members {
            let user = self.user_named_or_new(name);
            let role_ids = role_names
                .iter()
                .map(|r| {
                    self.guild_role_id(id, r)
                        .unwrap_or_else(|| panic!("unknown role {r} for {name}"))
                })
                .collect();
            self.join(id, user, role_ids);
        }
        for name in &spec.channels {
            self.add_text_channel(id, name);
        }
        id
    }

    /// The id of the (non-bot) user with this name, or a new user's.
    fn user_named_or_new(&mut self, name: &str) -> u64 {
        match self.users.values().find(|u| u.name == name && !u.bot) {
            Some(u) => u.id,
            None => self.new_user(name, false),
        }
    }

    /// Makes `user` a member of `guild` with these roles (replacing a membership).
    pub fn join(&mut self, guild: u64, user: u64, roles: Vec<u64>) {
        if let Some(g) = self.guilds.get_mut(&guild) {
            g.members.insert(
                user,
                Member {
                    user_id: user,
                    roles,
                    joined_at: now_iso(),
                },
            );
        }
    }

    /// Adds a text channel at the end of a guild's list (the first is the system channel).
    pub fn add_text_channel(&mut self, guild: u64, name: &str) -> u64 {
        let id = self.new_id();
        let mut ch = self.blank_channel(id, 0, name, Some(guild), None);
        ch.position = self.next_position(guild);
        self.channels.insert(id, ch);
        if let Some(g) = self.guilds.get_mut(&guild) {
            g.system_channel_id.get_or_insert(id);
        }
        id
    }

    /// The position after a guild's last channel.
    pub fn next_position(&self, guild: u64) -> u32 {
        let n = self
            .channels
            .values()
            .filter(|c| c.guild_id == Some(guild) && !c.is_thread())
            .count();
        u32::try_from(n).unwrap_or(u32::MAX)
    }

    pub fn guild(&self, id: u64) -> Option<&Guild> {
        self.guilds.get(&id)
    }

    /// The primary guild.
    pub fn primary(&self) -> &Guild {
        &self.guilds[&self.guild_id]
    }

    /// The guild a channel or thread belongs to (`None` for DMs and unknown channels).
    pub fn channel_guild(&self, channel: u64) -> Option<u64> {
        self.channels.get(&channel).and_then(|c| c.guild_id)
    }

    /// A member of a guild.
    pub fn member(&self, guild: u64, user: u64) -> Option<&Member> {
        self.guilds.get(&guild)?.members.get(&user)
    }

    /// Whether the bot is (still) a member of the guild.
    pub fn bot_in(&self, guild: u64) -> bool {
        self.member(guild, self.bot_id).is_some()
    }

    /// The guilds the bot is in, in creation order.
    pub fn bot_guilds(&self) -> Vec<u64> {
        self.guilds
            .values()
            .filter(|g| g.members.contains_key(&self.bot_id))
            .map(|g| g.id)
            .collect()
    }

    pub fn guild_role_id(&self, guild: u64, name: &str) -> Option<u64> {
        let g = self.guilds.get(&guild)?;
        g.roles.iter().find(|r| r.name == name).map(|r| r.id)
    }

    pub fn guild_channel_id(&self, guild: u64, name: &str) -> Option<u64> {
        self.channels
            .values()
            .find(|c| c.guild_id == Some(guild) && c.name == name)
            .map(|c| c.id)
    }

    /// The guild a role belongs to, and the role.
    pub fn find_role(&self, role: u64) -> Option<(u64, &Role)> {
        self.guilds
            .values()
            .find_map(|g| g.role(role).map(|r| (g.id, r)))
    }
}

fn role(id: u64, name: &str, permissions: u64, position: usize) -> Role {
    Role {
        id,
        name: name.to_string(),
        permissions,
        position: u32::try_from(position).unwrap_or(u32::MAX),
        color: 0,
        hoist: false,
        mentionable: true,
    }
}
