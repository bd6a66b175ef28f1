//! The test API, acting side: be members (messages, slash commands, modals, autocomplete,
//! reactions; buttons and selects are in `test_components.rs`, guilds in `test_guilds.rs`).
//! Looking and waiting is in `inspect.rs`.

use crate::payloads::{self, sid};
use crate::permissions::{MANAGE_THREADS, SEND_MESSAGES, VIEW_CHANNEL};
use crate::state::{now_iso, InteractionRecord, Message, State};
use crate::test_components::{resolved_channels, resolved_roles, resolved_users};
use crate::Emulator;
use serde_json::{json, Value};
use std::collections::BTreeMap;

/// A slash-command option given by the test.
#[derive(Clone, Debug)]
pub struct Opt {
    pub name: String,
    /// Discord option type: 3 string, 4 integer, 5 boolean, 6 user, 7 channel, 8 role, 10 number.
    pub kind: u8,
    pub value: Value,
    /// Set on the option being typed (autocomplete).
    pub focused: bool,
}

impl Opt {
    pub fn string(name: &str, value: &str) -> Opt {
        Opt::of(name, 3, json!(value))
    }
    pub fn integer(name: &str, value: i64) -> Opt {
        Opt::of(name, 4, json!(value))
    }
    pub fn boolean(name: &str, value: bool) -> Opt {
        Opt::of(name, 5, json!(value))
    }
    pub fn user(name: &str, user: u64) -> Opt {
        Opt::of(name, 6, sid(user))
    }
    pub fn channel(name: &str, channel: u64) -> Opt {
        Opt::of(name, 7, sid(channel))
    }
    pub fn role(name: &str, role: u64) -> Opt {
        Opt::of(name, 8, sid(role))
    }
    pub fn number(name: &str, value: f64) -> Opt {
        Opt::of(name, 10, json!(value))
    }
    /// A string option being typed (for [`Emulator::autocomplete`]).
    pub fn focused(name: &str, partial: &str) -> Opt {
        Opt {
            focused: true,
            ..Opt::string(name, partial)
        }
    }
    fn of(name: &str, kind: u8, value: Value) -> Opt {
        Opt {
            name: name.to_string(),
            kind,
            value,
            focused: false,
        }
    }
    fn to_json(&self) -> Value {
        let mut v = json!({"name": self.name, "type": self.kind, "value": self.value});
        if self.focused {
            v["focused"] = json!(true);
        }
        v
    }
}

/// A handle to an interaction the test sent.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interaction {
    pub id: u64,
    pub token: String,
    pub channel_id: u64,
}

/// What the user sees of the bot's answer to an interaction.
#[derive(Clone, Debug)]
pub struct InteractionResponse {
    /// The callback type (4 message, 5 deferred, 6 deferred update, 7 update, 8 choices, 9 modal).
    pub callback_type: u8,
    /// The message shown: the original response (4, 5; ephemeral ones too) or, for 6 and 7,
    /// the component's message. Pass it to `click_button` / `select*` to use its components.
    pub message_id: Option<u64>,
    /// The visible content of the original response (after edits); for 7 the updated message.
    pub content: String,
    pub ephemeral: bool,
    pub embeds: Vec<Value>,
    pub components: Vec<Value>,
    pub allowed_mentions: Option<Value>,
    pub followups: Vec<Message>,
    /// The modal (`data` of a type 9 callback).
    pub modal: Option<Value>,
    /// Autocomplete choices (type 8).
    pub choices: Vec<Value>,
}

impl Emulator {
    fn with_state<T>(&self, f: impl FnOnce(&mut State) -> T) -> T {
        f(&mut self.inner.state.lock().unwrap())
    }

    /// A member (or bot user) posts `content` in a channel: stored, and MESSAGE_CREATE
    /// dispatched with `member` (roles included). Returns the message id.
    /// Panics when Discord would refuse (see [`Emulator::try_post_message`]).
    pub fn post_message(&self, channel: u64, user: u64, content: &str) -> u64 {
        self.post(channel, user, content, None, None)
            .unwrap_or_else(|e| panic!("posting in {channel}: {e}"))
    }

