//! Server settings in the database, on SQLite and PostgreSQL: a change is checked as a whole
//! (every problem at once, nothing written on error), audited with who, how, old and new;
//! each server's rules come from its own settings; `.env` seeds a server once, then the
//! database is the source of truth and a disagreeing `.env` is named key by key.

#[macro_use]
mod common;

use common::*;
use concierge::desk::{DeskError, Seeded, SettingsError};
use concierge::settings::{ServerSettings, Source};
use concierge::tickets::{GuildId, Refusal, UserId};
use std::collections::BTreeMap;

fn set(pairs: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), (!v.is_empty()).then(|| v.to_string())))
        .collect()
}

const ADMIN: UserId = UserId(42);

desk_test!(a_change_is_checked_whole_and_audited, |db| {
    let desk = db.desk().await;
    let g = GuildId(7);
    assert!(!desk.server(g).await.unwrap().configured);

    // Three bad values and an unknown name: all reported, nothing written.
    let bad = desk
        .change_settings(
            g,
            &set(&[
                ("ticket_channel", "general"),
                ("max_open_tickets", "0"),
                ("business_timezone", "Mars/Olympus"),
                ("colour", "blue"),
                ("tier_roles", "11"),
            ]),
            Some(ADMIN),
            Source::Discord,
            at(0),
        )
        .await;
    let Err(SettingsError::Invalid(problems)) = bad else {
        panic!("expected the problems, got {bad:?}");
    };
    let names: Vec<&str> = problems.iter().map(|(k, _)| k.as_str()).collect();
    for name in [
        "ticket_channel",
        "max_open_tickets",
        "business_timezone",
        "colour",
    ] {
        assert!(names.contains(&name), "{name} in {problems:?}");
    }
    // Each problem is said in the reader's language by the front ends.
    let colour = &problems.iter().find(|(k, _)| k == "colour").unwrap().1;
    assert_eq!(*colour, concierge::settings::Problem::NoSuchSetting);
    assert_eq!(colour.to_string(), colour.text(concierge::i18n::Lang::En));
    assert_ne!(colour.text(concierge::i18n::Lang::De), colour.to_string());
    assert!(desk.store().settings_of(g).await.unwrap().is_empty());
    assert!(desk.settings_audit(g, 10).await.unwrap().is_empty());

    let done = desk
        .change_settings(
            g,
            &set(&[
                ("ticket_channel", "<#200>"),
                ("tier_roles", "11, 12"),
                ("max_open_tickets", "1"),
                ("reopen_window_days", "7"),
            ]),
            Some(ADMIN),
            Source::Discord,
            at(0),
        )
        .await
        .unwrap();
    // The value equal to the default is no change: it stays unset.
    let changed: Vec<&str> = done.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(
        changed,
        ["ticket_channel", "tier_roles", "max_open_tickets"]
    );
    let server = desk.server(g).await.unwrap();
    assert!(server.configured && server.settings.is_set_up());
    assert_eq!(server.settings.ticket_channel, Some(200));
    assert_eq!(server.rules.tiers, 2);
    assert_eq!(server.rules.max_open, 1);

    // Back to the default: unset, audited with the old value.
    let reset = desk
        .change_settings(
            g,
            &set(&[("max_open_tickets", "")]),
            Some(ADMIN),
            Source::Discord,
            at(1),
        )
        .await
        .unwrap();
    assert_eq!(reset[0].old.as_deref(), Some("1"));
    assert_eq!(reset[0].new, None);
    assert_eq!(desk.server(g).await.unwrap().rules.max_open, 3);

    let audit = desk.settings_audit(g, 10).await.unwrap();
    assert_eq!(audit.len(), 4, "{audit:?}");
    let newest = &audit[0];
    assert_eq!(
        (newest.actor, newest.source, newest.change.name.as_str()),
        (Some(ADMIN), Source::Discord, "max_open_tickets")
    );
    assert_eq!(newest.at, at(1));
    assert_eq!(audit[3].change.new.as_deref(), Some("200"));
    assert_eq!(desk.known_guilds().await.unwrap(), vec![g]);
    assert!(desk.knows_guild(g).await.unwrap());
    assert!(!desk.knows_guild(GuildId(g.0 + 1)).await.unwrap());
});

