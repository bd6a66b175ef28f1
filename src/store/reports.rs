//! Aggregate queries for the KPI report (`kpi::report`) and its per-day series (`kpi::daily`).
//!
//! Counting, summing and ranking happen in SQL so that a report over 100 000 tickets moves a few
//! dozen rows, not every ticket: percentiles are one `ORDER BY .. LIMIT 1 OFFSET k` each (served
//! by covering indexes from migration 0002). The SQL is portable: `SUM` is wrapped in
//! `CAST(.. AS BIGINT)` where PostgreSQL would answer `numeric`, and in `COALESCE(.., 0)` where
//! no row means zero.
//!
//! Ratings in a period are read from the ratings side (`ratings CROSS JOIN tickets`): SQLite,
//! which has no statistics, would otherwise walk every ticket of the server and look each
//! one's rating up (it takes `guild_id = ?` for selective; on a one-server desk it is every
//! ticket). SQLite keeps a `CROSS JOIN`'s order; PostgreSQL plans it as any inner join. A
//! ticket has at most one owner rating (its owner rates it), so joining it adds no row.

use super::{with_pool, Backend, Store, StoreError};
use crate::tickets::{GuildId, Status};

/// Tickets opened in the period.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct OpenedFigures {
    pub opened: i64,
    /// Those with a first agent response.
    pub answered: i64,
    /// Those answered or whose first deadline has passed (by now, or by closing when earlier).
    pub sla_due: i64,
    /// Those first-answered by their first deadline.
    pub sla_met: i64,
}

/// Tickets closed in the period (current state closed), for one handling agent (`None`: unclaimed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct ClosedFigures {
    pub claimed_by: Option<i64>,
    pub closed: i64,
    /// Those with at least one agent response.
    pub fcr_den: i64,
    /// Those closed after exactly one agent response and never reopened.
    pub fcr_yes: i64,
    /// Agent responses summed over the `fcr_den` tickets.
    pub responses: i64,
    /// Those closed for inactivity (never in `fcr_den`).
    pub inactive: i64,
}

/// Tickets not closed now (open or claimed), in one tier, by age since (re)opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct BacklogFigures {
    pub tier: i64,
    pub total: i64,
    pub under_1h: i64,
    pub from_1h_to_4h: i64,
    pub from_4h_to_24h: i64,
    pub over_24h: i64,
}

/// Owner ratings given in the period, on tickets held by one agent (`None`: unclaimed).
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::FromRow)]
pub struct CsatFigures {
    pub claimed_by: Option<i64>,
    pub count: i64,
    pub total: i64,
    /// Ratings of 4 or 5.
    pub satisfied: i64,
}

/// Auto-answers in the period and their outcomes. The asker decides an answer's outcome;
/// other people's votes are feedback on the entry, counted apart.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct DeflectionFigures {
    pub answers: i64,
    /// The asker said it helped (Solved, or their 👍).
    pub confirmed: i64,
    /// The asker said nothing and asked for no human (no ticket) within the window, which
    /// has passed.
    pub assumed: i64,
    /// Answers whose outcome is known: the asker said either way, a ticket followed, or the
    /// window passed.
    pub known: i64,
    /// Votes by people other than the asker.
    pub others_helpful: i64,
    pub others_not_helpful: i64,
}

/// Tickets opened on one day of a series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DayOpened {
    /// Day number from the start of the series (0-based).
    pub day: i64,
    pub opened: i64,
    /// The first response times (seconds) of those answered, fastest first.
    pub frts: Vec<i64>,
}

#[derive(sqlx::FromRow)]
struct DayOpenedRow {
    day: i64,
    opened: i64,
    frts: String,
}

/// One day's figures (see the `daily_*` queries for what `count` and `value` hold).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, sqlx::FromRow)]
pub struct DayFigures {
    /// Day number from the start of the series (0-based).
    pub day: i64,
    pub count: i64,
    pub value: Option<i64>,
}

