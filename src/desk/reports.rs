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
