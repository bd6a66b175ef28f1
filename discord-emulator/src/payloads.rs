//! Discord-shaped JSON for every object the emulator sends. Each shape is checked against
//! serenity's model types in `tests/payloads.rs` (serenity silently drops events it cannot read).

use crate::state::{Channel, InteractionRecord, Message, Role, State, DEFAULT_LOCALE};
use serde_json::{json, Value};

/// Snowflakes are strings on the wire.
pub fn sid(id: u64) -> Value {
    Value::String(id.to_string())
}

pub fn user(s: &State, id: u64) -> Value {
    let (name, bot) = s
        .users
        .get(&id)
        .map(|u| (u.name.clone(), u.bot))
        .unwrap_or_else(|| (format!("user-{id}"), false));
    json!({
        "id": sid(id), "username": name, "discriminator": "0", "global_name": name,
        "avatar": null, "bot": bot, "system": false, "public_flags": 0, "flags": 0,
    })
}

/// A member of `guild` as in GUILD_CREATE and `GET /guilds/{g}/members/{u}`.
pub fn member(s: &State, guild: u64, id: u64) -> Value {
    let mut m = partial_member(s, guild, id);
    m["user"] = user(s, id);
    m
}

/// A member of `guild` without `user` (MESSAGE_CREATE's `member`).
pub fn partial_member(s: &State, guild: u64, id: u64) -> Value {
    let (roles, joined) = s
        .member(guild, id)
        .map(|m| (m.roles.clone(), m.joined_at.clone()))
        .unwrap_or_else(|| (vec![], crate::state::now_iso()));
    json!({
        "roles": roles.into_iter().map(sid).collect::<Vec<_>>(),
        "joined_at": joined, "nick": null, "avatar": null, "premium_since": null,
        "deaf": false, "mute": false, "flags": 0, "pending": false,
        "communication_disabled_until": null,
    })
}

/// A member with `permissions`: theirs in the channel, overwrites applied (interactions).
pub fn interaction_member(s: &State, channel: u64, id: u64) -> Value {
    let guild = s.channel_guild(channel).unwrap_or(s.guild_id);
    let mut m = member(s, guild, id);
    m["permissions"] = Value::String(s.channel_permissions(channel, id).to_string());
    m
}

/// A role of `guild`.
pub fn role(guild: u64, r: &Role) -> Value {
    json!({
        "id": sid(r.id), "guild_id": sid(guild), "name": r.name, "color": r.color,
        "hoist": r.hoist,
        "colors": {"primary_color": r.color, "secondary_color": null, "tertiary_color": null},
        "icon": null, "unicode_emoji": null, "position": r.position,
        "permissions": r.permissions.to_string(), "managed": false,
        "mentionable": r.mentionable, "flags": 0, "tags": {},
    })
}

/// A channel's permission overwrites (`type` 0 role, 1 member; `allow`/`deny` strings).
pub fn overwrites(c: &Channel) -> Value {
    c.overwrites
        .iter()
        .map(|o| {
            json!({"id": sid(o.id), "type": o.kind, "allow": o.allow.to_string(),
                "deny": o.deny.to_string()})
        })
        .collect()
}

pub fn channel(s: &State, c: &Channel) -> Value {
    let mut v = json!({
        "id": sid(c.id), "type": c.kind, "name": c.name, "flags": 0,
        "last_message_id": c.last_message_id.map(sid), "rate_limit_per_user": 0,
        "nsfw": false,
    });
    if let Some(g) = c.guild_id {
        v["guild_id"] = sid(g);
    }
    if c.kind == 1 {
        v["recipients"] = c.members.iter().map(|u| user(s, *u)).collect();
        v.as_object_mut().unwrap().remove("name");
        return v;
    }
    if c.is_thread() {
        v["parent_id"] = c.parent_id.map(sid).unwrap_or(Value::Null);
        v["owner_id"] = c.owner_id.map(sid).unwrap_or(Value::Null);
        v["member_count"] = json!(c.members.len().min(50));
        v["message_count"] = json!(c.message_count);
        v["total_message_sent"] = json!(c.message_count);
        v["thread_metadata"] = json!({
            "archived": c.archived, "auto_archive_duration": c.auto_archive_duration,
            "archive_timestamp": c.created_at, "locked": c.locked, "invitable": c.invitable,
            "create_timestamp": c.created_at,
        });
    } else {
        v["position"] = json!(c.position);
        v["permission_overwrites"] = overwrites(c);
        v["topic"] = json!(c.topic);
        v["parent_id"] = c.parent_id.map(sid).unwrap_or(Value::Null);
    }
    v
}

/// A thread member (`ThreadMember`).
pub fn thread_member(s: &State, thread: u64, user_id: u64) -> Value {
    json!({
        "id": sid(thread), "user_id": sid(user_id), "join_timestamp": crate::state::now_iso(),
        "flags": 0, "member": member(s, s.channel_guild(thread).unwrap_or(s.guild_id), user_id),
    })
}

