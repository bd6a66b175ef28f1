//! OAuth2 over HTTP: the authorize page (`GET /oauth2/authorize`, outside `/api` as on
//! discord.com; `/api/v10/oauth2/authorize` too), the token endpoint (`POST
//! /oauth2/token`, form-encoded, client credentials as HTTP Basic or form fields, grants
//! `authorization_code` and `refresh_token`), `POST /oauth2/token/revoke`, and the routes an
//! access token opens (`Authorization: Bearer`): `GET /users/@me` (identify; email with
//! `email`), `/users/@me/guilds` (guilds), `/users/@me/guilds/{g}/member`
//! (guilds.members.read) and `/oauth2/@me`. The model is `crate::oauth`.

use super::{bad_body, form, id, ok, Reply, Req};
use crate::oauth::{Approval, Grant, Issued, TokenError, SCOPES, TOKEN_LIFETIME};
use crate::payloads::{self, sid};
use crate::state::{iso, State};
use crate::Inner;
use axum::http::Method;
use serde_json::{json, Value};
use std::time::{SystemTime, UNIX_EPOCH};

/// What Discord puts in the redirect when the user presses Cancel.
const DENIED: &str = "The resource owner or authorization server denied the request";

/// The credentials of `Authorization: <scheme> <credentials>` (the scheme in any case).
pub(crate) fn credentials<'a>(authorization: &'a str, scheme: &str) -> Option<&'a str> {
    let (s, rest) = authorization.split_once(' ')?;
    s.eq_ignore_ascii_case(scheme).then(|| rest.trim())
}

/// Whether a path (after `/api/v10`) is an OAuth2 endpoint that takes no bot token.
pub(crate) fn is_oauth_path(path: &str) -> bool {
    matches!(
        path.trim_end_matches('/'),
        "/oauth2/authorize" | "/oauth2/token" | "/oauth2/token/revoke"
    )
}

/// `/oauth2/authorize`, `/oauth2/token`, `/oauth2/token/revoke`.
pub(crate) fn route(inner: &Inner, req: &Req, segs: &[&str]) -> Reply {
    match (segs, &req.method) {
        (["oauth2", "authorize"], &Method::GET) => authorize(inner, req),
        (["oauth2", "token"], &Method::POST) => token(inner, req),
        (["oauth2", "token", "revoke"], &Method::POST) => revoke(inner, req),
        _ => Err((405, payloads::error(0, "405: Method Not Allowed"))),
    }
}

/// An error of the authorize page (shown to the user, not redirected: Discord does the same
/// for an unknown client, an unregistered redirect_uri, a bad response_type or scope).
fn page_error(status: u16, error: &str, description: &str) -> Reply {
    Err((
        status,
        json!({"error": error, "error_description": description}),
    ))
}

/// A 302 to `url` (`respond` turns `location` into the header).
fn redirect(url: String) -> Reply {
    Ok((302, json!({ "location": url })))
}

/// `base` with these query parameters appended (escaped); `None` values are left out.
fn with_query(base: &str, params: &[(&str, Option<&str>)]) -> String {
    let mut url = base.to_string();
    for (k, v) in params {
        if let Some(v) = v {
            url.push(if url.contains('?') { '&' } else { '?' });
            url.push_str(k);
            url.push('=');
            url.push_str(&form::escape(v));
        }
    }
    url
}

