//! The `tickets` table: insert with the open-ticket limit, lookups, and conditional transitions.

use super::events::{bind_event, NewEvent, INSERT_EVENT};
use super::transition::{statement, Transition, Value};
use super::{from_ts, transaction, ts, with_pool, Backend, Store, StoreError};
use crate::tickets::{
    CategoryId, ChannelId, FormAnswer, GuildId, InteractionId, Priority, Status, Ticket, TicketId,
    TicketNo, Tier, UserId,
};
use chrono::{DateTime, Duration, Utc};

/// Every ticket column, in [`TicketRow`] order.
pub(crate) const COLS: &str =
    "id, number, guild_id, owner_id, opened_by, thread_id, topic, tier, status, \
priority, claimed_by, opened_at, first_response_at, first_responder, claimed_at, closed_at, \
closed_by, resolution, reopened_at, reopen_count, agent_responses, sla_due_at, first_sla_due_at, \
closed_inactive, category_id";

#[derive(sqlx::FromRow)]
pub(crate) struct TicketRow {
    id: i64,
    number: i64,
    guild_id: i64,
    owner_id: i64,
    opened_by: i64,
    thread_id: Option<i64>,
    topic: String,
    tier: i64,
    status: String,
    priority: String,
    claimed_by: Option<i64>,
    opened_at: i64,
    first_response_at: Option<i64>,
    first_responder: Option<i64>,
    claimed_at: Option<i64>,
    closed_at: Option<i64>,
    closed_by: Option<i64>,
    resolution: Option<String>,
    reopened_at: Option<i64>,
    reopen_count: i64,
    agent_responses: i64,
    sla_due_at: Option<i64>,
    first_sla_due_at: i64,
    closed_inactive: bool,
    category_id: Option<i64>,
}

impl TryFrom<TicketRow> for Ticket {
    type Error = StoreError;

    fn try_from(r: TicketRow) -> Result<Ticket, StoreError> {
        // Clamped to 1..=255 first, so the cast cannot lose a sign.
        #[allow(clippy::cast_sign_loss)]
        let tier = Tier(r.tier.clamp(1, 255) as u8);
        Ok(Ticket {
            id: TicketId(r.id),
            no: TicketNo(r.number),
            guild: GuildId::from_db(r.guild_id),
            owner: UserId::from_db(r.owner_id),
            opened_by: UserId::from_db(r.opened_by),
            thread: r.thread_id.map(ChannelId::from_db),
            topic: r.topic,
            tier,
            status: Status::parse(&r.status)
                .ok_or_else(|| StoreError::Data(format!("ticket status `{}`", r.status)))?,
            priority: Priority::parse(&r.priority)
                .ok_or_else(|| StoreError::Data(format!("ticket priority `{}`", r.priority)))?,
            claimed_by: r.claimed_by.map(UserId::from_db),
            opened_at: from_ts(r.opened_at),
            first_response_at: r.first_response_at.map(from_ts),
            first_responder: r.first_responder.map(UserId::from_db),
            claimed_at: r.claimed_at.map(from_ts),
            closed_at: r.closed_at.map(from_ts),
            closed_by: r.closed_by.map(UserId::from_db),
            resolution: r.resolution,
            reopened_at: r.reopened_at.map(from_ts),
            reopen_count: u32::try_from(r.reopen_count.max(0)).unwrap_or(u32::MAX),
            agent_responses: u32::try_from(r.agent_responses.max(0)).unwrap_or(u32::MAX),
            sla_due_at: r.sla_due_at.map(from_ts),
            first_sla_due_at: from_ts(r.first_sla_due_at),
            closed_inactive: r.closed_inactive,
            category: r.category_id.map(CategoryId),
        })
    }
}

fn convert(rows: Vec<TicketRow>) -> Result<Vec<Ticket>, StoreError> {
    rows.into_iter().map(Ticket::try_from).collect()
}

/// Binds `values` in order onto a query (works for either backend's query type).
macro_rules! bind_values {
    ($q:expr, $values:expr) => {{
        let mut q = $q;
        for v in $values {
            q = match v {
                Value::Int(i) => q.bind(*i),
                Value::Text(s) => q.bind(s.clone()),
                Value::Bool(b) => q.bind(*b),
            };
        }
        q
    }};
}

