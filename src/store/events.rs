//! The `events` table: the audit log every ticket change writes, and the source of KPIs.

use super::{from_ts, ts, with_pool, Store, StoreError};
use crate::tickets::{Event, EventKind, TicketId, Tier, UserId};
use chrono::{DateTime, Utc};

/// An event to append (the ticket id is given when it is written).
#[derive(Debug, Clone, PartialEq)]
pub struct NewEvent {
    pub actor: Option<UserId>,
    pub kind: EventKind,
    pub at: DateTime<Utc>,
    pub from_tier: Option<Tier>,
    pub to_tier: Option<Tier>,
    pub reason: Option<String>,
    pub automatic: bool,
}

impl NewEvent {
    /// An event by a person, without tiers or reason.
    pub fn by(actor: UserId, kind: EventKind, at: DateTime<Utc>) -> NewEvent {
        NewEvent {
            actor: Some(actor),
            kind,
            at,
            from_tier: None,
            to_tier: None,
            reason: None,
            automatic: false,
        }
    }

    /// Adds a tier move.
    pub fn tiers(mut self, from: Tier, to: Tier) -> NewEvent {
        self.from_tier = Some(from);
        self.to_tier = Some(to);
        self
    }

    /// Adds a reason.
    pub fn reason(mut self, reason: Option<String>) -> NewEvent {
        self.reason = reason;
        self
    }
}

/// Appends one event; bind with [`bind_event!`].
pub(crate) const INSERT_EVENT: &str = "INSERT INTO events (ticket_id, actor_id, kind, at, \
from_tier, to_tier, reason, automatic) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";

/// Binds a [`NewEvent`] for ticket `$id` onto [`INSERT_EVENT`].
macro_rules! bind_event {
    ($q:expr, $ev:expr, $id:expr) => {{
        let ev: &$crate::store::events::NewEvent = $ev;
        $q.bind($id.0)
            .bind(ev.actor.map(|a| a.to_db()))
            .bind(ev.kind.as_str())
            .bind($crate::store::ts(ev.at))
            .bind(ev.from_tier.map(|t| t.0 as i64))
            .bind(ev.to_tier.map(|t| t.0 as i64))
            .bind(ev.reason.clone())
            .bind(ev.automatic)
    }};
}
pub(crate) use bind_event;

#[derive(sqlx::FromRow)]
struct EventRow {
    id: i64,
    ticket_id: i64,
    actor_id: Option<i64>,
    kind: String,
    at: i64,
    from_tier: Option<i64>,
    to_tier: Option<i64>,
    reason: Option<String>,
    automatic: bool,
}

impl TryFrom<EventRow> for Event {
    type Error = StoreError;

    fn try_from(r: EventRow) -> Result<Event, StoreError> {
        Ok(Event {
            id: r.id,
            ticket: TicketId(r.ticket_id),
            actor: r.actor_id.map(UserId::from_db),
            kind: EventKind::parse(&r.kind)
                .ok_or_else(|| StoreError::Data(format!("event kind `{}`", r.kind)))?,
            at: from_ts(r.at),
            from_tier: r.from_tier.map(tier).transpose()?,
            to_tier: r.to_tier.map(tier).transpose()?,
            reason: r.reason,
            automatic: r.automatic,
        })
    }
}

/// A tier column read back: written from a `u8`, so anything else is damaged data.
fn tier(t: i64) -> Result<Tier, StoreError> {
    u8::try_from(t)
        .map(Tier)
        .map_err(|_| StoreError::Data(format!("event tier `{t}`")))
}

const COLS: &str = "id, ticket_id, actor_id, kind, at, from_tier, to_tier, reason, automatic";

impl Store {
    /// Appends an event outside any ticket change (e.g. a rating).
    pub async fn append_event(&self, ticket: TicketId, ev: &NewEvent) -> Result<(), StoreError> {
        with_pool!(self, |p| bind_event!(sqlx::query(INSERT_EVENT), ev, ticket)
            .execute(p)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// A ticket's audit log, oldest first.
    pub async fn events_of(&self, ticket: TicketId) -> Result<Vec<Event>, StoreError> {
        let sql = format!("SELECT {COLS} FROM events WHERE ticket_id = $1 ORDER BY id");
        let rows: Vec<EventRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(ticket.0)
            .fetch_all(p)
            .await)?;
        rows.into_iter().map(Event::try_from).collect()
    }

    /// Events of one kind at or after `since`, oldest first.
    pub async fn events_since(
        &self,
        kind: EventKind,
        since: DateTime<Utc>,
    ) -> Result<Vec<Event>, StoreError> {
        let sql = format!("SELECT {COLS} FROM events WHERE kind = $1 AND at >= $2 ORDER BY id");
        let rows: Vec<EventRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(kind.as_str())
            .bind(ts(since))
            .fetch_all(p)
            .await)?;
        rows.into_iter().map(Event::try_from).collect()
    }

    /// Counts events of one kind at or after `since`.
    pub async fn count_events_since(
        &self,
        guild: crate::tickets::GuildId,
        kind: EventKind,
        since: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        let sql = "SELECT COUNT(*) FROM events e JOIN tickets t ON t.id = e.ticket_id \
                   WHERE e.kind = $1 AND e.at >= $2 AND t.guild_id = $3";
        Ok(with_pool!(self, |p| sqlx::query_scalar(sql)
            .bind(kind.as_str())
            .bind(ts(since))
            .bind(guild.to_db())
            .fetch_one(p)
            .await)?)
    }
}
