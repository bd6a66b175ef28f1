//! `/setup` through serenity and the emulator: a server the bot just joined is set up by its
//! owner with role and channel select menus and "create it for me"; every step updates the
//! same ephemeral message; running it again shows what is set and duplicates nothing; a
//! member without Manage Server is refused; a bot without Manage Channels says what it needs.

mod discord;

use concierge::bot::setup::{create, Action, Field, Make, Step};
use discord::*;
use discord_emulator::{Interaction, InteractionResponse, NewGuild};
use serde_json::Value;

const VIEW_CHANNEL: u64 = 1 << 10;
const SEND_MESSAGES: u64 = 1 << 11;
const MANAGE_THREADS: u64 = 1 << 34;
const ADMINISTRATOR: u64 = 1 << 3;
const MANAGE_CHANNELS: u64 = 1 << 4;

async fn answer(w: &concierge::sandbox::world::World, i: &Interaction) -> InteractionResponse {
    w.emu
        .wait_for_interaction_response(i, T)
        .await
        .expect("the bot answers")
}

/// `user` presses the `/setup` button `action` on `msg`; returns what they see.
async fn press(
    w: &concierge::sandbox::world::World,
    channel: u64,
    msg: u64,
    user: u64,
    action: Action,
) -> InteractionResponse {
    answer(
        w,
        &w.emu.click_button(channel, msg, user, &action.custom_id()),
    )
    .await
}

/// The select menus and buttons of a response, by custom id.
fn component<'a>(r: &'a InteractionResponse, id: &str) -> Option<&'a Value> {
    r.components
        .iter()
        .flat_map(|row| row["components"].as_array().into_iter().flatten())
        .find(|c| c["custom_id"] == id)
}

fn defaults(r: &InteractionResponse, field: Field) -> Vec<u64> {
    let menu = component(r, &Action::Pick(field).custom_id()).expect("the menu");
    menu["default_values"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|v| match &v["id"] {
            Value::String(s) => s.parse().unwrap(),
            id => id.as_u64().unwrap(),
        })
        .collect()
}

