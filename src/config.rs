//! Settings, read from the environment (and `.env`, loaded by `main`) and validated once
//! at start: every bad or missing key is reported together, by name.

mod dashboard;

pub use dashboard::{DashboardConfig, OAuthApp, StandaloneConfig};

use crate::settings::{ServerSettings, KEYS};
use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

/// Where the response files live: `--responses` if given, else `RESPONSES_DIR`, else `./responses`.
pub fn responses_dir(flag: Option<PathBuf>) -> PathBuf {
    flag.or_else(|| std::env::var_os("RESPONSES_DIR").map(PathBuf::from))
        .unwrap_or_else(|| PathBuf::from("responses"))
}

/// The database: `DATABASE_URL`, else `sqlite://concierge.db` next to where it runs.
pub fn database_url() -> String {
    std::env::var("DATABASE_URL")
        .ok()
        .filter(|s| !s.trim().is_empty())
        .unwrap_or_else(|| "sqlite://concierge.db".to_string())
}

/// Everything the bot needs to run (`concierge run`).
#[derive(Clone)]
pub struct BotConfig {
    pub token: String,
    /// REST base for a proxy or the emulator (e.g. `http://127.0.0.1:8080`); none: Discord.
    pub api_base: Option<String>,
    pub database_url: String,
    pub responses_dir: PathBuf,
    /// The single server of a `.env` set-up: slash commands are registered there (instantly)
    /// and `.env`'s server settings seed its settings; none: commands are registered
    /// globally and each server is set up from Discord or `concierge config import`.
    pub guild_id: Option<u64>,
    /// How often the SLA clock looks for due escalations.
    pub sla_tick: Duration,
    /// How long a server's data is kept after the bot was removed from it.
    pub guild_retention: Duration,
    /// The server settings `.env` gives (the single-server set-up), if it gives any: they
    /// seed that server's settings in the database the first time.
    pub server: Option<ServerSettings>,
    /// Where `/metrics`, `/healthz` and `/readyz` are served; none: not served.
    pub metrics_addr: Option<std::net::SocketAddr>,
    /// The web dashboard (served when `DASHBOARD_ADDR` is set).
    pub dashboard: DashboardConfig,
}

/// A bad or missing setting, named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub key: &'static str,
    pub problem: String,
}

/// All bad settings, shown one a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigErrors(pub Vec<ConfigError>);

impl fmt::Display for ConfigErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "the configuration has {} problem(s) (see .env.example):",
            self.0.len()
        )?;
        for e in &self.0 {
            writeln!(f, "  {}: {}", e.key, e.problem)?;
        }
        Ok(())
    }
}

impl std::error::Error for ConfigErrors {}

/// Reads settings from a key-value source, collecting every problem.
struct Reader<'a> {
    vars: &'a HashMap<String, String>,
    errors: Vec<ConfigError>,
    /// Every key asked for, set or not (the keys the configuration knows).
    asked: RefCell<BTreeSet<&'static str>>,
}