const OPENED: &str = "SELECT COUNT(*) AS opened, \
    COALESCE(SUM(CASE WHEN first_response_at IS NOT NULL THEN 1 ELSE 0 END), 0) AS answered, \
    COALESCE(SUM(CASE WHEN first_response_at IS NOT NULL THEN 1 \
        WHEN first_sla_due_at <= CASE WHEN closed_at IS NOT NULL AND closed_at < $2 THEN closed_at ELSE $2 END \
        THEN 1 ELSE 0 END), 0) AS sla_due, \
    COALESCE(SUM(CASE WHEN first_response_at <= first_sla_due_at THEN 1 ELSE 0 END), 0) AS sla_met \
    FROM tickets WHERE opened_at >= $1 AND opened_at <= $2 AND guild_id = $3";

const CLOSED: &str = "SELECT claimed_by, COUNT(*) AS closed, \
    COALESCE(SUM(CASE WHEN agent_responses > 0 AND NOT closed_inactive THEN 1 ELSE 0 END), 0) AS fcr_den, \
    COALESCE(SUM(CASE WHEN agent_responses = 1 AND reopen_count = 0 AND NOT closed_inactive THEN 1 ELSE 0 END), 0) AS fcr_yes, \
    COALESCE(CAST(SUM(CASE WHEN agent_responses > 0 AND NOT closed_inactive THEN agent_responses ELSE 0 END) AS BIGINT), 0) AS responses, \
    COALESCE(SUM(CASE WHEN closed_inactive THEN 1 ELSE 0 END), 0) AS inactive \
    FROM tickets WHERE status = $3 AND closed_at >= $1 AND closed_at <= $2 AND guild_id = $4 GROUP BY claimed_by";

/// Not closed is `status IN (open, claimed)`, not `status <> closed`: an index range, not a
/// walk over every ticket of the server (a new status must be added here).
const BACKLOG: &str = "SELECT tier, COUNT(*) AS total, \
    COALESCE(SUM(CASE WHEN age_min < 60 THEN 1 ELSE 0 END), 0) AS under_1h, \
    COALESCE(SUM(CASE WHEN age_min >= 60 AND age_min < 240 THEN 1 ELSE 0 END), 0) AS from_1h_to_4h, \
    COALESCE(SUM(CASE WHEN age_min >= 240 AND age_min < 1440 THEN 1 ELSE 0 END), 0) AS from_4h_to_24h, \
    COALESCE(SUM(CASE WHEN age_min >= 1440 THEN 1 ELSE 0 END), 0) AS over_24h \
    FROM (SELECT tier, ($1 - COALESCE(reopened_at, opened_at)) / 60 AS age_min \
          FROM tickets WHERE status IN ($2, $3) AND guild_id = $4) b \
    GROUP BY tier";

/// One group's figures over the tickets opened in the period (a group: a tag, or a
/// category), counted in SQL: one row per group, not one per ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupedFigures {
    pub grp: String,
    pub opened: i64,
    /// Of those, closed now.
    pub closed: i64,
    /// The first response times (seconds) of those answered, fastest first.
    pub frts: Vec<i64>,
    /// Their owners' ratings (1-5): how many, and their sum.
    pub csat_count: i64,
    pub csat_total: i64,
}

#[derive(sqlx::FromRow)]
struct GroupedRow {
    grp: String,
    opened: i64,
    closed: i64,
    frts: String,
    csat_count: i64,
    csat_total: i64,
}

/// The JSON array of `value` over a group's rows where `filter` holds, as text (`[]` for
/// none): SQLite's `json_group_array`, PostgreSQL's `json_agg`. A median needs every value
/// of its group; one text per group moves them far faster than one row per ticket (33 000
/// rows took 70 ms to decode, their arrays 2 ms to parse), and faster than ranking them in
/// SQL with window functions, which sorted every row.
fn json_values(backend: Backend, value: &str, filter: &str) -> String {
    match backend {
        Backend::Sqlite => format!("json_group_array({value}) FILTER (WHERE {filter})"),
        Backend::Postgres => {
            format!("COALESCE(CAST(json_agg({value}) FILTER (WHERE {filter}) AS TEXT), '[]')")
        }
    }
}

/// Whole numbers from a [`json_values`] array, sorted.
fn sorted_values(json: &str) -> Result<Vec<i64>, StoreError> {
    let mut values: Vec<i64> = serde_json::from_str(json)
        .map_err(|e| StoreError::Data(format!("a list of seconds `{json:.40}`: {e}")))?;
    values.sort_unstable();
    Ok(values)
}

