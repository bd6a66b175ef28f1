//! The emulated world: guilds (see `guilds.rs`: roles, members, the primary guild first),
//! channels and threads, messages, reactions, interactions and the record of every REST call.

pub use crate::guilds::{Guild, GuildSpec, NewGuild, Overwrite};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::time::SystemTime;

/// A user (member, bot or webhook author).
#[derive(Clone, Debug)]
pub struct User {
    pub id: u64,
    pub name: String,
    pub bot: bool,
    /// The language the user's client is set to, one of Discord's locales (`en-US` unless
    /// [`crate::Emulator::set_user_locale`] changed it): their interactions' `locale` and
    /// OAuth2 `GET /users/@me`'s.
    pub locale: String,
}

/// A guild member: the user's roles.
#[derive(Clone, Debug)]
pub struct Member {
    pub user_id: u64,
    pub roles: Vec<u64>,
    pub joined_at: String,
}

/// A role.
#[derive(Clone, Debug)]
pub struct Role {
    pub id: u64,
    pub name: String,
    pub permissions: u64,
    pub position: u32,
    pub color: u32,
    pub hoist: bool,
    pub mentionable: bool,
}

/// A channel, thread or DM.
#[derive(Clone, Debug)]
pub struct Channel {
    pub id: u64,
    /// Discord channel type: 0 text, 1 DM, 11 public thread, 12 private thread.
    pub kind: u8,
    pub name: String,
    pub guild_id: Option<u64>,
    pub parent_id: Option<u64>,
    pub position: u32,
    pub owner_id: Option<u64>,
    pub archived: bool,
    pub locked: bool,
    pub invitable: bool,
    pub auto_archive_duration: u32,
    pub created_at: String,
    /// Thread members (threads) or recipients (DMs).
    pub members: BTreeSet<u64>,
    pub message_count: u32,
    pub last_message_id: Option<u64>,
    pub topic: Option<String>,
    /// Permission overwrites (guild channels; threads follow their parent's).
    pub overwrites: Vec<Overwrite>,
}

impl Channel {
    /// True for thread types (10, 11, 12).
    pub fn is_thread(&self) -> bool {
        matches!(self.kind, 10..=12)
    }
}

/// An uploaded file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attachment {
    pub id: u64,
    pub filename: String,
    pub bytes: Vec<u8>,
}

/// A message as stored: what was sent, as sent.
#[derive(Clone, Debug)]
pub struct Message {
    pub id: u64,
    pub channel_id: u64,
    pub author_id: u64,
    pub content: String,
    pub embeds: Vec<Value>,
    pub components: Vec<Value>,
    pub message_reference: Option<Value>,
    pub allowed_mentions: Option<Value>,
    pub attachments: Vec<Attachment>,
    pub flags: u64,
    pub webhook_id: Option<u64>,
    /// Set for interaction responses and follow-ups (they live outside channels when ephemeral).
    pub interaction_id: Option<u64>,
    pub timestamp: String,
    pub edited_timestamp: Option<String>,
    /// Emoji (unicode, or `name:id` for custom) -> users who reacted, in order.
    pub reactions: BTreeMap<String, Vec<u64>>,
}

impl Message {
    /// True when the ephemeral flag (64) is set.
    pub fn ephemeral(&self) -> bool {
        self.flags & 64 != 0
    }
}

/// One REST call, as received.
#[derive(Clone, Debug)]
pub struct RestCall {
    pub method: String,
    /// The path after `/api/v10` (query string included).
    pub path: String,
    /// The JSON body (for multipart: `payload_json`), `Null` when none.
    pub body: Value,
    /// Files of a multipart body: (field name, file name, bytes).
    pub files: Vec<(String, String, Vec<u8>)>,
    pub status: u16,
    pub at: SystemTime,
}