impl Reader<'_> {
    fn raw(&self, key: &'static str) -> Option<&str> {
        self.asked.borrow_mut().insert(key);
        self.vars
            .get(key)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }

    fn fail(&mut self, key: &'static str, problem: impl Into<String>) {
        self.errors.push(ConfigError {
            key,
            problem: problem.into(),
        });
    }

    fn required(&mut self, key: &'static str, what: &str) -> String {
        match self.raw(key) {
            Some(v) => v.to_string(),
            None => {
                self.fail(key, format!("missing: {what}"));
                String::new()
            }
        }
    }

    fn id(&mut self, key: &'static str) -> Option<u64> {
        let raw = self.raw(key)?.to_string();
        match parse_id(&raw) {
            Some(id) => Some(id),
            None => {
                self.fail(
                    key,
                    format!("`{raw}` is not a Discord id (a number like 123456789012345678)"),
                );
                None
            }
        }
    }

    /// A whole number from `min` to `max`, `default` when unset.
    fn number(&mut self, key: &'static str, default: u32, min: u32, max: u32) -> u32 {
        let Some(raw) = self.raw(key).map(str::to_string) else {
            return default;
        };
        match raw.parse::<u32>() {
            Ok(n) if (min..=max).contains(&n) => n,
            _ => {
                self.fail(
                    key,
                    format!("`{raw}` is not a whole number from {min} to {max}"),
                );
                default
            }
        }
    }

    /// An address and port like `example`.
    fn addr(&mut self, key: &'static str, example: &str) -> Option<std::net::SocketAddr> {
        let raw = self.raw(key)?.to_string();
        match raw.parse::<std::net::SocketAddr>() {
            Ok(a) => Some(a),
            Err(_) => {
                self.fail(
                    key,
                    format!("`{raw}` is not an address and port like {example}"),
                );
                None
            }
        }
    }

    /// `DISCORD_API_BASE`, without a trailing slash.
    fn api_base(&mut self) -> Option<String> {
        let base = self
            .raw("DISCORD_API_BASE")
            .map(|s| s.trim_end_matches('/').to_string());
        if let Some(base) = &base {
            if !(base.starts_with("http://") || base.starts_with("https://")) {
                self.fail(
                    "DISCORD_API_BASE",
                    format!("`{base}` must start with http:// or https://"),
                );
            }
        }
        base
    }

    /// `DATABASE_URL`, else `sqlite://concierge.db`, checked.
    fn database_url(&mut self) -> String {
        let url = self
            .raw("DATABASE_URL")
            .map(str::to_string)
            .unwrap_or_else(|| "sqlite://concierge.db".into());
        if let Err(err) = crate::store::check_url(&url) {
            self.fail("DATABASE_URL", err.to_string());
        }
        url
    }

    /// A duration given as a whole number of `unit`s, from `min` to `max` of them.
    fn duration(
        &mut self,
        key: &'static str,
        unit: Duration,
        default: u32,
        min: u32,
        max: u32,
    ) -> Duration {
        unit * self.number(key, default, min, max)
    }
}

/// Settings that are no longer read, and what took their place.
const RETIRED: &[(&str, &str)] = &[
    (
        "USER_COOLDOWN_SECONDS",
        "a member now gets up to MEMBER_ANSWERS_PER_MINUTE auto-answers a minute",
    ),
    (
        "CHANNEL_COOLDOWN_SECONDS",
        "different members' questions are all answered; a repeat within REPEAT_WINDOW_SECONDS points to the earlier answer",
    ),
];

const SECOND: Duration = Duration::from_secs(1);
const SECONDS_A_DAY: u32 = 86_400;

fn parse_id(s: &str) -> Option<u64> {
    s.parse::<u64>().ok().filter(|&n| n > 0)
}

impl BotConfig {
    /// Reads the process environment.
    pub fn from_env() -> Result<BotConfig, ConfigErrors> {
        BotConfig::from_vars(&std::env::vars().collect())
    }

    /// Reads settings from `vars`; reports every bad or missing key at once.
    pub fn from_vars(vars: &HashMap<String, String>) -> Result<BotConfig, ConfigErrors> {
        BotConfig::read(vars).0
    }

    /// Settings an earlier version read that are set in `vars`, with what replaced them (the
    /// bot warns about them at start; they change nothing).
    pub fn retired_in(vars: &HashMap<String, String>) -> Vec<(&'static str, &'static str)> {
        RETIRED
            .iter()
            .filter(|(k, _)| vars.get(*k).is_some_and(|v| !v.trim().is_empty()))
            .copied()
            .collect()
    }

