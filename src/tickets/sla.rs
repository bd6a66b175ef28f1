//! First-response targets per priority and tier, and the deadlines they give.

use super::hours::BusinessHours;
use super::model::{Priority, Tier};
use chrono::{DateTime, Duration, Utc};

/// How long a ticket may wait for a first agent response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlaPolicy {
    /// Target for normal tickets (default 60 min).
    pub normal: Duration,
    /// Target for urgent tickets (default 15 min).
    pub urgent: Duration,
    /// Per-tier exceptions: (priority, tier, target).
    pub overrides: Vec<(Priority, Tier, Duration)>,
}

impl Default for SlaPolicy {
    fn default() -> Self {
        SlaPolicy {
            normal: Duration::minutes(60),
            urgent: Duration::minutes(15),
            overrides: Vec::new(),
        }
    }
}

impl SlaPolicy {
    /// A policy with the two usual targets, in minutes.
    pub fn minutes(normal: u32, urgent: u32) -> SlaPolicy {
        SlaPolicy {
            normal: Duration::minutes(normal as i64),
            urgent: Duration::minutes(urgent as i64),
            overrides: Vec::new(),
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
                Priority::Normal => self.normal,
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
