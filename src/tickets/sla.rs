//! First-response targets per priority and tier, and the deadlines they give.

use super::hours::BusinessHours;
use super::model::{Priority, Tier};
use chrono::{DateTime, Duration, Utc};

/// How long a ticket may wait for a first agent response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaPolicy {
    /// Target for low-priority tickets (default 240 min).
    pub low: Duration,
    /// Target for normal tickets (default 60 min).
    pub normal: Duration,
    /// Target for high-priority tickets (default 30 min).
    pub high: Duration,
    /// Target for urgent tickets (default 15 min).
    pub urgent: Duration,
    /// Per-tier exceptions: (priority, tier, target).
    pub overrides: Vec<(Priority, Tier, Duration)>,
}

impl Default for SlaPolicy {
    fn default() -> Self {
        SlaPolicy {
            low: Duration::minutes(240),
            normal: Duration::minutes(60),
            high: Duration::minutes(30),
            urgent: Duration::minutes(15),
            overrides: Vec::new(),
        }
    }
}

impl SlaPolicy {
    /// A policy with the normal and urgent targets, in minutes (low and high at their
    /// defaults).
    pub fn minutes(normal: u32, urgent: u32) -> SlaPolicy {
        SlaPolicy {
            normal: Duration::minutes(i64::from(normal)),
            urgent: Duration::minutes(i64::from(urgent)),
            ..SlaPolicy::default()
        }
    }

    /// The same policy with these low- and high-priority targets, in minutes.
    pub fn with_low_and_high(self, low: u32, high: u32) -> SlaPolicy {
        SlaPolicy {
            low: Duration::minutes(i64::from(low)),
            high: Duration::minutes(i64::from(high)),
            ..self
        }
    }

    /// Sets a target for one priority at one tier.
    pub fn with_target(mut self, priority: Priority, tier: Tier, target: Duration) -> SlaPolicy {
        self.overrides
            .retain(|(p, t, _)| !(*p == priority && *t == tier));
        self.overrides.push((priority, tier, target));
        self
    }

    /// The target for a ticket of this priority at this tier.
    pub fn target(&self, priority: Priority, tier: Tier) -> Duration {
        self.overrides
            .iter()
            .find(|(p, t, _)| *p == priority && *t == tier)
            .map(|(_, _, d)| *d)
            .unwrap_or(match priority {
                Priority::Low => self.low,
                Priority::Normal => self.normal,
                Priority::High => self.high,
                Priority::Urgent => self.urgent,
            })
    }

    /// The deadline for a clock started at `from`, counting business time only when hours are set.
    pub fn deadline(
        &self,
        priority: Priority,
        tier: Tier,
        from: DateTime<Utc>,
        hours: Option<&BusinessHours>,
    ) -> DateTime<Utc> {
        let target = self.target(priority, tier);
        match hours {
            Some(h) => h.add(from, target),
            None => from + target,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urgent_is_shorter_and_overrides_win() {
        let p = SlaPolicy::default().with_target(Priority::Normal, Tier(2), Duration::minutes(240));
        assert_eq!(p.target(Priority::Normal, Tier(1)), Duration::minutes(60));
        assert_eq!(p.target(Priority::Urgent, Tier(1)), Duration::minutes(15));
        assert_eq!(p.target(Priority::Normal, Tier(2)), Duration::minutes(240));
        let t0: DateTime<Utc> = "2024-01-15T10:00:00Z".parse().unwrap();
        assert_eq!(
            p.deadline(Priority::Urgent, Tier(1), t0, None),
            t0 + Duration::minutes(15)
        );
    }
}
