//! Tickets through the real serenity client against the Discord emulator: open (command,
//! modal), claim, escalate, close, rating, reopen, every refusal, mention safety, a dropped
//! gateway socket, and a REST failure while opening.

#[path = "common/mod.rs"]
mod common;
mod discord;

use concierge::tickets::{Status, Tier};
use discord::{
    assert_refused, bot_messages, locked_and_archived, open_ticket, slash, text_of, ticket,
    transcript_in_log, world, T,
};
use discord_emulator::Opt;

#[tokio::test]
async fn open_claim_escalate_close_and_rate() {
    let w = world().await;
    let (alice, ann, bob) = (w.user("alice"), w.user("agent-ann"), w.user("agent-bob"));
    let (tier1, tier2) = (w.emu.role_id("tier-1"), w.emu.role_id("tier-2"));
    let thread = open_ticket(&w, "alice", "the app crashes when I export a report").await;

    // A private thread under #tickets with the member in it, named after the ticket.
    let t = w.emu.thread(thread).unwrap();
    assert_eq!((t.kind, t.parent_id), (12, Some(w.channel("tickets"))));
    assert!(t.members.contains(&alice));
    assert!(t.name.starts_with("ticket-1 "), "{}", t.name);
    // The intro: topic, queue position, expected wait; it pings the tier-1 role only.
    let intro = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("Topic:"), T)
        .await
        .expect("an intro");
    assert!(intro.content.contains("export a report"));
    assert!(
        intro.content.contains("number **1** in the queue"),
        "{}",
        intro.content
    );
    assert_eq!(intro.pings().roles, vec![tier1]);

    // Agent ann (tier 1) claims it.
    let r = slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    assert!(
        !r.ephemeral && r.content.contains("has claimed ticket 1"),
        "{}",
        r.content
    );
    assert_eq!(ticket(&w, thread).await.claimed_by.map(|u| u.0), Some(ann));

    // She escalates it to tier 2 with a reason: the claim is released, tier 2 is pinged.
    let r = slash(
        &w,
        thread,
        ann,
        "ticket",
        "escalate",
        vec![Opt::string("reason", "needs a database fix")],
    )
    .await;
    assert!(r.content.contains("escalated to tier 2"), "{}", r.content);
    assert!(r.content.contains("needs a database fix"));
    let ping = w
        .emu
        .wait_for_message(thread, |m| m.pings().roles.contains(&tier2), T)
        .await
        .expect("tier 2 notified");
    assert!(ping.content.contains("Tier 2"), "{}", ping.content);
    let t = ticket(&w, thread).await;
    assert_eq!((t.tier, t.claimed_by), (Tier(2), None));

    // Ann can no longer claim it; bob (tier 2) can.
    let r = slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    assert_refused(&r, "tier 2");
    slash(&w, thread, bob, "ticket", "claim", vec![]).await;
    w.emu
        .post_message(thread, bob, "Fixed on our side, try again please.");
    w.emu.post_message(thread, alice, "Works now, thanks!");
    assert!(w.settle(T).await, "both messages recorded");

    // Bob closes it: a rating prompt with 1️⃣-5️⃣ reactions.
    let r = slash(
        &w,
        thread,
        bob,
        "ticket",
        "close",
        vec![Opt::string("resolution", "repaired the export table")],
    )
    .await;
    assert_refused(&r, "closed");
    let prompt = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("how did we do"), T)
        .await
        .expect("a rating prompt");
    assert!(prompt.content.contains("repaired the export table"));
    assert!(
        w.emu
            .wait_until(T, |e| e.reactions(thread, prompt.id).len() == 5)
            .await,
        "the bot offers five rating reactions"
    );
    assert_eq!(ticket(&w, thread).await.status, Status::Closed);
    assert!(
        !w.emu.thread(thread).unwrap().locked,
        "the thread stays open for the rating"
    );

    // Alice rates 3, then thinks better of it and rates 4 (she may, for 10 minutes): the
    // CSAT rating is 4. Once that time has passed, the thread is archived and locked, and the
    // transcript goes to the log channel.
    w.emu.add_reaction(thread, prompt.id, alice, "3️⃣").unwrap();
    assert!(w.settle(T).await);
    w.emu
        .remove_reaction(thread, prompt.id, alice, "3️⃣")
        .unwrap();
    assert!(w.settle(T).await);
    w.emu.add_reaction(thread, prompt.id, alice, "4️⃣").unwrap();
    assert!(w.settle(T).await);
    assert!(
        !w.emu.thread(thread).unwrap().locked,
        "the owner may still change the rating"
    );
    w.advance(chrono::Duration::minutes(5)).await;
    assert!(!w.emu.thread(thread).unwrap().locked, "5 of 10 minutes");
    w.advance(chrono::Duration::minutes(6)).await;
    assert!(
        locked_and_archived(&w, thread).await,
        "locked once the time to change the rating passed"
    );
    let ratings = w
        .bot
        .desk
        .ratings(ticket(&w, thread).await.id)
        .await
        .unwrap();
    assert_eq!(ratings.len(), 1);
    assert_eq!((ratings[0].score, ratings[0].is_owner), (4, true));
    let file = transcript_in_log(&w).await;
    assert!(file.contains("Fixed on our side"), "{file}");
    assert!(file.contains("Works now"));
    assert!(file.contains("repaired the export table"));
    assert!(
        file.contains("- **Rating:** 4/5 (from the owner)\n"),
        "the rating is in the transcript: {file}"
    );
    // People by the names the bot saw them by, not by id.
    assert!(file.contains("- **Owner:** alice\n"), "{file}");
    assert!(!file.contains(&alice.to_string()), "{file}");
    w.shutdown().await;
}

