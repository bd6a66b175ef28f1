//! The dashboard as a service: what every page reaches (the desk, the knowledge base, the
//! directory of Discord members, the settings, the clock), the router of every page, and
//! serving it. A front end of the core, as the bot is: it never calls the bot.

use super::routes;
use crate::clock::Clock;
use crate::config::DashboardConfig;
use crate::desk::{Access, Desk, Directory};
use crate::kb::live::LiveKb;
use crate::tickets::{GuildId, UserId};
use axum::Router;
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, OnceLock};

/// How long a person's access to a server, as Discord said, is trusted before asking again.
pub const ACCESS_FRESH_FOR: Duration = Duration::seconds(60);

/// (server, person) -> their access as Discord last said, and when it said so.
type AccessCache = HashMap<(GuildId, UserId), (DateTime<Utc>, Option<Access>)>;

/// Everything the pages share.
pub struct Dashboard {
    pub desk: Desk,
    pub kb: LiveKb,
    pub directory: Arc<dyn Directory>,
    pub config: DashboardConfig,
    /// Discord's web root for the OAuth2 pages (`https://discord.com`, or the emulator's).
    pub discord_base: String,
    pub clock: Arc<dyn Clock>,
    /// The client that talks to Discord's OAuth2 endpoints.
    pub http: reqwest::Client,
    /// The address people reach it at, known once it listens.
    base_url: OnceLock<String>,
    access: Mutex<AccessCache>,
}

/// The shared state of every handler.
pub type Dash = Arc<Dashboard>;

impl Dashboard {
    /// A dashboard over these parts; `api_base` is `DISCORD_API_BASE` (none: Discord).
    pub fn new(
        desk: Desk,
        kb: LiveKb,
        directory: Arc<dyn Directory>,
        config: DashboardConfig,
        api_base: Option<&str>,
        clock: Arc<dyn Clock>,
    ) -> Dash {
        Arc::new(Dashboard {
            desk,
            kb,
            directory,
            config,
            discord_base: api_base.unwrap_or("https://discord.com").to_string(),
            clock,
            http: reqwest::Client::builder()
                .timeout(std::time::Duration::from_secs(15))
                .build()
                .unwrap_or_default(),
            base_url: OnceLock::new(),
            access: Mutex::new(HashMap::new()),
        })
    }

    /// The address people reach it at (`DASHBOARD_URL`, else where it listens).
    pub fn base_url(&self) -> &str {
        self.base_url
            .get()
            .map_or("http://127.0.0.1", String::as_str)
    }

    /// A person's remembered access to a server, if still fresh.
    pub(super) fn cached_access(&self, guild: GuildId, user: UserId) -> Option<Option<Access>> {
        let now = self.clock.now();
        let map = self.access.lock().unwrap_or_else(|p| p.into_inner());
        map.get(&(guild, user))
            .filter(|(at, _)| now - *at < ACCESS_FRESH_FOR)
            .map(|(_, a)| *a)
    }

    /// Remembers a person's access to a server.
    pub(super) fn remember_access(&self, guild: GuildId, user: UserId, access: Option<Access>) {
        let now = self.clock.now();
        let mut map = self.access.lock().unwrap_or_else(|p| p.into_inner());
        map.retain(|_, (at, _)| now - *at < ACCESS_FRESH_FOR);
        map.insert((guild, user), (now, access));
    }
}

/// Every page and asset.
pub fn router(dash: Dash) -> Router {
    routes::router(&dash).with_state(dash)
}

/// Serves the dashboard on `addr` until `stop` completes; returns the address bound (with
/// port 0, the one the system chose) once it listens.
pub async fn serve(
    addr: SocketAddr,
    dash: Dash,
    stop: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<SocketAddr> {
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("DASHBOARD_ADDR {addr}: cannot listen there: {e}"))?;
    let bound = listener.local_addr()?;
    let _ = dash.base_url.set(dash.config.public_url(bound));
    let app = router(dash.clone());
    tokio::spawn(async move {
        let served = axum::serve(listener, app)
            .with_graceful_shutdown(stop)
            .await;
        if let Err(err) = served {
            tracing::error!(error = %err, "the dashboard stopped");
        }
    });
    tracing::info!(address = %bound, url = dash.base_url(), "serving the dashboard");
    Ok(bound)
}
