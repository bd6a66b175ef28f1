#![recursion_limit = "256"]
//! A loopback Discord (REST v10 + gateway on one port) for testing bots with their real
//! client. Start one with [`Emulator::start`], point serenity at it with
//! `HttpBuilder::new("token").proxy(emu.api_base()).ratelimiter_disabled(true)`, then drive it
//! with the test API ([`Emulator::post_message`], [`Emulator::slash_command`], ...) and look at
//! what the bot did ([`Emulator::messages`], [`Emulator::rest_calls`], ...).
//! See the README for what is and isn't emulated.

mod gateway;
pub mod guilds;
mod inspect;
mod mentions;
pub mod oauth;
pub mod payloads;
pub mod permissions;
mod rest;
pub mod state;
mod test_api;
mod test_components;
mod test_guilds;
mod test_oauth;

pub use guilds::{Guild, GuildSpec, NewGuild, Overwrite};
pub use mentions::{mention_ids, Pings};
pub use state::{Attachment, Channel, InteractionRecord, Member, Message, RestCall, Role, User};
pub use test_api::{Interaction, InteractionResponse, Opt};

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// A fault to inject into the next matching REST call.
#[derive(Clone, Debug)]
pub(crate) enum Fault {
    Fail { status: u16, retry_after: f64 },
    Delay(Duration),
}

#[derive(Clone, Debug)]
pub(crate) struct FaultRule {
    method: String,
    prefix: String,
    fault: Fault,
}

/// Shared by the server tasks and the handle.
pub(crate) struct Inner {
    pub(crate) state: Mutex<state::State>,
    pub(crate) hub: Mutex<gateway::Hub>,
    pub(crate) faults: Mutex<Vec<FaultRule>>,
    /// When set, REST calls must carry `Authorization: Bot <token>` (else 401).
    pub(crate) token: Mutex<Option<String>>,
    pub(crate) addr: SocketAddr,
}

impl Inner {
    pub(crate) fn ws_url(&self) -> String {
        format!("ws://{}/gateway", self.addr)
    }

    /// Sends a dispatch to the bot (state lock must not be held by the caller... or may be:
    /// the order is always state, then hub).
    pub(crate) fn dispatch(&self, t: &str, d: serde_json::Value) {
        self.hub.lock().unwrap().dispatch(t, d);
    }

    /// Takes the first fault rule matching this call.
    pub(crate) fn take_fault(&self, method: &str, path: &str) -> Option<Fault> {
        let mut faults = self.faults.lock().unwrap();
        let i = faults
            .iter()
            .position(|f| f.method.eq_ignore_ascii_case(method) && path.starts_with(&f.prefix))?;
        Some(faults.remove(i).fault)
    }
}

/// A running emulator. Cloning gives another handle to the same one.
#[derive(Clone)]
pub struct Emulator {
    pub(crate) inner: Arc<Inner>,
    shutdown: Arc<Mutex<Option<tokio::sync::oneshot::Sender<()>>>>,
}

impl Emulator {
    /// Binds 127.0.0.1:0 and serves REST and the gateway for a guild set up by `spec`.
    pub async fn start(spec: GuildSpec) -> std::io::Result<Emulator> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let inner = Arc::new(Inner {
            state: Mutex::new(state::State::new(&spec)),
            hub: Mutex::new(gateway::Hub::default()),
            faults: Mutex::new(Vec::new()),
            token: Mutex::new(None),
            addr,
        });
        let app = axum::Router::new()
            .route("/gateway", axum::routing::get(gateway::upgrade))
            .fallback(rest::handle)
            .with_state(inner.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(async move {
            let _ = axum::serve(listener, app)
                .with_graceful_shutdown(async {
                    let _ = rx.await;
                })
                .await;
        });
        Ok(Emulator {
            inner,
            shutdown: Arc::new(Mutex::new(Some(tx))),
        })
    }

    /// What to pass to serenity's `HttpBuilder::proxy` (`http://127.0.0.1:PORT`).
    pub fn api_base(&self) -> String {
        format!("http://{}", self.inner.addr)
    }

