//! The `close_requests` table: the member is asked whether their ticket may close, by an agent
//! or, after a silence, by the bot (`inactivity_checks` keeps which agent message each ticket
//! was last asked about). One row per ticket; it goes when the member answers, the request
//! times out or the ticket closes. Asking and answering are each one transaction with their
//! event.

use super::events::{bind_event, NewEvent, INSERT_EVENT};
use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::tickets::{AuthorKind, GuildId, Status, TicketId, UserId};
use chrono::{DateTime, Utc};

/// Who asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CloseKind {
    /// An agent, with `/ticket close-request`.
    Agent,
    /// The bot, after the member said nothing since an agent's last word.
    Inactivity,
}

impl CloseKind {
    fn as_str(self) -> &'static str {
        match self {
            CloseKind::Agent => "agent",
            CloseKind::Inactivity => "inactivity",
        }
    }
}

/// A pending close request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseRequest {
    pub kind: CloseKind,
    pub ticket: TicketId,
    pub by: UserId,
    pub at: DateTime<Utc>,
    /// When the ticket closes by itself without an answer.
    pub due: DateTime<Utc>,
    pub reason: Option<String>,
}

type Row = (i64, i64, i64, i64, Option<String>, String);

const COLUMNS: &str = "ticket_id, requested_by, requested_at, due_at, reason, kind";

/// Inserts one request; bind with [`bind_request!`].
const INSERT: &str = "INSERT INTO close_requests (ticket_id, requested_by, requested_at, due_at, \
reason, kind) VALUES ($1, $2, $3, $4, $5, $6)";

/// Binds a [`CloseRequest`] onto [`INSERT`].
macro_rules! bind_request {
    ($q:expr, $r:expr) => {{
        let r: &CloseRequest = $r;
        $q.bind(r.ticket.0)
            .bind(r.by.to_db())
            .bind(ts(r.at))
            .bind(ts(r.due))
            .bind(r.reason.clone())
            .bind(r.kind.as_str())
    }};
}

fn request_of(r: Row) -> CloseRequest {
    CloseRequest {
        kind: if r.5 == CloseKind::Inactivity.as_str() {
            CloseKind::Inactivity
        } else {
            CloseKind::Agent
        },
        ticket: TicketId(r.0),
        by: UserId::from_db(r.1),
        at: from_ts(r.2),
        due: from_ts(r.3),
        reason: r.4,
    }
}

