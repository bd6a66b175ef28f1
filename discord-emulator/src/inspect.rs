//! Looking at what the bot did, and waiting for it (polling with a timeout).

use crate::state::{Channel, InteractionRecord, Message, State};
use crate::test_api::{Interaction, InteractionResponse};
use crate::Emulator;
use serde_json::Value;
use std::collections::BTreeMap;
use std::time::Duration;

impl Emulator {
    fn with_state_ro<T>(&self, f: impl FnOnce(&State) -> T) -> T {
        f(&self.inner.state.lock().unwrap())
    }

    /// The messages in a channel or thread, oldest first (ephemeral responses are not here).
    pub fn messages(&self, channel: u64) -> Vec<Message> {
        self.with_state_ro(|s| s.messages.get(&channel).cloned().unwrap_or_default())
    }

    /// One message.
    pub fn message(&self, channel: u64, id: u64) -> Option<Message> {
        self.with_state_ro(|s| s.message(channel, id).cloned())
    }

    /// Every thread, oldest first.
    pub fn threads(&self) -> Vec<Channel> {
        self.with_state_ro(|s| {
            s.channels
                .values()
                .filter(|c| c.is_thread())
                .cloned()
                .collect()
        })
    }

    /// A channel or thread by id (archived, locked, members...).
    pub fn thread(&self, id: u64) -> Option<Channel> {
        self.with_state_ro(|s| s.channels.get(&id).cloned())
    }

    /// Reactions on a message: emoji -> users.
    pub fn reactions(&self, channel: u64, message: u64) -> BTreeMap<String, Vec<u64>> {
        self.with_state_ro(|s| {
            s.message(channel, message)
                .map(|m| m.reactions.clone())
                .unwrap_or_default()
        })
    }

    /// Everything recorded about an interaction.
    pub fn interaction(&self, handle: &Interaction) -> InteractionRecord {
        self.with_state_ro(|s| s.interactions[&handle.id].clone())
    }

    /// Registered commands: (global, the primary guild's); see also
    /// [`Emulator::guild_commands`].
    pub fn commands(&self) -> (Vec<Value>, Vec<Value>) {
        self.with_state_ro(|s| (s.global_commands.clone(), s.primary().commands.clone()))
    }

    /// The visible answer, once there is one: immediately for types 1/4/7/8/9, and for
    /// deferred ones (5/6) once the original response was edited or a follow-up sent.
    pub fn interaction_response(&self, handle: &Interaction) -> Option<InteractionResponse> {
        self.with_state_ro(|s| response(s, handle.id))
    }

    /// Waits until `pred` holds (polled), up to `timeout`. Returns whether it held.
    pub async fn wait_until(
        &self,
        timeout: Duration,
        mut pred: impl FnMut(&Emulator) -> bool,
    ) -> bool {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            if pred(self) {
                return true;
            }
            if tokio::time::Instant::now() >= deadline {
                return false;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    async fn wait_for<T>(
        &self,
        timeout: Duration,
        mut f: impl FnMut(&Emulator) -> Option<T>,
    ) -> Option<T> {
        let mut out = None;
        self.wait_until(timeout, |e| {
            out = f(e);
            out.is_some()
        })
        .await;
        out
    }

    /// Waits until a client has identified and has a live session (READY and GUILD_CREATE sent).
    pub async fn wait_ready(&self, timeout: Duration) -> bool {
        self.wait_until(timeout, |e| {
            let hub = e.inner.hub.lock().unwrap();
            hub.sessions.iter().any(|s| s.conn.is_some())
        })
        .await
    }

    /// Waits for a message in `channel` matching `pred`.
    pub async fn wait_for_message(
        &self,
        channel: u64,
        pred: impl Fn(&Message) -> bool,
        timeout: Duration,
    ) -> Option<Message> {
        self.wait_for(timeout, |e| {
            e.messages(channel).into_iter().find(|m| pred(m))
        })
        .await
    }

    /// Waits for the visible answer to an interaction (see [`Emulator::interaction_response`]).
    pub async fn wait_for_interaction_response(
        &self,
        handle: &Interaction,
        timeout: Duration,
    ) -> Option<InteractionResponse> {
        self.wait_for(timeout, |e| e.interaction_response(handle))
            .await
    }

    /// Waits for a thread matching `pred`.
    pub async fn wait_for_thread(
        &self,
        pred: impl Fn(&Channel) -> bool,
        timeout: Duration,
    ) -> Option<Channel> {
        self.wait_for(timeout, |e| e.threads().into_iter().find(|c| pred(c)))
            .await
    }
}

fn response(s: &State, iid: u64) -> Option<InteractionResponse> {
    let rec = s.interactions.get(&iid)?;
    let cb = rec.callbacks.first()?;
    let kind = cb["type"]
        .as_u64()
        .and_then(|t| u8::try_from(t).ok())
        .unwrap_or(0);
    let data = &cb["data"];
    let msg = match kind {
        4 => rec.original.clone(),
        5 => rec
            .original
            .clone()
            .filter(|m| m.edited_timestamp.is_some()),
        6 | 7 => rec
            .source_message
            .and_then(|m| s.find_message(rec.channel_id, m))
            .filter(|_| kind == 7 || rec.edited),
        _ => None,
    };
    if matches!(kind, 5 | 6) && msg.is_none() && rec.followups.is_empty() && !rec.original_deleted {
        return None;
    }
    let mut r = InteractionResponse {
        callback_type: kind,
        message_id: msg.as_ref().map(|m| m.id),
        content: String::new(),
        ephemeral: data["flags"].as_u64().unwrap_or(0) & 64 != 0,
        embeds: vec![],
        components: vec![],
        allowed_mentions: None,
        followups: rec.followups.clone(),
        modal: (kind == 9).then(|| data.clone()),
        choices: data["choices"].as_array().cloned().unwrap_or_default(),
    };
    if let Some(m) = msg {
        r.content = m.content.clone();
        r.ephemeral = m.ephemeral();
        r.embeds = m.embeds.clone();
        r.components = m.components.clone();
        r.allowed_mentions = m.allowed_mentions.clone();
    }
    Some(r)
}
