//! The agents' and moderators' tools through the real serenity client against the Discord
//! emulator: queue, hand-offs, macros with autocomplete, `/kb test|reload|gaps`, live reload
//! with a broken file, the SLA clock, the rating grace period, business hours and
//! `/support stats` with its chart.

mod discord;

use chrono::{Duration, TimeZone, Utc};
use concierge::tickets::{Status, Tier};
use discord::{
    assert_refused, bot_messages, open_ticket, slash, text_of, ticket, world, world_with, T,
};
use discord_emulator::Opt;

#[tokio::test]
async fn the_queue_lists_urgent_first_then_oldest_and_only_for_agents() {
    let w = world().await;
    let help = w.channel("help");
    open_ticket(&w, "alice", "question about invoices").await;
    w.clock.advance(Duration::minutes(5));
    open_ticket(&w, "bob", "we were hacked, security problem").await;
    let r = slash(&w, help, w.user("agent-ann"), "ticket", "queue", vec![]).await;
    assert!(r.ephemeral);
    let lines: Vec<&str> = r.content.lines().collect();
    assert!(lines[0].contains("2 open"), "{}", r.content);
    assert!(
        lines[1].contains("🚨") && lines[1].contains("hacked"),
        "{}",
        r.content
    );
    assert!(
        lines[2].contains("invoices") && lines[2].contains("waited 5 min"),
        "{}",
        r.content
    );
    assert!(lines[2].contains("55 min left"), "{}", r.content);
    let r = slash(&w, help, w.user("alice"), "ticket", "queue", vec![]).await;
    assert_refused(&r, "Only support agents");
    w.shutdown().await;
}

#[tokio::test]
async fn transfer_and_unclaim_hand_a_ticket_on() {
    let w = world().await;
    let (ann, bob, alice) = (w.user("agent-ann"), w.user("agent-bob"), w.user("alice"));
    let thread = open_ticket(&w, "alice", "sync keeps failing").await;
    slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    // A member cannot take a ticket.
    let r = slash(
        &w,
        thread,
        ann,
        "ticket",
        "transfer",
        vec![Opt::user("agent", alice)],
    )
    .await;
    assert!(r.ephemeral, "{}", r.content);
    let r = slash(
        &w,
        thread,
        ann,
        "ticket",
        "transfer",
        vec![Opt::user("agent", bob)],
    )
    .await;
    assert!(
        r.content.contains(&format!("is now handled by <@{bob}>")),
        "{}",
        r.content
    );
    assert_eq!(ticket(&w, thread).await.claimed_by.map(|u| u.0), Some(bob));
    assert!(
        w.emu.thread(thread).unwrap().members.contains(&bob),
        "bob follows the thread"
    );
    // Ann no longer holds it: she cannot give it back to the queue.
    let r = slash(&w, thread, ann, "ticket", "unclaim", vec![]).await;
    assert!(r.ephemeral, "{}", r.content);
    let r = slash(&w, thread, bob, "ticket", "unclaim", vec![]).await;
    assert!(
        r.content.contains("back in the tier 1 queue"),
        "{}",
        r.content
    );
    let t = ticket(&w, thread).await;
    assert_eq!((t.status, t.claimed_by), (Status::Open, None));
    w.shutdown().await;
}

