//! Who may do what to a ticket: pure checks that either allow, say "already done", or refuse.

use super::hours::BusinessHours;
use super::model::{Actor, Notify, Priority, Status, Ticket, Tier};
use super::refusal::Refusal;
use super::sla::SlaPolicy;
use super::urgent::UrgentKeywords;
use chrono::{DateTime, Duration, Utc};

/// The desk's rules, validated once at start.
#[derive(Debug, Clone)]
pub struct DeskRules {
    /// Open tickets one member may hold at once (default 3).
    pub max_open: u32,
    /// How long after closing a ticket may be reopened (default 7 days).
    pub reopen_window: Duration,
    /// Number of tiers (the number of tier roles; default 3).
    pub tiers: u8,
    /// First-response targets.
    pub sla: SlaPolicy,
    /// Staffed hours; none = always.
    pub hours: Option<BusinessHours>,
    /// What makes a ticket urgent.
    pub urgent: UrgentKeywords,
    /// How many tickets one member may open themselves within a window (none: no limit).
    pub open_rate: Option<OpenRate>,
    /// The on-call role is pinged about one member's urgent tickets at most once per window.
    pub on_call_window: Duration,
    /// A category's team: pinged instead of the tier-1 role for its tickets at tier 1 (none:
    /// the server's rules, or a category without a team).
    pub team_role: Option<u64>,
}

/// At most `max` tickets opened per `per`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OpenRate {
    pub max: u32,
    pub per: Duration,
}

impl DeskRules {
    /// The response deadline for a clock started `now` at `tier` (business time when hours
    /// are set).
    pub fn deadline(&self, priority: Priority, tier: Tier, now: DateTime<Utc>) -> DateTime<Utc> {
        self.sla.deadline(priority, tier, now, self.hours.as_ref())
    }
}

impl Default for DeskRules {
    fn default() -> Self {
        DeskRules {
            max_open: 3,
            reopen_window: Duration::days(7),
            tiers: 3,
            sla: SlaPolicy::default(),
            hours: None,
            urgent: UrgentKeywords::default(),
            open_rate: Some(OpenRate {
                max: 5,
                per: Duration::hours(1),
            }),
            on_call_window: Duration::hours(1),
            team_role: None,
        }
    }
}

impl DeskRules {
    /// Who to ping when a ticket of this priority lands at `tier`: on-call for an urgent one,
    /// and the tier's agents (at tier 1, the category's team when it has one).
    pub fn notify(&self, priority: Priority, tier: Tier) -> Vec<Notify> {
        let mut n = Vec::new();
        if priority == Priority::Urgent {
            n.push(Notify::UrgentRole);
        }
        n.push(match self.team_role {
            Some(role) if tier == Tier::FIRST => Notify::TeamRole(role),
            _ => Notify::TierRole(tier),
        });
        n
    }

    /// These rules for the tickets of a category: its team at tier 1, and its first-response
    /// target at tier 1 in place of the normal one (a low-priority ticket never gets less
    /// time than that, a high or urgent one never more).
    pub fn for_category(&self, c: &super::Category) -> DeskRules {
        let mut rules = self.clone();
        rules.team_role = c.team_role;
        if let Some(minutes) = c.first_response_minutes {
            let target = Duration::minutes(i64::from(minutes));
            for p in Priority::ALL {
                let server = self.sla.target(p, Tier::FIRST);
                let t = match p {
                    Priority::Low => server.max(target),
                    Priority::Normal => target,
                    Priority::High | Priority::Urgent => server.min(target),
                };
                rules.sla = rules.sla.with_target(p, Tier::FIRST, t);
            }
        }
        rules
    }

    /// The highest tier.
    pub fn top_tier(&self) -> Tier {
        Tier(self.tiers)
    }
}

/// A check that passed: go ahead, or nothing to do because it is already so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Check {
    /// Make the change.
    Go,
    /// Already in the requested state: report success, change nothing.
    Already,
}

fn agent_tier(actor: &Actor, action: &'static str) -> Result<Tier, Refusal> {
    actor.tier.ok_or(Refusal::AgentsOnly { action })
}

fn not_closed(t: &Ticket) -> Result<(), Refusal> {
    if t.status == Status::Closed {
        Err(Refusal::Closed(t.no))
    } else {
        Ok(())
    }
}