#[tokio::test]
async fn open_without_a_topic_asks_for_one_in_a_form() {
    let w = world().await;
    let (help, alice) = (w.channel("help"), w.user("alice"));
    let i = w
        .emu
        .slash_command(help, alice, "ticket", Some("open"), vec![]);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    let modal = r.modal.expect("a modal");
    let custom_id = modal["custom_id"].as_str().unwrap().to_string();
    let input = modal["components"][0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_string();
    let submit = w.emu.submit_modal(
        help,
        alice,
        &custom_id,
        &[(&input, "billing question about VAT")],
    );
    let r = w
        .emu
        .wait_for_interaction_response(&submit, T)
        .await
        .unwrap();
    assert!(r.ephemeral);
    let thread = w.emu.wait_for_thread(|t| t.kind == 12, T).await.unwrap();
    assert!(
        text_of(&r).contains(&format!("<#{}>", thread.id)),
        "{}",
        text_of(&r)
    );
    assert_eq!(
        ticket(&w, thread.id).await.topic,
        "billing question about VAT"
    );
    w.shutdown().await;
}

#[tokio::test]
async fn refusals_are_ephemeral_say_why_and_change_nothing() {
    let w = world().await;
    let (help, alice, carol, ann, cy) = (
        w.channel("help"),
        w.user("alice"),
        w.user("carol"),
        w.user("agent-ann"),
        w.user("agent-cy"),
    );
    let thread = open_ticket(&w, "alice", "cannot log in").await;

    // A member cannot claim.
    let r = slash(&w, thread, alice, "ticket", "claim", vec![]).await;
    assert_refused(&r, "Only support agents");
    // Ticket commands outside a ticket thread.
    let r = slash(&w, help, ann, "ticket", "claim", vec![]).await;
    assert_refused(&r, "not a ticket");
    // The owner adds a colleague; the colleague still cannot close someone else's ticket.
    let r = slash(
        &w,
        thread,
        alice,
        "ticket",
        "add",
        vec![Opt::user("user", carol)],
    )
    .await;
    assert!(r.content.contains("added"), "{}", r.content);
    assert!(w.emu.thread(thread).unwrap().members.contains(&carol));
    let r = slash(&w, thread, carol, "ticket", "close", vec![]).await;
    assert_refused(&r, "Only the person who opened");
    // Escalating past the top tier.
    let r = slash(
        &w,
        thread,
        cy,
        "ticket",
        "escalate",
        vec![Opt::integer("tier", 3)],
    )
    .await;
    assert!(r.content.contains("tier 3"), "{}", r.content);
    let r = slash(&w, thread, cy, "ticket", "escalate", vec![]).await;
    assert_refused(&r, "top tier");
    // Claimed by one agent, another of the same tier cannot take it.
    slash(&w, thread, cy, "ticket", "claim", vec![]).await;
    w.emu.set_member_roles(ann, &["tier-3"]);
    let r = slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    assert_refused(&r, "already claimed by");
    // Nothing of the refused requests changed the ticket.
    let t = ticket(&w, thread).await;
    assert_eq!((t.status, t.tier), (Status::Claimed, Tier(3)));
    assert_eq!(t.claimed_by.map(|u| u.0), Some(cy));
    w.shutdown().await;
}

#[tokio::test]
async fn a_member_may_hold_only_so_many_open_tickets() {
    let w = world().await;
    for topic in ["one", "two", "three"] {
        open_ticket(&w, "bob", topic).await;
    }
    let r = discord::try_open(&w, "bob", "four").await;
    let text = text_of(&r);
    assert!(r.ephemeral && text.contains("3 open ticket"), "{text}");
    assert!(text.contains("#1, #2, #3"), "{text}");
    assert_eq!(w.emu.threads().len(), 3, "no fourth thread");
    w.shutdown().await;
}

#[tokio::test]
async fn reopen_unarchives_and_unlocks_the_thread() {
    let w = world().await;
    let (alice, ann) = (w.user("alice"), w.user("agent-ann"));
    let thread = open_ticket(&w, "alice", "refund for a double charge").await;
    slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    let prompt = discord::close(&w, thread, ann, vec![]).await;
    w.emu.add_reaction(thread, prompt.id, alice, "2️⃣").unwrap();
    assert!(w.settle(T).await);
    w.advance(chrono::Duration::minutes(11)).await;
    assert!(
        w.emu
            .wait_until(T, |e| e.thread(thread).unwrap().locked)
            .await
    );
    // The owner can still run a command in the locked thread; reopen brings it back.
    let r = slash(&w, thread, alice, "ticket", "reopen", vec![]).await;
    assert!(r.content.contains("reopened ticket 1"), "{}", r.content);
    let t = w.emu.thread(thread).unwrap();
    assert!(!t.locked && !t.archived, "unlocked and unarchived");
    let t = ticket(&w, thread).await;
    assert_eq!((t.status, t.reopen_count), (Status::Open, 1));
    w.emu.post_message(thread, alice, "still charged twice");
    w.shutdown().await;
}

#[tokio::test]
async fn a_topic_of_everyone_pings_nobody() {
    let w = world().await;
    let typed = w.emu.role_id("tier-2");
    let topic = format!("@everyone @here <@&{typed}> help");
    let thread = open_ticket(&w, "alice", &topic).await;
    let bot = w.emu.bot_user_id();
    assert!(
        w.emu
            .wait_until(T, |e| e.messages(thread).iter().any(|m| m.author_id == bot))
            .await
    );
    for m in bot_messages(&w, thread)
        .iter()
        .chain(bot_messages(&w, w.channel("support-log")).iter())
    {
        let p = m.pings();
        assert!(!p.everyone, "pinged everyone: {}", m.content);
        assert!(
            !p.roles.contains(&typed),
            "pinged the typed role: {}",
            m.content
        );
    }
    w.shutdown().await;
}

#[tokio::test]
async fn an_urgent_ticket_notifies_the_on_call_role() {
    let w = world().await;
    let on_call = w.emu.role_id("on-call");
    let thread = open_ticket(&w, "alice", "outage: the whole site is down").await;
    let intro = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("Topic:"), T)
        .await
        .unwrap();
    assert!(intro.content.contains("urgent"), "{}", intro.content);
    assert!(intro.pings().roles.contains(&on_call));
    w.shutdown().await;
}