fn authorize(inner: &Inner, req: &Req) -> Reply {
    let q = |name: &str| form::param(&req.query, name);
    let mut s = inner.state.lock().unwrap();
    let app = q("client_id")
        .and_then(|c| id(&c))
        .and_then(|c| s.oauth.apps.get(&c))
        .cloned();
    let Some(app) = app else {
        return page_error(400, "invalid_request", "Unknown Application");
    };
    let redirect_uri = q("redirect_uri").unwrap_or_default();
    if !app.redirect_uris.contains(&redirect_uri) {
        return page_error(400, "invalid_request", "Invalid OAuth2 redirect_uri");
    }
    if q("response_type").as_deref() != Some("code") {
        return page_error(
            400,
            "unsupported_response_type",
            "Only response_type=code is supported",
        );
    }
    let mut scopes: Vec<String> = Vec::new();
    for scope in q("scope").unwrap_or_default().split_whitespace() {
        if !SCOPES.contains(&scope) {
            return page_error(
                400,
                "invalid_scope",
                &format!("Invalid OAuth2 scope: {scope}"),
            );
        }
        if !scopes.iter().any(|x| x == scope) {
            scopes.push(scope.to_string());
        }
    }
    if scopes.is_empty() {
        return page_error(400, "invalid_scope", "No scope was requested");
    }
    let state = q("state");
    match s.oauth.approval {
        Approval::Nobody => page_error(
            401,
            "login_required",
            "nobody is logged in: the test calls Emulator::oauth_approve_as(user) first",
        ),
        Approval::Deny => redirect(with_query(
            &redirect_uri,
            &[
                ("error", Some("access_denied")),
                ("error_description", Some(DENIED)),
                ("state", state.as_deref()),
            ],
        )),
        Approval::As(user) => {
            let code = s
                .oauth
                .issue_code(app.client_id, user, scopes, &redirect_uri);
            redirect(with_query(
                &redirect_uri,
                &[("code", Some(&code)), ("state", state.as_deref())],
            ))
        }
    }
}

/// A field of a form body (a JSON or empty body has none: Discord reads forms only).
fn field(req: &Req, name: &str) -> Option<String> {
    if !req.form {
        return None;
    }
    req.body[name].as_str().map(str::to_string)
}

/// The client's id and secret: HTTP Basic (`base64(id:secret)`, each form-encoded as RFC
/// 6749 says) or else the `client_id` and `client_secret` fields.
fn client_credentials(req: &Req) -> Option<(String, String)> {
    if let Some(b64) = credentials(&req.authorization, "Basic") {
        let raw = String::from_utf8(form::base64_decode(b64)?).ok()?;
        let (id, secret) = raw.split_once(':')?;
        return Some((form::unescape(id), form::unescape(secret)));
    }
    Some((field(req, "client_id")?, field(req, "client_secret")?))
}

fn token_error(e: TokenError) -> Reply {
    let (status, body) = match e {
        TokenError::InvalidClient => (401, json!({"error": "invalid_client"})),
        TokenError::InvalidGrant(d) => (
            400,
            json!({"error": "invalid_grant", "error_description": d}),
        ),
        TokenError::InvalidRequest(d) => (
            400,
            json!({"error": "invalid_request", "error_description": d}),
        ),
        TokenError::UnsupportedGrantType(d) => (
            400,
            json!({"error": "unsupported_grant_type", "error_description": d}),
        ),
    };
    Err((status, body))
}

fn required(req: &Req, name: &str) -> Result<String, TokenError> {
    field(req, name)
        .filter(|v| !v.is_empty())
        .ok_or_else(|| TokenError::InvalidRequest(format!("Missing \"{name}\" in request.")))
}

fn authenticated(s: &State, req: &Req) -> Result<u64, TokenError> {
    let (client_id, secret) = client_credentials(req).ok_or(TokenError::InvalidClient)?;
    s.oauth.authenticate(&client_id, &secret)
}

fn token(inner: &Inner, req: &Req) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let issued =
        authenticated(&s, req).and_then(|client| match field(req, "grant_type").as_deref() {
            Some("authorization_code") => {
                let code = required(req, "code")?;
                let redirect_uri = required(req, "redirect_uri")?;
                s.oauth.exchange(client, &code, &redirect_uri)
            }
            Some("refresh_token") => {
                let refresh_token = required(req, "refresh_token")?;
                s.oauth.refresh(client, &refresh_token)
            }
            other => Err(TokenError::UnsupportedGrantType(format!(
                "Grant type {} is not supported",
                other.unwrap_or("None")
            ))),
        });
    match issued {
        Ok(Issued {
            access_token,
            refresh_token,
            scopes,
        }) => ok(json!({
            "access_token": access_token,
            "token_type": "Bearer",
            "expires_in": TOKEN_LIFETIME.as_secs(),
            "refresh_token": refresh_token,
            "scope": scopes.join(" "),
        })),
        Err(e) => token_error(e),
    }
}

fn revoke(inner: &Inner, req: &Req) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let outcome = authenticated(&s, req).and_then(|client| {
        let token = required(req, "token")?;
        s.oauth.revoke(client, &token);
        Ok(())
    });
    match outcome {
        Ok(()) => ok(json!({})),
        Err(e) => token_error(e),
    }
}