    /// Every setting the bot knows: each key [`BotConfig::from_vars`] reads, and `RUST_LOG`
    /// (read by [`crate::logging`]). `.env.example` documents exactly these.
    pub fn keys() -> BTreeSet<&'static str> {
        let mut keys = BotConfig::read(&HashMap::new()).1;
        keys.insert("RUST_LOG");
        keys
    }

    /// Reads `vars`, returning the configuration (or every problem) and the keys it read.
    fn read(
        vars: &HashMap<String, String>,
    ) -> (Result<BotConfig, ConfigErrors>, BTreeSet<&'static str>) {
        let mut r = Reader {
            vars,
            errors: Vec::new(),
            asked: RefCell::default(),
        };
        let token = r.required(
            "DISCORD_TOKEN",
            "the bot token from the Discord developer portal",
        );
        let api_base = r.api_base();
        let guild_id = r.id("GUILD_ID");
        // The server keys: read with the same validators as `/config set` and the database.
        let given = KEYS.iter().any(|k| r.raw(k.env).is_some());
        let server = match ServerSettings::read(|k| vars.get(k.env).map(String::as_str)) {
            Ok(s) => Some(s),
            Err(problems) => {
                for p in problems {
                    r.fail(p.key.env, p.problem);
                }
                None
            }
        };
        let server = if given || guild_id.is_some() {
            // The single-server set-up: as before, it needs a ticket channel and tier roles.
            if r.raw("TICKET_CHANNEL_ID").is_none() {
                r.fail(
                    "TICKET_CHANNEL_ID",
                    "missing: the channel under which private ticket threads are created",
                );
            }
            if r.raw("TIER_ROLE_IDS").is_none() {
                r.fail(
                    "TIER_ROLE_IDS",
                    "missing: the agent roles, tier 1 first (comma list of role ids)",
                );
            }
            server
        } else {
            None
        };
        let database_url = r.database_url();
        let metrics_addr = r.addr("METRICS_ADDR", "127.0.0.1:9100");
        let dashboard = DashboardConfig::read(&mut r);
        let config = BotConfig {
            metrics_addr,
            dashboard,
            api_base,
            database_url,
            responses_dir: r
                .raw("RESPONSES_DIR")
                .map(PathBuf::from)
                .unwrap_or_else(|| PathBuf::from("responses")),
            guild_id,
            sla_tick: r.duration("SLA_CHECK_SECONDS", SECOND, 60, 1, SECONDS_A_DAY),
            guild_retention: r.duration(
                "GUILD_RETENTION_DAYS",
                Duration::from_secs(86_400),
                30,
                0,
                3650,
            ),
            server,
            token,
        };
        let asked = r.asked.take();
        if r.errors.is_empty() {
            (Ok(config), asked)
        } else {
            (Err(ConfigErrors(r.errors)), asked)
        }
    }
}

impl fmt::Debug for BotConfig {
    /// Never prints the token.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BotConfig")
            .field("token", &"<redacted>")
            .field("api_base", &self.api_base)
            .field("database_url", &self.database_url)
            .field("guild_id", &self.guild_id)
            .field("server", &self.server)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn a_complete_configuration_parses() {
        let c = BotConfig::from_vars(&vars(&[
            ("DISCORD_TOKEN", "secret"),
            ("TICKET_CHANNEL_ID", "200"),
            ("TIER_ROLE_IDS", "11, 12,13"),
            ("SUPPORT_CHANNEL_IDS", "100,101"),
            ("DISCORD_API_BASE", "http://127.0.0.1:9000/"),
        ]))
        .unwrap();
        let server = c.server.as_ref().unwrap();
        assert_eq!(server.tier_roles, vec![11, 12, 13]);
        assert_eq!(server.support_channels, vec![100, 101]);
        assert_eq!(c.api_base.as_deref(), Some("http://127.0.0.1:9000"));
        assert_eq!(server.max_open_tickets, 3);
        assert!(!format!("{c:?}").contains("secret"));
    }

    /// The problems of a configuration that is complete but for `extra`, by key.
    fn problems(extra: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut all = vec![
            ("DISCORD_TOKEN", "secret"),
            ("TICKET_CHANNEL_ID", "200"),
            ("TIER_ROLE_IDS", "11"),
        ];
        all.extend_from_slice(extra);
        match BotConfig::from_vars(&vars(&all)) {
            Ok(_) => vec![],
            Err(e) => {
                e.0.into_iter()
                    .map(|e| (e.key.to_string(), e.problem))
                    .collect()
            }
        }
    }

