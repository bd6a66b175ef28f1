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
}
