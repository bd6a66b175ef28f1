//! Persistence with sqlx on SQLite (embedded, default) or PostgreSQL, one file per aggregate.
//!
//! SQL is portable (`$1` placeholders work on both); [`with_pool!`] writes each query once and
//! runs it on whichever pool the URL chose. Times are Unix seconds, Discord ids `BIGINT`.

pub mod answers;
pub mod backup;
pub mod blocks;
pub mod categories;
pub mod close_requests;
pub mod dashboard;
pub mod entry_figures;
mod error;
pub mod events;
pub mod guilds;
pub mod kb_changes;
pub mod locales;
pub mod messages;
pub mod notes;
pub mod panels;
pub mod people;
pub mod ratings;
pub mod reports;
pub mod settings;
pub mod tags;
pub mod ticket_list;
pub mod tickets;
pub mod transition;

pub use error::StoreError;

use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions, SqliteSynchronous,
};
use sqlx::{ConnectOptions, Connection};
use std::str::FromStr;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Runs `$body` with `$pool` bound to the SQLite or the PostgreSQL pool.
macro_rules! with_pool {
    ($store:expr, |$pool:ident| $body:expr) => {
        match &$store.pool {
            $crate::store::Pool::Sqlite($pool) => $body,
            $crate::store::Pool::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_pool;

/// Runs `$body` in a transaction on a connection of its own and commits it; `$body` is the
/// value. A connection whose transaction failed (a statement or the COMMIT: a full disk, a
/// lost server) is closed, never handed back to the pool mid-transaction: SQLite would keep
/// its write lock and every later write would wait and fail with "database is locked".
///
/// One that SQLite refused as busy ([`StoreError::is_busy`]: a snapshot older than another
/// connection's commit, which no busy timeout can wait out) applied nothing: it runs again,
/// on a fresh connection, up to [`BUSY_RETRIES`] times.
macro_rules! transaction {
    ($pool:expr, |$tx:ident| $body:expr) => {{
        let mut retries = 0u32;
        loop {
            let mut conn = $pool.acquire().await?;
            let result: Result<_, $crate::store::StoreError> = async {
                let mut $tx = sqlx::Connection::begin(&mut *conn).await?;
                let value = $body;
                $tx.commit().await?;
                Ok(value)
            }
            .await;
            if result.is_err() {
                conn.close_on_drop();
            }
            match result {
                Err(e) if e.is_busy() && retries < $crate::store::BUSY_RETRIES => {
                    retries += 1;
                    drop(conn);
                    tokio::time::sleep(std::time::Duration::from_millis(10 * u64::from(retries)))
                        .await;
                }
                other => break other,
            }
        }
    }};
}

/// How many times a transaction SQLite refused as busy runs again.
pub(crate) const BUSY_RETRIES: u32 = 5;
pub(crate) use transaction;

/// Which database a store talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

#[derive(Clone)]
pub(crate) enum Pool {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// Connection settings beyond the URL.
#[derive(Debug, Clone)]
pub struct StoreOptions {
    /// How long an operation waits for a connection before failing as unavailable (default 5 s).
    pub acquire_timeout: Duration,
    /// Pool size (default 8 for PostgreSQL, 4 for SQLite).
    pub max_connections: Option<u32>,
    /// SQLite only: a cap on the database's size, applied to every connection as it is taken
    /// from the pool. Writes past it fail as a full disk does (SQLITE_FULL), so the tests
    /// exercise a full disk portably, and raising it is "space came back".
    pub sqlite_page_limit: Option<PageLimit>,
}

impl Default for StoreOptions {
    fn default() -> Self {
        StoreOptions {
            acquire_timeout: Duration::from_secs(5),
            max_connections: None,
            sqlite_page_limit: None,
        }
    }
}

/// A SQLite size cap in pages (`PRAGMA max_page_count`), changeable while the store runs.
/// SQLite never lowers the cap below the file's current size: a limit of 1 means "not one
/// page more than now".
#[derive(Debug, Clone)]
pub struct PageLimit(Arc<AtomicU32>);

impl PageLimit {
    /// SQLite's own default maximum: no practical cap.
    pub const UNLIMITED: u32 = 0x3fff_fffe;

    /// A cap of `pages`.
    pub fn new(pages: u32) -> PageLimit {
        PageLimit(Arc::new(AtomicU32::new(pages)))
    }

    /// Changes the cap; connections taken from the pool from now on get it.
    pub fn set(&self, pages: u32) {
        self.0.store(pages, Ordering::SeqCst);
    }

    /// The cap.
    pub fn get(&self) -> u32 {
        self.0.load(Ordering::SeqCst)
    }
}

/// The database: SQLite or PostgreSQL, migrated on open. Cheap to clone (a pool handle).
#[derive(Clone)]
pub struct Store {
    pub(crate) pool: Pool,
}

static SQLITE_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/sqlite");
static POSTGRES_MIGRATIONS: sqlx::migrate::Migrator = sqlx::migrate!("./migrations/postgres");

/// A URL's parts around its password: (`scheme://`, user, password, `@host...`), when it
/// has one.
pub fn password_of(url: &str) -> Option<(&str, &str, &str, &str)> {
    let (s, at) = (url.find("://")?, url.rfind('@')?);
    if at <= s {
        return None;
    }
    let (user, password) = url[s + 3..at].split_once(':')?;
    Some((&url[..s + 3], user, password, &url[at..]))
}

/// The URL without its password, for error messages.
pub fn redact(url: &str) -> String {
    match password_of(url) {
        Some((scheme, user, _, rest)) => format!("{scheme}{user}:***{rest}"),
        None => url.to_string(),
    }
}

/// Checks a database URL without connecting: a known scheme, and for SQLite a file name.
/// `sqlite://` alone would open a private in-memory database per connection, where every
/// query fails with "no such table".
pub fn check_url(url: &str) -> Result<(), StoreError> {
    let url = url.trim();
    let scheme = url.split(':').next().unwrap_or("").to_ascii_lowercase();
    match scheme.as_str() {
        "sqlite" => {
            let rest = url["sqlite:".len()..].trim_start_matches('/');
            let path = rest.split('?').next().unwrap_or("");
            if path.is_empty() {
                return Err(StoreError::BadUrl(format!(
                    "`{url}` names no database file (like sqlite://concierge.db or sqlite:///var/lib/concierge/concierge.db)"
                )));
            }
            Ok(())
        }
        "postgres" | "postgresql" => PgConnectOptions::from_str(url)
            .map(|_| ())
            .map_err(|e| StoreError::BadUrl(format!("{}: {e}", redact(url)))),
        _ => Err(StoreError::UnknownScheme(redact(url))),
    }
}

/// The file a `sqlite:` URL names.
pub fn sqlite_path(url: &str) -> Result<std::path::PathBuf, StoreError> {
    check_url(url)?;
    let opts = SqliteConnectOptions::from_str(url.trim())
        .map_err(|e| StoreError::BadUrl(format!("{url}: {e}")))?;
    Ok(opts.get_filename().to_path_buf())
}

impl Store {
    /// Opens (creating a missing SQLite file) and migrates the database named by `url`.
    pub async fn open(url: &str) -> Result<Store, StoreError> {
        Store::open_with(url, StoreOptions::default()).await
    }

    /// [`Store::open`] with explicit connection settings.
    pub async fn open_with(url: &str, opts: StoreOptions) -> Result<Store, StoreError> {
        let url = url.trim();
        check_url(url)?;
        let store = if url.to_ascii_lowercase().starts_with("sqlite:") {
            Store::open_sqlite(url, &opts).await?
        } else {
            Store::open_postgres(url, &opts).await?
        };
        store.migrate().await?;
        if let Pool::Sqlite(p) = &store.pool {
            // A file that may be read but not written (permissions, a read-only mount or
            // `mode=ro`) is refused here, not at the first member's action. Writes nothing.
            sqlx::query("DELETE FROM _sqlx_migrations WHERE 0")
                .execute(p)
                .await?;
        }
        Ok(store)
    }

    async fn open_sqlite(url: &str, opts: &StoreOptions) -> Result<Store, StoreError> {
        let connect = SqliteConnectOptions::from_str(url)
            .map_err(|e| StoreError::BadUrl(format!("{url}: {e}")))?
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            // The usual WAL pairing: no fsync per commit, still never corrupt.
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10));
        let path = connect.get_filename().display().to_string();
        // Open one connection now so a bad file is reported here, by name.
        let probe = connect
            .connect()
            .await
            .map_err(|e| StoreError::classify_sqlite_open(&path, e))?;
        probe.close().await.ok();
        let mut pool = SqlitePoolOptions::new()
            .max_connections(opts.max_connections.unwrap_or(4))
            .acquire_timeout(opts.acquire_timeout);
        if let Some(limit) = opts.sqlite_page_limit.clone() {
            pool = pool.before_acquire(move |conn, _| {
                let limit = limit.get();
                Box::pin(async move {
                    sqlx::query(&format!("PRAGMA max_page_count = {limit}"))
                        .execute(&mut *conn)
                        .await?;
                    Ok(true)
                })
            });
        }
        let pool = pool.connect_lazy_with(connect);
        Ok(Store {
            pool: Pool::Sqlite(pool),
        })
    }

    async fn open_postgres(url: &str, opts: &StoreOptions) -> Result<Store, StoreError> {
        let connect = PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::BadUrl(format!("{}: {e}", redact(url))))?;
        let target = format!("{}:{}", connect.get_host(), connect.get_port());
        // One direct connection first: the pool would hide *why* it cannot connect.
        match tokio::time::timeout(opts.acquire_timeout, connect.connect()).await {
            Err(_) => {
                return Err(StoreError::Unreachable {
                    target,
                    reason: format!("no answer within {} s", opts.acquire_timeout.as_secs_f32()),
                })
            }
            Ok(Err(e)) => return Err(StoreError::classify_pg_open(&connect, &target, e)),
            Ok(Ok(conn)) => {
                conn.close().await.ok();
            }
        }
        let pool = PgPoolOptions::new()
            .max_connections(opts.max_connections.unwrap_or(8))
            .acquire_timeout(opts.acquire_timeout)
            .connect_lazy_with(connect);
        Ok(Store {
            pool: Pool::Postgres(pool),
        })
    }

    /// Applies the embedded migrations; refuses a database migrated by a newer concierge.
    pub async fn migrate(&self) -> Result<(), StoreError> {
        let result = match &self.pool {
            Pool::Sqlite(p) => SQLITE_MIGRATIONS.run(p).await,
            Pool::Postgres(p) => POSTGRES_MIGRATIONS.run(p).await,
        };
        result.map_err(StoreError::from_migrate)
    }

    /// The newest migration version this binary knows.
    pub fn known_schema_version() -> i64 {
        SQLITE_MIGRATIONS
            .iter()
            .map(|m| m.version)
            .max()
            .unwrap_or(0)
    }

    /// Which backend this store uses.
    pub fn backend(&self) -> Backend {
        match self.pool {
            Pool::Sqlite(_) => Backend::Sqlite,
            Pool::Postgres(_) => Backend::Postgres,
        }
    }

    /// Whether the database answers (`SELECT 1`).
    pub async fn ping(&self) -> Result<(), StoreError> {
        with_pool!(self, |p| sqlx::query("SELECT 1")
            .execute(p)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Closes every connection (waits for running operations).
    pub async fn close(&self) {
        with_pool!(self, |p| p.close().await)
    }
}

/// Unix seconds from a time.
pub fn ts(t: chrono::DateTime<chrono::Utc>) -> i64 {
    t.timestamp()
}

/// A time from Unix seconds.
pub fn from_ts(s: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp(s, 0).unwrap_or_default()
}
