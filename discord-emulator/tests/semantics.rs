//! Discord rules the emulator applies: who a message pings (`allowed_mentions`), the
//! `parse`/list exclusivity error, dispatches filtered by the IDENTIFY intents, and the
//! application commands it refuses.

mod common;

use common::{http, spec, WAIT};
use discord_emulator::{Emulator, Pings};
use serde_json::json;
use serenity::all::{
    ClientBuilder, Context, CreateAllowedMentions, CreateMessage, EventHandler, GatewayIntents,
    HttpBuilder, Message,
};
use serenity::async_trait;
use serenity::http::HttpError;
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

/// The error of a refused request: status, Discord's code and its errors as serenity reads
/// them (`(path, code)`).
fn refusal(e: &serenity::Error) -> (u16, isize, Vec<(String, String)>) {
    let serenity::Error::Http(HttpError::UnsuccessfulRequest(r)) = e else {
        panic!("not a refusal: {e:?}");
    };
    let errors = r
        .error
        .errors
        .iter()
        .map(|e| (e.path.clone(), e.code.clone()))
        .collect();
    (r.status_code.as_u16(), r.error.code, errors)
}

#[tokio::test]
async fn commands_are_refused_as_discord_refuses_them() {
    let emu = Emulator::start(spec()).await.unwrap();
    let http = http(&emu);
    let commands = |priority_de: &str| {
        json!([
            {"name": "ticket", "description": "Tickets", "options": [
                {"type": 3, "name": "topic", "description": "Topic", "required": true},
                {"type": 3, "name": "priority", "description": "Priority",
                 "name_localizations": {"de": priority_de, "fr": "priorité"}}]},
            {"type": 3, "name": "Answer with KB"},
        ])
    };

    // A localised option name with a capital: 400, the path names the field.
    let e = http
        .create_global_commands(&commands("Priorität"))
        .await
        .unwrap_err();
    assert_eq!(
        refusal(&e),
        (
            400,
            50035,
            vec![(
                "0.options.1.name_localizations.de".to_string(),
                "APPLICATION_COMMAND_INVALID_NAME".to_string()
            )]
        )
    );
    assert!(emu.commands().0.is_empty(), "nothing is registered");
    let call = emu.rest_calls().pop().unwrap();
    assert_eq!((call.method.as_str(), call.status), ("PUT", 400));

    // Lowercase, it is registered (in a guild too).
    let cmds = http
        .create_global_commands(&commands("priorität"))
        .await
        .unwrap();
    assert_eq!(cmds.len(), 2);
    http.create_guild_commands(emu.guild_id().into(), &commands("priorität"))
        .await
        .unwrap();
    assert_eq!(emu.commands().1.len(), 2);

    // A guild PUT with the same name twice; a POST (no index in the path).
    let twice = json!([{"name": "a", "description": "A"}, {"name": "a", "description": "B"}]);
    let e = http
        .create_guild_commands(emu.guild_id().into(), &twice)
        .await
        .unwrap_err();
    assert_eq!(
        refusal(&e).2,
        vec![("1".into(), "APPLICATION_COMMANDS_DUPLICATE_NAME".into())]
    );
    let e = http
        .create_global_command(&json!({"name": "setup", "description": "", "options": []}))
        .await
        .unwrap_err();
    assert_eq!(
        refusal(&e).2,
        vec![("description".into(), "BASE_TYPE_BAD_LENGTH".into())]
    );
    assert_eq!(emu.commands().0.len(), 2, "the earlier PUT's commands stay");
    emu.shutdown();
}