    #[test]
    fn numbers_past_their_range_are_refused_not_cut() {
        for (key, value) in [
            ("SLA_FIRST_RESPONSE_MINUTES", "4294967296"),
            ("MAX_OPEN_TICKETS", "4294967297"),
            ("MAX_OPEN_TICKETS", "101"),
            ("RATING_GRACE_HOURS", "18446744073709551615"),
            ("AGENT_QUIET_MINUTES", "-1"),
            ("SLA_CHECK_SECONDS", "0"),
        ] {
            let p = problems(&[(key, value)]);
            assert_eq!(p.len(), 1, "{key}={value}: {p:?}");
            assert_eq!(p[0].0, key);
            assert!(p[0].1.contains("is not a whole number from"), "{p:?}");
        }
        assert!(
            problems(&[("MAX_OPEN_TICKETS", "100"), ("RATING_GRACE_HOURS", "8760")]).is_empty()
        );
    }

    #[test]
    fn the_metrics_address_is_an_address_and_port() {
        let p = problems(&[("METRICS_ADDR", "localhost")]);
        assert!(
            p.iter().any(|(k, why)| *k == "METRICS_ADDR"
                && why.contains("`localhost` is not an address and port like 127.0.0.1:9100")),
            "{p:?}"
        );
        let c = BotConfig::from_vars(&vars(&[
            ("DISCORD_TOKEN", "secret"),
            ("METRICS_ADDR", "127.0.0.1:9100"),
        ]))
        .unwrap();
        assert_eq!(c.metrics_addr, Some("127.0.0.1:9100".parse().unwrap()));
    }

    #[test]
    fn an_sqlite_url_without_a_file_is_refused() {
        for url in ["sqlite://", "sqlite:", "sqlite://?mode=rwc", "mysql://x/y"] {
            let p = problems(&[("DATABASE_URL", url)]);
            assert_eq!(p.len(), 1, "{url}: {p:?}");
            assert_eq!(p[0].0, "DATABASE_URL");
        }
        assert!(problems(&[("DATABASE_URL", "sqlite://data/concierge.db")]).is_empty());
        assert!(problems(&[("DATABASE_URL", "sqlite:///var/lib/c.db?mode=rwc")]).is_empty());
        assert!(problems(&[("DATABASE_URL", "postgres://u:p@127.0.0.1:5432/db")]).is_empty());
    }

    #[test]
    fn business_hours_problems_are_in_the_one_report() {
        // A bad zone is reported even when no business hours use it.
        let p = problems(&[("BUSINESS_TIMEZONE", "Mars/Olympus")]);
        assert_eq!(p.len(), 1, "{p:?}");
        assert_eq!(p[0].0, "BUSINESS_TIMEZONE");
        assert!(p[0].1.contains("Mars/Olympus"), "{p:?}");
        let p = problems(&[("BUSINESS_HOURS", "mon-fry 09:00-17:00")]);
        assert_eq!(p[0].0, "BUSINESS_HOURS");
        assert!(p[0].1.contains("fry"), "{p:?}");
        // With the other bad keys, together.
        let p = problems(&[
            ("BUSINESS_HOURS", "mon-fri 17:00-09:00"),
            ("MAX_OPEN_TICKETS", "x"),
        ]);
        let keys: Vec<&str> = p.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, vec!["MAX_OPEN_TICKETS", "BUSINESS_HOURS"], "{p:?}");
        assert!(problems(&[
            ("BUSINESS_HOURS", "mon-fri 09:00-17:00"),
            ("BUSINESS_TIMEZONE", "Europe/Berlin")
        ])
        .is_empty());
    }

    #[test]
    fn every_bad_key_is_named_at_once() {
        let err = BotConfig::from_vars(&vars(&[
            ("TICKET_CHANNEL_ID", "abc"),
            ("SUPPORT_CHANNEL_IDS", "1,x"),
            ("MAX_OPEN_TICKETS", "0"),
        ]))
        .unwrap_err();
        let keys: Vec<&str> = err.0.iter().map(|e| e.key).collect();
        for key in [
            "DISCORD_TOKEN",
            "TICKET_CHANNEL_ID",
            "SUPPORT_CHANNEL_IDS",
            "TIER_ROLE_IDS",
            "MAX_OPEN_TICKETS",
        ] {
            assert!(keys.contains(&key), "{key} missing from {err}");
        }
    }
}
