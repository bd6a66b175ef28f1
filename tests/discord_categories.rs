//! Categories through serenity and the emulator: a moderator adds one with `/category add` (its
//! settings as options, its name and form in a modal); a member opens a ticket in it with
//! `/ticket open category:` (the form's modal, then the intro with the answers, the thread
//! named after the category, the category's team pinged and not the tier-1 role); the team
//! member (no tier role) works it and sees it in `/ticket queue`; an agent moves it with
//! `/ticket move` (the new team pinged, the thread renamed); members may not manage categories.

mod discord;

use concierge::bot::commands::{category, ticket};
use discord::*;
use discord_emulator::Opt;

/// `mod-max` adds a category: the options, then the modal's fields.
async fn add_category(
    w: &concierge::sandbox::world::World,
    options: Vec<Opt>,
    fields: &[(&str, &str)],
) -> String {
    moderator_fills(w, (category::NAME, category::subs::ADD), options, fields).await
}

#[tokio::test]
async fn a_ticket_in_a_category_asks_its_form_and_pings_its_team() {
    let w = world().await;
    let help = w.channel("help");
    let (team, tier1) = (w.emu.role_id("billing"), w.emu.role_id("tier-1"));

    // Members may not manage categories.
    let r = slash(
        &w,
        help,
        w.user("carol"),
        category::NAME,
        category::subs::ADD,
        vec![],
    )
    .await;
    assert!(
        text_of(&r).starts_with("Only this server's moderators"),
        "{}",
        text_of(&r)
    );

    // Every problem of a bad form at once, nothing saved.
    let said = add_category(
        &w,
        vec![],
        &[("name", "Bil|ling"), ("questions", "Order | 9-3")],
    )
    .await;
    assert!(said.contains("name: use letters"), "{said}");
    assert!(said.contains("form line 1:"), "{said}");

    let said = add_category(
        &w,
        vec![
            Opt::role(category::opts::TEAM, team),
            Opt::integer(category::opts::FIRST_RESPONSE, 20),
            Opt::string(category::opts::PRIORITY, "high"),
        ],
        &[
            ("name", "Billing"),
            ("emoji", "💳"),
            ("description", "Payments and refunds"),
            (
                "questions",
                "Order number | short | 3-12\nWhat happened? | paragraph | optional",
            ),
        ],
    )
    .await;
    assert!(said.contains("Category added: **💳 Billing**"), "{said}");
    assert!(said.contains("first response within 20 min"), "{said}");

    // The category is offered by name.
    let categories = offered(
        &w,
        help,
        w.user("carol"),
        (ticket::NAME, ticket::subs::OPEN),
        ticket::opts::CATEGORY,
        "bil",
    );
    assert_eq!(categories.await, ["Billing"]);

    // /ticket open category: shows the form; its answers open the ticket.
    let r = slash(
        &w,
        help,
        w.user("carol"),
        ticket::NAME,
        ticket::subs::OPEN,
        vec![Opt::string(ticket::opts::CATEGORY, "billing")],
    )
    .await;
    let modal = r.modal.clone().expect("the category's form");
    let labels: Vec<&str> = modal["components"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|row| row["components"][0]["label"].as_str())
        .collect();
    assert_eq!(labels, ["Order number", "What happened?"]);
    let thread = submit_ticket_form(
        &w,
        help,
        w.user("carol"),
        &modal,
        &[("q0", "A-123"), ("q1", "charged **twice** @everyone")],
    )
    .await;
    assert!(
        eventually(|| async {
            w.emu
                .threads()
                .iter()
                .any(|t| t.id == thread.id && t.name.starts_with("ticket-1 [Billing] A-123"))
        })
        .await,
        "the thread is named after the category: {:?}",
        w.emu
            .threads()
            .iter()
            .map(|t| t.name.clone())
            .collect::<Vec<_>>()
    );
    assert!(eventually(|| async { !bot_messages(&w, thread.id).is_empty() }).await);
    let intro = bot_messages(&w, thread.id).remove(0);
    assert!(
        intro.content.contains("**Category:** 💳 Billing"),
        "{}",
        intro.content
    );
    assert!(
        intro.content.contains(&format!("<@&{team}>")),
        "{}",
        intro.content
    );
    assert!(
        !intro.content.contains(&format!("<@&{tier1}>")),
        "{}",
        intro.content
    );
    assert_eq!(
        intro.pings().roles,
        vec![team],
        "the team is pinged, not tier 1"
    );
    let form = &intro.embeds[0];
    assert_eq!(form["title"], "Billing form");
    assert_eq!(form["fields"][0]["name"], "Order number");
    assert_eq!(form["fields"][0]["value"], "A-123");
    assert_eq!(
        form["fields"][1]["value"],
        "charged \\*\\*twice\\*\\* @\u{200b}everyone"
    );
    let t = ticket(&w, thread.id).await;
    assert_eq!(t.priority, concierge::tickets::Priority::High);

    // The team member (no tier role) sees it in the queue and claims it.
    let bea = w.user("agent-bea");
    let r = slash(&w, help, bea, ticket::NAME, ticket::subs::QUEUE, vec![]).await;
    assert!(text_of(&r).contains("#1"), "{}", text_of(&r));
    let r = slash(
        &w,
        thread.id,
        bea,
        ticket::NAME,
        ticket::subs::CLAIM,
        vec![],
    )
    .await;
    assert!(!r.ephemeral, "claimed: {}", text_of(&r));
    // ... and sends a canned answer there.
    let before = bot_messages(&w, thread.id).len();
    let r = slash(
        &w,
        thread.id,
        bea,
        "kb",
        "send",
        vec![Opt::string("entry", "reset-password")],
    )
    .await;
    assert!(!text_of(&r).contains("agents"), "{}", text_of(&r));
    assert!(
        eventually(|| async { bot_messages(&w, thread.id).len() > before }).await,
        "the canned answer is posted"
    );
    let t = ticket(&w, thread.id).await;
    assert_eq!(
        t.first_responder.map(|u| u.0),
        Some(bea),
        "it is her first response"
    );
    // ... but not a ticket without a category.
    let other = open_ticket(&w, "alice", "printer on fire").await;
    let r = slash(&w, other, bea, ticket::NAME, ticket::subs::CLAIM, vec![]).await;
    assert!(r.ephemeral, "{}", text_of(&r));

    // An agent moves it to another team.
    let said = add_category(
        &w,
        vec![Opt::role(category::opts::TEAM, w.emu.role_id("on-call"))],
        &[("name", "Outages")],
    )
    .await;
    assert!(said.contains("Category added"), "{said}");
    // Bea holds it: a higher tier may move it.
    let bob = w.user("agent-bob");
    let r = slash(
        &w,
        thread.id,
        w.user("carol"),
        ticket::NAME,
        ticket::subs::MOVE,
        vec![Opt::string(ticket::opts::CATEGORY, "Outages")],
    )
    .await;
    assert!(r.ephemeral, "members may not move: {}", text_of(&r));
    let r = slash(
        &w,
        thread.id,
        bob,
        ticket::NAME,
        ticket::subs::MOVE,
        vec![Opt::string(ticket::opts::CATEGORY, "Outages")],
    )
    .await;
    assert!(
        text_of(&r).contains("was moved to **Outages**"),
        "{}",
        text_of(&r)
    );
    let on_call = w.emu.role_id("on-call");
    assert!(
        eventually(|| async {
            bot_messages(&w, thread.id).iter().any(|m| {
                m.content.contains("Outages team: ticket 1 needs you.")
                    && m.pings().roles == vec![on_call]
            })
        })
        .await,
        "the new team is pinged"
    );
    assert!(
        eventually(|| async {
            w.emu
                .threads()
                .iter()
                .any(|t| t.id == thread.id && t.name.starts_with("ticket-1 [Outages]"))
        })
        .await
    );
    let t = ticket(&w, thread.id).await;
    assert_eq!(t.claimed_by, None, "released to the new team");

    // One category's figures.
    let r = slash(
        &w,
        help,
        w.user("agent-bob"),
        "support",
        "stats",
        vec![Opt::string("category", "outages")],
    )
    .await;
    let said = text_of(&r);
    assert!(
        said.starts_with("\nOutages: Support KPIs, last 30 days"),
        "{said}"
    );
    assert!(
        said.contains("    Outages                 1     0"),
        "{said}"
    );
    assert!(!said.contains("Billing"), "{said}");
    w.shutdown().await;
}