/// A breakdown's query: `$grp` names the group of each row of `$from` (tickets `t`, ratings
/// `r` of their owners); `$1` the server, `$2`..`$3` the period, `$4` the closed status.
fn grouped_sql(backend: Backend, grp: &str, from: &str) -> String {
    let frts = json_values(
        backend,
        "t.first_response_at - t.opened_at",
        "t.first_response_at IS NOT NULL",
    );
    format!(
        "SELECT {grp} AS grp, COUNT(*) AS opened, \
         COALESCE(SUM(CASE WHEN t.status = $4 THEN 1 ELSE 0 END), 0) AS closed, \
         {frts} AS frts, COUNT(r.score) AS csat_count, \
         CAST(COALESCE(SUM(r.score), 0) AS BIGINT) AS csat_total \
         FROM {from} LEFT JOIN ratings r ON r.ticket_id = t.id AND r.is_owner \
         WHERE t.guild_id = $1 AND t.opened_at >= $2 AND t.opened_at <= $3 \
         GROUP BY {grp} ORDER BY grp"
    )
}

/// One agent's first responses to tickets opened in the period (`None`: none recorded).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentFrts {
    pub first_responder: Option<i64>,
    /// Their first response times (seconds), fastest first.
    pub frts: Vec<i64>,
}

#[derive(sqlx::FromRow)]
struct AgentFrtsRow {
    first_responder: Option<i64>,
    frts: String,
}

/// What a breakdown groups tickets by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Grouping {
    Tag,
    Category,
}

/// The group of tickets without a category (sorts before any name: `(`).
pub const NO_CATEGORY: &str = "(no category)";

/// Each auto-answer of server `$3` given at or after `$1`, with its outcome as the
/// deflection KPI defines it (see [`DeflectionFigures`]): `confirmed` (the asker said it
/// helped: Solved or their 👍), `refused` (the asker said it did not), `assumed` (no word from
/// the asker and no ticket, and the answer is at or before `$2`, the end of the 24 h window),
/// `known` (the asker said either way, a ticket followed, or the window passed), the answer's
/// `ticket_id` (a ticket the asker opened within 24 h) and the votes of others. Every query
/// about answers' outcomes reads them from here (`concat!` it into the query), so the KPI and
/// the per-entry figures (`store::entry_figures`) cannot drift apart. It ends in its `WHERE`
/// clause: a query may narrow it with `AND ...`.
macro_rules! answer_outcomes {
    () => {
        "SELECT a.entry_id AS entry_id, a.ticket_id AS ticket_id, \
        CASE WHEN v.helpful THEN 1 ELSE 0 END AS confirmed, \
        CASE WHEN v.answer_id IS NOT NULL AND NOT v.helpful THEN 1 ELSE 0 END AS refused, \
        CASE WHEN v.answer_id IS NULL AND a.ticket_id IS NULL AND a.at <= $2 \
            THEN 1 ELSE 0 END AS assumed, \
        CASE WHEN v.answer_id IS NOT NULL OR a.ticket_id IS NOT NULL OR a.at <= $2 \
            THEN 1 ELSE 0 END AS known, \
        COALESCE(o.helpful, 0) AS others_helpful, \
        COALESCE(o.not_helpful, 0) AS others_not_helpful \
        FROM answers a \
        LEFT JOIN answer_feedback v ON v.answer_id = a.id AND v.user_id = a.asker_id \
        LEFT JOIN ( \
            SELECT f.answer_id, SUM(CASE WHEN f.helpful THEN 1 ELSE 0 END) AS helpful, \
                SUM(CASE WHEN f.helpful THEN 0 ELSE 1 END) AS not_helpful \
            FROM answer_feedback f JOIN answers x ON x.id = f.answer_id \
            WHERE f.user_id <> x.asker_id AND x.guild_id = $3 AND x.at >= $1 \
            GROUP BY f.answer_id \
        ) o ON o.answer_id = a.id \
        WHERE a.at >= $1 AND a.guild_id = $3"
    };
}
pub(crate) use answer_outcomes;

const DEFLECTION: &str = concat!(
    "SELECT COUNT(*) AS answers, \
    COALESCE(SUM(confirmed), 0) AS confirmed, \
    COALESCE(SUM(assumed), 0) AS assumed, \
    COALESCE(SUM(known), 0) AS known, \
    CAST(COALESCE(SUM(others_helpful), 0) AS BIGINT) AS others_helpful, \
    CAST(COALESCE(SUM(others_not_helpful), 0) AS BIGINT) AS others_not_helpful \
    FROM (",
    answer_outcomes!(),
    ") d"
);

