//! A server's membership (joined, left, welcomed) and the deletion of everything kept for it.

use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::tickets::GuildId;
use chrono::{DateTime, Utc};

/// The first statement of a transaction about a server that reads before it writes: a
/// write, so SQLite holds the write lock for the whole transaction (a read followed by a
/// write could fail at once with "database is locked" when another connection wrote in
/// between). It changes nothing.
pub(super) const WRITE_FIRST: &str = "UPDATE guilds SET guild_id = guild_id WHERE guild_id = $1";

/// What deleting a server's data removed, by table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Deleted {
    pub tickets: u64,
    /// Every other row (events, messages, ratings, answers, questions, settings, audit).
    pub other_rows: u64,
}

/// Tables whose rows belong to a ticket, by `ticket_id`.
const BY_TICKET: &[&str] = &[
    "events",
    "messages",
    "ratings",
    "ticket_notes",
    "close_requests",
    "inactivity_checks",
    "ticket_tags",
    "ticket_answers",
];
/// Tables with a `guild_id`, deleted after what hangs off them.
const BY_GUILD: &[&str] = &[
    "unanswered",
    "agent_answers",
    "handled_questions",
    "guild_settings",
    "settings_audit",
    "kb_changes",
    "member_blocks",
    "tags",
    "panels",
    "dashboard_links",
    "dashboard_sessions",
    "guilds",
];

impl Store {
    /// The bot is in `guild` (it joined, or is there at start): clears a leave. Returns
    /// whether the server was never seen before (it was just joined).
    pub async fn guild_present(
        &self,
        guild: GuildId,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            sqlx::query(WRITE_FIRST)
                .bind(guild.to_db())
                .execute(&mut *tx)
                .await?;
            let known: Option<i64> =
                sqlx::query_scalar("SELECT guild_id FROM guilds WHERE guild_id = $1")
                    .bind(guild.to_db())
                    .fetch_optional(&mut *tx)
                    .await?;
            sqlx::query(
                "INSERT INTO guilds (guild_id, joined_at) VALUES ($1, $2) ON CONFLICT (guild_id) \
                 DO UPDATE SET left_at = NULL, joined_at = COALESCE(guilds.joined_at, excluded.joined_at)",
            )
            .bind(guild.to_db())
            .bind(ts(at))
            .execute(&mut *tx)
            .await?;
            known.is_none()
        }))
    }

    /// Marks that the welcome was posted in `guild`; false when it had been already.
    pub async fn mark_welcomed(
        &self,
        guild: GuildId,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let n = with_pool!(self, |p| sqlx::query(
            "UPDATE guilds SET welcomed_at = $2 WHERE guild_id = $1 AND welcomed_at IS NULL"
        )
        .bind(guild.to_db())
        .bind(ts(at))
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n == 1)
    }

    /// The bot was removed from `guild`.
    pub async fn guild_left(&self, guild: GuildId, at: DateTime<Utc>) -> Result<(), StoreError> {
        with_pool!(self, |p| sqlx::query(
            "INSERT INTO guilds (guild_id, left_at) VALUES ($1, $2) ON CONFLICT (guild_id) \
             DO UPDATE SET left_at = excluded.left_at"
        )
        .bind(guild.to_db())
        .bind(ts(at))
        .execute(p)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// The servers the bot left at or before `before` (their retention is over).
    pub async fn guilds_left_before(
        &self,
        before: DateTime<Utc>,
    ) -> Result<Vec<(GuildId, DateTime<Utc>)>, StoreError> {
        let rows: Vec<(i64, i64)> = with_pool!(self, |p| sqlx::query_as(
            "SELECT guild_id, left_at FROM guilds WHERE left_at IS NOT NULL AND left_at <= $1"
        )
        .bind(ts(before))
        .fetch_all(p)
        .await)?;
        Ok(rows
            .into_iter()
            .map(|(g, at)| (GuildId::from_db(g), from_ts(at)))
            .collect())
    }

    /// Deletes everything kept for `guild`, in one transaction: its tickets with their events,
    /// messages and ratings, its answers with their votes, questions, canned answers, settings
    /// and their audit, knowledge-base changes and membership. Names of people (shared by every
    /// server they are seen in) stay.
    pub async fn delete_guild_data(&self, guild: GuildId) -> Result<Deleted, StoreError> {
        let g = guild.to_db();
        with_pool!(self, |p| transaction!(p, |tx| {
            let mut out = Deleted::default();
            for table in BY_TICKET {
                out.other_rows += sqlx::query(&format!(
                    "DELETE FROM {table} WHERE ticket_id IN (SELECT id FROM tickets WHERE guild_id = $1)"
                ))
                .bind(g)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            }
            out.other_rows += sqlx::query(
                "DELETE FROM answer_feedback WHERE answer_id IN (SELECT id FROM answers WHERE guild_id = $1)",
            )
            .bind(g)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            out.other_rows += sqlx::query("DELETE FROM answers WHERE guild_id = $1")
                .bind(g)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            for table in BY_GUILD {
                out.other_rows += sqlx::query(&format!("DELETE FROM {table} WHERE guild_id = $1"))
                    .bind(g)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
            }
            out.tickets = sqlx::query("DELETE FROM tickets WHERE guild_id = $1")
                .bind(g)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            // After the tickets, which name them.
            out.other_rows += sqlx::query("DELETE FROM categories WHERE guild_id = $1")
                .bind(g)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            out
        }))
    }
}
