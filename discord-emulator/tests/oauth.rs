//! OAuth2 as a web dashboard uses it, over real HTTP on loopback: the authorize redirect,
//! the code exchange (HTTP Basic or form credentials), the refresh grant, `/users/@me` and
//! `/users/@me/guilds` with the access token, and Discord's refusals.

use discord_emulator::permissions::{ALL, EVERYONE_DEFAULT, MANAGE_GUILD, MANAGE_ROLES};
use discord_emulator::{Emulator, GuildSpec, NewGuild};
use serde_json::Value;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

const SECRET: &str = "dashboard-secret";
const CALLBACK: &str = "http://127.0.0.1:8080/auth/callback";
const FORM: (&str, &str) = ("Content-Type", "application/x-www-form-urlencoded");

/// An HTTP response as received.
struct Resp {
    status: u16,
    headers: Vec<(String, String)>,
    body: String,
}

impl Resp {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }

    /// The query parameters of the `Location` a 302 points to, and the URL before them.
    fn redirect(&self) -> (String, Vec<(String, String)>) {
        assert_eq!(self.status, 302, "{}", self.body);
        let to = self.header("location").expect("a Location header");
        let (base, query) = to.split_once('?').expect("a query string");
        let params = query
            .split('&')
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap();
                (unescape(k), unescape(v))
            })
            .collect();
        (base.to_string(), params)
    }
}

/// The `required` fields of the spec's response schema are all there.
fn assert_fields(v: &Value, schema: &str, required: &[&str]) {
    for f in required {
        assert!(v.get(f).is_some(), "{schema} requires {f}: {v:#}");
    }
}

/// `UserPIIResponse` (`GET /users/@me`).
const USER_PII: &[&str] = &[
    "id",
    "username",
    "avatar",
    "discriminator",
    "public_flags",
    "flags",
    "global_name",
    "mfa_enabled",
    "locale",
];
/// `MyGuildResponse` (`GET /users/@me/guilds`).
const MY_GUILD: &[&str] = &[
    "id",
    "name",
    "icon",
    "banner",
    "owner",
    "permissions",
    "features",
];

fn get<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// One request on a fresh connection (`Connection: close`, read to the end).
async fn request(
    emu: &Emulator,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> Resp {
    let addr = emu.api_base().trim_start_matches("http://").to_string();
    let exchange = async {
        let mut stream = TcpStream::connect(&addr).await.unwrap();
        let mut req = format!(
            "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
            body.len()
        );
        for (k, v) in headers {
            req.push_str(&format!("{k}: {v}\r\n"));
        }
        req.push_str("\r\n");
        req.push_str(body);
        stream.write_all(req.as_bytes()).await.unwrap();
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).await.unwrap();
        String::from_utf8(raw).unwrap()
    };
    let text = tokio::time::timeout(Duration::from_secs(10), exchange)
        .await
        .expect("an answer within 10 s");
    let (head, body) = text.split_once("\r\n\r\n").expect("a header block");
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers: Vec<(String, String)> = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .collect();
    assert!(
        !headers
            .iter()
            .any(|(k, v)| k.eq_ignore_ascii_case("transfer-encoding") && v.contains("chunked")),
        "this little client reads only Content-Length bodies"
    );
    Resp {
        status,
        headers,
        body: body.to_string(),
    }
}

fn escape(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn unescape(s: &str) -> String {
    let b = s.replace('+', " ").into_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            out.push(
                u8::from_str_radix(std::str::from_utf8(&b[i + 1..i + 3]).unwrap(), 16).unwrap(),
            );
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8(out).unwrap()
}

fn base64(s: &str) -> String {
    const A: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in s.as_bytes().chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (u32::from(*b) << (16 - 8 * i)));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(
                    A[usize::try_from((n >> (18 - 6 * i)) & 63).unwrap()],
                ));
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn basic(client: u64, secret: &str) -> String {
    format!("Basic {}", base64(&format!("{client}:{secret}")))
}

fn authorize_path(client: u64, scope: &str, state: &str, redirect: &str) -> String {
    format!(
        "/oauth2/authorize?response_type=code&client_id={client}&scope={}&state={}&redirect_uri={}",
        escape(scope),
        escape(state),
        escape(redirect)
    )
}

