//! The `messages` table: what was said in a ticket (for transcripts and response counts).

use super::tickets::{TicketRow, COLS};
use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::tickets::{AuthorKind, MessageId, Ticket, TicketId, TicketMessage, Tier, UserId};
use chrono::{DateTime, Utc};

/// A message to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMessage {
    pub message_id: MessageId,
    pub author: UserId,
    pub author_name: String,
    pub kind: AuthorKind,
    /// The author's agent tier (highest tier role), for an agent.
    pub author_tier: Option<Tier>,
    pub at: DateTime<Utc>,
    pub content: String,
}

/// What recording a message changed.
#[derive(Debug, Clone)]
pub enum MessageStored {
    /// The message id was already recorded: nothing changed.
    Duplicate,
    /// An agent message: the ticket after counting it.
    Agent(Box<Ticket>),
    /// A message by the owner: how many the owner has now posted.
    Owner(i64),
    /// Anyone else (other members, bots): stored for the transcript only.
    Other,
}

#[derive(sqlx::FromRow)]
struct MessageRow {
    ticket_id: i64,
    message_id: i64,
    author_id: i64,
    author_name: String,
    kind: String,
    at: i64,
    content: String,
}

impl Store {
    /// Records a message once (by Discord id) and updates the ticket's counters in one transaction:
    /// an agent message counts as a response, sets the first response, and meets the deadline.
    /// Records a message once per id. `response`: it is an agent's response (the desk decided
    /// by its rules) and updates the first-response figures; any other agent message is kept
    /// for the transcript only ([`MessageStored::Other`]).
    pub async fn record_message(
        &self,
        ticket: TicketId,
        owner: UserId,
        m: &NewMessage,
        response: bool,
    ) -> Result<MessageStored, StoreError> {
        let agent_sql = format!(
            "UPDATE tickets SET agent_responses = agent_responses + 1, \
             first_response_at = COALESCE(first_response_at, $2), \
             first_responder = COALESCE(first_responder, $3), sla_due_at = NULL \
             WHERE id = $1 RETURNING {COLS}"
        );
        let stored = with_pool!(self, |p| transaction!(p, |tx| {
            let inserted = sqlx::query(
                "INSERT INTO messages (message_id, ticket_id, author_id, author_name, kind, at, content) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (message_id) DO NOTHING",
            )
            .bind(m.message_id.to_db())
            .bind(ticket.0)
            .bind(m.author.to_db())
            .bind(&m.author_name)
            .bind(m.kind.as_str())
            .bind(ts(m.at))
            .bind(&m.content)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            let stored = if inserted == 0 {
                MessageStored::Duplicate
            } else if m.kind == AuthorKind::Agent && response {
                let row: TicketRow = sqlx::query_as(&agent_sql)
                    .bind(ticket.0)
                    .bind(ts(m.at))
                    .bind(m.author.to_db())
                    .fetch_one(&mut *tx)
                    .await?;
                MessageStored::Agent(Box::new(Ticket::try_from(row)?))
            } else if m.kind == AuthorKind::Member && m.author == owner {
                let n: i64 = sqlx::query_scalar(
                    "UPDATE tickets SET member_messages = member_messages + 1 WHERE id = $1 RETURNING member_messages",
                )
                .bind(ticket.0)
                .fetch_one(&mut *tx)
                .await?;
                MessageStored::Owner(n)
            } else {
                MessageStored::Other
            };
            stored
        }))?;
        Ok(stored)
    }

    /// The newest recorded message of a ticket (Discord ids grow with time).
    pub async fn last_message_of(&self, ticket: TicketId) -> Result<Option<MessageId>, StoreError> {
        let id: Option<i64> = with_pool!(self, |p| {
            sqlx::query_scalar(
            "SELECT message_id FROM messages WHERE ticket_id = $1 ORDER BY at DESC, message_id DESC LIMIT 1"
        )
        .bind(ticket.0)
        .fetch_optional(p)
        .await
        })?;
        Ok(id.map(MessageId::from_db))
    }

    /// A ticket's messages in order.
    pub async fn messages_of(&self, ticket: TicketId) -> Result<Vec<TicketMessage>, StoreError> {
        let sql = "SELECT ticket_id, message_id, author_id, author_name, kind, at, content \
                   FROM messages WHERE ticket_id = $1 ORDER BY at, message_id";
        let rows: Vec<MessageRow> = with_pool!(self, |p| sqlx::query_as(sql)
            .bind(ticket.0)
            .fetch_all(p)
            .await)?;
        rows.into_iter()
            .map(|r| {
                Ok(TicketMessage {
                    ticket: TicketId(r.ticket_id),
                    message_id: MessageId::from_db(r.message_id),
                    author: UserId::from_db(r.author_id),
                    author_name: r.author_name,
                    kind: AuthorKind::parse(&r.kind)
                        .ok_or_else(|| StoreError::Data(format!("author kind `{}`", r.kind)))?,
                    at: from_ts(r.at),
                    content: r.content,
                })
            })
            .collect()
    }
}
