//! Dashboard bench (`cargo bench --bench web`): the server time of the overview
//! (`/g/{guild}?days=30`) and of the ticket list (`/g/{guild}/tickets`: the first page, by
//! status, and with a search text, which reads the messages) over 100 000 tickets opened over
//! 90 days, with their messages, events and ratings, on SQLite and PostgreSQL
//! (`CONCIERGE_TEST_POSTGRES_URL`, skipped when unset). Target: under 100 ms each.
//!
//! The real router runs in-process (no socket, no HTTP client): each request carries the
//! session cookie of a login link, so it pays everything a browser's would on the server:
//! session lookup, access, the queries, the rendering. Every response is checked (200 and
//! the figures or rows expected), so an error page cannot pass for a fast one. Prints a
//! table; no harness. `WEB_BENCH_KEEP=1` keeps the databases (and says where) for EXPLAIN;
//! `WEB_BENCH_PARTS=1` also times the desk calls behind the pages, one at a time.

mod common;

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use chrono::{DateTime, Duration as ChronoDuration, Utc};
use common::seed::{self, Seed, SEARCH_WORD};
use concierge::clock::ManualClock;
use concierge::config::DashboardConfig;
use concierge::desk::{Desk, DeskRules, NoDirectory, PageRequest, TicketListFilter};
use concierge::kb::live::LiveKb;
use concierge::store::reports::Grouping;
use concierge::store::Store;
use concierge::tickets::{EventKind, GuildId, Status};
use concierge::web::app::{router, Dashboard};
use concierge::web::session::COOKIE_NAME;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower::ServiceExt;

const TICKETS: i64 = 100_000;
const GUILD: GuildId = GuildId(1);
const WARM_UPS: usize = 3;
const RUNS: usize = 30;
const TARGET_MS: f64 = 100.0;
/// The list's page size when `per` is not given.
const PER_PAGE: usize = 50;

/// A page to time and what its response must hold.
struct Page {
    label: &'static str,
    path: String,
    expect: Vec<String>,
    /// Ticket rows the table must have (none: not a list).
    rows: Option<usize>,
}

fn pages(s: &Seed) -> Vec<Page> {
    let g = GUILD.0;
    let total = |n: i64| format!("<strong>{n}</strong> tickets");
    vec![
        Page {
            label: "overview ?days=30",
            path: format!("/g/{g}?days=30"),
            expect: vec![
                format!(
                    "<div class=\"label\">Tickets opened</div><div class=\"value\">{}</div>",
                    s.opened_within(30)
                ),
                "Median first response per day".into(),
                "Agent 100".into(),
                "Billing".into(),
            ],
            rows: None,
        },
        Page {
            label: "tickets (first page)",
            path: format!("/g/{g}/tickets"),
            expect: vec![total(s.tickets), "Page 1 of".into()],
            rows: Some(PER_PAGE),
        },
        Page {
            label: "tickets ?status=open",
            path: format!("/g/{g}/tickets?status=open"),
            expect: vec![total(s.open_tickets())],
            rows: Some(PER_PAGE),
        },
        Page {
            label: "tickets ?q= (search)",
            path: format!("/g/{g}/tickets?q={SEARCH_WORD}"),
            expect: vec![total(s.search_hits())],
            rows: Some(PER_PAGE),
        },
    ]
}

/// One page's figures on one database.
struct Figures {
    database: &'static str,
    page: &'static str,
    median: Duration,
    p90: Duration,
}

/// The sample of nearest rank `p` percent.
fn percentile(sorted: &[Duration], p: usize) -> Duration {
    let rank = (sorted.len() * p).div_ceil(100).max(1);
    sorted[rank - 1]
}

