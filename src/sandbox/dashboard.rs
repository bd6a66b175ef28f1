//! The web dashboard beside a world: served on a loopback port over the world's database,
//! knowledge base and clock, asking the emulator who is who (and signing people in with the
//! emulator's OAuth2 when an application is given). The `web_*` tests and browser tests use
//! it; `concierge sandbox --dashboard` serves it.

use super::world::World;
use crate::config::{DashboardConfig, OAuthApp};
use crate::web::app::{serve, Dash, Dashboard};
use std::net::SocketAddr;
use std::sync::Arc;

impl World {
    /// Serves the dashboard on `127.0.0.1:port` (0: any free port) until the process ends;
    /// returns where it listens and its state. With `oauth`, "Sign in with Discord" goes to
    /// the emulator's authorize page.
    pub async fn serve_dashboard(
        &self,
        port: u16,
        oauth: Option<OAuthApp>,
        url: Option<String>,
    ) -> anyhow::Result<(SocketAddr, Dash)> {
        let directory = Arc::new(crate::bot::directory::BotDirectory::new(self.http.clone()));
        let config = DashboardConfig {
            addr: Some(SocketAddr::from(([127, 0, 0, 1], port))),
            url,
            oauth,
        };
        let dash = Dashboard::new(
            self.bot.desk.clone(),
            self.bot.kb.clone(),
            directory,
            config.clone(),
            Some(&self.emu.api_base()),
            Arc::new(self.clock.clone()),
        );
        let addr = config.addr.expect("set above");
        let bound = serve(addr, dash.clone(), std::future::pending()).await?;
        Ok((bound, dash))
    }
}