/// An interaction the test sent, and what the bot answered.
#[derive(Clone, Debug)]
pub struct InteractionRecord {
    pub id: u64,
    pub token: String,
    pub kind: u8,
    pub channel_id: u64,
    /// The guild of the channel (`None` in DMs).
    pub guild_id: Option<u64>,
    pub user_id: u64,
    /// Callback bodies, in order (normally one).
    pub callbacks: Vec<Value>,
    /// The original response message (from a type 4 callback or a later edit).
    pub original: Option<Message>,
    /// Set when the original response was deleted.
    pub original_deleted: bool,
    pub followups: Vec<Message>,
    /// The message a component interaction came from.
    pub source_message: Option<u64>,
    /// When the emulator dispatched the interaction.
    pub sent_at: std::time::Instant,
    /// How long the bot took to send its first callback (Discord allows 3 s, then the
    /// interaction is gone and the member sees "The application did not respond").
    pub acknowledged_after: Option<std::time::Duration>,
    /// The response was edited after the callback (`PATCH @original`): what a deferred
    /// update (6) is waiting for.
    pub edited: bool,
}

/// Everything, behind one lock.
#[derive(Debug)]
pub struct State {
    pub next_id: u64,
    /// The primary guild (the one `GuildSpec` set up): what `guild_id()`, `channel_id(name)`,
    /// `role_id(name)`... refer to.
    pub guild_id: u64,
    pub bot_id: u64,
    pub users: BTreeMap<u64, User>,
    /// Every guild by id (ids grow, so the primary guild is first).
    pub guilds: BTreeMap<u64, Guild>,
    pub channels: BTreeMap<u64, Channel>,
    pub messages: BTreeMap<u64, Vec<Message>>,
    pub interactions: BTreeMap<u64, InteractionRecord>,
    pub global_commands: Vec<Value>,
    pub rest_calls: Vec<RestCall>,
    /// Channels the bot cannot see (REST on them answers 403 Missing Access).
    pub hidden_from_bot: BTreeSet<u64>,
    /// OAuth2 applications, the consent screen's answer, codes and access tokens.
    pub oauth: crate::oauth::OAuth,
}

/// The locale of users and guilds until a test sets another (Discord's default).
pub const DEFAULT_LOCALE: &str = "en-US";

/// Panics unless `locale` is one of Discord's locales (the keys of a localisation
/// dictionary; `crate::rest::LOCALES`): the test API's locale setters take no other.
pub(crate) fn assert_locale(locale: &str) {
    assert!(
        crate::rest::LOCALES.contains(&locale),
        "{locale:?} is not one of Discord's locales ({})",
        crate::rest::LOCALES.join(", ")
    );
}

/// Discord's epoch (2015-01-01) in ms.
const DISCORD_EPOCH: u64 = 1_420_070_400_000;

impl State {
    pub fn new(spec: &GuildSpec) -> State {
        let mut s = State {
            next_id: 0,
            guild_id: 0,
            bot_id: 0,
            users: BTreeMap::new(),
            guilds: BTreeMap::new(),
            channels: BTreeMap::new(),
            messages: BTreeMap::new(),
            interactions: BTreeMap::new(),
            global_commands: Vec::new(),
            rest_calls: Vec::new(),
            hidden_from_bot: BTreeSet::new(),
            oauth: crate::oauth::OAuth::default(),
        };
        s.bot_id = s.new_user(spec.bot_name, true);
        s.guild_id = s.create_guild(&NewGuild::from(spec));
        s
    }

    /// A fresh snowflake (its timestamp is now).
    pub fn new_id(&mut self) -> u64 {
        self.next_id += 1;
        let ms = SystemTime::now()
            .duration_since(SystemTime::UNIX_EPOCH)
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
            .unwrap_or(DISCORD_EPOCH + 1);
        ((ms.saturating_sub(DISCORD_EPOCH)) << 22) | (self.next_id & 0x3f_ffff)
    }

