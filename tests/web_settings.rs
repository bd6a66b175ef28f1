//! The dashboard's settings, categories and audit pages over real HTTP beside the real bot:
//! a manager changes settings with `/config`'s validation (every problem named, nothing
//! written then) and audit; moderators read but may not change; forms need their CSRF token.

mod discord;
mod web;

use concierge::tickets::GuildId;
use discord::*;
use web::{discord_login, link_login, Browser};

/// How many setting changes the server's audit holds.
async fn audited(w: &concierge::sandbox::world::World, guild: u64) -> usize {
    w.bot
        .desk
        .settings_audit(GuildId(guild), 100)
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn a_manager_changes_settings_with_validation_and_audit() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let path = format!("/g/{guild}/settings");
    let mut b = Browser::new(addr);
    link_login(&w, &mut b, guild).await;

    let page = b.get(&path).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("max_open_tickets"));
    assert!(
        page.body.contains("@tier-1"),
        "role ids are named: {}",
        page.body
    );
    assert!(page.body.contains("#help"), "channel ids are named");
    let csrf = page.csrf();
    let before = audited(&w, guild).await;

    // Two bad values: both named, nothing written.
    let bad = b
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("max_open_tickets", "0"),
                ("business_timezone", "Mars/Olympus"),
            ],
        )
        .await;
    assert_eq!(bad.status, 422, "{}", bad.body);
    assert!(
        bad.body.contains("2 setting(s) need fixing"),
        "{}",
        bad.body
    );
    assert!(bad.body.contains("from 1 to"), "{}", bad.body);
    assert!(bad.body.contains("Mars/Olympus"), "the typed value is kept");
    let server = w.bot.desk.server(GuildId(guild)).await.unwrap();
    assert_ne!(server.settings.max_open_tickets, 0);
    assert_eq!(audited(&w, guild).await, before);

    // Good values: saved, audited as the dashboard's, used by the desk at once.
    let ok = b
        .post(
            &path,
            &[
                ("csrf", &csrf),
                ("max_open_tickets", "5"),
                ("sla_first_response_minutes", "50"),
            ],
        )
        .await;
    assert_eq!(ok.status, 303, "{}", ok.body);
    assert_eq!(ok.location(), format!("{path}?saved=2"));
    assert!(b
        .get(ok.location())
        .await
        .body
        .contains("2 settings saved."));
    let server = w.bot.desk.server(GuildId(guild)).await.unwrap();
    assert_eq!(server.settings.max_open_tickets, 5);
    assert_eq!(server.settings.sla_normal_minutes, 50);
    let audit = w
        .bot
        .desk
        .settings_audit(GuildId(guild), 100)
        .await
        .unwrap();
    assert_eq!(audit.len(), before + 2);
    assert!(audit[..2]
        .iter()
        .all(|a| a.source.as_str() == "dashboard" && a.actor.is_none()));

    // Sending the page unchanged changes nothing (and audits nothing).
    let same = b.get(&path).await;
    let mut fields: Vec<(String, String)> = concierge::settings::KEYS
        .iter()
        .map(|k| (k.name.to_string(), String::new()))
        .collect();
    for (name, value) in fields.iter_mut() {
        let marker = format!("name=\"{name}\" value=\"");
        let at = same.body.find(&marker).expect(name) + marker.len();
        *value = same.body[at..at + same.body[at..].find('"').unwrap()].to_string();
    }
    let mut form: Vec<(&str, &str)> = fields
        .iter()
        .map(|(n, v)| (n.as_str(), v.as_str()))
        .collect();
    let csrf = same.csrf();
    form.push(("csrf", &csrf));
    let unchanged = b.post(&path, &form).await;
    assert_eq!(unchanged.location(), format!("{path}?saved=0"));
    assert_eq!(audited(&w, guild).await, before + 2);

    // The audit log shows the changes.
    let log = b.get(&format!("/g/{guild}/audit")).await;
    assert_eq!(log.status, 200);
    assert!(log.body.contains("max_open_tickets"), "{}", log.body);
    assert!(log.body.contains(">dashboard<"));
    assert!(log.body.contains("the operator"));

    // A form without the session's token is refused.
    let forged = b.post(&path, &[("max_open_tickets", "7")]).await;
    assert_eq!(forged.status, 403);
    let server = w.bot.desk.server(GuildId(guild)).await.unwrap();
    assert_eq!(server.settings.max_open_tickets, 5);
}

#[tokio::test]
async fn moderators_read_settings_but_may_not_change_them() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let path = format!("/g/{guild}/settings");
    let mut b = Browser::new(addr);
    discord_login(&w, &mut b, "mod-max").await;
    let page = b.get(&path).await;
    assert_eq!(page.status, 200);
    assert!(page
        .body
        .contains("Only members with Manage Server may change these."));
    assert!(page.body.contains("disabled"));
    assert!(!page.body.contains("Save changes"));
    let refused = b
        .post(&path, &[("csrf", &page.csrf()), ("max_open_tickets", "7")])
        .await;
    assert_eq!(refused.status, 403, "{}", refused.body);
    assert!(refused.body.contains("Only members with Manage Server"));
    let server = w.bot.desk.server(GuildId(guild)).await.unwrap();
    assert_ne!(server.settings.max_open_tickets, 7);
}

#[tokio::test]
async fn the_categories_page_lists_each_category_with_its_team_and_form() {
    let w = world_with(|s| s.with_demo_desk()).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let mut b = Browser::new(addr);
    discord_login(&w, &mut b, "agent-ann").await;
    let page = b.get(&format!("/g/{guild}/categories")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("Billing"), "{}", page.body);
    assert!(page.body.contains("Technical"));
    assert!(page.body.contains("@billing"), "the team role by name");
    assert!(page.body.contains("/category add|edit|remove"));
}
