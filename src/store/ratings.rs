//! The `ratings` table: 1-5 stars per ticket and rater (owner ratings are CSAT, others feedback).

use super::events::{bind_event, NewEvent, INSERT_EVENT};
use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::tickets::{EventKind, TicketId, UserId};
use chrono::{DateTime, Utc};

/// One stored rating.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rating {
    pub ticket: TicketId,
    pub rater: UserId,
    pub score: u8,
    /// Given by the ticket's owner (counts toward CSAT).
    pub is_owner: bool,
    pub at: DateTime<Utc>,
}

#[derive(sqlx::FromRow)]
struct RatingRow {
    ticket_id: i64,
    rater_id: i64,
    score: i64,
    is_owner: bool,
    at: i64,
}

impl Store {
    /// Stores or replaces a rating (and logs it); false when the same score was already stored.
    pub async fn upsert_rating(&self, r: &Rating) -> Result<bool, StoreError> {
        let ev = NewEvent::by(r.rater, EventKind::Rated, r.at).reason(Some(format!(
            "{} star(s){}",
            r.score,
            if r.is_owner {
                ""
            } else {
                " (community feedback)"
            }
        )));
        let changed = with_pool!(self, |p| transaction!(p, |tx| {
            let n = sqlx::query(
                "INSERT INTO ratings (ticket_id, rater_id, score, is_owner, at) VALUES ($1, $2, $3, $4, $5) \
                 ON CONFLICT (ticket_id, rater_id) DO UPDATE SET score = excluded.score, at = excluded.at \
                 WHERE ratings.score <> excluded.score",
            )
            .bind(r.ticket.0)
            .bind(r.rater.to_db())
            .bind(r.score as i64)
            .bind(r.is_owner)
            .bind(ts(r.at))
            .execute(&mut *tx)
            .await?
            .rows_affected();
            if n > 0 {
                bind_event!(sqlx::query(INSERT_EVENT), &ev, r.ticket)
                    .execute(&mut *tx)
                    .await?;
            }
            n > 0
        }))?;
        Ok(changed)
    }

    /// Removes a rating (and logs it); false when there was none.
    pub async fn delete_rating(
        &self,
        ticket: TicketId,
        rater: UserId,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let ev = NewEvent::by(rater, EventKind::Unrated, at);
        let removed = with_pool!(self, |p| transaction!(p, |tx| {
            let n = sqlx::query("DELETE FROM ratings WHERE ticket_id = $1 AND rater_id = $2")
                .bind(ticket.0)
                .bind(rater.to_db())
                .execute(&mut *tx)
                .await?
                .rows_affected();
            if n > 0 {
                bind_event!(sqlx::query(INSERT_EVENT), &ev, ticket)
                    .execute(&mut *tx)
                    .await?;
            }
            n > 0
        }))?;
        Ok(removed)
    }

    /// The tickets whose owner's rating was given at or before `until` (and after `since`).
    pub async fn owner_rated_between(
        &self,
        guild: crate::tickets::GuildId,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<TicketId>, StoreError> {
        let ids: Vec<i64> = with_pool!(self, |p| sqlx::query_scalar(
            "SELECT r.ticket_id FROM ratings r JOIN tickets t ON t.id = r.ticket_id \
             WHERE r.is_owner AND r.at > $1 AND r.at <= $2 AND t.guild_id = $3"
        )
        .bind(ts(since))
        .bind(ts(until))
        .bind(guild.to_db())
        .fetch_all(p)
        .await)?;
        Ok(ids.into_iter().map(TicketId).collect())
    }

    /// How many owner ratings of `guild`'s tickets given in `[since, until]` were 1, 2, 3, 4
    /// and 5 stars (the CSAT distribution).
    pub async fn owner_rating_counts(
        &self,
        guild: crate::tickets::GuildId,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<[u64; 5], StoreError> {
        // The period's ratings first, then their tickets (see `owner_ratings`).
        let sql = format!(
            "SELECT r.score, COUNT(*) FROM {} AND r.at >= $2 AND r.at <= $3 GROUP BY r.score",
            super::reports::owner_ratings(self.backend(), "$1")
        );
        let rows: Vec<(i64, i64)> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(guild.to_db())
            .bind(ts(since))
            .bind(ts(until))
            .fetch_all(p)
            .await)?;
        let mut out = [0u64; 5];
        for (score, n) in rows {
            if let Some(slot) = usize::try_from(score - 1).ok().and_then(|i| out.get_mut(i)) {
                *slot = u64::try_from(n).unwrap_or(0);
            }
        }
        Ok(out)
    }

    /// A ticket's ratings, owner's first.
    pub async fn ratings_of(&self, ticket: TicketId) -> Result<Vec<Rating>, StoreError> {
        let sql =
            "SELECT ticket_id, rater_id, score, is_owner, at FROM ratings WHERE ticket_id = $1 \
                   ORDER BY is_owner DESC, at";
        let rows: Vec<RatingRow> = with_pool!(self, |p| sqlx::query_as(sql)
            .bind(ticket.0)
            .fetch_all(p)
            .await)?;
        Ok(rows
            .into_iter()
            .map(|r| {
                // Clamped to 0..=5 first, so the cast cannot lose a sign.
                #[allow(clippy::cast_sign_loss)]
                let score = r.score.clamp(0, 5) as u8;
                Rating {
                    ticket: TicketId(r.ticket_id),
                    rater: UserId::from_db(r.rater_id),
                    score,
                    is_owner: r.is_owner,
                    at: from_ts(r.at),
                }
            })
            .collect())
    }
}
