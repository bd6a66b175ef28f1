//! Store errors: each names the problem (unreachable, bad credentials, corrupt file...) plainly.

use sqlx::migrate::MigrateError;
use sqlx::postgres::PgConnectOptions;
use thiserror::Error;

/// Something went wrong talking to the database.
#[derive(Debug, Error)]
pub enum StoreError {
    /// The URL's scheme is neither SQLite nor PostgreSQL.
    #[error("DATABASE_URL `{0}` is not supported: use sqlite://path/to/file.db or postgres://user:password@host:5432/database")]
    UnknownScheme(String),
    /// The URL could not be parsed.
    #[error("DATABASE_URL is not a valid database URL: {0}")]
    BadUrl(String),
    /// The SQLite file cannot be created or opened (missing folder, no permission).
    #[error("cannot open the SQLite database {path}: {reason} (check the folder exists and is writable)")]
    CannotOpen { path: String, reason: String },
    /// The database refuses writes.
    #[error("the database is read-only: {0} (check the file and folder permissions)")]
    ReadOnly(String),
    /// The file is not a SQLite database, or is damaged.
    #[error("the database {path} is corrupted or is not a SQLite database: {reason}")]
    Corrupt { path: String, reason: String },
    /// The PostgreSQL server cannot be reached.
    #[error("the PostgreSQL server at {target} is unreachable: {reason}")]
    Unreachable { target: String, reason: String },
    /// PostgreSQL refused the user or password.
    #[error("PostgreSQL refused the credentials of user `{user}`: {reason}")]
    BadCredentials { user: String, reason: String },
    /// The named PostgreSQL database does not exist.
    #[error("the PostgreSQL database `{0}` does not exist (create it first, e.g. `createdb {0}`)")]
    NoSuchDatabase(String),
    /// The database was migrated by a newer concierge.
    #[error("the database schema is newer than this concierge (it has migration {version}, this binary knows up to {known}); upgrade concierge")]
    NewerSchema { version: i64, known: i64 },
    /// Migrations could not be applied.
    #[error("could not apply the database migrations: {0}")]
    Migrate(String),
    /// The connection was lost or no connection could be had in time; nothing was written.
    #[error("the database is unavailable ({0}); the operation was not applied, try again")]
    Unavailable(String),
    /// The disk (or the database's size limit) is full; nothing was written.
    #[error("the database is full ({0}); the operation was not applied")]
    Full(String),
    /// The tables are gone (the database was dropped and created again); the store applies
    /// its migrations again on [`Store::recover`](super::Store::recover).
    #[error("the database schema is missing ({0}); the operation was not applied")]
    SchemaMissing(String),
    /// A backup file that cannot be used (or written), with the reason.
    #[error("{0}")]
    BadBackup(String),
    /// A stored value this version cannot read.
    #[error("unexpected data in the database: {0}")]
    Data(String),
    /// Any other database error.
    #[error("database error: {0}")]
    Database(String),
}

impl StoreError {
    /// Whether the database could not do the work at all right now (unreachable, full, busy,
    /// read-only, closed, its schema gone): nothing was applied, and trying again later may
    /// work. Members are told "the database is unavailable" rather than "something went wrong".
    pub fn is_unavailable(&self) -> bool {
        matches!(
            self,
            StoreError::Unavailable(_)
                | StoreError::Full(_)
                | StoreError::SchemaMissing(_)
                | StoreError::ReadOnly(_)
                | StoreError::Unreachable { .. }
        )
    }

    /// Whether SQLite refused for another connection's lock (`SQLITE_BUSY`, `SQLITE_LOCKED`).
    /// Its busy timeout waits out most of those; a transaction that took its snapshot before
    /// another's commit cannot wait (`SQLITE_BUSY_SNAPSHOT`) and must start again.
    pub fn is_busy(&self) -> bool {
        matches!(self, StoreError::Unavailable(m) if m.starts_with(BUSY))
    }
}

/// How [`StoreError::Unavailable`] begins for SQLite's busy and locked errors.
const BUSY: &str = "database busy: ";

fn sqlite_primary_code(e: &sqlx::Error) -> Option<i32> {
    let db = e.as_database_error()?;
    let code: i32 = db.code()?.parse().ok()?;
    Some(code & 0xff)
}

