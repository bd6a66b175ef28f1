//! SQLite backups: a consistent copy of the live database, and what a backup file holds.
//!
//! `VACUUM INTO` reads one snapshot (a read transaction: the bot keeps writing meanwhile, in
//! WAL mode nothing waits) and writes a compact, self-contained file with no `-wal`. The
//! copy is written next to its destination under a temporary name and renamed when
//! complete, so a backup file is never half-written. PostgreSQL is backed up with its own
//! tools (`pg_dump`), see `cli/backup.rs`.

use super::{Pool, Store, StoreError};
use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row};
use std::path::{Path, PathBuf};

/// What a backup holds, read back from the file itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupInfo {
    /// The newest migration applied to it.
    pub schema_version: i64,
    pub tickets: i64,
    pub bytes: u64,
}

/// A backup that cannot be used, with the reason.
fn unusable(path: &Path, why: impl std::fmt::Display) -> StoreError {
    StoreError::BadBackup(format!("backup {}: {why}", path.display()))
}

/// `path` with `suffix` added to its file name (`a.db` → `a.db-wal`).
pub fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

impl Store {
    /// Writes a consistent copy of this SQLite database to `dest` (which must not exist) while
    /// the database stays in use, and returns what the copy holds.
    pub async fn backup_sqlite_to(&self, dest: &Path) -> Result<BackupInfo, StoreError> {
        let Pool::Sqlite(pool) = &self.pool else {
            return Err(StoreError::BadBackup(
                "this is a PostgreSQL database: `concierge backup` runs pg_dump for it".into(),
            ));
        };
        if dest.exists() {
            return Err(unusable(
                dest,
                "already exists; choose a new file name (a backup never overwrites)",
            ));
        }
        let partial = with_suffix(dest, ".partial");
        let _ = std::fs::remove_file(&partial);
        let written = sqlx::query("VACUUM INTO $1")
            .bind(partial.to_string_lossy().into_owned())
            .execute(pool)
            .await;
        if let Err(e) = written {
            let _ = std::fs::remove_file(&partial);
            return Err(e.into());
        }
        let info = match inspect_sqlite_backup(&partial).await {
            Ok(info) => info,
            Err(e) => {
                let _ = std::fs::remove_file(&partial);
                return Err(e);
            }
        };
        std::fs::rename(&partial, dest).map_err(|e| unusable(dest, e))?;
        Ok(info)
    }
}

/// Opens a SQLite backup read-only and checks it is a whole Concierge database this binary
/// can use: SQLite's integrity check passes, it has Concierge's migrations, none newer than
/// this binary knows.
pub async fn inspect_sqlite_backup(path: &Path) -> Result<BackupInfo, StoreError> {
    let meta = std::fs::metadata(path).map_err(|e| unusable(path, e))?;
    if !meta.is_file() {
        return Err(unusable(path, "not a regular file"));
    }
    let mut conn = SqliteConnectOptions::new()
        .filename(path)
        .read_only(true)
        .connect()
        .await
        .map_err(|e| unusable(path, e))?;
    let checked: Result<BackupInfo, StoreError> = async {
        let verdict: String = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(&mut conn)
            .await
            .map_err(|e| unusable(path, format!("not a SQLite database ({e})")))?;
        if verdict != "ok" {
            return Err(unusable(path, format!("damaged: {verdict}")));
        }
        let version = sqlx::query("SELECT MAX(version) AS v FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut conn)
            .await
            .map_err(|_| unusable(path, "not a Concierge database (it has no migrations)"))?;
        let schema_version: Option<i64> = version.try_get("v")?;
        let Some(schema_version) = schema_version else {
            return Err(unusable(path, "not a Concierge database (no migration applied)"));
        };
        let known = Store::known_schema_version();
        if schema_version > known {
            return Err(unusable(
                path,
                format!("made by a newer concierge (schema version {schema_version}, this binary knows up to {known}); upgrade concierge first"),
            ));
        }
        let tickets: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM tickets")
            .fetch_one(&mut conn)
            .await
            .map_err(|_| unusable(path, "not a Concierge database (it has no tickets table)"))?;
        Ok(BackupInfo {
            schema_version,
            tickets,
            bytes: meta.len(),
        })
    }
    .await;
    conn.close().await.ok();
    checked
}

/// What a restore did.
#[derive(Debug)]
pub struct Restored {
    /// What the backup held.
    pub info: BackupInfo,
    /// Where the database it replaced was kept, if there was one.
    pub kept: Option<PathBuf>,
}

/// The suffix under which a restore keeps the database it replaced.
pub const KEPT_SUFFIX: &str = ".before-restore";

/// Puts a SQLite backup in place of the database at `url` (the bot must be stopped). The
/// backup is checked first; an existing database is replaced only with `replace`, and kept
/// next to it as `<file>.before-restore` (with its `-wal` and `-shm`, so nothing of it is
/// lost). The restored database is then opened, which applies any newer migrations.
pub async fn restore_sqlite(
    backup: &Path,
    url: &str,
    replace: bool,
) -> Result<Restored, StoreError> {
    let info = inspect_sqlite_backup(backup).await?;
    let target = super::sqlite_path(url)?;
    let exists = target.exists();
    if exists && !replace {
        return Err(StoreError::BadBackup(format!(
            "not restored: the database {} already exists; stop the bot and pass --replace to \
             replace it (the current file is kept as {})",
            target.display(),
            with_suffix(&target, KEPT_SUFFIX).display()
        )));
    }
    let fail = |e: std::io::Error| {
        StoreError::BadBackup(format!("restoring into {}: {e}", target.display()))
    };
    let incoming = with_suffix(&target, ".restoring");
    std::fs::copy(backup, &incoming).map_err(fail)?;
    std::fs::File::open(&incoming)
        .and_then(|f| f.sync_all())
        .map_err(fail)?;
    let kept = if exists {
        let kept = with_suffix(&target, KEPT_SUFFIX);
        for part in ["", "-wal", "-shm"] {
            let from = with_suffix(&target, part);
            let to = with_suffix(&kept, part);
            let _ = std::fs::remove_file(&to);
            if from.exists() {
                std::fs::rename(&from, &to).map_err(fail)?;
            }
        }
        Some(kept)
    } else {
        None
    };
    std::fs::rename(&incoming, &target).map_err(fail)?;
    let store = Store::open(url).await?;
    store.close().await;
    Ok(Restored { info, kept })
}
