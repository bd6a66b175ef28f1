//! The operators' endpoints over real HTTP on loopback, beside the real bot on the emulator:
//! `/healthz` answers, `/readyz` is ready while the gateway is connected and the database
//! answers (503 with the reason when the database is gone), and `/metrics` counts what the bot
//! did (events by kind, auto-answers, unanswered questions, tickets opened and closed, the
//! interactions' acknowledgement times, database errors) in the Prometheus text format.

mod discord;

use concierge::web::metrics::{serve, Probe};
use discord::*;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// `GET path` on `addr`: the status code and the body.
async fn get(addr: std::net::SocketAddr, path: &str) -> (u16, String) {
    let mut s = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let req = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n");
    s.write_all(req.as_bytes()).await.unwrap();
    let mut raw = String::new();
    s.read_to_string(&mut raw).await.unwrap();
    let status = raw
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = raw
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    (status, body)
}

/// The value of a sample line `name value` in the text format (0 when absent).
fn sample(text: &str, name: &str) -> f64 {
    text.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

#[tokio::test]
async fn the_endpoints_tell_health_readiness_and_what_the_bot_did() {
    let w = world().await;
    let probe = Probe {
        metrics: w.bot.desk.metrics().clone(),
        desk: w.bot.desk.clone(),
    };
    let addr = serve(
        "127.0.0.1:0".parse().unwrap(),
        probe,
        std::future::pending(),
    )
    .await
    .expect("listening");

    assert_eq!(get(addr, "/healthz").await, (200, "ok\n".to_string()));
    assert_eq!(get(addr, "/readyz").await, (200, "ready\n".to_string()));

    // An answered question, an unanswered one, a ticket opened and closed.
    let answer = ask(&w, "alice", "how do I reset my password?").await;
    assert!(!answer.embeds.is_empty(), "answered");
    let help = w.channel("help");
    let before = w.emu.messages(help).len();
    w.emu.post_message(
        help,
        w.user("bob"),
        "what is the airspeed of an unladen swallow?",
    );
    w.settle(T).await;
    assert_eq!(w.emu.messages(help).len(), before + 1, "no answer to that");
    let thread = open_ticket(&w, "carol", "printer on fire").await;
    close(&w, thread, w.user("agent-ann"), vec![]).await;
    w.settle(T).await;

    let (status, text) = get(addr, "/metrics").await;
    assert_eq!(status, 200);
    assert!(text.contains("# TYPE concierge_events counter"), "{text}");
    assert!(
        sample(&text, "concierge_events_total{kind=\"message\"}") >= 2.0,
        "{text}"
    );
    assert!(
        sample(&text, "concierge_events_total{kind=\"interaction\"}") >= 2.0,
        "{text}"
    );
    assert_eq!(sample(&text, "concierge_auto_answers_total"), 1.0, "{text}");
    assert_eq!(
        sample(&text, "concierge_unanswered_questions_total"),
        1.0,
        "{text}"
    );
    assert_eq!(
        sample(&text, "concierge_tickets_opened_total"),
        1.0,
        "{text}"
    );
    assert_eq!(
        sample(&text, "concierge_tickets_closed_total"),
        1.0,
        "{text}"
    );
    assert!(
        sample(&text, "concierge_interaction_ack_seconds_count") >= 2.0,
        "{text}"
    );
    assert_eq!(sample(&text, "concierge_gateway_connected"), 1.0, "{text}");
    assert_eq!(
        sample(&text, "concierge_database_errors_total"),
        0.0,
        "{text}"
    );

    // The database goes away: not ready, and the failed command is counted.
    w.bot.desk.shutdown().await;
    let (status, body) = get(addr, "/readyz").await;
    assert_eq!(status, 503);
    assert!(
        body.starts_with("not ready: the database does not answer"),
        "{body}"
    );
    let r = try_open(&w, "alice", "still there?").await;
    assert!(text_of(&r).contains("database"), "{}", text_of(&r));
    let (_, text) = get(addr, "/metrics").await;
    assert!(
        sample(&text, "concierge_database_errors_total") >= 1.0,
        "{text}"
    );
    assert_eq!(
        get(addr, "/healthz").await.0,
        200,
        "the process still answers"
    );
    w.shutdown().await;
}
