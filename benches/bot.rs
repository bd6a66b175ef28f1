//! The bot end to end: messages per second it handles from the gateway (questions and
//! chit-chat mixed, posted by many members in the watched channel) with the real serenity
//! client against the loopback emulator, and the memory it takes with a 10 000-entry
//! knowledge base. Prints figures; run: `cargo bench --bench bot` (`BOT_BENCH_MESSAGES=N`
//! changes the number of messages, 3 000 by default).

mod common;

use common::{base_patterns, synthetic_entries, write_response_files, QUESTIONS};
use concierge::kb::{Decision, KnowledgeBase};
use concierge::sandbox::world::{World, WorldSpec};
use std::time::{Duration, Instant};

const ENTRIES: usize = 10_000;
const MEMBERS: usize = 50;
const CHIT_CHAT: &[&str] = &["thanks!", "lol", "hi everyone", "ok that works", "+1", "gm"];

/// Resident and peak memory of this process, in MiB (Linux; `None` elsewhere).
fn memory_mib() -> Option<(f64, f64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kib = |key: &str| -> Option<f64> {
        let line = status.lines().find(|l| l.starts_with(key))?;
        line.split_whitespace().nth(1)?.parse::<f64>().ok()
    };
    Some((kib("VmRSS:")? / 1024.0, kib("VmHWM:")? / 1024.0))
}

fn show(label: &str) {
    match memory_mib() {
        Some((rss, peak)) => println!("  {label:<44} RSS {rss:7.1} MiB (peak {peak:7.1} MiB)"),
        None => println!("  {label:<44} (memory figures need Linux /proc)"),
    }
}

/// The messages to post: real questions, phrasings of synthetic entries, and chit-chat.
fn messages(kb: &KnowledgeBase, n: usize) -> Vec<String> {
    let mut rng = common::Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|i| match i % 4 {
            0 => rng.pick(QUESTIONS).to_string(),
            1 | 2 => {
                let e = &kb.entries()[rng.below(kb.entries().len())];
                rng.pick(&e.patterns).clone()
            }
            _ => rng.pick(CHIT_CHAT).to_string(),
        })
        .collect()
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    let n: usize = std::env::var("BOT_BENCH_MESSAGES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3_000);
    println!("bot bench: {ENTRIES} entries, {n} messages from {MEMBERS} members");
    show("start");
    let dir = tempfile::tempdir().expect("temp dir");
    write_response_files(&synthetic_entries(ENTRIES, &base_patterns()), dir.path());
    let t = Instant::now();
    let kb = KnowledgeBase::load(dir.path()).expect("the synthetic base loads");
    println!(
        "  knowledge base loaded and indexed in {:.2} s",
        t.elapsed().as_secs_f64()
    );
    show("knowledge base alone");
    drop(kb);

    let world = World::start(
        WorldSpec::new(dir.path())
            .set("MEMBER_ANSWERS_PER_MINUTE", 0)
            .set("REPEAT_WINDOW_SECONDS", 0),
    )
    .await
    .expect("the world starts");
    show("bot + emulator running (KB loaded again)");
    let help = world.channel("help");
    let members: Vec<u64> = (0..MEMBERS)
        .map(|i| world.emu.add_member(&format!("member-{i}"), &[]))
        .collect();
    let kb = world.bot.kb.current();
    let texts = messages(&kb, n);
    // What the bot must do for each message: answer it, record it as unanswered, or ignore it.
    let (mut answers, mut unanswered) = (0usize, 0usize);
    for t in &texts {
        let m = kb.best_match_in(t, Some(help));
        match (&m.answer, &m.decision) {
            (Some(_), _) => answers += 1,
            (None, Decision::NotAQuestion) => {}
            (None, _) => unanswered += 1,
        }
    }
    drop(kb);
    let pool = sqlx::SqlitePool::connect(&world.bot.config.database_url)
        .await
        .expect("the bench database");
    let bot = world.emu.bot_user_id();

    let start = Instant::now();
    for (i, t) in texts.iter().enumerate() {
        world.emu.post_message(help, members[i % MEMBERS], t);
    }
    let posted = start.elapsed();
    let deadline = Instant::now() + Duration::from_secs(600);
    loop {
        let replies = world
            .emu
            .messages(help)
            .iter()
            .filter(|m| m.author_id == bot)
            .count();
        let recorded: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM unanswered")
            .fetch_one(&pool)
            .await
            .expect("count");
        if replies >= answers && usize::try_from(recorded).unwrap_or(0) >= unanswered {
            break;
        }
        if Instant::now() > deadline {
            println!("  gave up after 600 s: {replies}/{answers} answers, {recorded}/{unanswered} unanswered");
            break;
        }
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let took = start.elapsed();
    println!(
        "  {n} messages ({answers} answered, {unanswered} unanswered, {} chit-chat) handled in {:.2} s \
         (posting took {:.2} s): {:.0} messages/s",
        n - answers - unanswered,
        took.as_secs_f64(),
        posted.as_secs_f64(),
        n as f64 / took.as_secs_f64()
    );
    show("after the run");
    world.shutdown().await;
}
