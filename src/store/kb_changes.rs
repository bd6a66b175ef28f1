//! The `kb_changes` table: changes to a server's knowledge base made from Discord.

use super::{from_ts, ts, with_pool, Store, StoreError};
use crate::tickets::{GuildId, UserId};
use chrono::{DateTime, Utc};

/// One change to a server's entries.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbChange {
    pub guild: GuildId,
    pub at: DateTime<Utc>,
    pub actor: UserId,
    /// `added`, `updated`, `overrode` or `removed`.
    pub action: String,
    pub entry_id: String,
    /// The file written, relative to the responses folder.
    pub file: String,
}

impl Store {
    /// Records a change to a server's entries.
    pub async fn record_kb_change(&self, c: &KbChange) -> Result<(), StoreError> {
        with_pool!(self, |p| sqlx::query(
            "INSERT INTO kb_changes (guild_id, at, actor_id, action, entry_id, file) \
             VALUES ($1, $2, $3, $4, $5, $6)"
        )
        .bind(c.guild.to_db())
        .bind(ts(c.at))
        .bind(c.actor.to_db())
        .bind(&c.action)
        .bind(&c.entry_id)
        .bind(&c.file)
        .execute(p)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// The newest `limit` changes to `guild`'s entries, newest first.
    pub async fn kb_changes(
        &self,
        guild: GuildId,
        limit: u32,
    ) -> Result<Vec<KbChange>, StoreError> {
        let rows: Vec<(i64, i64, String, String, String)> = with_pool!(self, |p| sqlx::query_as(
            "SELECT at, actor_id, action, entry_id, file FROM kb_changes WHERE guild_id = $1 \
             ORDER BY id DESC LIMIT $2"
        )
        .bind(guild.to_db())
        .bind(i64::from(limit))
        .fetch_all(p)
        .await)?;
        Ok(rows
            .into_iter()
            .map(|(at, actor, action, entry_id, file)| KbChange {
                guild,
                at: from_ts(at),
                actor: UserId::from_db(actor),
                action,
                entry_id,
                file,
            })
            .collect())
    }
}
