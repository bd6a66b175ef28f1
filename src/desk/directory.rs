//! What the dashboard asks Discord about a person: their roles in a server and whether they
//! manage it. A seam, so the web layer never names Discord types: the Discord layer
//! implements it with the bot's REST client (`bot::directory`), tests with the emulator.

use crate::tickets::{GuildId, UserId};
use async_trait::async_trait;

/// A person as a member of a server, as Discord says now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MemberView {
    pub roles: Vec<u64>,
    /// They own the server, or a role of theirs has Manage Server or Administrator.
    pub manages: bool,
}

/// A server's roles and channels by name, to show ids as people know them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ServerNames {
    pub roles: Vec<(u64, String)>,
    /// Its channels (not threads), in Discord's order.
    pub channels: Vec<(u64, String)>,
}

impl ServerNames {
    /// A role's or channel's name, if known.
    pub fn name_of(&self, id: u64) -> Option<&str> {
        self.roles
            .iter()
            .chain(&self.channels)
            .find(|(i, _)| *i == id)
            .map(|(_, n)| n.as_str())
    }
}

/// Discord could not be asked (a network failure, the bot token refused, no token at all).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DirectoryError(pub String);

/// Who is who in Discord, asked with the bot's credentials.
#[async_trait]
pub trait Directory: Send + Sync {
    /// `user` in `guild`; none if they are not a member (or the bot is not in the server).
    async fn member(
        &self,
        guild: GuildId,
        user: UserId,
    ) -> Result<Option<MemberView>, DirectoryError>;
    /// The server's name; none if the bot is not in it.
    async fn guild_name(&self, guild: GuildId) -> Result<Option<String>, DirectoryError>;
    /// The server's roles and channels by name (empty if the bot is not in it).
    async fn names(&self, guild: GuildId) -> Result<ServerNames, DirectoryError>;
}

/// The directory of a dashboard run without a bot token: it knows nobody, so only one-time
/// link logins work.
pub struct NoDirectory;

#[async_trait]
impl Directory for NoDirectory {
    async fn member(&self, _: GuildId, _: UserId) -> Result<Option<MemberView>, DirectoryError> {
        Err(DirectoryError(
            "DISCORD_TOKEN is not set, so a Discord login's roles cannot be checked".into(),
        ))
    }

    async fn guild_name(&self, _: GuildId) -> Result<Option<String>, DirectoryError> {
        Ok(None)
    }

    async fn names(&self, _: GuildId) -> Result<ServerNames, DirectoryError> {
        Ok(ServerNames::default())
    }
}
