//! REST v10: one fallback handler that records the call, applies injected faults, parses the
//! body (JSON, multipart or a form) and routes by path segments to the endpoint files. OAuth2
//! (`oauth.rs`) is served here too: `/oauth2/authorize` (outside `/api`, as on discord.com),
//! the token endpoint, and requests with `Authorization: Bearer`.

mod channels;
mod command_check;
mod components;
mod form;
mod guilds;
mod interactions;
mod misc;
mod multipart;
mod oauth;
mod threads;

use crate::{Fault, Inner};
use axum::body::Bytes;
use axum::extract::State as AxState;
use axum::http::{HeaderMap, Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
pub(crate) use command_check::LOCALES;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::SystemTime;

/// A parsed request.
pub(crate) struct Req {
    pub method: Method,
    pub segs: Vec<String>,
    pub query: String,
    pub body: Value,
    pub files: Vec<(String, String, Vec<u8>)>,
    /// The body was `application/x-www-form-urlencoded` (then `body` is an object of strings).
    pub form: bool,
    /// The `Authorization` header (empty when none).
    pub authorization: String,
}

/// A reply: status and JSON body (`Null` with 204 means no body).
pub(crate) type Reply = Result<(u16, Value), (u16, Value)>;

pub(crate) fn ok(v: Value) -> Reply {
    Ok((200, v))
}

pub(crate) fn no_content() -> Reply {
    Ok((204, Value::Null))
}

pub(crate) fn err(status: u16, code: u32, message: &str) -> Reply {
    Err((status, crate::payloads::error(code, message)))
}

pub(crate) fn unknown_channel() -> Reply {
    err(404, 10003, "Unknown Channel")
}

pub(crate) fn unknown_message() -> Reply {
    err(404, 10008, "Unknown Message")
}

pub(crate) fn bad_body(what: &str) -> Reply {
    Err((
        400,
        json!({"code": 50035, "message": "Invalid Form Body", "errors": {"_errors": [{"code": "BASE_TYPE_INVALID", "message": what}]}}),
    ))
}

/// 403 Missing Permissions (50013): the bot lacks a permission the route needs.
pub(crate) fn missing_permissions() -> Reply {
    err(403, 50013, "Missing Permissions")
}

/// 403 Missing Access (50001): the bot cannot see the channel or is not in the guild.
pub(crate) fn missing_access() -> Reply {
    err(403, 50001, "Missing Access")
}

/// Parses a snowflake segment.
pub(crate) fn id(seg: &str) -> Option<u64> {
    seg.parse().ok()
}

pub(crate) async fn handle(
    AxState(inner): AxState<Arc<Inner>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let full = uri.path().to_string();
    let browser_page = full.trim_end_matches('/') == "/oauth2/authorize";
    let Some(path) = full
        .strip_prefix("/api/v10")
        .or_else(|| full.strip_prefix("/api/v9"))
        .or_else(|| full.strip_prefix("/api"))
        .or_else(|| browser_page.then_some(full.as_str()))
    else {
        return respond(Err((404, crate::payloads::error(0, "404: Not Found"))));
    };
    let query = uri.query().unwrap_or_default().to_string();
    let shown = if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    };
    let ctype = headers
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let form = ctype.starts_with("application/x-www-form-urlencoded");
    let (json_body, files, parse_error) = if ctype.starts_with("multipart/form-data") {
        match multipart::parse(&ctype, &body) {
            Some((j, f)) => (j, f, false),
            None => (Value::Null, vec![], true),
        }
    } else if form {
        let pairs = form::decode(&String::from_utf8_lossy(&body));
        (form::to_json(pairs), vec![], false)
    } else if body.is_empty() {
        (Value::Null, vec![], false)
    } else {
        match serde_json::from_slice::<Value>(&body) {
            Ok(v) => (v, vec![], false),
            Err(_) => (Value::Null, vec![], true),
        }
    };
    let authorization = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    // OAuth2's endpoints and access tokens are not the bot's: no bot token there.
    let oauth_call =
        oauth::is_oauth_path(path) || oauth::credentials(&authorization, "Bearer").is_some();
    let required = inner.token.lock().unwrap().clone().filter(|_| !oauth_call);
    if let Some(token) = required {
        if authorization != format!("Bot {token}") {
            record(&inner, &method, &shown, &json_body, &files, 401);
            return respond(Err((401, crate::payloads::error(0, "401: Unauthorized"))));
        }
    }
    let fault = inner.take_fault(method.as_str(), path);
    match fault {
        Some(Fault::Fail {
            status,
            retry_after,
        }) => {
            record(&inner, &method, &shown, &json_body, &files, status);
            return fault_response(status, retry_after);
        }
        Some(Fault::Delay(d)) => tokio::time::sleep(d).await,
        None => {}
    }
    let reply = if parse_error {
        bad_body("the body is not valid JSON or multipart")
    } else {
        let req = Req {
            method: method.clone(),
            segs: path
                .split('/')
                .filter(|s| !s.is_empty())
                .map(percent_decode)
                .collect(),
            query,
            body: json_body.clone(),
            files: files.clone(),
            form,
            authorization,
        };
        route(&inner, &req)
    };
    let status = match &reply {
        Ok((s, _)) | Err((s, _)) => *s,
    };
    record(&inner, &method, &shown, &json_body, &files, status);
    respond(reply)
}

