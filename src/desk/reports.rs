//! The desk's figures for its front ends: the KPI report and the per-day chart.

use super::{Desk, DeskError};
use crate::kpi::{self, KpiReport};
use crate::tickets::GuildId;
use chrono::{DateTime, Utc};

impl Desk {
    /// `guild`'s support KPIs over the last `days` days up to `now`.
    pub async fn kpi_report(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
        days: u32,
    ) -> Result<KpiReport, DeskError> {
        Ok(kpi::report(&self.store, guild, now, days).await?)
    }

    /// The per-day series of the same period (one entry per UTC day, oldest first).
    pub async fn kpi_daily(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
        days: u32,
    ) -> Result<Vec<kpi::DailyKpi>, DeskError> {
        Ok(kpi::daily(&self.store, guild, now, days).await?)
    }

    /// How many owner ratings given in the last `days` days were 1 to 5 stars.
    pub async fn csat_distribution(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
        days: u32,
    ) -> Result<[u64; 5], DeskError> {
        let since = now - chrono::Duration::days(i64::from(days));
        Ok(self.store.owner_rating_counts(guild, since, now).await?)
    }

    /// The per-day KPI chart over the same period, as a PNG.
    pub async fn kpi_chart(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
        days: u32,
    ) -> Result<Vec<u8>, crate::kpi::chart::ChartError> {
        crate::kpi::chart::period_png(&self.store, guild, now, days).await
    }
}
