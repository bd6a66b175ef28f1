//! Ticket lifecycle use cases: claim, unclaim, transfer, escalate, close, reopen.

use super::{Desk, DeskError, Outcome, Plan};
use crate::store::events::NewEvent;
use crate::store::transition::{Holder, Transition};
use crate::tickets::rules::{self, Check};
use crate::tickets::text;
use crate::tickets::{Actor, EventKind, Notify, Priority, Status, TicketId, Tier};
use chrono::{DateTime, Utc};

impl Desk {
    /// An agent takes a ticket. Exactly one of two simultaneous claims wins; the other is told
    /// who has it. Claiming one's own ticket again reports `already`.
    pub async fn claim(
        &self,
        id: TicketId,
        agent: Actor,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        self.change(id, |t, _| {
            Ok(match rules::may_claim(t, &agent)? {
                Check::Already => Plan::Already,
                Check::Go => Plan::Go {
                    change: Transition::Claim {
                        agent: agent.user,
                        at: now,
                        tier: t.tier,
                    },
                    event: NewEvent::by(agent.user, EventKind::Claimed, now),
                    notify: Vec::new(),
                },
            })
        })
        .await
    }

    /// The holder (or a higher tier) puts a ticket back in the queue. If it was already
    /// answered, a fresh response deadline starts now.
    pub async fn unclaim(
        &self,
        id: TicketId,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        self.change(id, |t, policy| {
            Ok(match rules::may_unclaim(t, &actor)? {
                Check::Already => Plan::Already,
                Check::Go => Plan::Go {
                    change: Transition::Unclaim {
                        holder: t.claimed_by,
                        due: policy.deadline(t.priority, t.tier, now),
                    },
                    event: NewEvent::by(actor.user, EventKind::Unclaimed, now),
                    notify: vec![Notify::TierRole(t.tier)],
                },
            })
        })
        .await
    }

    /// Hands a ticket to another agent (who must be able to claim it).
    pub async fn transfer(
        &self,
        id: TicketId,
        actor: Actor,
        to: Actor,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        self.change(id, |t, _| {
            Ok(match rules::may_transfer(t, &actor, &to)? {
                Check::Already => Plan::Already,
                Check::Go => {
                    let from = match t.status {
                        Status::Claimed => Holder::Agent(t.claimed_by),
                        _ => Holder::Queue(t.tier),
                    };
                    Plan::Go {
                        change: Transition::Transfer {
                            to: to.user,
                            at: now,
                            from,
                        },
                        event: NewEvent::by(actor.user, EventKind::Transferred, now)
                            .reason(Some(format!("to {}", to.user))),
                        notify: vec![Notify::Agent(to.user)],
                    }
                }
            })
        })
        .await
    }

    /// Escalates to the next tier (`to: None`) or a named higher tier, with a reason. The claim
    /// is released and a new response deadline starts for the new tier.
    pub async fn escalate(
        &self,
        id: TicketId,
        actor: Actor,
        to: Option<Tier>,
        reason: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        let reason = reason
            .map(|r| text::clean(&r))
            .filter(|r| text::is_visible(r));
        self.change(id, |t, policy| {
            let target = rules::may_escalate(t, &actor, to, policy)?;
            Ok(Plan::Go {
                change: Transition::Escalate {
                    from: t.tier,
                    to: target,
                    due: policy.deadline(t.priority, target, now),
                },
                event: NewEvent::by(actor.user, EventKind::Escalated, now)
                    .tiers(t.tier, target)
                    .reason(reason.clone()),
                notify: policy.notify(t.priority, target),
            })
        })
        .await
    }

    /// Sets a ticket's priority (an agent who may work it). A ticket still waiting for its
    /// first response gets the new priority's target counted from now, but raising it never
    /// moves its deadline later; raising it to urgent notifies on-call as an urgent ticket
    /// does.
    pub async fn set_priority(
        &self,
        id: TicketId,
        actor: Actor,
        to: Priority,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        self.change(id, |t, policy| {
            Ok(match rules::may_set_priority(t, &actor, to)? {
                Check::Already => Plan::Already,
                Check::Go => Plan::Go {
                    change: Transition::SetPriority {
                        from: t.priority,
                        to,
                        due: {
                            let due = policy.deadline(to, t.tier, now);
                            match t.sla_due_at {
                                Some(current) if to > t.priority => current.min(due),
                                _ => due,
                            }
                        },
                    },
                    event: NewEvent::by(actor.user, EventKind::PriorityChanged, now)
                        .reason(Some(format!("{} → {}", t.priority.as_str(), to.as_str()))),
                    notify: if to == Priority::Urgent {
                        policy.notify(to, t.tier)
                    } else {
                        Vec::new()
                    },
                },
            })
        })
        .await
    }

    /// Closes a ticket (owner or agent), with an optional resolution note.
    pub async fn close(
        &self,
        id: TicketId,
        actor: Actor,
        resolution: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        let resolution = resolution
            .map(|r| text::clean(&r))
            .filter(|r| text::is_visible(r));
        let outcome = self
            .change(id, |t, _| {
                Ok(match rules::may_close(t, &actor)? {
                    Check::Already => Plan::Already,
                    Check::Go => Plan::Go {
                        change: Transition::Close {
                            at: now,
                            by: actor.user,
                            resolution: resolution.clone(),
                            inactive: false,
                        },
                        event: NewEvent::by(actor.user, EventKind::Closed, now)
                            .reason(resolution.clone()),
                        notify: Vec::new(),
                    },
                })
            })
            .await?;
        // A close request waiting for the member's answer has nothing left to ask.
        self.store.end_close_request(id, None).await?;
        Ok(outcome)
    }

    /// Reopens a closed ticket within the window (owner or agent). It goes back to the queue
    /// with a fresh response deadline, and no longer counts toward first contact resolution.
    pub async fn reopen(
        &self,
        id: TicketId,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        self.change(id, |t, policy| {
            Ok(
                match rules::may_reopen(t, &actor, now, policy.reopen_window)? {
                    Check::Already => Plan::Already,
                    Check::Go => Plan::Go {
                        change: Transition::Reopen {
                            at: now,
                            closed_at: t.closed_at,
                            due: policy.deadline(t.priority, t.tier, now),
                        },
                        event: NewEvent::by(actor.user, EventKind::Reopened, now),
                        // Like a new ticket: its tier (and on-call when urgent), and
                        // the agent who held it.
                        notify: {
                            let mut n = policy.notify(t.priority, t.tier);
                            if let Some(agent) = t.claimed_by {
                                n.push(Notify::Agent(agent));
                            }
                            n
                        },
                    },
                },
            )
        })
        .await
    }
}
