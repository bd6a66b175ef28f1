//! What tripped a newcomer in the ticket flow (issue "Where a newcomer trips"): wording that
//! says what happened, reopened tickets that notify like new ones, thread names cut at a word.

mod discord;

use concierge::bot::commands::ticket;
use discord::{open_ticket, slash, world, T};
use discord_emulator::Opt;

#[tokio::test]
async fn nothing_changed_says_why_and_a_transfer_says_who_handles_it() {
    let w = world().await;
    let (ann, bob) = (w.user("agent-ann"), w.user("agent-bob"));
    let thread = open_ticket(&w, "alice", "my invoice is wrong").await;
    slash(&w, thread, ann, ticket::NAME, ticket::subs::CLAIM, vec![]).await;
    let r = slash(&w, thread, ann, ticket::NAME, ticket::subs::CLAIM, vec![]).await;
    assert!(r.ephemeral);
    assert_eq!(r.content, "You already hold ticket 1.");
    let to_bob = vec![Opt::user(ticket::opts::AGENT, bob)];
    let r = slash(
        &w,
        thread,
        ann,
        ticket::NAME,
        ticket::subs::TRANSFER,
        to_bob,
    )
    .await;
    assert_eq!(r.content, format!("Ticket 1 is now handled by <@{bob}>."));
    let r = slash(&w, thread, bob, ticket::NAME, ticket::subs::REOPEN, vec![]).await;
    assert_eq!(r.content, "Ticket 1 is already open.");
    w.shutdown().await;
}

#[tokio::test]
async fn a_reopened_ticket_notifies_its_tier_and_the_agent_who_held_it() {
    let w = world().await;
    let (alice, ann) = (w.user("alice"), w.user("agent-ann"));
    let tier1 = w.emu.role_id("tier-1");
    let thread = open_ticket(&w, "alice", "refund for a double charge").await;
    slash(&w, thread, ann, ticket::NAME, ticket::subs::CLAIM, vec![]).await;
    w.emu.post_message(thread, ann, "Refunded.");
    discord::close(&w, thread, ann, vec![]).await;
    let before = w.emu.messages(thread).len();
    let r = slash(
        &w,
        thread,
        alice,
        ticket::NAME,
        ticket::subs::REOPEN,
        vec![],
    )
    .await;
    assert!(
        r.content.contains("back in the tier 1 queue"),
        "{}",
        r.content
    );
    let bot = w.emu.bot_user_id();
    let ping = w
        .emu
        .wait_for_message(
            thread,
            |m| m.author_id == bot && m.content.contains("needs an agent again"),
            T,
        )
        .await
        .expect("the reopened ticket asks for an agent");
    let pings = ping.pings();
    assert_eq!(pings.roles, vec![tier1], "{}", ping.content);
    assert_eq!(pings.users, vec![ann], "the agent who held it");
    assert!(!pings.everyone);
    assert!(w.emu.messages(thread).len() > before);
    w.shutdown().await;
}

#[tokio::test]
async fn thread_names_are_cut_at_a_word() {
    let w = world().await;
    let topic =
        "I changed my email, I am locked out of my account and cannot log in anymore at all";
    let thread = open_ticket(&w, "alice", topic).await;
    let named = w
        .emu
        .wait_until(T, |e| {
            e.thread(thread)
                .is_some_and(|t| t.name.starts_with("ticket-1 "))
        })
        .await;
    assert!(named);
    let name = w.emu.thread(thread).unwrap().name;
    assert_eq!(
        name,
        "ticket-1 I changed my email, I am locked out of my account and…"
    );
    w.shutdown().await;
}

#[tokio::test]
async fn an_agent_opening_for_a_member_is_named_as_such_and_follows_the_ticket() {
    let w = world().await;
    let (ann, carol) = (w.user("agent-ann"), w.user("carol"));
    let help = w.channel("help");
    let before = w.emu.threads().len();
    let options = vec![
        Opt::string(ticket::opts::TOPIC, "email bounces"),
        Opt::user(ticket::opts::MEMBER, carol),
    ];
    let r = slash(&w, help, ann, ticket::NAME, ticket::subs::OPEN, options).await;
    assert!(
        r.content
            .starts_with(&format!("Ticket 1 is open for <@{carol}>: <#")),
        "{}",
        r.content
    );
    let thread = w
        .emu
        .wait_for_thread(|_| true, T)
        .await
        .expect("a ticket thread");
    assert_eq!(w.emu.threads().len(), before + 1);
    let bot = w.emu.bot_user_id();
    let intro = w
        .emu
        .wait_for_message(thread.id, |m| m.author_id == bot, T)
        .await
        .unwrap();
    let who = format!("opened by <@{ann}> for <@{carol}>");
    assert!(intro.content.contains(&who), "{}", intro.content);
    let log = w
        .emu
        .wait_for_message(
            w.channel("support-log"),
            |m| m.content.contains("Ticket 1"),
            T,
        )
        .await
        .unwrap();
    assert!(log.content.contains(&who), "{}", log.content);
    let members = w.emu.thread(thread.id).unwrap().members;
    assert!(
        members.contains(&carol) && members.contains(&ann),
        "{members:?}"
    );
    w.shutdown().await;
}

#[tokio::test]
async fn settings_that_name_the_wrong_channel_or_role_are_reported_by_key() {
    let w = world().await;
    let guild = w.emu.guild_id();
    let server = w.bot.server(guild).await.unwrap();
    let ok = concierge::bot::setup_check::check(&w.http, guild, &server.settings).await;
    assert!(
        ok.is_empty(),
        "the sandbox's own settings are right: {ok:?}"
    );
    w.shutdown().await;

    // The placeholders of .env.example, and a role where a channel belongs.
    let w = discord::world_with(|s| {
        s.set("SUPPORT_CHANNEL_IDS", "123456789012345679")
            .set("TIER_ROLE_IDS", "111111111111111111")
    })
    .await;
    let role = w.emu.role_id("tier-1");
    let guild = w.emu.guild_id();
    let mut settings = w.bot.server(guild).await.unwrap().settings.clone();
    settings.log_channel = Some(role);
    let problems = concierge::bot::setup_check::check(&w.http, guild, &settings).await;
    let keys: Vec<&str> = problems
        .iter()
        .map(|p| p.split(' ').next().unwrap())
        .collect();
    assert_eq!(
        keys,
        ["SUPPORT_CHANNEL_IDS", "LOG_CHANNEL_ID", "TIER_ROLE_IDS"],
        "{problems:#?}"
    );
    assert!(
        problems[0].contains("no channel 123456789012345679"),
        "{}",
        problems[0]
    );
    assert!(
        problems[2].contains("no role 111111111111111111"),
        "{}",
        problems[2]
    );
    // The bot said so in the log channel when it connected.
    let log = w.channel("support-log");
    let said = w
        .emu
        .wait_for_message(log, |m| m.content.contains("SUPPORT_CHANNEL_IDS"), T)
        .await
        .expect("the problems in the log channel");
    assert!(said.content.contains("TIER_ROLE_IDS"), "{}", said.content);
    assert!(said.pings().roles.is_empty());
    w.shutdown().await;
}
