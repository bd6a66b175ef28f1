//! Test databases for the desk tests: a fresh SQLite file per test, and a fresh PostgreSQL
//! database per test on the server `CONCIERGE_TEST_POSTGRES_URL` names. PostgreSQL tests are
//! `#[ignore]`d: `cargo test -- --include-ignored` with the URL set runs them.
#![allow(dead_code)]

pub mod proxy;

use chrono::{DateTime, Duration, Utc};
use concierge::desk::{Desk, DeskRules, OpenRequest};
use concierge::store::{Store, StoreOptions};
use concierge::tickets::{Actor, ChannelId, EventKind, GuildId, TicketId, Tier, UserId};
use std::sync::atomic::{AtomicU32, Ordering};

static COUNTER: AtomicU32 = AtomicU32::new(0);

/// The env var naming a PostgreSQL server for tests.
pub const PG_ENV: &str = "CONCIERGE_TEST_POSTGRES_URL";

/// The PostgreSQL server for tests, or a failure saying how to name one.
pub fn pg_admin_url() -> String {
    std::env::var(PG_ENV).unwrap_or_else(|_| {
        panic!(
            "this test needs PostgreSQL: set {PG_ENV} (e.g. postgres://postgres@127.0.0.1:5432/test), \
             or leave out --include-ignored to skip the PostgreSQL tests"
        )
    })
}

/// A fresh database, removed when dropped.
pub struct TestDb {
    pub url: String,
    pub dir: Option<tempfile::TempDir>,
    /// (admin URL, database name) to drop afterwards.
    pg: Option<(String, String)>,
}

/// `url` with its database name replaced by `db`.
pub fn with_database(url: &str, db: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let scheme_end = base.find("://").map(|i| i + 3).unwrap_or(0);
    let path_start = base[scheme_end..]
        .find('/')
        .map(|i| i + scheme_end)
        .unwrap_or(base.len());
    let mut out = format!("{}/{}", &base[..path_start], db);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

impl TestDb {
    /// A new SQLite file in a temporary folder.
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = format!("sqlite://{}", dir.path().join("desk.db").display());
        TestDb {
            url,
            dir: Some(dir),
            pg: None,
        }
    }

    /// A new PostgreSQL database on the server named by `CONCIERGE_TEST_POSTGRES_URL`.
    /// The tests that call this are `#[ignore]`d (a plain `cargo test` lists them as ignored,
    /// never as passed); `-- --include-ignored` runs them, and without the URL they fail
    /// saying what they need.
    pub async fn postgres() -> TestDb {
        let admin = pg_admin_url();
        let name = format!(
            "concierge_test_{}_{}_{}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::SeqCst),
            Utc::now().timestamp_subsec_nanos()
        );
        let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(&admin)
            .await
            .expect("connect to CONCIERGE_TEST_POSTGRES_URL");
        sqlx::query(&format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .expect("create test database");
        TestDb {
            url: with_database(&admin, &name),
            dir: None,
            pg: Some((admin, name)),
        }
    }

    /// Opens (and migrates) the store.
    pub async fn store(&self) -> Store {
        Store::open_with(
            &self.url,
            StoreOptions {
                acquire_timeout: std::time::Duration::from_secs(5),
                max_connections: Some(8),
                ..StoreOptions::default()
            },
        )
        .await
        .expect("open store")
    }

    /// A desk with the default rules.
    pub async fn desk(&self) -> Desk {
        self.desk_with(DeskRules::default()).await
    }

    /// A desk with custom rules.
    pub async fn desk_with(&self, rules: DeskRules) -> Desk {
        Desk::new(self.store().await, rules)
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = self.pg.take() {
            // Drop runs outside any runtime guarantee: use a private one on a thread.
            let _ = std::thread::spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .ok()?;
                rt.block_on(async {
                    let mut c = <sqlx::PgConnection as sqlx::Connection>::connect(&admin)
                        .await
                        .ok()?;
                    sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                        .execute(&mut c)
                        .await
                        .ok()
                })
            })
            .join();
        }
    }
}

/// Generates `<name>::sqlite` and `<name>::postgres` tests from one async body using `$db`.
#[allow(unused_macros)]
macro_rules! desk_test {
    ($name:ident, |$db:ident| $body:block) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let $db = common::TestDb::sqlite().await;
                $body
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            #[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
            async fn postgres() {
                let $db = common::TestDb::postgres().await;
                $body
            }
        }
    };
}

/// A fixed starting time: Monday 2024-01-15 10:00 UTC.
pub fn t0() -> DateTime<Utc> {
    "2024-01-15T10:00:00Z".parse().unwrap()
}

/// `t0` plus minutes.
pub fn at(minutes: i64) -> DateTime<Utc> {
    t0() + Duration::minutes(minutes)
}

pub const GUILD: GuildId = GuildId(1);

/// A member.
pub fn member(n: u64) -> Actor {
    Actor::member(UserId(1000 + n))
}

/// An agent of a tier.
pub fn agent(n: u64, tier: u8) -> Actor {
    Actor::agent(UserId(5000 + n), Tier(tier))
}

/// A request by a member for themselves.
pub fn request(who: Actor, topic: &str) -> OpenRequest {
    OpenRequest {
        guild: GUILD,
        owner: who.user,
        opened_by: who,
        topic: topic.to_string(),
        first_message: None,
        thread: None,
        interaction: None,
        category: None,
        answers: Vec::new(),
    }
}

/// Awaits spawned tasks in order (a task that panicked fails the test).
pub async fn futures_join<T>(tasks: Vec<tokio::task::JoinHandle<T>>) -> Vec<T> {
    let mut out = Vec::new();
    for t in tasks {
        out.push(t.await.unwrap());
    }
    out
}

/// A ticket opened by `who` ("Login loop", at `t0`) with its thread `thread`.
pub async fn ticket_with_thread(desk: &Desk, who: Actor, thread: u64) -> TicketId {
    let id = desk
        .open(request(who, "Login loop"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    desk.attach_thread(id, ChannelId(thread), at(0))
        .await
        .unwrap();
    id
}

/// The kinds of a ticket's events, oldest first.
pub async fn event_kinds(desk: &Desk, id: TicketId) -> Vec<EventKind> {
    desk.events(id)
        .await
        .unwrap()
        .iter()
        .map(|e| e.kind)
        .collect()
}