fn code_grant(code: &str, redirect: &str) -> String {
    format!(
        "grant_type=authorization_code&code={}&redirect_uri={}",
        escape(code),
        escape(redirect)
    )
}

/// A primary guild where alice is a moderator, a second guild alice owns, a third she is not in.
async fn world() -> (Emulator, u64, u64, u64) {
    let emu = Emulator::start(GuildSpec {
        name: "Support",
        roles: vec!["moderator"],
        members: vec![("alice", vec!["moderator"]), ("bob", vec![])],
        ..Default::default()
    })
    .await
    .unwrap();
    emu.set_role_permissions(emu.role_id("moderator"), MANAGE_GUILD | MANAGE_ROLES);
    let owned = emu.add_guild(NewGuild::new("Alice's").owner("alice"));
    emu.add_guild(NewGuild::new("Elsewhere").member("bob", &[]));
    let client = emu.application_id();
    emu.oauth_app(client, SECRET, &[CALLBACK]);
    let alice = emu.user_id("alice");
    (emu, alice, client, owned)
}

/// Runs authorize as the approving user and returns the code.
async fn code(emu: &Emulator, client: u64, scope: &str) -> String {
    let r = request(
        emu,
        "GET",
        &authorize_path(client, scope, "s", CALLBACK),
        &[],
        "",
    )
    .await;
    let (_, params) = r.redirect();
    get(&params, "code").expect("a code").to_string()
}

