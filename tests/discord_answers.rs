//! Auto-answers through the real serenity client against the Discord emulator: the answer
//! with its buttons, silence where the bot must stay silent, manners (repeats, the member rate, duplicate deliveries), "Solved",
//! "Talk to a human" and 👍/👎 feedback.

mod discord;

use concierge::desk::Desk;
use concierge::tickets::MessageId;
use discord::{ask, assert_refused, bot_messages, world, world_with, T};

#[tokio::test]
async fn a_question_in_the_help_channel_gets_an_answer_with_buttons() {
    let w = world().await;
    let (help, alice) = (w.channel("help"), w.user("alice"));
    let q = w
        .emu
        .post_message(help, alice, "how do I reset my password?");
    let reply = w
        .emu
        .wait_for_message(help, |m| m.author_id == w.emu.bot_user_id(), T)
        .await
        .expect("an answer");
    assert_eq!(
        reply.message_reference.as_ref().unwrap()["message_id"],
        q.to_string(),
        "the answer replies to the question"
    );
    let embed = &reply.embeds[0];
    assert_eq!(embed["title"], "Resetting your password");
    assert!(embed["description"]
        .as_str()
        .unwrap()
        .contains("Forgot password"));
    assert_eq!(
        discord::button_labels(&reply),
        ["Solved", "Talk to a human"]
    );
    let pings = reply.pings();
    assert!(!pings.everyone && pings.roles.is_empty());
    // The answer is recorded for the KPIs.
    let a = answer_record(&w.bot.desk, reply.id).await;
    assert_eq!(a, "reset-password");
    w.shutdown().await;
}

/// The entry of the recorded auto-answer posted as `message` (recorded just after posting).
async fn answer_record(desk: &Desk, message: u64) -> String {
    let store = desk.store();
    let recorded = || async {
        store
            .answer_by_message(MessageId(message))
            .await
            .expect("store")
            .is_some()
    };
    assert!(
        discord::eventually(recorded).await,
        "the answer is recorded"
    );
    let a = store.answer_by_message(MessageId(message)).await.unwrap();
    a.unwrap().entry_id
}

#[tokio::test]
async fn no_answer_to_chit_chat_in_other_channels_to_bots_or_webhooks() {
    let w = world_with(|s| {
        s.set("MEMBER_ANSWERS_PER_MINUTE", 0)
            .set("REPEAT_WINDOW_SECONDS", 0)
    })
    .await;
    let (help, general, alice) = (w.channel("help"), w.channel("general"), w.user("alice"));
    let other_bot = w.emu.add_bot_user("helper-bot");
    w.emu.post_message(help, alice, "thanks!");
    w.emu.post_message(help, alice, "lol");
    w.emu
        .post_message(general, alice, "how do I reset my password?");
    w.emu
        .post_message(help, other_bot, "how do I reset my password?");
    w.emu
        .post_webhook_message(help, "GitHub", "how do I reset my password?");
    // A question the bot answers, posted last: once it is answered, the others were seen.
    let answered = ask(&w, "alice", "how can I get a refund?").await;
    let title = answered.embeds[0]["title"].as_str().unwrap();
    assert!(title.contains("efund"), "{title}");
    assert_eq!(bot_messages(&w, help).len(), 1, "only the refund question");
    assert!(bot_messages(&w, general).is_empty());
    w.shutdown().await;
}

#[tokio::test]
async fn a_busy_channel_answers_everyone_points_to_repeats_and_stops_farming() {
    // Default manners: 3 answers per member per minute, repeats within 5 min point back.
    let w = world().await;
    let (help, alice, bob, carol) = (
        w.channel("help"),
        w.user("alice"),
        w.user("bob"),
        w.user("carol"),
    );
    let bot = w.emu.bot_user_id();
    let first = ask(&w, "alice", "how do I reset my password?").await;
    // A second member's different question a second later is answered.
    w.emu.post_message(help, bob, "how can I get a refund?");
    // The first member's follow-up 30 s later is answered.
    w.clock.advance(chrono::Duration::seconds(30));
    w.emu
        .post_message(help, alice, "how do I change my email address?");
    assert!(w.settle(T).await);
    let answers = bot_messages(&w, help);
    assert_eq!(
        answers.len(),
        3,
        "{:?}",
        answers.iter().map(|m| &m.content).collect::<Vec<_>>()
    );
    assert!(answers.iter().all(|m| !m.embeds.is_empty()));
    // The same question from someone else: a link to the first answer, not a copy.
    let q = w
        .emu
        .post_message(help, carol, "I forgot my password, how do I reset it?");
    assert!(w.settle(T).await);
    let pointer = bot_messages(&w, help).pop().unwrap();
    assert!(
        pointer.embeds.is_empty() && pointer.components.is_empty(),
        "{pointer:?}"
    );
    assert!(
        pointer.content.contains(&format!("/{help}/{}", first.id)),
        "links the earlier answer: {}",
        pointer.content
    );
    assert_eq!(
        pointer.message_reference.as_ref().unwrap()["message_id"],
        q.to_string()
    );
    assert!(pointer.pings().users.is_empty() && !pointer.pings().replied_user);
    // Alice had 2 answers this minute; a third is fine, a fourth is held back.
    w.emu.post_message(help, alice, "can I get a refund?");
    w.emu
        .post_message(help, alice, "how do I delete my account?");
    assert!(w.settle(T).await);
    let n = bot_messages(&w, help).len();
    assert_eq!(n, 5, "the fourth within a minute gets nothing");
    let last = bot_messages(&w, help).pop().unwrap();
    assert!(last.author_id == bot);
    w.shutdown().await;
}

