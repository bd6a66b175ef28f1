//! Message components: channel, role and user selects with `resolved` data as serenity
//! reads it, components on ephemeral responses and follow-ups (pressed, picked, updated),
//! and the component payloads Discord refuses.

mod common;

use common::{http, spec};
use discord_emulator::{Emulator, Interaction as Handle, NewGuild, Opt};
use serde_json::{json, Value};
use serenity::all::{ComponentInteractionDataKind, Interaction};
use serenity::http::HttpError;

fn status_of(e: &serenity::Error) -> Option<(u16, isize)> {
    match e {
        serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) => {
            Some((r.status_code.as_u16(), r.error.code))
        }
        _ => None,
    }
}

/// The INTERACTION_CREATE sent for `handle`, as serenity reads it.
fn interaction(emu: &Emulator, handle: &Handle) -> (Value, Interaction) {
    let d = emu
        .dispatched_events()
        .into_iter()
        .find(|(t, d)| {
            t == "INTERACTION_CREATE" && d["id"] == discord_emulator::payloads::sid(handle.id)
        })
        .map(|(_, d)| d)
        .expect("dispatched");
    let parsed = serde_json::from_value(d.clone())
        .unwrap_or_else(|e| panic!("serenity cannot read it: {e}\n{d:#}"));
    (d, parsed)
}

fn selects() -> Value {
    json!({"content": "pick", "components": [
        {"type": 1, "components": [{"type": 8, "custom_id": "log-channel", "channel_types": [0], "min_values": 1, "max_values": 2}]},
        {"type": 1, "components": [{"type": 6, "custom_id": "agent-roles", "max_values": 3}]},
        {"type": 1, "components": [{"type": 5, "custom_id": "who"}]},
    ]})
}

#[tokio::test]
async fn selects_carry_their_resolved_objects() {
    let emu = Emulator::start(spec()).await.unwrap();
    let http = http(&emu);
    let help = emu.channel_id("help");
    let log = emu.channel_id("log");
    let alice = emu.user_id("alice");
    let bob = emu.user_id("bob");
    let owner = emu.guild_owner_id(emu.guild_id());
    let m = http
        .send_message(help.into(), vec![], &selects())
        .await
        .unwrap()
        .id
        .get();

    let pick = emu.select_channels(help, m, owner, "log-channel", &[log, help]);
    let (d, parsed) = interaction(&emu, &pick);
    assert_eq!(d["data"]["component_type"], 8);
    assert_eq!(
        d["data"]["values"],
        json!([log.to_string(), help.to_string()])
    );
    let Interaction::Component(c) = parsed else {
        panic!("a component interaction")
    };
    let ComponentInteractionDataKind::ChannelSelect { values } = &c.data.kind else {
        panic!("a channel select: {:?}", c.data.kind)
    };
    assert_eq!(
        values.iter().map(|v| v.get()).collect::<Vec<_>>(),
        [log, help]
    );
    let resolved = &c.data.resolved.channels[&log.into()];
    assert_eq!(resolved.name.as_deref(), Some("log"));
    assert!(resolved.permissions.is_some_and(|p| p.view_channel()));
    assert_eq!(c.message.id.get(), m);

    let tier1 = emu.role_id("tier-1");
    let moderator = emu.role_id("moderator");
    let pick = emu.select_roles(help, m, owner, "agent-roles", &[tier1, moderator]);
    let (d, parsed) = interaction(&emu, &pick);
    assert_eq!(d["data"]["component_type"], 6);
    let Interaction::Component(c) = parsed else {
        panic!("a component interaction")
    };
    let ComponentInteractionDataKind::RoleSelect { values } = &c.data.kind else {
        panic!("a role select")
    };
    assert_eq!(values.len(), 2);
    assert_eq!(c.data.resolved.roles[&moderator.into()].name, "moderator");

    let pick = emu.select_users(help, m, alice, "who", &[bob]);
    let (_, parsed) = interaction(&emu, &pick);
    let Interaction::Component(c) = parsed else {
        panic!("a component interaction")
    };
    assert!(matches!(
        c.data.kind,
        ComponentInteractionDataKind::UserSelect { .. }
    ));
    assert_eq!(c.data.resolved.users[&bob.into()].name, "bob");
    assert_eq!(
        c.data.resolved.members[&bob.into()].roles,
        vec![serenity::all::RoleId::new(tier1)]
    );

    // Slash-command channel and role options are resolved too.
    let cmd = emu.slash_command(
        help,
        alice,
        "config",
        Some("set"),
        vec![Opt::channel("channel", log), Opt::role("role", tier1)],
    );
    let (d, _) = interaction(&emu, &cmd);
    assert_eq!(
        d["data"]["resolved"]["channels"][log.to_string()]["name"],
        "log"
    );
    assert_eq!(
        d["data"]["resolved"]["roles"][tier1.to_string()]["name"],
        "tier-1"
    );
}

