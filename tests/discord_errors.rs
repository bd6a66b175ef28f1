//! The reply seam under a failing database: every slash command, both answer buttons, the
//! open-ticket form and autocomplete still answer within Discord's 3 s, ephemerally, and a
//! command that needed the database says the database is unavailable, with a reference
//! (never "The application did not respond"). Real serenity client against the emulator.

mod discord;

use concierge::bot::commands::{answer_with, kb, support, ticket};
use concierge::bot::open_form::{OPEN_FORM, OPEN_FORM_TOPIC};
use discord::{ask, button, open_ticket, text_of, world, T};
use discord_emulator::{Interaction, InteractionResponse, Opt};
use std::time::Duration;

/// Discord's deadline for the first callback.
const DISCORD_DEADLINE: Duration = Duration::from_secs(3);

/// Waits for the visible answer and checks it came in time and only for the asker.
async fn answered(
    w: &concierge::sandbox::world::World,
    what: &str,
    i: &Interaction,
) -> InteractionResponse {
    let r = w
        .emu
        .wait_for_interaction_response(i, T)
        .await
        .unwrap_or_else(|| panic!("{what}: no answer at all"));
    let after = w
        .emu
        .interaction(i)
        .acknowledged_after
        .unwrap_or_else(|| panic!("{what}: answered without a callback"));
    assert!(
        after < DISCORD_DEADLINE,
        "{what}: first callback after {after:?}"
    );
    r
}

/// Asserts the answer is the internal-error message with a reference.
#[track_caller]
fn assert_internal_error(what: &str, r: &InteractionResponse) {
    let text = text_of(r);
    assert!(r.ephemeral, "{what}: not ephemeral: {text}");
    assert!(
        text.contains("database is unavailable right now, so nothing was changed")
            && text.contains("Reference: "),
        "{what}: {text}"
    );
    let reference = text.rsplit("Reference: ").next().unwrap().trim();
    assert!(
        reference.len() >= 6 && reference.chars().all(|c| c.is_ascii_alphanumeric()),
        "{what}: reference {reference:?}"
    );
}