    /// A new user, member of no guild.
    pub fn new_user(&mut self, name: &str, bot: bool) -> u64 {
        let id = self.new_id();
        self.users.insert(
            id,
            User {
                id,
                name: name.to_string(),
                bot,
                locale: DEFAULT_LOCALE.to_string(),
            },
        );
        id
    }

    /// Adds a user who is also a member of the primary guild (no roles).
    pub fn add_user(&mut self, name: &str, bot: bool) -> u64 {
        let id = self.new_user(name, bot);
        let g = self.guild_id;
        self.join(g, id, vec![]);
        id
    }

    pub fn blank_channel(
        &self,
        id: u64,
        kind: u8,
        name: &str,
        guild_id: Option<u64>,
        parent_id: Option<u64>,
    ) -> Channel {
        Channel {
            id,
            kind,
            name: name.to_string(),
            guild_id,
            parent_id,
            position: 0,
            owner_id: None,
            archived: false,
            locked: false,
            invitable: true,
            auto_archive_duration: 10080,
            created_at: now_iso(),
            members: BTreeSet::new(),
            message_count: 0,
            last_message_id: None,
            topic: None,
            overwrites: Vec::new(),
        }
    }

    /// A role of the primary guild by name.
    pub fn role_id(&self, name: &str) -> Option<u64> {
        self.guild_role_id(self.guild_id, name)
    }

    pub fn user_id(&self, name: &str) -> Option<u64> {
        self.users.values().find(|u| u.name == name).map(|u| u.id)
    }

    /// A channel or thread of the primary guild by name.
    pub fn channel_id(&self, name: &str) -> Option<u64> {
        self.guild_channel_id(self.guild_id, name)
    }

    pub fn message(&self, channel: u64, id: u64) -> Option<&Message> {
        self.messages.get(&channel)?.iter().find(|m| m.id == id)
    }

    pub fn message_mut(&mut self, channel: u64, id: u64) -> Option<&mut Message> {
        self.messages
            .get_mut(&channel)?
            .iter_mut()
            .find(|m| m.id == id)
    }

    /// A copy of [`State::find_message_mut`]'s message.
    pub fn find_message(&self, channel: u64, id: u64) -> Option<Message> {
        self.message(channel, id).cloned().or_else(|| {
            self.interactions
                .values()
                .flat_map(|r| r.original.iter().chain(r.followups.iter()))
                .find(|m| m.id == id)
                .cloned()
        })
    }

    /// A message in a channel, or else an interaction response or follow-up (ephemeral ones
    /// live only there).
    pub fn find_message_mut(&mut self, channel: u64, id: u64) -> Option<&mut Message> {
        if self.message(channel, id).is_some() {
            return self.message_mut(channel, id);
        }
        self.interactions
            .values_mut()
            .flat_map(|r| r.original.iter_mut().chain(r.followups.iter_mut()))
            .find(|m| m.id == id)
    }

    /// Stores a message in its channel (bumping counters).
    pub fn push_message(&mut self, msg: Message) {
        if let Some(ch) = self.channels.get_mut(&msg.channel_id) {
            ch.message_count += 1;
            ch.last_message_id = Some(msg.id);
        }
        self.messages.entry(msg.channel_id).or_default().push(msg);
    }
}

/// Now as an RFC 3339 timestamp (UTC, milliseconds).
pub fn now_iso() -> String {
    let d = SystemTime::now()
        .duration_since(SystemTime::UNIX_EPOCH)
        .unwrap_or_default();
    iso(
        i64::try_from(d.as_secs()).unwrap_or(i64::MAX),
        d.subsec_millis(),
    )
}

/// Unix seconds as an RFC 3339 timestamp.
pub fn iso(secs: i64, millis: u32) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}+00:00",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn iso_dates() {
        assert_eq!(super::iso(0, 0), "1970-01-01T00:00:00.000+00:00");
        assert_eq!(
            super::iso(1_700_000_000, 5),
            "2023-11-14T22:13:20.005+00:00"
        );
    }
}