/// Someone may act on a ticket's handling: an agent of its tier or above; if another agent
/// holds it, only that agent or a higher tier.
fn may_handle(t: &Ticket, actor: &Actor, action: &'static str) -> Result<(), Refusal> {
    let tier = agent_tier(actor, action)?;
    if tier < t.tier {
        return Err(Refusal::TierTooLow {
            needed: t.tier,
            action,
        });
    }
    match t.claimed_by {
        Some(holder) if t.status == Status::Claimed && holder != actor.user && tier <= t.tier => {
            Err(Refusal::NotTheHolder {
                ticket: t.no,
                holder,
                action,
            })
        }
        _ => Ok(()),
    }
}

/// Opening on someone else's behalf needs an agent.
pub fn may_open_for(opener: &Actor, owner: crate::tickets::UserId) -> Result<(), Refusal> {
    if opener.user != owner && !opener.is_agent() {
        return Err(Refusal::AgentsOnly {
            action: "open-for-others",
        });
    }
    Ok(())
}

/// Claim: an agent whose tier is at least the ticket's; the ticket must be open.
pub fn may_claim(t: &Ticket, actor: &Actor) -> Result<Check, Refusal> {
    let tier = agent_tier(actor, "claim-tickets")?;
    not_closed(t)?;
    if t.status == Status::Claimed {
        return match t.claimed_by {
            Some(by) if by == actor.user => Ok(Check::Already),
            Some(by) => Err(Refusal::AlreadyClaimed { ticket: t.no, by }),
            None => Ok(Check::Go),
        };
    }
    if tier < t.tier {
        return Err(Refusal::TierTooLow {
            needed: t.tier,
            action: "claim",
        });
    }
    Ok(Check::Go)
}

/// Unclaim: the holder, or an agent above the ticket's tier.
pub fn may_unclaim(t: &Ticket, actor: &Actor) -> Result<Check, Refusal> {
    agent_tier(actor, "unclaim-tickets")?;
    not_closed(t)?;
    if t.status != Status::Claimed {
        return Ok(Check::Already);
    }
    may_handle(t, actor, "unclaim")?;
    Ok(Check::Go)
}

/// Set the priority: an agent who may work the ticket (as for escalating); the same priority
/// again changes nothing.
pub fn may_set_priority(t: &Ticket, actor: &Actor, to: Priority) -> Result<Check, Refusal> {
    not_closed(t)?;
    may_handle(t, actor, "change-priority")?;
    Ok(if t.priority == to {
        Check::Already
    } else {
        Check::Go
    })
}

/// Move the ticket to another category: an agent who may work it (as for escalating).
pub fn may_move(t: &Ticket, actor: &Actor) -> Result<Check, Refusal> {
    not_closed(t)?;
    may_handle(t, actor, "move")?;
    Ok(Check::Go)
}

/// Ask the owner whether the ticket may close: an agent who may work it (as for closing).
pub fn may_request_close(t: &Ticket, actor: &Actor) -> Result<(), Refusal> {
    not_closed(t)?;
    may_handle(t, actor, "propose-closing")
}

/// Putting tags on tickets: agents of any tier.
pub fn may_tag(actor: &Actor) -> Result<(), Refusal> {
    agent_tier(actor, "tag-tickets").map(|_| ())
}

/// Staff notes and a ticket's history: agents of any tier, never members.
pub fn may_read_staff_notes(actor: &Actor) -> Result<(), Refusal> {
    agent_tier(actor, "staff-notes").map(|_| ())
}

/// Transfer to another agent who could claim the ticket themselves.
pub fn may_transfer(t: &Ticket, actor: &Actor, target: &Actor) -> Result<Check, Refusal> {
    not_closed(t)?;
    may_handle(t, actor, "transfer")?;
    match target.tier {
        Some(tier) if tier >= t.tier => {}
        _ => {
            return Err(Refusal::TargetTierTooLow {
                ticket: t.no,
                target: target.user,
                needed: t.tier,
            })
        }
    }
    if t.status == Status::Claimed && t.claimed_by == Some(target.user) {
        return Ok(Check::Already);
    }
    Ok(Check::Go)
}

