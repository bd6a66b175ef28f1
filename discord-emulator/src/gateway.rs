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
}

impl Hub {
    /// Sends a dispatch on every live session (buffered for replay when disconnected).
    pub fn dispatch(&mut self, t: &str, d: Value) {
        for s in &mut self.sessions {
            s.seq += 1;
            let frame = json!({"op": 0, "s": s.seq, "t": t, "d": d}).to_string();
            s.buffer.push((s.seq, frame.clone()));
            if let Some((_, tx)) = &s.conn {
                let _ = tx.send(Out::Frame(frame));
            }
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
        Some(2) => identify(inner, conn_id, tx),
        Some(6) => resume(inner, conn_id, tx, &v["d"]),
        Some(3) | Some(4) | Some(8) => {}
        _ => {
            let _ = tx.send(Out::Close(4001));
        }
    }
}

fn identify(inner: &Arc<Inner>, conn_id: u64, tx: &mpsc::UnboundedSender<Out>) {
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
        conn: Some((conn_id, tx.clone())),
    });
    let ready = crate::payloads::ready(&state, &session_id, &inner.ws_url());
    let guild = crate::payloads::guild(&state);
    // Only this new session gets READY and GUILD_CREATE.
    for (t, d) in [("READY", ready), ("GUILD_CREATE", guild)] {
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
