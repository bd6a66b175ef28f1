//! Typed ticket transitions: what the desk decided, turned into one conditional `UPDATE` here,
//! so no SQL (and no status or priority literal) lives outside the store.
//!
//! Each transition names the change and the guard that must still hold (the state the desk
//! looked at). If someone changed the ticket in between, the guard fails, the update matches
//! nothing, and the desk re-reads and re-decides.

use super::ts;
use crate::tickets::{CategoryId, ChannelId, Priority, Status, Tier, UserId};
use chrono::{DateTime, Utc};

/// Who may hold a ticket that is being handed over: the guard of a transfer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Holder {
    /// Claimed by this agent.
    Agent(Option<UserId>),
    /// Unclaimed, waiting in this tier's queue.
    Queue(Tier),
}

/// One change to a ticket row.
#[derive(Debug, Clone, PartialEq)]
pub enum Transition {
    /// Link the ticket to its thread (only if it has none yet).
    AttachThread { thread: ChannelId },
    /// An agent takes an open ticket waiting at `tier`.
    Claim {
        agent: UserId,
        at: DateTime<Utc>,
        tier: Tier,
    },
    /// The holder gives it back; a fresh deadline `due` if it was already answered.
    Unclaim {
        holder: Option<UserId>,
        due: DateTime<Utc>,
    },
    /// Hand the ticket to `to`, from whoever holds it now.
    Transfer {
        to: UserId,
        at: DateTime<Utc>,
        from: Holder,
    },
    /// Move a ticket still at `from` to tier `to` (released, back in the queue) with deadline `due`.
    Escalate {
        from: Tier,
        to: Tier,
        due: DateTime<Utc>,
    },
    /// The SLA clock: an open ticket at `from` whose deadline was `was_due` moves to `to`
    /// with the new deadline `due` (at the top tier `to == from`: only the deadline moves).
    AutoEscalate {
        from: Tier,
        to: Tier,
        was_due: DateTime<Utc>,
        due: DateTime<Utc>,
    },
    /// Close a ticket that is not closed (`inactive`: closed for inactivity).
    Close {
        at: DateTime<Utc>,
        by: UserId,
        resolution: Option<String>,
        inactive: bool,
    },
    /// Reopen the closing of `closed_at`, back in the queue with deadline `due`.
    Reopen {
        at: DateTime<Utc>,
        closed_at: Option<DateTime<Utc>>,
        due: DateTime<Utc>,
    },
    /// A ticket still of priority `from` becomes `to`; its pending deadline (if any) becomes
    /// `due`.
    SetPriority {
        from: Priority,
        to: Priority,
        due: DateTime<Utc>,
    },
    /// A ticket not closed, still in category `from` at `tier` held by `holder`, moves to
    /// `to`: released back to the queue (the new team's, at tier 1) with the deadline `due`.
    Move {
        from: Option<CategoryId>,
        to: CategoryId,
        due: DateTime<Utc>,
        tier: Tier,
        holder: Option<UserId>,
    },
}

/// A query parameter.
#[derive(Debug, Clone)]
pub(crate) enum Value {
    Int(Option<i64>),
    Text(Option<String>),
    Bool(bool),
}

impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(Some(v))
    }
}
impl From<Option<UserId>> for Value {
    fn from(v: Option<UserId>) -> Value {
        Value::Int(v.map(UserId::to_db))
    }
}
impl From<UserId> for Value {
    fn from(v: UserId) -> Value {
        Some(v).into()
    }
}
impl From<ChannelId> for Value {
    fn from(v: ChannelId) -> Value {
        v.to_db().into()
    }
}
impl From<Tier> for Value {
    fn from(v: Tier) -> Value {
        i64::from(v.0).into()
    }
}
impl From<Option<DateTime<Utc>>> for Value {
    fn from(v: Option<DateTime<Utc>>) -> Value {
        Value::Int(v.map(ts))
    }
}
impl From<DateTime<Utc>> for Value {
    fn from(v: DateTime<Utc>) -> Value {
        ts(v).into()
    }
}
impl From<Status> for Value {
    fn from(v: Status) -> Value {
        Value::Text(Some(v.as_str().to_string()))
    }
}
impl From<Priority> for Value {
    fn from(v: Priority) -> Value {
        Value::Text(Some(v.as_str().to_string()))
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}

impl From<Option<String>> for Value {
    fn from(v: Option<String>) -> Value {
        Value::Text(v)
    }
}

/// An `UPDATE tickets SET … WHERE id = $1 AND …` under construction: [`Params::arg`] numbers
/// the placeholders, so they are never counted by hand.
#[derive(Debug, Default)]
pub(crate) struct Params {
    pub values: Vec<Value>,
}

impl Params {
    /// Adds a parameter; returns its placeholder (`$2` first: `$1` is the ticket id).
    fn arg(&mut self, v: impl Into<Value>) -> String {
        self.values.push(v.into());
        format!("${}", self.values.len() + 1)
    }
}

/// The SQL of a transition: `(set, condition, parameters from $2)`.
pub(crate) fn statement(change: &Transition) -> (String, String, Vec<Value>) {
    let mut p = Params::default();
    let (set, cond) = match change {
        Transition::AttachThread { thread } => (
            format!("thread_id = {}", p.arg(*thread)),
            "thread_id IS NULL".to_string(),
        ),
        Transition::Claim { agent, at, tier } => (
            format!(
                "status = {}, claimed_by = {}, claimed_at = {}",
                p.arg(Status::Claimed),
                p.arg(*agent),
                p.arg(*at)
            ),
            format!(
                "status = {} AND tier = {}",
                p.arg(Status::Open),
                p.arg(*tier)
            ),
        ),
        Transition::Unclaim { holder, due } => (
            format!(
                "status = {}, claimed_by = NULL, sla_due_at = COALESCE(sla_due_at, {})",
                p.arg(Status::Open),
                p.arg(*due)
            ),
            format!(
                "status = {} AND claimed_by = {}",
                p.arg(Status::Claimed),
                p.arg(*holder)
            ),
        ),
        Transition::Transfer { to, at, from } => {
            let set = format!(
                "status = {}, claimed_by = {}, claimed_at = {}",
                p.arg(Status::Claimed),
                p.arg(*to),
                p.arg(*at)
            );
            let cond = match from {
                Holder::Agent(holder) => format!(
                    "status = {} AND claimed_by = {}",
                    p.arg(Status::Claimed),
                    p.arg(*holder)
                ),
                Holder::Queue(tier) => {
                    format!(
                        "status = {} AND tier = {}",
                        p.arg(Status::Open),
                        p.arg(*tier)
                    )
                }
            };
            (set, cond)
        }
        Transition::Escalate { from, to, due } => (
            format!(
                "tier = {}, status = {}, claimed_by = NULL, sla_due_at = {}",
                p.arg(*to),
                p.arg(Status::Open),
                p.arg(*due)
            ),
            format!(
                "status <> {} AND tier = {}",
                p.arg(Status::Closed),
                p.arg(*from)
            ),
        ),
        Transition::AutoEscalate {
            from,
            to,
            was_due,
            due,
        } => (
            format!("tier = {}, sla_due_at = {}", p.arg(*to), p.arg(*due)),
            format!(
                "status = {} AND tier = {} AND sla_due_at = {}",
                p.arg(Status::Open),
                p.arg(*from),
                p.arg(*was_due)
            ),
        ),
        Transition::Close {
            at,
            by,
            resolution,
            inactive,
        } => (
            format!(
                "status = {}, closed_at = {}, closed_by = {}, resolution = {}, sla_due_at = NULL, \
                 closed_inactive = {}",
                p.arg(Status::Closed),
                p.arg(*at),
                p.arg(*by),
                p.arg(resolution.clone()),
                p.arg(*inactive)
            ),
            format!("status <> {}", p.arg(Status::Closed)),
        ),
        Transition::Reopen { at, closed_at, due } => (
            format!(
                "status = {}, claimed_by = NULL, closed_at = NULL, closed_by = NULL, \
                 resolution = NULL, reopened_at = {}, reopen_count = reopen_count + 1, \
                 sla_due_at = {}, closed_inactive = FALSE",
                p.arg(Status::Open),
                p.arg(*at),
                p.arg(*due)
            ),
            format!(
                "status = {} AND closed_at = {}",
                p.arg(Status::Closed),
                p.arg(*closed_at)
            ),
        ),
        Transition::SetPriority { from, to, due } => (
            format!(
                "priority = {}, sla_due_at = CASE WHEN sla_due_at IS NULL THEN NULL ELSE {} END",
                p.arg(*to),
                p.arg(*due)
            ),
            format!("priority = {}", p.arg(*from)),
        ),
        Transition::Move {
            from,
            to,
            due,
            tier,
            holder,
        } => (
            format!(
                "category_id = {}, status = {}, claimed_by = NULL, sla_due_at = {}",
                p.arg(to.0),
                p.arg(Status::Open),
                p.arg(*due)
            ),
            {
                let category = match from {
                    Some(c) => format!("category_id = {}", p.arg(c.0)),
                    None => "category_id IS NULL".to_string(),
                };
                let held = match holder {
                    Some(h) => format!("claimed_by = {}", p.arg(*h)),
                    None => "claimed_by IS NULL".to_string(),
                };
                format!(
                    "status <> {} AND {category} AND tier = {} AND {held}",
                    p.arg(Status::Closed),
                    p.arg(*tier)
                )
            },
        ),
    };
    (set, cond, p.values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_move_is_guarded_by_the_tier_and_holder_seen() {
        let now = chrono::DateTime::from_timestamp(1_000, 0).unwrap();
        let (_, cond, _) = statement(&Transition::Move {
            from: None,
            to: CategoryId(3),
            due: now,
            tier: Tier(1),
            holder: Some(UserId(7)),
        });
        assert_eq!(
            cond,
            "status <> $6 AND category_id IS NULL AND tier = $7 AND claimed_by = $5"
        );
    }

    #[test]
    fn placeholders_are_numbered_from_two_in_order() {
        let now = chrono::DateTime::from_timestamp(1_000, 0).unwrap();
        let (set, cond, values) = statement(&Transition::Claim {
            agent: UserId(7),
            at: now,
            tier: Tier(2),
        });
        assert_eq!(set, "status = $2, claimed_by = $3, claimed_at = $4");
        assert_eq!(cond, "status = $5 AND tier = $6");
        assert_eq!(values.len(), 5);
        assert!(matches!(&values[0], Value::Text(Some(s)) if s == "claimed"));
        assert!(matches!(&values[3], Value::Text(Some(s)) if s == "open"));
    }
}
