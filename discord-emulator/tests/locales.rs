//! Locales: a user's (`set_user_locale`) is every interaction's `locale` and OAuth2
//! `/users/@me`'s, a guild's (`set_guild_locale`) is its `preferred_locale` and the
//! `guild_locale` of interactions there, as serenity reads them; unknown locales are refused.

mod common;

use common::{client, http, spec, WAIT};
use discord_emulator::{Emulator, Interaction as Handle, NewGuild, Opt};
use serde_json::{json, Value};
use serenity::all::{Context, EventHandler, Guild, GuildId, HttpBuilder, Interaction};
use serenity::async_trait;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::{Arc, Mutex};

/// An interaction's `locale` and `guild_locale`, as serenity read them.
type Locales = (String, Option<String>);

/// What the bot saw: each interaction's id and locales, and each GUILD_CREATE's (guild id,
/// `preferred_locale`).
#[derive(Clone, Default)]
struct Seen {
    interactions: Arc<Mutex<Vec<(u64, Locales)>>>,
    guilds: Arc<Mutex<Vec<(u64, String)>>>,
}

#[async_trait]
impl EventHandler for Seen {
    async fn interaction_create(&self, _: Context, i: Interaction) {
        let seen = match &i {
            Interaction::Command(c) | Interaction::Autocomplete(c) => {
                (c.id.get(), (c.locale.clone(), c.guild_locale.clone()))
            }
            Interaction::Component(c) => (c.id.get(), (c.locale.clone(), c.guild_locale.clone())),
            Interaction::Modal(m) => (m.id.get(), (m.locale.clone(), m.guild_locale.clone())),
            other => panic!("unexpected interaction {other:?}"),
        };
        self.interactions.lock().unwrap().push(seen);
    }

    async fn guild_create(&self, _: Context, g: Guild, _: Option<bool>) {
        let seen = (g.id.get(), g.preferred_locale);
        self.guilds.lock().unwrap().push(seen);
    }
}

impl Seen {
    /// The (`locale`, `guild_locale`) serenity read for `handle`, once it arrives.
    async fn locales(&self, emu: &Emulator, handle: &Handle) -> Locales {
        let find = || {
            let seen = self.interactions.lock().unwrap();
            seen.iter()
                .find(|(id, _)| *id == handle.id)
                .map(|(_, l)| l.clone())
        };
        assert!(
            emu.wait_until(WAIT, |_| find().is_some()).await,
            "the bot never got interaction {}",
            handle.id
        );
        find().unwrap()
    }
}

/// The INTERACTION_CREATE body sent for `handle`.
fn dispatched(emu: &Emulator, handle: &Handle) -> Value {
    emu.dispatched_events()
        .into_iter()
        .find(|(t, d)| {
            t == "INTERACTION_CREATE" && d["id"] == discord_emulator::payloads::sid(handle.id)
        })
        .map(|(_, d)| d)
        .expect("dispatched")
}

