//! Interaction callbacks (types 1, 4-9) and the interaction webhook: the original response
//! (get/edit/delete) and follow-ups.

use super::channels::{apply_edit, build_message};
use super::components::{check_message, check_modal, nest};
use super::{err, id, no_content, ok, Reply, Req};
use crate::payloads;
use crate::state::{Message, State};
use crate::Inner;
use axum::http::Method;
use serde_json::json;

pub(crate) fn route(inner: &Inner, req: &Req, segs: &[&str]) -> Reply {
    match (segs, &req.method) {
        (["interactions", i, token, "callback"], &Method::POST) => callback(inner, i, token, req),
        (["webhooks", app, token, rest @ ..], m) => {
            let mut s = inner.state.lock().unwrap();
            if id(app) != Some(s.bot_id) {
                return err(404, 10015, "Unknown Webhook");
            }
            let Some(iid) = s
                .interactions
                .values()
                .find(|r| r.token == *token)
                .map(|r| r.id)
            else {
                return err(404, 10015, "Unknown Webhook");
            };
            match (rest, m) {
                ([], &Method::POST) => followup(inner, &mut s, iid, req),
                (["messages", "@original"], &Method::GET) => match original(&s, iid) {
                    Some(msg) => ok(payloads::message(&s, &msg)),
                    None => super::unknown_message(),
                },
                (["messages", "@original"], &Method::PATCH) => {
                    edit_original(inner, &mut s, iid, req)
                }
                (["messages", "@original"], &Method::DELETE) => delete_original(inner, &mut s, iid),
                (["messages", mid], _) => {
                    let Some(mid) = id(mid) else {
                        return super::unknown_message();
                    };
                    edit_followup(inner, &mut s, iid, mid, req)
                }
                _ => err(404, 0, "404: Not Found"),
            }
        }
        _ => err(404, 0, "404: Not Found"),
    }
}

/// The message `@original` refers to: the response, or for a deferred update (6/7) the
/// component's message (a channel message or an ephemeral response).
fn original(s: &State, iid: u64) -> Option<Message> {
    let rec = &s.interactions[&iid];
    if let Some(m) = &rec.original {
        return Some(m.clone());
    }
    let src = rec.source_message?;
    s.find_message(rec.channel_id, src)
}

fn callback(inner: &Inner, i: &str, token: &str, req: &Req) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let Some(iid) = id(i).filter(|i| s.interactions.get(i).is_some_and(|r| r.token == token))
    else {
        return err(404, 10062, "Unknown interaction");
    };
    if !s.interactions[&iid].callbacks.is_empty() {
        return err(400, 40060, "Interaction has already been acknowledged.");
    }
    let body = &req.body;
    let kind = body["type"].as_u64().unwrap_or(0);
    let data = &body["data"];
    let rec = s.interactions[&iid].clone();
    let allowed: &[u64] = match rec.kind {
        1 => &[1],
        2 => &[4, 5, 9],
        3 => &[4, 5, 6, 7, 9],
        4 => &[8],
        5 => &[4, 5, 6, 7],
        _ => &[],
    };
    if !allowed.contains(&kind) {
        return super::bad_body("type: this callback type is not valid for this interaction");
    }
    match kind {
        4 | 7 => check_message(data).map_err(|e| nest(e, "data"))?,
        9 => check_modal(data).map_err(|e| nest(e, "data"))?,
        _ => {}
    }
    s.interactions.get_mut(&iid).unwrap().acknowledged_after = Some(rec.sent_at.elapsed());
    match kind {
        4 | 5 => {
            let bot = s.bot_id;
            let mut msg = if kind == 4 {
                build_message(&mut s, rec.channel_id, bot, data, &req.files)?
            } else {
                let id = s.new_id();
                blank(
                    id,
                    rec.channel_id,
                    bot,
                    data["flags"].as_u64().unwrap_or(0) | 128,
                )
            };
            msg.interaction_id = Some(iid);
            msg.webhook_id = Some(bot);
            if !msg.ephemeral() {
                s.push_message(msg.clone());
                inner.dispatch("MESSAGE_CREATE", payloads::message_event(&s, &msg));
            }
            s.interactions.get_mut(&iid).unwrap().original = Some(msg);
        }
        7 => {
            if let Some(src) = rec.source_message {
                let mut ids: Vec<u64> = (0..req.files.len()).map(|_| s.new_id()).collect();
                if let Some(m) = s.find_message_mut(rec.channel_id, src) {
                    apply_edit(m, data, &req.files, &mut || ids.pop().unwrap_or(0));
                    let m = m.clone();
                    if !m.ephemeral() {
                        inner.dispatch("MESSAGE_UPDATE", payloads::message_event(&s, &m));
                    }
                }
            }
        }
        _ => {}
    }
    s.interactions
        .get_mut(&iid)
        .unwrap()
        .callbacks
        .push(body.clone());
    no_content()
}

