//! Per knowledge-base entry figures over a period: how often each entry answered on its own
//! and was sent by agents, the votes on it, and its answers' outcomes as the deflection KPI
//! defines them (the same SQL: [`super::reports::answer_outcomes`]).

use super::reports::answer_outcomes;
use super::{ts, with_pool, Store, StoreError};
use crate::tickets::{AuthorKind, GuildId};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

/// One entry's figures over a period.
///
/// An auto-answer has one outcome, decided as the deflection KPI does, the asker's word
/// first: **solved** (the asker confirmed: Solved or their 👍), else **talked to a human**
/// (the asker opened a ticket within 24 h), else **assumed resolved** (no word from the
/// asker, no ticket, and 24 h have passed), else **pending** (recent, no word, no ticket);
/// the rest are answers the asker said did not help and followed with no ticket. So
/// `solved + talked_to_human + assumed_resolved + pending <= auto_answers`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EntryFigures {
    /// The knowledge-base entry's id (it may no longer exist in the files).
    pub entry_id: String,
    /// Times the bot posted it on its own (`answers`).
    pub auto_answers: u64,
    /// Times agents sent it: `/kb send` or "Answer with knowledge base" outside tickets
    /// (`agent_answers`) and inside tickets (ticket messages starting `[kb:<id>]`).
    pub agent_answers: u64,
    /// Of `agent_answers`, those inside tickets.
    pub agent_answers_in_tickets: u64,
    /// The askers' own votes on its auto-answers: helpful (Solved or 👍)...
    pub asker_helpful: u64,
    /// ...and not helpful (👎, or "Talk to a human").
    pub asker_not_helpful: u64,
    /// Helpful votes by people other than the asker: feedback on the entry, no answer's
    /// outcome.
    pub others_helpful: u64,
    /// Not-helpful votes by people other than the asker.
    pub others_not_helpful: u64,
    /// Auto-answers the asker confirmed (the KPI's "confirmed"; equal to `asker_helpful`:
    /// the Solved button and the asker's 👍 record the same vote).
    pub solved: u64,
    /// Auto-answers followed by a ticket from the asker within 24 h (and not confirmed).
    pub talked_to_human: u64,
    /// Auto-answers assumed to have helped (the KPI's "assumed").
    pub assumed_resolved: u64,
    /// Auto-answers whose outcome is not known yet (under 24 h old at the period's end).
    pub pending: u64,
    /// `asker_helpful / (asker_helpful + asker_not_helpful)`; `None` without asker votes.
    pub helpful_rate: Option<f64>,
    /// The KPI's deflection rate for this entry: `(solved + assumed_resolved)` over the
    /// auto-answers whose outcome is known; `None` when none is.
    pub deflection_rate: Option<f64>,
}

#[derive(sqlx::FromRow)]
struct Row {
    entry_id: String,
    auto_answers: i64,
    agent_answers: i64,
    in_tickets: i64,
    asker_helpful: i64,
    asker_not_helpful: i64,
    others_helpful: i64,
    others_not_helpful: i64,
    talked_to_human: i64,
    assumed: i64,
    pending: i64,
}

