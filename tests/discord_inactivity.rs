//! Waiting on the member through serenity and the emulator: a day after an agent's last word
//! the member is asked "Is this solved?" (pinged, nobody else); "I still need help" keeps it
//! open; asked again after the agent's next word and left unanswered, the ticket is closed
//! for inactivity: said in the thread, locked at once, no rating prompt.

mod discord;

use concierge::bot::commands::ticket::{subs, NAME};
use concierge::tickets::Status;
use discord::*;

#[tokio::test]
async fn a_silent_member_is_asked_and_then_the_ticket_closes_for_inactivity() {
    let w = world().await;
    let thread = open_ticket(&w, "carol", "sync is broken").await;
    let (ann, carol) = (w.user("agent-ann"), w.user("carol"));
    slash(&w, thread, ann, NAME, subs::CLAIM, vec![]).await;
    w.emu
        .post_message(thread, ann, "Please update to 2.4 and try again.");
    assert!(w.settle(T).await);
    let id = ticket(&w, thread).await.id;
    // How many times the member was asked (a question answered is replaced by its answer).
    let asked = |n: usize| {
        let w = &w;
        async move {
            eventually(|| async {
                w.bot
                    .desk
                    .events(id)
                    .await
                    .unwrap()
                    .iter()
                    .filter(|e| e.kind == concierge::tickets::EventKind::InactivityAsked)
                    .count()
                    == n
            })
            .await
        }
    };

    w.advance(chrono::Duration::hours(23)).await;
    assert!(asked(0).await, "not yet");
    w.advance(chrono::Duration::hours(2)).await;
    assert!(asked(1).await, "asked after a day");
    let q = bot_messages(&w, thread)
        .into_iter()
        .rfind(|m| m.content.contains("is this solved?"))
        .unwrap();
    assert_eq!(q.pings().users, vec![carol]);
    let i = w
        .emu
        .click_button(thread, q.id, carol, &button(&q, "I still need help"));
    w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    w.advance(chrono::Duration::hours(48)).await;
    assert!(asked(1).await, "the same silence is not asked about again");
    assert_ne!(ticket(&w, thread).await.status, Status::Closed);

    // The agent's next word, then silence: asked, unanswered, closed for inactivity.
    w.emu.post_message(thread, ann, "Any luck?");
    assert!(w.settle(T).await);
    w.advance(chrono::Duration::hours(25)).await;
    assert!(asked(2).await);
    w.advance(chrono::Duration::hours(25)).await;
    let t = ticket(&w, thread).await;
    assert_eq!((t.status, t.closed_inactive), (Status::Closed, true));
    w.emu
        .wait_for_message(thread, |m| m.content.contains("closed for inactivity"), T)
        .await
        .expect("said in the thread");
    assert!(locked_and_archived(&w, thread).await, "locked at once");
    assert!(
        !w.emu
            .messages(thread)
            .iter()
            .any(|m| m.content.contains("how did we do")),
        "no rating prompt"
    );
    w.shutdown().await;
}
