//! `.env.example` documents exactly the settings the bot reads: a key there that the
//! configuration does not know, or a key the configuration reads that it does not document,
//! fails here.

use concierge::config::BotConfig;
use std::collections::{BTreeSet, HashMap};

/// The keys `.env.example` sets (`KEY=value` lines; comments and blank lines skipped), with
/// their line numbers.
fn documented() -> Vec<(usize, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/.env.example");
    let text = std::fs::read_to_string(path).expect("reading .env.example");
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|(i, l)| {
            let (key, _) = l
                .split_once('=')
                .unwrap_or_else(|| panic!(".env.example:{}: `{l}` is not KEY=value", i + 1));
            (i + 1, key.trim().to_string())
        })
        .collect()
}

#[test]
fn every_documented_key_is_known() {
    let known = BotConfig::keys();
    let unknown: Vec<String> = documented()
        .into_iter()
        .filter(|(_, k)| !known.contains(k.as_str()))
        .map(|(line, k)| format!(".env.example:{line}: {k}"))
        .collect();
    assert!(
        unknown.is_empty(),
        "keys the configuration does not read: {unknown:?}"
    );
}

#[test]
fn every_known_key_is_documented() {
    let documented: BTreeSet<String> = documented().into_iter().map(|(_, k)| k).collect();
    let missing: Vec<&str> = BotConfig::keys()
        .into_iter()
        .filter(|k| !documented.contains(*k))
        .collect();
    assert!(
        missing.is_empty(),
        "keys the configuration reads that .env.example does not document: {missing:?}"
    );
}

#[test]
fn no_key_is_documented_twice() {
    let mut seen = HashMap::new();
    for (line, key) in documented() {
        if let Some(first) = seen.insert(key.clone(), line) {
            panic!(".env.example sets {key} on line {first} and again on line {line}");
        }
    }
}

#[test]
fn the_known_keys_are_the_ones_read() {
    // The list comes from what `from_vars` asks for: a setting it reads is in it.
    let keys = BotConfig::keys();
    for key in [
        "DISCORD_TOKEN",
        "TICKET_CHANNEL_ID",
        "RATING_GRACE_HOURS",
        "RUST_LOG",
    ] {
        assert!(keys.contains(key), "{key} missing from {keys:?}");
    }
    assert!(!keys.contains("NOT_A_SETTING"));
}
