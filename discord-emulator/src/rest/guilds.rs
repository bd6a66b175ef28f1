//! Guild routes, each for the guild in the path: the guild, its roles, channels, members and
//! active threads; creating a channel (MANAGE_CHANNELS) or a role (MANAGE_ROLES); a
//! channel's permission overwrites (`PUT`/`DELETE /channels/{c}/permissions/{id}`).
//! A guild that does not exist is 404 Unknown Guild, one the bot is not in 403 Missing Access.

use super::components::form_error;
use super::{err, id, missing_access, missing_permissions, no_content, ok, Reply, Req};
use crate::guilds::Overwrite;
use crate::payloads::{self, sid};
use crate::permissions::{ALL, MANAGE_CHANNELS, MANAGE_ROLES};
use crate::state::{Role, State};
use crate::Inner;
use axum::http::Method;
use serde_json::{json, Value};

/// Channel types `POST /guilds/{g}/channels` takes (the spec's `CreateGuildChannelRequest`).
const CREATABLE: [u64; 7] = [0, 2, 4, 5, 13, 14, 15];

pub(crate) fn route(inner: &Inner, req: &Req, segs: &[&str]) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let Some(g) = segs
        .get(1)
        .and_then(|g| id(g))
        .filter(|g| s.guilds.contains_key(g))
    else {
        return err(404, 10004, "Unknown Guild");
    };
    if !s.bot_in(g) {
        return missing_access();
    }
    match (&segs[2..], &req.method) {
        ([], &Method::GET) => {
            let mut v = payloads::guild(&s, g);
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
        (["roles"], &Method::GET) => ok(s.guilds[&g]
            .roles
            .iter()
            .map(|r| payloads::role(g, r))
            .collect()),
        (["roles"], &Method::POST) => create_role(inner, &mut s, g, &req.body),
        (["channels"], &Method::GET) => ok(s
            .channels
            .values()
            .filter(|c| c.guild_id == Some(g) && !c.is_thread())
            .map(|c| payloads::channel(&s, c))
            .collect()),
        (["channels"], &Method::POST) => create_channel(inner, &mut s, g, &req.body),
        (["threads", "active"], &Method::GET) => ok(json!({
            "threads": s.channels.values()
                .filter(|c| c.guild_id == Some(g) && c.is_thread() && !c.archived)
                .map(|c| payloads::channel(&s, c)).collect::<Vec<_>>(),
            "members": [],
        })),
        (["members", u], &Method::GET) => match id(u).filter(|u| s.member(g, *u).is_some()) {
            Some(u) => ok(payloads::member(&s, g, u)),
            None => err(404, 10007, "Unknown Member"),
        },
        (["members"], &Method::GET) => ok(s.guilds[&g]
            .members
            .keys()
            .map(|u| payloads::member(&s, g, *u))
            .collect()),
        (["roles"] | ["channels"] | [], _) => err(405, 0, "405: Method Not Allowed"),
        _ => err(404, 0, "404: Not Found"),
    }
}

/// A snowflake given as a string or a number.
fn snowflake(v: &Value) -> Option<u64> {
    v.as_str().and_then(id).or_else(|| v.as_u64())
}

/// Permission bits given as a string (as Discord sends them) or a number (as the spec
/// allows in requests); `Null` or absent is `default`.
fn bits(v: &Value, default: u64) -> Option<u64> {
    match v {
        Value::Null => Some(default),
        Value::String(s) => s.parse().ok(),
        v => v.as_u64(),
    }
}

/// Reads one overwrite (`id`, `type` 0 role / 1 member, `allow`, `deny`) for a channel of
/// `guild`. The type may be left out when the id says it (a role of the guild or a user).
pub(crate) fn parse_overwrite(
    s: &State,
    guild: u64,
    v: &Value,
    path: &[&str],
) -> Result<Overwrite, (u16, Value)> {
    let at = |field: &str, code: &str, msg: &str| {
        let mut p = path.to_vec();
        p.push(field);
        form_error(&p, code, msg)
    };
    let Some(oid) = snowflake(&v["id"]) else {
        return Err(at("id", "BASE_TYPE_REQUIRED", "This field is required"));
    };
    let is_role = s.guilds[&guild].role(oid).is_some();
    let kind = match v["type"].as_u64() {
        Some(k @ 0..=1) => k,
        None if v["type"].is_null() && is_role => 0,
        None if v["type"].is_null() && s.users.contains_key(&oid) => 1,
        _ => {
            return Err(at(
                "type",
                "BASE_TYPE_CHOICES",
                "Value must be one of {0, 1}.",
            ))
        }
    };
    if (kind == 0 && !is_role) || (kind == 1 && !s.users.contains_key(&oid)) {
        let what = if kind == 0 { "role" } else { "member" };
        return Err(at(
            "id",
            "UNKNOWN_OVERWRITE",
            &format!("Unknown {what} {oid}."),
        ));
    }
    let (Some(allow), Some(deny)) = (bits(&v["allow"], 0), bits(&v["deny"], 0)) else {
        return Err(at(
            "allow",
            "BASE_TYPE_INVALID",
            "Must be a permission integer.",
        ));
    };
    Ok(Overwrite {
        id: oid,
        kind: u8::try_from(kind).unwrap_or(0),
        allow,
        deny,
    })
}

