//! The dashboard over real HTTP on loopback, beside the real bot on the emulator: one-time
//! link logins (single use, short-lived), sessions (cookie flags, expiry, sign-out with its
//! CSRF token), who may see which server (roles asked of Discord, another server refused),
//! the security headers, and the overview's figures.

mod discord;
mod web;

use discord::*;
use web::{discord_login, link, link_login, Browser, SESSION};

#[tokio::test]
async fn a_login_link_signs_in_once_and_the_session_ends_on_sign_out() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();
    let mut b = Browser::new(addr);

    // Not signed in: to the login page, which says why.
    let page = b.get(&format!("/g/{guild}")).await;
    assert_eq!(page.status, 303);
    assert_eq!(page.location(), "/login?m=signin");
    let login = b.get("/login?m=signin").await;
    assert!(login.body.contains("Sign in to see"), "{}", login.body);
    assert!(login.body.contains("concierge dashboard link --guild ID"));

    // The link: its page does not spend it, its form does, once.
    let token = link(&w, guild).await;
    b.get(&format!("/login/link/{token}")).await;
    b.get(&format!("/login/link/{token}")).await;
    let signed = b.post(&format!("/login/link/{token}"), &[]).await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    let cookie = signed.set_cookie();
    assert!(cookie.starts_with("concierge_session="), "{cookie}");
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(flag), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    let again = Browser::new(addr)
        .post(&format!("/login/link/{token}"), &[])
        .await;
    assert_eq!(again.status, 400, "single use");
    assert!(
        again.body.contains("already used or expired"),
        "{}",
        again.body
    );

    // Home goes straight to the one server; the overview shows, with the person and access.
    assert_eq!(b.get("/").await.location(), format!("/g/{guild}"));
    let overview = b.get(&format!("/g/{guild}")).await;
    assert_eq!(overview.status, 200, "{}", overview.body);
    assert!(overview.body.contains("Concierge Sandbox"));
    assert!(overview.body.contains("local administrator"));
    assert!(overview.body.contains(">manager<"));

    // Sign-out needs the page's CSRF token.
    let forged = b.post("/logout", &[("csrf", "not-the-token")]).await;
    assert_eq!(forged.status, 403);
    let missing = b.post("/logout", &[]).await;
    assert_eq!(missing.status, 403);
    assert_eq!(
        b.get(&format!("/g/{guild}")).await.status,
        200,
        "still signed in"
    );
    let old = b.cookie(SESSION).unwrap().to_string();
    let out = b.post("/logout", &[("csrf", &overview.csrf())]).await;
    assert_eq!(out.status, 303);
    assert_eq!(out.location(), "/login?m=signed_out");
    assert!(out.set_cookie().contains("Max-Age=0"));
    // The old cookie, kept by someone, is dead.
    b.set(SESSION, &old);
    assert_eq!(
        b.get(&format!("/g/{guild}")).await.location(),
        "/login?m=expired"
    );
}

#[tokio::test]
async fn links_and_sessions_expire() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();

    let token = link(&w, guild).await;
    w.clock.advance(chrono::Duration::minutes(16));
    let late = Browser::new(addr)
        .post(&format!("/login/link/{token}"), &[])
        .await;
    assert_eq!(late.status, 400, "the link waited too long");

    let mut b = Browser::new(addr);
    link_login(&w, &mut b, guild).await;
    assert_eq!(b.get(&format!("/g/{guild}")).await.status, 200);
    w.clock.advance(chrono::Duration::hours(13));
    assert_eq!(
        b.get(&format!("/g/{guild}")).await.location(),
        "/login?m=expired"
    );
    let page = b.get("/login?m=expired").await;
    assert!(page.body.contains("Your session has ended"));

    // A forged cookie is no session.
    let mut forged = Browser::new(addr);
    forged.set(SESSION, &"0".repeat(64));
    assert_eq!(forged.get("/").await.location(), "/login?m=expired");
}

#[tokio::test]
async fn no_page_shows_another_servers_data() {
    let w = world_with(|s| s.with_second_server()).await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let [first, second] = w.servers()[..] else {
        panic!("two servers")
    };
    let mut b = Browser::new(addr);
    link_login(&w, &mut b, first).await;
    for path in [
        format!("/g/{second}"),
        format!("/g/{second}?days=7"),
        "/g/12345".to_string(),
        "/g/not-a-number".to_string(),
    ] {
        let page = b.get(&path).await;
        assert_eq!(page.status, 404, "{path}: {}", page.body);
        assert!(!page.body.contains("Second Server"), "{path}");
    }
    assert_eq!(b.get("/no/such/page").await.status, 404);
}

