//! The `web_*` tests' browser: an HTTP client on loopback that keeps the dashboard's session
//! cookie as a browser does, follows no redirect by itself (a test sees each one), and reads
//! the CSRF token out of a page's forms.
#![allow(dead_code)]

use concierge::clock::Clock;
use concierge::sandbox::world::World;
use concierge::tickets::{GuildId, UserId};
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use std::net::SocketAddr;

/// One response: its status, headers and body.
pub struct Page {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Page {
    /// Where a redirect points.
    pub fn location(&self) -> &str {
        self.headers
            .get(LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The `Set-Cookie` header, if any.
    pub fn set_cookie(&self) -> &str {
        self.headers
            .get(SET_COOKIE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The value of the first `name="csrf"` hidden field on the page.
    pub fn csrf(&self) -> String {
        let at = self
            .body
            .find("name=\"csrf\" value=\"")
            .expect("a form with a CSRF token");
        let rest = &self.body[at + "name=\"csrf\" value=\"".len()..];
        rest[..rest.find('"').unwrap()].to_string()
    }
}

/// A browser with a cookie jar of one cookie per name, and headers it sends with every
/// request (its `Accept-Language`, say).
pub struct Browser {
    pub base: String,
    client: reqwest::Client,
    cookies: Vec<(String, String)>,
    headers: Vec<(String, String)>,
}

impl Browser {
    pub fn new(addr: SocketAddr) -> Browser {
        Browser {
            base: format!("http://{addr}"),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: Vec::new(),
            headers: Vec::new(),
        }
    }

    /// A browser that asks for pages in these languages (an `Accept-Language` header).
    pub fn speaking(addr: SocketAddr, accept_language: &str) -> Browser {
        let mut b = Browser::new(addr);
        b.header("accept-language", accept_language);
        b
    }

    /// Sends header `name` with every request from now on (an empty value: no more).
    pub fn header(&mut self, name: &str, value: &str) {
        self.headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
        if !value.is_empty() {
            self.headers.push((name.to_string(), value.to_string()));
        }
    }

    /// The value of a cookie the browser holds.
    pub fn cookie(&self, name: &str) -> Option<&str> {
        self.cookies
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// Sets a cookie by hand (as a forged or copied one would be).
    pub fn set(&mut self, name: &str, value: &str) {
        self.cookies.retain(|(n, _)| n != name);
        if !value.is_empty() {
            self.cookies.push((name.to_string(), value.to_string()));
        }
    }

    async fn send(&mut self, req: reqwest::RequestBuilder) -> Page {
        let jar: Vec<String> = self
            .cookies
            .iter()
            .map(|(n, v)| format!("{n}={v}"))
            .collect();
        let mut req = if jar.is_empty() {
            req
        } else {
            req.header(COOKIE, jar.join("; "))
        };
        for (name, value) in &self.headers {
            req = req.header(name.as_str(), value.as_str());
        }
        let res = req.send().await.expect("the dashboard answers");
        for c in res.headers().get_all(SET_COOKIE) {
            let c = c.to_str().unwrap();
            let (kv, attrs) = c.split_once(';').unwrap_or((c, ""));
            let (n, v) = kv.split_once('=').unwrap();
            let deleted = attrs.contains("Max-Age=0");
            self.set(n, if deleted { "" } else { v });
        }
        Page {
            status: res.status().as_u16(),
            headers: res.headers().clone(),
            body: res.text().await.unwrap(),
        }
    }

    fn url(&self, path: &str) -> String {
        if path.starts_with("http") {
            path.to_string()
        } else {
            format!("{}{path}", self.base)
        }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let req = self.client.get(self.url(path));
        self.send(req).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let req = self.client.post(self.url(path)).form(form);
        self.send(req).await
    }
}

/// The dashboard's view of a ticket number `no` of `guild` (the path).
pub fn ticket_path(guild: u64, no: i64) -> String {
    format!("/g/{guild}/tickets/{no}")
}

pub const SESSION: &str = "concierge_session";

/// A fresh login link's token for `guild`.
pub async fn link(w: &World, guild: u64) -> String {
    w.bot
        .desk
        .create_login_link(GuildId(guild), w.clock.now(), 15)
        .await
        .unwrap()
}

/// Signs `b` in to `guild` with a fresh login link; returns the sign-in's response.
pub async fn link_login(w: &World, b: &mut Browser, guild: u64) -> Page {
    let token = link(w, guild).await;
    let page = b.get(&format!("/login/link/{token}")).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<form method=\"post\""), "{}", page.body);
    let signed = b.post(&format!("/login/link/{token}"), &[]).await;
    assert_eq!(signed.status, 303, "{}", signed.body);
    assert_eq!(signed.location(), format!("/g/{guild}"));
    signed
}

/// Signs `b` in as Discord user `name` (as the OAuth2 callback does once Discord vouched
/// for them), listing the world's servers as theirs.
pub async fn discord_login(w: &World, b: &mut Browser, name: &str) {
    let guilds = w.servers().into_iter().map(GuildId).collect();
    let (token, _) = w
        .bot
        .desk
        .sign_in(UserId(w.user(name)), name, guilds, w.clock.now())
        .await
        .unwrap();
    b.set(SESSION, &token);
}
