//! The `tags` and `ticket_tags` tables: a server's tags, and which tickets carry them. Putting
//! a tag on or taking it off a ticket is one transaction with its event.

use super::events::{bind_event, NewEvent, INSERT_EVENT};
use super::{transaction, ts, with_pool, Store, StoreError};
use crate::tickets::{GuildId, Status, TicketId, UserId};
use chrono::{DateTime, Utc};

/// A server's tag, with how many tickets carry it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tag {
    pub name: String,
    pub description: String,
    pub tickets: u64,
}

/// What putting a tag on (or taking it off) a ticket did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tagged {
    Done,
    /// The ticket already carried it (or, taking it off, did not).
    Already,
    /// The server has no such tag.
    NoSuchTag,
}

impl Store {
    /// Adds a tag to `guild`'s list; false if it has one of that name already.
    pub async fn create_tag(
        &self,
        guild: GuildId,
        name: &str,
        description: &str,
        by: UserId,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let added = with_pool!(self, |p| sqlx::query(
            "INSERT INTO tags (guild_id, name, description, created_by, created_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (guild_id, name) DO NOTHING"
        )
        .bind(guild.to_db())
        .bind(name)
        .bind(description)
        .bind(by.to_db())
        .bind(ts(at))
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(added > 0)
    }

    /// Removes a tag from `guild`'s list and from every ticket; returns how many tickets
    /// carried it, or none if there was no such tag.
    pub async fn remove_tag(&self, guild: GuildId, name: &str) -> Result<Option<u64>, StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            let untagged = sqlx::query(
                "DELETE FROM ticket_tags WHERE tag_id IN \
                 (SELECT id FROM tags WHERE guild_id = $1 AND name = $2)",
            )
            .bind(guild.to_db())
            .bind(name)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let gone = sqlx::query("DELETE FROM tags WHERE guild_id = $1 AND name = $2")
                .bind(guild.to_db())
                .bind(name)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            (gone > 0).then_some(untagged)
        }))
    }

    /// `guild`'s tags by name, each with the number of tickets carrying it.
    pub async fn tags(&self, guild: GuildId) -> Result<Vec<Tag>, StoreError> {
        let rows: Vec<(String, String, i64)> = with_pool!(self, |p| sqlx::query_as(
            "SELECT t.name, t.description, COUNT(tt.ticket_id) FROM tags t \
             LEFT JOIN ticket_tags tt ON tt.tag_id = t.id WHERE t.guild_id = $1 \
             GROUP BY t.id, t.name, t.description ORDER BY t.name"
        )
        .bind(guild.to_db())
        .fetch_all(p)
        .await)?;
        Ok(rows
            .into_iter()
            .map(|(name, description, n)| Tag {
                name,
                description,
                tickets: u64::try_from(n).unwrap_or_default(),
            })
            .collect())
    }

    /// Puts `guild`'s tag `name` on a ticket (`on`) or takes it off, with `event`.
    pub async fn set_ticket_tag(
        &self,
        ticket: TicketId,
        guild: GuildId,
        name: &str,
        on: bool,
        event: &NewEvent,
    ) -> Result<Tagged, StoreError> {
        let by = event.actor.map(UserId::to_db).unwrap_or_default();
        with_pool!(self, |p| transaction!(p, |tx| {
            // Written first, so a SQLite transaction takes its write lock before it reads.
            let changed = if on {
                sqlx::query(
                    "INSERT INTO ticket_tags (ticket_id, tag_id, added_by, added_at) \
                     SELECT $1, id, $2, $3 FROM tags WHERE guild_id = $4 AND name = $5 \
                     ON CONFLICT (ticket_id, tag_id) DO NOTHING",
                )
                .bind(ticket.0)
                .bind(by)
                .bind(ts(event.at))
                .bind(guild.to_db())
                .bind(name)
                .execute(&mut *tx)
                .await?
            } else {
                sqlx::query(
                    "DELETE FROM ticket_tags WHERE ticket_id = $1 AND tag_id IN \
                     (SELECT id FROM tags WHERE guild_id = $2 AND name = $3)",
                )
                .bind(ticket.0)
                .bind(guild.to_db())
                .bind(name)
                .execute(&mut *tx)
                .await?
            }
            .rows_affected();
            if changed > 0 {
                bind_event!(sqlx::query(INSERT_EVENT), event, ticket)
                    .execute(&mut *tx)
                    .await?;
                Tagged::Done
            } else {
                let exists: Option<(i64,)> =
                    sqlx::query_as("SELECT id FROM tags WHERE guild_id = $1 AND name = $2")
                        .bind(guild.to_db())
                        .bind(name)
                        .fetch_optional(&mut *tx)
                        .await?;
                if exists.is_some() {
                    Tagged::Already
                } else {
                    Tagged::NoSuchTag
                }
            }
        }))
    }

    /// The tags a ticket carries, by name.
    pub async fn tags_of_ticket(&self, ticket: TicketId) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = with_pool!(self, |p| sqlx::query_as(
            "SELECT t.name FROM ticket_tags tt JOIN tags t ON t.id = tt.tag_id \
             WHERE tt.ticket_id = $1 ORDER BY t.name"
        )
        .bind(ticket.0)
        .fetch_all(p)
        .await)?;
        Ok(rows.into_iter().map(|r| r.0).collect())
    }

    /// The tags of `guild`'s tickets not closed: (ticket, tag name) pairs.
    pub async fn tags_of_active_tickets(
        &self,
        guild: GuildId,
    ) -> Result<Vec<(TicketId, String)>, StoreError> {
        let rows: Vec<(i64, String)> = with_pool!(self, |p| sqlx::query_as(
            "SELECT tt.ticket_id, t.name FROM ticket_tags tt JOIN tags t ON t.id = tt.tag_id \
             JOIN tickets k ON k.id = tt.ticket_id \
             WHERE t.guild_id = $1 AND k.status <> $2 ORDER BY t.name"
        )
        .bind(guild.to_db())
        .bind(Status::Closed.as_str())
        .fetch_all(p)
        .await)?;
        Ok(rows.into_iter().map(|(t, n)| (TicketId(t), n)).collect())
    }
}
