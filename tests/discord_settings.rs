//! The single-server `.env` set-up moving into the database, with the real bot on the
//! emulator: the first start seeds the server's settings, a later start whose `.env`
//! disagrees is told (by key) and keeps the database's; without `GUILD_ID` the server whose
//! channels hold the ticket channel is seeded when the bot sees it.

mod discord;

use concierge::desk::Seeded;
use concierge::tickets::GuildId;
use discord::*;
use std::time::Duration;

#[tokio::test]
async fn env_seeds_the_server_once_then_the_database_is_the_source_of_truth() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}", dir.path().join("bot.db").display());
    let w = world_with(|mut s| {
        s.database_url = Some(url.clone());
        s
    })
    .await;
    let Some(Seeded::Now(changes)) = &w.bot.seeding else {
        panic!("the first start seeds: {:?}", w.bot.seeding);
    };
    assert!(
        changes.iter().any(|c| c.name == "ticket_channel"),
        "{changes:?}"
    );
    let guild = w.emu.guild_id();
    let server = w.bot.server(guild).await.unwrap();
    assert!(server.configured && server.settings.is_set_up());
    w.shutdown().await;

    // The next start's .env says something else: the database's settings stay, and the
    // keys that differ are named (what the bot does at start, on the same server).
    let w = world_with(|mut s| {
        s.database_url = Some(url.clone());
        s
    })
    .await;
    let guild = w.emu.guild_id();
    let mut env = w.bot.config.server.clone().unwrap();
    assert_eq!(
        concierge::bot::seed(&w.bot.desk, GuildId(guild), &env, w.bot.now())
            .await
            .unwrap(),
        Seeded::Agrees
    );
    env.max_open_tickets = 5;
    let said = concierge::bot::seed(&w.bot.desk, GuildId(guild), &env, w.bot.now())
        .await
        .unwrap();
    assert_eq!(said, Seeded::Disagrees(vec!["MAX_OPEN_TICKETS".into()]));
    let server = w.bot.server(guild).await.unwrap();
    assert_eq!(server.rules.max_open, 3, "the database's value is used");
    w.shutdown().await;
}

#[tokio::test]
async fn without_guild_id_the_server_holding_the_ticket_channel_is_seeded_on_sight() {
    let w = world_with(|s| s.set("GUILD_ID", "")).await;
    assert!(w.bot.seeding.is_none());
    let guild = w.emu.guild_id();
    let mut seeded = false;
    for _ in 0..100 {
        w.bot.desk.forget_server(GuildId(guild));
        if w.bot.server(guild).await.unwrap().configured {
            seeded = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        seeded,
        "GUILD_CREATE seeds the server that has TICKET_CHANNEL_ID"
    );
    w.shutdown().await;
}

/// A world whose `.env` names no server: every server is set up from Discord.
async fn unconfigured_world() -> concierge::sandbox::world::World {
    world_with(|mut s| {
        for key in [
            "GUILD_ID",
            "SUPPORT_CHANNEL_IDS",
            "TICKET_CHANNEL_ID",
            "LOG_CHANNEL_ID",
            "TIER_ROLE_IDS",
            "MODERATOR_ROLE_IDS",
            "URGENT_ROLE_ID",
        ] {
            s = s.set(key, "");
        }
        s
    })
    .await
}

#[tokio::test]
async fn a_server_not_set_up_answers_nothing_and_says_so_until_config_sets_it_up() {
    use concierge::bot::commands::config;
    use concierge::bot::render;
    use discord_emulator::Opt;
    let w = unconfigured_world().await;
    assert!(w.bot.config.server.is_none());
    let help = w.channel("help");
    let r = try_open(&w, "carol", "my invoice is wrong").await;
    assert_refused(&r, &render::not_set_up(concierge::i18n::Lang::En));
    let r = slash(&w, help, w.user("alice"), "support", "stats", vec![]).await;
    assert_refused(&r, &render::not_set_up(concierge::i18n::Lang::En));
    // On joining it said one short welcome in the system channel (the first text channel,
    // #help here), pinging nobody; a question gets no answer (no help channels yet).
    assert_eq!(w.emu.system_channel_id(w.emu.guild_id()), Some(help));
    let welcome = w
        .emu
        .wait_for_message(
            help,
            |m| m.content.contains("Nothing is set up here yet"),
            T,
        )
        .await
        .expect("the welcome");
    assert!(welcome.content.contains("/setup") && welcome.pings().users.is_empty());
    w.emu
        .post_message(help, w.user("carol"), "how do I reset my password?");
    assert!(w.settle(T).await);
    assert_eq!(bot_messages(&w, help).len(), 1, "the welcome only");

    // The owner sets it up with /config.
    let owner = w.user("owner");
    let set = |key: &str, value: String| {
        let w = &w;
        let (key, value) = (key.to_string(), value);
        async move {
            slash(
                w,
                help,
                owner,
                config::NAME,
                config::subs::SET,
                vec![
                    Opt::string(config::opts::KEY, &key),
                    Opt::string(config::opts::VALUE, &value),
                ],
            )
            .await
        }
    };
    set("ticket_channel", w.channel("tickets").to_string()).await;
    set("tier_roles", w.emu.role_id("tier-1").to_string()).await;
    set("support_channels", help.to_string()).await;
    open_ticket(&w, "carol", "my invoice is wrong").await;
    w.emu
        .post_message(help, w.user("bob"), "how do I reset my password?");
    let bot = w.emu.bot_user_id();
    let answer = w
        .emu
        .wait_for_message(help, |m| m.author_id == bot && !m.embeds.is_empty(), T)
        .await;
    assert!(answer.is_some(), "answers once the help channel is set");
    w.shutdown().await;
}
