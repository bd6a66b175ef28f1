//! The gateway: HELLO / IDENTIFY / READY / GUILD_CREATE, heartbeats, RESUME with replay of
//! missed events, and the faults (drop, op 7 reconnect, op 9 invalid session).

use crate::Inner;
use axum::extract::ws::{CloseFrame, Message as WsMessage, WebSocket, WebSocketUpgrade};
use axum::extract::State as AxState;
use axum::response::Response;
use serde_json::{json, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tokio::sync::mpsc;

/// What a connection task is told to send.
#[derive(Debug)]
pub(crate) enum Out {
    Frame(String),
    Close(u16),
}

/// A gateway session: its sequence numbers and every dispatch (for replay on RESUME).
#[derive(Debug)]
pub(crate) struct Session {
    pub id: String,
    pub seq: u64,
    pub buffer: Vec<(u64, String)>,
    /// The intents given at IDENTIFY: dispatches are filtered by them, as Discord does.
    pub intents: u64,
    /// The bot's user id (messages mentioning it keep their content without MESSAGE_CONTENT).
    pub bot_id: u64,
    /// The connection currently carrying the session (connection id, sender).
    pub conn: Option<(u64, mpsc::UnboundedSender<Out>)>,
}

/// All sessions (normally one) and counters.
#[derive(Debug, Default)]
pub(crate) struct Hub {
    pub sessions: Vec<Session>,
    /// Every (event name, data) ever dispatched, for tests.
    pub log: Vec<(String, Value)>,
    pub identifies: u64,
    pub resumes: u64,
    /// Guilds the bot has left: their dispatches no longer reach it.
    pub absent_guilds: std::collections::BTreeSet<u64>,
}

impl Hub {
    /// Sends a dispatch on every live session (buffered for replay when disconnected).
    pub fn dispatch(&mut self, t: &str, d: Value) {
        let guild = d["guild_id"].as_str().and_then(|g| g.parse::<u64>().ok());
        if guild.is_some_and(|g| self.absent_guilds.contains(&g)) {
            return;
        }
        for s in &mut self.sessions {
            let Some(d) = filter(s.intents, s.bot_id, t, &d) else {
                continue;
            };
            s.seq += 1;
            let frame = json!({"op": 0, "s": s.seq, "t": t, "d": d}).to_string();
            s.buffer.push((s.seq, frame.clone()));
            if s.buffer.len() > REPLAY_LIMIT {
                s.buffer.drain(..s.buffer.len() - REPLAY_LIMIT);
            }
            if let Some((_, tx)) = &s.conn {
                let _ = tx.send(Out::Frame(frame));
            }
        }
        if self.log.len() >= LOG_LIMIT {
            self.log.drain(..LOG_LIMIT / 2);
        }
        self.log.push((t.to_string(), d));
    }

    /// Sends a raw frame to every connected session.
    pub fn send_all(&mut self, frame: Value) {
        for s in &self.sessions {
            if let Some((_, tx)) = &s.conn {
                let _ = tx.send(Out::Frame(frame.to_string()));
            }
        }
    }
}

/// Dispatches kept per session for RESUME; an older sequence gets op 9 (not resumable).
pub const REPLAY_LIMIT: usize = 10_000;
/// Dispatches kept for [`crate::Emulator::dispatched_events`] (the oldest half is dropped).
pub const LOG_LIMIT: usize = 100_000;

pub const GUILDS: u64 = 1;
pub const GUILD_MEMBERS: u64 = 1 << 1;
pub const GUILD_MESSAGES: u64 = 1 << 9;
pub const GUILD_MESSAGE_REACTIONS: u64 = 1 << 10;
pub const DIRECT_MESSAGES: u64 = 1 << 12;
pub const DIRECT_MESSAGE_REACTIONS: u64 = 1 << 13;
pub const MESSAGE_CONTENT: u64 = 1 << 15;

/// What a session with `intents` gets of a dispatch: nothing, or the data (message content
/// emptied without MESSAGE_CONTENT, unless the bot wrote it or is mentioned, or it is a DM).
pub(crate) fn filter(intents: u64, bot: u64, t: &str, d: &Value) -> Option<Value> {
    let in_guild = d.get("guild_id").is_some_and(|g| !g.is_null());
    let need = match t {
        "MESSAGE_CREATE" | "MESSAGE_UPDATE" | "MESSAGE_DELETE" if in_guild => GUILD_MESSAGES,
        "MESSAGE_CREATE" | "MESSAGE_UPDATE" | "MESSAGE_DELETE" => DIRECT_MESSAGES,
        t if t.starts_with("MESSAGE_REACTION") && in_guild => GUILD_MESSAGE_REACTIONS,
        t if t.starts_with("MESSAGE_REACTION") => DIRECT_MESSAGE_REACTIONS,
        t if t.starts_with("GUILD_MEMBER") => GUILD_MEMBERS,
        t if t.starts_with("CHANNEL_") || t.starts_with("THREAD_") || t.starts_with("GUILD_") => {
            GUILDS
        }
        _ => 0,
    };
    if intents & need != need {
        return None;
    }
    // Without GUILD_MEMBERS, THREAD_MEMBERS_UPDATE only tells about the bot itself.
    if t == "THREAD_MEMBERS_UPDATE" && intents & GUILD_MEMBERS == 0 {
        let me = crate::payloads::sid(bot);
        let about_me = d["added_members"]
            .as_array()
            .is_some_and(|a| a.iter().any(|m| m["user_id"] == me))
            || d["removed_member_ids"]
                .as_array()
                .is_some_and(|r| r.contains(&me));
        if !about_me {
            return None;
        }
    }
    let is_message = matches!(t, "MESSAGE_CREATE" | "MESSAGE_UPDATE");
    if is_message && in_guild && intents & MESSAGE_CONTENT == 0 {
        let me = crate::payloads::sid(bot);
        let mine = d["author"]["id"] == me;
        let mentioned = d["mentions"]
            .as_array()
            .is_some_and(|m| m.iter().any(|u| u["id"] == me));
        if !mine && !mentioned {
            let mut d = d.clone();
            d["content"] = json!("");
            d["embeds"] = json!([]);
            d["attachments"] = json!([]);
            d["components"] = json!([]);
            return Some(d);
        }
    }
    Some(d.clone())
}

static CONN_IDS: AtomicU64 = AtomicU64::new(1);

pub(crate) async fn upgrade(ws: WebSocketUpgrade, AxState(inner): AxState<Arc<Inner>>) -> Response {
    ws.on_upgrade(move |socket| connection(socket, inner))
}

async fn connection(mut socket: WebSocket, inner: Arc<Inner>) {
    let conn_id = CONN_IDS.fetch_add(1, Ordering::Relaxed);
    let (tx, mut rx) = mpsc::unbounded_channel::<Out>();
    let hello = json!({"op": 10, "s": null, "t": null, "d": {"heartbeat_interval": 41250}});
    if socket
        .send(WsMessage::Text(hello.to_string()))
        .await
        .is_err()
    {
        return;
    }
    loop {
        tokio::select! {
            out = rx.recv() => match out {
                Some(Out::Frame(f)) => {
                    if socket.send(WsMessage::Text(f)).await.is_err() { break; }
                }
                Some(Out::Close(code)) => {
                    let _ = socket.send(WsMessage::Close(Some(CloseFrame { code, reason: "emulator".into() }))).await;
                    break;
                }
                None => break,
            },
            msg = socket.recv() => match msg {
                Some(Ok(WsMessage::Text(t))) => on_frame(&inner, conn_id, &tx, &t),
                Some(Ok(WsMessage::Binary(b))) => on_frame(&inner, conn_id, &tx, &String::from_utf8_lossy(&b)),
                Some(Ok(WsMessage::Close(_))) | None | Some(Err(_)) => break,
                Some(Ok(_)) => {}
            },
        }
    }
    let mut hub = inner.hub.lock().unwrap();
    for s in &mut hub.sessions {
        if matches!(&s.conn, Some((id, _)) if *id == conn_id) {
            s.conn = None;
        }
    }
}

fn on_frame(inner: &Arc<Inner>, conn_id: u64, tx: &mpsc::UnboundedSender<Out>, text: &str) {
    let Ok(v) = serde_json::from_str::<Value>(text) else {
        let _ = tx.send(Out::Close(4002));
        return;
    };
    match v["op"].as_u64() {
        Some(1) => {
            let _ = tx.send(Out::Frame(
                json!({"op": 11, "s": null, "t": null, "d": null}).to_string(),
            ));
        }
        Some(2) => identify(inner, conn_id, tx, v["d"]["intents"].as_u64().unwrap_or(0)),
        Some(6) => resume(inner, conn_id, tx, &v["d"]),
        Some(3) | Some(4) | Some(8) => {}
        _ => {
            let _ = tx.send(Out::Close(4001));
        }
    }
}

fn identify(inner: &Arc<Inner>, conn_id: u64, tx: &mpsc::UnboundedSender<Out>, intents: u64) {
    let state = inner.state.lock().unwrap();
    let mut hub = inner.hub.lock().unwrap();
    hub.identifies += 1;
    // One session per connection: drop sessions this connection (or nobody) holds.
    hub.sessions
        .retain(|s| matches!(&s.conn, Some((id, _)) if *id != conn_id));
    let session_id = format!("session-{}-{}", conn_id, hub.identifies);
    hub.sessions.push(Session {
        id: session_id.clone(),
        seq: 0,
        buffer: vec![],
        intents,
        bot_id: state.bot_id,
        conn: Some((conn_id, tx.clone())),
    });
    let ready = crate::payloads::ready(&state, &session_id, &inner.ws_url());
    let guilds = state
        .bot_guilds()
        .into_iter()
        .map(|g| ("GUILD_CREATE", crate::payloads::guild(&state, g)));
    // Only this new session gets READY and the GUILD_CREATEs.
    for (t, d) in std::iter::once(("READY", ready)).chain(guilds) {
        let s = hub.sessions.last_mut().unwrap();
        s.seq += 1;
        let frame = json!({"op": 0, "s": s.seq, "t": t, "d": d}).to_string();
        s.buffer.push((s.seq, frame.clone()));
        let _ = tx.send(Out::Frame(frame));
        hub.log.push((t.into(), d));
    }
}

fn resume(inner: &Arc<Inner>, conn_id: u64, tx: &mpsc::UnboundedSender<Out>, d: &Value) {
    let mut hub = inner.hub.lock().unwrap();
    let wanted = d["session_id"].as_str().unwrap_or_default().to_string();
    let from = d["seq"].as_u64().unwrap_or(0);
    let Some(s) = hub.sessions.iter_mut().find(|s| s.id == wanted) else {
        let _ = tx.send(Out::Frame(
            json!({"op": 9, "s": null, "t": null, "d": false}).to_string(),
        ));
        return;
    };
    if s.buffer.first().is_some_and(|(first, _)| *first > from + 1) {
        // Too far behind: the missed events are gone.
        let _ = tx.send(Out::Frame(
            json!({"op": 9, "s": null, "t": null, "d": false}).to_string(),
        ));
        return;
    }
    if let Some((_, old)) = s.conn.take() {
        let _ = old.send(Out::Close(4000));
    }
    for (seq, frame) in &s.buffer {
        if *seq > from {
            let _ = tx.send(Out::Frame(frame.clone()));
        }
    }
    s.seq += 1;
    let resumed = json!({"op": 0, "s": s.seq, "t": "RESUMED", "d": {}}).to_string();
    s.buffer.push((s.seq, resumed.clone()));
    let _ = tx.send(Out::Frame(resumed));
    s.conn = Some((conn_id, tx.clone()));
    hub.resumes += 1;
    hub.log.push(("RESUMED".into(), json!({})));
}