/// Sends `req` through the router; the status, the `Set-Cookie` header and the body, and the
/// time from sending to the last byte of the body.
async fn send(app: &Router, req: Request<Body>) -> (StatusCode, String, String, Duration) {
    let start = Instant::now();
    let res = app.clone().oneshot(req).await.expect("the router answers");
    let status = res.status();
    let cookie = res
        .headers()
        .get(header::SET_COOKIE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let body = axum::body::to_bytes(res.into_body(), usize::MAX)
        .await
        .expect("the body");
    let took = start.elapsed();
    (
        status,
        cookie,
        String::from_utf8_lossy(&body).into_owned(),
        took,
    )
}

/// Signs in with a one-time login link, as a browser does; returns the session cookie.
async fn sign_in(app: &Router, desk: &Desk, now: DateTime<Utc>) -> String {
    let link = desk
        .create_login_link(GUILD, now, 15)
        .await
        .expect("login link");
    let req = Request::post(format!("/login/link/{link}"))
        .body(Body::empty())
        .expect("request");
    let (status, cookie, body, _) = send(app, req).await;
    assert_eq!(status, StatusCode::SEE_OTHER, "{body}");
    let pair = cookie.split(';').next().unwrap_or("");
    assert!(
        pair.starts_with(&format!("{COOKIE_NAME}=")),
        "no session cookie: {cookie}"
    );
    pair.to_string()
}

/// Checks a response is the page asked for, with its figures or rows.
fn check(page: &Page, status: StatusCode, body: &str) {
    assert_eq!(status, StatusCode::OK, "{}: {body}", page.path);
    for e in &page.expect {
        assert!(body.contains(e.as_str()), "{}: `{e}` missing", page.path);
    }
    if let Some(rows) = page.rows {
        let tbody = body
            .split_once("<tbody>")
            .and_then(|(_, rest)| rest.split_once("</tbody>"))
            .map_or("", |(t, _)| t);
        assert_eq!(tbody.matches("<tr>").count(), rows, "{}: rows", page.path);
    }
}

/// Seeds `url`, serves the dashboard over it and times every page.
async fn bench(database: &'static str, url: &str) -> (Duration, Vec<Figures>) {
    let now = Utc::now();
    let s = Seed::dashboard(GUILD, TICKETS);
    let start = Instant::now();
    seed::fill(url, now, &s).await;
    let seeding = start.elapsed();

    let store = Store::open(url).await.expect("open store");
    let desk = Desk::new(store, DeskRules::default());
    let kb_dir = tempfile::tempdir().expect("tempdir");
    let kb = LiveKb::load(kb_dir.path()).expect("an empty knowledge base");
    let dash = Dashboard::new(
        desk.clone(),
        kb,
        Arc::new(NoDirectory),
        DashboardConfig::default(),
        None,
        // The clock stands at the seeding's now, so the figures are the ones expected.
        Arc::new(ManualClock::at(now)),
    );
    let app = router(dash);
    let cookie = sign_in(&app, &desk, now).await;

    let mut out = Vec::new();
    for page in pages(&s) {
        let mut times = Vec::with_capacity(RUNS);
        for run in 0..WARM_UPS + RUNS {
            let req = Request::get(page.path.as_str())
                .header(header::COOKIE, cookie.as_str())
                .body(Body::empty())
                .expect("request");
            let (status, _, body, took) = send(&app, req).await;
            check(&page, status, &body);
            if run >= WARM_UPS {
                times.push(took);
            }
        }
        times.sort_unstable();
        out.push(Figures {
            database,
            page: page.label,
            median: percentile(&times, 50),
            p90: percentile(&times, 90),
        });
    }
    if std::env::var_os("WEB_BENCH_PARTS").is_some() {
        parts(database, &desk, now).await;
    }
    desk.shutdown().await;
    (seeding, out)
}

/// The median of 10 runs of `f`, after one.
async fn median_of<F, Fut, T>(mut f: F) -> Duration
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = T>,
{
    let _ = f().await;
    let mut times: Vec<Duration> = Vec::new();
    for _ in 0..10 {
        let start = Instant::now();
        let _ = f().await;
        times.push(start.elapsed());
    }
    times.sort_unstable();
    percentile(&times, 50)
}

/// Where a page's time goes: the desk calls behind it, each alone.
async fn parts(database: &str, desk: &Desk, now: DateTime<Utc>) {
    let list = |filter: TicketListFilter| async move {
        desk.ticket_list(GUILD, &filter, PageRequest::default())
            .await
            .expect("list")
    };
    let timed = [
        (
            "known_guilds",
            median_of(|| async { desk.known_guilds().await.expect("guilds") }).await,
        ),
        (
            "server",
            median_of(|| async { desk.server(GUILD).await.expect("server") }).await,
        ),
        (
            "kpi_report",
            median_of(|| async { desk.kpi_report(GUILD, now, 30).await.expect("report") }).await,
        ),
        (
            "kpi_daily",
            median_of(|| async { desk.kpi_daily(GUILD, now, 30).await.expect("daily") }).await,
        ),
        (
            "csat_distribution",
            median_of(|| async { desk.csat_distribution(GUILD, now, 30).await.expect("csat") })
                .await,
        ),
        (
            "tags",
            median_of(|| async { desk.tags(GUILD).await.expect("tags") }).await,
        ),
        (
            "ticket_list",
            median_of(|| list(TicketListFilter::default())).await,
        ),
        (
            "ticket_list status",
            median_of(|| {
                list(TicketListFilter {
                    statuses: vec![Status::Open],
                    ..TicketListFilter::default()
                })
            })
            .await,
        ),
        (
            "ticket_list search",
            median_of(|| {
                list(TicketListFilter {
                    search: Some(SEARCH_WORD.into()),
                    ..TicketListFilter::default()
                })
            })
            .await,
        ),
    ];
    for (what, took) in timed {
        println!("{database:<10} part {what:<20} {:>7.1} ms", ms(took));
    }
    // The overview's queries, each alone (with the rows they move).
    let store = desk.store();
    let (since, now_s) = (
        (now - ChronoDuration::days(30)).timestamp(),
        now.timestamp(),
    );
    let day_ago = now_s - 86_400;
    let timed = [
        (
            "opened_figures",
            median_of(|| store.opened_figures(GUILD, since, now_s)).await,
        ),
        (
            "closed_figures",
            median_of(|| store.closed_figures(GUILD, since, now_s)).await,
        ),
        (
            "backlog_figures",
            median_of(|| store.backlog_figures(GUILD, now_s)).await,
        ),
        (
            "csat_figures",
            median_of(|| store.csat_figures(GUILD, since)).await,
        ),
        (
            "deflection_figures",
            median_of(|| store.deflection_figures(GUILD, since, day_ago)).await,
        ),
        (
            "count_events_since",
            median_of(|| {
                store.count_events_since(GUILD, EventKind::Reopened, now - ChronoDuration::days(30))
            })
            .await,
        ),
        (
            "frts_by_agent",
            median_of(|| store.frts_by_agent(GUILD, since, now_s)).await,
        ),
        (
            "grouped by tag",
            median_of(|| store.grouped_figures(Grouping::Tag, GUILD, since, now_s)).await,
        ),
        (
            "grouped by category",
            median_of(|| store.grouped_figures(Grouping::Category, GUILD, since, now_s)).await,
        ),
        (
            "daily_opened",
            median_of(|| store.daily_opened(GUILD, since, now_s)).await,
        ),
        (
            "daily_csat",
            median_of(|| store.daily_csat(GUILD, since, now_s)).await,
        ),
        (
            "owner_rating_counts",
            median_of(|| store.owner_rating_counts(GUILD, now - ChronoDuration::days(30), now))
                .await,
        ),
    ];
    for (what, took) in timed {
        println!("{database:<10} query {what:<20} {:>7.1} ms", ms(took));
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn main() {
    let Some(rt) = common::database_bench_runtime("web") else {
        return;
    };
    rt.block_on(async {
        let keep = std::env::var_os("WEB_BENCH_KEEP").is_some();
        let mut seedings = Vec::new();
        let mut figures = Vec::new();

        let dir = tempfile::tempdir().expect("tempdir");
        let file = dir.path().join("web.db");
        let (seeding, f) = bench("sqlite", &format!("sqlite://{}", file.display())).await;
        seedings.push(("sqlite", seeding));
        figures.extend(f);
        if keep {
            let kept = dir.keep();
            println!(
                "kept the SQLite database: {}",
                kept.join("web.db").display()
            );
        }

        match std::env::var("CONCIERGE_TEST_POSTGRES_URL")
            .ok()
            .filter(|u| !u.is_empty())
        {
            Some(admin) => {
                let (url, name) = seed::fresh_postgres(&admin, "web").await;
                let (seeding, f) = bench("postgres", &url).await;
                seedings.push(("postgres", seeding));
                figures.extend(f);
                if keep {
                    println!("kept the PostgreSQL database: {url}");
                } else {
                    seed::drop_postgres(&admin, &name).await;
                }
            }
            None => println!("postgres   skipped (CONCIERGE_TEST_POSTGRES_URL is not set)"),
        }

        println!();
        println!(
            "dashboard server time, {TICKETS} tickets over 90 days (4 messages each, \
             events, ratings), {RUNS} requests after {WARM_UPS} warm-ups, router in-process"
        );
        for (database, took) in &seedings {
            println!("{database:<10} seeding: {:.1} s", took.as_secs_f64());
        }
        println!(
            "{:<10} {:<22} {:>10} {:>10}  {TARGET_MS:.0} ms target",
            "database", "page", "median", "p90"
        );
        for f in &figures {
            let verdict = if ms(f.p90) < TARGET_MS {
                "met"
            } else if ms(f.median) < TARGET_MS {
                "median only"
            } else {
                "MISSED"
            };
            println!(
                "{:<10} {:<22} {:>7.1} ms {:>7.1} ms  {verdict}",
                f.database,
                f.page,
                ms(f.median),
                ms(f.p90)
            );
        }
    });
}
