//! Injected faults: REST 500 and 429 (with `retry_after`), slow responses, Discord-style
//! errors for unknown ids and missing access, and op 9 invalid sessions.

mod common;

use common::{http, spec, WAIT};
use discord_emulator::Emulator;
use serde_json::json;
use serenity::all::{Context, EventHandler, Message, Ready};
use serenity::async_trait;
use serenity::http::HttpError;
use std::sync::{Arc, Mutex};
use std::time::Duration;

fn status_of(e: &serenity::Error) -> Option<(u16, isize)> {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
            Some((r.status_code.as_u16(), r.error.code))
        }
        _ => None,
    }
}

#[tokio::test]
async fn rest_500_then_success() {
    let emu = Emulator::start(spec()).await.unwrap();
    let http = http(&emu);
    let tickets = emu.channel_id("tickets");
    emu.fail_next("POST", &format!("/channels/{tickets}/threads"), 500, 0.0);
    let body = json!({"name": "t", "type": 12});
    let e = http
        .create_thread(tickets.into(), &body, None)
        .await
        .unwrap_err();
    assert_eq!(status_of(&e).map(|s| s.0), Some(500));
    assert!(emu.threads().is_empty(), "a failed call changes nothing");
    http.create_thread(tickets.into(), &body, None)
        .await
        .unwrap();
    assert_eq!(emu.threads().len(), 1);
    let calls = emu.rest_calls();
    let statuses: Vec<u16> = calls.iter().map(|c| c.status).collect();
    assert_eq!(statuses, vec![500, 201]);
    assert_eq!(calls[0].body["name"], "t");
}

#[tokio::test]
async fn rest_429_has_retry_after() {
    let emu = Emulator::start(spec()).await.unwrap();
    let help = emu.channel_id("help");
    emu.fail_next("POST", "/channels/", 429, 0.25);
    let url = format!("{}/api/v10/channels/{help}/messages", emu.api_base());
    let res = post_json(&url, r#"{"content":"hi"}"#).await;
    assert!(res.starts_with("HTTP/1.1 429"), "{res}");
    assert!(
        res.to_ascii_lowercase().contains("retry-after: 0.25"),
        "{res}"
    );
    assert!(res.contains(r#""retry_after":0.25"#), "{res}");
    assert!(res.contains(r#""global":false"#), "{res}");
    // serenity (rate limiter disabled) reports it as an unsuccessful request.
    emu.fail_next("POST", "/channels/", 429, 0.1);
    let e = http(&emu)
        .send_message(help.into(), vec![], &json!({"content": "x"}))
        .await
        .unwrap_err();
    assert_eq!(status_of(&e).map(|s| s.0), Some(429));
    assert!(emu.messages(help).is_empty());
}

/// A minimal HTTP/1.1 POST over a TcpStream (no extra client dependency).
async fn post_json(url: &str, body: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let mut s = tokio::net::TcpStream::connect(host).await.unwrap();
    let req = format!(
        "POST /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    out
}

#[tokio::test]
async fn slow_response_still_arrives() {
    let emu = Emulator::start(spec()).await.unwrap();
    let help = emu.channel_id("help");
    emu.delay_next("POST", "/channels/", Duration::from_millis(300));
    let m = http(&emu)
        .send_message(help.into(), vec![], &json!({"content": "slow"}))
        .await
        .unwrap();
    assert_eq!(m.content, "slow");
}

#[tokio::test]
async fn discord_style_errors() {
    let emu = Emulator::start(spec()).await.unwrap();
    let http = http(&emu);
    let help = emu.channel_id("help");
    let e = http.get_channel(12345u64.into()).await.unwrap_err();
    assert_eq!(status_of(&e), Some((404, 10003)));
    let e = http
        .send_message(help.into(), vec![], &json!({"content": ""}))
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((400, 50006)));
    let e = http
        .send_message(help.into(), vec![], &json!({"content": "x".repeat(2001)}))
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((400, 50035)));
    let e = http
        .get_message(help.into(), 1u64.into())
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((404, 10008)));
    emu.revoke_bot_access(help);
    let e = http
        .send_message(help.into(), vec![], &json!({"content": "x"}))
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((403, 50001)));
    emu.restore_bot_access(help);
    let e = http
        .add_thread_channel_member(help.into(), emu.user_id("alice").into())
        .await
        .unwrap_err();
    assert_eq!(
        status_of(&e),
        Some((404, 10003)),
        "a text channel is not a thread"
    );
}

#[derive(Default)]
struct Counts {
    ready: usize,
    messages: Vec<String>,
}

struct Counter(Arc<Mutex<Counts>>);

#[async_trait]
impl EventHandler for Counter {
    async fn ready(&self, _: Context, _: Ready) {
        self.0.lock().unwrap().ready += 1;
    }
    async fn message(&self, _: Context, m: Message) {
        self.0.lock().unwrap().messages.push(m.content);
    }
}

#[tokio::test]
async fn invalid_session_makes_the_client_identify_again() {
    let emu = Emulator::start(spec()).await.unwrap();
    let counts = Arc::new(Mutex::new(Counts::default()));
    common::client(&emu, Counter(counts.clone())).await;
    let c = counts.clone();
    assert!(emu.wait_until(WAIT, |_| c.lock().unwrap().ready == 1).await);
    emu.invalidate_session(false);
    let c = counts.clone();
    assert!(
        emu.wait_until(WAIT, |_| c.lock().unwrap().ready == 2).await,
        "no second READY after op 9"
    );
    assert_eq!(emu.gateway_counts().0, 2, "two IDENTIFYs");
    assert!(emu.wait_ready(WAIT).await);
    let help = emu.channel_id("help");
    emu.post_message(help, emu.user_id("alice"), "still here");
    let c = counts.clone();
    assert!(
        emu.wait_until(WAIT, |_| c.lock().unwrap().messages == ["still here"])
            .await
    );
    emu.shutdown();
}

#[tokio::test]
async fn resumable_invalid_session_resumes() {
    let emu = Emulator::start(spec()).await.unwrap();
    let counts = Arc::new(Mutex::new(Counts::default()));
    common::client(&emu, Counter(counts.clone())).await;
    let c = counts.clone();
    assert!(emu.wait_until(WAIT, |_| c.lock().unwrap().ready == 1).await);
    emu.invalidate_session(true);
    assert!(
        emu.wait_until(WAIT, |e| e.gateway_counts() == (1, 1)).await,
        "op 9 (resumable) should be answered by a RESUME, got {:?}",
        emu.gateway_counts()
    );
    let help = emu.channel_id("help");
    emu.post_message(help, emu.user_id("alice"), "after op 9");
    let c = counts.clone();
    assert!(
        emu.wait_until(WAIT, |_| c.lock().unwrap().messages == ["after op 9"])
            .await
    );
    assert_eq!(counts.lock().unwrap().ready, 1);
    emu.shutdown();
}