#[tokio::test]
async fn the_owner_sets_a_new_server_up_with_menus_and_created_roles_and_channels() {
    let w = world_with(|s| s.set("GUILD_ID", "")).await;
    let g = w.emu.bot_joins(
        NewGuild::new("Fresh")
            .channels(&["lobby", "general"])
            .roles(&["helpers", "mods"])
            .member("zed", &[])
            .member("hank", &["helpers"])
            .owner("olga"),
    );
    let lobby = w.emu.guild_channel_id(g, "lobby");
    let (olga, zed) = (w.emu.guild_owner_id(g), w.emu.user_id("zed"));
    let helpers = w.emu.guild_role_id(g, "helpers");
    let mods = w.emu.guild_role_id(g, "mods");
    w.emu
        .wait_for_message(lobby, |m| m.content.contains("/setup"), T)
        .await
        .expect("the welcome names /setup");

    // A member without Manage Server is refused.
    let r = answer(&w, &w.emu.slash_command(lobby, zed, "setup", None, vec![])).await;
    assert_refused(
        &r,
        &concierge::bot::render::manage_server_only(concierge::i18n::Lang::En),
    );

    // Step 1: the tier roles, in one ephemeral message.
    let r = answer(&w, &w.emu.slash_command(lobby, olga, "setup", None, vec![])).await;
    assert!(
        r.ephemeral && r.content.contains("step 1 of 3"),
        "{}",
        r.content
    );
    assert!(r.components.len() <= 5);
    let msg = r.message_id.expect("the step's message");
    let tier1 = Action::Pick(Field::Tier(1)).custom_id();
    let r = answer(
        &w,
        &w.emu.select_roles(lobby, msg, olga, &tier1, &[helpers]),
    )
    .await;
    assert_eq!(r.callback_type, 7, "a pick updates the message in place");
    assert_eq!(r.message_id, Some(msg));
    assert!(
        r.content.contains(&format!("tier 1 <@&{helpers}>")),
        "{}",
        r.content
    );
    assert_eq!(defaults(&r, Field::Tier(1)), vec![helpers]);
    // One role belongs to one tier.
    let tier2 = Action::Pick(Field::Tier(2)).custom_id();
    let r = answer(
        &w,
        &w.emu.select_roles(lobby, msg, olga, &tier2, &[helpers]),
    )
    .await;
    assert!(r.content.contains("already tier 1's role"), "{}", r.content);
    // The missing tiers made for us.
    let make_tiers = Action::Make(Make::TierRoles).custom_id();
    let r = answer(&w, &w.emu.click_button(lobby, msg, olga, &make_tiers)).await;
    assert_eq!(
        (r.callback_type, r.message_id),
        (6, Some(msg)),
        "acknowledged at once, then the same message updated"
    );
    let tiers = w.bot.server(g).await.unwrap().settings.tier_roles.clone();
    assert_eq!(tiers.len(), 3, "{}", r.content);
    assert_eq!(tiers[0], helpers);
    let made: Vec<_> = w
        .emu
        .roles_of(g)
        .into_iter()
        .filter(|r| r.name.starts_with(create::TIER_ROLE))
        .collect();
    assert_eq!(made.len(), 2);
    assert!(
        made.iter().all(|r| r.mentionable),
        "tier roles can be pinged"
    );
    assert!(
        component(&r, &make_tiers).is_none(),
        "nothing left to create"
    );

    // Step 2: moderators and an on-call role made for us.
    let r = press(&w, lobby, msg, olga, Action::Go(Step::People)).await;
    assert!(r.content.contains("step 2 of 3"), "{}", r.content);
    let moderators = Action::Pick(Field::Moderators).custom_id();
    answer(
        &w,
        &w.emu.select_roles(lobby, msg, olga, &moderators, &[mods]),
    )
    .await;
    let r = press(&w, lobby, msg, olga, Action::Make(Make::OnCallRole)).await;
    let settings = w.bot.server(g).await.unwrap().settings.clone();
    assert_eq!(settings.moderator_roles, vec![mods]);
    let on_call = settings.on_call_role.expect("an on-call role");
    assert_eq!(defaults(&r, Field::OnCall), vec![on_call]);

    // Step 3: the lobby watched, #tickets and #support-log made with the right permissions.
    press(&w, lobby, msg, olga, Action::Go(Step::Channels)).await;
    let watched = Action::Pick(Field::Watched).custom_id();
    answer(
        &w,
        &w.emu.select_channels(lobby, msg, olga, &watched, &[lobby]),
    )
    .await;
    press(&w, lobby, msg, olga, Action::Make(Make::TicketChannel)).await;
    let r = press(&w, lobby, msg, olga, Action::Make(Make::LogChannel)).await;
    let settings = w.bot.server(g).await.unwrap().settings.clone();
    assert_eq!(settings.support_channels, vec![lobby]);
    let tickets = settings.ticket_channel.expect("a ticket channel");
    let log = settings.log_channel.expect("a log channel");
    assert_eq!(defaults(&r, Field::LogChannel), vec![log]);
    let hank = w.emu.user_id("hank");
    let can = |channel: u64, user: u64, bits: u64| {
        w.emu.channel_permissions(channel, user) & bits == bits
    };
    assert!(
        can(tickets, zed, VIEW_CHANNEL) && !can(tickets, zed, SEND_MESSAGES),
        "members see #tickets, write only in threads"
    );
    assert!(
        can(tickets, hank, MANAGE_THREADS),
        "agents see every private ticket thread"
    );
    assert!(
        !can(log, zed, VIEW_CHANNEL),
        "the log is hidden from members"
    );
    assert!(can(log, hank, VIEW_CHANNEL), "agents read the log");

    // Finish: the summary says it is set up, with nothing wrong.
    let r = press(&w, lobby, msg, olga, Action::Go(Step::Summary)).await;
    assert!(r.content.contains("Concierge is set up."), "{}", r.content);
    assert!(!r.content.contains('⚠'), "{}", r.content);
    assert!(r.content.contains(&format!("<#{lobby}>")));

    // Every change is audited and told in the log channel, pinging nobody.
    let audited = w
        .bot
        .desk
        .settings_audit(concierge::tickets::GuildId(g), 100)
        .await
        .unwrap();
    assert!(audited.iter().any(|a| a.change.name == "log_channel"
        && a.actor == Some(concierge::tickets::UserId(olga))
        && a.source == concierge::settings::Source::Discord));
    let told = eventually(|| async {
        bot_messages(&w, log).iter().any(|m| {
            m.content.contains("changed a setting with /setup") && m.pings().users.is_empty()
        })
    })
    .await;
    assert!(told, "the log channel tells the changes");

    // It works: a question in the lobby is answered, a ticket opens under #tickets.
    let q = w.emu.post_message(lobby, zed, "how do I reset my password");
    let answered = w
        .emu
        .wait_for_message(
            lobby,
            |m| {
                m.message_reference
                    .as_ref()
                    .is_some_and(|r| r["message_id"].as_str() == Some(q.to_string().as_str()))
            },
            T,
        )
        .await;
    assert!(answered.is_some(), "the watched channel is answered");
    let before: Vec<u64> = w.emu.threads().iter().map(|t| t.id).collect();
    w.emu.slash_command(
        lobby,
        zed,
        "ticket",
        Some("open"),
        vec![discord_emulator::Opt::string("topic", "my order is late")],
    );
    let thread = w
        .emu
        .wait_for_thread(|t| !before.contains(&t.id), T)
        .await
        .expect("a ticket thread");
    assert_eq!(thread.parent_id, Some(tickets));

    // A log channel everyone can read is warned about: transcripts hold the staff's notes.
    let log_pick = Action::Pick(Field::LogChannel).custom_id();
    answer(
        &w,
        &w.emu.select_channels(lobby, msg, olga, &log_pick, &[lobby]),
    )
    .await;
    let r = press(&w, lobby, msg, olga, Action::Go(Step::Summary)).await;
    assert!(
        r.content.contains("everyone can read #lobby") && r.content.contains("deny View Channel"),
        "{}",
        r.content
    );
    answer(
        &w,
        &w.emu.select_channels(lobby, msg, olga, &log_pick, &[log]),
    )
    .await;

    // Running it again shows what is set and makes nothing twice.
    let r = answer(&w, &w.emu.slash_command(lobby, olga, "setup", None, vec![])).await;
    assert_eq!(defaults(&r, Field::Tier(1)), vec![helpers]);
    assert!(component(&r, &make_tiers).is_none());
    let again = r.message_id.unwrap();
    let r = press(&w, lobby, again, olga, Action::Make(Make::TicketChannel)).await;
    assert!(r.content.contains("used the existing"), "{}", r.content);
    let named = |name: &str| {
        w.emu
            .channels_of(g)
            .iter()
            .filter(|c| c.name == name)
            .count()
    };
    assert_eq!((named("tickets"), named("support-log")), (1, 1));
    w.shutdown().await;
}