/// The owner ratings `r` of server `guild`'s tickets (a bound mark like `$2`), each with its
/// ticket's holder as `t.claimed_by`; a query goes on with `AND r.at ...`. The period's
/// ratings are read first and their tickets looked up by id, on each database its own way:
/// SQLite keeps a `CROSS JOIN`'s order; PostgreSQL would hash-join every ticket of the
/// server instead (100 000 rows read for 10 000 ratings), which a lateral lookup it cannot
/// flatten (`OFFSET 0`) avoids: 23 -> 14 ms for the CSAT figures at 100 000 tickets.
pub(crate) fn owner_ratings(backend: Backend, guild: &str) -> String {
    match backend {
        Backend::Sqlite => format!(
            "ratings r CROSS JOIN tickets t \
             WHERE t.id = r.ticket_id AND r.is_owner AND t.guild_id = {guild}"
        ),
        Backend::Postgres => format!(
            "ratings r CROSS JOIN LATERAL (SELECT x.claimed_by FROM tickets x \
             WHERE x.id = r.ticket_id AND x.guild_id = {guild} OFFSET 0) t WHERE r.is_owner"
        ),
    }
}

/// Runs `$sql` with the given binds and fetches every row as `$ty`.
macro_rules! fetch_all {
    ($store:expr, $ty:ty, $sql:expr $(, $bind:expr)*) => {
        with_pool!($store, |p| sqlx::query_as::<_, $ty>($sql)
            $(.bind($bind))*
            .fetch_all(p)
            .await)
    };
}

impl Store {
    /// The figures of `guild`'s tickets opened in `[since, until]` by tag (a ticket under each
    /// of its tags) or by category name, sorted by group.
    pub async fn grouped_figures(
        &self,
        by: Grouping,
        guild: GuildId,
        since: i64,
        until: i64,
    ) -> Result<Vec<GroupedFigures>, StoreError> {
        let sql = match by {
            Grouping::Tag => grouped_sql(
                self.backend(),
                "tg.name",
                "tickets t JOIN ticket_tags tt ON tt.ticket_id = t.id \
                 JOIN tags tg ON tg.id = tt.tag_id",
            ),
            Grouping::Category => grouped_sql(
                self.backend(),
                "COALESCE(c.name, '(no category)')",
                "tickets t LEFT JOIN categories c ON c.id = t.category_id",
            ),
        };
        let rows = fetch_all!(
            self,
            GroupedRow,
            &sql,
            guild.to_db(),
            since,
            until,
            Status::Closed.as_str()
        )?;
        rows.into_iter()
            .map(|r| {
                Ok(GroupedFigures {
                    frts: sorted_values(&r.frts)?,
                    grp: r.grp,
                    opened: r.opened,
                    closed: r.closed,
                    csat_count: r.csat_count,
                    csat_total: r.csat_total,
                })
            })
            .collect()
    }

    /// Tickets opened in `[since, until]` (Unix seconds): counts, answered, SLA due and met.
    pub async fn opened_figures(
        &self,
        guild: GuildId,
        since: i64,
        until: i64,
    ) -> Result<OpenedFigures, StoreError> {
        Ok(with_pool!(self, |p| sqlx::query_as(OPENED)
            .bind(since)
            .bind(until)
            .bind(guild.to_db())
            .fetch_one(p)
            .await)?)
    }

    /// Tickets whose current state is closed, closed in `[since, until]`, by handling agent.
    pub async fn closed_figures(
        &self,
        guild: GuildId,
        since: i64,
        until: i64,
    ) -> Result<Vec<ClosedFigures>, StoreError> {
        Ok(fetch_all!(
            self,
            ClosedFigures,
            CLOSED,
            since,
            until,
            Status::Closed.as_str(),
            guild.to_db()
        )?)
    }

    /// Tickets not closed, by tier, with their ages (since (re)opened) at `now` in buckets.
    pub async fn backlog_figures(
        &self,
        guild: GuildId,
        now: i64,
    ) -> Result<Vec<BacklogFigures>, StoreError> {
        Ok(fetch_all!(
            self,
            BacklogFigures,
            BACKLOG,
            now,
            Status::Open.as_str(),
            Status::Claimed.as_str(),
            guild.to_db()
        )?)
    }