    /// The gateway URL (`ws://127.0.0.1:PORT/gateway`).
    pub fn gateway_url(&self) -> String {
        self.inner.ws_url()
    }

    /// Stops serving and closes the gateway connections.
    pub fn shutdown(&self) {
        {
            let hub = self.inner.hub.lock().unwrap();
            for s in &hub.sessions {
                if let Some((_, tx)) = &s.conn {
                    let _ = tx.send(gateway::Out::Close(1000));
                }
            }
        }
        if let Some(tx) = self.shutdown.lock().unwrap().take() {
            let _ = tx.send(());
        }
    }

    pub fn guild_id(&self) -> u64 {
        self.inner.state.lock().unwrap().guild_id
    }

    pub fn bot_user_id(&self) -> u64 {
        self.inner.state.lock().unwrap().bot_id
    }

    /// The application id (the same as the bot user's id).
    pub fn application_id(&self) -> u64 {
        self.bot_user_id()
    }

    /// The id of a channel or thread by name. Panics when unknown (a test typo).
    pub fn channel_id(&self, name: &str) -> u64 {
        self.inner
            .state
            .lock()
            .unwrap()
            .channel_id(name)
            .unwrap_or_else(|| panic!("no channel named {name}"))
    }

    /// The id of a role by name. Panics when unknown.
    pub fn role_id(&self, name: &str) -> u64 {
        self.inner
            .state
            .lock()
            .unwrap()
            .role_id(name)
            .unwrap_or_else(|| panic!("no role named {name}"))
    }

    /// The id of a user by name. Panics when unknown.
    pub fn user_id(&self, name: &str) -> u64 {
        self.inner
            .state
            .lock()
            .unwrap()
            .user_id(name)
            .unwrap_or_else(|| panic!("no user named {name}"))
    }

    /// Adds a member of the primary guild (and dispatches nothing: call before the bot
    /// connects, or it learns of them from messages). A user of that name who is not in the
    /// primary guild yet (a member of another guild) joins it; else a new user is made.
    /// Returns the user id.
    pub fn add_member(&self, name: &str, roles: &[&str]) -> u64 {
        let guild = self.guild_id();
        self.add_guild_member(guild, name, roles)
    }

    /// Adds a text channel to the primary guild (dispatches CHANNEL_CREATE). Returns its id.
    pub fn add_channel(&self, name: &str) -> u64 {
        let guild = self.guild_id();
        self.add_guild_channel(guild, name)
    }

    /// Gives a member of the primary guild exactly these roles (dispatches
    /// GUILD_MEMBER_UPDATE, which needs the GUILD_MEMBERS intent; later messages and
    /// interactions carry the new roles either way).
    pub fn set_member_roles(&self, user: u64, roles: &[&str]) {
        let guild = self.guild_id();
        self.set_guild_member_roles(guild, user, roles);
    }

    /// Adds a bot user that is a member (for "no answers to bots" tests).
    pub fn add_bot_user(&self, name: &str) -> u64 {
        self.inner.state.lock().unwrap().add_user(name, true)
    }

    /// Sets the language a user's Discord client is in (`en-US` by default): from now on
    /// their interactions (commands, components, modals, autocomplete) carry it as `locale`
    /// and OAuth2 `GET /users/@me` returns it. Dispatches nothing, as Discord does. Panics on
    /// an unknown user or a locale Discord does not have (`de`, `pt-BR`, `es-419`... — the
    /// docs' table).
    pub fn set_user_locale(&self, user: u64, locale: &str) {
        state::assert_locale(locale);
        let mut s = self.inner.state.lock().unwrap();
        let Some(u) = s.users.get_mut(&user) else {
            drop(s); // The emulator stays usable after the panic.
            panic!("no user {user}");
        };
        u.locale = locale.to_string();
    }

    /// Hides a channel from the bot: every REST call on it answers 403 `Missing Access`
    /// (code 50001) until [`Emulator::restore_bot_access`].
    pub fn revoke_bot_access(&self, channel: u64) {
        self.inner
            .state
            .lock()
            .unwrap()
            .hidden_from_bot
            .insert(channel);
    }