#[tokio::test]
async fn with_the_database_down_every_interaction_still_answers_in_time() {
    let w = world().await;
    let (help, cy) = (w.channel("help"), w.user("agent-cy"));
    let (bob, agent_bob) = (w.user("bob"), w.user("agent-bob"));
    // Set up what the interactions act on while the database still works.
    let thread = open_ticket(&w, "alice", "my invoice is wrong").await;
    let answer = ask(&w, "carol", "how do I reset my password?").await;
    let (solved, human) = (
        button(&answer, "Solved"),
        button(&answer, "Talk to a human"),
    );
    let carol = w.user("carol");

    w.bot.desk.shutdown().await;

    // Commands that need the database: the internal-error message, per command.
    let in_thread = |sub: &'static str, options: Vec<Opt>| (thread, cy, ticket::NAME, sub, options);
    let commands: Vec<(u64, u64, &str, &str, Vec<Opt>)> = vec![
        (
            help,
            bob,
            ticket::NAME,
            ticket::subs::OPEN,
            vec![Opt::string(ticket::opts::TOPIC, "printer on fire")],
        ),
        (
            help,
            cy,
            ticket::NAME,
            ticket::subs::OPEN,
            vec![
                Opt::string(ticket::opts::TOPIC, "for bob"),
                Opt::user(ticket::opts::MEMBER, bob),
            ],
        ),
        (help, cy, ticket::NAME, ticket::subs::QUEUE, vec![]),
        in_thread(ticket::subs::CLAIM, vec![]),
        in_thread(ticket::subs::UNCLAIM, vec![]),
        in_thread(
            ticket::subs::ESCALATE,
            vec![Opt::string(ticket::opts::REASON, "needs billing")],
        ),
        in_thread(
            ticket::subs::CLOSE,
            vec![Opt::string(ticket::opts::RESOLUTION, "refunded")],
        ),
        in_thread(ticket::subs::REOPEN, vec![]),
        in_thread(ticket::subs::ADD, vec![Opt::user(ticket::opts::USER, bob)]),
        in_thread(
            ticket::subs::TRANSFER,
            vec![Opt::user(ticket::opts::AGENT, agent_bob)],
        ),
        (
            thread,
            cy,
            kb::NAME,
            kb::subs::SEND,
            vec![Opt::string(kb::opts::ENTRY, "reset-password")],
        ),
        (help, cy, kb::NAME, kb::subs::GAPS, vec![]),
        (
            help,
            cy,
            support::NAME,
            support::subs::STATS,
            vec![Opt::integer(support::opts::DAYS, 7)],
        ),
    ];
    for (channel, user, name, sub, options) in commands {
        let what = format!("/{name} {sub}");
        let i = w.emu.slash_command(channel, user, name, Some(sub), options);
        let r = answered(&w, &what, &i).await;
        assert_internal_error(&what, &r);
    }

    // Commands that do not touch the database keep working.
    let i = w.emu.slash_command(
        help,
        cy,
        kb::NAME,
        Some(kb::subs::TEST),
        vec![Opt::string(kb::opts::QUESTION, "forgot my password")],
    );
    let r = answered(&w, "/kb test", &i).await;
    assert!(
        r.ephemeral && text_of(&r).contains("reset-password"),
        "{}",
        text_of(&r)
    );
    let i = w
        .emu
        .slash_command(help, cy, kb::NAME, Some(kb::subs::RELOAD), vec![]);
    let r = answered(&w, "/kb reload", &i).await;
    assert!(
        r.ephemeral && text_of(&r).contains("Reloaded"),
        "{}",
        text_of(&r)
    );
    // Without a topic, /ticket open shows the form: no database needed yet.
    let i = w
        .emu
        .slash_command(help, bob, ticket::NAME, Some(ticket::subs::OPEN), vec![]);
    let r = answered(&w, "/ticket open (no topic)", &i).await;
    assert_eq!(r.callback_type, 9, "the topic form");

    // The form, submitted.
    let i = w.emu.submit_modal(
        help,
        bob,
        OPEN_FORM,
        &[(OPEN_FORM_TOPIC, "printer on fire")],
    );
    let r = answered(&w, "the open-ticket form", &i).await;
    assert_internal_error("the open-ticket form", &r);

    // Both buttons under the answer, pressed by the member who asked.
    for (label, id) in [("Solved", &solved), ("Talk to a human", &human)] {
        let i = w.emu.click_button(help, answer.id, carol, id);
        let r = answered(&w, label, &i).await;
        assert_internal_error(label, &r);
    }

    // The message menu shows its picker without the database; the choice needs it.
    let q = w.emu.post_message(help, bob, "can I get a refund?");
    let i = w.emu.message_command(help, cy, answer_with::NAME, q);
    let r = answered(&w, "Answer with knowledge base", &i).await;
    assert!(r.ephemeral && !r.components.is_empty(), "{}", text_of(&r));
    let menu = &r.components[0]["components"][0];
    let picker = w.emu.interaction(&i).original.expect("the picker").id;
    let pick = w.emu.select(
        help,
        picker,
        cy,
        menu["custom_id"].as_str().unwrap(),
        &[menu["options"][0]["value"].as_str().unwrap()],
    );
    let r = answered(&w, "the entry picked", &pick).await;
    assert_internal_error("the entry picked", &r);

    // Autocomplete cannot show a message: it answers in time with what it has.
    let i = w.emu.autocomplete(
        thread,
        cy,
        kb::NAME,
        Some(kb::subs::SEND),
        vec![Opt::focused(kb::opts::ENTRY, "pass")],
    );
    let r = answered(&w, "/kb send autocomplete", &i).await;
    assert_eq!(r.callback_type, 8);

    // Nothing was done behind the member's back: no thread was opened for the failed opens.
    let threads = w.emu.threads();
    assert_eq!(threads.len(), 1, "{threads:?}");
    w.shutdown().await;
}