    /// Like [`Emulator::post_message`], but refusals are errors as Discord gives them: a
    /// locked and archived thread (`50083`), a private thread the user is not in and cannot
    /// manage, a channel the member cannot see (`50001`), or cannot send in (`50013`).
    /// Posting in an archived, unlocked thread unarchives it.
    pub fn try_post_message(&self, channel: u64, user: u64, content: &str) -> Result<u64, String> {
        self.post(channel, user, content, None, None)
    }

    /// A member posts a reply to `reply_to`.
    pub fn post_reply(&self, channel: u64, user: u64, content: &str, reply_to: u64) -> u64 {
        let r = json!({"message_id": sid(reply_to), "channel_id": sid(channel)});
        self.post(channel, user, content, Some(r), None)
            .unwrap_or_else(|e| panic!("posting in {channel}: {e}"))
    }

    /// A webhook named `name` posts a message (author is a bot user, `webhook_id` set).
    pub fn post_webhook_message(&self, channel: u64, name: &str, content: &str) -> u64 {
        let author = self.with_state(|s| {
            let id = s.new_id();
            s.users.insert(
                id,
                crate::User {
                    id,
                    name: name.to_string(),
                    bot: true,
                    locale: crate::state::DEFAULT_LOCALE.to_string(),
                },
            );
            id
        });
        self.post(channel, author, content, None, Some(author))
            .unwrap_or_else(|e| panic!("posting in {channel}: {e}"))
    }

    /// Like [`Emulator::post_message`], with files attached (`(filename, bytes)`), as a member
    /// uploading them: MESSAGE_CREATE carries each as an attachment with its CDN `url`.
    pub fn post_message_with_files(
        &self,
        channel: u64,
        user: u64,
        content: &str,
        files: &[(&str, &[u8])],
    ) -> u64 {
        let files = files
            .iter()
            .map(|(name, bytes)| (name.to_string(), bytes.to_vec()))
            .collect();
        self.post_with(channel, user, content, None, None, files)
            .unwrap_or_else(|e| panic!("posting in {channel}: {e}"))
    }

    fn post(
        &self,
        channel: u64,
        user: u64,
        content: &str,
        reference: Option<Value>,
        webhook: Option<u64>,
    ) -> Result<u64, String> {
        self.post_with(channel, user, content, reference, webhook, Vec::new())
    }

    fn post_with(
        &self,
        channel: u64,
        user: u64,
        content: &str,
        reference: Option<Value>,
        webhook: Option<u64>,
        files: Vec<(String, Vec<u8>)>,
    ) -> Result<u64, String> {
        let mut s = self.inner.state.lock().unwrap();
        let Some(ch) = s.channels.get(&channel).cloned() else {
            return Err("404: Unknown Channel".into());
        };
        let member = ch.guild_id.is_some_and(|g| s.member(g, user).is_some());
        if member && webhook.is_none() {
            let p = s.channel_permissions(channel, user);
            if p & VIEW_CHANNEL == 0 {
                return Err("403: Missing Access".into());
            }
            if !ch.is_thread() && p & SEND_MESSAGES == 0 {
                return Err("403: Missing Permissions".into());
            }
        }
        if ch.is_thread() && webhook.is_none() {
            let manager = s.channel_permissions(channel, user) & MANAGE_THREADS != 0;
            if ch.kind == 12 && !manager && !ch.members.contains(&user) {
                return Err("403: Missing Access".into());
            }
            if ch.archived && ch.locked && !manager {
                return Err("400: Thread is archived".into());
            }
            if ch.archived {
                let ch = s.channels.get_mut(&channel).unwrap();
                ch.archived = false;
                let ch = ch.clone();
                self.inner
                    .dispatch("THREAD_UPDATE", payloads::channel(&s, &ch));
            }
        }
        let attachments = files
            .into_iter()
            .map(|(filename, bytes)| crate::state::Attachment {
                id: s.new_id(),
                filename,
                bytes,
            })
            .collect();
        let msg = Message {
            id: s.new_id(),
            channel_id: channel,
            author_id: user,
            content: content.to_string(),
            embeds: vec![],
            components: vec![],
            message_reference: reference,
            allowed_mentions: None,
            attachments,
            flags: 0,
            webhook_id: webhook,
            interaction_id: None,
            timestamp: now_iso(),
            edited_timestamp: None,
            reactions: BTreeMap::new(),
        };
        s.push_message(msg.clone());
        let d = payloads::message_event(&s, &msg);
        self.inner.dispatch("MESSAGE_CREATE", d);
        Ok(msg.id)
    }