#[tokio::test]
async fn kb_send_posts_a_personalised_canned_answer_that_counts_as_a_response() {
    let w = world().await;
    let (ann, alice) = (w.user("agent-ann"), w.user("alice"));
    let thread = open_ticket(&w, "alice", "forgot my password, reset mail never arrives").await;
    // Autocomplete: the entries that match the ticket's topic come first.
    let i = w.emu.autocomplete(
        thread,
        ann,
        "kb",
        Some("send"),
        vec![Opt::focused("entry", "")],
    );
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert_eq!(r.choices[0]["value"], "reset-password", "{:?}", r.choices);
    let i = w.emu.autocomplete(
        thread,
        ann,
        "kb",
        Some("send"),
        vec![Opt::focused("entry", "refu")],
    );
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert!(r
        .choices
        .iter()
        .all(|c| c["value"].as_str().unwrap().contains("refund")));

    // A member cannot send macros.
    let r = slash(
        &w,
        thread,
        alice,
        "kb",
        "send",
        vec![Opt::string("entry", "reset-password")],
    )
    .await;
    assert_refused(&r, "Only support agents");
    let r = slash(
        &w,
        thread,
        ann,
        "kb",
        "send",
        vec![Opt::string("entry", "reset-password")],
    )
    .await;
    assert!(
        text_of(&r).contains("Sent `reset-password`"),
        "{}",
        text_of(&r)
    );
    let sent = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("shared an answer"), T)
        .await
        .expect("the canned answer in the thread");
    let body = sent.embeds[0]["description"].as_str().unwrap();
    assert!(
        body.contains(&format!("<@{alice}>")),
        "{{user}} is the ticket's owner: {body}"
    );
    assert!(sent.pings().users.is_empty() && sent.pings().roles.is_empty());
    let t = ticket(&w, thread).await;
    assert!(
        t.first_response_at.is_some(),
        "the macro counts as the agent's response"
    );
    // An unknown entry is a clear refusal.
    let r = slash(
        &w,
        thread,
        ann,
        "kb",
        "send",
        vec![Opt::string("entry", "nope")],
    )
    .await;
    assert_refused(&r, "no entry `nope`");
    w.shutdown().await;
}

#[tokio::test]
async fn kb_test_explains_a_match_for_moderators_only() {
    let w = world().await;
    let help = w.channel("help");
    let q = Opt::string("question", "how do I reset my password");
    let r = slash(&w, help, w.user("mod-max"), "kb", "test", vec![q.clone()]).await;
    assert!(r.ephemeral);
    assert!(
        r.content.contains("answer:   reset-password"),
        "{}",
        r.content
    );
    assert!(r.content.contains("why:"), "{}", r.content);
    let r = slash(&w, help, w.user("alice"), "kb", "test", vec![q]).await;
    assert_refused(&r, "Only moderators");
    w.shutdown().await;
}

#[tokio::test]
async fn a_broken_file_keeps_the_previous_knowledge_base_and_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    for f in std::fs::read_dir(discord::responses()).unwrap() {
        let f = f.unwrap().path();
        if f.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&f, dir.path().join(f.file_name().unwrap())).unwrap();
        }
    }
    let path = dir.path().to_path_buf();
    let w = world_with(move |mut s| {
        s.responses_dir = path;
        s.set("MEMBER_ANSWERS_PER_MINUTE", 0)
            .set("REPEAT_WINDOW_SECONDS", 0)
    })
    .await;
    let (help, log) = (w.channel("help"), w.channel("support-log"));
    let broken = dir.path().join("zz-broken.toml");
    std::fs::write(
        &broken,
        "[[response]]\nid = \"printer\"\npatterns = [\"printer on fire\"]\nansewr = \"Call 911\"\n",
    )
    .unwrap();
    let report = w
        .emu
        .wait_for_message(log, |m| m.content.contains("NOT reloaded"), T)
        .await
        .expect("the reload problem is reported in the log channel");
    assert!(
        report.content.contains("zz-broken.toml:4"),
        "{}",
        report.content
    );
    assert!(report.content.contains("ansewr"), "{}", report.content);
    // The previous knowledge base keeps answering.
    let answer = discord::ask(&w, "alice", "how do I reset my password?").await;
    assert!(answer.embeds[0]["title"]
        .as_str()
        .unwrap()
        .contains("password"));
    // /kb reload says the same.
    let r = slash(&w, help, w.user("mod-max"), "kb", "reload", vec![]).await;
    assert!(
        r.content.contains("Not reloaded") && r.content.contains("zz-broken.toml:4"),
        "{}",
        r.content
    );

    // Fixed: the new entry is live without a restart.
    std::fs::write(
        &broken,
        "[[response]]\nid = \"printer\"\ntitle = \"Printer fires\"\npatterns = [\"my printer is on fire\", \"the printer is burning\"]\nkeywords = [\"printer\"]\nanswer = \"Unplug it and step away.\"\n",
    )
    .unwrap();
    w.emu
        .wait_for_message(log, |m| m.content.contains("Knowledge base reloaded"), T)
        .await
        .expect("the good reload is reported");
    w.emu
        .post_message(help, w.user("bob"), "help, my printer is on fire!");
    let answer = w
        .emu
        .wait_for_message(
            help,
            |m| m.embeds.iter().any(|e| e["title"] == "Printer fires"),
            T,
        )
        .await;
    assert!(
        answer.is_some(),
        "the new entry answers: {:?}",
        bot_messages(&w, help).len()
    );
    w.shutdown().await;
}

