//! `concierge run` when it cannot connect: a refused token ends the start with a clear
//! message and a non-zero exit; an API base that cannot be reached is retried with backoff
//! and logged, never bypassed; SIGTERM and SIGINT end it promptly at any stage.
#![cfg(unix)]

use discord_emulator::{Emulator, GuildSpec};
use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Starts `concierge run` against `api_base` with a minimal valid configuration.
fn run(api_base: &str, token: &str, dir: &std::path::Path) -> Child {
    let responses = concat!(env!("CARGO_MANIFEST_DIR"), "/responses");
    Command::new(env!("CARGO_BIN_EXE_concierge"))
        .arg("run")
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("DISCORD_TOKEN", token)
        .env("DISCORD_API_BASE", api_base)
        .env("TICKET_CHANNEL_ID", "123456789012345678")
        .env("TIER_ROLE_IDS", "111111111111111111")
        .env("RESPONSES_DIR", responses)
        .env("DATABASE_URL", format!("sqlite://{}/c.db", dir.display()))
        .env("RUST_LOG", "info")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start concierge run")
}

/// Everything the process wrote to stderr (it has ended); empty when it is followed.
fn stderr_of(child: &mut Child) -> String {
    let mut err = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        pipe.read_to_string(&mut err).unwrap();
    }
    err
}

/// Reads the process's stderr as it comes, into the returned buffer (the reader thread holds
/// the other reference until the process closes its stderr).
fn follow_stderr(child: &mut Child) -> Arc<Mutex<String>> {
    let log = Arc::new(Mutex::new(String::new()));
    let mut pipe = child.stderr.take().unwrap();
    let into = log.clone();
    std::thread::spawn(move || {
        let mut buf = [0u8; 4096];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            into.lock()
                .unwrap()
                .push_str(&String::from_utf8_lossy(&buf[..n]));
        }
    });
    log
}

/// Waits up to `limit` for the process to end; its exit code and stderr.
fn wait(mut child: Child, limit: Duration) -> (Option<i32>, String) {
    let started = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return (status.code(), stderr_of(&mut child));
        }
        if started.elapsed() > limit {
            child.kill().unwrap();
            panic!(
                "still running after {limit:?}; stderr:\n{}",
                stderr_of(&mut child)
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn signal(child: &Child, sig: &str) {
    let ok = Command::new("kill")
        .args([sig, &child.id().to_string()])
        .status()
        .unwrap()
        .success();
    assert!(ok);
}

#[tokio::test]
async fn a_refused_token_exits_with_a_clear_message() {
    let emu = Emulator::start(GuildSpec::default()).await.unwrap();
    emu.require_token("the-right-token");
    let dir = tempfile::tempdir().unwrap();
    let child = run(&emu.api_base(), "a-reset-token", dir.path());
    let (code, err) = tokio::task::spawn_blocking(move || wait(child, Duration::from_secs(30)))
        .await
        .unwrap();
    assert_ne!(code, Some(0), "{err}");
    assert!(err.contains("Discord refused the token (401)"), "{err}");
    // It asked only the configured API, and no gateway was opened.
    assert_eq!(emu.gateway_counts().0, 0);
    assert!(emu.rest_calls().iter().all(|c| c.status == 401));
}

#[tokio::test]
async fn an_unreachable_api_is_retried_logged_and_sigterm_ends_it() {
    // A port with nothing listening.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    for sig in ["-TERM", "-INT"] {
        let dir = tempfile::tempdir().unwrap();
        let child = run(&base, "some-token", dir.path());
        // Let it try twice (1 s, then 2 s of backoff): waits for the log line, however
        // slowly a loaded machine starts the process.
        let mut child = child;
        let log = follow_stderr(&mut child);
        let deadline = Instant::now() + Duration::from_secs(60);
        while !log.lock().unwrap().contains("trying again in 2 s") {
            assert!(
                Instant::now() < deadline,
                "no second try logged: {}",
                log.lock().unwrap()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        signal(&child, sig);
        let stopped = Instant::now();
        let (code, _) = tokio::task::spawn_blocking(move || wait(child, Duration::from_secs(10)))
            .await
            .unwrap();
        // The reader ends with the process; what it read is the whole stderr.
        let deadline = Instant::now() + Duration::from_secs(5);
        while Arc::strong_count(&log) > 1 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        let err = log.lock().unwrap().clone();
        assert!(
            stopped.elapsed() < Duration::from_secs(5),
            "{sig} took {:?}",
            stopped.elapsed()
        );
        assert_eq!(code, Some(0), "{sig}: a clean stop; stderr:\n{err}");
        assert!(
            err.contains(&format!("the Discord API at {base} cannot be reached")),
            "{err}"
        );
        assert!(
            err.contains("trying again in 1 s") && err.contains("trying again in 2 s"),
            "{err}"
        );
        assert!(
            !err.contains("gateway.discord.gg"),
            "never went around the configured API: {err}"
        );
    }
}

#[tokio::test]
async fn the_bot_connects_through_the_configured_api_once_it_answers() {
    let emu = Emulator::start(GuildSpec::default()).await.unwrap();
    emu.require_token("the-token");
    let dir = tempfile::tempdir().unwrap();
    let child = run(&emu.api_base(), "the-token", dir.path());
    assert!(
        emu.wait_ready(Duration::from_secs(30)).await,
        "the bot identified on the emulator's gateway"
    );
    signal(&child, "-TERM");
    let (code, err) = tokio::task::spawn_blocking(move || wait(child, Duration::from_secs(10)))
        .await
        .unwrap();
    assert_eq!(code, Some(0), "{err}");
    assert!(err.contains("Discord accepted the token"), "{err}");
}
