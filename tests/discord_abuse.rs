//! What hostile members tried, through the real serenity client against the emulator:
//! ticket spam (the opening rate, on-call pinged once per window, no rating prompt for an
//! unanswered ticket) and member text in the bot's own posts (markup, line breaks, invisible
//! and direction-override characters).

mod discord;

use chrono::Duration;
use concierge::bot::commands::ticket;
use discord::{assert_refused, open_ticket, slash, try_open, world, world_with, T};
use discord_emulator::Opt;

/// The intro the bot posted in a ticket thread.
async fn intro(w: &concierge::sandbox::world::World, thread: u64) -> discord_emulator::Message {
    w.emu
        .wait_for_message(thread, |m| m.content.contains("Topic:"), T)
        .await
        .expect("an intro")
}

#[tokio::test]
async fn ticket_spam_is_rate_limited_and_pings_on_call_once_per_window() {
    let w = world_with(|s| s.set("MAX_OPEN_TICKETS", 10)).await;
    let on_call = w.emu.role_id("on-call");
    let alice = w.user("alice");
    // The first urgent ticket pings on-call; the next ones within the hour do not.
    let first = open_ticket(&w, "alice", "outage: the site is down").await;
    assert!(intro(&w, first).await.pings().roles.contains(&on_call));
    for n in 2..=5 {
        let thread = open_ticket(&w, "alice", &format!("outage again {n}")).await;
        let i = intro(&w, thread).await;
        assert!(
            !i.pings().roles.contains(&on_call),
            "ticket {n}: {:?}",
            i.pings()
        );
        assert!(i.content.contains("urgent"), "{}", i.content);
        // Closed by its owner, unanswered: no rating prompt, nothing to rate.
        slash(&w, thread, alice, ticket::NAME, ticket::subs::CLOSE, vec![]).await;
        let notice = w
            .emu
            .wait_for_message(thread, |m| m.content.contains("is closed"), T)
            .await
            .expect("a closing notice");
        assert!(
            notice.content.contains("nothing to rate"),
            "{}",
            notice.content
        );
        assert!(
            w.emu.reactions(thread, notice.id).is_empty(),
            "no rating reactions"
        );
    }
    // The sixth within the hour is refused, saying when she can open another.
    let r = try_open(&w, "alice", "outage: still down").await;
    assert_refused(&r, "You have opened 5 tickets in the last 60 minutes");
    // Another member is not affected.
    open_ticket(&w, "bob", "my invoice is wrong").await;
    // An hour after the first, she may open again, and on-call hears of it again.
    w.clock.advance(Duration::minutes(61));
    let later = open_ticket(&w, "alice", "outage: down again").await;
    assert!(intro(&w, later).await.pings().roles.contains(&on_call));
    // Nothing was rated.
    let report = w
        .bot
        .desk
        .kpi_report(
            concierge::tickets::GuildId(w.emu.guild_id()),
            concierge::clock::Clock::now(&w.clock),
            1,
        )
        .await
        .unwrap();
    assert_eq!(report.csat_count, 0);
    w.shutdown().await;
}

#[tokio::test]
async fn member_text_is_inert_wherever_the_bot_repeats_it() {
    let w = world().await;
    let (help, alice, ann) = (w.channel("help"), w.user("alice"), w.user("agent-ann"));
    let log = w.channel("support-log");
    let thread = open_ticket(
        &w,
        "alice",
        "invoice\u{202e}fdp.exe [Official refund form](https://evil.example/refund) **now**",
    )
    .await;
    let i = intro(&w, thread).await;
    assert!(
        i.content
            .contains("\\[Official refund form\\](https://evil.example/refund) \\*\\*now\\*\\*"),
        "{}",
        i.content
    );
    let name = w.emu.thread(thread).unwrap().name;
    assert!(!name.contains('\u{202e}'), "{name:?}");
    assert!(name.starts_with("ticket-1 invoicefdp.exe"), "{name:?}");

    // A topic of only invisible characters is no topic.
    let r = slash(
        &w,
        help,
        w.user("bob"),
        ticket::NAME,
        ticket::subs::OPEN,
        vec![Opt::string(
            ticket::opts::TOPIC,
            "\u{200b}\u{200b}\u{2060}\u{3164}",
        )],
    )
    .await;
    assert_refused(&r, "Please give your ticket a short topic");

    // The resolution in the rating prompt and the log channel.
    slash(&w, thread, ann, ticket::NAME, ticket::subs::CLAIM, vec![]).await;
    slash(
        &w,
        thread,
        ann,
        ticket::NAME,
        ticket::subs::CLOSE,
        vec![Opt::string(
            ticket::opts::RESOLUTION,
            "see [the form](https://evil.example)\r# heading\n> quote @everyone",
        )],
    )
    .await;
    let prompt = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("how did we do"), T)
        .await
        .expect("a rating prompt (an agent closed it)");
    assert!(
        prompt.content.contains(
            "see \\[the form\\](https://evil.example)\n\\# heading\n\\> quote @\u{200b}everyone"
        ),
        "{}",
        prompt.content
    );
    assert!(prompt.pings().users == vec![alice] && !prompt.pings().everyone);
    // Everything the bot posted in the log channel is inert too.
    for m in w.emu.messages(log) {
        assert!(
            !m.content.contains("[Official refund form](http"),
            "{}",
            m.content
        );
    }
    w.shutdown().await;
}

