//! Every payload kind the emulator sends must deserialize into serenity's model types:
//! serenity silently drops events it cannot read.

use discord_emulator::{Emulator, GuildSpec, Opt};
use serde_json::{json, Value};
use serenity::all::{
    Channel, Command, CurrentApplicationInfo, CurrentUser, GatewayEvent, Guild, GuildChannel,
    HttpBuilder, Interaction, Member, Message, Reaction, Role, User,
};
use serenity::model::event::Event;
use serenity::model::gateway::Ready;

fn spec() -> GuildSpec {
    GuildSpec {
        channels: vec!["help", "tickets", "log"],
        roles: vec!["tier-1", "tier-2", "moderator"],
        members: vec![("alice", vec![]), ("bob", vec!["tier-1"])],
        ..Default::default()
    }
}

/// Parses a dispatch the way serenity's shard does; panics with the serde error.
fn parse(t: &str, d: &Value) -> Event {
    // The typed parse first, for a readable error (Event falls back to Unknown silently).
    let typed = match t {
        "INTERACTION_CREATE" => serde_json::from_value::<Interaction>(d.clone()).err(),
        "MESSAGE_CREATE" => serde_json::from_value::<Message>(d.clone()).err(),
        "MESSAGE_REACTION_ADD" | "MESSAGE_REACTION_REMOVE" => {
            serde_json::from_value::<Reaction>(d.clone()).err()
        }
        "THREAD_CREATE" | "THREAD_UPDATE" => {
            serde_json::from_value::<GuildChannel>(d.clone()).err()
        }
        _ => None,
    };
    if let Some(e) = typed {
        panic!(
            "{t} does not deserialize: {e}\n{}",
            serde_json::to_string_pretty(d).unwrap()
        );
    }
    let frame = json!({"op": 0, "s": 1, "t": t, "d": d});
    match serde_json::from_value::<GatewayEvent>(frame) {
        Ok(GatewayEvent::Dispatch(_, e)) => {
            assert!(!matches!(e, Event::Unknown(_)), "{t} parsed as Unknown");
            e
        }
        Ok(other) => panic!("{t}: not a dispatch: {other:?}"),
        Err(e) => panic!(
            "{t} does not deserialize: {e}\n{}",
            serde_json::to_string_pretty(d).unwrap()
        ),
    }
}

#[test]
fn ready_and_guild_create() {
    let rt = tokio::runtime::Runtime::new().unwrap();
    let emu = rt.block_on(Emulator::start(spec())).unwrap();
    let (ready, guild) = emu.ready_payloads();
    let r: Ready = serde_json::from_value(ready.clone()).expect("Ready");
    assert!(r.user.bot);
    let g: Guild = serde_json::from_value(guild.clone()).expect("Guild");
    assert_eq!(g.channels.len(), 3);
    assert_eq!(g.members.len(), 4);
    assert!(g.roles.len() >= 5);
    parse("READY", &ready);
    parse("GUILD_CREATE", &guild);
}

