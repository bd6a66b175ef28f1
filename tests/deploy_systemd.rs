//! The systemd unit in `deploy/`: it runs `concierge run` from the directory that holds
//! `.env`, `responses/` and the default database, that directory is the one it may write,
//! and `systemd-analyze verify` accepts it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

const UNIT: &str = include_str!("../deploy/concierge.service");

/// `Key=value` settings by key (comments and section headers left out; a key given twice
/// keeps its last value, as systemd does for these keys).
fn settings(unit: &str) -> HashMap<&str, &str> {
    unit.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#') && !l.starts_with('['))
        .filter_map(|l| l.split_once('='))
        .collect()
}

#[test]
fn the_unit_runs_the_bot_where_its_env_responses_and_database_are() {
    let s = settings(UNIT);
    let dir = s["WorkingDirectory"];
    assert!(dir.starts_with('/'), "WorkingDirectory must be absolute");
    let exec: Vec<&str> = s["ExecStart"].split_whitespace().collect();
    assert!(exec[0].starts_with('/') && exec[0].ends_with("/concierge"));
    assert_eq!(&exec[1..], ["run"]);
    assert!(
        s["ReadWritePaths"].split_whitespace().any(|p| p == dir),
        "the working directory is writable (the database, its -wal, backups)"
    );
    assert_eq!(
        s["KillSignal"], "SIGTERM",
        "the bot shuts down cleanly on SIGTERM"
    );
    assert_eq!(s["Restart"], "on-failure");
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    assert!(readme.contains("deploy/concierge.service") && readme.contains(dir));
}

/// Copies the repository's `responses/` into `to`.
fn copy_responses(to: &Path) {
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join("responses");
    std::fs::create_dir(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
    }
}

/// What the unit relies on: run from its working directory with nothing else set, the
/// binary reads `.env` there, finds `responses/` there and puts the database there.
#[test]
fn the_working_directory_is_where_env_and_responses_are_read() {
    let dir = tempfile::tempdir().unwrap();
    copy_responses(&dir.path().join("responses"));
    std::fs::write(
        dir.path().join(".env"),
        "DATABASE_URL=sqlite://from-dotenv.db\n",
    )
    .unwrap();
    let run = |verb: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_concierge"))
            .args(verb)
            .current_dir(dir.path())
            .env_remove("DATABASE_URL")
            .env_remove("RESPONSES_DIR")
            .output()
            .unwrap()
    };
    let out = run(&["kb", "check"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["migrate"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(dir.path().join("from-dotenv.db").is_file());
}

fn systemd_analyze() -> Option<PathBuf> {
    ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"]
        .iter()
        .map(PathBuf::from)
        .find(|p| p.is_file())
}

#[test]
#[ignore = "needs systemd-analyze (systemd): run with -- --include-ignored"]
fn systemd_analyze_verifies_the_unit() {
    let tool = systemd_analyze()
        .expect("this test needs systemd-analyze (Debian: apt-get install systemd)");
    let s = settings(UNIT);
    // The unit as installed, with its binary and directory where they are on this machine
    // (verify checks that the binary exists and is executable).
    let dir = tempfile::tempdir().unwrap();
    let unit = UNIT
        .replace(
            s["ExecStart"].split_whitespace().next().unwrap(),
            env!("CARGO_BIN_EXE_concierge"),
        )
        .replace(s["WorkingDirectory"], dir.path().to_str().unwrap());
    let file = dir.path().join("concierge.service");
    std::fs::write(&file, unit).unwrap();
    let out = Command::new(tool)
        .arg("verify")
        .arg(&file)
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        !err.contains("concierge.service"),
        "systemd-analyze has remarks on the unit: {err}"
    );
}
