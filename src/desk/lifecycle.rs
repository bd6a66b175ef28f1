//! Ticket lifecycle use cases: claim, unclaim, transfer, escalate, close, reopen.

use super::{Desk, DeskError, Outcome, Plan};
use crate::store::events::NewEvent;
use crate::store::tickets::Value;
use crate::store::ts;
use crate::tickets::rules::{self, Check};
use crate::tickets::{Actor, EventKind, Notify, Status, TicketId, Tier};
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
        self.change(id, |t| {
            Ok(match rules::may_claim(t, &agent)? {
                Check::Already => Plan::Already,
                Check::Go => Plan::Go {
                    set: "status = 'claimed', claimed_by = $2, claimed_at = $3".into(),
                    cond: "status = 'open' AND tier = $4".into(),
                    values: vec![
                        Value::Int(agent.user.to_db()),
                        Value::Int(ts(now)),
                        Value::Int(t.tier.0 as i64),
                    ],
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
        self.change(id, |t| {
            Ok(match rules::may_unclaim(t, &actor)? {
                Check::Already => Plan::Already,
                Check::Go => Plan::Go {
                    set:
                        "status = 'open', claimed_by = NULL, sla_due_at = COALESCE(sla_due_at, $2)"
                            .into(),
                    cond: "status = 'claimed' AND claimed_by = $3".into(),
                    values: vec![
                        Value::Int(ts(self.deadline(t.priority, t.tier, now))),
                        Value::OptInt(t.claimed_by.map(|u| u.to_db())),
                    ],
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
        self.change(id, |t| {
            Ok(match rules::may_transfer(t, &actor, &to)? {
                Check::Already => Plan::Already,
                Check::Go => {
                    let (cond, guard) = match t.status {
                        Status::Claimed => (
                            "status = 'claimed' AND claimed_by = $4",
                            Value::OptInt(t.claimed_by.map(|u| u.to_db())),
                        ),
                        _ => ("status = 'open' AND tier = $4", Value::Int(t.tier.0 as i64)),
                    };
                    Plan::Go {
                        set: "status = 'claimed', claimed_by = $2, claimed_at = $3".into(),
                        cond: cond.into(),
                        values: vec![Value::Int(to.user.to_db()), Value::Int(ts(now)), guard],
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
        self.change(id, |t| {
            let target = rules::may_escalate(t, &actor, to, &self.rules)?;
            Ok(Plan::Go {
                set: "tier = $2, status = 'open', claimed_by = NULL, sla_due_at = $3".into(),
                cond: "status <> 'closed' AND tier = $4".into(),
                values: vec![
                    Value::Int(target.0 as i64),
                    Value::Int(ts(self.deadline(t.priority, target, now))),
                    Value::Int(t.tier.0 as i64),
                ],
                event: NewEvent::by(actor.user, EventKind::Escalated, now)
                    .tiers(t.tier, target)
                    .reason(reason.clone()),
                notify: self.notify_for(t.priority, target),
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
            .map(|r| r.trim().to_string())
            .filter(|r| !r.is_empty());
        self.change(id, |t| {
            Ok(match rules::may_close(t, &actor)? {
                Check::Already => Plan::Already,
                Check::Go => Plan::Go {
                    set: "status = 'closed', closed_at = $2, closed_by = $3, resolution = $4, sla_due_at = NULL"
                        .into(),
                    cond: "status <> 'closed'".into(),
                    values: vec![
                        Value::Int(ts(now)),
                        Value::Int(actor.user.to_db()),
                        Value::Text(resolution.clone()),
                    ],
                    event: NewEvent::by(actor.user, EventKind::Closed, now)
                        .reason(resolution.clone()),
                    notify: Vec::new(),
                },
            })
        })
        .await
    }

    /// Reopens a closed ticket within the window (owner or agent). It goes back to the queue
    /// with a fresh response deadline, and no longer counts toward first contact resolution.
    pub async fn reopen(
        &self,
        id: TicketId,
        actor: Actor,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        self.change(id, |t| {
            Ok(
                match rules::may_reopen(t, &actor, now, self.rules.reopen_window)? {
                    Check::Already => Plan::Already,
                    Check::Go => Plan::Go {
                        set: "status = 'open', claimed_by = NULL, closed_at = NULL, closed_by = NULL, \
                              resolution = NULL, reopened_at = $2, reopen_count = reopen_count + 1, \
                              sla_due_at = $3"
                            .into(),
                        cond: "status = 'closed' AND closed_at = $4".into(),
                        values: vec![
                            Value::Int(ts(now)),
                            Value::Int(ts(self.deadline(t.priority, t.tier, now))),
                            Value::OptInt(t.closed_at.map(ts)),
                        ],
                        event: NewEvent::by(actor.user, EventKind::Reopened, now),
                        notify: match t.claimed_by {
                            Some(agent) => vec![Notify::Agent(agent)],
                            None => vec![Notify::TierRole(t.tier)],
                        },
                    },
                },
            )
        })
        .await
    }
}