#[tokio::test]
async fn a_dropped_gateway_socket_loses_no_event() {
    let w = world().await;
    w.emu.drop_connection();
    // Posted while the bot is reconnecting: replayed on RESUME.
    let answer = discord::ask(&w, "alice", "how do I reset my password?").await;
    assert!(answer.embeds[0]["title"]
        .as_str()
        .unwrap()
        .contains("password"));
    assert!(
        w.emu.wait_until(T, |e| e.gateway_counts().1 >= 1).await,
        "the bot resumed"
    );
    assert_eq!(w.emu.gateway_counts().0, 1, "no second IDENTIFY");
    // READY again would have re-registered commands; a resume must not.
    let puts = w
        .emu
        .rest_calls()
        .iter()
        .filter(|c| c.method == "PUT" && c.path.contains("/commands"))
        .count();
    assert_eq!(puts, 1);
    w.shutdown().await;
}

#[tokio::test]
async fn a_rest_failure_while_opening_leaves_no_half_open_ticket() {
    let w = world().await;
    let tickets = w.channel("tickets");
    w.emu
        .fail_next("POST", &format!("/channels/{tickets}/threads"), 500, 0.0);
    let r = discord::try_open(&w, "alice", "my invoice is wrong").await;
    let text = text_of(&r);
    assert!(
        r.ephemeral && text.contains("no ticket was opened"),
        "{text}"
    );
    assert!(w.emu.threads().is_empty());
    let open = w
        .bot
        .desk
        .open_tickets_of(
            concierge::tickets::GuildId(w.emu.guild_id()),
            concierge::tickets::UserId(w.user("alice")),
        )
        .await
        .unwrap();
    assert!(open.is_empty(), "nothing recorded");
    // Once Discord is back, the same request works.
    let thread = open_ticket(&w, "alice", "my invoice is wrong").await;
    assert_eq!(ticket(&w, thread).await.topic, "my invoice is wrong");
    w.shutdown().await;
}

