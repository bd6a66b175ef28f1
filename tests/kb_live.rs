//! Live reload: a saved change is picked up; a broken file keeps the last good base and
//! reports every problem with file and line.

use concierge::kb::live::LiveKb;
use std::sync::mpsc;
use std::time::Duration;

const ONE: &str = "[[response]]\nid = \"refund\"\npatterns = [\"can I get a refund\"]\nanswer = \"Refunds within 14 days.\"\n";
const TWO: &str = "[[response]]\nid = \"install\"\npatterns = [\"how do I install the app\"]\nanswer = \"Download it.\"\n";

#[test]
fn watched_folder_reloads_and_keeps_the_last_good_base_on_errors() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("billing.toml"), ONE).unwrap();
    let live = LiveKb::load(dir.path()).unwrap();
    assert_eq!(live.current().entries().len(), 1);

    let (tx, rx) = mpsc::channel();
    let _guard = live
        .watch(move |_, outcome| tx.send(outcome).unwrap())
        .unwrap();

    std::fs::write(dir.path().join("install.toml"), TWO).unwrap();
    let outcome = rx
        .recv_timeout(Duration::from_secs(10))
        .expect("a reload after the save");
    assert_eq!(outcome.unwrap().entries, 2);
    assert!(live.current().entry("install").is_some());

    std::fs::write(
        dir.path().join("install.toml"),
        "[[response]]\nid = \"install\"\nanswer = 3\n",
    )
    .unwrap();
    let problems = loop {
        match rx
            .recv_timeout(Duration::from_secs(10))
            .expect("a report for the broken save")
        {
            Err(problems) => break problems,
            Ok(_) => continue,
        }
    };
    let text: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        text.iter()
            .any(|p| p.contains("install.toml:1: missing required field `patterns`")),
        "{text:?}"
    );
    assert!(
        text.iter()
            .any(|p| p.contains("install.toml:3: `answer` must be a string")),
        "{text:?}"
    );
    let kb = live.current();
    assert_eq!(kb.entries().len(), 2, "the last good base keeps answering");
    assert_eq!(
        kb.best_match("how do I install the app").candidates[0].id,
        "install"
    );
}

#[test]
fn manual_reload_reports_problems_without_swapping() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.toml"), ONE).unwrap();
    let live = LiveKb::load(dir.path()).unwrap();
    std::fs::write(dir.path().join("b.toml"), ONE).unwrap();
    let problems = live.reload().unwrap_err();
    assert!(problems[0].to_string().contains("duplicate id `refund`"));
    assert_eq!(live.current().entries().len(), 1);
}
