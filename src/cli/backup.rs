//! `concierge backup FILE` and `concierge restore FILE`.
//!
//! SQLite: an online backup (`VACUUM INTO`, the bot may keep running) checked by reading it
//! back; restore checks the file, keeps the database it replaces, and migrates. PostgreSQL:
//! PostgreSQL's own `pg_dump` (custom format) and `pg_restore`, run with the password in the
//! environment rather than on the command line.

use super::database::runtime;
use crate::config;
use crate::store::backup::{self, with_suffix, BackupInfo};
use crate::store::{check_url, password_of, redact, Store};
use anyhow::{bail, Context};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

/// `concierge backup`: a consistent copy of the database.
#[derive(clap::Args)]
pub struct BackupArgs {
    /// The file to write (must not exist).
    pub file: PathBuf,
    /// The database (default: DATABASE_URL, else sqlite://concierge.db).
    #[arg(long)]
    pub database_url: Option<String>,
}

/// `concierge restore`: put a backup in place of the database (stop the bot first).
#[derive(clap::Args)]
pub struct RestoreArgs {
    /// The backup made by `concierge backup`.
    pub file: PathBuf,
    /// The database (default: DATABASE_URL, else sqlite://concierge.db).
    #[arg(long)]
    pub database_url: Option<String>,
    /// Replace a database that already holds data (SQLite keeps it as `<file>.before-restore`).
    #[arg(long)]
    pub replace: bool,
}

fn is_sqlite(url: &str) -> bool {
    url.trim().to_ascii_lowercase().starts_with("sqlite:")
}

fn describe(info: &BackupInfo) -> String {
    format!(
        "{} tickets, schema version {}, {:.1} MB",
        info.tickets,
        info.schema_version,
        info.bytes as f64 / 1_048_576.0
    )
}

/// Runs `concierge backup`.
pub fn backup(args: BackupArgs) -> anyhow::Result<ExitCode> {
    let url = args.database_url.unwrap_or_else(config::database_url);
    check_url(&url)?;
    if !is_sqlite(&url) {
        pg_dump(&url, &args.file)?;
        println!(
            "backed up {} to {} (pg_dump custom format; restore with `concierge restore {}`)",
            redact(&url),
            args.file.display(),
            args.file.display()
        );
        return Ok(ExitCode::SUCCESS);
    }
    runtime()?.block_on(async {
        let store = Store::open(&url)
            .await
            .with_context(|| format!("opening the database {url}"))?;
        let done = store.backup_sqlite_to(&args.file).await;
        store.close().await;
        let info = done?;
        println!(
            "backed up {url} to {} ({})",
            args.file.display(),
            describe(&info)
        );
        Ok(ExitCode::SUCCESS)
    })
}

/// Runs `concierge restore`.
pub fn restore(args: RestoreArgs) -> anyhow::Result<ExitCode> {
    let url = args.database_url.unwrap_or_else(config::database_url);
    check_url(&url)?;
    runtime()?.block_on(async {
        if is_sqlite(&url) {
            let done = backup::restore_sqlite(&args.file, &url, args.replace).await?;
            println!(
                "restored {} into {url} ({})",
                args.file.display(),
                describe(&done.info)
            );
            if let Some(kept) = done.kept {
                println!("the database it replaced is kept as {}", kept.display());
            }
            return Ok(ExitCode::SUCCESS);
        }
        let target = redact(&url);
        let before = open_counting(&url).await?;
        if before > 0 && !args.replace {
            bail!(
                "not restored: {target} already holds {before} tickets; stop the bot and pass \
                 --replace to replace them (back it up first with `concierge backup`)"
            );
        }
        pg_restore(&url, &args.file)?;
        let after = open_counting(&url).await?;
        println!(
            "restored {} into {target} ({after} tickets)",
            args.file.display()
        );
        Ok(ExitCode::SUCCESS)
    })
}

/// Opens (and migrates) the database, and counts its tickets.
async fn open_counting(url: &str) -> anyhow::Result<i64> {
    let store = Store::open(url)
        .await
        .with_context(|| format!("opening the database {}", redact(url)))?;
    let n = store.ticket_count().await;
    store.close().await;
    Ok(n?)
}

/// A PostgreSQL URL without its password, and the password (percent-decoded).
fn split_password(url: &str) -> (String, Option<String>) {
    match password_of(url) {
        Some((scheme, user, password, rest)) => (
            format!("{scheme}{user}{rest}"),
            Some(percent_decode(password)),
        ),
        None => (url.to_string(), None),
    }
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(b)) => {
                out.push(b);
                i += 3;
            }
            (b, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Runs one of PostgreSQL's client tools against `url`; its own message on failure.
fn pg_tool(tool: &str, url: &str, args: &[&std::ffi::OsStr]) -> anyhow::Result<()> {
    let (url, password) = split_password(url);
    let mut cmd = Command::new(tool);
    cmd.args(args).arg("--dbname").arg(&url);
    if let Some(p) = password {
        cmd.env("PGPASSWORD", p);
    }
    let out = match cmd.output() {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!(
            "{tool} was not found: install PostgreSQL's client tools (Debian: apt-get install postgresql-client), the same major version as the server"
        ),
        Err(e) => bail!("could not run {tool}: {e}"),
    };
    if !out.status.success() {
        bail!(
            "{tool} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        );
    }
    Ok(())
}

/// `pg_dump` in custom format to `file` (written under a temporary name, renamed when done).
fn pg_dump(url: &str, file: &Path) -> anyhow::Result<()> {
    if file.exists() {
        bail!(
            "backup {}: already exists; choose a new file name (a backup never overwrites)",
            file.display()
        );
    }
    let partial = with_suffix(file, ".partial");
    let done = pg_tool(
        "pg_dump",
        url,
        &[
            "--format=custom".as_ref(),
            "--no-owner".as_ref(),
            "--no-privileges".as_ref(),
            "--file".as_ref(),
            partial.as_os_str(),
        ],
    );
    if let Err(e) = done {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, file).with_context(|| format!("writing {}", file.display()))
}

/// `pg_restore` of a `pg_dump` custom-format file, all or nothing.
fn pg_restore(url: &str, file: &Path) -> anyhow::Result<()> {
    if !file.is_file() {
        bail!("backup {}: no such file", file.display());
    }
    pg_tool(
        "pg_restore",
        url,
        &[
            "--clean".as_ref(),
            "--if-exists".as_ref(),
            "--no-owner".as_ref(),
            "--no-privileges".as_ref(),
            "--single-transaction".as_ref(),
            "--exit-on-error".as_ref(),
            file.as_os_str(),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_goes_to_the_environment_decoded() {
        assert_eq!(
            split_password("postgres://bot:s%40cret@db:5432/support"),
            (
                "postgres://bot@db:5432/support".to_string(),
                Some("s@cret".to_string())
            )
        );
        assert_eq!(
            split_password("postgres://bot@db/support"),
            ("postgres://bot@db/support".to_string(), None)
        );
    }
}