#[tokio::test]
async fn an_unanswered_question_that_became_a_ticket_is_a_knowledge_gap() {
    let w = world().await;
    let (help, alice) = (w.channel("help"), w.user("alice"));
    w.emu.post_message(
        help,
        alice,
        "does the enterprise plan support SAML single sign-on?",
    );
    // The bot stays silent; once the question is recorded, alice opens a ticket.
    let since = w.bot.now() - Duration::days(1);
    let db = sqlx::SqlitePool::connect(&w.bot.config.database_url)
        .await
        .unwrap();
    let recorded = discord::eventually(|| async {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM unanswered")
            .fetch_one(&db)
            .await
            .unwrap();
        n == 1
    })
    .await;
    assert!(recorded, "the unanswered question is recorded");
    open_ticket(&w, "alice", "SAML single sign-on").await;
    let gaps = discord::eventually(|| async {
        w.bot
            .desk
            .knowledge_gaps(concierge::tickets::GuildId(w.emu.guild_id()), since, 10)
            .await
            .map(|g| g.len())
            .unwrap_or(0)
            == 1
    })
    .await;
    assert!(gaps, "recorded as a knowledge gap");
    let r = slash(&w, help, w.user("mod-max"), "kb", "gaps", vec![]).await;
    assert!(r.content.contains("SAML single sign-on"), "{}", r.content);
    assert!(
        bot_messages(&w, help).is_empty(),
        "no auto-answer was given"
    );
    w.shutdown().await;
}

#[tokio::test]
async fn the_sla_clock_escalates_a_forgotten_ticket_once() {
    let w = world().await;
    let (log, tier2) = (w.channel("support-log"), w.emu.role_id("tier-2"));
    let thread = open_ticket(&w, "alice", "cannot download my invoice").await;
    w.advance(Duration::minutes(30)).await;
    assert_eq!(ticket(&w, thread).await.tier, Tier(1), "not due yet");
    w.advance(Duration::minutes(31)).await;
    let notice = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("escalated to tier 2"), T)
        .await
        .expect("the thread is told");
    assert!(
        notice.content.contains("automatically"),
        "{}",
        notice.content
    );
    assert_eq!(notice.pings().roles, vec![tier2], "tier 2 is notified");
    assert!(w
        .emu
        .wait_for_message(log, |m| m.content.contains("escalated to tier 2"), T)
        .await
        .is_some());
    assert_eq!(ticket(&w, thread).await.tier, Tier(2));
    // Another run of the clock before the new deadline does nothing more.
    w.advance(Duration::minutes(1)).await;
    let escalations = |e: &discord_emulator::Emulator| {
        e.messages(thread)
            .iter()
            .filter(|m| m.content.contains("escalated"))
            .count()
    };
    assert_eq!(escalations(&w.emu), 1);
    w.shutdown().await;
}

