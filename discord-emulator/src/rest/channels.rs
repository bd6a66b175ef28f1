//! Channels and messages: get/edit/delete a channel, send/list/edit/delete messages, and
//! the bot's reactions. Each change is dispatched to the bot like Discord does.

use super::{bad_body, err, id, no_content, ok, unknown_channel, unknown_message, Reply, Req};
use crate::payloads::{self, sid};
use crate::state::{now_iso, Attachment, Message, State};
use crate::Inner;
use axum::http::Method;
use serde_json::{json, Value};

pub(crate) fn route(inner: &Inner, req: &Req, segs: &[&str]) -> Reply {
    let Some(c) = segs.get(1).and_then(|s| id(s)) else {
        return unknown_channel();
    };
    let m = &req.method;
    match (&segs[2..], m) {
        ([], &Method::GET) => get_channel(inner, c),
        ([], &Method::PATCH) => super::threads::edit_channel(inner, c, &req.body),
        ([], &Method::DELETE) => delete_channel(inner, c),
        (["messages"], &Method::POST) => create_message(inner, c, req),
        (["messages"], &Method::GET) => list_messages(inner, c, &req.query),
        (["messages", mid], _) => {
            let Some(mid) = id(mid) else {
                return unknown_message();
            };
            match *m {
                Method::GET => get_message(inner, c, mid),
                Method::PATCH => edit_message(inner, c, mid, req),
                Method::DELETE => delete_message(inner, c, mid),
                _ => err(405, 0, "405: Method Not Allowed"),
            }
        }
        (["messages", mid, "reactions", emoji, who], _) => {
            let (Some(mid), emoji) = (id(mid), emoji.to_string()) else {
                return unknown_message();
            };
            let s = inner.state.lock().unwrap();
            let user = if *who == "@me" {
                s.bot_id
            } else {
                match id(who) {
                    Some(u) => u,
                    None => return err(404, 10013, "Unknown User"),
                }
            };
            drop(s);
            match *m {
                Method::PUT if *who == "@me" => react(inner, c, mid, user, &emoji, true),
                Method::DELETE => react(inner, c, mid, user, &emoji, false),
                _ => err(405, 0, "405: Method Not Allowed"),
            }
        }
        (["messages", mid, "reactions", emoji], &Method::GET) => {
            let s = inner.state.lock().unwrap();
            let Some(msg) = id(mid).and_then(|mid| s.message(c, mid)) else {
                return unknown_message();
            };
            let users = msg.reactions.get(*emoji).cloned().unwrap_or_default();
            ok(users.into_iter().map(|u| payloads::user(&s, u)).collect())
        }
        _ => err(404, 0, "404: Not Found"),
    }
}

fn get_channel(inner: &Inner, c: u64) -> Reply {
    let s = inner.state.lock().unwrap();
    match s.channels.get(&c) {
        Some(ch) => ok(payloads::channel(&s, ch)),
        None => unknown_channel(),
    }
}

fn delete_channel(inner: &Inner, c: u64) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let Some(ch) = s.channels.get(&c).cloned() else {
        return unknown_channel();
    };
    let body = payloads::channel(&s, &ch);
    s.channels.remove(&c);
    s.messages.remove(&c);
    if let Some(g) = ch.guild_id.and_then(|g| s.guilds.get_mut(&g)) {
        if g.system_channel_id == Some(c) {
            g.system_channel_id = None;
        }
    }
    if ch.is_thread() {
        let d = json!({"id": sid(c), "guild_id": ch.guild_id.map(sid), "parent_id": ch.parent_id.map(sid), "type": ch.kind});
        inner.dispatch("THREAD_DELETE", d);
    } else {
        inner.dispatch("CHANNEL_DELETE", body.clone());
    }
    ok(body)
}

