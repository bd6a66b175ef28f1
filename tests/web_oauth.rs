//! "Sign in with Discord" through the emulator's OAuth2, over real HTTP on loopback: the
//! authorize redirect with its state, the callback that signs the person in with the servers
//! Discord lists, a cancelled login, a callback whose state does not match, and a person
//! whose roles give them nothing.

mod discord;
mod web;

use concierge::config::OAuthApp;
use discord::*;
use web::{Browser, SESSION};

const CLIENT_ID: u64 = 4242;
const SECRET: &str = "client-secret";

/// A world with its dashboard and the OAuth2 application registered at the emulator.
async fn setup() -> (concierge::sandbox::world::World, Browser) {
    let w = world().await;
    let app = OAuthApp {
        client_id: CLIENT_ID,
        client_secret: SECRET.into(),
    };
    let (addr, _) = w.serve_dashboard(0, Some(app), None).await.unwrap();
    let callback = format!("http://{addr}/login/discord/callback");
    w.emu.oauth_app(CLIENT_ID, SECRET, &[&callback]);
    (w, Browser::new(addr))
}

/// Starts a login and follows Discord's authorize page; returns the callback's response.
async fn through_discord(b: &mut Browser) -> web::Page {
    let start = b.get("/login/discord").await;
    assert_eq!(start.status, 303, "{}", start.body);
    let authorize = start.location().to_string();
    assert!(authorize.contains("/oauth2/authorize?"), "{authorize}");
    assert!(authorize.contains("scope=identify+guilds"), "{authorize}");
    assert!(
        b.cookie("concierge_oauth_state").is_some(),
        "the state is kept"
    );
    let at_discord = b.get(&authorize).await;
    assert_eq!(at_discord.status, 302, "{}", at_discord.body);
    let back = at_discord.location().to_string();
    assert!(back.contains("/login/discord/callback?"), "{back}");
    b.get(&back).await
}

#[tokio::test]
async fn an_agent_signs_in_with_discord_and_sees_their_server() {
    let (w, mut b) = setup().await;
    let guild = w.emu.guild_id();
    let login = b.get("/login").await;
    assert!(
        login.body.contains("Sign in with Discord"),
        "{}",
        login.body
    );

    w.emu.oauth_approve_as(w.user("agent-ann"));
    let signed = through_discord(&mut b).await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    assert_eq!(signed.location(), "/");
    assert!(b.cookie(SESSION).is_some());
    assert!(
        b.cookie("concierge_oauth_state").is_none(),
        "the state is spent"
    );
    assert_eq!(b.get("/").await.location(), format!("/g/{guild}"));
    let page = b.get(&format!("/g/{guild}")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    assert!(page.body.contains("agent-ann"), "their name in the top bar");
    assert!(page.body.contains(">agent<"));
}

#[tokio::test]
async fn a_member_without_a_support_role_sees_no_server() {
    let (w, mut b) = setup().await;
    w.emu.oauth_approve_as(w.user("alice"));
    assert_eq!(through_discord(&mut b).await.status, 303);
    let home = b.get("/").await;
    assert_eq!(home.status, 200);
    assert!(home.body.contains("None of your servers"), "{}", home.body);
    let page = b.get(&format!("/g/{}", w.emu.guild_id())).await;
    assert_eq!(page.status, 403);
}

#[tokio::test]
async fn a_cancelled_or_forged_login_signs_nobody_in() {
    let (w, mut b) = setup().await;
    w.emu.oauth_deny();
    let back = through_discord(&mut b).await;
    assert_eq!(back.status, 303);
    assert_eq!(back.location(), "/login?m=denied");
    assert!(b.cookie(SESSION).is_none());
    assert!(b.get("/login?m=denied").await.body.contains("cancelled"));

    // A callback with a state this browser did not start (a login CSRF): refused.
    w.emu.oauth_approve_as(w.user("agent-ann"));
    let start = b.get("/login/discord").await;
    let code_url = b.get(start.location()).await.location().to_string();
    let mut other = Browser::new(b.base.trim_start_matches("http://").parse().unwrap());
    let forged = other.get(&code_url).await;
    assert_eq!(forged.status, 400, "{}", forged.body);
    assert!(forged.body.contains("state does not match"));
    assert!(other.cookie(SESSION).is_none());
    // A state changed on the way back: refused too.
    let tampered = code_url.replace("state=", "state=x");
    assert_eq!(b.get(&tampered).await.status, 400);
    assert!(b.cookie(SESSION).is_none());
}

#[tokio::test]
async fn without_an_application_discord_login_is_not_offered() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let mut b = Browser::new(addr);
    let login = b.get("/login").await;
    assert!(!login.body.contains("href=\"/login/discord\""));
    assert_eq!(b.get("/login/discord").await.status, 404);
}
