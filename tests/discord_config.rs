//! `/config show|set|reset` through serenity and the emulator: only Manage Server may use it,
//! a bad value is refused saying why and changes nothing, a good one is live at once, audited
//! and told in the log channel, and a channel or role that is wrong here is said at once.

mod discord;

use concierge::bot::commands::config;
use concierge::bot::render;
use concierge::settings::Source;
use concierge::tickets::GuildId;
use discord::*;
use discord_emulator::Opt;

#[tokio::test]
async fn config_for_the_server_managers_checked_live_audited_and_logged() {
    let w = world().await;
    let help = w.channel("help");
    let owner = w.user("owner");
    let agent = w.user("alice");
    let guild = w.emu.guild_id();
    let run = |user, sub, opts| slash(&w, help, user, config::NAME, sub, opts);

    // An agent has no Manage Server: refused, for showing too.
    let r = run(agent, config::subs::SHOW, vec![]).await;
    assert_refused(&r, &render::manage_server_only(concierge::i18n::Lang::En));
    let r = run(
        agent,
        config::subs::SET,
        vec![
            Opt::string(config::opts::KEY, "max_open_tickets"),
            Opt::string(config::opts::VALUE, "1"),
        ],
    )
    .await;
    assert_refused(&r, &render::manage_server_only(concierge::i18n::Lang::En));

    let r = run(owner, config::subs::SHOW, vec![]).await;
    let shown = text_of(&r);
    assert!(r.ephemeral);
    assert!(
        shown.contains("**max_open_tickets**: `3` (default)"),
        "{shown}"
    );
    assert!(
        shown.contains(&format!("<#{}>", w.channel("tickets"))),
        "{shown}"
    );

    // Out of range: said, nothing changed.
    let set = |key: &str, value: &str| {
        vec![
            Opt::string(config::opts::KEY, key),
            Opt::string(config::opts::VALUE, value),
        ]
    };
    let r = run(owner, config::subs::SET, set("max_open_tickets", "1000")).await;
    assert_refused(&r, "from 1 to 100");
    assert!(text_of(&r).starts_with("Not changed."));
    let r = run(owner, config::subs::SET, set("colour", "blue")).await;
    assert_refused(&r, "There is no setting `colour`");
    assert_eq!(w.bot.server(guild).await.unwrap().rules.max_open, 3);

    let r = run(owner, config::subs::SET, set("max_open_tickets", "1")).await;
    let said = text_of(&r);
    assert!(
        said.contains("`max_open_tickets` is now `1` (was `3` (default))"),
        "{said}"
    );
    // Live at once: a member's second ticket is refused.
    open_ticket(&w, "carol", "my invoice is wrong").await;
    let second = try_open(&w, "carol", "and my password").await;
    assert_refused(&second, "1 open ticket");
    // Audited with who and how, and told in the log channel (pinging nobody).
    let audit = w.bot.desk.settings_audit(GuildId(guild), 1).await.unwrap();
    assert_eq!(
        (audit[0].actor.map(|u| u.0), audit[0].source),
        (Some(owner), Source::Discord)
    );
    let logged = w
        .emu
        .wait_for_message(
            w.channel("support-log"),
            |m| m.content.contains("changed a setting"),
            T,
        )
        .await
        .expect("the change in the log channel");
    assert!(
        logged.content.contains("max_open_tickets"),
        "{}",
        logged.content
    );
    assert!(logged.pings().users.is_empty() && logged.pings().roles.is_empty());

    // A role where a channel belongs: changed as asked, and the problem said at once.
    let role = w.emu.role_id("tier-1");
    let r = run(
        owner,
        config::subs::SET,
        set("log_channel", &role.to_string()),
    )
    .await;
    let said = text_of(&r);
    assert!(
        said.contains("⚠️") && said.contains("(log\\_channel)"),
        "{said}"
    );
    let r = run(
        owner,
        config::subs::RESET,
        vec![Opt::string(config::opts::KEY, "max_open_tickets")],
    )
    .await;
    assert!(
        text_of(&r).contains("is now `3` (default) (was `1`)"),
        "{}",
        text_of(&r)
    );

    // The key's autocomplete offers the settings matching what was typed.
    let i = w.emu.autocomplete(
        help,
        owner,
        config::NAME,
        Some(config::subs::SET),
        vec![Opt::focused(config::opts::KEY, "sla")],
    );
    let r = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    let names: Vec<&str> = r
        .choices
        .iter()
        .filter_map(|c| c["value"].as_str())
        .collect();
    assert_eq!(
        names,
        [
            "sla_first_response_minutes",
            "sla_urgent_first_response_minutes",
            "sla_high_first_response_minutes",
            "sla_low_first_response_minutes"
        ]
    );
    w.shutdown().await;
}

#[tokio::test]
async fn the_owner_deletes_the_servers_data_after_confirming() {
    let w = world().await;
    let help = w.channel("help");
    let guild = w.emu.guild_id();
    let owner = w.user("owner");
    open_ticket(&w, "carol", "my invoice is wrong").await;

    let r = slash(
        &w,
        help,
        w.user("mod-max"),
        config::NAME,
        config::subs::DELETE_DATA,
        vec![],
    )
    .await;
    assert_refused(&r, &render::manage_server_only(concierge::i18n::Lang::En));
    let r = slash(
        &w,
        help,
        owner,
        config::NAME,
        config::subs::DELETE_DATA,
        vec![],
    )
    .await;
    assert!(
        r.ephemeral && text_of(&r).contains("deletes **everything**"),
        "{}",
        text_of(&r)
    );
    let button = r.components[0]["components"][0]["custom_id"]
        .as_str()
        .unwrap()
        .to_string();
    // Another member pressing it changes nothing.
    let message = r.message_id.expect("the ephemeral message's id");
    let i = w.emu.click_button(help, message, w.user("alice"), &button);
    let pressed = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert_refused(&pressed, &render::owner_only(concierge::i18n::Lang::En));
    assert_eq!(w.bot.desk.store().ticket_count().await.unwrap(), 1);

    let i = w.emu.click_button(help, message, owner, &button);
    let done = w.emu.wait_for_interaction_response(&i, T).await.unwrap();
    assert!(
        text_of(&done).contains("Deleted: 1 ticket(s)"),
        "{}",
        text_of(&done)
    );
    assert_eq!(w.bot.desk.store().ticket_count().await.unwrap(), 0);
    assert!(
        !w.bot.server(guild).await.unwrap().configured,
        "its settings are gone too"
    );
    w.shutdown().await;
}