#[tokio::test]
async fn discord_logins_see_what_their_roles_allow() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();

    // A member without a support role is refused, saying why.
    let mut alice = Browser::new(addr);
    discord_login(&w, &mut alice, "alice").await;
    let page = alice.get(&format!("/g/{guild}")).await;
    assert_eq!(page.status, 403, "{}", page.body);
    assert!(page.body.contains("not one of its agents"), "{}", page.body);
    let home = alice.get("/").await;
    assert!(home.body.contains("None of your servers"), "{}", home.body);

    // An agent (tier role) and a moderator, as Discord says.
    for (name, access) in [("agent-ann", "agent"), ("mod-max", "moderator")] {
        let mut b = Browser::new(addr);
        discord_login(&w, &mut b, name).await;
        assert_eq!(b.get("/").await.location(), format!("/g/{guild}"), "{name}");
        let page = b.get(&format!("/g/{guild}")).await;
        assert_eq!(page.status, 200, "{name}: {}", page.body);
        assert!(page.body.contains(&format!(">{access}<")), "{name}");
    }

    // Roles are Discord's now, not the browser's: a role taken away is seen within the minute
    // the dashboard trusts its answer.
    let mut ann = Browser::new(addr);
    discord_login(&w, &mut ann, "agent-ann").await;
    assert_eq!(ann.get(&format!("/g/{guild}")).await.status, 200);
    w.emu
        .set_guild_member_roles(guild, w.user("agent-ann"), &[]);
    assert_eq!(
        ann.get(&format!("/g/{guild}")).await.status,
        200,
        "trusted for a minute"
    );
    w.clock.advance(chrono::Duration::seconds(61));
    assert_eq!(ann.get(&format!("/g/{guild}")).await.status, 403);
}

#[tokio::test]
async fn pages_carry_the_security_headers_and_https_cookies_are_secure() {
    let w = world().await;
    let (addr, _) = w
        .serve_dashboard(0, None, Some("https://support.example.org".into()))
        .await
        .unwrap();
    let guild = w.emu.guild_id();
    let mut b = Browser::new(addr);
    let signed = link_login(&w, &mut b, guild).await;
    assert!(
        signed.set_cookie().contains("; Secure"),
        "{}",
        signed.set_cookie()
    );
    let page = b.get(&format!("/g/{guild}")).await;
    let h = |n: &str| {
        page.headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    assert!(h("content-security-policy").contains("default-src 'self'"));
    assert!(h("content-security-policy").contains("frame-ancestors 'none'"));
    assert_eq!(h("x-frame-options"), "DENY");
    assert_eq!(h("referrer-policy"), "no-referrer");
    assert_eq!(h("cache-control"), "no-store");
    let css = b.get("/assets/style.css").await;
    assert_eq!(css.status, 200);
    assert!(css.body.contains("prefers-color-scheme: dark"));
}

#[tokio::test]
async fn the_overview_shows_the_periods_figures() {
    let w = world().await;
    let (addr, _) = w.serve_dashboard(0, None, None).await.unwrap();
    let guild = w.emu.guild_id();

    // A question answered, two tickets: one answered, rated 5 and closed; one still open.
    ask(&w, "alice", "how do I reset my password?").await;
    answered_and_rated(
        &w,
        "carol",
        "printer on fire",
        "On it: unplug it first.",
        "5️⃣",
    )
    .await;
    open_ticket(&w, "bob", "cannot log in").await;
    w.settle(T).await;

    let mut b = Browser::new(addr);
    link_login(&w, &mut b, guild).await;
    let page = b.get(&format!("/g/{guild}?days=7")).await;
    assert_eq!(page.status, 200, "{}", page.body);
    let body = &page.body;
    assert!(
        body.contains("Tickets opened</div><div class=\"value\">2<"),
        "{body}"
    );
    assert!(body.contains("1 closed"), "{body}");
    assert!(
        body.contains("Backlog</div><div class=\"value\">1<"),
        "{body}"
    );
    assert!(body.contains("1 auto-answers"), "{body}");
    assert!(body.contains("5.00 ★"), "CSAT: {body}");
    assert!(body.contains("5 ★: 1"), "the distribution: {body}");
    assert!(
        body.contains("<svg class=\"chart\""),
        "charts are inline SVG"
    );
    assert!(body.contains("agent-ann"), "the agents' table: {body}");
    assert!(body.contains("aria-current=\"true\">last 7 days"), "{body}");

    let bad = b.get(&format!("/g/{guild}?days=abc")).await;
    assert_eq!(bad.status, 400);
    assert!(
        bad.body
            .contains("`days=abc` is not a whole number of days"),
        "{}",
        bad.body
    );
}