fn record(
    inner: &Inner,
    method: &Method,
    path: &str,
    body: &Value,
    files: &[(String, String, Vec<u8>)],
    status: u16,
) {
    inner
        .state
        .lock()
        .unwrap()
        .rest_calls
        .push(crate::RestCall {
            method: method.to_string(),
            path: path.to_string(),
            body: body.clone(),
            files: files.to_vec(),
            status,
            at: SystemTime::now(),
        });
}

fn fault_response(status: u16, retry_after: f64) -> Response {
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if status == 429 {
        let body = json!({"message": "You are being rate limited.", "retry_after": retry_after, "global": false});
        let mut r = (code, axum::Json(body)).into_response();
        let h = r.headers_mut();
        let ra = retry_after.to_string();
        h.insert("retry-after", ra.parse().unwrap());
        h.insert("x-ratelimit-limit", "1".parse().unwrap());
        h.insert("x-ratelimit-remaining", "0".parse().unwrap());
        h.insert("x-ratelimit-reset-after", ra.parse().unwrap());
        h.insert("x-ratelimit-bucket", "emulator".parse().unwrap());
        h.insert("x-ratelimit-scope", "user".parse().unwrap());
        return r;
    }
    (
        code,
        axum::Json(json!({"code": 0, "message": "500: Internal Server Error"})),
    )
        .into_response()
}

fn respond(reply: Reply) -> Response {
    let (status, body) = match reply {
        Ok(x) | Err(x) => x,
    };
    let code = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    if status == 204 {
        return code.into_response();
    }
    if status == 302 {
        let to = body["location"].as_str().unwrap_or("/").to_string();
        return (code, [(axum::http::header::LOCATION, to)]).into_response();
    }
    (code, axum::Json(body)).into_response()
}

fn route(inner: &Inner, req: &Req) -> Reply {
    let segs: Vec<&str> = req.segs.iter().map(String::as_str).collect();
    if let Some(token) = oauth::credentials(&req.authorization, "Bearer") {
        return oauth::bearer(inner, req, &segs, token);
    }
    match segs.first().copied() {
        Some("oauth2") if matches!(segs.get(1), Some(&"authorize") | Some(&"token")) => {
            oauth::route(inner, req, &segs)
        }
        Some("gateway") | Some("users") | Some("oauth2") | Some("applications") => {
            misc::route(inner, req, &segs)
        }
        Some("guilds") => guilds::route(inner, req, &segs),
        Some("channels")
            if segs
                .get(1)
                .and_then(|c| id(c))
                .is_some_and(|c| !inner.state.lock().unwrap().bot_sees(c)) =>
        {
            missing_access()
        }
        Some("channels") if segs.get(2) == Some(&"permissions") => {
            guilds::channel_permission(inner, req, &segs)
        }
        Some("channels") => match segs.get(2).copied() {
            Some("threads") | Some("thread-members") => threads::route(inner, req, &segs),
            Some("messages") if segs.get(4) == Some(&"threads") => {
                threads::route(inner, req, &segs)
            }
            _ => channels::route(inner, req, &segs),
        },
        Some("interactions") | Some("webhooks") => interactions::route(inner, req, &segs),
        _ => err(404, 0, "404: Not Found"),
    }
}

/// Decodes `%XX` escapes (emoji in reaction paths).
pub(crate) fn percent_decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        // Two hex digits (checked as bytes: slicing the str could split a character).
        if b[i] == b'%' && i + 2 < b.len() {
            let digit = |c: u8| {
                char::from(c)
                    .to_digit(16)
                    .and_then(|d| u8::try_from(d).ok())
            };
            if let (Some(h), Some(l)) = (digit(b[i + 1]), digit(b[i + 2])) {
                out.push(h * 16 + l);
                i += 3;
                continue;
            }
        }
        out.push(b[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The test API's reactions: the same path as REST, errors as text.
pub(crate) fn react_public(
    inner: &Inner,
    c: u64,
    m: u64,
    user: u64,
    emoji: &str,
    add: bool,
) -> Result<(), String> {
    match channels::react(inner, c, m, user, emoji, add) {
        Ok(_) => Ok(()),
        Err((status, body)) => Err(format!(
            "{status}: {}",
            body["message"].as_str().unwrap_or_default()
        )),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn decodes_emoji() {
        assert_eq!(super::percent_decode("%F0%9F%91%8D"), "👍");
        assert_eq!(super::percent_decode("name%3A123"), "name:123");
        assert_eq!(super::percent_decode("@me"), "@me");
        // Not two hex digits: kept as is (and never a panic on a split character).
        assert_eq!(super::percent_decode("%aé%+1%4"), "%aé%+1%4");
    }
}
