//! Shared test setup: an emulator with a small guild and a serenity client running against it.

#![allow(dead_code)]

use discord_emulator::{Emulator, GuildSpec};
use serenity::all::{ClientBuilder, EventHandler, GatewayIntents, HttpBuilder};
use std::time::Duration;

pub const WAIT: Duration = Duration::from_secs(10);

pub fn spec() -> GuildSpec {
    GuildSpec {
        channels: vec!["help", "tickets", "log"],
        roles: vec!["tier-1", "tier-2", "tier-3", "moderator", "on-call"],
        members: vec![("alice", vec![]), ("bob", vec!["tier-1"])],
        ..Default::default()
    }
}

/// A serenity `Http` pointed at the emulator (application id set, as READY would).
pub fn http(emu: &Emulator) -> serenity::http::Http {
    let http = HttpBuilder::new("token")
        .proxy(emu.api_base())
        .ratelimiter_disabled(true)
        .build();
    http.set_application_id(emu.application_id().into());
    http
}

/// Starts a client with `handler` and waits until it has identified.
pub async fn client(emu: &Emulator, handler: impl EventHandler + 'static) {
    let http = HttpBuilder::new("token")
        .proxy(emu.api_base())
        .ratelimiter_disabled(true)
        .build();
    let intents = GatewayIntents::GUILDS
        | GatewayIntents::GUILD_MESSAGES
        | GatewayIntents::MESSAGE_CONTENT
        | GatewayIntents::GUILD_MESSAGE_REACTIONS;
    let mut client = ClientBuilder::new_with_http(http, intents)
        .event_handler(handler)
        .await
        .unwrap();
    tokio::spawn(async move {
        let _ = client.start().await;
    });
    assert!(emu.wait_ready(WAIT).await, "the client never identified");
}
