//! Ticket panels through serenity and the emulator: a moderator posts one (its words in a
//! modal); with no category it has one "Open a ticket" button; adding categories updates it in
//! place; after the bot restarts a member presses a category's button, fills its form and gets
//! the ticket in that category; `/panel edit` turns it into a select menu in place; a blocked
//! member is refused before any form; the panel pings nobody; `/panel remove` deletes it;
//! members may not post panels.

mod discord;

use concierge::bot::commands::{category, panel, support};
use discord::*;
use discord_emulator::{Message, Opt};

/// The custom ids of a message's buttons by label, and of its select menu.
fn buttons(m: &Message) -> Vec<(String, String)> {
    m.components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter(|c| c["type"] == 2)
        .map(|b| {
            (
                b["label"].as_str().unwrap_or_default().to_string(),
                b["custom_id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn menu(m: &Message) -> Option<serde_json::Value> {
    m.components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .find(|c| c["type"] == 3)
}

#[tokio::test]
async fn a_panel_opens_tickets_by_category_even_after_a_restart() {
    let mut w = world().await;
    let (help, general) = (w.channel("help"), w.channel("general"));

    let r = slash(
        &w,
        help,
        w.user("carol"),
        panel::NAME,
        panel::subs::POST,
        vec![Opt::channel(panel::opts::CHANNEL, general)],
    )
    .await;
    assert!(
        text_of(&r).starts_with("Only this server's moderators"),
        "{}",
        text_of(&r)
    );

    let said = moderator_fills(
        &w,
        (panel::NAME, panel::subs::POST),
        vec![Opt::channel(panel::opts::CHANNEL, general)],
        &[
            ("title", "Need help?"),
            ("description", "Pick a topic. @everyone"),
        ],
    )
    .await;
    assert!(said.contains("Panel 1 posted in"), "{said}");
    let posted = |w: &concierge::sandbox::world::World| {
        bot_messages(w, general)
            .into_iter()
            .last()
            .expect("the panel")
    };
    let p = posted(&w);
    assert_eq!(p.embeds[0]["title"], "Need help?");
    let pings = p.pings();
    assert!(pings.roles.is_empty() && pings.users.is_empty() && !pings.everyone);
    assert_eq!(
        buttons(&p)
            .iter()
            .map(|(l, _)| l.as_str())
            .collect::<Vec<_>>(),
        ["Open a ticket"]
    );

    // Pressed with no category: the topic form, then the ticket.
    let alice = w.user("alice");
    let i = w.emu.click_button(general, p.id, alice, &buttons(&p)[0].1);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    let modal = r.modal.expect("the topic form");
    submit_ticket_form(&w, general, alice, &modal, &[("topic", "printer on fire")]).await;

    // Two categories: the same message now offers them.
    for (name, emoji, questions) in [
        ("Billing", "💳", "Order number | short | 3-12"),
        ("Technical", "", ""),
    ] {
        let said = moderator_fills(
            &w,
            (category::NAME, category::subs::ADD),
            vec![],
            &[("name", name), ("emoji", emoji), ("questions", questions)],
        )
        .await;
        assert!(said.contains("Category added"), "{said}");
    }
    assert!(
        eventually(|| async {
            buttons(&posted(&w))
                .iter()
                .map(|(l, _)| l.clone())
                .collect::<Vec<_>>()
                == ["Billing", "Technical"]
        })
        .await,
        "the panel shows the categories: {:?}",
        buttons(&posted(&w))
    );
    let p = posted(&w);
    assert_eq!(bot_messages(&w, general).len(), 1, "edited in place");

    // After a restart, Billing's button asks its form and opens a Billing ticket.
    w.restart_bot().await.expect("the bot restarts");
    let bob = w.user("bob");
    let billing = buttons(&p)[0].1.clone();
    let i = w.emu.click_button(general, p.id, bob, &billing);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    let modal = r
        .modal
        .clone()
        .unwrap_or_else(|| panic!("no form: {}", text_of(&r)));
    assert_eq!(
        modal["components"][0]["components"][0]["label"],
        "Order number"
    );
    let thread = submit_ticket_form(&w, general, bob, &modal, &[("q0", "A-123")]).await;
    let t = ticket(&w, thread.id).await;
    let server = w.bot.desk.server(t.guild).await.unwrap();
    assert_eq!(server.category(t.category).unwrap().name, "Billing");

    // A blocked member is refused before any form.
    let r = slash(
        &w,
        help,
        w.user("mod-max"),
        support::NAME,
        support::subs::BLOCK,
        vec![Opt::user(support::opts::MEMBER, w.user("carol"))],
    )
    .await;
    assert!(!text_of(&r).is_empty());
    let i = w.emu.click_button(general, p.id, w.user("carol"), &billing);
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert!(r.modal.is_none(), "no form for a blocked member");
    assert!(
        r.ephemeral && text_of(&r).contains("can't open"),
        "{}",
        text_of(&r)
    );

    // Edited into a select menu, in place.
    let said = moderator_fills(
        &w,
        (panel::NAME, panel::subs::EDIT),
        vec![
            Opt::string(panel::opts::PANEL, "1"),
            Opt::string(panel::opts::STYLE, "menu"),
        ],
        &[("title", "Support"), ("description", "")],
    )
    .await;
    assert!(said.contains("Panel 1 in"), "{said}");
    let p = posted(&w);
    assert_eq!(p.embeds[0]["title"], "Support");
    let m = menu(&p).expect("a select menu");
    let options: Vec<&str> = m["options"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|o| o["label"].as_str())
        .collect();
    assert_eq!(options, ["Billing", "Technical"]);
    let technical = m["options"][1]["value"].as_str().unwrap().to_string();
    let i = w.emu.select(
        general,
        p.id,
        w.user("alice"),
        m["custom_id"].as_str().unwrap(),
        &[&technical],
    );
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    let modal = r.modal.expect("Technical has no form: the topic");
    assert_eq!(
        modal["components"][0]["components"][0]["custom_id"],
        "topic"
    );

    // Removed: the message is gone.
    let said = text_of(
        &slash(
            &w,
            help,
            w.user("mod-max"),
            panel::NAME,
            panel::subs::REMOVE,
            vec![Opt::string(panel::opts::PANEL, "1")],
        )
        .await,
    );
    assert!(said.contains("deleted"), "{said}");
    assert!(bot_messages(&w, general).is_empty());
    w.shutdown().await;
}
