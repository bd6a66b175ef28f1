//! Several guilds: READY and a GUILD_CREATE for each, the bot joining and leaving at
//! runtime, members and permissions per guild, guild routes and commands per guild, and
//! creating channels (with overwrites) and roles over REST.

mod common;

use common::{http, spec, WAIT};
use discord_emulator::permissions::{
    ADMINISTRATOR, MANAGE_CHANNELS, MANAGE_GUILD, SEND_MESSAGES, VIEW_CHANNEL,
};
use discord_emulator::{Emulator, NewGuild, Opt, Overwrite};
use serde_json::{json, Value};
use serenity::all::{
    Context, EventHandler, GatewayEvent, Guild, GuildChannel, Ready, Role, UnavailableGuild,
};
use serenity::async_trait;
use serenity::http::HttpError;
use serenity::model::event::Event;
use std::sync::{Arc, Mutex};

fn status_of(e: &serenity::Error) -> Option<(u16, isize)> {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
            Some((r.status_code.as_u16(), r.error.code))
        }
        _ => None,
    }
}

/// Parses a dispatch as serenity's shard does; panics when it would be dropped.
fn parse(t: &str, d: &Value) -> Event {
    let frame = json!({"op": 0, "s": 1, "t": t, "d": d});
    match serde_json::from_value::<GatewayEvent>(frame) {
        Ok(GatewayEvent::Dispatch(_, e)) => {
            assert!(!matches!(e, Event::Unknown(_)), "{t} parsed as Unknown");
            e
        }
        other => panic!("{t} does not deserialize: {other:?}\n{d:#}"),
    }
}

fn second() -> NewGuild {
    NewGuild::new("Second")
        .channels(&["welcome", "help"])
        .roles(&["agent", "manager"])
        .member("alice", &["agent"])
        .member("dora", &["manager"])
        .owner("carol")
}

/// The last dispatch named `t`.
fn last(emu: &Emulator, t: &str) -> Value {
    emu.dispatched_events()
        .into_iter()
        .rev()
        .find(|(n, _)| n == t)
        .map(|(_, d)| d)
        .unwrap_or_else(|| panic!("no {t} dispatched"))
}

#[derive(Default)]
struct Seen {
    ready_guilds: Vec<u64>,
    created: Vec<u64>,
    deleted: Vec<(u64, bool)>,
    cached: Vec<u64>,
}

struct Watcher(Arc<Mutex<Seen>>);

#[async_trait]
impl EventHandler for Watcher {
    async fn ready(&self, _: Context, r: Ready) {
        self.0.lock().unwrap().ready_guilds = r.guilds.iter().map(|g| g.id.get()).collect();
    }
    async fn guild_create(&self, ctx: Context, g: Guild, _: Option<bool>) {
        let mut seen = self.0.lock().unwrap();
        seen.created.push(g.id.get());
        seen.cached = ctx.cache.guilds().into_iter().map(|g| g.get()).collect();
    }
    async fn guild_delete(&self, _: Context, g: UnavailableGuild, _: Option<Guild>) {
        self.0
            .lock()
            .unwrap()
            .deleted
            .push((g.id.get(), g.unavailable));
    }
}