    /// Dispatches MESSAGE_CREATE for an existing message again, `times` more times, as
    /// Discord may after a resume (at-least-once delivery). Panics on an unknown message.
    pub fn redeliver_message(&self, channel: u64, message: u64, times: usize) {
        let s = self.inner.state.lock().unwrap();
        let msg = s
            .message(channel, message)
            .cloned()
            .unwrap_or_else(|| panic!("no message {message} in {channel}"));
        for _ in 0..times {
            self.inner
                .dispatch("MESSAGE_CREATE", payloads::message_event(&s, &msg));
        }
    }

    pub(crate) fn interact(
        &self,
        kind: u8,
        channel: u64,
        user: u64,
        data: Value,
        source: Option<u64>,
    ) -> Interaction {
        let mut s = self.inner.state.lock().unwrap();
        assert!(
            s.channels.contains_key(&channel),
            "unknown channel {channel}"
        );
        let guild_id = s.channel_guild(channel);
        if let Some(g) = guild_id {
            assert!(
                s.bot_in(g),
                "the bot is not in guild {g}: no interaction reaches it"
            );
        }
        let id = s.new_id();
        let rec = InteractionRecord {
            id,
            token: format!("emulated-token-{id}"),
            kind,
            channel_id: channel,
            guild_id,
            user_id: user,
            callbacks: vec![],
            original: None,
            original_deleted: false,
            followups: vec![],
            source_message: source,
            sent_at: std::time::Instant::now(),
            acknowledged_after: None,
            edited: false,
        };
        // Components live on channel messages or on (ephemeral) interaction responses.
        let message = source.map(|m| {
            let found = s.find_message(channel, m);
            let found = found.unwrap_or_else(|| panic!("no message {m} in channel {channel}"));
            payloads::message(&s, &found)
        });
        let d = payloads::interaction(&s, &rec, data, message);
        s.interactions.insert(id, rec.clone());
        self.inner.dispatch("INTERACTION_CREATE", d);
        Interaction {
            id,
            token: rec.token,
            channel_id: channel,
        }
    }

    fn command_data(
        s: &mut State,
        channel: u64,
        user: u64,
        name: &str,
        sub: Option<&str>,
        options: &[Opt],
    ) -> Value {
        let guild = s.channel_guild(channel);
        let registered = registered(s, guild, name, 1);
        let cmd_id = registered.unwrap_or_else(|| sid(s.new_id()));
        let mut opts: Vec<Value> = options.iter().map(Opt::to_json).collect();
        if let Some(sub) = sub {
            let mut parts = sub.split_whitespace().rev();
            let leaf = parts.next().unwrap_or(sub);
            opts = vec![json!({"name": leaf, "type": 1, "options": opts})];
            if let Some(group) = parts.next() {
                opts = vec![json!({"name": group, "type": 2, "options": opts})];
            }
        }
        let ids = |kind: u8| -> Vec<u64> {
            options
                .iter()
                .filter(|o| o.kind == kind)
                .filter_map(|o| o.value.as_str().and_then(|v| v.parse::<u64>().ok()))
                .collect()
        };
        let (users, members) = resolved_users(s, channel, &ids(6));
        let mut resolved = json!({"users": users, "members": members});
        let known: Vec<u64> = ids(7)
            .into_iter()
            .filter(|c| s.channels.contains_key(c))
            .collect();
        if !known.is_empty() {
            resolved["channels"] = json!(resolved_channels(s, user, &known));
        }
        let roles: Vec<u64> = ids(8)
            .into_iter()
            .filter(|r| s.find_role(*r).is_some())
            .collect();
        if !roles.is_empty() {
            resolved["roles"] = json!(resolved_roles(s, &roles));
        }
        let mut v = json!({
            "id": cmd_id, "name": name, "type": 1, "options": opts, "resolved": resolved,
        });
        if let Some(g) = guild {
            v["guild_id"] = sid(g);
        }
        v
    }

