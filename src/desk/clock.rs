//! The SLA clock: deadlines, automatic escalation of forgotten tickets, and the queue.

use super::{Desk, DeskError};
use crate::store::events::NewEvent;
use crate::store::tickets::Value;
use crate::store::ts;
use crate::tickets::{EventKind, Notify, Priority, Status, Ticket, Tier};
use chrono::{DateTime, Duration, Utc};

/// One ticket the SLA clock moved.
#[derive(Debug, Clone, PartialEq)]
pub struct DueEscalation {
    /// The ticket afterwards.
    pub ticket: Ticket,
    pub from: Tier,
    /// The new tier; none when the ticket was already at the top (a breach was recorded instead).
    pub to: Option<Tier>,
    pub notify: Vec<Notify>,
}

/// Which tickets the queue shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// Only this tier.
    pub tier: Option<Tier>,
    /// Also show tickets an agent holds.
    pub include_claimed: bool,
}

/// One waiting ticket.
#[derive(Debug, Clone, PartialEq)]
pub struct QueueEntry {
    pub ticket: Ticket,
    /// Since it was opened (or reopened).
    pub waited: Duration,
    /// Until its response deadline; negative when overdue; none when answered.
    pub time_left: Option<Duration>,
    /// How much longer it will probably wait, from recent first-response times.
    pub estimated_wait: Option<Duration>,
}

/// The queue: urgent first, then longest waiting.
#[derive(Debug, Clone, PartialEq)]
pub struct Queue {
    pub entries: Vec<QueueEntry>,
    /// Median of recent first-response times (last 50 within 14 days).
    pub typical_first_response: Option<Duration>,
}

/// The median of a list of seconds.
pub(crate) fn median_secs(mut v: Vec<i64>) -> Option<Duration> {
    if v.is_empty() {
        return None;
    }
    v.sort_unstable();
    Some(Duration::seconds(v[v.len() / 2]))
}

impl Desk {
    /// The response deadline for a clock started `now` (business time when hours are set).
    pub fn deadline(&self, priority: Priority, tier: Tier, now: DateTime<Utc>) -> DateTime<Utc> {
        self.rules
            .sla
            .deadline(priority, tier, now, self.rules.hours.as_ref())
    }

    /// When a member asking `now` can expect an answer, and whether the desk is closed now.
    pub fn expected_answer(&self, priority: Priority, now: DateTime<Utc>) -> DateTime<Utc> {
        self.deadline(priority, Tier::FIRST, now)
    }

    /// Escalates every open, unclaimed ticket past its deadline one tier (automatic, once per
    /// deadline: each gets a new deadline). At the top tier a breach is recorded instead.
    /// Safe to run twice or from two processes: each ticket moves once per deadline.
    pub async fn due_escalations(
        &self,
        now: DateTime<Utc>,
    ) -> Result<Vec<DueEscalation>, DeskError> {
        let mut done = Vec::new();
        for t in self.store.due_tickets(now).await? {
            let Some(due) = t.sla_due_at else { continue };
            let top = t.tier >= self.rules.top_tier();
            let to = if top { t.tier } else { t.tier.next() };
            let event = NewEvent {
                actor: None,
                kind: if top {
                    EventKind::SlaBreached
                } else {
                    EventKind::Escalated
                },
                at: now,
                from_tier: Some(t.tier),
                to_tier: Some(to),
                reason: Some(format!(
                    "no first response by {} (SLA)",
                    due.format("%Y-%m-%d %H:%M UTC")
                )),
                automatic: true,
            };
            let set = "tier = $2, sla_due_at = $3";
            let cond = "status = 'open' AND tier = $4 AND sla_due_at = $5";
            let values = [
                Value::Int(to.0 as i64),
                Value::Int(ts(self.deadline(t.priority, to, now))),
                Value::Int(t.tier.0 as i64),
                Value::Int(ts(due)),
            ];
            let notify = self.notify_for(t.priority, to);
            if let Some(after) = self
                .store
                .transition(t.id, set, cond, &values, event)
                .await?
            {
                done.push(DueEscalation {
                    ticket: after,
                    from: t.tier,
                    to: (!top).then_some(to),
                    notify,
                });
            }
        }
        Ok(done)
    }

    /// Open tickets, urgent first then longest waiting, with time left and estimated wait.
    pub async fn queue(&self, now: DateTime<Utc>, filter: QueueFilter) -> Result<Queue, DeskError> {
        let typical = median_secs(
            self.store
                .recent_first_response_secs(now - Duration::days(14), 50)
                .await?,
        );
        let mut entries: Vec<QueueEntry> = self
            .store
            .active_tickets()
            .await?
            .into_iter()
            .filter(|t| filter.include_claimed || t.status == Status::Open)
            .filter(|t| filter.tier.is_none_or(|tier| t.tier == tier))
            .map(|t| {
                let since = t.reopened_at.unwrap_or(t.opened_at);
                let waited = (now - since).max(Duration::zero());
                let answered = t.sla_due_at.is_none();
                QueueEntry {
                    time_left: t.sla_due_at.map(|d| d - now),
                    estimated_wait: match (typical, answered) {
                        (Some(m), false) => Some((m - waited).max(Duration::zero())),
                        _ => None,
                    },
                    waited,
                    ticket: t,
                }
            })
            .collect();
        entries.sort_by_key(|e| {
            (
                std::cmp::Reverse(e.ticket.priority),
                e.ticket.reopened_at.unwrap_or(e.ticket.opened_at),
                e.ticket.id,
            )
        });
        Ok(Queue {
            entries,
            typical_first_response: typical,
        })
    }
}