    /// First response times of tickets opened in `[since, until]`, by agent.
    pub async fn frts_by_agent(
        &self,
        guild: GuildId,
        since: i64,
        until: i64,
    ) -> Result<Vec<AgentFrts>, StoreError> {
        let sql = format!(
            "SELECT first_responder, {} AS frts FROM tickets \
             WHERE opened_at >= $1 AND opened_at <= $2 AND guild_id = $3 \
             AND first_response_at IS NOT NULL GROUP BY first_responder",
            json_values(self.backend(), "first_response_at - opened_at", "TRUE")
        );
        let rows = fetch_all!(self, AgentFrtsRow, &sql, since, until, guild.to_db())?;
        rows.into_iter()
            .map(|r| {
                Ok(AgentFrts {
                    first_responder: r.first_responder,
                    frts: sorted_values(&r.frts)?,
                })
            })
            .collect()
    }

    /// Owner ratings given at or after `since`, by the agent holding the rated ticket.
    pub async fn csat_figures(
        &self,
        guild: GuildId,
        since: i64,
    ) -> Result<Vec<CsatFigures>, StoreError> {
        let sql = format!(
            "SELECT t.claimed_by, COUNT(*) AS count, \
             COALESCE(CAST(SUM(r.score) AS BIGINT), 0) AS total, \
             COALESCE(SUM(CASE WHEN r.score >= 4 THEN 1 ELSE 0 END), 0) AS satisfied \
             FROM {} AND r.at >= $1 GROUP BY t.claimed_by",
            owner_ratings(self.backend(), "$2")
        );
        Ok(fetch_all!(self, CsatFigures, &sql, since, guild.to_db())?)
    }

    /// Auto-answers given at or after `since`; `window_end`: answers at or before it are old
    /// enough for "no ticket followed" to count.
    pub async fn deflection_figures(
        &self,
        guild: GuildId,
        since: i64,
        window_end: i64,
    ) -> Result<DeflectionFigures, StoreError> {
        Ok(with_pool!(self, |p| sqlx::query_as(DEFLECTION)
            .bind(since)
            .bind(window_end)
            .bind(guild.to_db())
            .fetch_one(p)
            .await)?)
    }

    /// Per day (86 400 s from `start`) up to `until`: tickets opened and the first response
    /// times of those answered. Days without tickets are left out.
    pub async fn daily_opened(
        &self,
        guild: GuildId,
        start: i64,
        until: i64,
    ) -> Result<Vec<DayOpened>, StoreError> {
        let sql = format!(
            "SELECT (opened_at - $1) / 86400 AS day, COUNT(*) AS opened, {} AS frts \
             FROM tickets WHERE opened_at >= $1 AND opened_at <= $2 AND guild_id = $3 \
             GROUP BY (opened_at - $1) / 86400 ORDER BY day",
            json_values(
                self.backend(),
                "first_response_at - opened_at",
                "first_response_at IS NOT NULL"
            )
        );
        let rows = fetch_all!(self, DayOpenedRow, &sql, start, until, guild.to_db())?;
        rows.into_iter()
            .map(|r| {
                Ok(DayOpened {
                    day: r.day,
                    opened: r.opened,
                    frts: sorted_values(&r.frts)?,
                })
            })
            .collect()
    }

    /// Per day (by rating time) up to `until`: owner ratings (`count`) and their sum (`value`).
    pub async fn daily_csat(
        &self,
        guild: GuildId,
        start: i64,
        until: i64,
    ) -> Result<Vec<DayFigures>, StoreError> {
        let sql = format!(
            "SELECT day, COUNT(*) AS count, CAST(SUM(score) AS BIGINT) AS value FROM ( \
             SELECT (r.at - $1) / 86400 AS day, r.score FROM {} AND r.at >= $1 AND r.at <= $2 \
             ) d GROUP BY day ORDER BY day",
            owner_ratings(self.backend(), "$3")
        );
        Ok(fetch_all!(
            self,
            DayFigures,
            &sql,
            start,
            until,
            guild.to_db()
        )?)
    }
}