/// Exchanges a code with HTTP Basic credentials; the token response.
async fn exchange(emu: &Emulator, client: u64, code: &str) -> Value {
    let auth = basic(client, SECRET);
    let r = request(
        emu,
        "POST",
        "/api/v10/oauth2/token",
        &[FORM, ("Authorization", &auth)],
        &code_grant(code, CALLBACK),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

async fn with_bearer(emu: &Emulator, path: &str, token: &str) -> Resp {
    let auth = format!("Bearer {token}");
    request(emu, "GET", path, &[("Authorization", &auth)], "").await
}

#[tokio::test]
async fn a_dashboard_logs_in_with_discord() {
    let (emu, alice, client, owned) = world().await;
    emu.oauth_approve_as(alice);

    // The browser goes to Discord's authorize page and is sent back with a code and the state.
    let state = "xyz 123/=&é+";
    let r = request(
        &emu,
        "GET",
        &authorize_path(client, "identify guilds", state, CALLBACK),
        &[],
        "",
    )
    .await;
    let (to, params) = r.redirect();
    assert_eq!(to, CALLBACK);
    assert_eq!(
        get(&params, "state"),
        Some(state),
        "the state comes back as sent"
    );
    let code = get(&params, "code").unwrap().to_string();
    assert!(code.len() >= 20 && code.bytes().all(|b| b.is_ascii_alphanumeric()));

    // The dashboard's backend exchanges it.
    let t = exchange(&emu, client, &code).await;
    assert_eq!(t["token_type"], "Bearer");
    assert_eq!(t["expires_in"], 604_800);
    assert_eq!(t["scope"], "identify guilds");
    let token = t["access_token"].as_str().unwrap().to_string();
    assert!(!token.is_empty() && t["refresh_token"].as_str().is_some_and(|r| !r.is_empty()));

    // Who logged in.
    let me = with_bearer(&emu, "/api/v10/users/@me", &token).await;
    assert_eq!(me.status, 200, "{}", me.body);
    let me = me.json();
    assert_eq!(me["id"], alice.to_string());
    assert_eq!(me["username"], "alice");
    assert_eq!(me["global_name"], "alice");
    assert_eq!(me["discriminator"], "0");
    assert!(me["avatar"].is_null());
    assert!(
        me.get("email").is_none(),
        "no email without the email scope"
    );
    assert_fields(&me, "UserPIIResponse", USER_PII);
    let user: serenity::model::user::CurrentUser = serde_json::from_value(me).unwrap();
    assert_eq!(user.id.get(), alice);

    // Their guilds, with their permissions there.
    let guilds = with_bearer(&emu, "/api/v10/users/@me/guilds", &token).await;
    assert_eq!(guilds.status, 200, "{}", guilds.body);
    let guilds = guilds.json();
    let list = guilds.as_array().unwrap();
    assert_eq!(list.len(), 2, "not the guild alice is not in: {guilds:#}");
    for g in list {
        assert_fields(g, "MyGuildResponse", MY_GUILD);
    }
    let primary = &list[0];
    assert_eq!(primary["id"], emu.guild_id().to_string());
    assert_eq!(primary["name"], "Support");
    assert_eq!(primary["owner"], false);
    let moderator = EVERYONE_DEFAULT | MANAGE_GUILD | MANAGE_ROLES;
    assert_eq!(primary["permissions"], moderator.to_string());
    assert_eq!(emu.member_permissions(emu.guild_id(), alice), moderator);
    assert!(primary["icon"].is_null());
    assert_eq!(primary["features"], serde_json::json!([]));
    assert_eq!(list[1]["id"], owned.to_string());
    assert_eq!(list[1]["owner"], true);
    assert_eq!(list[1]["permissions"], ALL.to_string());
    let infos: Vec<serenity::model::guild::GuildInfo> =
        serde_json::from_value(guilds.clone()).unwrap();
    assert!(infos[0].permissions.manage_guild() && !infos[0].owner);

    // A code works once.
    let auth = basic(client, SECRET);
    let again = request(
        &emu,
        "POST",
        "/api/v10/oauth2/token",
        &[FORM, ("Authorization", &auth)],
        &code_grant(&code, CALLBACK),
    )
    .await;
    assert_eq!(again.status, 400);
    assert_eq!(again.json()["error"], "invalid_grant");

    // The bot's own token still gets the bot.
    let bot = request(
        &emu,
        "GET",
        "/api/v10/users/@me",
        &[("Authorization", "Bot token")],
        "",
    )
    .await;
    assert_eq!(bot.json()["id"], emu.bot_user_id().to_string());
    let bot_guilds = request(
        &emu,
        "GET",
        "/api/v10/users/@me/guilds",
        &[("Authorization", "Bot token")],
        "",
    )
    .await;
    assert_eq!(
        bot_guilds.json().as_array().unwrap().len(),
        3,
        "the bot is in every guild"
    );

    // Everything was recorded like other REST calls.
    let calls = emu.rest_calls();
    let seen = |method: &str, prefix: &str, status: u16| {
        calls
            .iter()
            .any(|c| c.method == method && c.path.starts_with(prefix) && c.status == status)
    };
    assert!(seen("GET", "/oauth2/authorize?", 302));
    assert!(seen("POST", "/oauth2/token", 200));
    assert!(seen("POST", "/oauth2/token", 400));
    assert!(seen("GET", "/users/@me/guilds", 200));
    let posted = calls.iter().find(|c| c.method == "POST").unwrap();
    assert_eq!(
        posted.body["grant_type"], "authorization_code",
        "the form, as JSON"
    );
    assert_eq!(posted.body["code"], code.as_str());
    emu.shutdown();
}

#[tokio::test]
async fn the_token_endpoint_refuses_as_discord_does() {
    let (emu, alice, client, _) = world().await;
    emu.oauth_approve_as(alice);
    let post = |headers: Vec<(&'static str, String)>, body: String| {
        let emu = emu.clone();
        async move {
            let h: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
            request(&emu, "POST", "/api/v10/oauth2/token", &h, &body).await
        }
    };
    let form = || ("Content-Type", FORM.1.to_string());

    // A wrong secret, or no credentials at all: 401 invalid_client.
    let c = code(&emu, client, "identify").await;
    let r = post(
        vec![form(), ("Authorization", basic(client, "wrong"))],
        code_grant(&c, CALLBACK),
    )
    .await;
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["error"], "invalid_client");
    let r = post(vec![form()], code_grant(&c, CALLBACK)).await;
    assert_eq!(r.status, 401);

    // Another redirect_uri than the authorize request's: invalid_grant (the code stays good).
    let r = post(
        vec![form(), ("Authorization", basic(client, SECRET))],
        code_grant(&c, "http://127.0.0.1:8080/elsewhere"),
    )
    .await;
    assert_eq!(r.status, 400);
    let body = r.json();
    assert_eq!(body["error"], "invalid_grant");
    assert!(body["error_description"]
        .as_str()
        .unwrap()
        .contains("redirect_uri"));

    // Credentials as form fields work as well as HTTP Basic.
    let fields = format!(
        "{}&client_id={client}&client_secret={SECRET}",
        code_grant(&c, CALLBACK)
    );
    let r = post(vec![form()], fields).await;
    assert_eq!(r.status, 200, "{}", r.body);
    let first = r.json();

    // A JSON body is not read (Discord takes forms only).
    let json_body = serde_json::json!({"grant_type": "authorization_code", "code": c, "redirect_uri": CALLBACK}).to_string();
    let r = post(
        vec![
            ("Content-Type", "application/json".into()),
            ("Authorization", basic(client, SECRET)),
        ],
        json_body,
    )
    .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"], "unsupported_grant_type");

    // A code expires after 10 minutes.
    let late = code(&emu, client, "identify").await;
    emu.oauth_advance_clock(Duration::from_secs(11 * 60));
    let r = post(
        vec![form(), ("Authorization", basic(client, SECRET))],
        code_grant(&late, CALLBACK),
    )
    .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.json()["error"], "invalid_grant");

    // The refresh grant: a new pair, the old access token stops working.
    let old = first["access_token"].as_str().unwrap().to_string();
    let refresh = format!(
        "grant_type=refresh_token&refresh_token={}",
        first["refresh_token"].as_str().unwrap()
    );
    let r = post(
        vec![form(), ("Authorization", basic(client, SECRET))],
        refresh.clone(),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let renewed = r.json();
    assert_eq!(renewed["scope"], "identify");
    assert_eq!(
        with_bearer(&emu, "/api/v10/users/@me", &old).await.status,
        401
    );
    let new = renewed["access_token"].as_str().unwrap();
    assert_eq!(
        with_bearer(&emu, "/api/v10/users/@me", new).await.status,
        200
    );
    let r = post(
        vec![form(), ("Authorization", basic(client, SECRET))],
        refresh,
    )
    .await;
    assert_eq!(
        r.json()["error"],
        "invalid_grant",
        "a refresh token is used once"
    );

    // Revoking ends the grant.
    let auth = basic(client, SECRET);
    let h = [FORM, ("Authorization", auth.as_str())];
    let r = request(
        &emu,
        "POST",
        "/api/v10/oauth2/token/revoke",
        &h,
        &format!("token={new}"),
    )
    .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        with_bearer(&emu, "/api/v10/users/@me", new).await.status,
        401
    );

    // An unknown grant type.
    let r = post(
        vec![form(), ("Authorization", basic(client, SECRET))],
        "grant_type=password".into(),
    )
    .await;
    assert_eq!(r.json()["error"], "unsupported_grant_type");
    emu.shutdown();
}