    /// Undoes [`Emulator::revoke_bot_access`].
    pub fn restore_bot_access(&self, channel: u64) {
        self.inner
            .state
            .lock()
            .unwrap()
            .hidden_from_bot
            .remove(&channel);
    }

    /// Every REST call so far.
    pub fn rest_calls(&self) -> Vec<RestCall> {
        self.inner.state.lock().unwrap().rest_calls.clone()
    }

    /// The names of every dispatch sent so far, in order (READY and RESUMED included).
    pub fn dispatched(&self) -> Vec<String> {
        let hub = self.inner.hub.lock().unwrap();
        hub.log.iter().map(|(t, _)| t.clone()).collect()
    }

    /// Every dispatch sent so far as (event name, data), READY and GUILD_CREATE included.
    pub fn dispatched_events(&self) -> Vec<(String, serde_json::Value)> {
        self.inner.hub.lock().unwrap().log.clone()
    }

    /// The READY and (primary guild's) GUILD_CREATE bodies a client identifying now would
    /// get; [`Emulator::guild_payload`] gives another guild's.
    pub fn ready_payloads(&self) -> (serde_json::Value, serde_json::Value) {
        let s = self.inner.state.lock().unwrap();
        (
            payloads::ready(&s, "session-sample", &self.inner.ws_url()),
            payloads::guild(&s, s.guild_id),
        )
    }

    /// How many IDENTIFYs and RESUMEs the gateway has seen.
    pub fn gateway_counts(&self) -> (u64, u64) {
        let hub = self.inner.hub.lock().unwrap();
        (hub.identifies, hub.resumes)
    }

    /// Closes the gateway socket (code 4000): the client should RESUME; events dispatched
    /// until then are replayed.
    pub fn drop_connection(&self) {
        let mut hub = self.inner.hub.lock().unwrap();
        for s in &mut hub.sessions {
            if let Some((_, tx)) = s.conn.take() {
                let _ = tx.send(gateway::Out::Close(4000));
            }
        }
    }

    /// Sends op 7 (Reconnect).
    pub fn send_reconnect(&self) {
        let frame = serde_json::json!({"op": 7, "s": null, "t": null, "d": null});
        self.inner.hub.lock().unwrap().send_all(frame);
    }

    /// Sends op 9 (Invalid Session). When not resumable the session is forgotten, so the
    /// client must IDENTIFY again (and gets READY and GUILD_CREATE again).
    pub fn invalidate_session(&self, resumable: bool) {
        let frame = serde_json::json!({"op": 9, "s": null, "t": null, "d": resumable});
        let mut hub = self.inner.hub.lock().unwrap();
        hub.send_all(frame);
        if !resumable {
            for s in &mut hub.sessions {
                s.id = format!("{}-invalidated", s.id);
            }
        }
    }

    /// The next REST call with this method whose path (after `/api/v10`) starts with
    /// `path_prefix` fails with `status` (500, or 429 with `retry_after` seconds).
    pub fn fail_next(&self, method: &str, path_prefix: &str, status: u16, retry_after: f64) {
        self.inner.faults.lock().unwrap().push(FaultRule {
            method: method.to_string(),
            prefix: path_prefix.to_string(),
            fault: Fault::Fail {
                status,
                retry_after,
            },
        });
    }

    /// From now on REST calls without `Authorization: Bot <token>` are refused with 401
    /// Unauthorized, as Discord refuses a wrong or reset token.
    pub fn require_token(&self, token: &str) {
        *self.inner.token.lock().unwrap() = Some(token.to_string());
    }

    /// The next matching REST call is answered only after `delay`.
    pub fn delay_next(&self, method: &str, path_prefix: &str, delay: Duration) {
        self.inner.faults.lock().unwrap().push(FaultRule {
            method: method.to_string(),
            prefix: path_prefix.to_string(),
            fault: Fault::Delay(delay),
        });
    }
}