/// A ticket to insert.
#[derive(Debug, Clone)]
pub struct NewTicket {
    pub guild: GuildId,
    pub owner: UserId,
    pub opened_by: UserId,
    pub thread: Option<ChannelId>,
    pub interaction: Option<InteractionId>,
    pub topic: String,
    pub category: Option<CategoryId>,
    /// The answers to the category's form, in its order.
    pub answers: Vec<FormAnswer>,
    pub tier: Tier,
    pub priority: Priority,
    pub opened_at: DateTime<Utc>,
    pub sla_due_at: DateTime<Utc>,
}

/// What an insert did.
#[derive(Debug, Clone)]
pub enum Inserted {
    /// A new ticket.
    Created(Ticket),
    /// The same interaction or thread already made this ticket: nothing new.
    Duplicate(Ticket),
    /// The owner already holds the maximum; their open tickets.
    TooMany(Vec<TicketNo>),
}

/// The ticket's number is the next in its server: opens in one server are serialised (SQLite
/// has one writer; PostgreSQL takes the server's advisory lock first).
const INSERT_TICKET: &str =
    "INSERT INTO tickets (guild_id, number, owner_id, opened_by, thread_id, \
interaction_id, topic, tier, status, priority, opened_at, sla_due_at, first_sla_due_at, category_id) \
SELECT $1, COALESCE((SELECT MAX(number) FROM tickets WHERE guild_id = $1), 0) + 1, \
$2, $3, $4, $5, $6, $7, $12, $8, $9, $10, $10, $14 \
WHERE (SELECT COUNT(*) FROM tickets WHERE owner_id = $2 AND guild_id = $1 AND status <> $13) < $11 \
ON CONFLICT DO NOTHING RETURNING id";

impl Store {
    /// How many tickets the database holds.
    pub async fn ticket_count(&self) -> Result<i64, StoreError> {
        with_pool!(self, |p| sqlx::query_scalar("SELECT COUNT(*) FROM tickets")
            .fetch_one(p)
            .await
            .map_err(StoreError::from))
    }

