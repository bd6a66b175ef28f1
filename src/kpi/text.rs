//! The report as text for people (`concierge stats`, the `/support stats` embed).

use super::{GroupFigures, KpiReport};
use std::fmt;

/// A duration in seconds for people (`-` for none): `42s`, `3m 05s`, `2h 10m`.
pub fn dur(s: Option<i64>) -> String {
    match s {
        None => "-".into(),
        Some(s) if s < 60 => format!("{s}s"),
        Some(s) if s < 3600 => format!("{}m {:02}s", s / 60, s % 60),
        Some(s) => format!("{}h {:02}m", s / 3600, (s % 3600) / 60),
    }
}

/// A share as a percentage with one decimal (`-` for none).
pub fn pct(r: Option<f64>) -> String {
    r.map_or("-".into(), |r| format!("{:.1}%", r * 100.0))
}

/// A number with two decimals (`-` for none).
pub fn num(r: Option<f64>) -> String {
    r.map_or("-".into(), |r| format!("{r:.2}"))
}

/// One breakdown (by category, by tag): each group's tickets opened in the period.
fn write_groups(f: &mut impl fmt::Write, what: &str, groups: &[GroupFigures]) -> fmt::Result {
    writeln!(f, "  per {what} (opened, closed, FRT median, CSAT):")?;
    for t in groups {
        writeln!(
            f,
            "    {:<20} {:>4}  {:>4}  {:>9}  {} ({})",
            t.name,
            t.tickets_opened,
            t.tickets_closed,
            dur(t.frt_median_s),
            num(t.csat_mean),
            t.csat_count
        )?;
    }
    Ok(())
}

impl KpiReport {
    /// The title and one breakdown alone (`concierge stats --by`, `/support stats
    /// category:`); `what` names the groups ("category", "tag").
    pub fn breakdown(&self, what: &str, groups: &[GroupFigures]) -> String {
        let mut out = format!("{}\n", self.title());
        if groups.is_empty() {
            out += &format!("  no ticket opened in this period has a {what}\n");
        } else {
            let _ = write_groups(&mut out, what, groups);
        }
        out
    }

    /// "Support KPIs, last 7 days (2024-01-08 10:00 to 2024-01-15 10:00 UTC)".
    pub fn title(&self) -> String {
        let period = match self.days {
            1 => "last day".to_string(),
            n => format!("last {n} days"),
        };
        format!(
            "Support KPIs, {period} ({} to {})",
            self.since.format("%Y-%m-%d %H:%M"),
            self.until.format("%Y-%m-%d %H:%M UTC")
        )
    }

    /// The figures without the title (an embed shows the title as its own).
    pub fn body(&self) -> String {
        struct Body<'a>(&'a KpiReport);
        impl fmt::Display for Body<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt_body(f)
            }
        }
        Body(self).to_string()
    }
}

impl fmt::Display for KpiReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "{}", self.title())?;
        self.fmt_body(f)
    }
}

impl KpiReport {
    fn fmt_body(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "  tickets opened / closed / reopened  {} / {} / {}",
            self.tickets_opened, self.tickets_closed, self.tickets_reopened
        )?;
        if self.tickets_closed_inactive > 0 {
            writeln!(
                f,
                "    of them closed for inactivity     {}",
                self.tickets_closed_inactive
            )?;
        }
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
            "  auto-answers / deflection           {} / {} ({} confirmed by the asker, {} assumed)",
            self.auto_answers,
            pct(self.deflection_rate),
            self.answers_confirmed,
            self.answers_assumed
        )?;
        if self.others_helpful + self.others_not_helpful > 0 {
            writeln!(
                f,
                "  others' votes on answers            {} helpful / {} not helpful",
                self.others_helpful, self.others_not_helpful
            )?;
        }
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
                    a.name
                        .as_deref()
                        .map_or_else(|| a.agent.clone(), |n| n.chars().take(20).collect()),
                    a.first_responses,
                    dur(a.frt_median_s),
                    a.tickets_closed,
                    pct(a.fcr_rate),
                    num(a.csat_mean),
                    a.csat_count
                )?;
            }
        }
        for (what, groups) in [("category", &self.by_category), ("tag", &self.by_tag)] {
            if !groups.is_empty() {
                write_groups(f, what, groups)?;
            }
        }
        Ok(())
    }
}
