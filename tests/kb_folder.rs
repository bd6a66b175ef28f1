//! A hostile or careless responses folder cannot hang, loop or exhaust `kb check`, the
//! sandbox or live reload: FIFOs, devices, symlink loops, huge files (see `kb::folder`).
#![cfg(unix)]

use concierge::kb::files::load_dir;
use concierge::kb::folder::{MAX_FILE_BYTES, MAX_FOLDER_BYTES};
use concierge::kb::live::LiveKb;
use std::os::unix::fs::symlink;
use std::path::Path;
use std::process::Command;
use std::sync::mpsc;
use std::time::{Duration, Instant};

const ONE: &str = "[[response]]\nid = \"refund\"\npatterns = [\"can I get a refund\"]\nanswer = \"Refunds within 14 days.\"\n";
const TWO: &str = "[[response]]\nid = \"install\"\npatterns = [\"how do I install the app\"]\nanswer = \"Download it.\"\n";

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(status.success());
}

/// Every problem of loading `dir`, as text; panics if it loads.
fn problems(dir: &Path) -> Vec<String> {
    let started = Instant::now();
    let result = load_dir(dir);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "the load took {:?}",
        started.elapsed()
    );
    match result {
        Ok(entries) => panic!("loaded {} entries", entries.len()),
        Err(p) => p.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_fifo_is_a_problem_and_is_never_opened() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), ONE).unwrap();
    mkfifo(&dir.path().join("z.toml"));
    let p = problems(dir.path());
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].ends_with("z.toml: not a regular file (a FIFO); only regular files are read"),
        "{p:?}"
    );
}

#[test]
fn kb_check_on_a_fifo_ends_with_the_problem() {
    let dir = tempfile::tempdir().unwrap();
    mkfifo(&dir.path().join("z.toml"));
    let out = Command::new(env!("CARGO_BIN_EXE_concierge"))
        .args(["kb", "check", "--responses"])
        .arg(dir.path())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("z.toml: not a regular file (a FIFO)"));
}

#[test]
fn a_link_to_a_device_is_a_problem() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), ONE).unwrap();
    symlink("/dev/zero", dir.path().join(".toml")).unwrap();
    symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
    let p = problems(dir.path());
    assert_eq!(p.len(), 2, "{p:?}");
    assert!(
        p.iter()
            .all(|p| p.contains("not a regular file (a device)")),
        "{p:?}"
    );
}

#[test]
fn folder_links_are_followed_once_and_loops_end() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), ONE).unwrap();
    std::fs::create_dir(dir.path().join("more")).unwrap();
    std::fs::write(dir.path().join("more/b.toml"), TWO).unwrap();
    symlink(".", dir.path().join("a")).unwrap();
    symlink(".", dir.path().join("b")).unwrap();
    symlink("..", dir.path().join("more/up")).unwrap();
    symlink("more", dir.path().join("again")).unwrap();
    // A link to a regular file is fine; the same file twice through links is read once.
    symlink("a.toml", dir.path().join("same.toml")).unwrap();
    let started = Instant::now();
    let entries = load_dir(dir.path()).expect("loads");
    assert!(started.elapsed() < Duration::from_secs(10));
    let mut ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, vec!["install", "refund"]);
}

#[test]
fn a_link_to_a_file_outside_is_read() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("shared.toml"), TWO).unwrap();
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), ONE).unwrap();
    symlink(
        outside.path().join("shared.toml"),
        dir.path().join("shared.toml"),
    )
    .unwrap();
    assert_eq!(load_dir(dir.path()).unwrap().len(), 2);
}

#[test]
fn a_file_over_the_cap_is_too_large() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), ONE).unwrap();
    let big = std::fs::File::create(dir.path().join("big.toml")).unwrap();
    big.set_len(MAX_FILE_BYTES + 1).unwrap(); // sparse: no disk used
    let p = problems(dir.path());
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].ends_with("big.toml: too large (8.0 MB, the limit is 8.0 MB)"),
        "{p:?}"
    );
}

#[test]
fn the_folder_has_a_cap_too() {
    let dir = tempfile::tempdir().unwrap();
    let files = MAX_FOLDER_BYTES / MAX_FILE_BYTES + 1;
    for i in 0..files {
        let f = std::fs::File::create(dir.path().join(format!("part-{i:03}.toml"))).unwrap();
        f.set_len(MAX_FILE_BYTES).unwrap();
    }
    let p = problems(dir.path());
    assert_eq!(p.len(), 1, "{p:?}");
    assert!(
        p[0].contains("the response files are too large together (136 MB, the limit is 128 MB)"),
        "{p:?}"
    );
}

#[test]
fn live_reload_survives_a_fifo_and_reloads_once_it_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("billing.toml"), ONE).unwrap();
    let live = LiveKb::load(dir.path()).unwrap();
    let (tx, rx) = mpsc::channel();
    let _guard = live
        .watch(move |_, outcome| tx.send(outcome).unwrap())
        .unwrap();

    let fifo = dir.path().join("z.toml");
    mkfifo(&fifo);
    let problems = loop {
        match rx
            .recv_timeout(Duration::from_secs(10))
            .expect("a report for the FIFO")
        {
            Err(p) => break p,
            Ok(_) => continue,
        }
    };
    assert!(problems[0]
        .to_string()
        .contains("not a regular file (a FIFO)"));
    assert_eq!(
        live.current().entries().len(),
        1,
        "the last good base answers"
    );
    // /kb reload's path answers too, at once.
    let started = Instant::now();
    assert!(live.reload().is_err());
    assert!(started.elapsed() < Duration::from_secs(5));

    std::fs::remove_file(&fifo).unwrap();
    std::fs::write(dir.path().join("install.toml"), TWO).unwrap();
    let reloaded = loop {
        match rx
            .recv_timeout(Duration::from_secs(10))
            .expect("reloads again")
        {
            Ok(r) => break r,
            Err(_) => continue,
        }
    };
    assert_eq!(reloaded.entries, 2);
    assert!(live.current().entry("install").is_some());
}
