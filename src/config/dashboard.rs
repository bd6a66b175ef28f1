//! The dashboard's settings: where it listens (`DASHBOARD_ADDR`), the address people reach it
//! at (`DASHBOARD_URL`, the OAuth2 redirect's base) and the Discord application it signs
//! people in with (`DISCORD_CLIENT_ID`, `DISCORD_CLIENT_SECRET`). Read by `concierge run`
//! (which serves the dashboard when `DASHBOARD_ADDR` is set) and `concierge dashboard`.

use super::{ConfigErrors, Reader};
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::net::SocketAddr;
use std::path::PathBuf;

/// The dashboard's own settings.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct DashboardConfig {
    /// Where it listens; none: not served by `concierge run`.
    pub addr: Option<SocketAddr>,
    /// The address people type, without a trailing slash (e.g. `https://support.example.org`);
    /// none: `http://` and the address it listens on.
    pub url: Option<String>,
    /// The Discord application for "Sign in with Discord"; none: link logins only.
    pub oauth: Option<OAuthApp>,
}

/// A Discord application's OAuth2 credentials.
#[derive(Clone, PartialEq, Eq)]
pub struct OAuthApp {
    pub client_id: u64,
    pub client_secret: String,
}

impl fmt::Debug for DashboardConfig {
    /// Never prints the client secret.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("DashboardConfig")
            .field("addr", &self.addr)
            .field("url", &self.url)
            .field("oauth", &self.oauth.as_ref().map(|o| o.client_id))
            .finish()
    }
}

impl DashboardConfig {
    /// The address people reach the dashboard at, when it listens on `bound`.
    pub fn public_url(&self, bound: SocketAddr) -> String {
        self.url
            .clone()
            .unwrap_or_else(|| format!("http://{bound}"))
    }

    /// Whether people reach it over https (its cookies are then `Secure`).
    pub fn secure(&self) -> bool {
        self.url
            .as_deref()
            .is_some_and(|u| u.starts_with("https://"))
    }

    /// Reads the dashboard's keys, reporting problems into `r`.
    pub(super) fn read(r: &mut Reader) -> DashboardConfig {
        let addr = r.addr("DASHBOARD_ADDR", "127.0.0.1:8080");
        let url = r
            .raw("DASHBOARD_URL")
            .map(|u| u.trim_end_matches('/').to_string());
        if let Some(u) = &url {
            let rest = u
                .strip_prefix("https://")
                .or_else(|| u.strip_prefix("http://"));
            if rest.is_none_or(|h| h.is_empty() || h.contains(char::is_whitespace)) {
                r.fail(
                    "DASHBOARD_URL",
                    format!("`{u}` is not an http:// or https:// address like https://support.example.org"),
                );
            }
        }
        let client_id = r.id("DISCORD_CLIENT_ID");
        let secret = r.raw("DISCORD_CLIENT_SECRET").map(str::to_string);
        let oauth = match (client_id, secret) {
            (Some(client_id), Some(client_secret)) => Some(OAuthApp {
                client_id,
                client_secret,
            }),
            (None, None) => None,
            (Some(_), None) => {
                r.fail(
                    "DISCORD_CLIENT_SECRET",
                    "missing: DISCORD_CLIENT_ID is set, and Discord login needs the application's secret too",
                );
                None
            }
            (None, Some(_)) => {
                if r.raw("DISCORD_CLIENT_ID").is_none() {
                    r.fail(
                        "DISCORD_CLIENT_ID",
                        "missing: DISCORD_CLIENT_SECRET is set, and Discord login needs the application's id too",
                    );
                }
                None
            }
        };
        if oauth.is_some() && url.is_none() && addr.is_some_and(|a| !a.ip().is_loopback()) {
            r.fail(
                "DASHBOARD_URL",
                "missing: Discord login sends people back to the dashboard, so it needs the address they reach it at",
            );
        }
        DashboardConfig { addr, url, oauth }
    }
}