impl StoreError {
    /// Classifies an error met while opening a SQLite file.
    pub(crate) fn classify_sqlite_open(path: &str, e: sqlx::Error) -> StoreError {
        match sqlite_primary_code(&e) {
            Some(14) => StoreError::CannotOpen {
                path: path.to_string(),
                reason: e
                    .as_database_error()
                    .map(|d| d.message().to_string())
                    .unwrap_or_default(),
            },
            _ => match StoreError::from(e) {
                StoreError::Database(reason) | StoreError::Unavailable(reason) => {
                    StoreError::CannotOpen {
                        path: path.to_string(),
                        reason,
                    }
                }
                StoreError::Corrupt { reason, .. } => StoreError::Corrupt {
                    path: path.to_string(),
                    reason,
                },
                other => other,
            },
        }
    }

    /// Classifies an error met while connecting to PostgreSQL.
    pub(crate) fn classify_pg_open(
        opts: &PgConnectOptions,
        target: &str,
        e: sqlx::Error,
    ) -> StoreError {
        if let Some(db) = e.as_database_error() {
            let code = db.code().map(|c| c.to_string()).unwrap_or_default();
            if code == "28P01" || code == "28000" {
                return StoreError::BadCredentials {
                    user: opts.get_username().to_string(),
                    reason: db.message().to_string(),
                };
            }
            if code == "3D000" {
                return StoreError::NoSuchDatabase(opts.get_database().unwrap_or("?").to_string());
            }
            return StoreError::Database(db.message().to_string());
        }
        match e {
            sqlx::Error::Io(io) => StoreError::Unreachable {
                target: target.to_string(),
                reason: io.to_string(),
            },
            sqlx::Error::Tls(t) => StoreError::Unreachable {
                target: target.to_string(),
                reason: format!("TLS: {t}"),
            },
            other => StoreError::Unreachable {
                target: target.to_string(),
                reason: other.to_string(),
            },
        }
    }

    /// Classifies a migration failure.
    pub(crate) fn from_migrate(e: MigrateError) -> StoreError {
        match e {
            MigrateError::VersionMissing(version) => StoreError::NewerSchema {
                version,
                known: super::Store::known_schema_version(),
            },
            MigrateError::Execute(e) => match StoreError::from(e) {
                StoreError::Database(m) => StoreError::Migrate(m),
                other => other,
            },
            other => StoreError::Migrate(other.to_string()),
        }
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> StoreError {
        if let Some(db) = e.as_database_error() {
            let code = db.code().map(|c| c.to_string()).unwrap_or_default();
            let msg = db.message().to_string();
            // PostgreSQL: connection exceptions (08xxx), shutdown / terminated (57Pxx).
            if code.starts_with("08") || code.starts_with("57P") {
                return StoreError::Unavailable(msg);
            }
            // PostgreSQL: undefined table, or the database itself is gone.
            if code == "42P01" || code == "3D000" {
                return StoreError::SchemaMissing(msg);
            }
            return match sqlite_primary_code(&e) {
                Some(8) => StoreError::ReadOnly(msg),
                Some(11) | Some(26) => StoreError::Corrupt {
                    path: String::new(),
                    reason: msg,
                },
                Some(14) => StoreError::CannotOpen {
                    path: String::new(),
                    reason: msg,
                },
                Some(5) | Some(6) => {
                    tracing::debug!(code = %code, "SQLite busy");
                    StoreError::Unavailable(format!("{BUSY}{msg}"))
                }
                Some(13) => StoreError::Full(msg),
                Some(1) if msg.starts_with("no such table") => StoreError::SchemaMissing(msg),
                _ => StoreError::Database(msg),
            };
        }
        match e {
            sqlx::Error::Io(io) => StoreError::Unavailable(format!("connection lost: {io}")),
            sqlx::Error::PoolTimedOut => {
                StoreError::Unavailable("no database connection could be made in time".into())
            }
            sqlx::Error::PoolClosed => StoreError::Unavailable("the store was closed".into()),
            sqlx::Error::WorkerCrashed => {
                StoreError::Unavailable("the database worker stopped".into())
            }
            sqlx::Error::Protocol(p) => StoreError::Unavailable(format!("protocol: {p}")),
            sqlx::Error::ColumnDecode { index, source } => {
                StoreError::Data(format!("column {index}: {source}"))
            }
            other => StoreError::Database(other.to_string()),
        }
    }
}
