//! A real `serenity::Client` against the emulator: READY and GUILD_CREATE reach the cache,
//! messages and slash commands reach the handler, its REST replies land in the emulator, and
//! a dropped socket is resumed without losing or doubling an event.

use discord_emulator::{Emulator, GuildSpec, Opt};
use serenity::all::{
    Context, CreateInteractionResponse, CreateInteractionResponseMessage, CreateMessage,
    EventHandler, GatewayIntents, Guild, HttpBuilder, Interaction, Message, Ready, ResumedEvent,
};
use serenity::async_trait;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const WAIT: Duration = Duration::from_secs(10);

#[derive(Default)]
struct Seen {
    ready: usize,
    guild_in_cache: bool,
    messages: Vec<String>,
    resumed: usize,
}

struct Handler(Arc<Mutex<Seen>>);

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _ctx: Context, _ready: Ready) {
        self.0.lock().unwrap().ready += 1;
    }

    async fn guild_create(&self, ctx: Context, guild: Guild, _is_new: Option<bool>) {
        let cached = ctx.cache.guild(guild.id).is_some();
        self.0.lock().unwrap().guild_in_cache = cached;
    }

    async fn resume(&self, _ctx: Context, _: ResumedEvent) {
        self.0.lock().unwrap().resumed += 1;
    }

    async fn message(&self, ctx: Context, msg: Message) {
        if msg.author.bot {
            return;
        }
        self.0.lock().unwrap().messages.push(msg.content.clone());
        if msg.content.starts_with("!echo ") {
            let reply = CreateMessage::new()
                .content(format!("echo: {}", &msg.content[6..]))
                .reference_message(&msg);
            // `&ctx` (with the cache): serenity checks permissions against GUILD_CREATE.
            msg.channel_id.send_message(&ctx, reply).await.unwrap();
        }
    }

    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        if let Interaction::Command(cmd) = interaction {
            let topic = cmd
                .data
                .options
                .first()
                .map(|o| format!("{:?}", o.value))
                .unwrap_or_default();
            let msg = CreateInteractionResponseMessage::new()
                .content(format!("pong {} {topic}", cmd.data.name))
                .ephemeral(true);
            cmd.create_response(&ctx.http, CreateInteractionResponse::Message(msg))
                .await
                .unwrap();
        }
    }
}

async fn start() -> (Emulator, Arc<Mutex<Seen>>) {
    let emu = Emulator::start(GuildSpec {
        channels: vec!["help", "tickets"],
        roles: vec!["tier-1"],
        members: vec![("alice", vec![]), ("bob", vec!["tier-1"])],
        ..Default::default()
    })
    .await
    .unwrap();
    let seen = Arc::new(Mutex::new(Seen::default()));
    let http = HttpBuilder::new("token")
        .proxy(emu.api_base())
        .ratelimiter_disabled(true)
        .build();
    let intents = GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
        | GatewayIntents::GUILD_MESSAGE_REACTIONS;
    let client = serenity::all::ClientBuilder::new_with_http(http, intents);
    let mut client = client.event_handler(Handler(seen.clone())).await.unwrap();
    tokio::spawn(async move {
        let _ = client.start().await;
    });
    assert!(emu.wait_ready(WAIT).await, "the client never identified");
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().guild_in_cache)
            .await,
        "GUILD_CREATE never reached the cache"
    );
    (emu, seen)
}

#[tokio::test]
async fn messages_and_commands_round_trip() {
    let (emu, seen) = start().await;
    assert_eq!(seen.lock().unwrap().ready, 1);
    let help = emu.channel_id("help");
    let alice = emu.user_id("alice");
    let q = emu.post_message(help, alice, "!echo hello");
    let reply = emu
        .wait_for_message(help, |m| m.content == "echo: hello", WAIT)
        .await
        .expect("the handler's reply");
    assert_eq!(reply.author_id, emu.bot_user_id());
    assert_eq!(
        reply.message_reference.as_ref().unwrap()["message_id"],
        q.to_string()
    );
    assert!(emu
        .rest_calls()
        .iter()
        .any(|c| c.method == "POST" && c.path == format!("/channels/{help}/messages")));

    let cmd = emu.slash_command(
        help,
        alice,
        "ticket",
        Some("open"),
        vec![Opt::string("topic", "printer")],
    );
    let r = emu
        .wait_for_interaction_response(&cmd, WAIT)
        .await
        .expect("a callback");
    assert_eq!(r.callback_type, 4);
    assert!(r.ephemeral);
    assert!(r.content.starts_with("pong ticket"), "{}", r.content);
    // Ephemeral answers are not in the channel.
    assert!(emu
        .messages(help)
        .iter()
        .all(|m| !m.content.starts_with("pong")));
    emu.shutdown();
}

#[tokio::test]
async fn a_dropped_socket_resumes_and_misses_nothing() {
    let (emu, seen) = start().await;
    let help = emu.channel_id("help");
    let bob = emu.user_id("bob");
    emu.post_message(help, bob, "before");
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s
            .lock()
            .unwrap()
            .messages
            .contains(&"before".to_string()))
            .await
    );

    emu.drop_connection();
    emu.post_message(help, bob, "while down");
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().resumed == 1)
            .await,
        "no RESUMED"
    );
    emu.post_message(help, bob, "after");
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s
            .lock()
            .unwrap()
            .messages
            .contains(&"after".to_string()))
            .await
    );
    let got = seen.lock().unwrap().messages.clone();
    assert_eq!(got, vec!["before", "while down", "after"]);
    assert_eq!(emu.gateway_counts(), (1, 1), "one IDENTIFY, one RESUME");
    assert_eq!(seen.lock().unwrap().ready, 1);

    // op 7: the client reconnects and resumes too.
    emu.send_reconnect();
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().resumed == 2)
            .await,
        "no second RESUMED"
    );
    emu.post_message(help, bob, "after reconnect");
    let s = seen.clone();
    assert!(
        emu.wait_until(WAIT, |_| s.lock().unwrap().messages.len() == 4)
            .await
    );
    emu.shutdown();
}