#[tokio::test]
async fn an_unrated_closed_ticket_is_locked_after_the_grace_period() {
    let w = world().await;
    let (ann, log) = (w.user("agent-ann"), w.channel("support-log"));
    let thread = open_ticket(&w, "alice", "where is my order").await;
    slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    w.emu.post_message(thread, ann, "It ships tomorrow.");
    slash(&w, thread, ann, "ticket", "close", vec![]).await;
    w.emu
        .wait_for_message(thread, |m| m.content.contains("how did we do"), T)
        .await
        .unwrap();
    w.advance(Duration::hours(23)).await;
    assert!(
        !w.emu.thread(thread).unwrap().locked,
        "still open for the rating"
    );
    w.advance(Duration::hours(2)).await;
    let t = w.emu.thread(thread).unwrap();
    assert!(t.locked && t.archived, "locked after 24 h");
    let transcript = w
        .emu
        .wait_for_message(log, |m| !m.attachments.is_empty(), T)
        .await
        .expect("the transcript");
    let names: Vec<&str> = transcript
        .attachments
        .iter()
        .map(|a| a.filename.as_str())
        .collect();
    assert_eq!(names, ["ticket-1.md", "ticket-1.html"]);
    let html = String::from_utf8(transcript.attachments[1].bytes.clone()).unwrap();
    assert!(
        html.contains("<html") && html.contains("It ships tomorrow."),
        "{html}"
    );
    // The clock running again does not send it twice.
    w.advance(Duration::hours(1)).await;
    let transcripts = bot_messages(&w, log)
        .iter()
        .filter(|m| !m.attachments.is_empty())
        .count();
    assert_eq!(transcripts, 1);
    w.shutdown().await;
}

#[tokio::test]
async fn outside_business_hours_the_intro_says_when_the_desk_opens() {
    // Saturday 2026-11-28, noon UTC; the desk works Monday to Friday.
    let saturday = Utc.with_ymd_and_hms(2026, 11, 28, 12, 0, 0).unwrap();
    let w = world_with(move |mut s| {
        s.start = saturday;
        s.set("BUSINESS_HOURS", "mon-fri 09:00-17:00")
            .set("BUSINESS_TIMEZONE", "UTC")
    })
    .await;
    let thread = open_ticket(&w, "alice", "license key rejected").await;
    let intro = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("Topic:"), T)
        .await
        .unwrap();
    let monday_9 = Utc.with_ymd_and_hms(2026, 11, 30, 9, 0, 0).unwrap();
    assert!(
        intro.content.contains("closed right now"),
        "{}",
        intro.content
    );
    assert!(
        intro
            .content
            .contains(&format!("<t:{}:F>", monday_9.timestamp())),
        "{}",
        intro.content
    );
    w.shutdown().await;
}

