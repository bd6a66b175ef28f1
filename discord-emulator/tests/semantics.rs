//! Discord rules the emulator applies: who a message pings (`allowed_mentions`), the
//! `parse`/list exclusivity error, and dispatches filtered by the IDENTIFY intents.

mod common;

use common::{http, spec, WAIT};
use discord_emulator::{Emulator, Pings};
use serde_json::json;
use serenity::all::{
    ClientBuilder, Context, CreateAllowedMentions, CreateMessage, EventHandler, GatewayIntents,
    HttpBuilder, Message,
};
use serenity::async_trait;
use std::sync::{Arc, Mutex};

#[tokio::test]
async fn pings_follow_allowed_mentions() {
    let emu = Emulator::start(spec()).await.unwrap();
    let http = http(&emu);
    let help = emu.channel_id("help");
    let alice = emu.user_id("alice");
    let tier1 = emu.role_id("tier-1");
    let content = format!("@everyone <@{alice}> <@&{tier1}> topic");

    // Nothing allowed but the role: only the role pings.
    let only_role = CreateMessage::new()
        .content(content.clone())
        .allowed_mentions(CreateAllowedMentions::new().roles(vec![tier1]));
    let m = help_send(&http, help, only_role).await;
    let sent = emu.message(help, m).unwrap();
    assert_eq!(
        sent.pings(),
        Pings {
            roles: vec![tier1],
            ..Default::default()
        }
    );
    assert!(sent.allowed_mentions.is_some());

    // No allowed_mentions at all: everything pings.
    let m = http
        .send_message(help.into(), vec![], &json!({"content": content}))
        .await
        .unwrap();
    let p = emu.message(help, m.id.get()).unwrap().pings();
    assert!(p.everyone && p.users == vec![alice] && p.roles == vec![tier1]);

    // parse:["users"] together with a users list is a 400, as on Discord.
    let bad = json!({"content": "x", "allowed_mentions": {"parse": ["users"], "users": [alice.to_string()]}});
    assert!(http.send_message(help.into(), vec![], &bad).await.is_err());
}

async fn help_send(http: &serenity::http::Http, channel: u64, msg: CreateMessage) -> u64 {
    serenity::all::ChannelId::new(channel)
        .send_message(http, msg)
        .await
        .unwrap()
        .id
        .get()
}

struct Contents(Arc<Mutex<Vec<String>>>);

#[async_trait]
impl EventHandler for Contents {
    async fn message(&self, _: Context, m: Message) {
        self.0.lock().unwrap().push(m.content);
    }
}

#[tokio::test]
async fn without_message_content_the_content_is_empty() {
    let emu = Emulator::start(spec()).await.unwrap();
    let got = Arc::new(Mutex::new(Vec::new()));
    let http = HttpBuilder::new("token")
        .proxy(emu.api_base())
        .ratelimiter_disabled(true)
        .build();
    let intents = GatewayIntents::GUILDS | GatewayIntents::GUILD_MESSAGES;
    let mut client = ClientBuilder::new_with_http(http, intents)
        .event_handler(Contents(got.clone()))
        .await
        .unwrap();
    tokio::spawn(async move {
        let _ = client.start().await;
    });
    assert!(emu.wait_ready(WAIT).await);
    let help = emu.channel_id("help");
    let alice = emu.user_id("alice");
    emu.post_message(help, alice, "secret question");
    let bot = emu.bot_user_id();
    emu.post_message(help, alice, &format!("<@{bot}> hello"));
    let g = got.clone();
    assert!(emu.wait_until(WAIT, |_| g.lock().unwrap().len() == 2).await);
    assert_eq!(got.lock().unwrap()[0], "", "content needs MESSAGE_CONTENT");
    assert_eq!(
        got.lock().unwrap()[1],
        format!("<@{bot}> hello"),
        "unless the bot is mentioned"
    );
    // No GUILD_MESSAGE_REACTIONS: reactions are not delivered (and nothing breaks).
    let m = emu.messages(help)[0].id;
    emu.add_reaction(help, m, alice, "👍").unwrap();
    emu.shutdown();
}
