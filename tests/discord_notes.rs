//! Staff notes and history through serenity and the emulator: an agent's note is answered
//! only to them and never reaches the ticket's thread; the member cannot read notes or the
//! history; agents read both; the transcript in the log channel carries the note.

mod discord;

use concierge::bot::commands::ticket::{opts, subs, NAME};
use discord::*;
use discord_emulator::Opt;

#[tokio::test]
async fn a_note_is_for_agents_only() {
    let w = world().await;
    let thread = open_ticket(&w, "carol", "refund please").await;
    let (ann, carol) = (w.user("agent-ann"), w.user("carol"));
    let secret = "VIP customer, approve up to 50 EUR";
    let before = w.emu.messages(thread).len();

    let r = slash(
        &w,
        thread,
        ann,
        NAME,
        subs::NOTE,
        vec![Opt::string(opts::TEXT, secret)],
    )
    .await;
    assert!(r.ephemeral, "only the agent sees the answer");
    assert!(
        text_of(&r).starts_with("Staff note added to ticket 1."),
        "{}",
        text_of(&r)
    );
    assert!(w.settle(T).await);
    let in_thread = w.emu.messages(thread);
    assert_eq!(in_thread.len(), before, "nothing new in the thread");
    assert!(in_thread.iter().all(|m| !m.content.contains(secret)));

    for sub in [subs::NOTES, subs::HISTORY] {
        let r = slash(&w, thread, carol, NAME, sub, vec![]).await;
        assert!(
            r.ephemeral && text_of(&r).starts_with("Only support agents"),
            "{}",
            text_of(&r)
        );
        assert!(!text_of(&r).contains(secret));
    }
    let r = slash(&w, thread, ann, NAME, subs::NOTES, vec![]).await;
    assert!(
        r.ephemeral && text_of(&r).contains(secret),
        "{}",
        text_of(&r)
    );
    slash(&w, thread, ann, NAME, subs::CLAIM, vec![]).await;
    let r = slash(&w, thread, ann, NAME, subs::HISTORY, vec![]).await;
    let history = text_of(&r);
    assert!(r.ephemeral, "{history}");
    for what in [
        format!("opened by <@{carol}>"),
        format!("staff note added by <@{ann}>"),
        format!("claimed by <@{ann}>"),
    ] {
        assert!(history.contains(&what), "{what} in {history}");
    }

    // The owner closes it; once the grace is over, the staff transcript has the note.
    slash(&w, thread, carol, NAME, subs::CLOSE, vec![]).await;
    w.advance(chrono::Duration::hours(25)).await;
    let file = transcript_in_log(&w).await;
    assert!(
        file.contains(secret) && file.contains("## Staff notes"),
        "{file}"
    );
    w.shutdown().await;
}

#[tokio::test]
async fn notes_and_tags_answer_a_german_agent_in_german() {
    use concierge::i18n::Lang;
    let w = world().await;
    let thread = open_ticket(&w, "carol", "refund please").await;
    let ann = w.user("agent-ann");
    w.emu.set_user_locale(ann, "de");
    let r = slash(&w, thread, ann, NAME, subs::NOTES, vec![]).await;
    assert_eq!(
        text_of(&r),
        concierge::t!(Lang::De, "staff-notes-none", ticket = "1")
    );
    assert!(text_of(&r).contains("`/ticket notiz`"), "{}", text_of(&r));
    let r = slash(
        &w,
        thread,
        ann,
        NAME,
        subs::NOTE,
        vec![Opt::string(opts::TEXT, "VIP")],
    )
    .await;
    assert!(
        text_of(&r).starts_with("Interne Notiz zu Ticket 1 hinzugefügt."),
        "{}",
        text_of(&r)
    );
    let r = slash(&w, thread, ann, NAME, subs::NOTES, vec![]).await;
    assert!(
        text_of(&r).starts_with("**Interne Notizen zu Ticket 1**"),
        "{}",
        text_of(&r)
    );
}