    /// A server's ticket by its number there.
    pub async fn ticket_by_number(
        &self,
        guild: GuildId,
        no: TicketNo,
    ) -> Result<Option<Ticket>, StoreError> {
        let sql = format!("SELECT {COLS} FROM tickets WHERE guild_id = $1 AND number = $2");
        let row: Option<TicketRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(guild.to_db())
            .bind(no.0)
            .fetch_optional(p)
            .await)?;
        row.map(Ticket::try_from).transpose()
    }

    /// One ticket by its id.
    pub async fn ticket(&self, id: TicketId) -> Result<Option<Ticket>, StoreError> {
        let sql = format!("SELECT {COLS} FROM tickets WHERE id = $1");
        let row: Option<TicketRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(id.0)
            .fetch_optional(p)
            .await)?;
        row.map(Ticket::try_from).transpose()
    }

    /// The ticket living in a thread.
    pub async fn ticket_by_thread(&self, thread: ChannelId) -> Result<Option<Ticket>, StoreError> {
        let sql = format!("SELECT {COLS} FROM tickets WHERE thread_id = $1");
        let row: Option<TicketRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(thread.to_db())
            .fetch_optional(p)
            .await)?;
        row.map(Ticket::try_from).transpose()
    }

    async fn ticket_by_interaction(&self, id: InteractionId) -> Result<Option<Ticket>, StoreError> {
        let sql = format!("SELECT {COLS} FROM tickets WHERE interaction_id = $1");
        let row: Option<TicketRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(id.to_db())
            .fetch_optional(p)
            .await)?;
        row.map(Ticket::try_from).transpose()
    }

    /// A member's open (or claimed) tickets in a guild, oldest first.
    pub async fn open_tickets_of(
        &self,
        guild: GuildId,
        owner: UserId,
    ) -> Result<Vec<Ticket>, StoreError> {
        let sql = format!(
            "SELECT {COLS} FROM tickets WHERE owner_id = $1 AND guild_id = $2 AND status <> $3 ORDER BY id"
        );
        let rows: Vec<TicketRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(owner.to_db())
            .bind(guild.to_db())
            .bind(Status::Closed.as_str())
            .fetch_all(p)
            .await)?;
        convert(rows)
    }

    /// The tickets a member opened themselves (not ones agents opened for them) in a guild
    /// since `since`: when each was opened and whether it was urgent, oldest first.
    pub async fn opened_by_member_since(
        &self,
        guild: GuildId,
        owner: UserId,
        since: DateTime<Utc>,
    ) -> Result<Vec<(DateTime<Utc>, Priority)>, StoreError> {
        let rows: Vec<(i64, String)> = with_pool!(self, |p| {
            sqlx::query_as(
            "SELECT opened_at, priority FROM tickets \
             WHERE owner_id = $1 AND guild_id = $2 AND opened_by = $1 AND opened_at >= $3 ORDER BY opened_at"
        )
        .bind(owner.to_db())
        .bind(guild.to_db())
        .bind(ts(since))
        .fetch_all(p)
        .await
        })?;
        rows.into_iter()
            .map(|(at, priority)| {
                let priority = Priority::parse(&priority)
                    .ok_or_else(|| StoreError::Data(format!("unknown priority `{priority}`")))?;
                Ok((from_ts(at), priority))
            })
            .collect()
    }

    /// Inserts a ticket unless the owner holds `max_open` already (checked atomically) or the
    /// interaction / thread already made one; links the owner's recent questions to it.
    pub async fn insert_ticket(
        &self,
        t: &NewTicket,
        max_open: u32,
        event: NewEvent,
    ) -> Result<Inserted, StoreError> {
        if let Some(i) = t.interaction {
            if let Some(existing) = self.ticket_by_interaction(i).await? {
                return Ok(Inserted::Duplicate(existing));
            }
        }
        let pg = self.backend() == Backend::Postgres;
        let since = ts(t.opened_at - Duration::hours(24));
        let id: Option<i64> = with_pool!(self, |p| transaction!(p, |tx| {
            if pg {
                // Serialise opens per server: two at once can neither both pass a member's
                // limit nor take the same number.
                sqlx::query("SELECT pg_advisory_xact_lock($1)")
                    .bind(t.guild.to_db())
                    .execute(&mut *tx)
                    .await?;
            }
            let id: Option<i64> = sqlx::query_scalar(INSERT_TICKET)
                .bind(t.guild.to_db())
                .bind(t.owner.to_db())
                .bind(t.opened_by.to_db())
                .bind(t.thread.map(ChannelId::to_db))
                .bind(t.interaction.map(InteractionId::to_db))
                .bind(&t.topic)
                .bind(t.tier.0 as i64)
                .bind(t.priority.as_str())
                .bind(ts(t.opened_at))
                .bind(ts(t.sla_due_at))
                .bind(i64::from(max_open))
                .bind(Status::Open.as_str())
                .bind(Status::Closed.as_str())
                .bind(t.category.map(|c| c.0))
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(id) = id {
                for (position, a) in (0_i64..).zip(&t.answers) {
                    sqlx::query(
                        "INSERT INTO ticket_answers (ticket_id, position, question, answer) \
                         VALUES ($1, $2, $3, $4)",
                    )
                    .bind(id)
                    .bind(position)
                    .bind(&a.question)
                    .bind(&a.answer)
                    .execute(&mut *tx)
                    .await?;
                }
                for table in ["answers", "unanswered"] {
                    sqlx::query(&format!(
                        "UPDATE {table} SET ticket_id = $1 WHERE asker_id = $2 AND guild_id = $5 \
                         AND ticket_id IS NULL AND at >= $3 AND at <= $4"
                    ))
                    .bind(id)
                    .bind(t.owner.to_db())
                    .bind(since)
                    .bind(ts(t.opened_at))
                    .bind(t.guild.to_db())
                    .execute(&mut *tx)
                    .await?;
                }
                bind_event!(sqlx::query(INSERT_EVENT), &event, TicketId(id))
                    .execute(&mut *tx)
                    .await?;
            }
            id
        }))?;
        match id {
            Some(id) => Ok(Inserted::Created(
                self.ticket(TicketId(id)).await?.ok_or_else(|| {
                    StoreError::Data(format!("ticket {id} vanished after insert"))
                })?,
            )),
            None => {
                if let Some(i) = t.interaction {
                    if let Some(existing) = self.ticket_by_interaction(i).await? {
                        return Ok(Inserted::Duplicate(existing));
                    }
                }
                if let Some(th) = t.thread {
                    if let Some(existing) = self.ticket_by_thread(th).await? {
                        return Ok(Inserted::Duplicate(existing));
                    }
                }
                let open = self.open_tickets_of(t.guild, t.owner).await?;
                if open.len() < usize::try_from(max_open).unwrap_or(usize::MAX) {
                    // Not the limit: some other conflict kept the row out. Never a refusal
                    // that names no ticket.
                    return Err(StoreError::Unavailable(
                        "the ticket could not be recorded (a conflicting row)".into(),
                    ));
                }
                Ok(Inserted::TooMany(open.into_iter().map(|t| t.no).collect()))
            }
        }
    }

    /// Applies `change` to ticket `id` plus `event`, in one transaction. Returns the updated
    /// ticket, or none when the transition's guard no longer held (someone else changed the
    /// ticket first).
    pub async fn transition(
        &self,
        id: TicketId,
        change: &Transition,
        event: NewEvent,
    ) -> Result<Option<Ticket>, StoreError> {
        let (set, cond, values) = statement(change);
        let sql = format!("UPDATE tickets SET {set} WHERE id = $1 AND {cond} RETURNING {COLS}");
        let row: Option<TicketRow> = with_pool!(self, |p| transaction!(p, |tx| {
            let q = sqlx::query_as::<_, TicketRow>(&sql).bind(id.0);
            let row = bind_values!(q, &values).fetch_optional(&mut *tx).await?;
            if row.is_some() {
                bind_event!(sqlx::query(INSERT_EVENT), &event, id)
                    .execute(&mut *tx)
                    .await?;
            }
            row
        }))?;
        row.map(Ticket::try_from).transpose()
    }

    /// Open tickets whose first-response deadline is at or before `now`, earliest first.
    pub async fn due_tickets(&self, now: DateTime<Utc>) -> Result<Vec<Ticket>, StoreError> {
        let sql = format!(
            "SELECT {COLS} FROM tickets WHERE status = $2 AND sla_due_at IS NOT NULL AND sla_due_at <= $1 ORDER BY sla_due_at, id LIMIT 1000"
        );
        let rows: Vec<TicketRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(ts(now))
            .bind(Status::Open.as_str())
            .fetch_all(p)
            .await)?;
        convert(rows)
    }

    /// Tickets not closed: by priority (urgent, high, normal, low), then oldest.
    pub async fn active_tickets(&self) -> Result<Vec<Ticket>, StoreError> {
        let sql = format!(
            "SELECT {COLS} FROM tickets WHERE status <> $1 \
             ORDER BY CASE priority WHEN $2 THEN 0 WHEN $3 THEN 1 WHEN $4 THEN 3 ELSE 2 END, opened_at, id"
        );
        let rows: Vec<TicketRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(Status::Closed.as_str())
            .bind(Priority::Urgent.as_str())
            .bind(Priority::High.as_str())
            .bind(Priority::Low.as_str())
            .fetch_all(p)
            .await)?;
        convert(rows)
    }

    /// First-response times (seconds) of the latest `limit` first responses since `since`.
    pub async fn recent_first_response_secs(
        &self,
        since: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<i64>, StoreError> {
        let sql = "SELECT first_response_at - opened_at FROM tickets WHERE first_response_at IS NOT NULL \
AND first_response_at >= $1 ORDER BY first_response_at DESC LIMIT $2";
        Ok(with_pool!(self, |p| sqlx::query_scalar(sql)
            .bind(ts(since))
            .bind(limit)
            .fetch_all(p)
            .await)?)
    }

    /// The tickets a report over `[since, ..)` needs: opened or closed since then, or still open.
    pub async fn tickets_for_report(
        &self,
        guild: GuildId,
        since: DateTime<Utc>,
    ) -> Result<Vec<Ticket>, StoreError> {
        let sql = format!(
            "SELECT {COLS} FROM tickets WHERE guild_id = $3 \
             AND (opened_at >= $1 OR closed_at >= $1 OR status <> $2)"
        );
        let rows: Vec<TicketRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(ts(since))
            .bind(Status::Closed.as_str())
            .bind(guild.to_db())
            .fetch_all(p)
            .await)?;
        convert(rows)
    }
}
