//! Faults: unusable URLs, unwritable or corrupted files, a newer schema, and PostgreSQL going
//! away mid-run (the operation fails clearly, nothing is half-written, and it works once back).

#[macro_use]
mod common;

use common::*;
use concierge::desk::DeskError;
use concierge::store::{Store, StoreError};
use concierge::tickets::{EventKind, Status};
use std::time::Duration;

async fn open_err(url: &str) -> StoreError {
    match Store::open(url).await {
        Ok(_) => panic!("{url} should not open"),
        Err(e) => e,
    }
}

#[tokio::test]
async fn an_unknown_scheme_is_named() {
    let e = open_err("mysql://root@localhost/db").await;
    assert!(matches!(e, StoreError::UnknownScheme(_)), "{e}");
    assert!(e.to_string().contains("sqlite://"), "{e}");
    let e = open_err("postgres://user:secret@127.0.0.1:notaport/db").await;
    assert!(!e.to_string().contains("secret"), "password leaked: {e}");
}

#[tokio::test]
async fn a_sqlite_file_that_cannot_be_created_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("not-a-folder");
    std::fs::write(&blocker, b"x").unwrap();
    let url = format!("sqlite://{}/desk.db", blocker.display());
    let e = open_err(&url).await;
    assert!(matches!(e, StoreError::CannotOpen { .. }), "{e}");
    assert!(e.to_string().contains("not-a-folder/desk.db"), "{e}");
}

#[tokio::test]
async fn a_read_only_database_file_is_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let db = TestDb::sqlite().await;
    db.store().await.close().await;
    let dir = db.dir.as_ref().unwrap().path();
    for f in std::fs::read_dir(dir).unwrap() {
        let p = f.unwrap().path();
        // SQLite's worker may still be removing the -wal/-shm files of the closed store.
        match std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o444)) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            other => other.unwrap(),
        }
    }
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = dir.join("desk.db");
    // Privileges that ignore file permissions (root) would still write: then the file is
    // opened read-only by SQLite itself, which is the same failure seen from the store.
    let url = if std::fs::OpenOptions::new().write(true).open(&probe).is_ok() {
        format!("{}?mode=ro", db.url)
    } else {
        db.url.clone()
    };
    let result = Store::open(&url).await;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    let e = result
        .err()
        .expect("a read-only database should not open for writing");
    assert!(
        matches!(e, StoreError::ReadOnly(_) | StoreError::CannotOpen { .. }),
        "{e}"
    );
}

#[tokio::test]
async fn a_corrupted_sqlite_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("desk.db");
    std::fs::write(&path, vec![0x5au8; 8192]).unwrap();
    let e = open_err(&format!("sqlite://{}", path.display())).await;
    assert!(matches!(e, StoreError::Corrupt { .. }), "{e}");
    assert!(e.to_string().contains("corrupted"), "{e}");
}

/// Pretends a newer concierge migrated this database.
async fn add_future_migration(url: &str) {
    let sql =
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
               VALUES (99990101000000, 'from the future', TRUE, $1, 0)";
    if url.starts_with("sqlite") {
        let mut c = <sqlx::SqliteConnection as sqlx::Connection>::connect(url)
            .await
            .unwrap();
        sqlx::query(sql)
            .bind(vec![0u8; 4])
            .execute(&mut c)
            .await
            .unwrap();
    } else {
        let mut c = <sqlx::PgConnection as sqlx::Connection>::connect(url)
            .await
            .unwrap();
        sqlx::query(sql)
            .bind(vec![0u8; 4])
            .execute(&mut c)
            .await
            .unwrap();
    }
}

desk_test!(a_database_with_a_newer_schema_is_refused, |db| {
    db.store().await.close().await;
    add_future_migration(&db.url).await;
    let e = open_err(&db.url).await;
    assert!(
        matches!(
            e,
            StoreError::NewerSchema {
                version: 99990101000000,
                known
            } if known == Store::known_schema_version()
        ),
        "{e}"
    );
    assert!(e.to_string().contains("upgrade concierge"), "{e}");
});

desk_test!(migrating_twice_changes_nothing, |db| {
    let a = db.store().await;
    a.migrate().await.unwrap();
    let b = db.store().await;
    b.migrate().await.unwrap();
});

