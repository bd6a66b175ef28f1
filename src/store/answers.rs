//! The `answers`, `answer_feedback` and `unanswered` tables: what the bot answered on its own,
//! how it was received, and the questions it could not answer (knowledge gaps).

use super::{from_ts, ts, with_pool, Store, StoreError};
use crate::tickets::{ChannelId, GuildId, MessageId, TicketNo, UserId};
use chrono::{DateTime, Utc};

/// An auto-answer the bot posted.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAnswer {
    /// The bot's answer message (unique: a re-delivered event records nothing twice).
    pub message_id: MessageId,
    pub guild: GuildId,
    pub channel: ChannelId,
    pub asker: UserId,
    /// The knowledge-base entry that answered.
    pub entry_id: String,
    /// The match score.
    pub score: f64,
    pub at: DateTime<Utc>,
}

/// A question the bot could not answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewQuestion {
    /// The question message, when known (unique).
    pub message_id: Option<MessageId>,
    pub guild: GuildId,
    pub channel: ChannelId,
    pub asker: UserId,
    pub text: String,
    pub at: DateTime<Utc>,
}

/// An unanswered question that was followed by a ticket from the asker within 24 h.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnowledgeGap {
    pub asker: UserId,
    pub channel: ChannelId,
    pub text: String,
    pub at: DateTime<Utc>,
    /// The ticket's number in its server.
    pub ticket: TicketNo,
}

/// A recorded auto-answer and how it was received.
#[derive(Debug, Clone, PartialEq, sqlx::FromRow)]
pub struct AnswerRecord {
    pub entry_id: String,
    pub asker_id: i64,
    pub score: f64,
    /// A ticket the asker opened within 24 h of the answer.
    pub ticket_id: Option<i64>,
    pub helpful: i64,
    pub not_helpful: i64,
}

#[derive(sqlx::FromRow)]
struct GapRow {
    asker_id: i64,
    channel_id: i64,
    text: String,
    at: i64,
    ticket_no: i64,
}

/// An unanswered question, and the ticket it became (the asker's within 24 h), if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnansweredQuestion {
    pub asker: UserId,
    pub channel: ChannelId,
    pub text: String,
    pub at: DateTime<Utc>,
    /// The ticket's number in its server.
    pub ticket: Option<TicketNo>,
}

#[derive(sqlx::FromRow)]
struct QuestionRow {
    asker_id: i64,
    channel_id: i64,
    text: String,
    at: i64,
    ticket_no: Option<i64>,
}

/// A canned answer an agent posted outside a ticket.
#[derive(Debug, Clone, PartialEq)]
pub struct NewAgentAnswer {
    pub message_id: MessageId,
    pub guild: GuildId,
    pub channel: ChannelId,
    pub agent: UserId,
    pub entry_id: String,
    /// The member answered (the author of the message replied to), when known.
    pub asker: Option<UserId>,
    /// The member's message it replies to.
    pub reply_to: Option<MessageId>,
    pub at: DateTime<Utc>,
}

