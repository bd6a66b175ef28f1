//! Store bench (`cargo bench --bench store`): ticket lifecycles per second on SQLite and
//! PostgreSQL (`CONCIERGE_TEST_POSTGRES_URL`, skipped when unset), and `stats` over 100 000
//! tickets on SQLite (target: under 500 ms). Prints figures; no harness.

mod common;

use chrono::{DateTime, Utc};
use common::seed::{self, Seed};
use concierge::desk::{Desk, DeskRules, NewMessage, OpenRequest};
use concierge::kpi;
use concierge::store::{Store, StoreOptions};
use concierge::tickets::{Actor, AuthorKind, ChannelId, GuildId, MessageId, Tier, UserId};
use std::sync::Arc;
use std::time::Instant;

const LIFECYCLES: u64 = 400;
const TASKS: u64 = 4;
const STATS_TICKETS: i64 = 100_000;

/// One ticket from open to rating: open, thread, claim, member and agent messages, close, rate.
async fn lifecycle(desk: &Desk, n: u64, now: DateTime<Utc>) {
    let owner = Actor::member(UserId(1_000_000 + n));
    let agent = Actor::agent(UserId(7), Tier(1));
    let t = desk
        .open(
            OpenRequest {
                guild: GuildId(1),
                owner: owner.user,
                opened_by: owner,
                topic: format!("question {n}"),
                first_message: None,
                thread: None,
                interaction: None,
                category: None,
                answers: Vec::new(),
            },
            now,
        )
        .await
        .expect("open")
        .ticket
        .id;
    let thread = ChannelId(10_000_000 + n);
    desk.attach_thread(t, thread, now).await.expect("thread");
    desk.claim(t, agent, now).await.expect("claim");
    for (i, (who, kind)) in [(owner, AuthorKind::Member), (agent, AuthorKind::Agent)]
        .into_iter()
        .enumerate()
    {
        desk.record_message(
            thread,
            NewMessage {
                message_id: MessageId(n * 10 + i as u64 + 1),
                author: who.user,
                author_name: "x".into(),
                kind,
                author_tier: who.tier,
                at: now,
                content: "some words about the problem".into(),
            },
        )
        .await
        .expect("message");
    }
    desk.close(t, agent, None, now).await.expect("close");
    desk.rate(t, owner.user, 5, now).await.expect("rate");
}

async fn lifecycles(label: &str, url: &str) {
    let store = Store::open_with(
        url,
        StoreOptions {
            max_connections: Some(8),
            ..StoreOptions::default()
        },
    )
    .await
    .expect("open store");
    let desk = Arc::new(Desk::new(store, DeskRules::default()));
    let now = Utc::now();
    let start = Instant::now();
    for n in 0..LIFECYCLES {
        lifecycle(&desk, n, now).await;
    }
    let seq = LIFECYCLES as f64 / start.elapsed().as_secs_f64();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for k in 0..TASKS {
        let desk = desk.clone();
        tasks.push(tokio::spawn(async move {
            for n in 0..LIFECYCLES / TASKS {
                lifecycle(&desk, 100_000 + k * 10_000 + n, now).await;
            }
        }));
    }
    for t in tasks {
        t.await.expect("task");
    }
    let par = LIFECYCLES as f64 / start.elapsed().as_secs_f64();
    println!(
        "{label:<10} lifecycles/s: {seq:>7.0} sequential, {par:>7.0} with {TASKS} concurrent tasks \
         (open, thread, claim, 2 messages, close, rate = 7 writes each)"
    );
    desk.store().close().await;
}

async fn stats_bench(dir: &std::path::Path) {
    let url = format!("sqlite://{}", dir.join("stats.db").display());
    let now = Utc::now();
    seed::fill(&url, now, &Seed::report(GuildId(1), STATS_TICKETS)).await;
    let store = Store::open(&url).await.expect("open");
    let _ = kpi::report(&store, GuildId(1), now, 30)
        .await
        .expect("warm-up");
    let mut best = std::time::Duration::MAX;
    let mut total = std::time::Duration::ZERO;
    const RUNS: u32 = 5;
    let mut report = None;
    for _ in 0..RUNS {
        let start = Instant::now();
        report = Some(
            kpi::report(&store, GuildId(1), now, 30)
                .await
                .expect("report"),
        );
        let took = start.elapsed();
        best = best.min(took);
        total += took;
    }
    let r = report.unwrap();
    // `STATS_DUMP=file.json` keeps the report, to compare two implementations on the same data.
    if let Ok(path) = std::env::var("STATS_DUMP") {
        std::fs::write(&path, serde_json::to_string_pretty(&r).expect("json")).expect("dump");
    }
    println!(
        "sqlite     stats over {STATS_TICKETS} tickets (30 days, {} opened, {} auto-answers): best {:.0} ms, mean {:.0} ms (target < 500 ms)",
        r.tickets_opened,
        r.auto_answers,
        best.as_secs_f64() * 1000.0,
        total.as_secs_f64() * 1000.0 / RUNS as f64
    );
    store.close().await;
}

fn main() {
    let Some(rt) = common::database_bench_runtime("store") else {
        return;
    };
    rt.block_on(async {
        let dir = tempfile::tempdir().expect("tempdir");
        let sqlite = format!("sqlite://{}", dir.path().join("bench.db").display());
        lifecycles("sqlite", &sqlite).await;
        match std::env::var("CONCIERGE_TEST_POSTGRES_URL") {
            Ok(admin) => {
                let (url, name) = seed::fresh_postgres(&admin, "store").await;
                lifecycles("postgres", &url).await;
                seed::drop_postgres(&admin, &name).await;
            }
            Err(_) => println!("postgres   skipped (CONCIERGE_TEST_POSTGRES_URL is not set)"),
        }
        stats_bench(dir.path()).await;
    });
}