    /// `user` runs `/name [sub] options...` in `channel` (INTERACTION_CREATE type 2). `sub`
    /// may be `"group sub"` for a subcommand group.
    pub fn slash_command(
        &self,
        channel: u64,
        user: u64,
        name: &str,
        sub: Option<&str>,
        options: Vec<Opt>,
    ) -> Interaction {
        let data = Self::command_data(
            &mut self.inner.state.lock().unwrap(),
            channel,
            user,
            name,
            sub,
            &options,
        );
        self.interact(2, channel, user, data, None)
    }

    /// `user` runs the message command `name` (right click on a message → Apps) on `message`
    /// in `channel`: INTERACTION_CREATE type 2 with command type 3, `target_id` and the message
    /// in `resolved.messages`. Panics on an unknown message.
    pub fn message_command(
        &self,
        channel: u64,
        user: u64,
        name: &str,
        message: u64,
    ) -> Interaction {
        let data = {
            let mut s = self.inner.state.lock().unwrap();
            let msg = s
                .message(channel, message)
                .cloned()
                .unwrap_or_else(|| panic!("no message {message} in {channel}"));
            let guild = s.channel_guild(channel);
            let registered = registered(&s, guild, name, 3);
            let cmd_id = registered.unwrap_or_else(|| sid(s.new_id()));
            let mut messages = serde_json::Map::new();
            messages.insert(message.to_string(), payloads::message(&s, &msg));
            let mut v = json!({
                "id": cmd_id, "name": name, "type": 3, "target_id": sid(message),
                "resolved": {"messages": messages},
            });
            if let Some(g) = guild {
                v["guild_id"] = sid(g);
            }
            v
        };
        self.interact(2, channel, user, data, None)
    }

    /// `user` types in an option of `/name [sub]` (type 4); mark it with [`Opt::focused`].
    pub fn autocomplete(
        &self,
        channel: u64,
        user: u64,
        name: &str,
        sub: Option<&str>,
        options: Vec<Opt>,
    ) -> Interaction {
        let data = Self::command_data(
            &mut self.inner.state.lock().unwrap(),
            channel,
            user,
            name,
            sub,
            &options,
        );
        self.interact(4, channel, user, data, None)
    }

    /// `user` submits the modal `custom_id` with text inputs `(custom_id, value)` (type 5).
    pub fn submit_modal(
        &self,
        channel: u64,
        user: u64,
        custom_id: &str,
        fields: &[(&str, &str)],
    ) -> Interaction {
        let rows: Vec<Value> = fields
            .iter()
            .map(|(id, v)| json!({"type": 1, "components": [{"type": 4, "custom_id": id, "value": v}]}))
            .collect();
        let data = json!({"custom_id": custom_id, "components": rows});
        self.interact(5, channel, user, data, None)
    }

    /// `user` reacts with `emoji` (unicode, or `name:id`). Fails as Discord does on an
    /// archived thread or an unknown message.
    pub fn add_reaction(
        &self,
        channel: u64,
        message: u64,
        user: u64,
        emoji: &str,
    ) -> Result<(), String> {
        crate::rest::react_public(&self.inner, channel, message, user, emoji, true)
    }

    /// `user` removes their `emoji` reaction.
    pub fn remove_reaction(
        &self,
        channel: u64,
        message: u64,
        user: u64,
        emoji: &str,
    ) -> Result<(), String> {
        crate::rest::react_public(&self.inner, channel, message, user, emoji, false)
    }
}

/// The id of the command `name` of type `kind` registered in `guild` or globally.
fn registered(s: &State, guild: Option<u64>, name: &str, kind: u64) -> Option<Value> {
    let in_guild = guild
        .and_then(|g| s.guilds.get(&g))
        .map(|g| g.commands.as_slice())
        .unwrap_or_default();
    in_guild
        .iter()
        .chain(s.global_commands.iter())
        .find(|c| c["name"] == name && c["type"].as_u64().unwrap_or(1) == kind)
        .map(|c| c["id"].clone())
}
