//! The `ticket_notes` table: agents' notes on a ticket, each added with its `note_added`
//! event in one transaction.

use super::events::{bind_event, NewEvent, INSERT_EVENT};
use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::tickets::{EventKind, TicketId, UserId};
use chrono::{DateTime, Utc};

/// A staff note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub ticket: TicketId,
    pub author: UserId,
    pub at: DateTime<Utc>,
    pub body: String,
}

impl Store {
    /// Adds a note and its event.
    pub async fn add_note(&self, n: &Note) -> Result<(), StoreError> {
        let event = NewEvent::by(n.author, EventKind::NoteAdded, n.at);
        with_pool!(self, |p| transaction!(p, |tx| {
            sqlx::query(
                "INSERT INTO ticket_notes (ticket_id, author_id, at, body) VALUES ($1, $2, $3, $4)",
            )
            .bind(n.ticket.0)
            .bind(n.author.to_db())
            .bind(ts(n.at))
            .bind(&n.body)
            .execute(&mut *tx)
            .await?;
            bind_event!(sqlx::query(INSERT_EVENT), &event, n.ticket)
                .execute(&mut *tx)
                .await?;
        }))
    }

    /// A ticket's notes, oldest first.
    pub async fn notes_of(&self, ticket: TicketId) -> Result<Vec<Note>, StoreError> {
        let rows: Vec<(i64, i64, String)> = with_pool!(self, |p| sqlx::query_as(
            "SELECT author_id, at, body FROM ticket_notes WHERE ticket_id = $1 ORDER BY id"
        )
        .bind(ticket.0)
        .fetch_all(p)
        .await)?;
        Ok(rows
            .into_iter()
            .map(|(author, at, body)| Note {
                ticket,
                author: UserId::from_db(author),
                at: from_ts(at),
                body,
            })
            .collect())
    }
}