/// Binds: `$1` since, `$2` the end of the 24 h window (`$4` minus 24 h), `$3` guild, `$4`
/// until, `$5` the agent message kind. Auto-answers come with their outcomes from
/// [`answer_outcomes`]; agents' canned answers from `agent_answers` and from ticket messages
/// written as `[kb:<id>] <answer>` (`bot::canned`). An entry id is `[a-z0-9-]+` (checked when
/// the files load), so it ends where `LTRIM` with those characters stops: portable SQL, where
/// finding the `]` would need `instr` on SQLite but `strpos` on PostgreSQL.
const ENTRY_FIGURES: &str = concat!(
    "SELECT entry_id, \
    CAST(SUM(auto) AS BIGINT) AS auto_answers, \
    CAST(SUM(agent) AS BIGINT) AS agent_answers, \
    CAST(SUM(in_ticket) AS BIGINT) AS in_tickets, \
    CAST(SUM(confirmed) AS BIGINT) AS asker_helpful, \
    CAST(SUM(refused) AS BIGINT) AS asker_not_helpful, \
    CAST(SUM(others_helpful) AS BIGINT) AS others_helpful, \
    CAST(SUM(others_not_helpful) AS BIGINT) AS others_not_helpful, \
    CAST(SUM(CASE WHEN ticket_id IS NOT NULL AND confirmed = 0 THEN 1 ELSE 0 END) AS BIGINT) \
        AS talked_to_human, \
    CAST(SUM(assumed) AS BIGINT) AS assumed, \
    CAST(SUM(auto - known) AS BIGINT) AS pending \
    FROM ( \
    SELECT entry_id, ticket_id, 1 AS auto, 0 AS agent, 0 AS in_ticket, confirmed, refused, \
        assumed, known, others_helpful, others_not_helpful \
    FROM (",
    answer_outcomes!(),
    " AND a.at <= $4) d \
    UNION ALL \
    SELECT entry_id, NULL, 0, 1, 0, 0, 0, 0, 0, 0, 0 FROM agent_answers \
    WHERE guild_id = $3 AND at >= $1 AND at <= $4 \
    UNION ALL \
    SELECT SUBSTR(k.body, 1, LENGTH(k.body) - LENGTH(k.rest)), NULL, 0, 1, 1, 0, 0, 0, 0, 0, 0 \
    FROM ( \
        SELECT SUBSTR(m.content, 5) AS body, \
            LTRIM(SUBSTR(m.content, 5), 'abcdefghijklmnopqrstuvwxyz0123456789-') AS rest \
        FROM messages m JOIN tickets t ON t.id = m.ticket_id \
        WHERE t.guild_id = $3 AND m.kind = $5 AND m.at >= $1 AND m.at <= $4 \
            AND m.content LIKE '[kb:%' \
    ) k WHERE k.rest LIKE ']%' AND LENGTH(k.rest) < LENGTH(k.body) \
    ) x GROUP BY entry_id ORDER BY SUM(auto) + SUM(agent) DESC, entry_id"
);

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// `num / den`, `None` when `den` is 0. Counts of answers, far below 2^52: exact as f64.
#[allow(clippy::cast_precision_loss)]
fn ratio(num: u64, den: u64) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

impl Store {
    /// `guild`'s figures per knowledge-base entry that answered (on its own or sent by an
    /// agent) in `[since, until]`, most used first. Outcomes are taken as of `until` (normally
    /// now): an auto-answer within 24 h before it, with no word and no ticket, is pending.
    pub async fn entry_figures(
        &self,
        guild: GuildId,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<EntryFigures>, StoreError> {
        let window_end = until - Duration::hours(24);
        let rows: Vec<Row> = with_pool!(self, |p| sqlx::query_as(ENTRY_FIGURES)
            .bind(ts(since))
            .bind(ts(window_end))
            .bind(guild.to_db())
            .bind(ts(until))
            .bind(AuthorKind::Agent.as_str())
            .fetch_all(p)
            .await)?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let (helpful, not_helpful) = (count(r.asker_helpful), count(r.asker_not_helpful));
                let (auto, pending, assumed) =
                    (count(r.auto_answers), count(r.pending), count(r.assumed));
                EntryFigures {
                    entry_id: r.entry_id,
                    auto_answers: auto,
                    agent_answers: count(r.agent_answers),
                    agent_answers_in_tickets: count(r.in_tickets),
                    asker_helpful: helpful,
                    asker_not_helpful: not_helpful,
                    others_helpful: count(r.others_helpful),
                    others_not_helpful: count(r.others_not_helpful),
                    solved: helpful,
                    talked_to_human: count(r.talked_to_human),
                    assumed_resolved: assumed,
                    pending,
                    helpful_rate: ratio(helpful, helpful + not_helpful),
                    deflection_rate: ratio(helpful + assumed, auto.saturating_sub(pending)),
                }
            })
            .collect())
    }
}
