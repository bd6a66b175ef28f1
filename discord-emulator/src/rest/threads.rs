//! Threads: create (private type 12 or public), edit (name, archived, locked), thread members.

use super::{bad_body, err, id, no_content, ok, unknown_channel, Reply, Req};
use crate::payloads::{self, sid};
use crate::permissions::MANAGE_ROLES;
use crate::Inner;
use axum::http::Method;
use serde_json::{json, Value};

pub(crate) fn route(inner: &Inner, req: &Req, segs: &[&str]) -> Reply {
    let Some(c) = segs.get(1).and_then(|s| id(s)) else {
        return unknown_channel();
    };
    match (&segs[2..], &req.method) {
        (["threads"], &Method::POST) => create_thread(inner, c, None, &req.body),
        (["messages", m, "threads"], &Method::POST) => match id(m) {
            Some(m) => create_thread(inner, c, Some(m), &req.body),
            None => super::unknown_message(),
        },
        (["thread-members"], &Method::GET) => {
            let s = inner.state.lock().unwrap();
            match s.channels.get(&c).filter(|ch| ch.is_thread()) {
                Some(ch) => ok(ch
                    .members
                    .iter()
                    .map(|u| payloads::thread_member(&s, c, *u))
                    .collect()),
                None => unknown_channel(),
            }
        }
        (["thread-members", who], m) => {
            let user = if *who == "@me" {
                inner.state.lock().unwrap().bot_id
            } else {
                match id(who) {
                    Some(u) => u,
                    None => return err(404, 10013, "Unknown User"),
                }
            };
            match *m {
                Method::PUT => thread_member(inner, c, user, true),
                Method::DELETE => thread_member(inner, c, user, false),
                Method::GET => {
                    let s = inner.state.lock().unwrap();
                    match s.channels.get(&c) {
                        Some(ch) if ch.members.contains(&user) => {
                            ok(payloads::thread_member(&s, c, user))
                        }
                        Some(_) => err(404, 10007, "Unknown Member"),
                        None => unknown_channel(),
                    }
                }
                _ => err(405, 0, "405: Method Not Allowed"),
            }
        }
        _ => err(404, 0, "404: Not Found"),
    }
}

fn create_thread(inner: &Inner, parent: u64, from_message: Option<u64>, body: &Value) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let Some(p) = s.channels.get(&parent).cloned() else {
        return unknown_channel();
    };
    if p.is_thread() || p.kind == 1 {
        return err(400, 50024, "Cannot execute action on this channel type");
    }
    let Some(name) = body["name"]
        .as_str()
        .filter(|n| !n.is_empty() && n.chars().count() <= 100)
    else {
        return bad_body("name: This field is required (1-100 characters)");
    };
    let kind = match from_message {
        Some(m) => {
            if s.message(parent, m).is_none() {
                return super::unknown_message();
            }
            11
        }
        None => body["type"].as_u64().unwrap_or(12),
    };
    let kind = match u8::try_from(kind) {
        Ok(k @ 10..=12) => k,
        _ => return bad_body("type: must be a thread type"),
    };
    let id = from_message.unwrap_or_else(|| s.new_id());
    let mut ch = s.blank_channel(id, kind, name, p.guild_id, Some(parent));
    ch.owner_id = Some(s.bot_id);
    ch.members.insert(s.bot_id);
    if let Some(d) = body["auto_archive_duration"].as_u64() {
        ch.auto_archive_duration = u32::try_from(d).unwrap_or(u32::MAX);
    }
    if let Some(i) = body["invitable"].as_bool() {
        ch.invitable = i;
    }
    s.channels.insert(id, ch.clone());
    let mut v = payloads::channel(&s, &ch);
    let mut event = v.clone();
    event["newly_created"] = json!(true);
    inner.dispatch("THREAD_CREATE", event);
    v["member"] = json!({"id": sid(id), "user_id": sid(s.bot_id), "join_timestamp": ch.created_at, "flags": 0});
    Ok((201, v))
}

/// PATCH /channels/{c}: thread name/archived/locked/invitable, or a channel's name, topic
/// and `permission_overwrites` (replaced whole; needs MANAGE_ROLES).
pub(crate) fn edit_channel(inner: &Inner, c: u64, body: &Value) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let Some(guild) = s
        .channels
        .get(&c)
        .map(|ch| ch.guild_id.filter(|_| !ch.is_thread()))
    else {
        return unknown_channel();
    };
    if !body.is_object() {
        return bad_body("expected a JSON object");
    }
    let overwrites = match guild {
        Some(g) if !body["permission_overwrites"].is_null() => {
            if s.guild_permissions(g, s.bot_id) & MANAGE_ROLES == 0 {
                return super::missing_permissions();
            }
            super::guilds::parse_overwrites(&s, g, &body["permission_overwrites"])?
        }
        _ => None,
    };
    let topic = match body.get("topic") {
        None => None,
        Some(Value::Null) => Some(None),
        Some(Value::String(t)) if t.chars().count() <= 1024 => Some(Some(t.clone())),
        Some(_) => return bad_body("topic: Must be 1024 or fewer in length."),
    };
    let ch = s.channels.get_mut(&c).unwrap();
    if let Some(o) = overwrites {
        ch.overwrites = o;
    }
    if let Some(t) = topic.filter(|_| guild.is_some()) {
        ch.topic = t;
    }
    if let Some(n) = body["name"].as_str() {
        if n.is_empty() || n.chars().count() > 100 {
            return bad_body("name: Must be between 1 and 100 in length.");
        }
        ch.name = n.to_string();
    }
    let is_thread = ch.is_thread();
    if is_thread {
        if let Some(a) = body["archived"].as_bool() {
            ch.archived = a;
        }
        if let Some(l) = body["locked"].as_bool() {
            ch.locked = l;
        }
        if let Some(i) = body["invitable"].as_bool() {
            ch.invitable = i;
        }
        if let Some(d) = body["auto_archive_duration"].as_u64() {
            ch.auto_archive_duration = u32::try_from(d).unwrap_or(u32::MAX);
        }
    }
    let ch = ch.clone();
    let v = payloads::channel(&s, &ch);
    inner.dispatch(
        if is_thread {
            "THREAD_UPDATE"
        } else {
            "CHANNEL_UPDATE"
        },
        v.clone(),
    );
    ok(v)
}

/// Adds or removes a thread member, dispatching THREAD_MEMBERS_UPDATE.
pub(crate) fn thread_member(inner: &Inner, c: u64, user: u64, add: bool) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let Some(guild) = s.channel_guild(c) else {
        return unknown_channel();
    };
    if s.member(guild, user).is_none() {
        return err(404, 10007, "Unknown Member");
    }
    let Some(ch) = s.channels.get_mut(&c).filter(|ch| ch.is_thread()) else {
        return unknown_channel();
    };
    if ch.archived {
        return err(400, 50083, "Thread is archived");
    }
    let changed = if add {
        ch.members.insert(user)
    } else {
        ch.members.remove(&user)
    };
    if !changed {
        return no_content();
    }
    let count = ch.members.len().min(50);
    let mut d = json!({"id": sid(c), "guild_id": sid(guild), "member_count": count});
    if add {
        d["added_members"] = json!([payloads::thread_member(&s, c, user)]);
    } else {
        d["removed_member_ids"] = json!([sid(user)]);
    }
    inner.dispatch("THREAD_MEMBERS_UPDATE", d);
    no_content()
}