desk_test!(each_server_works_by_its_own_rules, |db| {
    let desk = db.desk().await;
    let strict = GuildId(1);
    desk.change_settings(
        strict,
        &set(&[
            ("ticket_channel", "200"),
            ("tier_roles", "11"),
            ("max_open_tickets", "1"),
        ]),
        None,
        Source::Import,
        at(0),
    )
    .await
    .unwrap();
    desk.open(request(member(1), "first"), at(0)).await.unwrap();
    let second = desk.open(request(member(1), "second"), at(1)).await;
    assert!(
        matches!(
            second,
            Err(DeskError::Refused(Refusal::TooManyOpen { max: 1, .. }))
        ),
        "{second:?}"
    );
    // Another server, with nothing stored: the defaults (3 open tickets).
    let mut elsewhere = request(member(1), "second, elsewhere");
    elsewhere.guild = GuildId(2);
    desk.open(elsewhere, at(1)).await.unwrap();
});

desk_test!(env_seeds_once_then_the_database_rules, |db| {
    let desk = db.desk().await;
    let g = GuildId(9);
    let env_of = |pairs: &[(&str, &str)]| {
        let v: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        ServerSettings::from_values(&v).unwrap()
    };
    let env = env_of(&[("ticket_channel", "200"), ("tier_roles", "11,12,13")]);
    let Seeded::Now(changes) = desk.seed_from_env(g, &env, at(0)).await.unwrap() else {
        panic!("the first start seeds");
    };
    assert_eq!(changes.len(), 2);
    let audit = desk.settings_audit(g, 10).await.unwrap();
    assert!(audit
        .iter()
        .all(|a| a.source == Source::Env && a.actor.is_none()));
    assert_eq!(
        desk.seed_from_env(g, &env, at(1)).await.unwrap(),
        Seeded::Agrees
    );

    // Someone changes a setting in Discord; .env still says the old thing.
    desk.change_settings(
        g,
        &set(&[("ticket_channel", "300")]),
        Some(ADMIN),
        Source::Discord,
        at(2),
    )
    .await
    .unwrap();
    let env = env_of(&[
        ("ticket_channel", "200"),
        ("tier_roles", "11,12,13"),
        ("max_open_tickets", "5"),
    ]);
    assert_eq!(
        desk.seed_from_env(g, &env, at(3)).await.unwrap(),
        Seeded::Disagrees(vec!["TICKET_CHANNEL_ID".into(), "MAX_OPEN_TICKETS".into()])
    );
    let server = desk.server(g).await.unwrap();
    assert_eq!(
        server.settings.ticket_channel,
        Some(300),
        "the database rules"
    );
    assert_eq!(server.rules.max_open, 3);
});

desk_test!(an_import_replaces_every_setting, |db| {
    let desk = db.desk().await;
    let g = GuildId(3);
    desk.change_settings(
        g,
        &set(&[
            ("ticket_channel", "200"),
            ("tier_roles", "11"),
            ("log_channel", "400"),
        ]),
        None,
        Source::Discord,
        at(0),
    )
    .await
    .unwrap();
    let file: BTreeMap<String, String> = [("ticket_channel", "201"), ("tier_roles", "11")]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let changes = desk.import_settings(g, &file, at(1)).await.unwrap();
    let names: Vec<&str> = changes.iter().map(|c| c.name.as_str()).collect();
    assert_eq!(names, ["ticket_channel", "log_channel"], "{changes:?}");
    let s = desk.server(g).await.unwrap().settings.clone();
    assert_eq!((s.ticket_channel, s.log_channel), (Some(201), None));
});