/// What `concierge dashboard` runs with: the dashboard's settings, the database, the
/// response files and, optionally, the bot's token (to check Discord logins' roles).
#[derive(Clone)]
pub struct StandaloneConfig {
    pub dashboard: DashboardConfig,
    pub database_url: String,
    pub responses_dir: PathBuf,
    pub token: Option<String>,
    pub api_base: Option<String>,
}

impl fmt::Debug for StandaloneConfig {
    /// Never prints the token.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StandaloneConfig")
            .field("dashboard", &self.dashboard)
            .field("database_url", &crate::store::redact(&self.database_url))
            .field("responses_dir", &self.responses_dir)
            .field("token", &self.token.as_ref().map(|_| "<redacted>"))
            .field("api_base", &self.api_base)
            .finish()
    }
}

impl StandaloneConfig {
    /// Reads `vars`; reports every bad key at once.
    pub fn from_vars(vars: &HashMap<String, String>) -> Result<StandaloneConfig, ConfigErrors> {
        let mut r = Reader {
            vars,
            errors: Vec::new(),
            asked: std::cell::RefCell::new(BTreeSet::new()),
        };
        let dashboard = DashboardConfig::read(&mut r);
        let api_base = r.api_base();
        let token = r.raw("DISCORD_TOKEN").map(str::to_string);
        let database_url = r.database_url();
        let responses_dir = r
            .raw("RESPONSES_DIR")
            .map_or_else(|| PathBuf::from("responses"), PathBuf::from);
        if r.errors.is_empty() {
            Ok(StandaloneConfig {
                dashboard,
                database_url,
                responses_dir,
                token,
                api_base,
            })
        } else {
            Err(ConfigErrors(r.errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(pairs: &[(&str, &str)]) -> Result<StandaloneConfig, Vec<&'static str>> {
        let vars = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        StandaloneConfig::from_vars(&vars).map_err(|e| e.0.iter().map(|e| e.key).collect())
    }

    #[test]
    fn the_dashboard_settings_parse() {
        let c = read(&[
            ("DASHBOARD_ADDR", "0.0.0.0:8080"),
            ("DASHBOARD_URL", "https://support.example.org/"),
            ("DISCORD_CLIENT_ID", "1234"),
            ("DISCORD_CLIENT_SECRET", "s3cret"),
        ])
        .unwrap();
        let d = &c.dashboard;
        assert_eq!(d.addr, Some("0.0.0.0:8080".parse().unwrap()));
        assert_eq!(d.url.as_deref(), Some("https://support.example.org"));
        assert!(d.secure());
        assert_eq!(d.oauth.as_ref().unwrap().client_id, 1234);
        assert!(!format!("{d:?}").contains("s3cret"));
        assert_eq!(c.token, None);
    }

    #[test]
    fn bad_dashboard_settings_are_named() {
        assert_eq!(
            read(&[("DASHBOARD_ADDR", "localhost")]).unwrap_err(),
            ["DASHBOARD_ADDR"]
        );
        assert_eq!(
            read(&[("DASHBOARD_URL", "support.example.org")]).unwrap_err(),
            ["DASHBOARD_URL"]
        );
        assert_eq!(
            read(&[("DISCORD_CLIENT_ID", "12")]).unwrap_err(),
            ["DISCORD_CLIENT_SECRET"]
        );
        assert_eq!(
            read(&[("DISCORD_CLIENT_SECRET", "x")]).unwrap_err(),
            ["DISCORD_CLIENT_ID"]
        );
        // Discord must be able to send people back: a public address needs DASHBOARD_URL.
        assert_eq!(
            read(&[
                ("DASHBOARD_ADDR", "0.0.0.0:8080"),
                ("DISCORD_CLIENT_ID", "12"),
                ("DISCORD_CLIENT_SECRET", "x"),
            ])
            .unwrap_err(),
            ["DASHBOARD_URL"]
        );
        let local = read(&[("DASHBOARD_ADDR", "127.0.0.1:8080")]).unwrap();
        assert_eq!(
            local
                .dashboard
                .public_url("127.0.0.1:8080".parse().unwrap()),
            "http://127.0.0.1:8080"
        );
        assert!(!local.dashboard.secure());
    }
}
