//! The per-day KPI series (`kpi::daily`) and its chart (`kpi_chart::render_png`,
//! `concierge stats --chart`), on SQLite and PostgreSQL.

// Hand-chosen small day and ticket numbers (see the lints in Cargo.toml).
#![allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_possible_wrap
)]

#[macro_use]
mod common;

use chrono::{DateTime, Duration, Utc};
use common::*;
use concierge::desk::{Desk, NewMessage};
use concierge::kpi::chart::{self as kpi_chart, ChartError};
use concierge::kpi::{self, DailyKpi};
use concierge::tickets::{Actor, AuthorKind, ChannelId, MessageId, TicketId};
use std::process::Command;
use std::sync::atomic::{AtomicU64, Ordering};

static NEXT: AtomicU64 = AtomicU64::new(1);

/// Opens a ticket for `owner` with its thread.
async fn open(desk: &Desk, owner: Actor, when: DateTime<Utc>) -> (TicketId, ChannelId) {
    let id = desk
        .open(request(owner, "q"), when)
        .await
        .unwrap()
        .ticket
        .id;
    let thread = ChannelId(NEXT.fetch_add(1, Ordering::SeqCst) + 1_000_000);
    desk.attach_thread(id, thread, when).await.unwrap();
    (id, thread)
}

/// An agent's message in a thread.
async fn answer(desk: &Desk, thread: ChannelId, who: Actor, when: DateTime<Utc>) {
    desk.record_message(
        thread,
        NewMessage {
            message_id: MessageId(NEXT.fetch_add(1, Ordering::SeqCst)),
            author: who.user,
            author_name: "agent".into(),
            kind: AuthorKind::Agent,
            author_tier: who.tier,
            at: when,
            content: "here is how".into(),
        },
    )
    .await
    .unwrap();
}

/// A ticket answered after `frt_min` minutes, closed, and rated `score` by its owner.
async fn handled(desk: &Desk, owner: Actor, when: DateTime<Utc>, frt_min: i64, score: Option<u8>) {
    let a = agent(1, 1);
    let (id, thread) = open(desk, owner, when).await;
    desk.claim(id, a, when).await.unwrap();
    answer(desk, thread, a, when + Duration::minutes(frt_min)).await;
    let closed = when + Duration::minutes(frt_min + 5);
    desk.close(id, a, None, closed).await.unwrap();
    if let Some(s) = score {
        desk.rate(id, owner.user, s, closed + Duration::minutes(1))
            .await
            .unwrap();
    }
}

/// `days` days of varied, real-looking traffic ending at `now`; `seed` changes the numbers.
async fn traffic(desk: &Desk, now: DateTime<Utc>, days: i64, seed: u64) {
    let start = now - Duration::days(days);
    let mut owner = seed * 10_000;
    for d in 0..days {
        // Weekdays busier than weekends, a slow drift, and some noise.
        let weekday = (d + 1) % 7 < 5;
        let tickets = if weekday { 6 } else { 2 } + ((d as u64 * 7 + seed * 3) % 5) as i64;
        for k in 0..tickets {
            owner += 1;
            let when = start + Duration::days(d) + Duration::minutes(9 * 60 + k * 41);
            let frt = 4 + ((d as u64 * 13 + k as u64 * 29 + seed * 17) % 55) as i64 + d / 2;
            let score = match (d as u64 * 5 + k as u64 * 3 + seed) % 9 {
                0 => Some(2),
                1 | 2 => Some(3),
                3..=5 => Some(4),
                6 | 7 => Some(5),
                _ => None,
            };
            handled(desk, member(owner), when, frt, score).await;
        }
    }
}

