//! The `close_requests` table: an agent asked the member whether their ticket may close. One
//! row per ticket; it goes when the member answers, the request times out or the ticket
//! closes. Asking and answering are each one transaction with their event.

use super::events::{bind_event, NewEvent, INSERT_EVENT};
use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::tickets::{TicketId, UserId};
use chrono::{DateTime, Utc};

/// A pending close request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CloseRequest {
    pub ticket: TicketId,
    pub by: UserId,
    pub at: DateTime<Utc>,
    /// When the ticket closes by itself without an answer.
    pub due: DateTime<Utc>,
    pub reason: Option<String>,
}

type Row = (i64, i64, i64, i64, Option<String>);

const COLUMNS: &str = "ticket_id, requested_by, requested_at, due_at, reason";

fn request_of(r: Row) -> CloseRequest {
    CloseRequest {
        ticket: TicketId(r.0),
        by: UserId::from_db(r.1),
        at: from_ts(r.2),
        due: from_ts(r.3),
        reason: r.4,
    }
}

impl Store {
    /// Records a close request (replacing a pending one) with its event.
    pub async fn request_close(
        &self,
        r: &CloseRequest,
        event: &NewEvent,
    ) -> Result<(), StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            sqlx::query("DELETE FROM close_requests WHERE ticket_id = $1")
                .bind(r.ticket.0)
                .execute(&mut *tx)
                .await?;
            sqlx::query(&format!(
                "INSERT INTO close_requests ({COLUMNS}) VALUES ($1, $2, $3, $4, $5)"
            ))
            .bind(r.ticket.0)
            .bind(r.by.to_db())
            .bind(ts(r.at))
            .bind(ts(r.due))
            .bind(r.reason.clone())
            .execute(&mut *tx)
            .await?;
            bind_event!(sqlx::query(INSERT_EVENT), event, r.ticket)
                .execute(&mut *tx)
                .await?;
        }))
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