#[tokio::test]
async fn only_an_agent_who_may_work_the_ticket_stops_its_clock() {
    let w = world().await;
    let (alice, ann, cy) = (w.user("alice"), w.user("agent-ann"), w.user("agent-cy"));
    let thread = open_ticket(&w, "alice", "outage: checkout is down").await;
    // A tier-3 agent sends it to tier 3; the owner adds tier-1 ann to the thread.
    let r = slash(
        &w,
        thread,
        cy,
        ticket::NAME,
        ticket::subs::ESCALATE,
        vec![Opt::integer(ticket::opts::TIER, 3)],
    )
    .await;
    assert!(r.content.contains("escalated to tier 3"), "{}", r.content);
    slash(
        &w,
        thread,
        alice,
        ticket::NAME,
        ticket::subs::ADD,
        vec![Opt::user(ticket::opts::USER, ann)],
    )
    .await;
    // Ann's "ok" is in the transcript but is no response.
    w.emu.post_message(thread, ann, "ok");
    assert!(w.settle(T).await);
    let t = discord::ticket(&w, thread).await;
    assert_eq!((t.first_response_at, t.agent_responses), (None, 0));
    let queue = slash(
        &w,
        w.channel("help"),
        cy,
        ticket::NAME,
        ticket::subs::QUEUE,
        vec![],
    )
    .await;
    assert!(
        queue.content.contains("checkout is down"),
        "still waiting: {}",
        queue.content
    );
    // Nor may she close, unclaim or escalate it: one rule.
    let r = slash(&w, thread, ann, ticket::NAME, ticket::subs::CLOSE, vec![]).await;
    assert_refused(&r, "Only tier 3 agents (or higher) can close this ticket");
    // Its target passes at the top tier: a breach, said as such.
    w.advance(Duration::minutes(16)).await;
    let notice = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("breached"), T)
        .await
        .expect("a breach notice");
    assert!(
        notice.content.contains("already at the top tier"),
        "{}",
        notice.content
    );
    assert!(
        !notice.content.contains("escalated to tier 3"),
        "{}",
        notice.content
    );
    let report = w
        .bot
        .desk
        .kpi_report(
            concierge::tickets::GuildId(w.emu.guild_id()),
            concierge::clock::Clock::now(&w.clock),
            1,
        )
        .await
        .unwrap();
    assert_eq!(report.sla_met_rate, Some(0.0), "{report:?}");
    assert_eq!(report.frt_median_s, None);
    // Cy's answer is the first response.
    slash(&w, thread, cy, ticket::NAME, ticket::subs::CLAIM, vec![]).await;
    w.emu.post_message(thread, cy, "looking at it now");
    assert!(w.settle(T).await);
    let t = discord::ticket(&w, thread).await;
    assert_eq!(t.first_responder.map(|u| u.0), Some(cy));
    w.shutdown().await;
}

#[tokio::test]
async fn adding_someone_to_a_closed_ticket_is_refused_with_a_reason() {
    let w = world_with(|s| s.set("RATING_GRACE_HOURS", 0)).await;
    let (alice, ann) = (w.user("alice"), w.user("agent-ann"));
    let thread = open_ticket(&w, "alice", "my invoice is wrong").await;
    slash(&w, thread, ann, ticket::NAME, ticket::subs::CLAIM, vec![]).await;
    slash(&w, thread, ann, ticket::NAME, ticket::subs::CLOSE, vec![]).await;
    assert!(
        w.emu
            .wait_until(T, |e| e.thread(thread).is_some_and(|t| t.locked))
            .await,
        "closed, archived and locked"
    );
    let r = slash(
        &w,
        thread,
        alice,
        ticket::NAME,
        ticket::subs::ADD,
        vec![Opt::user(ticket::opts::USER, w.user("bob"))],
    )
    .await;
    assert_refused(&r, "Ticket #1 is closed");
    w.shutdown().await;
}
