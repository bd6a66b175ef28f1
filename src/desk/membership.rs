//! Which servers the bot is in: joining (the welcome, once), leaving (the data is kept for a
//! retention period, then deleted by the clock), and deleting a server's data at once.

use super::{Desk, DeskError};
use crate::store::guilds::Deleted;
use crate::tickets::GuildId;
use chrono::{DateTime, Duration, Utc};

impl Desk {
    /// The bot is in `guild` (a GUILD_CREATE): a leave is forgotten. True when the server
    /// was never seen before.
    pub async fn server_present(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
    ) -> Result<bool, DeskError> {
        Ok(self.store.guild_present(guild, now).await?)
    }

    /// Whether the welcome is still to be posted in `guild` (and takes the turn to post it:
    /// the welcome is posted once).
    pub async fn take_welcome(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
    ) -> Result<bool, DeskError> {
        Ok(self.store.mark_welcomed(guild, now).await?)
    }

    /// The bot was removed from `guild`: its data is kept until the retention period ends.
    pub async fn server_left(&self, guild: GuildId, now: DateTime<Utc>) -> Result<(), DeskError> {
        Ok(self.store.guild_left(guild, now).await?)
    }

    /// Deletes everything kept for `guild` now (both databases alike).
    pub async fn delete_server_data(&self, guild: GuildId) -> Result<Deleted, DeskError> {
        let deleted = self.store.delete_guild_data(guild).await;
        self.forget_server(guild);
        Ok(deleted?)
    }

    /// Deletes the data of every server the bot left more than `retention` ago; the servers
    /// deleted and what went.
    pub async fn expire_left_servers(
        &self,
        now: DateTime<Utc>,
        retention: Duration,
    ) -> Result<Vec<(GuildId, Deleted)>, DeskError> {
        let mut out = Vec::new();
        for (guild, _) in self.store.guilds_left_before(now - retention).await? {
            out.push((guild, self.delete_server_data(guild).await?));
        }
        Ok(out)
    }
}