fn unauthorized() -> Reply {
    Err((401, payloads::error(0, "401: Unauthorized")))
}

/// A request with `Authorization: Bearer <access token>`: the routes its scopes open; an
/// unknown, expired or revoked token, a missing scope or a route OAuth2 does not open is 401.
pub(crate) fn bearer(inner: &Inner, req: &Req, segs: &[&str], token: &str) -> Reply {
    let s = inner.state.lock().unwrap();
    let Some(g) = s.oauth.bearer(token).cloned() else {
        return unauthorized();
    };
    match (segs, &req.method) {
        (["users", "@me"], &Method::GET) if g.has("identify") => ok(current_user(&s, &g)),
        (["users", "@me", "guilds"], &Method::GET) if g.has("guilds") => {
            my_guilds(&s, g.user, &req.query)
        }
        (["users", "@me", "guilds", guild, "member"], &Method::GET)
            if g.has("guilds.members.read") =>
        {
            match id(guild).filter(|guild| s.member(*guild, g.user).is_some()) {
                Some(guild) => {
                    let mut m = payloads::member(&s, guild, g.user);
                    m["banner"] = Value::Null;
                    ok(m)
                }
                None => super::err(404, 10004, "Unknown Guild"),
            }
        }
        (["oauth2", "@me"], &Method::GET) => ok(authorization(&s, &g)),
        _ => unauthorized(),
    }
}

/// `GET /users/@me` for the user who approved: a user with the private fields
/// (`UserPIIResponse`; `locale` the user's); `email` (`<name>@example.com`) and `verified` with the email scope.
fn current_user(s: &State, g: &Grant) -> Value {
    let mut u = payloads::user(s, g.user);
    u["mfa_enabled"] = json!(false);
    u["locale"] = json!(s
        .users
        .get(&g.user)
        .map_or(crate::state::DEFAULT_LOCALE, |u| u.locale.as_str()));
    u["premium_type"] = json!(0);
    u["banner"] = Value::Null;
    u["accent_color"] = Value::Null;
    if g.has("email") {
        let name: String = s.users.get(&g.user).map_or_else(
            || g.user.to_string(),
            |u| {
                u.name
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() {
                            c.to_ascii_lowercase()
                        } else {
                            '.'
                        }
                    })
                    .collect()
            },
        );
        u["email"] = json!(format!("{name}@example.com"));
        u["verified"] = json!(true);
    }
    u
}

/// `GET /oauth2/@me`: the application, the scopes, when the token expires, the user
/// (with identify).
fn authorization(s: &State, g: &Grant) -> Value {
    let mut app = payloads::application(s);
    app["id"] = sid(g.client_id);
    let left = TOKEN_LIFETIME.saturating_sub(s.oauth.now().duration_since(g.issued));
    let at = (SystemTime::now() + left)
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    let expires = iso(
        i64::try_from(at.as_secs()).unwrap_or(i64::MAX),
        at.subsec_millis(),
    );
    let mut v = json!({"application": app, "scopes": g.scopes, "expires": expires});
    if g.has("identify") {
        v["user"] = payloads::user(s, g.user);
    }
    v
}

/// A snowflake query parameter: `Ok(None)` when absent, `Err` when not a snowflake.
fn snowflake_param(query: &str, name: &str) -> Result<Option<u64>, Reply> {
    match form::param(query, name) {
        None => Ok(None),
        Some(v) => id(&v)
            .map(Some)
            .ok_or_else(|| bad_body(&format!("{name}: Value \"{v}\" is not snowflake."))),
    }
}