#[tokio::test]
async fn every_dispatch_and_rest_reply_deserializes() {
    let emu = Emulator::start(spec()).await.unwrap();
    let http = HttpBuilder::new("token")
        .proxy(emu.api_base())
        .ratelimiter_disabled(true)
        .build();
    http.set_application_id(emu.application_id().into());
    let help = emu.channel_id("help");
    let tickets = emu.channel_id("tickets");
    let alice = emu.user_id("alice");
    let bob = emu.user_id("bob");

    // REST replies, through serenity's own parsing.
    let _: CurrentUser = http.get_current_user().await.unwrap();
    let _: CurrentApplicationInfo = http.get_current_application_info().await.unwrap();
    let _: Vec<Role> = http.get_guild_roles(emu.guild_id().into()).await.unwrap();
    let _: Member = http
        .get_member(emu.guild_id().into(), bob.into())
        .await
        .unwrap();
    let _: Channel = http.get_channel(help.into()).await.unwrap();
    let _: User = http.get_user(alice.into()).await.unwrap();
    let cmds: Vec<Command> = http
        .create_guild_commands(
            emu.guild_id().into(),
            &json!([{"name": "ticket", "description": "Tickets", "options": [
                {"type": 1, "name": "open", "description": "Open", "options": [
                    {"type": 3, "name": "topic", "description": "Topic", "required": false}]}]}]),
        )
        .await
        .unwrap();
    assert_eq!(cmds.len(), 1);

    // The member side.
    let q = emu.post_message(help, alice, "how do I reset my password?");
    emu.post_webhook_message(help, "hook", "from a webhook");
    let bot2 = emu.add_bot_user("other-bot");
    emu.post_message(help, bot2, "beep");
    emu.post_reply(help, bob, "replying", q);

    // The bot side (REST), each reply parsed by serenity.
    let sent: Message = http
        .send_message(
            help.into(),
            vec![],
            &json!({"content": "answer", "embeds": [{"title": "A", "description": "B"}],
                "components": [{"type": 1, "components": [{"type": 2, "style": 1, "label": "Solved", "custom_id": "solved"}]}],
                "message_reference": {"message_id": q.to_string()},
                "allowed_mentions": {"parse": []}}),
        )
        .await
        .unwrap();
    http.create_reaction(help.into(), sent.id, &'👍'.into())
        .await
        .unwrap();
    emu.add_reaction(help, sent.id.get(), alice, "👍").unwrap();
    emu.remove_reaction(help, sent.id.get(), alice, "👍")
        .unwrap();
    let thread: GuildChannel = http
        .create_thread(
            tickets.into(),
            &json!({"name": "ticket-1", "type": 12, "invitable": false}),
            None,
        )
        .await
        .unwrap();
    http.add_thread_channel_member(thread.id, alice.into())
        .await
        .unwrap();
    let _: Message = http
        .send_message(thread.id, vec![], &json!({"content": "intro"}))
        .await
        .unwrap();
    let _: GuildChannel = http
        .edit_thread(thread.id, &json!({"archived": true, "locked": true}), None)
        .await
        .unwrap();
    let _: GuildChannel = http
        .edit_thread(
            thread.id,
            &json!({"archived": false, "locked": false}),
            None,
        )
        .await
        .unwrap();
    http.remove_thread_channel_member(thread.id, alice.into())
        .await
        .unwrap();
    let _: Message = http
        .edit_message(help.into(), sent.id, &json!({"content": "edited"}), vec![])
        .await
        .unwrap();
    let _: Vec<Message> = http.get_messages(help.into(), None, None).await.unwrap();

    // Interactions.
    let cmd = emu.slash_command(
        help,
        bob,
        "ticket",
        Some("open"),
        vec![Opt::string("topic", "x"), Opt::user("who", alice)],
    );
    http.create_interaction_response(
        cmd.id.into(),
        &cmd.token,
        &json!({"type": 5, "data": {"flags": 64}}),
        vec![],
    )
    .await
    .unwrap();
    let _: Message = http
        .edit_original_interaction_response(&cmd.token, &json!({"content": "done"}), vec![])
        .await
        .unwrap();
    let _: Message = http
        .create_followup_message(&cmd.token, &json!({"content": "more", "flags": 64}), vec![])
        .await
        .unwrap();
    emu.click_button(help, sent.id.get(), alice, "solved");
    emu.select(help, sent.id.get(), alice, "pick", &["a"]);
    emu.submit_modal(help, alice, "topic-modal", &[("topic", "my printer")]);
    emu.autocomplete(
        help,
        bob,
        "kb",
        Some("send"),
        vec![Opt::focused("entry", "pass")],
    );
    let _: Channel = http.delete_channel(thread.id, None).await.unwrap();
    let extra = emu.add_channel("extra");
    let gone = http
        .send_message(extra.into(), vec![], &json!({"content": "bye"}))
        .await
        .unwrap();
    http.delete_message(extra.into(), gone.id, None)
        .await
        .unwrap();
    emu.set_member_roles(alice, &["tier-2"]);
    let _: Member = http
        .get_member(emu.guild_id().into(), alice.into())
        .await
        .unwrap();
    let _: Channel = http.delete_channel(extra.into(), None).await.unwrap();

    let events = emu.dispatched_events();
    let kinds: std::collections::BTreeSet<&str> = events.iter().map(|(t, _)| t.as_str()).collect();
    for want in [
        "MESSAGE_CREATE",
        "MESSAGE_UPDATE",
        "MESSAGE_REACTION_ADD",
        "MESSAGE_REACTION_REMOVE",
        "THREAD_CREATE",
        "THREAD_UPDATE",
        "THREAD_DELETE",
        "THREAD_MEMBERS_UPDATE",
        "INTERACTION_CREATE",
        "CHANNEL_CREATE",
        "CHANNEL_DELETE",
        "GUILD_MEMBER_UPDATE",
        "MESSAGE_DELETE",
    ] {
        assert!(kinds.contains(want), "no {want} in {kinds:?}");
    }
    for (t, d) in &events {
        parse(t, d);
    }
}