#[tokio::test]
async fn a_select_in_another_guild_resolves_that_guilds_objects() {
    let emu = Emulator::start(spec()).await.unwrap();
    let g2 = emu.add_guild(
        NewGuild::new("Second")
            .channels(&["desk"])
            .roles(&["agent"]),
    );
    let http = http(&emu);
    let desk = emu.guild_channel_id(g2, "desk");
    let agent = emu.guild_role_id(g2, "agent");
    let m = http
        .send_message(desk.into(), vec![], &selects())
        .await
        .unwrap()
        .id
        .get();
    let pick = emu.select_roles(desk, m, emu.guild_owner_id(g2), "agent-roles", &[agent]);
    let (d, _) = interaction(&emu, &pick);
    assert_eq!(d["guild_id"], g2.to_string());
    assert_eq!(
        d["data"]["resolved"]["roles"][agent.to_string()]["guild_id"],
        g2.to_string()
    );
}

#[tokio::test]
async fn components_on_ephemeral_responses_and_follow_ups_work() {
    let emu = Emulator::start(spec()).await.unwrap();
    let http = http(&emu);
    let help = emu.channel_id("help");
    let alice = emu.user_id("alice");
    let cmd = emu.slash_command(help, alice, "setup", None, vec![]);
    let body = json!({"type": 4, "data": {"flags": 64, "content": "step 1", "components": [
        {"type": 1, "components": [{"type": 2, "style": 1, "label": "Next", "custom_id": "next"}]}]}});
    http.create_interaction_response(cmd.id.into(), &cmd.token, &body, vec![])
        .await
        .unwrap();
    let r = emu.interaction_response(&cmd).unwrap();
    assert!(r.ephemeral);
    let shown = r.message_id.expect("the original response's id");
    assert!(
        emu.messages(help).is_empty(),
        "ephemeral: not in the channel"
    );

    // Pressing the button on the ephemeral response; the bot updates it (type 7).
    let press = emu.click_button(help, shown, alice, "next");
    let (d, _) = interaction(&emu, &press);
    assert_eq!(d["message"]["id"], shown.to_string());
    assert_eq!(d["message"]["flags"], 64);
    let update = json!({"type": 7, "data": {"content": "step 2", "components": [
        {"type": 1, "components": [{"type": 8, "custom_id": "where", "channel_types": [0]}]}]}});
    http.create_interaction_response(press.id.into(), &press.token, &update, vec![])
        .await
        .unwrap();
    let r = emu.interaction_response(&press).unwrap();
    assert_eq!((r.callback_type, r.content.as_str()), (7, "step 2"));
    assert_eq!(r.message_id, Some(shown));
    assert!(r.ephemeral);
    let now = emu.interaction_response(&cmd).unwrap();
    assert_eq!(
        now.content, "step 2",
        "the ephemeral response itself changed"
    );
    assert_eq!(now.components[0]["components"][0]["custom_id"], "where");

    // Its channel select, then an ephemeral follow-up with a string select.
    let log = emu.channel_id("log");
    let pick = emu.select_channels(help, shown, alice, "where", &[log]);
    http.create_interaction_response(pick.id.into(), &pick.token, &json!({"type": 6}), vec![])
        .await
        .unwrap();
    let follow = json!({"flags": 64, "content": "which tier?", "components": [
        {"type": 1, "components": [{"type": 3, "custom_id": "tier", "options": [
            {"label": "Tier 1", "value": "1"}, {"label": "Tier 2", "value": "2"}]}]}]});
    let f = http
        .create_followup_message(&pick.token, &follow, vec![])
        .await
        .unwrap();
    let r = emu.interaction_response(&pick).unwrap();
    assert_eq!(r.followups[0].id, f.id.get());
    let tier = emu.select(help, f.id.get(), alice, "tier", &["2"]);
    let (d, _) = interaction(&emu, &tier);
    assert_eq!(d["message"]["content"], "which tier?");
    // A deferred update (6), then the edit of `@original`: the ephemeral follow-up changes.
    http.create_interaction_response(tier.id.into(), &tier.token, &json!({"type": 6}), vec![])
        .await
        .unwrap();
    http.edit_original_interaction_response(
        &tier.token,
        &json!({"content": "tier 2 it is", "components": []}),
        vec![],
    )
    .await
    .unwrap();
    let followup = &emu.interaction(&pick).followups[0];
    assert_eq!(followup.content, "tier 2 it is");
    assert!(followup.components.is_empty());
    let r = emu.interaction_response(&tier).unwrap();
    assert_eq!(
        (r.message_id, r.content.as_str()),
        (Some(f.id.get()), "tier 2 it is")
    );
    assert!(emu.messages(help).is_empty());
}