#[tokio::test]
async fn an_unreachable_or_missing_postgres_is_named() {
    // A loopback port with nothing listening.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let e = open_err(&format!("postgres://postgres@127.0.0.1:{port}/x")).await;
    assert!(matches!(e, StoreError::Unreachable { .. }), "{e}");
    assert!(e.to_string().contains("unreachable"), "{e}");
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
async fn a_missing_postgres_database_is_named() {
    let e = open_err(&with_database(&pg_admin_url(), "concierge_no_such_db")).await;
    assert!(matches!(e, StoreError::NoSuchDatabase(_)), "{e}");
}

/// Backends of `db` other than `admin`'s own connection.
async fn kill_backends(admin: &mut sqlx::PgConnection, db: &str, only_waiting: bool) -> u64 {
    let sql = if only_waiting {
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 \
         AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
    } else {
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()"
    };
    sqlx::query(sql)
        .bind(db)
        .fetch_all(admin)
        .await
        .unwrap()
        .len() as u64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
async fn postgres_connections_killed_between_operations_recover() {
    let db = TestDb::postgres().await;
    let name = db
        .url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "help"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    let mut admin =
        <sqlx::PgConnection as sqlx::Connection>::connect(&std::env::var(PG_ENV).unwrap())
            .await
            .unwrap();
    assert!(kill_backends(&mut admin, &name, false).await > 0);
    // The pool notices dead connections; if an operation still fails, it says so plainly.
    match desk.claim(id, agent(1, 1), at(1)).await {
        Ok(o) => assert_eq!(o.ticket.status, Status::Claimed),
        Err(DeskError::Store(e)) => {
            assert!(e.is_unavailable(), "{e}");
            desk.claim(id, agent(1, 1), at(1)).await.unwrap();
        }
        Err(e) => panic!("{e}"),
    }
    assert_eq!(desk.ticket(id).await.unwrap().status, Status::Claimed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
async fn postgres_killed_mid_transaction_writes_nothing_then_recovers() {
    let db = TestDb::postgres().await;
    let name = db
        .url
        .rsplit('/')
        .next()
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_string();
    let desk = db.desk().await;
    let id = desk
        .open(request(member(1), "help"), at(0))
        .await
        .unwrap()
        .ticket
        .id;
    // Hold the audit log so the claim's transaction stops after its UPDATE, mid-way.
    let mut locker = <sqlx::PgConnection as sqlx::Connection>::connect(&db.url)
        .await
        .unwrap();
    sqlx::query("BEGIN").execute(&mut locker).await.unwrap();
    sqlx::query("LOCK TABLE events IN ACCESS EXCLUSIVE MODE")
        .execute(&mut locker)
        .await
        .unwrap();
    let d2 = desk.clone();
    let claim = tokio::spawn(async move { d2.claim(id, agent(1, 1), at(1)).await });
    let mut admin =
        <sqlx::PgConnection as sqlx::Connection>::connect(&std::env::var(PG_ENV).unwrap())
            .await
            .unwrap();
    // Wait until the claim is blocked inside its transaction, then kill that connection.
    let mut killed = 0;
    for _ in 0..500 {
        killed = kill_backends(&mut admin, &name, true).await;
        if killed > 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(killed, 1, "the claim never blocked on the lock");
    let err = claim
        .await
        .unwrap()
        .expect_err("the killed claim must fail");
    match &err {
        DeskError::Store(e) => assert!(e.is_unavailable(), "{e}"),
        other => panic!("{other}"),
    }
    assert!(err.to_string().contains("unavailable"), "{err}");
    sqlx::query("ROLLBACK").execute(&mut locker).await.unwrap();
    // Nothing half-written: the UPDATE was rolled back with the missing event.
    let t = desk.ticket(id).await.unwrap();
    assert_eq!(t.status, Status::Open);
    assert_eq!(t.claimed_by, None);
    let claims = desk
        .events(id)
        .await
        .unwrap()
        .iter()
        .filter(|e| e.kind == EventKind::Claimed)
        .count();
    assert_eq!(claims, 0);
    // Back to normal.
    let o = desk.claim(id, agent(1, 1), at(2)).await.unwrap();
    assert_eq!(o.ticket.status, Status::Claimed);
}
