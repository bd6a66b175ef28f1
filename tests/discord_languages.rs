//! Languages through the real serenity client against the Discord emulator: a German
//! member's ticket is opened, introduced and closed in German while an English agent's own
//! replies stay English; refusals follow whoever asked; unknown locales fall back; and the
//! commands are registered with localisations for every shipped language, which the
//! emulator checks as Discord does (names, lowercase, lengths).

#[path = "common/mod.rs"]
mod common;
mod discord;

use concierge::i18n::Lang;
use concierge::sandbox::world::World;
use concierge::t;
use concierge::tickets::{Refusal, TicketNo, UserId};
use discord::{slash, text_of, try_open, world, T};
use discord_emulator::{InteractionResponse, Opt};

/// The thread made since `before` was listed, for the opening that answered `r`.
async fn new_thread(w: &World, before: &[u64], r: &InteractionResponse) -> u64 {
    w.emu
        .wait_for_thread(|t| !before.contains(&t.id), T)
        .await
        .unwrap_or_else(|| panic!("no thread: {}", text_of(r)))
        .id
}

#[tokio::test]
async fn a_german_members_ticket_speaks_german_and_an_english_agent_reads_english() {
    let w = world().await;
    let (alice, ann, bob) = (w.user("alice"), w.user("agent-ann"), w.user("agent-bob"));
    w.emu.set_user_locale(alice, "de");

    // Alice opens a ticket: her reply is German.
    let before: Vec<u64> = w.emu.threads().iter().map(|t| t.id).collect();
    let r = try_open(&w, "alice", "Der Drucker brennt").await;
    let thread = new_thread(&w, &before, &r).await;
    assert!(r.ephemeral);
    assert_eq!(
        r.content,
        t!(
            Lang::De,
            "ticket-opened-reply",
            ticket = "1",
            thread = thread.to_string()
        )
    );

    // The intro in her thread is German.
    let private = t!(Lang::De, "ticket-intro-private");
    let intro = w
        .emu
        .wait_for_message(thread, |m| m.content.contains(&private), T)
        .await
        .expect("a German intro");
    assert!(
        intro.content.contains(&t!(
            Lang::De,
            "ticket-intro-topic",
            topic = "Der Drucker brennt"
        )),
        "{}",
        intro.content
    );
    assert!(!intro.content.contains("Topic:"), "{}", intro.content);

    // Ann, an English agent, claims it: the line in the thread is for alice, in German.
    let r = slash(&w, thread, ann, "ticket", "claim", vec![]).await;
    assert!(!r.ephemeral);
    assert_eq!(
        r.content,
        t!(
            Lang::De,
            "ticket-claimed",
            agent = format!("<@{ann}>"),
            ticket = "1"
        )
    );
    // Bob, English too, is refused in English, only to him.
    let r = slash(&w, thread, bob, "ticket", "claim", vec![]).await;
    let refusal = Refusal::AlreadyClaimed {
        ticket: TicketNo(1),
        by: UserId(ann),
    };
    assert!(r.ephemeral);
    assert_eq!(r.content, refusal.text(Lang::En));
    assert!(
        r.content.starts_with("Ticket #1 is already claimed"),
        "{}",
        r.content
    );
    // Alice, no agent, is refused in German.
    let r = slash(&w, thread, alice, "ticket", "escalate", vec![]).await;
    assert!(r.ephemeral);
    let refusal = Refusal::AgentsOnly { action: "escalate" };
    assert_eq!(r.content, refusal.text(Lang::De));
    assert_ne!(refusal.text(Lang::De), refusal.text(Lang::En));

    // Ann escalates it: the line in the thread is German, the copy in the log channel is in
    // the server's language (English here).
    let r = slash(&w, thread, ann, "ticket", "escalate", vec![]).await;
    let said = |lang| {
        t!(
            lang,
            "ticket-escalated-by",
            ticket = "1",
            tier = "2",
            agent = format!("<@{ann}>"),
            reason = ""
        )
    };
    assert!(!r.ephemeral);
    assert_eq!(r.content, said(Lang::De));
    let english = said(Lang::En);
    assert_eq!(
        english,
        format!("Ticket 1 was escalated to tier 2 by <@{ann}>.")
    );
    let logged = w
        .emu
        .wait_for_message(w.channel("support-log"), |m| m.content == english, T)
        .await;
    assert!(logged.is_some(), "the log channel's copy is English");

    // Bob (tier 2) closes it: the rating prompt in the thread is for alice, in German; the
    // reply to bob is English.
    let r = slash(&w, thread, bob, "ticket", "close", vec![]).await;
    assert_eq!(r.content, "Ticket 1 closed.");
    let german = t!(
        Lang::De,
        "ticket-closed-rate",
        ticket = "1",
        resolution = "",
        owner = format!("<@{alice}>"),
        hours = 1,
        change = ""
    );
    let first_line = german.lines().next().unwrap().to_string();
    assert_ne!(first_line, "Ticket 1 is closed.");
    let prompt = w
        .emu
        .wait_for_message(thread, |m| m.content.starts_with(&first_line), T)
        .await
        .expect("a German rating prompt");
    assert!(
        prompt.content.contains("/ticket wiedereröffnen"),
        "{}",
        prompt.content
    );
}

