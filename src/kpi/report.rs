//! The KPI report over a period: counting and ranking run in SQL (`store::reports`), this
//! file turns the rows into the figures defined in the module documentation.

use crate::store::reports::Grouping;
use crate::store::{Store, StoreError};
use crate::tickets::GuildId;
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};

/// Open tickets now, by tier and by age.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Backlog {
    pub total: u64,
    /// Tier number (as text, for JSON) -> open tickets.
    pub by_tier: BTreeMap<String, u64>,
    pub under_1h: u64,
    pub from_1h_to_4h: u64,
    pub from_4h_to_24h: u64,
    pub over_24h: u64,
}

/// One group's figures (a tag, or a category): tickets opened in the period in it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct GroupFigures {
    /// The tag's or the category's name.
    pub name: String,
    pub tickets_opened: u64,
    /// Of those, closed now.
    pub tickets_closed: u64,
    pub frt_median_s: Option<i64>,
    /// Their owners' ratings.
    pub csat_mean: Option<f64>,
    pub csat_count: u64,
}

/// A breakdown's rows (counted in SQL) as figures.
fn by_group(rows: Vec<crate::store::reports::GroupedFigures>) -> Vec<GroupFigures> {
    rows.into_iter()
        .map(|r| {
            let n = count(r.csat_count);
            GroupFigures {
                name: r.grp,
                tickets_opened: count(r.opened),
                tickets_closed: count(r.closed),
                frt_median_s: percentile(&r.frts, 50.0),
                // A count of ratings, far below 2^52: exact as f64.
                #[allow(clippy::cast_precision_loss)]
                csat_mean: (n > 0).then(|| r.csat_total as f64 / n as f64),
                csat_count: n,
            }
        })
        .collect()
}

/// One agent's figures in the period.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AgentFigures {
    /// The agent's Discord id (text: JSON numbers cannot hold every snowflake).
    pub agent: String,
    /// The name the bot last saw the agent by, if it has seen them.
    pub name: Option<String>,
    /// Tickets opened in the period that this agent answered first.
    pub first_responses: u64,
    pub frt_median_s: Option<i64>,
    /// Tickets closed in the period that this agent held.
    pub tickets_closed: u64,
    pub fcr_rate: Option<f64>,
    pub csat_mean: Option<f64>,
    pub csat_count: u64,
}

/// The KPI report (`concierge stats --json` prints exactly this).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct KpiReport {
    pub since: DateTime<Utc>,
    pub until: DateTime<Utc>,
    pub days: u32,
    pub tickets_opened: u64,
    pub tickets_closed: u64,
    /// Of `tickets_closed`, those closed for inactivity (the member never answered "Is this
    /// solved?"): not in first contact resolution, never rated.
    pub tickets_closed_inactive: u64,
    pub tickets_reopened: u64,
    pub frt_median_s: Option<i64>,
    pub frt_p90_s: Option<i64>,
    pub fcr_rate: Option<f64>,
    pub responses_to_resolution: Option<f64>,
    pub csat_mean: Option<f64>,
    pub csat_count: u64,
    /// Share of owner ratings that are 4 or 5.
    pub csat_satisfied_rate: Option<f64>,
    pub sla_met_rate: Option<f64>,
    pub auto_answers: u64,
    /// Of answers whose outcome is known, the share resolved: confirmed by the asker, or
    /// assumed (the asker asked for no human within 24 h).
    pub deflection_rate: Option<f64>,
    /// Answers the asker confirmed helped.
    pub answers_confirmed: u64,
    /// Answers assumed to have helped (no word from the asker, no ticket within 24 h).
    pub answers_assumed: u64,
    /// Votes on answers by people other than the asker: feedback on the entries, not part
    /// of any answer's outcome.
    pub others_helpful: u64,
    pub others_not_helpful: u64,
    pub backlog: Backlog,
    pub agents: Vec<AgentFigures>,
    /// Tickets opened in the period, by tag (a ticket counts under each of its tags).
    pub by_tag: Vec<GroupFigures>,
    /// Tickets opened in the period, by category (those without one under
    /// [`NO_CATEGORY`]); empty when none has a category.
    pub by_category: Vec<GroupFigures>,
}

/// The group of tickets without a category in [`KpiReport::by_category`].
pub const NO_CATEGORY: &str = crate::store::reports::NO_CATEGORY;

/// The 1-based nearest rank of percentile `p` (0-100) among `n` sorted values.
// A float-to-int cast saturates (negative and NaN give 0), and the clamp to 1..=n follows.
#[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
pub fn nearest_rank(n: usize, p: f64) -> Option<usize> {
    (n > 0).then(|| (((p / 100.0) * n as f64).ceil() as usize).clamp(1, n))
}

/// The nearest-rank percentile `p` (0-100) of sorted values.
pub fn percentile(sorted: &[i64], p: f64) -> Option<i64> {
    nearest_rank(sorted.len(), p).map(|r| sorted[r - 1])
}

fn ratio(num: u64, den: u64) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

pub(super) fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

#[derive(Default)]
struct AgentAcc {
    first_responses: u64,
    frt_median: Option<i64>,
    closed: u64,
    fcr: u64,
    fcr_den: u64,
    csat_total: i64,
    csat_count: u64,
}

