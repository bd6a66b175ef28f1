//! `concierge backup` and `concierge restore` with the real binary: an online SQLite backup
//! taken while tickets are being written, restored in place of the live file (which is kept)
//! and into a new one; unusable backups refused by what is wrong; PostgreSQL with pg_dump and
//! pg_restore.

#[macro_use]
mod common;

use common::*;
use std::path::Path;
use std::process::{Command, Output};

fn concierge(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_concierge"))
        .args(args)
        .env_remove("DATABASE_URL")
        .current_dir(std::env::temp_dir())
        .output()
        .expect("run concierge")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[track_caller]
fn succeeded(o: &Output) -> String {
    assert!(o.status.success(), "{}{}", stdout(o), stderr(o));
    stdout(o)
}

#[track_caller]
fn refused(o: &Output, why: &str) {
    assert_eq!(o.status.code(), Some(2), "{}{}", stdout(o), stderr(o));
    assert!(
        stderr(o).contains(why),
        "expected `{why}` in: {}",
        stderr(o)
    );
}

fn path_str(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The ticket count a `backed up … (N tickets, …)` line reports.
fn reported_tickets(line: &str) -> i64 {
    let start = line.find('(').unwrap() + 1;
    line[start..].split(' ').next().unwrap().parse().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_backup_while_writing_then_restore_in_place_keeping_the_old_file() {
    let db = TestDb::sqlite().await;
    let dir = db.dir.as_ref().unwrap().path().to_path_buf();
    let desk = db.desk().await;
    for n in 1..=3 {
        desk.open(request(member(n), "my invoice is wrong"), at(0))
            .await
            .unwrap();
    }
    // The bot keeps writing while the backup runs: the backup is one consistent snapshot.
    let writer = {
        let desk = db.desk().await;
        tokio::spawn(async move {
            for n in 100..160 {
                desk.open(request(member(n), "still broken"), at(1))
                    .await
                    .unwrap();
            }
            desk
        })
    };
    let file = dir.join("backup.db");
    let url = db.url.clone();
    let (out, writer) = tokio::join!(
        tokio::task::spawn_blocking({
            let file = file.clone();
            move || concierge(&["backup", path_str(&file), "--database-url", &url])
        }),
        writer
    );
    let said = succeeded(&out.unwrap());
    assert!(said.contains("backed up"), "{said}");
    let in_backup = reported_tickets(&said);
    assert!(
        (3..=63).contains(&in_backup),
        "a snapshot between the first three and all: {said}"
    );
    assert!(!dir.join("backup.db.partial").exists());
    writer.unwrap().store().close().await;

    // A backup never overwrites.
    refused(
        &concierge(&["backup", path_str(&file), "--database-url", &db.url]),
        "already exists",
    );

    // After the backup, one more ticket: the restore brings the database back to the backup.
    desk.open(request(member(999), "after the backup"), at(2))
        .await
        .unwrap();
    let before_restore = desk.store().ticket_count().await.unwrap();
    desk.store().close().await;

    refused(
        &concierge(&["restore", path_str(&file), "--database-url", &db.url]),
        "pass --replace",
    );
    let said = succeeded(&concierge(&[
        "restore",
        path_str(&file),
        "--database-url",
        &db.url,
        "--replace",
    ]));
    assert!(said.contains("kept as"), "{said}");
    let restored = db.desk().await;
    assert_eq!(restored.store().ticket_count().await.unwrap(), in_backup);
    restored
        .open(request(member(7), "works"), at(3))
        .await
        .unwrap();
    restored.store().close().await;

    // Nothing of the replaced database is lost: it is kept whole, next to it.
    let kept = format!("{}.before-restore", db.url);
    let old = concierge::store::Store::open(&kept).await.unwrap();
    assert_eq!(old.ticket_count().await.unwrap(), before_restore);
    old.close().await;

    // Into a new file (a new machine): no --replace needed, nothing kept.
    let fresh = format!("sqlite://{}", dir.join("new-host.db").display());
    let said = succeeded(&concierge(&[
        "restore",
        path_str(&file),
        "--database-url",
        &fresh,
    ]));
    assert!(!said.contains("kept as"), "{said}");
    let store = concierge::store::Store::open(&fresh).await.unwrap();
    assert_eq!(store.ticket_count().await.unwrap(), in_backup);
    store.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unusable_backups_are_refused_by_what_is_wrong_and_change_nothing() {
    let db = TestDb::sqlite().await;
    let dir = db.dir.as_ref().unwrap().path().to_path_buf();
    let desk = db.desk().await;
    desk.open(request(member(1), "help"), at(0)).await.unwrap();
    desk.store().close().await;
    let restore = |file: &Path| {
        concierge(&[
            "restore",
            path_str(file),
            "--database-url",
            &db.url,
            "--replace",
        ])
    };

    refused(&restore(&dir.join("missing.db")), "missing.db");
    let text = dir.join("notes.txt");
    std::fs::write(
        &text,
        "not a database at all, just some words. ".repeat(200),
    )
    .unwrap();
    refused(&restore(&text), "not a SQLite database");

    let foreign = dir.join("foreign.db");
    let mut c = <sqlx::SqliteConnection as sqlx::Connection>::connect(&format!(
        "sqlite://{}?mode=rwc",
        foreign.display()
    ))
    .await
    .unwrap();
    sqlx::query("CREATE TABLE t (x)")
        .execute(&mut c)
        .await
        .unwrap();
    sqlx::Connection::close(c).await.unwrap();
    refused(&restore(&foreign), "not a Concierge database");

    // A backup from a newer concierge: downgrading is refused.
    let newer = dir.join("newer.db");
    succeeded(&concierge(&[
        "backup",
        path_str(&newer),
        "--database-url",
        &db.url,
    ]));
    let mut c = <sqlx::SqliteConnection as sqlx::Connection>::connect(&format!(
        "sqlite://{}",
        newer.display()
    ))
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (99990101000000, 'from the future', TRUE, x'00', 0)",
    )
    .execute(&mut c)
    .await
    .unwrap();
    sqlx::Connection::close(c).await.unwrap();
    refused(&restore(&newer), "made by a newer concierge");

    // The database is untouched by every refusal.
    let store = concierge::store::Store::open(&db.url).await.unwrap();
    assert_eq!(store.ticket_count().await.unwrap(), 1);
    store.close().await;
    assert!(!dir.join("desk.db.before-restore").exists());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
async fn postgres_backup_with_pg_dump_and_restore_with_pg_restore() {
    let db = TestDb::postgres().await;
    let dir = tempfile::tempdir().unwrap();
    let desk = db.desk().await;
    for n in 1..=2 {
        desk.open(request(member(n), "help"), at(0)).await.unwrap();
    }
    let file = dir.path().join("support.dump");
    let said = succeeded(&concierge(&[
        "backup",
        path_str(&file),
        "--database-url",
        &db.url,
    ]));
    assert!(said.contains("pg_dump"), "{said}");
    desk.open(request(member(3), "after the backup"), at(1))
        .await
        .unwrap();
    desk.store().close().await;

    refused(
        &concierge(&["restore", path_str(&file), "--database-url", &db.url]),
        "already holds 3 tickets",
    );
    let said = succeeded(&concierge(&[
        "restore",
        path_str(&file),
        "--database-url",
        &db.url,
        "--replace",
    ]));
    assert!(said.contains("(2 tickets)"), "{said}");
    let restored = db.desk().await;
    assert_eq!(restored.store().ticket_count().await.unwrap(), 2);
    let next = restored
        .open(request(member(4), "works"), at(2))
        .await
        .unwrap();
    assert_eq!(next.ticket.id.0, 3, "the id sequence came back too");
    restored.store().close().await;

    // Into an empty database on another server (a new host).
    let other = TestDb::postgres().await;
    let said = succeeded(&concierge(&[
        "restore",
        path_str(&file),
        "--database-url",
        &other.url,
    ]));
    assert!(said.contains("(2 tickets)"), "{said}");
}