#[tokio::test]
async fn the_authorize_page_checks_the_request() {
    let (emu, alice, client, _) = world().await;

    // Nobody logged in yet: the test forgot oauth_approve_as.
    let ok_path = authorize_path(client, "identify", "s", CALLBACK);
    assert_eq!(request(&emu, "GET", &ok_path, &[], "").await.status, 401);
    emu.oauth_approve_as(alice);

    let refused = |path: String| {
        let emu = emu.clone();
        async move {
            let r = request(&emu, "GET", &path, &[], "").await;
            assert_eq!(r.status, 400, "{path}: {}", r.body);
            assert!(r.header("location").is_none(), "not redirected");
            r.json()["error"].as_str().unwrap().to_string()
        }
    };
    let unregistered = authorize_path(
        client,
        "identify",
        "s",
        "http://127.0.0.1:8080/auth/callback/",
    );
    assert_eq!(refused(unregistered).await, "invalid_request");
    assert_eq!(
        refused(authorize_path(client + 1, "identify", "s", CALLBACK)).await,
        "invalid_request"
    );
    assert_eq!(
        refused(authorize_path(client, "identify sudo", "s", CALLBACK)).await,
        "invalid_scope"
    );
    assert_eq!(
        refused(authorize_path(client, "", "s", CALLBACK)).await,
        "invalid_scope"
    );
    let token_flow = ok_path.replace("response_type=code", "response_type=token");
    assert_eq!(refused(token_flow).await, "unsupported_response_type");

    // The spec's authorizationUrl (under /api) is the same page.
    let r = request(&emu, "GET", &format!("/api{ok_path}"), &[], "").await;
    assert!(get(&r.redirect().1, "code").is_some());

    // The user presses Cancel.
    emu.oauth_deny();
    let r = request(
        &emu,
        "GET",
        &authorize_path(client, "identify", "st@te", CALLBACK),
        &[],
        "",
    )
    .await;
    let (to, params) = r.redirect();
    assert_eq!(to, CALLBACK);
    assert_eq!(get(&params, "error"), Some("access_denied"));
    assert_eq!(get(&params, "state"), Some("st@te"));
    assert!(get(&params, "code").is_none());
    emu.shutdown();
}