fn blank(id: u64, channel: u64, author: u64, flags: u64) -> Message {
    Message {
        id,
        channel_id: channel,
        author_id: author,
        content: String::new(),
        embeds: vec![],
        components: vec![],
        message_reference: None,
        allowed_mentions: None,
        attachments: vec![],
        flags,
        webhook_id: None,
        interaction_id: None,
        timestamp: crate::state::now_iso(),
        edited_timestamp: None,
        reactions: Default::default(),
    }
}

fn edit_original(inner: &Inner, s: &mut State, iid: u64, req: &Req) -> Reply {
    let rec = s.interactions[&iid].clone();
    if rec.callbacks.is_empty() {
        return err(404, 10008, "Unknown Message");
    }
    let Some(mut msg) = original(s, iid) else {
        return super::unknown_message();
    };
    check_message(&req.body)?;
    let mut ids: Vec<u64> = (0..req.files.len()).map(|_| s.new_id()).collect();
    apply_edit(&mut msg, &req.body, &req.files, &mut || {
        ids.pop().unwrap_or(0)
    });
    msg.flags &= !128;
    s.interactions.get_mut(&iid).unwrap().edited = true;
    if rec.original.is_some() {
        s.interactions.get_mut(&iid).unwrap().original = Some(msg.clone());
    } else if let Some(m) = s.find_message_mut(msg.channel_id, msg.id) {
        // A deferred update (6) of an ephemeral message: that response is edited.
        *m = msg.clone();
    }
    if let Some(m) = s.message_mut(msg.channel_id, msg.id) {
        *m = msg.clone();
        inner.dispatch("MESSAGE_UPDATE", payloads::message_event(s, &msg));
    }
    ok(payloads::message(s, &msg))
}

fn delete_original(inner: &Inner, s: &mut State, iid: u64) -> Reply {
    let Some(msg) = original(s, iid) else {
        return super::unknown_message();
    };
    let rec = s.interactions.get_mut(&iid).unwrap();
    rec.original_deleted = true;
    if let Some(list) = s.messages.get_mut(&msg.channel_id) {
        let before = list.len();
        list.retain(|m| m.id != msg.id);
        if list.len() != before {
            inner.dispatch(
                "MESSAGE_DELETE",
                json!({"id": payloads::sid(msg.id), "channel_id": payloads::sid(msg.channel_id), "guild_id": s.channel_guild(msg.channel_id).map(payloads::sid)}),
            );
        }
    }
    no_content()
}

fn followup(inner: &Inner, s: &mut State, iid: u64, req: &Req) -> Reply {
    let rec = s.interactions[&iid].clone();
    if rec.callbacks.is_empty() {
        return err(400, 40060, "The interaction has not been acknowledged");
    }
    let bot = s.bot_id;
    let mut msg = build_message(s, rec.channel_id, bot, &req.body, &req.files)?;
    msg.interaction_id = Some(iid);
    msg.webhook_id = Some(bot);
    if !msg.ephemeral() {
        s.push_message(msg.clone());
        inner.dispatch("MESSAGE_CREATE", payloads::message_event(s, &msg));
    }
    s.interactions
        .get_mut(&iid)
        .unwrap()
        .followups
        .push(msg.clone());
    ok(payloads::message(s, &msg))
}

fn edit_followup(inner: &Inner, s: &mut State, iid: u64, mid: u64, req: &Req) -> Reply {
    let rec = s.interactions[&iid].clone();
    let Some(pos) = rec.followups.iter().position(|m| m.id == mid) else {
        return super::unknown_message();
    };
    let mut msg = rec.followups[pos].clone();
    match req.method {
        Method::GET => ok(payloads::message(s, &msg)),
        Method::PATCH => {
            check_message(&req.body)?;
            let mut ids: Vec<u64> = (0..req.files.len()).map(|_| s.new_id()).collect();
            apply_edit(&mut msg, &req.body, &req.files, &mut || {
                ids.pop().unwrap_or(0)
            });
            s.interactions.get_mut(&iid).unwrap().followups[pos] = msg.clone();
            if let Some(m) = s.message_mut(msg.channel_id, mid) {
                *m = msg.clone();
                inner.dispatch("MESSAGE_UPDATE", payloads::message_event(s, &msg));
            }
            ok(payloads::message(s, &msg))
        }
        Method::DELETE => {
            s.interactions.get_mut(&iid).unwrap().followups.remove(pos);
            if let Some(list) = s.messages.get_mut(&msg.channel_id) {
                list.retain(|m| m.id != mid);
            }
            no_content()
        }
        _ => err(405, 0, "405: Method Not Allowed"),
    }
}
