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
//! - **Deflection**: of auto-answers in the period whose outcome is known, the share resolved:
//!   confirmed by the asker (Solved / their 👍) or assumed (no word from the asker, no ticket
//!   from them within 24 h). Only the asker decides; others' votes are counted apart.
//! - **Backlog**: tickets not closed now, by tier and by age since (re)opened.
//!
//! Files: [`report`] computes the period's figures, [`series`] the per-day series the chart
//! draws, `text` prints a report for people, [`chart`] draws the PNG.

pub mod chart;
mod report;
mod series;
mod text;

pub use report::{
    nearest_rank, percentile, report, AgentFigures, Backlog, GroupFigures, KpiReport, NO_CATEGORY,
};
pub use series::{daily, DailyKpi};
pub use text::{dur, num, pct};
