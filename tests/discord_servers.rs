//! Two servers in one bot, through serenity and the emulator: a server joined at runtime gets
//! the welcome and is set up with `/config`; each has its own ticket 1; an agent of one server
//! is a member in the other; leaving is recorded (the data then waits out the retention).

mod discord;

use concierge::bot::commands::config;
use concierge::bot::render;
use concierge::tickets::GuildId;
use discord::*;
use discord_emulator::{NewGuild, Opt};

#[tokio::test]
async fn two_servers_side_by_side_in_one_bot() {
    // Commands registered globally (no GUILD_ID); .env's keys seed the first server.
    let w = world_with(|s| s.set("GUILD_ID", "")).await;
    let first = w.emu.guild_id();
    let seeded = eventually(|| async { w.bot.server(first).await.unwrap().configured }).await;
    assert!(
        seeded,
        "the first server is seeded from .env when the bot sees it"
    );
    let first_thread = open_ticket(&w, "carol", "my invoice is wrong").await;
    assert_eq!(ticket(&w, first_thread).await.no.0, 1);

    let second = w.emu.bot_joins(
        NewGuild::new("Second")
            .channels(&["lobby", "support"])
            .roles(&["helpers"])
            .member("zed", &[])
            .member("hank", &["helpers"])
            .member("agent-ann", &[]),
    );
    let lobby = w.emu.guild_channel_id(second, "lobby");
    let welcome = w
        .emu
        .wait_for_message(
            lobby,
            |m| m.content.contains("Nothing is set up here yet"),
            T,
        )
        .await
        .expect("the welcome in the new server's system channel");
    assert!(welcome.content.contains("Second"));
    let zed = w.emu.user_id("zed");
    let r = slash(
        &w,
        lobby,
        zed,
        "ticket",
        "open",
        vec![Opt::string("topic", "hello")],
    )
    .await;
    assert_refused(&r, &render::not_set_up(concierge::i18n::Lang::En));

    // Its owner sets it up.
    let owner = w.emu.guild_owner_id(second);
    for (key, value) in [
        (
            "ticket_channel",
            w.emu.guild_channel_id(second, "support").to_string(),
        ),
        (
            "tier_roles",
            w.emu.guild_role_id(second, "helpers").to_string(),
        ),
        ("support_channels", lobby.to_string()),
    ] {
        let r = slash(
            &w,
            lobby,
            owner,
            config::NAME,
            config::subs::SET,
            vec![
                Opt::string(config::opts::KEY, key),
                Opt::string(config::opts::VALUE, &value),
            ],
        )
        .await;
        assert!(text_of(&r).contains("is now"), "{}", text_of(&r));
    }

    // Its own ticket 1.
    let before: Vec<u64> = w.emu.threads().iter().map(|t| t.id).collect();
    slash(
        &w,
        lobby,
        zed,
        "ticket",
        "open",
        vec![Opt::string("topic", "my order is late")],
    )
    .await;
    let thread = w
        .emu
        .wait_for_thread(|t| !before.contains(&t.id), T)
        .await
        .expect("a ticket thread in the second server");
    let t = ticket(&w, thread.id).await;
    assert_eq!((t.guild, t.no.0), (GuildId(second), 1));

    // agent-ann is a tier-1 agent in the first server, a member in the second.
    let ann = w.user("agent-ann");
    let r = slash(&w, lobby, ann, "ticket", "queue", vec![]).await;
    assert!(r.ephemeral);
    assert!(!text_of(&r).contains("my order is late"), "{}", text_of(&r));
    let hank = w.emu.user_id("hank");
    let r = slash(&w, lobby, hank, "ticket", "queue", vec![]).await;
    let queue = text_of(&r);
    assert!(queue.contains("my order is late"), "{queue}");
    assert!(
        !queue.contains("invoice"),
        "the first server's ticket: {queue}"
    );

    // Removed from the second server: recorded, its data kept for the retention period.
    w.emu.bot_leaves(second);
    let left = eventually(|| async {
        w.bot
            .desk
            .store()
            .guilds_left_before(chrono::Utc::now() + chrono::Duration::days(1))
            .await
            .unwrap()
            .iter()
            .any(|(g, _)| *g == GuildId(second))
    })
    .await;
    assert!(left, "the leave is recorded");
    assert_eq!(w.bot.desk.store().ticket_count().await.unwrap(), 2);
    w.shutdown().await;
}