#[tokio::test]
async fn a_new_session_registers_the_commands_again_without_doubling_them() {
    let w = world().await;
    let registered = w.emu.commands().1.len();
    w.emu.invalidate_session(false);
    assert!(
        w.emu.wait_until(T, |e| e.gateway_counts().0 == 2).await,
        "a new IDENTIFY after a non-resumable op 9"
    );
    let answer = discord::ask(&w, "alice", "how do I reset my password?").await;
    assert!(!answer.embeds.is_empty());
    assert_eq!(
        w.emu.commands().1.len(),
        registered,
        "a bulk overwrite, not a second set"
    );
    w.shutdown().await;
}

#[tokio::test]
async fn text_over_discords_limits_is_cut_not_refused() {
    let w = world().await;
    let topic = "my export fails with this log: ".to_string() + &"ERR 0x42 ".repeat(400);
    let thread = open_ticket(&w, "alice", &topic).await;
    let intro = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("Topic:"), T)
        .await
        .expect("the intro is posted");
    assert!(intro.content.chars().count() <= 2000);
    assert!(w.emu.thread(thread).unwrap().name.chars().count() <= 100);
    // Topics are capped at 200 characters, as the command's option is.
    let kept: String = topic.chars().take(200).collect();
    assert_eq!(ticket(&w, thread).await.topic, kept);
    w.shutdown().await;
}

#[tokio::test]
#[ignore = "needs PostgreSQL: set CONCIERGE_TEST_POSTGRES_URL and run with -- --include-ignored"]
async fn the_ticket_flow_works_on_postgresql_too() {
    let db = common::TestDb::postgres().await;
    let url = db.url.clone();
    let w = discord::world_with(move |mut s| {
        s.database_url = Some(url);
        s
    })
    .await;
    let (alice, ann) = (w.user("alice"), w.user("agent-ann"));
    let thread = open_ticket(&w, "alice", "two-factor codes are rejected").await;
    slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    w.emu
        .post_message(thread, ann, "Your phone's clock was off; fixed?");
    let prompt = discord::close(&w, thread, ann, vec![]).await;
    w.emu.add_reaction(thread, prompt.id, alice, "5️⃣").unwrap();
    assert!(w.settle(T).await);
    // Locked once the time to change the rating has passed.
    w.advance(chrono::Duration::minutes(11)).await;
    assert!(
        w.emu
            .wait_until(T, |e| e.thread(thread).unwrap().locked)
            .await
    );
    let t = ticket(&w, thread).await;
    assert_eq!(t.status, Status::Closed);
    assert!(t.first_response_at.is_some());
    let ratings = w.bot.desk.ratings(t.id).await.unwrap();
    assert_eq!(ratings[0].score, 5);
    w.shutdown().await;
    drop(db);
}