#[tokio::test]
async fn a_member_never_seen_is_written_to_in_the_servers_language() {
    let w = world().await;
    let (owner, ann, bob) = (w.user("owner"), w.user("agent-ann"), w.user("bob"));
    let help = w.channel("help");
    // A bad language is refused, naming the ones there are; French is taken.
    let r = slash(
        &w,
        help,
        owner,
        "config",
        "set",
        vec![
            Opt::string("key", "language"),
            Opt::string("value", "klingon"),
        ],
    )
    .await;
    assert!(r.content.contains("pt-BR"), "{}", r.content);
    let r = slash(
        &w,
        help,
        owner,
        "config",
        "set",
        vec![Opt::string("key", "language"), Opt::string("value", "fr")],
    )
    .await;
    assert!(r.content.contains("`fr`"), "{}", r.content);
    // Ann (English) opens a ticket for bob, who never used the bot: its intro is French.
    let before: Vec<u64> = w.emu.threads().iter().map(|t| t.id).collect();
    let r = slash(
        &w,
        help,
        ann,
        "ticket",
        "open",
        vec![Opt::string("topic", "imprimante"), Opt::user("member", bob)],
    )
    .await;
    let thread = new_thread(&w, &before, &r).await;
    // Her own reply is English.
    assert!(
        r.content.starts_with("Ticket 1 is open for"),
        "{}",
        r.content
    );
    let private = t!(Lang::Fr, "ticket-intro-private");
    assert!(
        w.emu
            .wait_for_message(thread, |m| m.content.contains(&private), T)
            .await
            .is_some(),
        "a French intro"
    );
}

#[tokio::test]
async fn an_answer_in_a_channel_speaks_to_the_asker_in_their_language() {
    let w = world().await;
    let alice = w.user("alice");
    w.emu.set_user_locale(alice, "fr");
    // Alice used the bot once (a refused claim in #help): her language is known.
    let help = w.channel("help");
    let r = slash(&w, help, alice, "ticket", "claim", vec![]).await;
    assert_eq!(r.content, Refusal::NotATicket.text(Lang::Fr));
    let answer = discord::ask(&w, "alice", "how do I reset my password?").await;
    let labels = discord::button_labels(&answer);
    assert_eq!(
        labels,
        [
            t!(Lang::Fr, "answer-button-solved"),
            t!(Lang::Fr, "answer-button-human")
        ]
    );
    assert_ne!(labels, ["Solved", "Talk to a human"]);
    // Bob never used the bot: the server's language, English here.
    let q = w
        .emu
        .post_message(help, w.user("bob"), "how can I get a refund?")
        .to_string();
    let answer = w
        .emu
        .wait_for_message(
            help,
            |m| {
                m.author_id == w.emu.bot_user_id()
                    && m.message_reference
                        .as_ref()
                        .is_some_and(|r| r["message_id"].as_str() == Some(q.as_str()))
            },
            T,
        )
        .await
        .expect("an answer to bob");
    let labels = discord::button_labels(&answer);
    assert_eq!(labels, ["Solved", "Talk to a human"]);
}

#[tokio::test]
async fn unshipped_locales_fall_back_and_regional_ones_find_their_language() {
    let w = world().await;
    let (alice, bob) = (w.user("alice"), w.user("bob"));
    w.emu.set_user_locale(alice, "es-419");
    w.emu.set_user_locale(bob, "ja");
    let help = w.channel("help");
    let r = slash(&w, help, alice, "ticket", "claim", vec![]).await;
    assert_eq!(r.content, Refusal::NotATicket.text(Lang::Es));
    let r = slash(&w, help, bob, "ticket", "claim", vec![]).await;
    assert_eq!(r.content, Refusal::NotATicket.text(Lang::En));
    assert_eq!(r.content, "This channel is not a ticket.");
}

#[tokio::test]
async fn commands_are_registered_in_every_shipped_language() {
    let w = world().await;
    let (_, guild_commands) = w.emu.commands();
    let ticket = guild_commands
        .iter()
        .find(|c| c["name"] == "ticket")
        .expect("/ticket registered");
    for lang in Lang::ALL.into_iter().skip(1) {
        for locale in lang.discord_locales() {
            assert_eq!(
                ticket["name_localizations"][*locale],
                t!(lang, "cmd-ticket"),
                "{locale}"
            );
            assert_eq!(
                ticket["description_localizations"][*locale],
                concierge::i18n::attribute(lang, "cmd-ticket", "description", None),
                "{locale}"
            );
        }
    }
    // Down to an option's choices: /ticket priority level:urgent.
    let priority = ticket["options"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "priority")
        .unwrap();
    let urgent = &priority["options"][0]["choices"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["value"] == "urgent")
        .unwrap()["name_localizations"];
    assert_eq!(
        urgent["ru"],
        t!(Lang::Ru, "cmd-ticket-priority-level-choice-urgent")
    );
    // Every command made it past the emulator's checks (Discord's rules).
    let names: Vec<&str> = guild_commands
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    for name in [
        "ticket", "kb", "support", "config", "setup", "tag", "category", "panel",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
}