/// The full guild for GUILD_CREATE. Panics on an unknown guild.
pub fn guild(s: &State, id: u64) -> Value {
    let g = &s.guilds[&id];
    let (threads, channels): (Vec<&Channel>, Vec<&Channel>) = s
        .channels
        .values()
        .filter(|c| c.guild_id == Some(id))
        .partition(|c| c.is_thread());
    let joined = g
        .members
        .get(&s.bot_id)
        .map(|m| m.joined_at.clone())
        .unwrap_or_else(crate::state::now_iso);
    json!({
        "id": sid(id), "name": g.name, "icon": null, "icon_hash": null,
        "splash": null, "discovery_splash": null, "owner_id": sid(g.owner_id),
        "afk_channel_id": null, "afk_timeout": 300, "widget_enabled": false,
        "verification_level": 0, "default_message_notifications": 1,
        "explicit_content_filter": 0, "roles": g.roles.iter().map(|r| role(id, r)).collect::<Vec<_>>(),
        "emojis": [], "features": [], "mfa_level": 0, "application_id": null,
        "system_channel_id": g.system_channel_id.map(sid), "system_channel_flags": 0, "rules_channel_id": null,
        "max_presences": null, "max_members": 500000, "vanity_url_code": null,
        "description": null, "banner": null, "premium_tier": 0,
        "premium_subscription_count": 0, "preferred_locale": g.preferred_locale,
        "public_updates_channel_id": null, "max_video_channel_users": 25,
        "max_stage_video_channel_users": 50, "nsfw_level": 0, "stickers": [],
        "premium_progress_bar_enabled": false, "safety_alerts_channel_id": null,
        "joined_at": joined, "large": false, "unavailable": false,
        "member_count": g.members.len(), "voice_states": [],
        "members": g.members.keys().map(|u| member(s, id, *u)).collect::<Vec<_>>(),
        "channels": channels.into_iter().map(|c| channel(s, c)).collect::<Vec<_>>(),
        "threads": threads.into_iter().map(|c| channel(s, c)).collect::<Vec<_>>(),
        "presences": [], "stage_instances": [], "guild_scheduled_events": [],
        "soundboard_sounds": [],
    })
}

pub fn ready(s: &State, session_id: &str, resume_url: &str) -> Value {
    json!({
        "v": 10, "user": {
            "id": sid(s.bot_id), "username": s.users[&s.bot_id].name, "discriminator": "0",
            "global_name": null, "avatar": null, "bot": true, "verified": true,
            "mfa_enabled": false, "flags": 0, "email": null,
        },
        "guilds": s.bot_guilds().into_iter().map(|g| json!({"id": sid(g), "unavailable": true})).collect::<Vec<_>>(),
        "session_id": session_id, "resume_gateway_url": resume_url, "shard": [0, 1],
        "application": {"id": sid(s.bot_id), "flags": 0}, "private_channels": [],
        "relationships": [], "presences": [], "user_settings": {}, "guild_join_requests": [],
        "geo_ordered_rtc_regions": [], "session_type": "normal",
    })
}

/// `GET /oauth2/applications/@me`.
pub fn application(s: &State) -> Value {
    json!({
        "id": sid(s.bot_id), "name": s.users[&s.bot_id].name, "icon": null, "description": "",
        "bot_public": true, "bot_require_code_grant": false, "verify_key": "0",
        "flags": 0, "team": null, "owner": user(s, s.primary().owner_id), "bot": user(s, s.bot_id),
        "rpc_origins": [], "summary": "",
    })
}

/// A message object; a reply carries the message it replies to as `referenced_message`
/// (one level deep, `null` when that message is gone), as Discord sends it.
pub fn message(s: &State, m: &Message) -> Value {
    let mut v = message_only(s, m);
    let replied_to = m
        .message_reference
        .as_ref()
        .and_then(|r| r.get("message_id"))
        .and_then(|id| {
            id.as_str()
                .and_then(|x| x.parse::<u64>().ok())
                .or(id.as_u64())
        });
    if let Some(id) = replied_to {
        v["referenced_message"] = s
            .find_message(m.channel_id, id)
            .map(|r| message_only(s, &r))
            .unwrap_or(Value::Null);
    }
    v
}