/// `GET /users/@me/guilds` for `user` (an OAuth2 user or the bot): the guilds they are a
/// member of by id, each `{id, name, icon, banner, owner, permissions, features}` with the
/// member's permissions in the guild as a string; `before`, `after`, `limit` (1-200, default
/// 200) and `with_counts` (`approximate_member_count`; presences are not emulated: 0).
pub(crate) fn my_guilds(s: &State, user: u64, query: &str) -> Reply {
    let limit = match form::param(query, "limit") {
        None => 200,
        Some(l) => match l.parse::<usize>() {
            Ok(n) if (1..=200).contains(&n) => n,
            _ => return bad_body("limit: must be between 1 and 200"),
        },
    };
    let before = match snowflake_param(query, "before") {
        Ok(v) => v,
        Err(e) => return e,
    };
    let after = match snowflake_param(query, "after") {
        Ok(v) => v,
        Err(e) => return e,
    };
    let counts = matches!(
        form::param(query, "with_counts").as_deref(),
        Some("true") | Some("True") | Some("1")
    );
    let mut guilds: Vec<_> = s
        .guilds
        .values()
        .filter(|g| g.members.contains_key(&user))
        .filter(|g| after.is_none_or(|a| g.id > a) && before.is_none_or(|b| g.id < b))
        .collect();
    if before.is_some() && after.is_none() {
        let skip = guilds.len().saturating_sub(limit);
        guilds.drain(..skip);
    } else {
        guilds.truncate(limit);
    }
    let list = guilds
        .into_iter()
        .map(|g| {
            let mut v = json!({
                "id": sid(g.id), "name": g.name, "icon": null, "banner": null,
                "owner": g.owner_id == user,
                "permissions": s.guild_permissions(g.id, user).to_string(),
                "features": [],
            });
            if counts {
                v["approximate_member_count"] = json!(g.members.len());
                v["approximate_presence_count"] = json!(0);
            }
            v
        })
        .collect();
    ok(Value::Array(list))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn redirects_append_escaped_parameters() {
        assert_eq!(
            with_query(
                "http://app/cb",
                &[("code", Some("abc")), ("state", Some("a b&c"))]
            ),
            "http://app/cb?code=abc&state=a%20b%26c"
        );
        assert_eq!(
            with_query(
                "http://app/cb?x=1",
                &[("code", Some("abc")), ("state", None)]
            ),
            "http://app/cb?x=1&code=abc"
        );
    }

    #[test]
    fn reads_authorization_schemes() {
        assert_eq!(credentials("Bearer abc", "Bearer"), Some("abc"));
        assert_eq!(credentials("bearer abc", "Bearer"), Some("abc"));
        assert_eq!(credentials("Bot abc", "Bearer"), None);
        assert_eq!(credentials("Bearer", "Bearer"), None);
        assert!(is_oauth_path("/oauth2/token"));
        assert!(is_oauth_path("/oauth2/authorize/"));
        assert!(!is_oauth_path("/oauth2/applications/@me"));
    }

    #[test]
    fn guild_lists_page_by_id() {
        use crate::guilds::NewGuild;
        let mut s = State::new(&crate::GuildSpec {
            members: vec![("alice", vec![])],
            ..Default::default()
        });
        let alice = s.user_id("alice").unwrap();
        let second = s.create_guild(&NewGuild::new("Second").owner("alice"));
        let third = s.create_guild(&NewGuild::new("Third").member("alice", &[]));
        s.create_guild(&NewGuild::new("Elsewhere"));
        let ids = |q: &str| -> Vec<String> {
            let v = my_guilds(&s, alice, q).unwrap().1;
            v.as_array()
                .unwrap()
                .iter()
                .map(|g| g["id"].as_str().unwrap().to_string())
                .collect()
        };
        let all = vec![
            s.guild_id.to_string(),
            second.to_string(),
            third.to_string(),
        ];
        assert_eq!(ids(""), all);
        assert_eq!(ids("limit=2"), all[..2]);
        assert_eq!(ids(&format!("after={}", s.guild_id)), all[1..]);
        assert_eq!(ids(&format!("before={third}&limit=1")), all[1..2]);
        let v = my_guilds(&s, alice, "with_counts=true").unwrap().1;
        assert_eq!(v[1]["owner"], true);
        assert_eq!(v[1]["permissions"], crate::permissions::ALL.to_string());
        assert_eq!(v[0]["owner"], false);
        assert_eq!(
            v[0]["permissions"],
            crate::permissions::EVERYONE_DEFAULT.to_string()
        );
        assert_eq!(v[2]["approximate_member_count"], 3, "bot, owner, alice");
        assert_eq!(my_guilds(&s, alice, "limit=0").unwrap_err().0, 400);
        assert_eq!(my_guilds(&s, alice, "after=x").unwrap_err().0, 400);
    }
}
