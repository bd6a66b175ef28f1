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

/// `KEY=value` pairs of `.env.example`.
fn example_values() -> HashMap<String, String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/.env.example");
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect()
}

#[test]
fn the_example_shows_the_real_defaults() {
    // The ids a server must fill in, and a token, the same in both; everything else the
    // example sets must be what the bot uses when the key is left out.
    let mut example = example_values();
    example.insert("DISCORD_TOKEN".into(), "token".into());
    let required = [
        "DISCORD_TOKEN",
        "TICKET_CHANNEL_ID",
        "TIER_ROLE_IDS",
        "SUPPORT_CHANNEL_IDS",
    ];
    let minimal: HashMap<String, String> = required
        .iter()
        .map(|k| (k.to_string(), example[*k].clone()))
        .collect();
    let from_example = BotConfig::from_vars(&example).expect("the example is valid");
    let from_defaults = BotConfig::from_vars(&minimal).expect("the required keys suffice");
    let (e, d) = (&from_example, &from_defaults);
    assert_eq!(
        e.server, d.server,
        "server settings (channels, roles, limits, SLA, hours, keywords, manners)"
    );
    assert_eq!(e.sla_tick, d.sla_tick);
    assert_eq!(
        (&e.database_url, &e.responses_dir, &e.api_base, e.guild_id),
        (&d.database_url, &d.responses_dir, &d.api_base, d.guild_id)
    );
}

#[test]
fn the_settings_doc_lists_every_server_setting() {
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/settings.md")).unwrap();
    for key in concierge::settings::KEYS {
        let row = format!("| `{}` | `{}` |", key.name, key.env);
        assert!(doc.contains(&row), "docs/settings.md lacks {row}");
    }
}