impl Store {
    /// Records an agent's close request, replacing a pending one, with its event.
    pub async fn request_close(
        &self,
        r: &CloseRequest,
        event: &NewEvent,
    ) -> Result<(), StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            bind_request!(
                sqlx::query(&format!(
                    "{INSERT} ON CONFLICT (ticket_id) DO UPDATE SET \
                     requested_by = excluded.requested_by, requested_at = excluded.requested_at, \
                     due_at = excluded.due_at, reason = excluded.reason, kind = excluded.kind"
                )),
                r
            )
            .execute(&mut *tx)
            .await?;
            bind_event!(sqlx::query(INSERT_EVENT), event, r.ticket)
                .execute(&mut *tx)
                .await?;
        }))
    }

    /// Records the bot's "is this solved?" about the agent message of `asked_about`, with its
    /// event, unless that message (or a later one) was asked about already or a request is
    /// pending: of two processes asking at once, one asks. Returns whether it asked.
    pub async fn ask_inactive(
        &self,
        r: &CloseRequest,
        event: &NewEvent,
        asked_about: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            let newer = sqlx::query(
                "INSERT INTO inactivity_checks (ticket_id, agent_message_at) VALUES ($1, $2) \
                 ON CONFLICT (ticket_id) DO UPDATE SET agent_message_at = excluded.agent_message_at \
                 WHERE inactivity_checks.agent_message_at < excluded.agent_message_at",
            )
            .bind(r.ticket.0)
            .bind(ts(asked_about))
            .execute(&mut *tx)
            .await?
            .rows_affected()
                > 0;
            let asked = newer
                && bind_request!(
                    sqlx::query(&format!("{INSERT} ON CONFLICT (ticket_id) DO NOTHING")),
                    r
                )
                .execute(&mut *tx)
                .await?
                .rows_affected()
                    > 0;
            if asked {
                bind_event!(sqlx::query(INSERT_EVENT), event, r.ticket)
                    .execute(&mut *tx)
                    .await?;
            }
            asked
        }))
    }

    /// Takes a request whose time ran out at `now` for the clock to act on: true for the one
    /// caller that removed it (an answer or another process may have ended it first).
    pub async fn take_due_close_request(
        &self,
        ticket: TicketId,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let gone = with_pool!(self, |p| sqlx::query(
            "DELETE FROM close_requests WHERE ticket_id = $1 AND due_at <= $2"
        )
        .bind(ticket.0)
        .bind(ts(now))
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(gone > 0)
    }

    /// The pending close request of a ticket, if any.
    pub async fn close_request_of(
        &self,
        ticket: TicketId,
    ) -> Result<Option<CloseRequest>, StoreError> {
        let row: Option<Row> = with_pool!(self, |p| sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM close_requests WHERE ticket_id = $1"
        ))
        .bind(ticket.0)
        .fetch_optional(p)
        .await)?;
        Ok(row.map(request_of))
    }

    /// Ends a ticket's pending close request (with `event`, if given, when there was one);
    /// returns whether there was one. Only the first of two concurrent answers gets true.
    pub async fn end_close_request(
        &self,
        ticket: TicketId,
        event: Option<&NewEvent>,
    ) -> Result<bool, StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            let gone = sqlx::query("DELETE FROM close_requests WHERE ticket_id = $1")
                .bind(ticket.0)
                .execute(&mut *tx)
                .await?
                .rows_affected()
                > 0;
            if let (true, Some(ev)) = (gone, event) {
                bind_event!(sqlx::query(INSERT_EVENT), ev, ticket)
                    .execute(&mut *tx)
                    .await?;
            }
            gone
        }))
    }

    /// `guild`'s open tickets waiting on their member: answered since their last hand-off
    /// (no response deadline pending: not just escalated, unclaimed or reopened), the last
    /// word (bot messages aside) an agent's, said at or before `before`, with no pending
    /// request and not yet asked about. Each with that agent and when they spoke.
    pub async fn waiting_on_member(
        &self,
        guild: GuildId,
        before: DateTime<Utc>,
    ) -> Result<Vec<(TicketId, UserId, DateTime<Utc>)>, StoreError> {
        let rows: Vec<(i64, i64, i64)> = with_pool!(self, |p| sqlx::query_as(
            "SELECT t.id, m.author_id, m.at FROM tickets t JOIN messages m ON m.message_id = \
             (SELECT m2.message_id FROM messages m2 WHERE m2.ticket_id = t.id AND m2.kind <> $1 \
              ORDER BY m2.at DESC, m2.message_id DESC LIMIT 1) \
             WHERE t.guild_id = $2 AND t.status <> $3 AND m.kind = $4 AND m.at <= $5 \
             AND t.sla_due_at IS NULL \
             AND NOT EXISTS (SELECT 1 FROM close_requests c WHERE c.ticket_id = t.id) \
             AND NOT EXISTS (SELECT 1 FROM inactivity_checks i WHERE i.ticket_id = t.id \
                             AND i.agent_message_at >= m.at) \
             ORDER BY t.id"
        )
        .bind(AuthorKind::Bot.as_str())
        .bind(guild.to_db())
        .bind(Status::Closed.as_str())
        .bind(AuthorKind::Agent.as_str())
        .bind(ts(before))
        .fetch_all(p)
        .await)?;
        Ok(rows
            .into_iter()
            .map(|(t, a, at)| (TicketId(t), UserId::from_db(a), from_ts(at)))
            .collect())
    }

    /// Close requests whose time ran out at `now`, oldest first.
    pub async fn due_close_requests(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Vec<CloseRequest>, StoreError> {
        let rows: Vec<Row> = with_pool!(self, |p| sqlx::query_as(&format!(
            "SELECT {COLUMNS} FROM close_requests WHERE due_at <= $1 ORDER BY due_at, ticket_id"
        ))
        .bind(ts(now))
        .fetch_all(p)
        .await)?;
        Ok(rows.into_iter().map(request_of).collect())
    }
}