/// Escalate to the next tier (`to: None`) or a named higher tier; returns the target tier.
pub fn may_escalate(
    t: &Ticket,
    actor: &Actor,
    to: Option<Tier>,
    rules: &DeskRules,
) -> Result<Tier, Refusal> {
    not_closed(t)?;
    may_handle(t, actor, "escalate")?;
    let top = rules.top_tier();
    match to {
        None if t.tier >= top => Err(Refusal::AtTopTier {
            ticket: t.no,
            tier: t.tier,
        }),
        None => Ok(t.tier.next()),
        Some(req) if req.0 == 0 || req > top => Err(Refusal::NoSuchTier {
            requested: req,
            max: rules.tiers,
        }),
        Some(req) if req <= t.tier && t.tier >= top => Err(Refusal::AtTopTier {
            ticket: t.no,
            tier: t.tier,
        }),
        Some(req) if req <= t.tier => Err(Refusal::NotHigher {
            ticket: t.no,
            current: t.tier,
        }),
        Some(req) => Ok(req),
    }
}

fn owner_or_agent(t: &Ticket, actor: &Actor, action: &'static str) -> Result<(), Refusal> {
    if actor.user == t.owner || actor.is_agent() {
        Ok(())
    } else {
        Err(Refusal::OwnerOrAgentOnly {
            ticket: t.no,
            action,
        })
    }
}

/// Close: the owner or an agent.
pub fn may_close(t: &Ticket, actor: &Actor) -> Result<Check, Refusal> {
    if actor.user != t.owner {
        // An agent closes a ticket they may work, like unclaim, transfer and escalate.
        owner_or_agent(t, actor, "close")?;
        if t.status != Status::Closed {
            may_handle(t, actor, "close")?;
        }
    }
    Ok(if t.status == Status::Closed {
        Check::Already
    } else {
        Check::Go
    })
}

/// Reopen: the owner or an agent, within the window after closing.
pub fn may_reopen(
    t: &Ticket,
    actor: &Actor,
    now: DateTime<Utc>,
    window: Duration,
) -> Result<Check, Refusal> {
    owner_or_agent(t, actor, "reopen")?;
    if t.status != Status::Closed {
        return Ok(Check::Already);
    }
    match t.closed_at {
        Some(closed) if now - closed > window => Err(Refusal::ReopenWindowPassed {
            ticket: t.no,
            days: window.num_days(),
        }),
        _ => Ok(Check::Go),
    }
}

/// Rate a closed ticket 1-5 that an agent answered; returns whether the rater is the owner
/// (only those count for CSAT). A ticket its owner closed unanswered has nothing to rate.
pub fn may_rate(t: &Ticket, rater: crate::tickets::UserId, score: u8) -> Result<bool, Refusal> {
    if !(1..=5).contains(&score) {
        return Err(Refusal::BadScore(score));
    }
    if t.status != Status::Closed {
        return Err(Refusal::NotClosedYet(t.no));
    }
    if !t.was_answered() {
        return Err(Refusal::NotAnswered(t.no));
    }
    Ok(rater == t.owner)
}

/// Open one more ticket by oneself: at most `rate.max` within `rate.per`. `opened` are the
/// times of the member's own recent opens (at least those within the window), oldest first.
pub fn may_open_again(
    opened: &[DateTime<Utc>],
    now: DateTime<Utc>,
    rate: Option<OpenRate>,
) -> Result<(), Refusal> {
    let Some(rate) = rate else {
        return Ok(());
    };
    let recent: Vec<&DateTime<Utc>> = opened.iter().filter(|&&t| t > now - rate.per).collect();
    if u32::try_from(recent.len()).unwrap_or(u32::MAX) >= rate.max {
        let oldest = recent.first().map_or(now, |&&t| t);
        return Err(Refusal::OpeningTooFast {
            max: rate.max,
            minutes: rate.per.num_minutes(),
            again_at: oldest + rate.per,
        });
    }
    Ok(())
}

/// Whether an urgent ticket should ping on-call: not when the same member had an urgent
/// ticket (opened by themselves) within the window before this one.
pub fn pings_on_call(
    earlier_urgent: &[DateTime<Utc>],
    now: DateTime<Utc>,
    window: Duration,
) -> bool {
    !earlier_urgent.iter().any(|&t| t > now - window && t <= now)
}

