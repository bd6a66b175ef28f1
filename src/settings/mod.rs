//! Server settings, pure: what each setting is ([`keys`]), one server's settings typed and
//! validated ([`server`]), and the record of a change. The process's own settings (token,
//! database, responses folder, API base, log level) stay in [`crate::config`].

pub mod keys;
pub mod problem;
pub mod server;

pub use keys::{Key, Kind, Value, KEYS};
pub use problem::Problem;
pub use server::{ServerSettings, SettingProblem};

use crate::tickets::{GuildId, UserId};
use chrono::{DateTime, Utc};

/// Through what a setting was changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// `.env`'s server keys, the first time the bot ran with them.
    Env,
    /// `/setup` or `/config` in Discord.
    Discord,
    /// `concierge config import`.
    Import,
    /// The web dashboard's settings page.
    Dashboard,
}

impl Source {
    /// As stored.
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Env => "env",
            Source::Discord => "discord",
            Source::Import => "import",
            Source::Dashboard => "dashboard",
        }
    }

    /// From the stored text.
    pub fn parse(s: &str) -> Option<Source> {
        [
            Source::Env,
            Source::Discord,
            Source::Import,
            Source::Dashboard,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// One setting's change: none is unset (the default).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub name: String,
    pub old: Option<String>,
    pub new: Option<String>,
}

/// A change as the audit keeps it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audited {
    pub guild: GuildId,
    pub at: DateTime<Utc>,
    /// None: the operator (`.env`, a file).
    pub actor: Option<UserId>,
    pub source: Source,
    pub change: Change,
}
