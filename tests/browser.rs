//! The dashboard in a real Chromium: Debian's `chromium`, driven by `playwright-core` from npm
//! (`tests/browser/dashboard.mjs`), beside the real bot on the Discord emulator. It signs in
//! through the emulator's OAuth2, reads the overview, filters tickets and opens a transcript,
//! runs a knowledge-base test, turns a gap into an entry (then the bot answers that question in
//! the emulator), and changes a setting after a link login. Then a second browser whose
//! language is German (`locale: 'de-DE'`, so `Accept-Language: de-DE`) signs in on German
//! pages, reads the overview and the tickets in German, and switches to French with the
//! language menu. Screenshots of each page are written to `target/browser-screenshots/`.
//!
//! Ignored in a plain `cargo test` (it needs Chromium and the npm package): `.ci/run` installs
//! both (`apt-get install chromium`, `npm ci` in `tests/browser`) and runs it with
//! `-- --include-ignored`; without them it fails and says what is missing.

mod discord;

use concierge::config::OAuthApp;
use concierge::tickets::GuildId;
use discord::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

const CLIENT_ID: u64 = 777;
const SECRET: &str = "browser-secret";

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM").map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from)
}

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs Chromium and playwright-core: apt-get install chromium; npm ci in tests/browser; then -- --include-ignored"]
async fn the_dashboard_works_in_chromium() {
    assert!(
        chromium().exists(),
        "Chromium is not at {} (apt-get install chromium, or set CHROMIUM)",
        chromium().display()
    );
    assert!(
        browser_dir().join("node_modules/playwright-core").exists(),
        "playwright-core is not installed: run `npm ci` in tests/browser"
    );
    // The entry made from the gap is written into a copy of the shipped responses.
    let folder = responses_copy();
    let dir = folder.path().to_path_buf();
    let w = world_with(|s| {
        concierge::sandbox::world::WorldSpec {
            responses_dir: dir,
            ..s
        }
        .with_demo_desk()
    })
    .await;
    let guild = w.emu.guild_id();

    // What the pages will show: an answered question, a gap asked three ways, a ticket
    // answered, closed and rated, an open one, and one whose topic is hostile.
    ask(&w, "alice", "how do I reset my password?").await;
    let help = w.channel("help");
    for (who, q) in [
        ("bob", "how do I change my avatar colour?"),
        ("carol", "avatar colour change how"),
        ("alice", "can I change the colour of my avatar"),
    ] {
        w.emu.post_message(help, w.user(who), q);
    }
    answered_and_rated(
        &w,
        "carol",
        "printer on fire",
        "On it: unplug it first.",
        "5️⃣",
    )
    .await;
    open_ticket(&w, "bob", "cannot log in").await;
    open_ticket(
        &w,
        "alice",
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
    )
    .await;
    w.settle(T).await;

    let app = OAuthApp {
        client_id: CLIENT_ID,
        client_secret: SECRET.into(),
    };
    let (addr, _) = w.serve_dashboard(0, Some(app), None).await.unwrap();
    let base = format!("http://{addr}");
    w.emu.oauth_app(
        CLIENT_ID,
        SECRET,
        &[&format!("{base}/login/discord/callback")],
    );
    w.emu.oauth_approve_as(w.user("mod-max"));
    let link = w
        .bot
        .desk
        .create_login_link(GuildId(guild), concierge::clock::Clock::now(&w.clock), 15)
        .await
        .unwrap();
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots");

    // Node runs on a blocking thread; the bot, the emulator and the dashboard keep serving.
    let mut node = std::process::Command::new("node");
    node.arg(browser_dir().join("dashboard.mjs"))
        .env("DASH_URL", &base)
        .env("GUILD", guild.to_string())
        .env("LINK", format!("{base}/login/link/{link}"))
        .env("SHOTS", &shots)
        .env("GAP_WORD", "avatar")
        .env("CHROMIUM", chromium());
    let run = tokio::task::spawn_blocking(move || node.output());
    let out = tokio::time::timeout(Duration::from_secs(180), run)
        .await
        .expect("the browser run ends within 3 minutes")
        .unwrap()
        .expect("node runs (is Node.js installed?)");
    let said = format!(
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    println!("{said}");
    assert!(out.status.success(), "the browser run failed:\n{said}");

    // What the browser did took effect: the entry made from the gap answers the question in
    // Discord, and the setting is the desk's.
    // (#help holds the demo desk's panel, so the answer is the bot's newest message there.)
    let bot = w.emu.bot_user_id();
    let before = bot_messages(&w, help).len();
    w.emu.post_message(
        help,
        w.user("agent-bea"),
        "how can I change my avatar colour?",
    );
    let answered = w
        .emu
        .wait_until(T, |e| {
            e.messages(help)
                .iter()
                .filter(|m| m.author_id == bot)
                .count()
                > before
        })
        .await;
    assert!(
        answered,
        "the bot answers the question the new entry covers"
    );
    let answer = bot_messages(&w, help).pop().unwrap();
    let shown = format!("{:?}", answer.embeds);
    assert!(
        shown.contains("pick a new avatar"),
        "the bot answers with the new entry: {shown}"
    );
    let server = w.bot.desk.server(GuildId(guild)).await.unwrap();
    assert_eq!(server.settings.max_open_tickets, 4);
}