#[tokio::test]
async fn a_rating_the_database_could_not_save_is_asked_for_again() {
    let w = world().await;
    let (alice, ann) = (w.user("alice"), w.user("agent-ann"));
    let thread = open_ticket(&w, "alice", "app freezes on start").await;
    slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    let prompt = discord::close(&w, thread, ann, vec![]).await;
    // The ratings table goes missing (a broken database): the rating cannot be written.
    let db = sqlx::SqlitePool::connect(&w.bot.config.database_url)
        .await
        .unwrap();
    let rename = |from: &str, to: &str| format!("ALTER TABLE {from} RENAME TO {to}");
    sqlx::query(&rename("ratings", "ratings_away"))
        .execute(&db)
        .await
        .unwrap();
    w.emu.add_reaction(thread, prompt.id, alice, "5️⃣").unwrap();
    let ask = w
        .emu
        .wait_for_message(
            thread,
            |m| m.content.contains("couldn't save your rating"),
            T,
        )
        .await
        .expect("the member is told");
    assert_eq!(ask.pings().users, vec![alice]);
    assert!(
        !w.emu.thread(thread).unwrap().locked,
        "still open for the rating"
    );
    // Back again: the member re-reacts and the rating is kept.
    sqlx::query(&rename("ratings_away", "ratings"))
        .execute(&db)
        .await
        .unwrap();
    w.emu
        .remove_reaction(thread, prompt.id, alice, "5️⃣")
        .unwrap();
    // The bot handles events concurrently: let the removal finish before the new reaction.
    assert!(w.settle(T).await);
    w.emu.add_reaction(thread, prompt.id, alice, "5️⃣").unwrap();
    assert!(w.settle(T).await);
    // Locked once the time to change the rating has passed.
    w.advance(chrono::Duration::minutes(11)).await;
    assert!(
        w.emu
            .wait_until(T, |e| e.thread(thread).unwrap().locked)
            .await
    );
    let t = ticket(&w, thread).await;
    assert_eq!(w.bot.desk.ratings(t.id).await.unwrap()[0].score, 5);
    w.shutdown().await;
}

#[tokio::test]
async fn an_agent_opens_a_ticket_on_behalf_of_a_member() {
    let w = world().await;
    let (help, ann, bob, carol) = (
        w.channel("help"),
        w.user("agent-ann"),
        w.user("bob"),
        w.user("carol"),
    );
    let topic = Opt::string("topic", "bob's order never arrived");
    // A member cannot open one for someone else.
    let r = slash(
        &w,
        help,
        carol,
        "ticket",
        "open",
        vec![topic.clone(), Opt::user("member", bob)],
    )
    .await;
    assert_refused(&r, "Only support agents can open a ticket for someone else");
    let r = slash(
        &w,
        help,
        ann,
        "ticket",
        "open",
        vec![topic, Opt::user("member", bob)],
    )
    .await;
    let thread = w
        .emu
        .wait_for_thread(|t| t.kind == 12, T)
        .await
        .expect("a ticket thread");
    assert!(
        text_of(&r).contains(&format!("<#{}>", thread.id)),
        "{}",
        text_of(&r)
    );
    let t = ticket(&w, thread.id).await;
    assert_eq!((t.owner.0, t.opened_by.0), (bob, ann));
    assert!(w.emu.thread(thread.id).unwrap().members.contains(&bob));
    w.shutdown().await;
}