#[tokio::test]
async fn an_access_token_opens_only_what_its_scopes_allow() {
    let (emu, alice, client, _) = world().await;
    emu.oauth_approve_as(alice);
    // The bot's token is required for the bot's routes; OAuth2 needs none.
    emu.require_token("bot-token");

    let c = code(&emu, client, "identify email").await;
    let t = exchange(&emu, client, &c).await;
    let token = t["access_token"].as_str().unwrap();
    let me = with_bearer(&emu, "/api/v10/users/@me", token).await.json();
    assert_eq!(me["email"], "alice@example.com");
    assert_eq!(me["verified"], true);
    // No guilds scope: 401, as Discord answers.
    let r = with_bearer(&emu, "/api/v10/users/@me/guilds", token).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.json()["message"], "401: Unauthorized");
    // A bot route with a user's token.
    let help = format!("/api/v10/channels/{}/messages", emu.channel_id("general"));
    assert_eq!(with_bearer(&emu, &help, token).await.status, 401);
    // Unknown, and expired, tokens.
    assert_eq!(
        with_bearer(&emu, "/api/v10/users/@me", "nope").await.status,
        401
    );
    let info = with_bearer(&emu, "/api/v10/oauth2/@me", token).await.json();
    assert_fields(
        &info,
        "OAuth2GetAuthorizationResponse",
        &["application", "expires", "scopes"],
    );
    assert_eq!(info["scopes"], serde_json::json!(["identify", "email"]));
    assert_eq!(info["application"]["id"], client.to_string());
    assert_eq!(info["user"]["id"], alice.to_string());

    // A token minted by the test API; guilds only: /users/@me is closed.
    let guilds_only = emu.oauth_token(client, alice, &["guilds", "guilds.members.read"]);
    assert_eq!(
        with_bearer(&emu, "/api/v10/users/@me", &guilds_only)
            .await
            .status,
        401
    );
    let r = with_bearer(
        &emu,
        "/api/v10/users/@me/guilds?limit=1&with_counts=true",
        &guilds_only,
    )
    .await;
    let list = r.json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(
        list[0]["approximate_member_count"], 4,
        "bot, owner, alice, bob"
    );
    let member = with_bearer(
        &emu,
        &format!("/api/v10/users/@me/guilds/{}/member", emu.guild_id()),
        &guilds_only,
    )
    .await
    .json();
    let private_member = [
        "avatar",
        "banner",
        "communication_disabled_until",
        "flags",
        "joined_at",
        "nick",
        "pending",
        "premium_since",
        "roles",
        "user",
        "mute",
        "deaf",
    ];
    assert_fields(&member, "PrivateGuildMemberResponse", &private_member);
    assert_eq!(
        member["roles"],
        serde_json::json!([emu.role_id("moderator").to_string()])
    );

    // The bot's routes still need the bot's token.
    assert_eq!(
        request(&emu, "GET", "/api/v10/users/@me", &[], "")
            .await
            .status,
        401
    );
    let bot = request(
        &emu,
        "GET",
        "/api/v10/users/@me",
        &[("Authorization", "Bot bot-token")],
        "",
    )
    .await;
    assert_eq!(bot.json()["id"], emu.bot_user_id().to_string());

    // Tokens expire after 7 days.
    emu.oauth_advance_clock(Duration::from_secs(7 * 86_400 + 1));
    assert_eq!(
        with_bearer(&emu, "/api/v10/users/@me", token).await.status,
        401
    );
    emu.shutdown();
}
