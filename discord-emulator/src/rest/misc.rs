//! Gateway discovery, the current user and application, application commands (global and
//! per guild) and DM channels. Guild routes are in `guilds.rs`.

use super::{bad_body, command_check, err, id, ok, Reply, Req};
use crate::payloads::{self, sid};
use crate::state::State;
use crate::Inner;
use axum::http::Method;
use serde_json::{json, Value};

pub(crate) fn route(inner: &Inner, req: &Req, segs: &[&str]) -> Reply {
    let m = &req.method;
    match (segs, m) {
        (["gateway"], &Method::GET) => ok(json!({"url": inner.ws_url()})),
        (["gateway", "bot"], &Method::GET) => ok(json!({
            "url": inner.ws_url(), "shards": 1,
            "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 86_400_000u64, "max_concurrency": 1},
        })),
        (["users", "@me"], &Method::GET) => {
            let s = inner.state.lock().unwrap();
            let mut u = payloads::user(&s, s.bot_id);
            u["verified"] = json!(true);
            u["mfa_enabled"] = json!(false);
            ok(u)
        }
        (["users", "@me", "channels"], &Method::POST) => dm_channel(inner, &req.body),
        (["users", "@me", "guilds"], &Method::GET) => {
            let s = inner.state.lock().unwrap();
            super::oauth::my_guilds(&s, s.bot_id, &req.query)
        }
        (["users", u], &Method::GET) => {
            let s = inner.state.lock().unwrap();
            match id(u).filter(|u| s.users.contains_key(u)) {
                Some(u) => ok(payloads::user(&s, u)),
                None => err(404, 10013, "Unknown User"),
            }
        }
        (["oauth2", "applications", "@me"], &Method::GET)
        | (["applications", "@me"], &Method::GET) => {
            let s = inner.state.lock().unwrap();
            ok(payloads::application(&s))
        }
        (["applications", app, "commands", rest @ ..], _) => commands(inner, app, None, rest, req),
        (["applications", app, "guilds", g, "commands", rest @ ..], _) => {
            commands(inner, app, Some(g), rest, req)
        }
        _ => err(404, 0, "404: Not Found"),
    }
}

fn dm_channel(inner: &Inner, body: &Value) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let Some(user) = body["recipient_id"]
        .as_str()
        .and_then(id)
        .or_else(|| body["recipient_id"].as_u64())
    else {
        return bad_body("recipient_id: This field is required");
    };
    if !s.users.contains_key(&user) {
        return err(404, 10013, "Unknown User");
    }
    let existing = s
        .channels
        .values()
        .find(|c| c.kind == 1 && c.members.contains(&user))
        .cloned();
    let ch = match existing {
        Some(c) => c,
        None => {
            let id = s.new_id();
            let mut c = s.blank_channel(id, 1, "", None, None);
            c.members.insert(user);
            s.channels.insert(id, c.clone());
            c
        }
    };
    ok(payloads::channel(&s, &ch))
}

/// Checks a command body as Discord does (`command_check`; the refusal under `index` for an
/// item of a bulk `PUT`) and gives it the fields Discord adds (id, application_id, version,
/// ...).
fn normalise(
    s: &mut State,
    mut cmd: Value,
    guild: Option<u64>,
    existing: &[Value],
    index: Option<usize>,
) -> Result<Value, (u16, Value)> {
    if let Err(r) = command_check::check(&cmd) {
        return Err(match index {
            Some(i) => r.under(i),
            None => r,
        }
        .reply());
    }
    let name = cmd["name"].as_str().unwrap_or_default().to_string();
    let kind = cmd["type"].as_u64().unwrap_or(1);
    let old = existing
        .iter()
        .find(|c| c["name"] == name.as_str() && c["type"].as_u64().unwrap_or(1) == kind);
    let id = old
        .map(|c| c["id"].clone())
        .unwrap_or_else(|| sid(s.new_id()));
    let o = cmd.as_object_mut().unwrap();
    o.insert("id".into(), id);
    o.insert("application_id".into(), sid(s.bot_id));
    o.insert("version".into(), sid(s.new_id()));
    o.entry("type").or_insert(json!(1));
    o.entry("description").or_insert(json!(""));
    o.entry("default_member_permissions").or_insert(Value::Null);
    o.entry("dm_permission").or_insert(json!(true));
    o.entry("nsfw").or_insert(json!(false));
    o.entry("options").or_insert(json!([]));
    if let Some(g) = guild {
        o.insert("guild_id".into(), sid(g));
    }
    Ok(cmd)
}

fn commands(inner: &Inner, app: &str, guild: Option<&str>, rest: &[&str], req: &Req) -> Reply {
    let mut s = inner.state.lock().unwrap();
    if id(app) != Some(s.bot_id) {
        return err(403, 50001, "Missing Access");
    }
    // A guild the bot is not in (or none) is Missing Access, as on Discord.
    let guild = match guild.map(|g| id(g).filter(|g| s.bot_in(*g))) {
        Some(Some(g)) => Some(g),
        Some(None) => return super::missing_access(),
        None => None,
    };
    let list = |s: &State| match guild {
        Some(g) => s.guilds[&g].commands.clone(),
        None => s.global_commands.clone(),
    };
    let store = |s: &mut State, v: Vec<Value>| match guild {
        Some(g) => s.guilds.get_mut(&g).unwrap().commands = v,
        None => s.global_commands = v,
    };
    match (rest, &req.method) {
        ([], &Method::GET) => ok(Value::Array(list(&s))),
        ([], &Method::PUT) => {
            let Some(items) = req.body.as_array() else {
                return bad_body("expected an array of commands");
            };
            let existing = list(&s);
            let mut out = Vec::new();
            for (i, c) in items.iter().enumerate() {
                out.push(normalise(&mut s, c.clone(), guild, &existing, Some(i))?);
            }
            command_check::check_set(&out).map_err(|r| r.reply())?;
            store(&mut s, out.clone());
            ok(Value::Array(out))
        }
        ([], &Method::POST) => {
            let mut all = list(&s);
            let cmd = normalise(&mut s, req.body.clone(), guild, &all, None)?;
            all.retain(|c| c["name"] != cmd["name"]);
            all.push(cmd.clone());
            store(&mut s, all);
            Ok((201, cmd))
        }
        ([c], &Method::GET) => match list(&s).into_iter().find(|x| x["id"] == *c) {
            Some(x) => ok(x),
            None => err(404, 10063, "Unknown application command"),
        },
        ([c], &Method::DELETE) => {
            let mut all = list(&s);
            let before = all.len();
            all.retain(|x| x["id"] != *c);
            if all.len() == before {
                return err(404, 10063, "Unknown application command");
            }
            store(&mut s, all);
            super::no_content()
        }
        _ => err(404, 0, "404: Not Found"),
    }
}