/// The bot can only allow or deny (or give a role) permissions it has itself.
fn bot_may_grant(s: &State, guild: u64, wanted: u64) -> bool {
    let mine = s.guild_permissions(guild, s.bot_id);
    mine == ALL || wanted & !mine == 0
}

/// Reads `permission_overwrites` (an array of at most 100, or null).
pub(crate) fn parse_overwrites(
    s: &State,
    guild: u64,
    v: &Value,
) -> Result<Option<Vec<Overwrite>>, (u16, Value)> {
    if v.is_null() {
        return Ok(None);
    }
    let Some(list) = v.as_array() else {
        return Err(form_error(
            &["permission_overwrites"],
            "BASE_TYPE_ARRAY",
            "Must be an array.",
        ));
    };
    if list.len() > 100 {
        return Err(form_error(
            &["permission_overwrites"],
            "BASE_TYPE_MAX_LENGTH",
            "Must be 100 or fewer in length.",
        ));
    }
    let mut out = Vec::new();
    for (i, o) in list.iter().enumerate() {
        let i = i.to_string();
        out.push(parse_overwrite(
            s,
            guild,
            o,
            &["permission_overwrites", &i],
        )?);
    }
    if out
        .iter()
        .any(|o| !bot_may_grant(s, guild, o.allow | o.deny))
    {
        return Err(missing_permissions().unwrap_err());
    }
    Ok(Some(out))
}

/// `POST /guilds/{g}/channels`: 201 and the channel; CHANNEL_CREATE.
fn create_channel(inner: &Inner, s: &mut State, guild: u64, body: &Value) -> Reply {
    if !body.is_object() {
        return super::bad_body("expected a JSON object");
    }
    if s.guild_permissions(guild, s.bot_id) & MANAGE_CHANNELS == 0 {
        return missing_permissions();
    }
    let Some(name) = body["name"]
        .as_str()
        .filter(|n| (1..=100).contains(&n.chars().count()))
    else {
        return Err(form_error(
            &["name"],
            "BASE_TYPE_BAD_LENGTH",
            "Must be between 1 and 100 in length.",
        ));
    };
    let kind = match &body["type"] {
        Value::Null => 0,
        v => match v.as_u64().filter(|k| CREATABLE.contains(k)) {
            Some(k) => k,
            None => {
                return Err(form_error(
                    &["type"],
                    "BASE_TYPE_CHOICES",
                    "Value must be one of {0, 2, 4, 5, 13, 14, 15}.",
                ))
            }
        },
    };
    let parent = match &body["parent_id"] {
        Value::Null => None,
        v => {
            let p = snowflake(v).filter(|p| {
                s.channels
                    .get(p)
                    .is_some_and(|c| c.guild_id == Some(guild) && c.kind == 4)
            });
            if p.is_none() || kind == 4 {
                return Err(form_error(
                    &["parent_id"],
                    "CHANNEL_PARENT_INVALID",
                    "Category does not exist",
                ));
            }
            p
        }
    };
    let max_topic = if kind == 15 { 4096 } else { 1024 };
    let topic = match &body["topic"] {
        Value::Null => None,
        Value::String(t) if t.chars().count() <= max_topic => Some(t.clone()),
        _ => {
            return Err(form_error(
                &["topic"],
                "BASE_TYPE_MAX_LENGTH",
                &format!("Must be {max_topic} or fewer in length."),
            ))
        }
    };
    let overwrites = parse_overwrites(s, guild, &body["permission_overwrites"])?;
    let id = s.new_id();
    let mut ch = s.blank_channel(
        id,
        u8::try_from(kind).unwrap_or(0),
        name,
        Some(guild),
        parent,
    );
    ch.position = match body["position"].as_u64() {
        Some(p) => u32::try_from(p).unwrap_or(u32::MAX),
        None => s.next_position(guild),
    };
    ch.topic = topic;
    ch.overwrites = overwrites.unwrap_or_default();
    s.channels.insert(id, ch.clone());
    let v = payloads::channel(s, &ch);
    inner.dispatch("CHANNEL_CREATE", v.clone());
    Ok((201, v))
}