/// Computes `guild`'s report for the `days` days up to `now`.
///
/// Counting and ranking run in SQL (`store::reports`); the queries run concurrently.
pub async fn report(
    store: &Store,
    guild: GuildId,
    now: DateTime<Utc>,
    days: u32,
) -> Result<KpiReport, StoreError> {
    let since = now - Duration::days(days as i64);
    let (since_s, now_s) = (since.timestamp(), now.timestamp());
    let day_ago_s = (now - Duration::hours(24)).timestamp();

    let (
        opened,
        closed_rows,
        backlog_rows,
        csat_rows,
        deflection,
        reopened,
        frts_by_agent,
        tagged,
        categorised,
    ) = tokio::try_join!(
        store.opened_figures(guild, since_s, now_s),
        store.closed_figures(guild, since_s, now_s),
        store.backlog_figures(guild, now_s),
        store.csat_figures(guild, since_s),
        store.deflection_figures(guild, since_s, day_ago_s),
        store.count_events_since(guild, crate::tickets::EventKind::Reopened, since),
        store.frts_by_agent(guild, since_s, now_s),
        store.grouped_figures(Grouping::Tag, guild, since_s, now_s),
        store.grouped_figures(Grouping::Category, guild, since_s, now_s),
    )?;
    // Percentiles over every answered ticket, and each agent's median.
    let mut all_frts: Vec<i64> = Vec::new();
    let mut agents: HashMap<i64, AgentAcc> = HashMap::new();
    for a in &frts_by_agent {
        all_frts.extend(&a.frts);
        if let Some(id) = a.first_responder {
            let acc = agents.entry(id).or_default();
            acc.first_responses = a.frts.len() as u64;
            acc.frt_median = percentile(&a.frts, 50.0);
        }
    }
    all_frts.sort_unstable();
    let (frt_median, frt_p90) = (percentile(&all_frts, 50.0), percentile(&all_frts, 90.0));

    let (mut closed, mut fcr_yes, mut fcr_den, mut responses) = (0u64, 0u64, 0u64, 0u64);
    let mut inactive = 0u64;
    for c in &closed_rows {
        closed += count(c.closed);
        inactive += count(c.inactive);
        fcr_yes += count(c.fcr_yes);
        fcr_den += count(c.fcr_den);
        responses += count(c.responses);
        if let Some(a) = c.claimed_by {
            let acc = agents.entry(a).or_default();
            acc.closed += count(c.closed);
            acc.fcr += count(c.fcr_yes);
            acc.fcr_den += count(c.fcr_den);
        }
    }

    let mut backlog = Backlog::default();
    for b in &backlog_rows {
        backlog.total += count(b.total);
        *backlog.by_tier.entry(b.tier.to_string()).or_default() += count(b.total);
        backlog.under_1h += count(b.under_1h);
        backlog.from_1h_to_4h += count(b.from_1h_to_4h);
        backlog.from_4h_to_24h += count(b.from_4h_to_24h);
        backlog.over_24h += count(b.over_24h);
    }

    let (mut csat_total, mut csat_count, mut satisfied) = (0i64, 0u64, 0u64);
    for c in &csat_rows {
        csat_total += c.total;
        csat_count += count(c.count);
        satisfied += count(c.satisfied);
        if let Some(a) = c.claimed_by {
            let acc = agents.entry(a).or_default();
            acc.csat_total += c.total;
            acc.csat_count += count(c.count);
        }
    }
    let mean = |total: i64, n: u64| (n > 0).then(|| total as f64 / n as f64);

    let ids: Vec<crate::tickets::UserId> = agents
        .keys()
        .map(|id| crate::tickets::UserId::from_db(*id))
        .collect();
    let names = store.names_of(&ids).await?;
    let mut agent_rows: Vec<AgentFigures> = agents
        .into_iter()
        .map(|(id, acc)| AgentFigures {
            agent: crate::tickets::UserId::from_db(id).to_string(),
            name: names.get(&crate::tickets::UserId::from_db(id)).cloned(),
            first_responses: acc.first_responses,
            frt_median_s: acc.frt_median,
            tickets_closed: acc.closed,
            fcr_rate: ratio(acc.fcr, acc.fcr_den),
            csat_mean: mean(acc.csat_total, acc.csat_count),
            csat_count: acc.csat_count,
        })
        .collect();
    agent_rows.sort_by(|a, b| {
        (b.tickets_closed + b.first_responses)
            .cmp(&(a.tickets_closed + a.first_responses))
            .then(a.agent.cmp(&b.agent))
    });

    Ok(KpiReport {
        since,
        until: now,
        days,
        tickets_opened: count(opened.opened),
        tickets_closed: closed,
        tickets_closed_inactive: inactive,
        tickets_reopened: count(reopened),
        frt_median_s: frt_median,
        frt_p90_s: frt_p90,
        fcr_rate: ratio(fcr_yes, fcr_den),
        responses_to_resolution: (fcr_den > 0).then(|| responses as f64 / fcr_den as f64),
        csat_mean: mean(csat_total, csat_count),
        csat_count,
        csat_satisfied_rate: ratio(satisfied, csat_count),
        sla_met_rate: ratio(count(opened.sla_met), count(opened.sla_due)),
        auto_answers: count(deflection.answers),
        deflection_rate: ratio(
            count(deflection.confirmed + deflection.assumed),
            count(deflection.known),
        ),
        answers_confirmed: count(deflection.confirmed),
        answers_assumed: count(deflection.assumed),
        others_helpful: count(deflection.others_helpful),
        others_not_helpful: count(deflection.others_not_helpful),
        backlog,
        agents: agent_rows,
        by_tag: by_group(tagged),
        by_category: if categorised.iter().all(|r| r.grp == NO_CATEGORY) {
            Vec::new()
        } else {
            by_group(categorised)
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_rank_percentiles() {
        let v: Vec<i64> = (1..=10).collect();
        assert_eq!(percentile(&v, 50.0), Some(5));
        assert_eq!(percentile(&v, 90.0), Some(9));
        assert_eq!(percentile(&[7], 90.0), Some(7));
        assert_eq!(percentile(&[], 50.0), None);
    }
}
