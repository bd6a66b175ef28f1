//! The `member_blocks` table: members a server's moderators stopped from opening tickets. A
//! block ends when it expires or is lifted; its row stays, as the blocks' audit.

use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::tickets::{GuildId, UserId};
use chrono::{DateTime, Utc};

/// A block on one member of one server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    pub guild: GuildId,
    pub member: UserId,
    pub by: UserId,
    pub reason: String,
    pub at: DateTime<Utc>,
    /// None: until lifted.
    pub until: Option<DateTime<Utc>>,
}

type Row = (i64, i64, i64, String, i64, Option<i64>);

const COLUMNS: &str = "guild_id, user_id, blocked_by, reason, blocked_at, until_at";
/// Blocks in force at `$2`.
const IN_FORCE: &str = "lifted_at IS NULL AND (until_at IS NULL OR until_at > $2)";

fn block_of(r: Row) -> Block {
    Block {
        guild: GuildId::from_db(r.0),
        member: UserId::from_db(r.1),
        by: UserId::from_db(r.2),
        reason: r.3,
        at: from_ts(r.4),
        until: r.5.map(from_ts),
    }
}

impl Store {
    /// Blocks a member, replacing a block in force on them (lifted by the same moderator at
    /// the same time), in one transaction.
    pub async fn block_member(&self, b: &Block) -> Result<(), StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            sqlx::query(&format!(
                "UPDATE member_blocks SET lifted_at = $3, lifted_by = $4 \
                 WHERE guild_id = $1 AND user_id = $5 AND {IN_FORCE}"
            ))
            .bind(b.guild.to_db())
            .bind(ts(b.at))
            .bind(ts(b.at))
            .bind(b.by.to_db())
            .bind(b.member.to_db())
            .execute(&mut *tx)
            .await?;
            sqlx::query(&format!(
                "INSERT INTO member_blocks ({COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6)"
            ))
            .bind(b.guild.to_db())
            .bind(b.member.to_db())
            .bind(b.by.to_db())
            .bind(&b.reason)
            .bind(ts(b.at))
            .bind(b.until.map(ts))
            .execute(&mut *tx)
            .await?;
        }))
    }

    /// Lifts the block in force on a member; returns it, or none if there was none.
    pub async fn lift_block(
        &self,
        guild: GuildId,
        member: UserId,
        by: UserId,
        now: DateTime<Utc>,
    ) -> Result<Option<Block>, StoreError> {
        let Some(block) = self.block_in_force(guild, member, now).await? else {
            return Ok(None);
        };
        let lifted = with_pool!(self, |p| sqlx::query(&format!(
            "UPDATE member_blocks SET lifted_at = $2, lifted_by = $3 \
             WHERE guild_id = $1 AND user_id = $4 AND {IN_FORCE}"
        ))
        .bind(guild.to_db())
        .bind(ts(now))
        .bind(by.to_db())
        .bind(member.to_db())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        // Of two lifts at once, the one that changed the row reports it.
        Ok((lifted > 0).then_some(block))
    }

    /// The block in force on a member at `now`, if any.
    pub async fn block_in_force(
        &self,
        guild: GuildId,
        member: UserId,
        now: DateTime<Utc>,
    ) -> Result<Option<Block>, StoreError> {
        let row: Option<Row> = with_pool!(self, |p| sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM member_blocks WHERE guild_id = $1 AND {IN_FORCE} \
             AND user_id = $3 ORDER BY id DESC LIMIT 1"
        ))
        .bind(guild.to_db())
        .bind(ts(now))
        .bind(member.to_db())
        .fetch_optional(p)
        .await)?;
        Ok(row.map(block_of))
    }

    /// Every block in force in `guild` at `now`, newest first.
    pub async fn blocks_in_force(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
    ) -> Result<Vec<Block>, StoreError> {
        let rows: Vec<Row> = with_pool!(self, |p| sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM member_blocks WHERE guild_id = $1 AND {IN_FORCE} \
             ORDER BY id DESC"
        ))
        .bind(guild.to_db())
        .bind(ts(now))
        .fetch_all(p)
        .await)?;
        Ok(rows.into_iter().map(block_of).collect())
    }
}