#[tokio::test]
async fn a_bot_that_may_not_create_channels_says_what_it_needs() {
    let w = world_with(|s| s.set("GUILD_ID", "")).await;
    let g = w
        .emu
        .bot_joins(NewGuild::new("Strict").channels(&["lobby"]).owner("olga"));
    let lobby = w.emu.guild_channel_id(g, "lobby");
    w.emu.set_bot_permissions(g, VIEW_CHANNEL | SEND_MESSAGES);
    let olga = w.emu.guild_owner_id(g);
    let r = answer(&w, &w.emu.slash_command(lobby, olga, "setup", None, vec![])).await;
    let msg = r.message_id.unwrap();
    press(&w, lobby, msg, olga, Action::Go(Step::Channels)).await;
    let r = press(&w, lobby, msg, olga, Action::Make(Make::HelpChannel)).await;
    assert!(r.content.contains("Manage Channels"), "{}", r.content);
    let r = press(&w, lobby, msg, olga, Action::Go(Step::Roles)).await;
    let r = press(
        &w,
        lobby,
        r.message_id.unwrap(),
        olga,
        Action::Make(Make::TierRoles),
    )
    .await;
    assert!(r.content.contains("Manage Roles"), "{}", r.content);
    assert!(w
        .bot
        .server(g)
        .await
        .unwrap()
        .settings
        .tier_roles
        .is_empty());
    assert!(w.emu.channels_of(g).iter().all(|c| c.name != "help"));
    // With the permission, it is made.
    w.emu
        .set_bot_permissions(g, ADMINISTRATOR | MANAGE_CHANNELS);
    press(&w, lobby, msg, olga, Action::Go(Step::Channels)).await;
    let r = press(&w, lobby, msg, olga, Action::Make(Make::HelpChannel)).await;
    assert!(
        r.content.contains("Watched channel: created"),
        "{}",
        r.content
    );
    // Two quick presses make the tier roles once.
    let make = Action::Make(Make::TierRoles).custom_id();
    let (a, b) = (
        w.emu.click_button(lobby, msg, olga, &make),
        w.emu.click_button(lobby, msg, olga, &make),
    );
    answer(&w, &a).await;
    answer(&w, &b).await;
    let made = w
        .emu
        .roles_of(g)
        .into_iter()
        .filter(|r| r.name.starts_with(create::TIER_ROLE))
        .count();
    assert_eq!(made, 3);
    assert_eq!(w.bot.server(g).await.unwrap().settings.tier_roles.len(), 3);
    w.shutdown().await;
}