/// Open one more ticket: a member holds at most `max` open ones at once.
pub fn may_open_more(open: &[crate::tickets::TicketNo], max: u32) -> Result<(), Refusal> {
    if u32::try_from(open.len()).unwrap_or(u32::MAX) >= max {
        return Err(Refusal::TooManyOpen {
            max,
            open: open.to_vec(),
        });
    }
    Ok(())
}

/// Add someone to a ticket's thread: the owner or an agent.
pub fn may_add_member(t: &Ticket, actor: &Actor) -> Result<(), Refusal> {
    owner_or_agent(t, actor, "add-people")?;
    not_closed(t)
}

/// Whether an agent's message in the ticket is a response (it stops the first-response clock,
/// counts for FRT, the queue and SLA): from an agent who may work the ticket (its holder, or
/// an agent of a high enough tier), the same rule as unclaim, transfer, escalate and close.
pub fn counts_as_response(t: &Ticket, author: &Actor) -> bool {
    author.is_agent()
        && (t.claimed_by == Some(author.user) || may_handle(t, author, "answer").is_ok())
}

/// See the queue: agents.
pub fn may_see_queue(actor: &Actor) -> Result<(), Refusal> {
    agent_tier(actor, "see-queue").map(|_| ())
}

/// Post a canned answer into a ticket: agents.
pub fn may_send_canned(actor: &Actor) -> Result<(), Refusal> {
    agent_tier(actor, "send-canned").map(|_| ())
}

