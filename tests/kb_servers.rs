//! The knowledge base per server: files in `responses/` serve every server, files in
//! `responses/<server id>/` serve only that server and override a shared entry with the same
//! id; a change in a server's folder reloads that server only (the shared base is not read
//! again), and a broken server file keeps that server's last good entries.

use concierge::kb::live::{LiveKb, Part};
use std::sync::{mpsc, Arc};
use std::time::Duration;

const SHARED: &str = r#"
[[response]]
id = "refund"
patterns = ["can I get a refund", "I want my money back", "refund please"]
answer = "Shared: refunds within 14 days."

[[response]]
id = "install"
patterns = ["how do I install the app", "installing the app", "install guide"]
answer = "Download it from the site."
"#;

const OWN: &str = r#"
[[response]]
id = "refund"
patterns = ["can I get a refund", "I want my money back", "refund please"]
answer = "Server 123: refunds within 30 days."

[[response]]
id = "server-rules"
patterns = ["where are the server rules", "what are the rules here", "rules of this server"]
answer = "Read #rules."
"#;

fn answer_of(live: &LiveKb, guild: u64, question: &str) -> Option<String> {
    let m = live.for_server(guild).best_match_in(question, None);
    m.answered().map(|e| e.answer.clone())
}

#[test]
fn a_server_folder_adds_and_overrides_entries_for_that_server_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("shared.toml"), SHARED).unwrap();
    std::fs::create_dir(dir.path().join("123")).unwrap();
    std::fs::write(dir.path().join("123").join("own.toml"), OWN).unwrap();
    let live = LiveKb::load(dir.path()).unwrap();
    assert_eq!(
        live.indexed_servers(),
        0,
        "a server's base is indexed when first needed"
    );

    assert_eq!(
        live.current().entries().len(),
        2,
        "the shared base is shared only"
    );
    assert_eq!(
        answer_of(&live, 123, "can I get a refund").as_deref(),
        Some("Server 123: refunds within 30 days.")
    );
    assert_eq!(
        answer_of(&live, 456, "can I get a refund").as_deref(),
        Some("Shared: refunds within 14 days.")
    );
    assert_eq!(
        answer_of(&live, 123, "how do I install the app").as_deref(),
        Some("Download it from the site."),
        "shared entries still serve the server"
    );
    assert!(answer_of(&live, 456, "where are the server rules").is_none());
    assert_eq!(live.indexed_servers(), 1, "server 123 was asked");
    let ids: Vec<String> = live
        .for_server(123)
        .entries()
        .iter()
        .map(|e| e.id.clone())
        .collect();
    assert_eq!(ids, ["refund", "server-rules", "install"]);
}

#[test]
fn a_change_in_a_server_folder_reloads_that_server_only() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("shared.toml"), SHARED).unwrap();
    std::fs::create_dir(dir.path().join("123")).unwrap();
    std::fs::write(dir.path().join("123").join("own.toml"), OWN).unwrap();
    let live = LiveKb::load(dir.path()).unwrap();
    let shared_before = live.current();
    let (tx, rx) = mpsc::channel();
    let _guard = live
        .watch(move |part, outcome| tx.send((part, outcome)).unwrap())
        .unwrap();

    std::fs::write(
        dir.path().join("123").join("own.toml"),
        OWN.replace("30 days", "60 days"),
    )
    .unwrap();
    let (part, outcome) = rx.recv_timeout(Duration::from_secs(10)).expect("a reload");
    assert_eq!(part, Part::Server(123));
    assert_eq!(outcome.unwrap().entries, 2);
    assert!(
        Arc::ptr_eq(&shared_before, &live.current()),
        "the shared base was not read again"
    );
    assert_eq!(
        answer_of(&live, 123, "can I get a refund").as_deref(),
        Some("Server 123: refunds within 60 days.")
    );

    // A broken save: reported for that server, its last good entries keep answering.
    std::fs::write(
        dir.path().join("123").join("own.toml"),
        "[[response]]\nid = 3\n",
    )
    .unwrap();
    let (part, outcome) = loop {
        let got = rx.recv_timeout(Duration::from_secs(10)).expect("a report");
        if got.1.is_err() {
            break got;
        }
    };
    assert_eq!(part, Part::Server(123));
    let problems: Vec<String> = outcome.unwrap_err().iter().map(|p| p.to_string()).collect();
    assert!(
        problems.iter().any(|p| p.contains("own.toml")),
        "{problems:?}"
    );
    assert_eq!(
        answer_of(&live, 123, "can I get a refund").as_deref(),
        Some("Server 123: refunds within 60 days.")
    );
}

#[test]
fn a_broken_server_file_stops_the_start_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("shared.toml"), SHARED).unwrap();
    std::fs::create_dir(dir.path().join("77")).unwrap();
    std::fs::write(
        dir.path().join("77").join("bad.toml"),
        "[[response]]\nid = \"x\"\n",
    )
    .unwrap();
    let problems = LiveKb::load(dir.path()).err().expect("refused");
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(text.iter().any(|p| p.contains("77/bad.toml")), "{text:?}");
}