#[tokio::test]
async fn interactions_carry_the_users_and_the_guilds_locale() {
    let emu = Emulator::start(spec()).await.unwrap();
    let other = emu.add_guild(NewGuild::new("Other").member("alice", &[]));
    let guild = emu.guild_id();
    let help = emu.channel_id("help");
    let alice = emu.user_id("alice");
    let bob = emu.user_id("bob");
    emu.set_user_locale(alice, "de");
    emu.set_guild_locale(guild, "fr");
    let seen = Seen::default();
    client(&emu, seen.clone()).await;
    let http = http(&emu);

    // GUILD_CREATE carries each guild's own preferred locale.
    let g = seen.guilds.clone();
    assert!(emu.wait_until(WAIT, |_| g.lock().unwrap().len() == 2).await);
    let mut guilds = seen.guilds.lock().unwrap().clone();
    guilds.sort();
    assert_eq!(
        guilds,
        [(guild, "fr".to_string()), (other, "en-US".to_string())]
    );

    // A slash command: the user's locale and the guild's; bob has Discord's default.
    let cmd = emu.slash_command(help, alice, "ticket", Some("open"), vec![]);
    let fr = Some("fr".to_string());
    assert_eq!(seen.locales(&emu, &cmd).await, ("de".into(), fr.clone()));
    let cmd = emu.slash_command(help, bob, "ticket", Some("open"), vec![]);
    assert_eq!(seen.locales(&emu, &cmd).await, ("en-US".into(), fr.clone()));

    // A button click on a message of the bot's.
    let buttons = json!({"content": "close?", "components": [{"type": 1, "components": [
        {"type": 2, "style": 4, "label": "Close", "custom_id": "close"}]}]});
    let m = http
        .send_message(help.into(), vec![], &buttons)
        .await
        .unwrap()
        .id
        .get();
    let click = emu.click_button(help, m, alice, "close");
    assert_eq!(seen.locales(&emu, &click).await, ("de".into(), fr.clone()));

    // Autocomplete and a modal too: every interaction carries them.
    let typing = emu.autocomplete(
        help,
        alice,
        "ticket",
        Some("open"),
        vec![Opt::focused("topic", "pri")],
    );
    assert_eq!(seen.locales(&emu, &typing).await, ("de".into(), fr.clone()));
    let modal = emu.submit_modal(help, alice, "feedback", &[("text", "danke")]);
    assert_eq!(seen.locales(&emu, &modal).await, ("de".into(), fr.clone()));

    // Changed at runtime: the next interactions and the guild object follow.
    emu.set_user_locale(alice, "pt-BR");
    emu.set_guild_locale(guild, "es-419");
    let cmd = emu.slash_command(help, alice, "ticket", Some("open"), vec![]);
    assert_eq!(
        seen.locales(&emu, &cmd).await,
        ("pt-BR".into(), Some("es-419".into()))
    );
    assert_eq!(
        dispatched(&emu, &cmd)["guild_locale"],
        "es-419",
        "on the wire too"
    );
    assert_eq!(emu.guild_payload(guild)["preferred_locale"], "es-419");
    let rest = http.get_guild(GuildId::new(guild)).await.unwrap();
    assert_eq!(rest.preferred_locale, "es-419");

    // Another guild has its own locale; a DM has none, only the user's.
    let in_other = emu.guild_channel_id(other, "general");
    let cmd = emu.slash_command(in_other, alice, "ticket", Some("open"), vec![]);
    assert_eq!(
        seen.locales(&emu, &cmd).await,
        ("pt-BR".into(), Some("en-US".into()))
    );
    let dm = http
        .create_private_channel(&json!({"recipient_id": alice.to_string()}))
        .await
        .unwrap()
        .id
        .get();
    let cmd = emu.slash_command(dm, alice, "ticket", Some("open"), vec![]);
    assert_eq!(seen.locales(&emu, &cmd).await, ("pt-BR".into(), None));
    assert!(dispatched(&emu, &cmd).get("guild_locale").is_none());
    emu.shutdown();
}

#[tokio::test]
async fn oauth_users_me_gives_the_users_locale() {
    let emu = Emulator::start(spec()).await.unwrap();
    let alice = emu.user_id("alice");
    let bob = emu.user_id("bob");
    emu.set_user_locale(alice, "de");
    let client = emu.application_id();
    let me = |user: u64| {
        let token = emu.oauth_token(client, user, &["identify"]);
        let http = HttpBuilder::new(format!("Bearer {token}"))
            .proxy(emu.api_base())
            .ratelimiter_disabled(true)
            .build();
        async move { http.get_current_user().await.unwrap() }
    };
    let u = me(alice).await;
    assert_eq!((u.id.get(), u.locale.as_deref()), (alice, Some("de")));
    assert_eq!(me(bob).await.locale.as_deref(), Some("en-US"));
    emu.set_user_locale(alice, "zh-TW");
    assert_eq!(me(alice).await.locale.as_deref(), Some("zh-TW"));
    emu.shutdown();
}

/// The panic message of `f`, which must panic.
fn panic_of(f: impl FnOnce()) -> String {
    let e = catch_unwind(AssertUnwindSafe(f)).expect_err("a panic");
    e.downcast_ref::<String>()
        .cloned()
        .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_default()
}

#[tokio::test]
async fn the_setters_take_only_discords_locales() {
    let emu = Emulator::start(spec()).await.unwrap();
    let alice = emu.user_id("alice");
    let guild = emu.guild_id();
    // Not Discord's: a bare language, another case, the OpenAPI spec's extras, nothing.
    for bad in ["en", "pt-br", "EN-US", "ar", "he", "de-DE", ""] {
        let e = panic_of(|| emu.set_user_locale(alice, bad));
        assert!(
            e.contains(&format!("{bad:?} is not one of Discord's locales")),
            "{e}"
        );
        let e = panic_of(|| emu.set_guild_locale(guild, bad));
        assert!(e.contains("not one of Discord's locales"), "{e}");
    }
    assert!(panic_of(|| emu.set_user_locale(1, "de")).contains("no user 1"));
    assert!(panic_of(|| emu.set_guild_locale(1, "de")).contains("no guild 1"));
    // Every locale of the docs' table is taken, and nothing was changed by the refusals.
    let table = [
        "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
        "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi",
        "th", "zh-CN", "ja", "zh-TW", "ko",
    ];
    let help = emu.channel_id("help");
    let cmd = emu.slash_command(help, alice, "ticket", None, vec![]);
    let d = dispatched(&emu, &cmd);
    assert_eq!(
        (&d["locale"], &d["guild_locale"]),
        (&json!("en-US"), &json!("en-US"))
    );
    for l in table {
        emu.set_user_locale(alice, l);
        emu.set_guild_locale(guild, l);
    }
    assert_eq!(emu.guild_payload(guild)["preferred_locale"], "ko");
    emu.shutdown();
}
