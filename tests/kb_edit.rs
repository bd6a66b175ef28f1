//! Writing a server's entries (`kb::edit`, behind `/kb add|edit|remove`): a hand-written
//! file keeps its comments, order and other fields; a shared entry gets a server version and
//! the shared file is untouched; a bad entry is refused with every problem and nothing is
//! written.

use concierge::kb::edit::{self, EntryForm, Saved, MANAGED_FILE};
use concierge::kb::live::{LiveKb, Part};
use std::path::Path;

const SHARED: &str = r#"[[response]]
id = "refund"
patterns = ["can I get a refund", "I want my money back"]
answer = "Shared: refunds within 14 days."
"#;

const HAND_WRITTEN: &str = r#"# Our server's own answers. Keep this comment!

[[response]]
id = "server-rules"   # the rules entry
patterns = ["where are the server rules", "what are the rules here"]
answer = "Read #rules."
tags = ["community"]

# A second entry, below a comment.
[[response]]
id = "events"
patterns = ["when is the next event", "any events soon"]
answer = "See #events."
"#;

fn setup() -> (tempfile::TempDir, LiveKb) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("shared.toml"), SHARED).unwrap();
    std::fs::create_dir(dir.path().join("123")).unwrap();
    std::fs::write(dir.path().join("123").join("ours.toml"), HAND_WRITTEN).unwrap();
    let live = LiveKb::load(dir.path()).unwrap();
    (dir, live)
}

fn form(id: &str, patterns: &str, answer: &str) -> EntryForm {
    EntryForm::from_fields(id, "", patterns, answer, "")
}

fn read(p: &Path) -> String {
    std::fs::read_to_string(p).unwrap()
}

#[test]
fn editing_a_hand_written_entry_keeps_the_file_as_it_was_around_it() {
    let (dir, live) = setup();
    let server = dir.path().join("123");
    let kb = live.for_server(123);
    let f = EntryForm::from_fields(
        "server-rules",
        "The rules",
        "where are the server rules\nwhat are the rules here\nrules please",
        "Read #rules, {user}.",
        "rules",
    );
    let saved = edit::save(&kb, &server, &f, Some("server-rules")).unwrap();
    assert_eq!(saved, Saved::Updated(server.join("ours.toml")));
    let text = read(&server.join("ours.toml"));
    assert!(
        text.starts_with("# Our server's own answers. Keep this comment!"),
        "{text}"
    );
    assert!(
        text.contains("# A second entry, below a comment."),
        "{text}"
    );
    assert!(
        text.contains("tags = [\"community\"]"),
        "fields the form does not show stay: {text}"
    );
    assert!(
        text.contains("rules please") && text.contains("title = \"The rules\""),
        "{text}"
    );
    assert!(text.find("server-rules").unwrap() < text.find("id = \"events\"").unwrap());
    live.reload_part(Part::Server(123)).unwrap();
    let kb = live.for_server(123);
    assert_eq!(
        kb.entry("server-rules").unwrap().answer,
        "Read #rules, {user}."
    );
    assert_eq!(kb.entry("events").unwrap().answer, "See #events.");
}

#[test]
fn new_entries_and_server_versions_of_shared_ones_go_to_the_managed_file() {
    let (dir, live) = setup();
    let server = dir.path().join("123");
    let kb = live.for_server(123);
    let added = edit::save(
        &kb,
        &server,
        &form(
            "opening-hours",
            "when are you open\nopening hours",
            "9 to 5.",
        ),
        None,
    )
    .unwrap();
    assert_eq!(added, Saved::Added(server.join(MANAGED_FILE)));
    live.reload_part(Part::Server(123)).unwrap();
    let kb = live.for_server(123);
    let own = edit::save(
        &kb,
        &server,
        &form(
            "refund",
            "can I get a refund\nI want my money back",
            "Ours: 30 days.",
        ),
        Some("refund"),
    )
    .unwrap();
    assert_eq!(own, Saved::Overrode(server.join(MANAGED_FILE)));
    assert_eq!(
        read(&dir.path().join("shared.toml")),
        SHARED,
        "the shared file is untouched"
    );
    live.reload_part(Part::Server(123)).unwrap();
    assert_eq!(
        live.for_server(123).entry("refund").unwrap().answer,
        "Ours: 30 days."
    );
    assert_eq!(
        live.for_server(9).entry("refund").unwrap().answer,
        "Shared: refunds within 14 days."
    );
    // Removing the server's version brings the shared one back for it.
    edit::remove(&live.for_server(123), "refund").unwrap();
    live.reload_part(Part::Server(123)).unwrap();
    assert_eq!(
        live.for_server(123).entry("refund").unwrap().answer,
        "Shared: refunds within 14 days."
    );
}

#[test]
fn a_bad_entry_is_refused_with_every_problem_and_nothing_is_written() {
    let (dir, live) = setup();
    let server = dir.path().join("123");
    let kb = live.for_server(123);
    let before = read(&server.join("ours.toml"));
    // A bad id and no patterns: both said.
    let problems = edit::save(&kb, &server, &form("Bad Id!", "", "An answer."), None).unwrap_err();
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(text.iter().any(|p| p.contains("Bad Id!")), "{text:?}");
    assert!(text.iter().any(|p| p.contains("patterns")), "{text:?}");
    assert!(!server.join(MANAGED_FILE).exists());
    // An id used in another of the server's files.
    let problems = edit::save(&kb, &server, &form("events", "x y z", "a"), None).unwrap_err();
    assert!(
        problems[0].to_string().contains("already used"),
        "{problems:?}"
    );
    // Editing into a clash with another entry of the same server.
    let problems = edit::save(
        &kb,
        &server,
        &form("events", "where are the server rules", "Read #rules."),
        Some("server-rules"),
    )
    .unwrap_err();
    assert!(
        problems.iter().any(|p| p.to_string().contains("events")),
        "{problems:?}"
    );
    assert_eq!(read(&server.join("ours.toml")), before);
    // A shared entry cannot be removed for one server.
    let problems = edit::remove(&kb, "refund").unwrap_err();
    assert!(
        problems[0].to_string().contains("shared entry"),
        "{problems:?}"
    );
    // Removing an own entry keeps the file's comments and the other entry.
    edit::remove(&kb, "server-rules").unwrap();
    let after = read(&server.join("ours.toml"));
    assert!(
        after.contains("# A second entry, below a comment.") && after.contains("id = \"events\"")
    );
    assert!(!after.contains("server-rules"), "{after}");
}