#[tokio::test]
async fn invalid_components_are_refused_with_the_field_path() {
    let emu = Emulator::start(spec()).await.unwrap();
    let http = http(&emu);
    let help = emu.channel_id("help");
    let row = |c: Value| json!({"type": 1, "components": [c]});
    let button = |id: &str| json!({"type": 2, "style": 1, "label": "x", "custom_id": id});
    let send = |body: Value| refused(&emu, &http, help, body);
    let six: Vec<Value> = (0..6).map(|i| row(button(&format!("b{i}")))).collect();
    send(json!({"content": "x", "components": six})).await;
    let wide: Vec<Value> = (0..6).map(|i| button(&format!("b{i}"))).collect();
    send(json!({"content": "x", "components": [{"type": 1, "components": wide}]})).await;
    send(json!({"content": "x", "components": [row(button(&"x".repeat(101)))]})).await;
    send(json!({"content": "x", "components": [row(button("a")), row(button("a"))]})).await;
    let sel = json!({"type": 8, "custom_id": "c", "min_values": 3, "max_values": 2});
    send(json!({"content": "x", "components": [row(sel)]})).await;
    let sel = json!({"type": 6, "custom_id": "r", "max_values": 30});
    send(json!({"content": "x", "components": [row(sel)]})).await;
    let sel = json!({"type": 8, "custom_id": "c", "channel_types": [0, 42]});
    send(json!({"content": "x", "components": [row(sel)]})).await;
    let sel = json!({"type": 8, "custom_id": "c"});
    send(json!({"content": "x", "components": [{"type": 1, "components": [sel, button("b")]}]}))
        .await;
    assert!(emu.messages(help).is_empty(), "nothing was posted");

    // In an interaction response the error sits under `data`.
    let cmd = emu.slash_command(help, emu.user_id("alice"), "x", None, vec![]);
    let bad = json!({"type": 4, "data": {"content": "x", "components": [row(json!({"type": 3, "custom_id": "s", "options": []}))]}});
    let e = http
        .create_interaction_response(cmd.id.into(), &cmd.token, &bad, vec![])
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((400, 50035)));
    let call = emu.rest_calls().pop().unwrap();
    assert_eq!(call.status, 400);
    assert!(
        emu.interaction(&cmd).callbacks.is_empty(),
        "not acknowledged"
    );

    // Edits are checked too.
    let ok = http
        .send_message(
            help.into(),
            vec![],
            &json!({"content": "fine", "components": [row(button("a"))]}),
        )
        .await
        .unwrap();
    let e = http
        .edit_message(
            help.into(),
            ok.id,
            &json!({"components": [row(button(""))]}),
            vec![],
        )
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((400, 50035)));
    assert_eq!(
        emu.messages(help)[0].components[0]["components"][0]["custom_id"],
        "a"
    );
}

/// Sends `body` as a message in `channel` and checks Discord's 400 Invalid Form Body.
async fn refused(emu: &Emulator, http: &serenity::http::Http, channel: u64, body: Value) {
    let e = http
        .send_message(channel.into(), vec![], &body)
        .await
        .unwrap_err();
    assert_eq!(status_of(&e), Some((400, 50035)), "{body}");
    let call = emu.rest_calls().pop().unwrap();
    assert_eq!(call.status, 400);
}
