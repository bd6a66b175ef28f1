//! The test API for message components: press a button, pick in a string, user, role or
//! channel select (with `data.resolved` filled as Discord does). Each works on a channel
//! message or on an interaction response or follow-up, ephemeral ones included (their ids
//! are in [`crate::InteractionResponse::message_id`] and `followups`).

use crate::payloads;
use crate::state::State;
use crate::test_api::Interaction;
use crate::Emulator;
use serde_json::{json, Map, Value};

impl Emulator {
    /// `user` presses the button `custom_id` on `message` (type 3, with the full message).
    pub fn click_button(
        &self,
        channel: u64,
        message: u64,
        user: u64,
        custom_id: &str,
    ) -> Interaction {
        let data = json!({"custom_id": custom_id, "component_type": 2});
        self.interact(3, channel, user, data, Some(message))
    }

    /// `user` picks `values` in the string select `custom_id` on `message`.
    pub fn select(
        &self,
        channel: u64,
        message: u64,
        user: u64,
        custom_id: &str,
        values: &[&str],
    ) -> Interaction {
        let data = json!({"custom_id": custom_id, "component_type": 3, "values": values});
        self.interact(3, channel, user, data, Some(message))
    }

    /// `user` picks channels in the channel select (component type 8) `custom_id`:
    /// `data.values` are the ids, `data.resolved.channels` the channels (with the user's
    /// `permissions` in each). Panics on an unknown channel.
    pub fn select_channels(
        &self,
        channel: u64,
        message: u64,
        user: u64,
        custom_id: &str,
        channel_ids: &[u64],
    ) -> Interaction {
        let resolved = {
            let s = self.inner.state.lock().unwrap();
            json!({"channels": resolved_channels(&s, user, channel_ids)})
        };
        let data = json!({
            "custom_id": custom_id, "component_type": 8,
            "values": channel_ids.iter().map(|c| c.to_string()).collect::<Vec<_>>(),
            "resolved": resolved,
        });
        self.interact(3, channel, user, data, Some(message))
    }

    /// `user` picks roles in the role select (component type 6) `custom_id`: `data.values`
    /// are the ids, `data.resolved.roles` the roles. Panics on a role of no guild.
    pub fn select_roles(
        &self,
        channel: u64,
        message: u64,
        user: u64,
        custom_id: &str,
        role_ids: &[u64],
    ) -> Interaction {
        let resolved = {
            let s = self.inner.state.lock().unwrap();
            json!({"roles": resolved_roles(&s, role_ids)})
        };
        let data = json!({
            "custom_id": custom_id, "component_type": 6,
            "values": role_ids.iter().map(|r| r.to_string()).collect::<Vec<_>>(),
            "resolved": resolved,
        });
        self.interact(3, channel, user, data, Some(message))
    }

    /// `user` picks users in the user select (component type 5) `custom_id`: `data.values`
    /// are the ids, `data.resolved.users` the users and `resolved.members` those who are
    /// members of the channel's guild.
    pub fn select_users(
        &self,
        channel: u64,
        message: u64,
        user: u64,
        custom_id: &str,
        user_ids: &[u64],
    ) -> Interaction {
        let resolved = {
            let s = self.inner.state.lock().unwrap();
            let (users, members) = resolved_users(&s, channel, user_ids);
            json!({"users": users, "members": members})
        };
        let data = json!({
            "custom_id": custom_id, "component_type": 5,
            "values": user_ids.iter().map(|u| u.to_string()).collect::<Vec<_>>(),
            "resolved": resolved,
        });
        self.interact(3, channel, user, data, Some(message))
    }
}

/// `resolved.channels`: each channel with `user`'s permissions in it.
pub(crate) fn resolved_channels(s: &State, user: u64, ids: &[u64]) -> Map<String, Value> {
    ids.iter()
        .map(|c| {
            let ch = s
                .channels
                .get(c)
                .unwrap_or_else(|| panic!("no channel {c}"));
            let mut v = payloads::channel(s, ch);
            v["permissions"] = json!(s.channel_permissions(*c, user).to_string());
            (c.to_string(), v)
        })
        .collect()
}

/// `resolved.roles`.
pub(crate) fn resolved_roles(s: &State, ids: &[u64]) -> Map<String, Value> {
    ids.iter()
        .map(|r| {
            let (guild, role) = s.find_role(*r).unwrap_or_else(|| panic!("no role {r}"));
            (r.to_string(), payloads::role(guild, role))
        })
        .collect()
}

/// `resolved.users` and `resolved.members` (members with `permissions` in the channel).
pub(crate) fn resolved_users(
    s: &State,
    channel: u64,
    ids: &[u64],
) -> (Map<String, Value>, Map<String, Value>) {
    let guild = s.channel_guild(channel);
    let mut users = Map::new();
    let mut members = Map::new();
    for u in ids {
        users.insert(u.to_string(), payloads::user(s, *u));
        if let Some(g) = guild.filter(|g| s.member(*g, *u).is_some()) {
            let mut m = payloads::partial_member(s, g, *u);
            m["permissions"] = json!(s.channel_permissions(channel, *u).to_string());
            members.insert(u.to_string(), m);
        }
    }
    (users, members)
}