#[tokio::test]
async fn every_guild_reaches_the_bot_and_each_has_its_own_members() {
    let emu = Emulator::start(spec()).await.unwrap();
    let g2 = emu.add_guild(second());
    let g1 = emu.guild_id();
    assert_eq!(emu.guild_ids(), vec![g1, g2]);
    assert_eq!(emu.guild_name(g2), "Second");

    // One user, two memberships: alice has no role in the primary guild, "agent" in g2.
    let alice = emu.user_id("alice");
    let agent = emu.guild_role_id(g2, "agent");
    let roles = |g: u64| {
        emu.members_of(g)
            .into_iter()
            .find(|m| m.user_id == alice)
            .map(|m| m.roles)
    };
    assert_eq!(roles(g1), Some(vec![]));
    assert_eq!(roles(g2), Some(vec![agent]));
    assert_eq!(emu.guild_role_id(g2, "@everyone"), g2);
    let carol = emu.guild_owner_id(g2);
    assert_eq!(emu.user_id("carol"), carol);
    assert_ne!(emu.guild_owner_id(g1), carol);
    let welcome = emu.guild_channel_id(g2, "welcome");
    assert_eq!(emu.system_channel_id(g2), Some(welcome));
    let names: Vec<String> = emu.channels_of(g2).into_iter().map(|c| c.name).collect();
    assert_eq!(names, ["welcome", "help"]);
    // The primary guild's lookups are unchanged, even with a "help" in both.
    assert_ne!(emu.channel_id("help"), emu.guild_channel_id(g2, "help"));
    assert_eq!(emu.channel_id("help"), emu.guild_channel_id(g1, "help"));
    assert!(emu.roles_of(g2).iter().any(|r| r.name == "manager"));

    let seen = Arc::new(Mutex::new(Seen::default()));
    common::client(&emu, Watcher(seen.clone())).await;
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().cached.len() == 2)
            .await,
        "both guilds in the cache"
    );
    assert_eq!(seen.lock().unwrap().ready_guilds, vec![g1, g2]);
    let guild_creates: Vec<Value> = emu
        .dispatched_events()
        .into_iter()
        .filter(|(t, _)| t == "GUILD_CREATE")
        .map(|(_, d)| d)
        .collect();
    assert_eq!(guild_creates.len(), 2);
    let g: Guild = serde_json::from_value(guild_creates[1].clone()).unwrap();
    assert_eq!(g.id.get(), g2);
    assert_eq!(g.owner_id.get(), carol);
    assert_eq!(g.system_channel_id.map(|c| c.get()), Some(welcome));
    assert_eq!(g.members.len(), 4, "the bot, the owner, alice and dora");
    assert_eq!(
        g.members[&alice.into()]
            .roles
            .iter()
            .map(|r| r.get())
            .collect::<Vec<_>>(),
        vec![agent]
    );

    // Guild routes answer for the guild in the path.
    let http = http(&emu);
    let member = http.get_member(g2.into(), alice.into()).await.unwrap();
    assert_eq!(member.roles, vec![serenity::all::RoleId::new(agent)]);
    let m1 = http.get_member(g1.into(), alice.into()).await.unwrap();
    assert!(m1.roles.is_empty());
    let dora = emu.user_id("dora");
    let e = http.get_member(g1.into(), dora.into()).await.unwrap_err();
    assert_eq!(status_of(&e), Some((404, 10007)), "dora is only in g2");
    let roles: Vec<Role> = http.get_guild_roles(g2.into()).await.unwrap();
    assert!(roles.iter().all(|r| r.guild_id.get() == g2));
    assert_eq!(roles.len(), 4, "@everyone, agent, manager, the bot's");
    let channels = http.get_channels(g2.into()).await.unwrap();
    assert_eq!(channels.len(), 2);
    let partial = http.get_guild(g2.into()).await.unwrap();
    assert_eq!(partial.name, "Second");

    // Commands per guild.
    let body = json!([{"name": "ticket", "description": "Tickets"}]);
    http.create_guild_commands(g2.into(), &body).await.unwrap();
    assert_eq!(emu.guild_commands(g2).len(), 1);
    assert!(emu.commands().1.is_empty(), "the primary guild has none");
    assert_eq!(emu.guild_commands(g2)[0]["guild_id"], g2.to_string());

    // An interaction in g2 carries g2 and the member as a member of g2.
    let help2 = emu.guild_channel_id(g2, "help");
    emu.slash_command(help2, alice, "ticket", None, vec![Opt::user("who", dora)]);
    let d = last(&emu, "INTERACTION_CREATE");
    assert_eq!(d["guild_id"], g2.to_string());
    assert_eq!(d["data"]["guild_id"], g2.to_string());
    assert_eq!(d["data"]["id"], emu.guild_commands(g2)[0]["id"]);
    assert_eq!(d["member"]["roles"], json!([agent.to_string()]));
    let perms: u64 = d["member"]["permissions"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_eq!(perms & MANAGE_GUILD, 0, "an agent does not manage g2");
    assert_eq!(
        d["data"]["resolved"]["members"][dora.to_string()]["roles"],
        json!([emu.guild_role_id(g2, "manager").to_string()])
    );
    parse("INTERACTION_CREATE", &d);
    // The owner of g2 has everything there, and nothing special in the primary guild.
    emu.slash_command(help2, carol, "ticket", None, vec![]);
    let d = last(&emu, "INTERACTION_CREATE");
    let perms: u64 = d["member"]["permissions"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_ne!(perms & ADMINISTRATOR, 0);
    assert_eq!(emu.member_permissions(g1, carol), 0, "not a member there");

    // Messages in g2 carry the g2 membership.
    emu.post_message(help2, alice, "hello from g2");
    let d = last(&emu, "MESSAGE_CREATE");
    assert_eq!(d["guild_id"], g2.to_string());
    assert_eq!(d["member"]["roles"], json!([agent.to_string()]));
    emu.shutdown();
}

#[tokio::test]
async fn the_bot_joins_and_leaves_guilds_at_runtime() {
    let emu = Emulator::start(spec()).await.unwrap();
    let seen = Arc::new(Mutex::new(Seen::default()));
    common::client(&emu, Watcher(seen.clone())).await;
    let g1 = emu.guild_id();
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().created == [g1])
            .await
    );

    let g2 = emu.bot_joins(second());
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().created == [g1, g2])
            .await,
        "GUILD_CREATE for the joined guild"
    );
    let http = http(&emu);
    let help2 = emu.guild_channel_id(g2, "help");
    http.send_message(help2.into(), vec![], &json!({"content": "hi g2"}))
        .await
        .unwrap();

    emu.bot_leaves(g2);
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().deleted == [(g2, false)])
            .await,
        "GUILD_DELETE, not unavailable"
    );
    assert_eq!(
        last(&emu, "GUILD_DELETE"),
        json!({"id": g2.to_string(), "unavailable": false})
    );
    assert_eq!(emu.bot_guild_ids(), vec![g1]);
    assert_eq!(
        emu.guild_ids(),
        vec![g1, g2],
        "the guild goes on without the bot"
    );
    // Its REST calls there are refused as Discord refuses them.
    let e = http
        .send_message(help2.into(), vec![], &json!({"content": "still here?"}))
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((403, 50001)));
    let e = http.get_guild_roles(g2.into()).await.unwrap_err();
    assert_eq!(status_of(&e), Some((403, 50001)));
    let e = http
        .create_guild_commands(g2.into(), &json!([]))
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((403, 50001)));
    let e = http.get_guild_roles(4242u64.into()).await.unwrap_err();
    assert_eq!(status_of(&e), Some((404, 10004)), "no such guild");
    // Nothing of that guild reaches the bot any more.
    let before = emu.dispatched().len();
    emu.post_message(help2, emu.user_id("alice"), "unheard");
    assert_eq!(emu.dispatched().len(), before);
    assert_eq!(emu.messages(help2).len(), 2, "the members still talk there");

    // A new IDENTIFY lists only the guilds the bot is in.
    emu.invalidate_session(false);
    assert!(
        emu.wait_until(WAIT, |e| e.gateway_counts().0 == 2).await,
        "a second IDENTIFY"
    );
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().created.len() == 3)
            .await
    );
    assert_eq!(seen.lock().unwrap().ready_guilds, vec![g1]);
    let (ready, _) = emu.ready_payloads();
    assert_eq!(
        ready["guilds"],
        json!([{"id": g1.to_string(), "unavailable": true}])
    );
    emu.shutdown();
}