#[tokio::test]
async fn support_stats_answers_with_the_kpis_and_a_chart() {
    let w = world().await;
    let (ann, alice, help) = (w.user("agent-ann"), w.user("alice"), w.channel("help"));
    let thread = open_ticket(&w, "alice", "export is broken").await;
    w.clock.advance(Duration::minutes(12));
    slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    w.emu.post_message(thread, ann, "Fixed, try again.");
    assert!(
        discord::eventually(|| async { ticket(&w, thread).await.first_response_at.is_some() })
            .await
    );
    slash(&w, thread, ann, "ticket", "close", vec![]).await;

    let i = w.emu.slash_command(
        help,
        ann,
        "support",
        Some("stats"),
        vec![Opt::integer("days", 7)],
    );
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert!(r.ephemeral);
    let title = r.embeds[0]["title"].as_str().unwrap();
    assert!(title.starts_with("Support KPIs, last 7 days ("), "{title}");
    let body = r.embeds[0]["description"].as_str().unwrap();
    assert!(!body.contains("Support KPIs"), "the title once: {body}");
    assert!(
        body.contains("12m") || body.contains("720"),
        "first response of 12 minutes: {body}"
    );
    assert_eq!(r.embeds[0]["image"]["url"], "attachment://support-kpis.png");
    let original = w.emu.interaction(&i).original.expect("the edited response");
    let png = &original.attachments[0];
    assert_eq!(png.filename, "support-kpis.png");
    assert!(png.bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    assert!(
        png.bytes.len() > 10_000 && png.bytes.len() < 2_000_000,
        "{} bytes",
        png.bytes.len()
    );
    let r = slash(&w, help, alice, "support", "stats", vec![]).await;
    assert_refused(&r, "Only moderators");
    w.shutdown().await;
}

#[tokio::test]
async fn agents_send_canned_answers_in_help_channels_and_from_the_message_menu() {
    use concierge::bot::commands::answer_with;
    let w = world().await;
    let (help, alice, ann) = (w.channel("help"), w.user("alice"), w.user("agent-ann"));
    // The message command is registered beside the slash commands.
    let (_, guild_commands) = w.emu.commands();
    assert!(guild_commands
        .iter()
        .any(|c| c["name"] == answer_with::NAME && c["type"] == 3));
    // /kb send in the help channel: posted there, not refused.
    let r = slash(
        &w,
        help,
        ann,
        "kb",
        "send",
        vec![Opt::string("entry", "refund")],
    )
    .await;
    assert!(text_of(&r).contains("Sent `refund`"), "{}", text_of(&r));
    let sent = w
        .emu
        .wait_for_message(help, |m| m.content.contains("shared an answer"), T)
        .await
        .expect("the canned answer in #help");
    assert!(
        sent.embeds[0]["title"]
            .as_str()
            .unwrap_or_default()
            .contains("efund"),
        "{:?}",
        sent.embeds
    );

    // The message menu on a member's question: the best matches first, then a reply to it.
    let q = w
        .emu
        .post_message(help, alice, "hey, the app wont start after the last update");
    assert!(w.settle(T).await);
    let i = w.emu.message_command(help, ann, answer_with::NAME, q);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert!(r.ephemeral, "only the agent sees the picker");
    let menu = &r.components[0]["components"][0];
    assert_eq!(menu["type"], 3, "a string select: {menu}");
    let first = menu["options"][0]["value"].as_str().unwrap().to_string();
    let custom_id = menu["custom_id"].as_str().unwrap().to_string();
    let picker = w
        .emu
        .interaction(&i)
        .original
        .expect("the picker message")
        .id;
    let pick = w.emu.select(help, picker, ann, &custom_id, &[&first]);
    let done = w.emu.wait_for_interaction_response(&pick, T).await.unwrap();
    assert!(
        text_of(&done).contains(&format!("Sent `{first}`")),
        "{}",
        text_of(&done)
    );
    let reply = w
        .emu
        .wait_for_message(
            help,
            |m| {
                m.message_reference.as_ref().is_some_and(|r| {
                    r["message_id"].as_str().and_then(|s| s.parse::<u64>().ok()) == Some(q)
                }) && m.content.contains("shared an answer")
            },
            T,
        )
        .await
        .expect("a reply to the member's message");
    assert!(reply.pings().users.is_empty(), "{:?}", reply.pings());
    // Both recorded as the agent's answers, the menu's one with the member and message.
    let db = sqlx::SqlitePool::connect(&w.bot.config.database_url)
        .await
        .unwrap();
    let rows: Vec<(i64, String, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT agent_id, entry_id, asker_id, reply_to FROM agent_answers ORDER BY at, message_id",
    )
    .fetch_all(&db)
    .await
    .unwrap();
    let as_db = |u: u64| i64::try_from(u).unwrap();
    assert_eq!(
        rows,
        vec![
            (as_db(ann), "refund".to_string(), None, None),
            (
                as_db(ann),
                first.clone(),
                Some(as_db(alice)),
                Some(as_db(q))
            )
        ]
    );
    // A member cannot use the menu.
    let i = w.emu.message_command(help, alice, answer_with::NAME, q);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert_refused(&r, "Only support agents");
    w.shutdown().await;
}
