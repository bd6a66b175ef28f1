//! Support KPIs over a period, computed from the tickets table, the audit log, ratings and
//! auto-answers. Definitions (also in `docs/desk.md`):
//!
//! - **FRT** (first response time): first *agent* message minus opened time, for tickets opened in
//!   the period; bot messages never stop the clock. Median and 90th percentile (nearest rank).
//! - **FCR** (first contact resolution): of tickets closed in the period with at least one agent
//!   response, the share closed after exactly one agent response and never reopened.
//! - **Responses to resolution**: mean agent responses over those same tickets.
//! - **CSAT**: owner ratings (1-5) given in the period: mean, count, and share of 4-5.
//! - **SLA attainment**: of tickets opened in the period that were answered or whose first
//!   deadline has passed, the share first-answered by their (first) deadline.
//! - **Deflection**: of auto-answers in the period whose outcome is known, the share rated helpful
//!   (more helpful than not-helpful votes) or not followed by a ticket from the asker within 24 h.
//! - **Backlog**: tickets not closed now, by tier and by age since (re)opened.

use crate::store::tickets::ReportTicket;
use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use std::fmt;

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

/// One agent's figures in the period.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AgentFigures {
    /// The agent's Discord id (text: JSON numbers cannot hold every snowflake).
    pub agent: String,
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
    pub deflection_rate: Option<f64>,
    pub backlog: Backlog,
    pub agents: Vec<AgentFigures>,
}

/// The nearest-rank percentile `p` (0-100) of sorted values.
pub fn percentile(sorted: &[i64], p: f64) -> Option<i64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    Some(sorted[rank.clamp(1, sorted.len()) - 1])
}

fn ratio(num: u64, den: u64) -> Option<f64> {
    (den > 0).then(|| num as f64 / den as f64)
}

#[derive(Default)]
struct AgentAcc {
    frts: Vec<i64>,
    closed: u64,
    fcr: u64,
    fcr_den: u64,
    scores: Vec<i64>,
}

/// Whether a closed ticket counts for FCR, and whether it was resolved on first contact.
fn fcr(t: &ReportTicket) -> Option<bool> {
    (t.agent_responses > 0).then_some(t.agent_responses == 1 && t.reopen_count == 0)
}

/// Computes the report for the `days` days up to `now`.
pub async fn report(store: &Store, now: DateTime<Utc>, days: u32) -> Result<KpiReport, StoreError> {
    let since = now - Duration::days(days as i64);
    let tickets = store.report_rows(since).await?;
    let reopened = store
        .count_events_since(crate::tickets::EventKind::Reopened, since)
        .await?;
    let csat = store.owner_ratings_since(since).await?;
    let answers = store.answer_outcomes_since(since).await?;

    let mut agents: HashMap<i64, AgentAcc> = HashMap::new();
    let (mut opened, mut closed) = (0u64, 0u64);
    let mut frts = Vec::new();
    let (mut fcr_yes, mut fcr_den, mut responses) = (0u64, 0u64, 0u64);
    let (mut sla_met, mut sla_den) = (0u64, 0u64);
    let mut backlog = Backlog::default();

    let (since_s, now_s) = (since.timestamp(), now.timestamp());
    let in_period = |t: Option<i64>| t.is_some_and(|t| t >= since_s && t <= now_s);
    for t in &tickets {
        if in_period(Some(t.opened_at)) {
            opened += 1;
            if let Some(fr) = t.first_response_at {
                let s = fr - t.opened_at;
                frts.push(s);
                if let Some(a) = t.first_responder {
                    agents.entry(a).or_default().frts.push(s);
                }
                sla_den += 1;
                if fr <= t.first_sla_due_at {
                    sla_met += 1;
                }
            } else if t.first_sla_due_at <= t.closed_at.unwrap_or(now_s).min(now_s) {
                sla_den += 1;
            }
        }
        if t.closed == 1 && in_period(t.closed_at) {
            closed += 1;
            let acc = t.claimed_by.map(|a| agents.entry(a).or_default());
            if let Some(first) = fcr(t) {
                fcr_den += 1;
                responses += t.agent_responses as u64;
                fcr_yes += first as u64;
                if let Some(acc) = acc {
                    acc.closed += 1;
                    acc.fcr_den += 1;
                    acc.fcr += first as u64;
                }
            } else if let Some(acc) = acc {
                acc.closed += 1;
            }
        }
        if t.closed == 0 {
            backlog.total += 1;
            *backlog.by_tier.entry(t.tier.to_string()).or_default() += 1;
            let age_min = (now_s - t.reopened_at.unwrap_or(t.opened_at)) / 60;
            match age_min {
                m if m < 60 => backlog.under_1h += 1,
                m if m < 240 => backlog.from_1h_to_4h += 1,
                m if m < 1440 => backlog.from_4h_to_24h += 1,
                _ => backlog.over_24h += 1,
            }
        }
    }
    frts.sort_unstable();

    let scores: Vec<i64> = csat.iter().map(|r| r.score).collect();
    for r in &csat {
        if let Some(a) = r.claimed_by {
            agents.entry(a).or_default().scores.push(r.score);
        }
    }
    let mean = |v: &[i64]| (!v.is_empty()).then(|| v.iter().sum::<i64>() as f64 / v.len() as f64);

    let day_ago = now - Duration::hours(24);
    let (mut deflected, mut known) = (0u64, 0u64);
    for a in &answers {
        let rated_helpful = a.helpful > a.not_helpful;
        let window_over = crate::store::from_ts(a.at) <= day_ago;
        if rated_helpful || (a.ticket_id.is_none() && window_over) {
            deflected += 1;
            known += 1;
        } else if a.ticket_id.is_some() || window_over {
            known += 1;
        }
    }

    let mut agent_rows: Vec<AgentFigures> = agents
        .into_iter()
        .map(|(id, mut acc)| {
            acc.frts.sort_unstable();
            AgentFigures {
                agent: crate::tickets::UserId::from_db(id).to_string(),
                first_responses: acc.frts.len() as u64,
                frt_median_s: percentile(&acc.frts, 50.0),
                tickets_closed: acc.closed,
                fcr_rate: ratio(acc.fcr, acc.fcr_den),
                csat_mean: mean(&acc.scores),
                csat_count: acc.scores.len() as u64,
            }
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
        tickets_opened: opened,
        tickets_closed: closed,
        tickets_reopened: reopened.max(0) as u64,
        frt_median_s: percentile(&frts, 50.0),
        frt_p90_s: percentile(&frts, 90.0),
        fcr_rate: ratio(fcr_yes, fcr_den),
        responses_to_resolution: (fcr_den > 0).then(|| responses as f64 / fcr_den as f64),
        csat_mean: mean(&scores),
        csat_count: scores.len() as u64,
        csat_satisfied_rate: ratio(
            scores.iter().filter(|&&s| s >= 4).count() as u64,
            scores.len() as u64,
        ),
        sla_met_rate: ratio(sla_met, sla_den),
        auto_answers: answers.len() as u64,
        deflection_rate: ratio(deflected, known),
        backlog,
        agents: agent_rows,
    })
}

