//! Matching behaviour: paraphrase, typos, word order, keywords and regex as evidence,
//! channel limits, silence for chit-chat and off-topic messages, and robustness to any input.

use concierge::kb::{Decision, KnowledgeBase};
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

const FIXTURE: &str = r#"
[[response]]
id = "reset-password"
patterns = [
  "how do I reset my password",
  "forgot my password and can't log in",
  "I can't remember my password",
  "password reset link not working",
  "how to change my password",
]
keywords = ["password"]
answer = "Open Settings -> Security -> Reset password."

[[response]]
id = "refund"
patterns = [
  "can I get a refund",
  "I want my money back",
  "how do refunds work",
  "I was charged twice, please refund me",
  "refund for my last payment",
]
answer = "Refunds within 14 days."

[[response]]
id = "install"
patterns = [
  "how do I install the app",
  "installation fails on windows",
  "where can I download the installer",
  "setup crashes during install",
  "how to install on linux",
]
answer = "Download the installer from the website."

[[response]]
id = "report-bug"
patterns = [
  "I found a bug",
  "where do I report a bug",
  "the app crashes when I open settings",
  "something is broken, how do I report it",
  "bug report",
]
regex = ['(?i)\bstack ?trace\b']
answer = "Open an issue with steps to reproduce."

[[response]]
id = "status"
patterns = [
  "is the service down",
  "is there an outage right now",
  "the site is not loading for anyone",
  "servers down?",
  "is it just me or is everything offline",
]
answer = "Check the status page."

[[response]]
id = "staff-only"
patterns = ["how do I moderate the queue", "moderation queue help"]
channels = [42]
answer = "Staff notes."
"#;

fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("kb.toml"), FIXTURE).unwrap();
        KnowledgeBase::load(dir.path()).unwrap()
    })
}

fn answer(text: &str) -> Option<String> {
    kb().best_match(text).answer.map(|a| a.id)
}

fn best(text: &str) -> Option<String> {
    kb().best_match(text)
        .candidates
        .first()
        .map(|c| c.id.clone())
}

#[test]
fn answers_a_pattern_and_a_paraphrase() {
    assert_eq!(
        answer("How do I reset my password?").as_deref(),
        Some("reset-password")
    );
    assert_eq!(
        answer("I need a refund for my payment please").as_deref(),
        Some("refund")
    );
    assert_eq!(
        best("how can I download and install it on windows").as_deref(),
        Some("install")
    );
}

#[test]
fn tolerates_typos() {
    assert_eq!(
        best("how do i rest my pasword").as_deref(),
        Some("reset-password")
    );
    assert_eq!(best("is the servise down").as_deref(), Some("status"));
    assert_eq!(
        best("instalation fails on windos").as_deref(),
        Some("install")
    );
}

#[test]
fn word_order_does_not_matter_much() {
    assert_eq!(
        best("password reset how do I").as_deref(),
        Some("reset-password")
    );
    assert_eq!(best("down is the service").as_deref(), Some("status"));
}

#[test]
fn regex_is_strong_evidence() {
    let m = kb().best_match("here is my stacktrace from yesterday");
    assert_eq!(m.candidates[0].id, "report-bug");
    assert!(m.signals.regex_hit);
}

#[test]
fn stays_silent_for_chit_chat_and_links() {
    for text in [
        "thanks!",
        "lol",
        "ok cool",
        "https://example.com/some/page",
        "hi everyone",
        "",
    ] {
        let m = kb().best_match(text);
        assert!(m.answer.is_none(), "{text:?} got {:?}", m.answer);
        assert!(
            matches!(m.decision, Decision::NotAQuestion | Decision::NoCandidate),
            "{text:?}: {:?}",
            m.decision
        );
    }
}

#[test]
fn stays_silent_off_topic() {
    for text in [
        "what is the weather like in paris tomorrow",
        "who won the football game last night",
        "my cat just knocked over a plant",
    ] {
        assert!(answer(text).is_none(), "{text:?} got {:?}", answer(text));
    }
}

#[test]
fn scores_are_in_range_and_candidates_ranked() {
    let m = kb().best_match("refund please, I was charged twice");
    assert!(!m.candidates.is_empty() && m.candidates.len() <= 3);
    for w in m.candidates.windows(2) {
        assert!(w[0].score >= w[1].score);
    }
    for c in &m.candidates {
        assert!((0.0..=1.0).contains(&c.score));
    }
    let a = m.answer.expect("answered");
    assert!((0.0..=1.0).contains(&a.score));
}

#[test]
fn channel_limited_entries_only_answer_in_their_channels() {
    let elsewhere = kb().best_match_in("how do I moderate the queue", Some(7));
    assert!(elsewhere.candidates.iter().all(|c| c.id != "staff-only"));
    let there = kb().best_match_in("how do I moderate the queue", Some(42));
    assert_eq!(there.candidates[0].id, "staff-only");
}

#[test]
fn the_shipped_responses_validate_and_answer_their_topics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("responses");
    let kb = KnowledgeBase::load(&dir).unwrap_or_else(|p| panic!("{p:#?}"));
    assert!(
        kb.entries().len() >= 18,
        "a real starter base has ~20 entries"
    );
    for entry in kb.entries() {
        let m = kb.best_match(&entry.patterns[0]);
        assert_eq!(
            m.candidates.first().map(|c| c.id.as_str()),
            Some(entry.id.as_str()),
            "{}'s own first pattern should rank it first",
            entry.id
        );
    }
    assert!(kb.best_match("thanks, that worked!").answer.is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn any_input_never_panics(text in "\\PC{0,300}") {
        let m = kb().best_match(&text);
        for c in &m.candidates {
            prop_assert!((0.0..=1.0).contains(&c.score));
        }
    }
}

#[test]
fn huge_and_odd_inputs_never_panic() {
    let big = "password reset ".repeat(7000);
    assert!(big.len() > 100_000);
    let _ = kb().best_match(&big);
    for text in [
        "\u{0}",
        "🙂🙂🙂",
        "ﬁ ﬂ ǅ",
        "\u{202e}drowssap",
        "'''",
        "<@&123> <#456>",
        "a b c d e f g",
    ] {
        let _ = kb().best_match(text);
    }
}