/// Builds a message from a create/edit body (content, embeds, components, reference,
/// allowed mentions, attachments from multipart files).
pub(crate) fn build_message(
    s: &mut State,
    channel: u64,
    author: u64,
    body: &Value,
    files: &[(String, String, Vec<u8>)],
) -> Result<Message, (u16, Value)> {
    if !body.is_object() {
        return Err(bad_body("expected a JSON object").unwrap_err());
    }
    let content = body["content"].as_str().unwrap_or_default().to_string();
    if content.chars().count() > 2000 {
        return Err(bad_body("content: Must be 2000 or fewer in length.").unwrap_err());
    }
    let embeds = body["embeds"].as_array().cloned().unwrap_or_default();
    if embeds.len() > 10 {
        return Err(bad_body("embeds: Must be 10 or fewer in length.").unwrap_err());
    }
    super::components::check_message(body)?;
    let components = body["components"].as_array().cloned().unwrap_or_default();
    if let Some(am) = body.get("allowed_mentions").filter(|v| !v.is_null()) {
        let parse: Vec<&str> = am["parse"]
            .as_array()
            .map(|p| p.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        for (kind, list) in [("users", "users"), ("roles", "roles")] {
            let listed = am[list].as_array().is_some_and(|l| !l.is_empty());
            if parse.contains(&kind) && listed {
                return Err(bad_body(&format!(
                    "allowed_mentions: parse:[\"{kind}\"] and {list}: [ids...] are mutually exclusive."
                ))
                .unwrap_err());
            }
        }
    }
    let attachments: Vec<Attachment> = files
        .iter()
        .map(|(_, name, bytes)| Attachment {
            id: s.new_id(),
            filename: name.clone(),
            bytes: bytes.clone(),
        })
        .collect();
    if content.is_empty() && embeds.is_empty() && components.is_empty() && attachments.is_empty() {
        return Err((400, payloads::error(50006, "Cannot send an empty message")));
    }
    Ok(Message {
        id: s.new_id(),
        channel_id: channel,
        author_id: author,
        content,
        embeds,
        components,
        message_reference: body
            .get("message_reference")
            .filter(|v| !v.is_null())
            .cloned(),
        allowed_mentions: body
            .get("allowed_mentions")
            .filter(|v| !v.is_null())
            .cloned(),
        attachments,
        flags: body["flags"].as_u64().unwrap_or(0),
        webhook_id: None,
        interaction_id: None,
        timestamp: now_iso(),
        edited_timestamp: None,
        reactions: Default::default(),
    })
}

/// Stores a message by the bot in a channel, unarchiving a thread as Discord does, and
/// dispatches MESSAGE_CREATE. Returns the message JSON.
pub(crate) fn post_as_bot(inner: &Inner, s: &mut State, msg: Message) -> Value {
    let c = msg.channel_id;
    if let Some(ch) = s.channels.get_mut(&c) {
        if ch.is_thread() && ch.archived {
            ch.archived = false;
            let ch = ch.clone();
            inner.dispatch("THREAD_UPDATE", payloads::channel(s, &ch));
        }
    }
    s.push_message(msg.clone());
    let v = payloads::message_event(s, &msg);
    inner.dispatch("MESSAGE_CREATE", v);
    payloads::message(s, &msg)
}

fn create_message(inner: &Inner, c: u64, req: &Req) -> Reply {
    let mut s = inner.state.lock().unwrap();
    if !s.channels.contains_key(&c) {
        return unknown_channel();
    }
    if let Some(r) = req
        .body
        .get("message_reference")
        .and_then(|r| r.get("message_id"))
    {
        let target = r.as_str().and_then(id).or_else(|| r.as_u64());
        let fail = req.body["message_reference"]["fail_if_not_exists"].as_bool() != Some(false);
        let exists = target.is_some_and(|t| s.message(c, t).is_some());
        if !exists && fail {
            return bad_body("message_reference: Unknown message");
        }
    }
    let bot = s.bot_id;
    let msg = build_message(&mut s, c, bot, &req.body, &req.files)?;
    ok(post_as_bot(inner, &mut s, msg))
}

fn list_messages(inner: &Inner, c: u64, query: &str) -> Reply {
    let s = inner.state.lock().unwrap();
    if !s.channels.contains_key(&c) {
        return unknown_channel();
    }
    let q = |k: &str| {
        query
            .split('&')
            .find_map(|p| p.strip_prefix(k)?.strip_prefix('='))
            .and_then(|v| v.parse::<u64>().ok())
    };
    let limit = match q("limit").unwrap_or(50) {
        l @ 1..=100 => usize::try_from(l).unwrap_or(100),
        _ => return bad_body("limit: must be between 1 and 100"),
    };
    let mut list: Vec<&Message> = s
        .messages
        .get(&c)
        .map(|v| v.iter().collect())
        .unwrap_or_default();
    if let Some(b) = q("before") {
        list.retain(|m| m.id < b);
    }
    let after = q("after");
    if let Some(a) = after {
        list.retain(|m| m.id > a);
    }
    // The `limit` messages next to the anchor: right after `after`, else the newest; the
    // page newest first either way, like Discord.
    if after.is_some() && q("before").is_none() {
        list.truncate(limit);
        list.reverse();
    } else {
        list.reverse();
        list.truncate(limit);
    }
    ok(list.into_iter().map(|m| payloads::message(&s, m)).collect())
}

fn get_message(inner: &Inner, c: u64, m: u64) -> Reply {
    let s = inner.state.lock().unwrap();
    if !s.channels.contains_key(&c) {
        return unknown_channel();
    }
    match s.message(c, m) {
        Some(msg) => ok(payloads::message(&s, msg)),
        None => unknown_message(),
    }
}

/// Applies an edit body to a stored message.
pub(crate) fn apply_edit(
    msg: &mut Message,
    body: &Value,
    files: &[(String, String, Vec<u8>)],
    s_new_ids: &mut impl FnMut() -> u64,
) {
    if let Some(c) = body.get("content") {
        msg.content = c.as_str().unwrap_or_default().to_string();
    }
    if let Some(e) = body.get("embeds") {
        msg.embeds = e.as_array().cloned().unwrap_or_default();
    }
    if let Some(c) = body.get("components") {
        msg.components = c.as_array().cloned().unwrap_or_default();
    }
    if let Some(a) = body.get("allowed_mentions").filter(|v| !v.is_null()) {
        msg.allowed_mentions = Some(a.clone());
    }
    if let Some(f) = body.get("flags").and_then(Value::as_u64) {
        msg.flags = (msg.flags & 64) | (f & !64);
    }
    if let Some(keep) = body.get("attachments").and_then(Value::as_array) {
        let keep: Vec<u64> = keep
            .iter()
            .filter_map(|a| a["id"].as_str().and_then(id).or_else(|| a["id"].as_u64()))
            .collect();
        msg.attachments.retain(|a| keep.contains(&a.id));
    }
    for (_, name, bytes) in files {
        msg.attachments.push(Attachment {
            id: s_new_ids(),
            filename: name.clone(),
            bytes: bytes.clone(),
        });
    }
    msg.edited_timestamp = Some(now_iso());
}

fn edit_message(inner: &Inner, c: u64, m: u64, req: &Req) -> Reply {
    let mut s = inner.state.lock().unwrap();
    if !s.channels.contains_key(&c) {
        return unknown_channel();
    }
    let Some(mut msg) = s.message(c, m).cloned() else {
        return unknown_message();
    };
    super::components::check_message(&req.body)?;
    if msg.author_id != s.bot_id
        && req
            .body
            .as_object()
            .is_some_and(|o| o.keys().any(|k| k != "flags"))
    {
        return err(403, 50005, "Cannot edit a message authored by another user");
    }
    let mut ids = Vec::new();
    for _ in 0..req.files.len() {
        ids.push(s.new_id());
    }
    let mut it = ids.into_iter();
    apply_edit(&mut msg, &req.body, &req.files, &mut || {
        it.next().unwrap_or(0)
    });
    *s.message_mut(c, m).unwrap() = msg.clone();
    let v = payloads::message_event(&s, &msg);
    inner.dispatch("MESSAGE_UPDATE", v);
    ok(payloads::message(&s, &msg))
}

fn delete_message(inner: &Inner, c: u64, m: u64) -> Reply {
    let mut s = inner.state.lock().unwrap();
    if !s.channels.contains_key(&c) {
        return unknown_channel();
    }
    let Some(list) = s.messages.get_mut(&c) else {
        return unknown_message();
    };
    let before = list.len();
    list.retain(|x| x.id != m);
    if list.len() == before {
        return unknown_message();
    }
    let guild = s.channels.get(&c).and_then(|ch| ch.guild_id);
    inner.dispatch(
        "MESSAGE_DELETE",
        json!({"id": sid(m), "channel_id": sid(c), "guild_id": guild.map(sid)}),
    );
    no_content()
}

/// Adds or removes a reaction (state + dispatch). Used by REST and the test API.
pub(crate) fn react(inner: &Inner, c: u64, m: u64, user: u64, emoji: &str, add: bool) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let Some(ch) = s.channels.get(&c) else {
        return unknown_channel();
    };
    if add && ch.is_thread() && ch.archived {
        return err(400, 50083, "Thread is archived");
    }
    let manager = s.channel_permissions(c, user) & crate::permissions::MANAGE_THREADS != 0;
    if ch.kind == 12 && !manager && !ch.members.contains(&user) {
        return err(403, 50001, "Missing Access");
    }
    let Some(msg) = s.message_mut(c, m) else {
        return unknown_message();
    };
    let users = msg.reactions.entry(emoji.to_string()).or_default();
    let present = users.contains(&user);
    if add && !present {
        users.push(user);
    } else if !add && present {
        users.retain(|u| *u != user);
    } else {
        return no_content();
    }
    let d = payloads::reaction(&s, c, m, user, emoji, add);
    let t = if add {
        "MESSAGE_REACTION_ADD"
    } else {
        "MESSAGE_REACTION_REMOVE"
    };
    inner.dispatch(t, d);
    no_content()
}