#[tokio::test]
async fn channels_and_roles_are_created_per_guild_with_permissions() {
    let emu = Emulator::start(spec()).await.unwrap();
    let g2 = emu.add_guild(second());
    let http = http(&emu);
    let agent = emu.guild_role_id(g2, "agent");

    // A category, then a private channel in it: hidden from @everyone, open to agents.
    let cat: GuildChannel = http
        .create_channel(g2.into(), &json!({"name": "Tickets", "type": 4}), None)
        .await
        .unwrap();
    let body = json!({
        "name": "ticket-1", "type": 0, "parent_id": cat.id.to_string(), "topic": "printer",
        "permission_overwrites": [
            {"id": g2.to_string(), "type": 0, "allow": "0", "deny": VIEW_CHANNEL.to_string()},
            {"id": agent.to_string(), "type": 0, "allow": (VIEW_CHANNEL | SEND_MESSAGES).to_string(), "deny": "0"},
        ],
    });
    let ch: GuildChannel = http.create_channel(g2.into(), &body, None).await.unwrap();
    assert_eq!(ch.guild_id.get(), g2);
    assert_eq!(ch.parent_id, Some(cat.id));
    assert_eq!(ch.topic.as_deref(), Some("printer"));
    assert_eq!(ch.permission_overwrites.len(), 2);
    let call = emu.rest_calls().pop().unwrap();
    assert_eq!((call.method.as_str(), call.status), ("POST", 201));
    assert_eq!(call.path, format!("/guilds/{g2}/channels"));
    let created = last(&emu, "CHANNEL_CREATE");
    assert_eq!(created["id"], ch.id.to_string());
    parse("CHANNEL_CREATE", &created);
    let c = ch.id.get();
    assert_eq!(
        emu.channel_overwrites(c),
        vec![
            Overwrite {
                id: g2,
                kind: 0,
                allow: 0,
                deny: VIEW_CHANNEL
            },
            Overwrite {
                id: agent,
                kind: 0,
                allow: VIEW_CHANNEL | SEND_MESSAGES,
                deny: 0
            },
        ]
    );
    // The overwrites apply: alice (agent) sees it, dora does not.
    let (alice, dora) = (emu.user_id("alice"), emu.user_id("dora"));
    assert_ne!(emu.channel_permissions(c, alice) & VIEW_CHANNEL, 0);
    assert_eq!(emu.channel_permissions(c, dora), 0);
    emu.post_message(c, alice, "my printer");
    assert_eq!(
        emu.try_post_message(c, dora, "let me in").unwrap_err(),
        "403: Missing Access"
    );
    emu.slash_command(c, alice, "ticket", None, vec![]);
    let d = last(&emu, "INTERACTION_CREATE");
    let p: u64 = d["member"]["permissions"]
        .as_str()
        .unwrap()
        .parse()
        .unwrap();
    assert_ne!(p & VIEW_CHANNEL, 0);
    // A member overwrite over REST lets dora in.
    http.create_permission(
        c.into(),
        serenity::all::TargetId::new(dora),
        &json!({"type": 1, "allow": VIEW_CHANNEL.to_string(), "deny": "0"}),
        None,
    )
    .await
    .unwrap();
    assert_ne!(emu.channel_permissions(c, dora) & VIEW_CHANNEL, 0);
    parse("CHANNEL_UPDATE", &last(&emu, "CHANNEL_UPDATE"));
    // PATCH replaces them whole: only @everyone's deny is left.
    let only_deny = json!({"topic": "closed", "permission_overwrites": [
        {"id": g2.to_string(), "type": 0, "allow": "0", "deny": VIEW_CHANNEL.to_string()}]});
    let edited = http.edit_channel(c.into(), &only_deny, None).await.unwrap();
    assert_eq!(edited.topic.as_deref(), Some("closed"));
    assert_eq!(emu.channel_overwrites(c).len(), 1);
    assert_eq!(emu.channel_permissions(c, dora), 0);
    assert_eq!(emu.channel_permissions(c, alice), 0);

    // Roles.
    let role: Role = http
        .create_role(
            g2.into(),
            &json!({"name": "escalation", "permissions": "0", "color": 0x3498db, "hoist": true, "mentionable": true}),
            None,
        )
        .await
        .unwrap();
    assert_eq!(role.name, "escalation");
    assert!(role.hoist && role.mentionable);
    assert_eq!(emu.guild_role_id(g2, "escalation"), role.id.get());
    let d = last(&emu, "GUILD_ROLE_CREATE");
    assert_eq!(d["guild_id"], g2.to_string());
    parse("GUILD_ROLE_CREATE", &d);
    assert!(
        emu.roles_of(emu.guild_id())
            .iter()
            .all(|r| r.name != "escalation"),
        "only in g2"
    );

    // Invalid bodies are 400 Invalid Form Body with the field's path.
    let url = format!("{}/api/v10/guilds/{g2}/channels", emu.api_base());
    let (status, body) = post(&url, &json!({"name": "t", "type": 11})).await;
    assert_eq!(status, 400);
    assert_eq!(body["code"], 50035);
    assert!(body["errors"]["type"]["_errors"].is_array(), "{body}");
    let (status, body) = post(&url, &json!({"name": "x", "parent_id": c.to_string()})).await;
    assert_eq!(
        (status, body["code"].clone()),
        (400, json!(50035)),
        "the parent is no category"
    );
    let (status, _) = post(&url, &json!({"type": 0})).await;
    assert_eq!(status, 400, "a name is required");
    let bad = json!({"name": "x", "permission_overwrites": [{"id": "1", "type": 0}]});
    let (status, body) = post(&url, &bad).await;
    assert_eq!(status, 400, "{body}");
    assert!(
        body["errors"]["permission_overwrites"]["0"]["id"].is_object(),
        "{body}"
    );

    // Without Manage Channels / Manage Roles the bot is refused (403, 50013).
    emu.set_bot_permissions(g2, 0);
    parse("GUILD_ROLE_UPDATE", &last(&emu, "GUILD_ROLE_UPDATE"));
    let e = http
        .create_channel(g2.into(), &json!({"name": "nope"}), None)
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((403, 50013)));
    let e = http
        .create_role(g2.into(), &json!({"name": "nope"}), None)
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((403, 50013)));
    // With Manage Channels only: channels yes, but no overwrite granting what it lacks.
    emu.set_bot_permissions(g2, MANAGE_CHANNELS);
    http.create_channel(g2.into(), &json!({"name": "plain"}), None)
        .await
        .unwrap();
    let grant = json!({"name": "t", "permission_overwrites": [
        {"id": agent.to_string(), "type": 0, "allow": MANAGE_GUILD.to_string(), "deny": "0"}]});
    let e = http
        .create_channel(g2.into(), &grant, None)
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((403, 50013)));
    // The hidden channel is now hidden from the bot too (no Administrator any more).
    let e = http.get_channel(c.into()).await.unwrap_err();
    assert_eq!(status_of(&e), Some((403, 50001)));
    // The primary guild is untouched.
    let g1 = emu.guild_id();
    assert_ne!(
        emu.member_permissions(g1, emu.bot_user_id()) & ADMINISTRATOR,
        0
    );
    http.create_channel(g1.into(), &json!({"name": "more"}), None)
        .await
        .unwrap();
    assert!(emu.channels_of(g1).iter().any(|c| c.name == "more"));
}

/// A POST with a JSON body over a TcpStream: (status, JSON body).
async fn post(url: &str, body: &Value) -> (u16, Value) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let rest = url.strip_prefix("http://").unwrap();
    let (host, path) = rest.split_once('/').unwrap();
    let body = body.to_string();
    let mut s = tokio::net::TcpStream::connect(host).await.unwrap();
    let req = format!(
        "POST /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).await.unwrap();
    let status = out[9..12].parse().unwrap();
    let json = out
        .split_once("\r\n\r\n")
        .and_then(|(_, b)| serde_json::from_str(b.trim()).ok())
        .unwrap_or(Value::Null);
    (status, json)
}
