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
