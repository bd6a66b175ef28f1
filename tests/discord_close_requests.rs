//! `/ticket close-request` through serenity and the emulator: the member is asked in the
//! thread (pinged, nobody else), only they may answer; Keep open tells the agent, Close closes
//! with the rating prompt, and an unanswered request closes the ticket when its time is up.

mod discord;

use concierge::bot::commands::ticket::{close_request, opts, subs, NAME};
use concierge::sandbox::world::World;
use concierge::tickets::Status;
use discord::*;
use discord_emulator::{Message, Opt};

/// `agent` proposes closing `thread`; returns the question posted in it.
async fn propose(w: &World, thread: u64, agent: u64, reason: &str) -> Message {
    let before = w.emu.messages(thread).len();
    let r = slash(
        w,
        thread,
        agent,
        NAME,
        subs::CLOSE_REQUEST,
        vec![Opt::string(opts::REASON, reason)],
    )
    .await;
    assert!(
        r.ephemeral && text_of(&r).starts_with("Asked <@"),
        "{}",
        text_of(&r)
    );
    w.emu
        .wait_for_message(thread, |m| m.content.contains("May we close it?"), T)
        .await
        .filter(|_| w.emu.messages(thread).len() > before)
        .expect("the question in the thread")
}

fn answer_id(m: &Message, close: bool) -> String {
    let id = button(m, if close { "Close it" } else { "Keep it open" });
    assert!(close_request::parse(&id).is_some_and(|(c, _)| c == close));
    id
}

#[tokio::test]
async fn the_member_answers_a_close_request_or_time_does() {
    let w = world().await;
    let thread = open_ticket(&w, "carol", "my export fails").await;
    let (ann, bob, carol) = (w.user("agent-ann"), w.user("agent-bob"), w.user("carol"));
    slash(&w, thread, ann, NAME, subs::CLAIM, vec![]).await;
    w.emu
        .post_message(thread, ann, "Fixed on our side, can you try again?");
    assert!(w.settle(T).await);

    let r = slash(&w, thread, carol, NAME, subs::CLOSE_REQUEST, vec![]).await;
    assert!(
        text_of(&r).starts_with("Only support agents"),
        "{}",
        text_of(&r)
    );

    let q = propose(&w, thread, ann, "re-ran the [export](https://x.y)").await;
    assert_eq!(q.pings().users, vec![carol], "the member only is pinged");
    assert!(q.content.contains("\\[export\\]"), "inert: {}", q.content);
    let keep = answer_id(&q, false);

    // Only the member answers.
    let i = w.emu.click_button(thread, q.id, bob, &keep);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert!(
        r.ephemeral && text_of(&r).contains(&format!("Only <@{carol}>")),
        "{}",
        text_of(&r)
    );

    let i = w.emu.click_button(thread, q.id, carol, &keep);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert_eq!(r.callback_type, 7, "the question is replaced by the answer");
    assert!(
        r.components.is_empty() && r.content.contains("kept the ticket open"),
        "{}",
        r.content
    );
    let told = w
        .emu
        .wait_for_message(thread, |m| m.content.contains("they still need help"), T)
        .await
        .expect("the agent is told");
    assert_eq!(told.pings().users, vec![ann]);
    assert_ne!(ticket(&w, thread).await.status, Status::Closed);

    // Asked again, she closes it: the rating prompt follows.
    let q = propose(&w, thread, ann, "re-ran the export").await;
    let i = w
        .emu
        .click_button(thread, q.id, carol, &answer_id(&q, true));
    w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    w.emu
        .wait_for_message(thread, |m| m.content.contains("how did we do"), T)
        .await
        .expect("the rating prompt");
    let t = ticket(&w, thread).await;
    assert_eq!(
        (t.status, t.resolution.as_deref()),
        (Status::Closed, Some("re-ran the export"))
    );

    // Another ticket: nobody answers; a day later it closes by itself.
    let other = open_ticket(&w, "alice", "login loops").await;
    slash(&w, other, ann, NAME, subs::CLAIM, vec![]).await;
    w.emu.post_message(other, ann, "Cleared your sessions.");
    assert!(w.settle(T).await);
    propose(&w, other, ann, "cleared the sessions").await;
    w.advance(chrono::Duration::hours(23)).await;
    assert_ne!(ticket(&w, other).await.status, Status::Closed);
    w.advance(chrono::Duration::hours(2)).await;
    assert_eq!(ticket(&w, other).await.status, Status::Closed);
    w.emu
        .wait_for_message(other, |m| m.content.contains("got no answer in time"), T)
        .await
        .expect("said in the thread");
    w.shutdown().await;
}