#[tokio::test]
async fn a_question_delivered_twice_is_answered_once() {
    let w = world_with(|s| {
        s.set("MEMBER_ANSWERS_PER_MINUTE", 0)
            .set("REPEAT_WINDOW_SECONDS", 0)
    })
    .await;
    let (help, alice) = (w.channel("help"), w.user("alice"));
    let q = w
        .emu
        .post_message(help, alice, "how do I reset my password?");
    w.emu.redeliver_message(help, q, 3);
    assert!(w.settle(T).await);
    assert_eq!(
        bot_messages(&w, help).len(),
        1,
        "one answer for one message"
    );
    // A new message with the same words is a new question.
    w.emu
        .post_message(help, alice, "how do I reset my password?");
    assert!(w.settle(T).await);
    assert_eq!(bot_messages(&w, help).len(), 2);
    w.shutdown().await;
}

#[tokio::test]
async fn an_agent_talking_in_the_channel_keeps_the_bot_quiet() {
    let w = world_with(|s| {
        s.set("MEMBER_ANSWERS_PER_MINUTE", 0)
            .set("REPEAT_WINDOW_SECONDS", 0)
    })
    .await;
    let (help, alice, ann) = (w.channel("help"), w.user("alice"), w.user("agent-ann"));
    w.emu.post_message(help, ann, "I'm here, ask away");
    w.emu
        .post_message(help, alice, "how do I reset my password?");
    assert!(w.settle(T).await, "the bot handled every message");
    assert!(bot_messages(&w, help).is_empty(), "an agent is answering");
    w.shutdown().await;
}

#[tokio::test]
async fn solved_is_recorded_and_only_the_asker_may_press_it() {
    let w = world().await;
    let (help, alice, bob) = (w.channel("help"), w.user("alice"), w.user("bob"));
    let answer = ask(&w, "alice", "how do I reset my password?").await;
    let solved = discord::button(&answer, "Solved");
    let by_bob = w.emu.click_button(help, answer.id, bob, &solved);
    let r = w
        .emu
        .wait_for_interaction_response(&by_bob, T)
        .await
        .unwrap();
    assert!(r.ephemeral);
    assert!(r.content.contains("asked"), "{}", r.content);
    let by_alice = w.emu.click_button(help, answer.id, alice, &solved);
    let r = w
        .emu
        .wait_for_interaction_response(&by_alice, T)
        .await
        .unwrap();
    assert_refused(&r, "solved");
    let store = w.bot.desk.store().clone();
    let helpful = discord::eventually(|| async {
        let a = store.answer_by_message(MessageId(answer.id)).await.unwrap();
        a.is_some_and(|a| a.helpful == 1)
    })
    .await;
    assert!(helpful, "recorded as helpful");
    w.shutdown().await;
}

#[tokio::test]
async fn thumbs_on_an_answer_are_feedback() {
    let w = world().await;
    let (help, alice, bob) = (w.channel("help"), w.user("alice"), w.user("bob"));
    let answer = ask(&w, "alice", "how do I reset my password?").await;
    w.emu.add_reaction(help, answer.id, alice, "👍").unwrap();
    w.emu.add_reaction(help, answer.id, bob, "👎").unwrap();
    let store = w.bot.desk.store().clone();
    let seen = discord::eventually(|| async {
        let a = store.answer_by_message(MessageId(answer.id)).await.unwrap();
        a.is_some_and(|a| (a.helpful, a.not_helpful) == (1, 1))
    })
    .await;
    assert!(seen, "one helpful, one not helpful");
    w.emu.remove_reaction(help, answer.id, bob, "👎").unwrap();
    let seen = discord::eventually(|| async {
        let a = store.answer_by_message(MessageId(answer.id)).await.unwrap();
        a.is_some_and(|a| (a.helpful, a.not_helpful) == (1, 0))
    })
    .await;
    assert!(seen, "removing the reaction removes the vote");
    w.shutdown().await;
}

#[tokio::test]
async fn talk_to_a_human_opens_a_ticket_about_the_question() {
    let w = world().await;
    let (help, alice) = (w.channel("help"), w.user("alice"));
    w.emu.post_message(
        help,
        alice,
        "how do I reset my password? the link never arrives",
    );
    let answer = w
        .emu
        .wait_for_message(help, |m| m.author_id == w.emu.bot_user_id(), T)
        .await
        .unwrap();
    let human = discord::button(&answer, "Talk to a human");
    let press = w.emu.click_button(help, answer.id, alice, &human);
    let r = w
        .emu
        .wait_for_interaction_response(&press, T)
        .await
        .unwrap();
    assert!(r.ephemeral);
    let thread = w
        .emu
        .wait_for_thread(|t| t.kind == 12, T)
        .await
        .expect("a private ticket thread");
    assert_eq!(thread.parent_id, Some(w.channel("tickets")));
    assert!(thread.members.contains(&alice));
    assert!(
        r.content.contains(&format!("<#{}>", thread.id)),
        "{}",
        r.content
    );
    let t = w
        .bot
        .desk
        .ticket_in_thread(concierge::tickets::ChannelId(thread.id))
        .await
        .unwrap();
    assert!(t.topic.contains("reset my password"), "{}", t.topic);
    w.shutdown().await;
}