#[tokio::test]
async fn a_typed_topic_is_kept_and_a_form_changed_meanwhile_opens_nothing() {
    let w = world().await;
    let (help, carol) = (w.channel("help"), w.user("carol"));
    let said = add_category(
        &w,
        vec![],
        &[("name", "Billing"), ("questions", "Order number | 3-12")],
    )
    .await;
    assert!(said.contains("Category added"), "{said}");

    // The topic typed with the command is the form's first field, filled in.
    let r = slash(
        &w,
        help,
        carol,
        ticket::NAME,
        ticket::subs::OPEN,
        vec![
            Opt::string(ticket::opts::TOPIC, "refund please"),
            Opt::string(ticket::opts::CATEGORY, "Billing"),
        ],
    )
    .await;
    let modal = r.modal.clone().expect("the form");
    let fields: Vec<(&str, &str)> = modal["components"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let f = &row["components"][0];
            (
                f["custom_id"].as_str().unwrap_or_default(),
                f["value"].as_str().unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(fields, [("topic", "refund please"), ("q0", "")]);

    // A moderator changes the form while carol fills it in.
    let max = w.user("mod-max");
    let r = slash(
        &w,
        help,
        max,
        category::NAME,
        category::subs::EDIT,
        vec![Opt::string(category::opts::NAME, "billing")],
    )
    .await;
    let edit = r.modal.clone().expect("the category's form");
    let i = w.emu.submit_modal(
        help,
        max,
        edit["custom_id"].as_str().unwrap(),
        &[
            ("name", "Billing"),
            ("questions", "Account email | 3-50\nOrder number | 3-12"),
        ],
    );
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert!(text_of(&r).contains("Category changed"), "{}", text_of(&r));

    // Her answers to the old questions are not filed under the new ones.
    let before = w.emu.threads().len();
    let i = w.emu.submit_modal(
        help,
        carol,
        modal["custom_id"].as_str().unwrap(),
        &[("topic", "refund please"), ("q0", "A-123")],
    );
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert_eq!(
        text_of(&r),
        concierge::bot::render::form_changed(concierge::i18n::Lang::En)
    );
    assert!(r.ephemeral);
    w.settle(T).await;
    assert_eq!(w.emu.threads().len(), before, "nothing opened");

    // Opened again on the new form: first in Billing's queue, whatever else waits.
    open_ticket(&w, "alice", "printer on fire").await;
    let r = slash(
        &w,
        help,
        carol,
        ticket::NAME,
        ticket::subs::OPEN,
        vec![Opt::string(ticket::opts::CATEGORY, "Billing")],
    )
    .await;
    let modal = r.modal.clone().expect("the new form");
    let thread = submit_ticket_form(
        &w,
        help,
        carol,
        &modal,
        &[("q0", "carol@example.com"), ("q1", "A-123")],
    )
    .await;
    assert!(eventually(|| async { !bot_messages(&w, thread.id).is_empty() }).await);
    let intro = bot_messages(&w, thread.id).remove(0);
    assert!(
        intro.content.contains("You are number **1** in the queue"),
        "{}",
        intro.content
    );
    w.shutdown().await;
}