/// `POST /guilds/{g}/roles`: 200 and the role (at position 1, above `@everyone`);
/// GUILD_ROLE_CREATE.
fn create_role(inner: &Inner, s: &mut State, guild: u64, body: &Value) -> Reply {
    if !(body.is_object() || body.is_null()) {
        return super::bad_body("expected a JSON object");
    }
    if s.guild_permissions(guild, s.bot_id) & MANAGE_ROLES == 0 {
        return missing_permissions();
    }
    let name = match &body["name"] {
        Value::Null => "new role".to_string(),
        Value::String(n) if (1..=100).contains(&n.chars().count()) => n.clone(),
        _ => {
            return Err(form_error(
                &["name"],
                "BASE_TYPE_BAD_LENGTH",
                "Must be between 1 and 100 in length.",
            ))
        }
    };
    let everyone = s.guilds[&guild].roles[0].permissions;
    let Some(permissions) = bits(&body["permissions"], everyone) else {
        return Err(form_error(
            &["permissions"],
            "BASE_TYPE_INVALID",
            "Must be a permission integer.",
        ));
    };
    if !bot_may_grant(s, guild, permissions) {
        return missing_permissions();
    }
    let color = match &body["color"] {
        Value::Null => body["colors"]["primary_color"].as_u64().unwrap_or(0),
        v => v.as_u64().unwrap_or(u64::MAX),
    };
    let Some(color) = u32::try_from(color).ok().filter(|c| *c <= 0xFF_FFFF) else {
        return Err(form_error(
            &["color"],
            "NUMBER_TYPE_MAX",
            "int value should be less than or equal to 16777215.",
        ));
    };
    for k in ["hoist", "mentionable"] {
        if !(body[k].is_null() || body[k].is_boolean()) {
            return Err(form_error(
                &[k],
                "BASE_TYPE_BOOLEAN",
                "Must be either true or false.",
            ));
        }
    }
    let role = Role {
        id: s.new_id(),
        name,
        permissions,
        position: 1,
        color,
        hoist: body["hoist"].as_bool().unwrap_or(false),
        mentionable: body["mentionable"].as_bool().unwrap_or(false),
    };
    let v = payloads::role(guild, &role);
    s.guilds.get_mut(&guild).unwrap().roles.push(role);
    inner.dispatch(
        "GUILD_ROLE_CREATE",
        json!({"guild_id": sid(guild), "role": v}),
    );
    ok(v)
}

/// `PUT /channels/{c}/permissions/{id}` (body `type`, `allow`, `deny`) and `DELETE`: 204,
/// CHANNEL_UPDATE. Needs MANAGE_ROLES.
pub(crate) fn channel_permission(inner: &Inner, req: &Req, segs: &[&str]) -> Reply {
    let mut s = inner.state.lock().unwrap();
    let (Some(c), Some(oid)) = (
        segs.get(1).and_then(|c| id(c)),
        segs.get(3).and_then(|o| id(o)),
    ) else {
        return super::unknown_channel();
    };
    let Some(ch) = s.channels.get(&c).filter(|c| !c.is_thread()) else {
        return super::unknown_channel();
    };
    let Some(guild) = ch.guild_id else {
        return err(400, 50024, "Cannot execute action on this channel type");
    };
    if segs.len() != 4 {
        return err(404, 0, "404: Not Found");
    }
    if s.guild_permissions(guild, s.bot_id) & MANAGE_ROLES == 0 {
        return missing_permissions();
    }
    let overwrite = match req.method {
        Method::PUT => {
            let mut body = req.body.clone();
            if !body.is_object() {
                return super::bad_body("expected a JSON object");
            }
            body["id"] = sid(oid);
            let o = parse_overwrite(&s, guild, &body, &[])?;
            if !bot_may_grant(&s, guild, o.allow | o.deny) {
                return missing_permissions();
            }
            Some(o)
        }
        Method::DELETE => None,
        _ => return err(405, 0, "405: Method Not Allowed"),
    };
    let ch = s.channels.get_mut(&c).unwrap();
    ch.overwrites.retain(|o| o.id != oid);
    ch.overwrites.extend(overwrite);
    let ch = ch.clone();
    inner.dispatch("CHANNEL_UPDATE", payloads::channel(&s, &ch));
    no_content()
}