fn png_size(bytes: &[u8]) -> (u32, u32) {
    let decoder = png::Decoder::new(bytes);
    let mut reader = decoder.read_info().expect("a decodable PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    (info.width, info.height)
}

const PNG_SIGNATURE: &[u8] = &[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a];

desk_test!(the_daily_series_follows_the_definitions, |db| {
    let desk = db.desk().await;
    let day0 = t0() - Duration::hours(10); // 2024-01-15 00:00 UTC
    let now = day0 + Duration::days(2) + Duration::hours(12);
    // Day 0: answered in 10 and 30 min (median, nearest rank: 10 min), rated 5 and 2.
    handled(&desk, member(1), day0 + Duration::hours(9), 10, Some(5)).await;
    handled(&desk, member(2), day0 + Duration::hours(11), 30, Some(2)).await;
    // Day 1: nothing. Day 2: one ticket, not answered yet.
    open(
        &desk,
        member(3),
        day0 + Duration::days(2) + Duration::hours(1),
    )
    .await;
    // Before the period: not counted.
    handled(&desk, member(4), day0 - Duration::hours(2), 5, None).await;

    let daily = kpi::daily(desk.store(), GUILD, now, 3).await.unwrap();
    let days: Vec<String> = daily.iter().map(|d| d.day.to_string()).collect();
    assert_eq!(days, ["2024-01-15", "2024-01-16", "2024-01-17"]);
    assert_eq!(
        daily[0],
        DailyKpi {
            day: daily[0].day,
            tickets_opened: 2,
            frt_median_s: Some(600),
            csat_mean: Some(3.5),
            csat_count: 2,
        }
    );
    assert_eq!(
        (
            daily[1].tickets_opened,
            daily[1].frt_median_s,
            daily[1].csat_mean
        ),
        (0, None, None)
    );
    assert_eq!((daily[2].tickets_opened, daily[2].frt_median_s), (1, None));
    // The per-day figures add up to the report's over the same days.
    let total: u64 = daily.iter().map(|d| d.tickets_opened).sum();
    assert_eq!(total, 3);
});

desk_test!(the_chart_is_a_png_that_shows_the_data, |db| {
    let desk = db.desk().await;
    let now = t0() + Duration::days(28);
    traffic(&desk, now, 28, 1).await;
    let daily = kpi::daily(desk.store(), GUILD, now, 28).await.unwrap();
    assert_eq!(daily.len(), 28);
    assert!(daily.iter().filter(|d| d.tickets_opened > 0).count() >= 27);
    assert!(daily.iter().any(|d| d.csat_mean.is_some()));

    let png = kpi_chart::render_png(&daily, 1000, 600).unwrap();
    assert!(png.starts_with(PNG_SIGNATURE));
    assert_eq!(png_size(&png), (1000, 600));
    assert!(
        (10_000..1_000_000).contains(&png.len()),
        "{} bytes",
        png.len()
    );
    if let Ok(path) = std::env::var("CONCIERGE_CHART_OUT") {
        std::fs::write(path, &png).unwrap();
    }

    // Other data, other picture; the same data, the same picture.
    let other: Vec<DailyKpi> = daily
        .iter()
        .map(|d| DailyKpi {
            tickets_opened: d.tickets_opened * 2 + 1,
            frt_median_s: d.frt_median_s.map(|s| s / 2),
            csat_mean: d.csat_mean.map(|m| 6.0 - m),
            ..d.clone()
        })
        .collect();
    let png2 = kpi_chart::render_png(&other, 1000, 600).unwrap();
    assert_ne!(png, png2);
    assert_eq!(png, kpi_chart::render_png(&daily, 1000, 600).unwrap());

    // An empty period still draws (axes, no data); sizes out of range are refused.
    let quiet = kpi::daily(desk.store(), GUILD, now + Duration::days(365), 7)
        .await
        .unwrap();
    assert!(quiet.iter().all(|d| d.tickets_opened == 0));
    let empty = kpi_chart::render_png(&quiet, 640, 400).unwrap();
    assert_eq!(png_size(&empty), (640, 400));
    assert!(matches!(
        kpi_chart::render_png(&daily, 100, 50),
        Err(ChartError::Size { .. })
    ));
});

desk_test!(stats_writes_the_chart, |db| {
    let desk = db.desk().await;
    let now = Utc::now();
    traffic(&desk, now, 3, 2).await;
    let file = tempfile::Builder::new().suffix(".png").tempfile().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_concierge"))
        .args(["stats", "--days", "7", "--chart"])
        .arg(file.path())
        .env("DATABASE_URL", &db.url)
        .env_remove("RUST_LOG")
        .current_dir(std::env::temp_dir())
        .output()
        .expect("run concierge");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("first response time"));
    let png = std::fs::read(file.path()).unwrap();
    assert!(png.starts_with(PNG_SIGNATURE));
    assert_eq!(png_size(&png), (1200, 720));
});
