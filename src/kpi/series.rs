//! The per-day series the KPI chart draws.

use super::report::{count, percentile};
use crate::store::{Store, StoreError};
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, Utc};
use serde::Serialize;

/// One day's figures for the chart (a UTC calendar day; the last one ends now).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DailyKpi {
    pub day: NaiveDate,
    /// Tickets opened that day.
    pub tickets_opened: u64,
    /// Median first response time of the tickets opened that day and answered (nearest rank).
    pub frt_median_s: Option<i64>,
    /// Mean of the owner ratings given that day.
    pub csat_mean: Option<f64>,
    pub csat_count: u64,
}

/// The per-day series over the last `days` UTC calendar days, today (up to `now`) included:
/// one entry per day, oldest first, days without activity included with zeros / `None`.
pub async fn daily(
    store: &Store,
    guild: crate::tickets::GuildId,
    now: DateTime<Utc>,
    days: u32,
) -> Result<Vec<DailyKpi>, StoreError> {
    let days = days.max(1);
    let first = now.date_naive() - Duration::days(days as i64 - 1);
    let start = first.and_time(NaiveTime::MIN).and_utc().timestamp();
    let now_s = now.timestamp();
    let (opened, csat) = tokio::try_join!(
        store.daily_opened(guild, start, now_s),
        store.daily_csat(guild, start, now_s),
    )?;
    let mut out: Vec<DailyKpi> = (0..days as i64)
        .map(|d| DailyKpi {
            day: first + Duration::days(d),
            tickets_opened: 0,
            frt_median_s: None,
            csat_mean: None,
            csat_count: 0,
        })
        .collect();
    let len = out.len();
    let slot = |d: i64| usize::try_from(d).ok().filter(|&d| d < len);
    for r in &opened {
        let Some(i) = slot(r.day) else { continue };
        out[i].tickets_opened = count(r.opened);
        out[i].frt_median_s = percentile(&r.frts, 50.0);
    }
    for r in &csat {
        if let Some(i) = slot(r.day) {
            out[i].csat_count = count(r.count);
            out[i].csat_mean = r
                .value
                .filter(|_| r.count > 0)
                .map(|v| v as f64 / r.count as f64);
        }
    }
    Ok(out)
}