fn message_only(s: &State, m: &Message) -> Value {
    let guild = s.channels.get(&m.channel_id).and_then(|c| c.guild_id);
    let reply = m
        .message_reference
        .as_ref()
        .and_then(|r| r.get("message_id"))
        .is_some();
    let mut v = json!({
        "id": sid(m.id), "channel_id": sid(m.channel_id), "author": user(s, m.author_id),
        "content": m.content, "timestamp": m.timestamp, "edited_timestamp": m.edited_timestamp,
        "tts": false, "mention_everyone": m.pings().everyone,
        "mentions": crate::mentions::mention_ids(&m.content, false).into_iter().filter(|u| s.users.contains_key(u)).map(|u| user(s, u)).collect::<Vec<_>>(),
        "mention_roles": crate::mentions::mention_ids(&m.content, true).into_iter().map(sid).collect::<Vec<_>>(),
        "mention_channels": [], "pinned": false, "type": if reply { 19 } else { 0 },
        "flags": m.flags, "embeds": m.embeds, "components": m.components,
        "attachments": m.attachments.iter().map(|a| json!({
            "id": sid(a.id), "filename": a.filename, "size": a.bytes.len(),
            "url": format!("https://cdn.discordapp.com/attachments/{}/{}/{}", m.channel_id, a.id, a.filename),
            "proxy_url": format!("https://media.discordapp.net/attachments/{}/{}/{}", m.channel_id, a.id, a.filename),
            "content_type": "application/octet-stream",
        })).collect::<Vec<_>>(),
        "reactions": m.reactions.iter().filter(|(_, u)| !u.is_empty()).map(|(e, users)| json!({
            "count": users.len(), "count_details": {"burst": 0, "normal": users.len()},
            "me": users.contains(&s.bot_id), "me_burst": false, "burst_colors": [],
            "emoji": emoji(e),
        })).collect::<Vec<_>>(),
    });
    if let Some(g) = guild {
        v["guild_id"] = sid(g);
    }
    if let Some(r) = &m.message_reference {
        let mut r = r.clone();
        if r.get("channel_id").is_none() {
            r["channel_id"] = sid(m.channel_id);
        }
        if let (Some(g), None) = (guild, r.get("guild_id")) {
            r["guild_id"] = sid(g);
        }
        v["message_reference"] = r;
    }
    if let Some(w) = m.webhook_id {
        v["webhook_id"] = sid(w);
    }
    if let Some(i) = m.interaction_id {
        v["application_id"] = sid(s.bot_id);
        v["webhook_id"] = sid(s.bot_id);
        let _ = i;
    }
    v
}

/// A MESSAGE_CREATE / MESSAGE_UPDATE body: the message plus `member` for guild members.
pub fn message_event(s: &State, m: &Message) -> Value {
    let mut v = message(s, m);
    let guild = s.channel_guild(m.channel_id);
    if let Some(g) = guild.filter(|g| m.webhook_id.is_none() && s.member(*g, m.author_id).is_some())
    {
        v["member"] = partial_member(s, g, m.author_id);
    }
    v
}

/// An emoji object from a stored key (`👍` or `name:id`).
pub fn emoji(key: &str) -> Value {
    match key.rsplit_once(':') {
        Some((name, id)) if id.chars().all(|c| c.is_ascii_digit()) && !id.is_empty() => {
            json!({"id": id, "name": name, "animated": false})
        }
        _ => json!({"id": null, "name": key}),
    }
}

/// MESSAGE_REACTION_ADD / REMOVE.
pub fn reaction(
    s: &State,
    channel: u64,
    message: u64,
    user_id: u64,
    key: &str,
    add: bool,
) -> Value {
    let mut v = json!({
        "user_id": sid(user_id), "channel_id": sid(channel), "message_id": sid(message),
        "emoji": emoji(key), "burst": false, "type": 0,
    });
    if let Some(g) = s.channels.get(&channel).and_then(|c| c.guild_id) {
        v["guild_id"] = sid(g);
        if add {
            v["member"] = member(s, g, user_id);
        }
    }
    if let (true, Some(m)) = (add, s.message(channel, message)) {
        v["message_author_id"] = sid(m.author_id);
    }
    v
}

/// INTERACTION_CREATE. `data` is the type-specific part; `message` is set for components.
/// `locale` is the interacting user's, `guild_locale` (in a guild) the guild's preferred one.
pub fn interaction(
    s: &State,
    rec: &InteractionRecord,
    data: Value,
    message: Option<Value>,
) -> Value {
    let ch = s.channels.get(&rec.channel_id);
    let owner_guild = rec.guild_id.unwrap_or(s.guild_id);
    let mut v = json!({
        "id": sid(rec.id), "application_id": sid(s.bot_id), "type": rec.kind, "data": data,
        "channel_id": sid(rec.channel_id), "token": rec.token, "version": 1,
        "app_permissions": s.channel_permissions(rec.channel_id, s.bot_id).to_string(),
        "locale": s.users.get(&rec.user_id).map_or(DEFAULT_LOCALE, |u| u.locale.as_str()),
        "entitlements": [], "authorizing_integration_owners": {"0": sid(owner_guild)},
        "attachment_size_limit": 10_485_760,
        "context": 0,
    });
    if let Some(c) = ch {
        v["channel"] = channel(s, c);
        if let Some(g) = c.guild_id {
            v["guild_id"] = sid(g);
            let locale = s
                .guild(g)
                .map_or(DEFAULT_LOCALE, |g| g.preferred_locale.as_str());
            v["guild_locale"] = json!(locale);
            v["member"] = interaction_member(s, rec.channel_id, rec.user_id);
        } else {
            v["user"] = user(s, rec.user_id);
        }
    }
    if let Some(m) = message {
        v["message"] = m;
    }
    v
}

/// A Discord-style error body.
pub fn error(code: u32, message: &str) -> Value {
    json!({"code": code, "message": message})
}