impl Store {
    /// Records an agent's canned answer once (by its message id).
    pub async fn record_agent_answer(&self, a: &NewAgentAnswer) -> Result<bool, StoreError> {
        let n = with_pool!(self, |p| {
            sqlx::query(
            "INSERT INTO agent_answers (message_id, channel_id, agent_id, entry_id, asker_id, reply_to, at, guild_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (message_id) DO NOTHING",
        )
        .bind(a.message_id.to_db())
        .bind(a.channel.to_db())
        .bind(a.agent.to_db())
        .bind(&a.entry_id)
        .bind(a.asker.map(UserId::to_db))
        .bind(a.reply_to.map(MessageId::to_db))
        .bind(ts(a.at))
        .bind(a.guild.to_db())
        .execute(p)
        .await
        .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }

    /// Takes a question's message id for answering: true the first time, false when it was
    /// taken before (the database's primary key decides, so two deliveries at once cannot
    /// both win).
    pub async fn take_question(
        &self,
        message: MessageId,
        guild: GuildId,
        channel: ChannelId,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let n = with_pool!(self, |p| {
            sqlx::query(
            "INSERT INTO handled_questions (message_id, channel_id, at, guild_id) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (message_id) DO NOTHING",
        )
        .bind(message.to_db())
        .bind(channel.to_db())
        .bind(ts(at))
        .bind(guild.to_db())
        .execute(p)
        .await
        .map(|r| r.rows_affected())
        })?;
        Ok(n == 1)
    }

    /// Gives a taken question back (its answer could not be posted), so a redelivery may
    /// answer it.
    pub async fn give_back_question(&self, message: MessageId) -> Result<(), StoreError> {
        with_pool!(self, |p| sqlx::query(
            "DELETE FROM handled_questions WHERE message_id = $1"
        )
        .bind(message.to_db())
        .execute(p)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// Records an auto-answer once; returns false if that message was already recorded.
    pub async fn record_answer(&self, a: &NewAnswer) -> Result<bool, StoreError> {
        let n = with_pool!(self, |p| {
            sqlx::query(
            "INSERT INTO answers (message_id, channel_id, asker_id, entry_id, score, at, guild_id) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (message_id) DO NOTHING",
        )
        .bind(a.message_id.to_db())
        .bind(a.channel.to_db())
        .bind(a.asker.to_db())
        .bind(&a.entry_id)
        .bind(a.score)
        .bind(ts(a.at))
        .bind(a.guild.to_db())
        .execute(p)
        .await
        .map(|r| r.rows_affected())
        })?;
        Ok(n > 0)
    }

    /// The auto-answer posted as `message`, with its helpful / not-helpful votes.
    pub async fn answer_by_message(
        &self,
        message: MessageId,
    ) -> Result<Option<AnswerRecord>, StoreError> {
        let sql = "SELECT a.entry_id, a.asker_id, a.score, a.ticket_id, \
            (SELECT COUNT(*) FROM answer_feedback f WHERE f.answer_id = a.id AND f.helpful) AS helpful, \
            (SELECT COUNT(*) FROM answer_feedback f WHERE f.answer_id = a.id AND NOT f.helpful) AS not_helpful \
            FROM answers a WHERE a.message_id = $1";
        Ok(with_pool!(self, |p| sqlx::query_as(sql)
            .bind(message.to_db())
            .fetch_optional(p)
            .await)?)
    }

    /// Sets (`Some`) or removes (`None`) one person's helpful / not-helpful vote on an answer.
    /// Returns false when the message is not a recorded answer.
    pub async fn answer_feedback(
        &self,
        answer_message: MessageId,
        user: UserId,
        helpful: Option<bool>,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let id: Option<i64> = with_pool!(self, |p| sqlx::query_scalar(
            "SELECT id FROM answers WHERE message_id = $1"
        )
        .bind(answer_message.to_db())
        .fetch_optional(p)
        .await)?;
        let Some(id) = id else { return Ok(false) };
        match helpful {
            Some(h) => with_pool!(self, |p| {
                sqlx::query(
                "INSERT INTO answer_feedback (answer_id, user_id, helpful, at) VALUES ($1, $2, $3, $4) \
                 ON CONFLICT (answer_id, user_id) DO UPDATE SET helpful = excluded.helpful, at = excluded.at",
            )
            .bind(id)
            .bind(user.to_db())
            .bind(h)
            .bind(ts(at))
            .execute(p)
            .await
            .map(|r| r.rows_affected())
            })?,
            None => with_pool!(self, |p| sqlx::query(
                "DELETE FROM answer_feedback WHERE answer_id = $1 AND user_id = $2"
            )
            .bind(id)
            .bind(user.to_db())
            .execute(p)
            .await
            .map(|r| r.rows_affected()))?,
        };
        Ok(true)
    }

    /// Records a question nobody (no entry) answered; false if that message was recorded already.
    pub async fn record_unanswered(&self, q: &NewQuestion) -> Result<bool, StoreError> {
        let n = with_pool!(self, |p| sqlx::query(
            "INSERT INTO unanswered (message_id, channel_id, asker_id, text, at, guild_id) \
             VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING",
        )
        .bind(q.message_id.map(MessageId::to_db))
        .bind(q.channel.to_db())
        .bind(q.asker.to_db())
        .bind(&q.text)
        .bind(ts(q.at))
        .bind(q.guild.to_db())
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n > 0)
    }

    /// Unanswered questions since `since` that were followed by a ticket within 24 h, newest first.
    pub async fn knowledge_gaps(
        &self,
        guild: GuildId,
        since: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<KnowledgeGap>, StoreError> {
        let sql = "SELECT u.asker_id, u.channel_id, u.text, u.at, t.number AS ticket_no \
                   FROM unanswered u JOIN tickets t ON t.id = u.ticket_id \
                   WHERE u.guild_id = $3 AND u.at >= $1 ORDER BY u.at DESC LIMIT $2";
        let rows: Vec<GapRow> = with_pool!(self, |p| sqlx::query_as(sql)
            .bind(ts(since))
            .bind(limit)
            .bind(guild.to_db())
            .fetch_all(p)
            .await)?;
        Ok(rows
            .into_iter()
            .map(|r| KnowledgeGap {
                asker: UserId::from_db(r.asker_id),
                channel: ChannelId::from_db(r.channel_id),
                text: r.text,
                at: from_ts(r.at),
                ticket: TicketNo(r.ticket_no),
            })
            .collect())
    }

    /// `guild`'s unanswered questions since `since`, whether or not a ticket followed, newest
    /// first, at most `limit`.
    pub async fn unanswered_since(
        &self,
        guild: GuildId,
        since: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<UnansweredQuestion>, StoreError> {
        let sql = "SELECT u.asker_id, u.channel_id, u.text, u.at, t.number AS ticket_no \
                   FROM unanswered u LEFT JOIN tickets t ON t.id = u.ticket_id \
                   WHERE u.guild_id = $1 AND u.at >= $2 ORDER BY u.at DESC, u.id DESC LIMIT $3";
        let rows: Vec<QuestionRow> = with_pool!(self, |p| sqlx::query_as(sql)
            .bind(guild.to_db())
            .bind(ts(since))
            .bind(limit)
            .fetch_all(p)
            .await)?;
        Ok(rows
            .into_iter()
            .map(|r| UnansweredQuestion {
                asker: UserId::from_db(r.asker_id),
                channel: ChannelId::from_db(r.channel_id),
                text: r.text,
                at: from_ts(r.at),
                ticket: r.ticket_no.map(TicketNo),
            })
            .collect())
    }
}