/// Use the tuning and reporting tools (`/kb test|reload|gaps`, `/support stats`): agents and
/// moderators.
pub fn may_use_tools(actor: &Actor, moderator: bool) -> Result<(), Refusal> {
    if actor.is_agent() || moderator {
        Ok(())
    } else {
        Err(Refusal::ModeratorsOnly)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tickets::{TicketNo, UserId};

    fn ticket(tier: u8, status: Status, claimed_by: Option<u64>) -> Ticket {
        let mut t = Ticket::sample("t");
        t.tier = Tier(tier);
        t.status = status;
        t.claimed_by = claimed_by.map(UserId);
        t.closed_at = (status == Status::Closed).then_some(t.opened_at);
        t
    }

    fn agent(id: u64, tier: u8) -> Actor {
        Actor::agent(UserId(id), Tier(tier))
    }

    #[test]
    fn claim_rules() {
        let open = ticket(2, Status::Open, None);
        assert_eq!(may_claim(&open, &agent(1, 2)), Ok(Check::Go));
        assert_eq!(may_claim(&open, &agent(1, 3)), Ok(Check::Go));
        assert!(matches!(
            may_claim(&open, &agent(1, 1)),
            Err(Refusal::TierTooLow { .. })
        ));
        assert!(matches!(
            may_claim(&open, &Actor::member(UserId(10))),
            Err(Refusal::AgentsOnly { .. })
        ));
        let held = ticket(2, Status::Claimed, Some(1));
        assert_eq!(may_claim(&held, &agent(1, 2)), Ok(Check::Already));
        assert_eq!(
            may_claim(&held, &agent(2, 3)),
            Err(Refusal::AlreadyClaimed {
                ticket: TicketNo(1),
                by: UserId(1)
            })
        );
    }

    #[test]
    fn escalation_rules() {
        let rules = DeskRules::default();
        let t = ticket(1, Status::Open, None);
        assert_eq!(may_escalate(&t, &agent(1, 1), None, &rules), Ok(Tier(2)));
        assert_eq!(
            may_escalate(&t, &agent(1, 1), Some(Tier(3)), &rules),
            Ok(Tier(3))
        );
        let top = ticket(3, Status::Open, None);
        assert!(matches!(
            may_escalate(&top, &agent(1, 3), None, &rules),
            Err(Refusal::AtTopTier { .. })
        ));
        let held = ticket(1, Status::Claimed, Some(5));
        assert!(matches!(
            may_escalate(&held, &agent(6, 1), None, &rules),
            Err(Refusal::NotTheHolder { .. })
        ));
        assert_eq!(may_escalate(&held, &agent(5, 1), None, &rules), Ok(Tier(2)));
        assert_eq!(may_escalate(&held, &agent(6, 2), None, &rules), Ok(Tier(2)));
    }

    #[test]
    fn opening_rate_and_on_call_window() {
        let t0: DateTime<Utc> = "2024-01-15T10:00:00Z".parse().unwrap();
        let rate = Some(OpenRate {
            max: 3,
            per: Duration::hours(1),
        });
        let at = |m: i64| t0 + Duration::minutes(m);
        assert_eq!(may_open_again(&[at(0), at(10)], at(20), rate), Ok(()));
        assert_eq!(
            may_open_again(&[at(0), at(10), at(20)], at(30), rate),
            Err(Refusal::OpeningTooFast {
                max: 3,
                minutes: 60,
                again_at: at(60)
            })
        );
        // The oldest falls out of the window.
        assert_eq!(
            may_open_again(&[at(0), at(10), at(20)], at(61), rate),
            Ok(())
        );
        assert_eq!(
            may_open_again(&[at(0), at(1), at(2), at(3)], at(4), None),
            Ok(())
        );
        assert!(pings_on_call(&[], at(0), Duration::hours(1)));
        assert!(!pings_on_call(&[at(0)], at(59), Duration::hours(1)));
        assert!(pings_on_call(&[at(0)], at(60), Duration::hours(1)));
    }

    #[test]
    fn one_rule_for_working_a_ticket() {
        // Held at tier 3 by agent 7: a tier-1 agent may neither close, unclaim, transfer nor
        // escalate it, and their message is no response.
        let held = ticket(3, Status::Claimed, Some(7));
        let low = agent(5, 1);
        assert!(matches!(
            may_close(&held, &low),
            Err(Refusal::TierTooLow { .. })
        ));
        assert!(matches!(
            may_unclaim(&held, &low),
            Err(Refusal::TierTooLow { .. })
        ));
        assert!(matches!(
            may_transfer(&held, &low, &agent(8, 3)),
            Err(Refusal::TierTooLow { .. })
        ));
        assert!(!counts_as_response(&held, &low));
        // Another tier-3 agent neither; the holder and the owner may.
        assert!(matches!(
            may_close(&held, &agent(6, 3)),
            Err(Refusal::NotTheHolder { .. })
        ));
        assert!(!counts_as_response(&held, &agent(6, 3)));
        assert_eq!(may_close(&held, &agent(7, 3)), Ok(Check::Go));
        assert!(counts_as_response(&held, &agent(7, 3)));
        assert_eq!(may_close(&held, &Actor::member(UserId(10))), Ok(Check::Go));
        // Unclaimed at tier 2: tier 2 and up answer, tier 1 does not.
        let open = ticket(2, Status::Open, None);
        assert!(counts_as_response(&open, &agent(5, 2)) && counts_as_response(&open, &agent(5, 3)));
        assert!(!counts_as_response(&open, &agent(5, 1)));
        assert!(!counts_as_response(&open, &Actor::member(UserId(10))));
        // Adding someone to a closed ticket is refused with a reason.
        let closed = ticket(1, Status::Closed, None);
        assert_eq!(
            may_add_member(&closed, &agent(5, 1)),
            Err(Refusal::Closed(closed.no))
        );
    }

    #[test]
    fn close_reopen_and_rate_rules() {
        let closed = ticket(1, Status::Closed, None);
        let owner = Actor::member(UserId(10));
        let stranger = Actor::member(UserId(11));
        assert_eq!(may_close(&closed, &owner), Ok(Check::Already));
        assert!(may_close(&ticket(1, Status::Open, None), &stranger).is_err());
        let now = closed.closed_at.unwrap() + Duration::days(7);
        assert_eq!(
            may_reopen(&closed, &owner, now, Duration::days(7)),
            Ok(Check::Go)
        );
        assert!(matches!(
            may_reopen(
                &closed,
                &owner,
                now + Duration::seconds(1),
                Duration::days(7)
            ),
            Err(Refusal::ReopenWindowPassed { .. })
        ));
        assert_eq!(
            may_rate(&closed, UserId(10), 5),
            Err(Refusal::NotAnswered(closed.no))
        );
        let mut closed = closed;
        closed.first_response_at = Some(closed.opened_at);
        assert_eq!(may_rate(&closed, UserId(10), 5), Ok(true));
        assert_eq!(may_rate(&closed, UserId(11), 5), Ok(false));
        assert_eq!(may_rate(&closed, UserId(10), 0), Err(Refusal::BadScore(0)));
    }
}