fn dur(s: Option<i64>) -> String {
    match s {
        None => "-".into(),
        Some(s) if s < 60 => format!("{s}s"),
        Some(s) if s < 3600 => format!("{}m {:02}s", s / 60, s % 60),
        Some(s) => format!("{}h {:02}m", s / 3600, (s % 3600) / 60),
    }
}

fn pct(r: Option<f64>) -> String {
    r.map_or("-".into(), |r| format!("{:.1}%", r * 100.0))
}

fn num(r: Option<f64>) -> String {
    r.map_or("-".into(), |r| format!("{r:.2}"))
}

impl fmt::Display for KpiReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Support KPIs, last {} day(s) ({} to {})",
            self.days,
            self.since.format("%Y-%m-%d %H:%M"),
            self.until.format("%Y-%m-%d %H:%M UTC")
        )?;
        writeln!(
            f,
            "  tickets opened / closed / reopened  {} / {} / {}",
            self.tickets_opened, self.tickets_closed, self.tickets_reopened
        )?;
        writeln!(
            f,
            "  first response time median / p90    {} / {}",
            dur(self.frt_median_s),
            dur(self.frt_p90_s)
        )?;
        writeln!(
            f,
            "  first contact resolution            {}",
            pct(self.fcr_rate)
        )?;
        writeln!(
            f,
            "  responses to resolution (mean)      {}",
            num(self.responses_to_resolution)
        )?;
        writeln!(
            f,
            "  CSAT mean (ratings, share 4-5)      {} ({}, {})",
            num(self.csat_mean),
            self.csat_count,
            pct(self.csat_satisfied_rate)
        )?;
        writeln!(
            f,
            "  SLA attainment                      {}",
            pct(self.sla_met_rate)
        )?;
        writeln!(
            f,
            "  auto-answers / deflection           {} / {}",
            self.auto_answers,
            pct(self.deflection_rate)
        )?;
        let tiers: Vec<String> = self
            .backlog
            .by_tier
            .iter()
            .map(|(t, n)| format!("tier {t}: {n}"))
            .collect();
        writeln!(
            f,
            "  backlog                             {} ({})",
            self.backlog.total,
            if tiers.is_empty() {
                "-".into()
            } else {
                tiers.join(", ")
            }
        )?;
        writeln!(
            f,
            "    by age  <1h {}  1-4h {}  4-24h {}  >24h {}",
            self.backlog.under_1h,
            self.backlog.from_1h_to_4h,
            self.backlog.from_4h_to_24h,
            self.backlog.over_24h
        )?;
        if !self.agents.is_empty() {
            writeln!(
                f,
                "  per agent (first responses, FRT median, closed, FCR, CSAT):"
            )?;
            for a in &self.agents {
                writeln!(
                    f,
                    "    {:<20} {:>4}  {:>9}  {:>4}  {:>6}  {} ({})",
                    a.agent,
                    a.first_responses,
                    dur(a.frt_median_s),
                    a.tickets_closed,
                    pct(a.fcr_rate),
                    num(a.csat_mean),
                    a.csat_count
                )?;
            }
        }
        Ok(())
    }
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
