//! Gateway discovery, the current user and application, application commands, guild
//! lookups (member, roles, channels) and DM channels.

use super::{bad_body, err, id, ok, Reply, Req};
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
        (["guilds", g, rest @ ..], &Method::GET) => guild(inner, g, rest),
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

fn guild(inner: &Inner, g: &str, rest: &[&str]) -> Reply {
    let s = inner.state.lock().unwrap();
    if id(g) != Some(s.guild_id) {
        return err(404, 10004, "Unknown Guild");
    }
    match rest {
        [] => {
            let mut v = payloads::guild(&s);
            let o = v.as_object_mut().unwrap();
            for k in [
                "members",
                "channels",
                "threads",
                "presences",
                "voice_states",
                "joined_at",
                "large",
                "member_count",
            ] {
                o.remove(k);
            }
            ok(v)
        }
        ["roles"] => ok(s.roles.iter().map(|r| payloads::role(&s, r)).collect()),
        ["channels"] => ok(s
            .channels
            .values()
            .filter(|c| c.guild_id == Some(s.guild_id) && !c.is_thread())
            .map(|c| payloads::channel(&s, c))
            .collect()),
        ["threads", "active"] => ok(json!({
            "threads": s.channels.values().filter(|c| c.is_thread() && !c.archived).map(|c| payloads::channel(&s, c)).collect::<Vec<_>>(),
            "members": [],
        })),
        ["members", u] => match id(u).filter(|u| s.members.contains_key(u)) {
            Some(u) => ok(payloads::member(&s, u)),
            None => err(404, 10007, "Unknown Member"),
        },
        ["members"] => ok(s.members.keys().map(|u| payloads::member(&s, *u)).collect()),
        _ => err(404, 0, "404: Not Found"),
    }
}

/// Gives a command body the fields Discord adds (id, application_id, version, ...).
fn normalise(
    s: &mut State,
    mut cmd: Value,
    guild: Option<u64>,
    existing: &[Value],
) -> Result<Value, (u16, Value)> {
    let Some(name) = cmd["name"].as_str().map(str::to_string) else {
        return Err(bad_body("name: This field is required").unwrap_err());
    };
    // As Discord: a user or message command (types 2, 3) has no description and no options.
    let kind = cmd["type"].as_u64().unwrap_or(1);
    if kind == 2 || kind == 3 {
        if cmd["description"].as_str().is_some_and(|d| !d.is_empty()) {
            return Err(
                bad_body("description: must be empty for user and message commands").unwrap_err(),
            );
        }
        if cmd["options"].as_array().is_some_and(|o| !o.is_empty()) {
            return Err(
                bad_body("options: user and message commands take no options").unwrap_err(),
            );
        }
    }
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
    let guild = match guild {
        Some(g) if id(g) == Some(s.guild_id) => Some(s.guild_id),
        Some(_) => return err(403, 50001, "Missing Access"),
        None => None,
    };
    let list = |s: &State| {
        if guild.is_some() {
            s.guild_commands.clone()
        } else {
            s.global_commands.clone()
        }
    };
    let store = |s: &mut State, v: Vec<Value>| {
        if guild.is_some() {
            s.guild_commands = v;
        } else {
            s.global_commands = v;
        }
    };
    match (rest, &req.method) {
        ([], &Method::GET) => ok(Value::Array(list(&s))),
        ([], &Method::PUT) => {
            let Some(items) = req.body.as_array() else {
                return bad_body("expected an array of commands");
            };
            let existing = list(&s);
            let mut out = Vec::new();
            for c in items {
                out.push(normalise(&mut s, c.clone(), guild, &existing)?);
            }
            store(&mut s, out.clone());
            ok(Value::Array(out))
        }
        ([], &Method::POST) => {
            let mut all = list(&s);
            let cmd = normalise(&mut s, req.body.clone(), guild, &all)?;
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
