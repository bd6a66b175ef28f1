//! The SLA clock: response deadlines (business time when hours are set) and the automatic
//! escalation of tickets nobody answered in time. It reads the database, so it catches up
//! after a restart, and it is safe to run twice or from two processes.

use super::{Desk, DeskError};
use crate::store::events::NewEvent;
use crate::store::transition::Transition;
use crate::tickets::{EventKind, Notify, Ticket, Tier};
use chrono::{DateTime, Utc};

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

impl Desk {
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
            let server = self.server(t.guild).await?;
            let rules = server.rules_for(t.category);
            let top = t.tier >= rules.top_tier();
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
            let change = Transition::AutoEscalate {
                from: t.tier,
                to,
                was_due: due,
                due: rules.deadline(t.priority, to, now),
            };
            let notify = rules.notify(t.priority, to);
            if let Some(after) = self.store.transition(t.id, &change, event).await? {
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
}
