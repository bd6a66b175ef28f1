//! Blocks: a server's moderators stop a member from opening tickets, for some days or until
//! lifted. A blocked member is refused without being told by whom; an agent may still open a
//! ticket for them. Every block and lift is kept (`member_blocks`).

use super::{Desk, DeskError};
use crate::store::blocks::Block;
use crate::tickets::{text, Actor, GuildId, Refusal, UserId};
use chrono::{DateTime, Duration, Utc};

/// The longest block with an end: ten years (longer: block until lifted).
pub const MAX_BLOCK_DAYS: u32 = 3650;

impl Desk {
    /// Blocks `member` of `guild` from opening tickets for `days` (none: until lifted),
    /// replacing a block in force. The reason is kept to one line of 200 characters.
    pub async fn block(
        &self,
        guild: GuildId,
        member: UserId,
        by: UserId,
        reason: &str,
        days: Option<u32>,
        now: DateTime<Utc>,
    ) -> Result<Block, DeskError> {
        let reason: String = text::one_line(reason).chars().take(200).collect();
        let block = Block {
            guild,
            member,
            by,
            reason,
            at: now,
            until: days.map(|d| now + Duration::days(i64::from(d.clamp(1, MAX_BLOCK_DAYS)))),
        };
        self.store.block_member(&block).await?;
        Ok(block)
    }

    /// Lifts the block in force on `member`; returns it, or none if there was none.
    pub async fn unblock(
        &self,
        guild: GuildId,
        member: UserId,
        by: UserId,
        now: DateTime<Utc>,
    ) -> Result<Option<Block>, DeskError> {
        Ok(self.store.lift_block(guild, member, by, now).await?)
    }

    /// The blocks in force in `guild`, newest first.
    pub async fn blocks(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
    ) -> Result<Vec<Block>, DeskError> {
        Ok(self.store.blocks_in_force(guild, now).await?)
    }

    /// The refusal for a blocked member opening a ticket themselves (an agent opening one for
    /// them is not refused).
    pub(crate) async fn blocked(
        &self,
        guild: GuildId,
        owner: UserId,
        opener: &Actor,
        now: DateTime<Utc>,
    ) -> Result<Option<Refusal>, DeskError> {
        if opener.user != owner {
            return Ok(None);
        }
        Ok(self
            .store
            .block_in_force(guild, owner, now)
            .await?
            .map(|b| Refusal::Blocked { until: b.until }))
    }
}
