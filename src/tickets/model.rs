//! The ticket and its vocabulary: tiers, statuses, priorities, actors, events, notifications.

use super::category::CategoryId;
use super::ids::{ChannelId, GuildId, TicketId, TicketNo, UserId};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;

/// A support tier: 1 is first line; the highest is the number of tier roles configured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Tier(pub u8);

impl Tier {
    /// First line support, where every ticket starts.
    pub const FIRST: Tier = Tier(1);

    /// The tier above this one.
    pub fn next(self) -> Tier {
        Tier(self.0.saturating_add(1))
    }
}

impl fmt::Display for Tier {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "tier {}", self.0)
    }
}

/// Where a ticket is in its life. A reopened ticket goes back to `Open`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Waiting for an agent to claim it.
    Open,
    /// An agent has it.
    Claimed,
    /// Done (may be reopened within the window).
    Closed,
}

impl Status {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Open => "open",
            Status::Claimed => "claimed",
            Status::Closed => "closed",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Status> {
        match s {
            "open" => Some(Status::Open),
            "claimed" => Some(Status::Claimed),
            "closed" => Some(Status::Closed),
            _ => None,
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How fast a ticket needs a first answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    /// Can wait: the longest target.
    Low,
    /// The usual target.
    Normal,
    /// Sooner than usual.
    High,
    /// An emergency (outage, hacked account, ...): shorter target, on-call notified.
    Urgent,
}

impl Priority {
    /// Every priority, lowest first.
    pub const ALL: [Priority; 4] = [
        Priority::Low,
        Priority::Normal,
        Priority::High,
        Priority::Urgent,
    ];

    /// The name stored in the database (and shown).
    pub fn as_str(self) -> &'static str {
        match self {
            Priority::Low => "low",
            Priority::Normal => "normal",
            Priority::High => "high",
            Priority::Urgent => "urgent",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Priority> {
        Priority::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

impl fmt::Display for Priority {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A support ticket, as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ticket {
    pub id: TicketId,
    /// Its number in its server, as members and agents see it.
    pub no: TicketNo,
    pub guild: GuildId,
    /// The member the ticket is for.
    pub owner: UserId,
    /// Who opened it: the owner, or an agent on the owner's behalf.
    pub opened_by: UserId,
    /// The private thread, once created.
    pub thread: Option<ChannelId>,
    pub topic: String,
    /// Its category (department), if the server has categories and one was chosen.
    pub category: Option<CategoryId>,
    pub tier: Tier,
    pub status: Status,
    pub priority: Priority,
    /// The agent holding the ticket (kept after close: who handled it).
    pub claimed_by: Option<UserId>,
    pub opened_at: DateTime<Utc>,
    /// The first message by an agent (bot messages do not count).
    pub first_response_at: Option<DateTime<Utc>>,
    pub first_responder: Option<UserId>,
    pub claimed_at: Option<DateTime<Utc>>,
    pub closed_at: Option<DateTime<Utc>>,
    pub closed_by: Option<UserId>,
    pub resolution: Option<String>,
    pub reopened_at: Option<DateTime<Utc>>,
    pub reopen_count: u32,
    /// Messages posted by agents in the ticket.
    pub agent_responses: u32,
    /// When the ticket escalates if no agent answers; none once answered.
    pub sla_due_at: Option<DateTime<Utc>>,
    /// The first-response target set at open (for SLA attainment).
    pub first_sla_due_at: DateTime<Utc>,
    /// Closed for inactivity: the member did not answer "Is this solved?" (counted apart in
    /// the KPIs, never rated).
    pub closed_inactive: bool,
}

impl Ticket {
    /// Whether an agent answered the ticket: a first agent response, or an agent closed it
    /// (closing with a resolution is an answer). Only answered tickets are rated.
    pub fn was_answered(&self) -> bool {
        self.first_response_at.is_some() || self.closed_by.is_some_and(|by| by != self.owner)
    }

    /// Open or claimed: not closed.
    pub fn is_active(&self) -> bool {
        self.status != Status::Closed
    }
}

/// Who posted a message in a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthorKind {
    /// The owner or another member.
    Member,
    /// A support agent: stops the first-response clock.
    Agent,
    /// A bot (including us): never stops the clock.
    Bot,
}

impl AuthorKind {
    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthorKind::Member => "member",
            AuthorKind::Agent => "agent",
            AuthorKind::Bot => "bot",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<AuthorKind> {
        match s {
            "member" => Some(AuthorKind::Member),
            "agent" => Some(AuthorKind::Agent),
            "bot" => Some(AuthorKind::Bot),
            _ => None,
        }
    }
}

/// Who is asking for something: a member, or an agent with their highest tier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Actor {
    pub user: UserId,
    /// The agent's tier (highest tier role held); none for a member.
    pub tier: Option<Tier>,
}

impl Actor {
    /// A member without an agent role.
    pub fn member(user: UserId) -> Actor {
        Actor { user, tier: None }
    }

    /// An agent of the given tier.
    pub fn agent(user: UserId, tier: Tier) -> Actor {
        Actor {
            user,
            tier: Some(tier),
        }
    }

    /// Holds any agent role.
    pub fn is_agent(&self) -> bool {
        self.tier.is_some()
    }
}

/// What happened to a ticket (one event row each).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    Opened,
    ThreadAttached,
    Claimed,
    Unclaimed,
    Transferred,
    Escalated,
    PriorityRaised,
    /// An agent set the priority (the reason says from what to what).
    PriorityChanged,
    /// An agent added a staff note (the note is in `ticket_notes`, not in the event).
    NoteAdded,
    /// An agent asked the member whether the ticket may close (the reason, if any).
    CloseRequested,
    /// The member kept the ticket open in answer to a close request.
    CloseRequestDeclined,
    /// The bot asked the member whether the ticket is solved, after their silence.
    InactivityAsked,
    /// An agent put a tag on the ticket (the reason is its name).
    TagAdded,
    /// An agent took a tag off the ticket (the reason is its name).
    TagRemoved,
    /// An agent moved the ticket to another category (the reason says from what to what).
    Moved,
    /// An unclaimed ticket at the top tier passed its deadline (nowhere higher to go).
    SlaBreached,
    Closed,
    Reopened,
    Rated,
    Unrated,
}

impl EventKind {
    /// Every kind, for parsing.
    pub const ALL: [EventKind; 20] = [
        EventKind::Opened,
        EventKind::ThreadAttached,
        EventKind::Claimed,
        EventKind::Unclaimed,
        EventKind::Transferred,
        EventKind::Escalated,
        EventKind::PriorityRaised,
        EventKind::PriorityChanged,
        EventKind::NoteAdded,
        EventKind::CloseRequested,
        EventKind::CloseRequestDeclined,
        EventKind::InactivityAsked,
        EventKind::TagAdded,
        EventKind::TagRemoved,
        EventKind::Moved,
        EventKind::SlaBreached,
        EventKind::Closed,
        EventKind::Reopened,
        EventKind::Rated,
        EventKind::Unrated,
    ];

    /// The name stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            EventKind::Opened => "opened",
            EventKind::ThreadAttached => "thread_attached",
            EventKind::Claimed => "claimed",
            EventKind::Unclaimed => "unclaimed",
            EventKind::Transferred => "transferred",
            EventKind::Escalated => "escalated",
            EventKind::PriorityRaised => "priority_raised",
            EventKind::PriorityChanged => "priority_changed",
            EventKind::NoteAdded => "note_added",
            EventKind::CloseRequested => "close_requested",
            EventKind::CloseRequestDeclined => "close_request_declined",
            EventKind::InactivityAsked => "inactivity_asked",
            EventKind::TagAdded => "tag_added",
            EventKind::TagRemoved => "tag_removed",
            EventKind::Moved => "moved",
            EventKind::SlaBreached => "sla_breached",
            EventKind::Closed => "closed",
            EventKind::Reopened => "reopened",
            EventKind::Rated => "rated",
            EventKind::Unrated => "unrated",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == s)
    }
}

/// One row of the audit log.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    pub id: i64,
    pub ticket: TicketId,
    /// Who did it; none for the desk itself (SLA clock).
    pub actor: Option<UserId>,
    pub kind: EventKind,
    pub at: DateTime<Utc>,
    pub from_tier: Option<Tier>,
    pub to_tier: Option<Tier>,
    /// Why (escalation reason, resolution note, rating, transfer target...).
    pub reason: Option<String>,
    /// Done by the desk on its own (SLA escalation), not by a person.
    pub automatic: bool,
}

/// Someone the Discord layer should ping; it maps these to role or user mentions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Notify {
    /// The on-call role for urgent tickets.
    UrgentRole,
    /// The agents of one tier.
    TierRole(Tier),
    /// A category's team (its tickets at tier 1 ping it instead of the tier-1 role).
    TeamRole(u64),
    /// One agent (e.g. the target of a transfer).
    Agent(UserId),
}

/// A message posted in a ticket's thread, as recorded for the transcript.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TicketMessage {
    pub ticket: TicketId,
    pub message_id: super::ids::MessageId,
    pub author: UserId,
    /// The author's display name when the message was posted.
    pub author_name: String,
    pub kind: AuthorKind,
    pub at: DateTime<Utc>,
    pub content: String,
}

#[cfg(test)]
impl Ticket {
    /// An open tier-1 ticket #1 of member 10, opened 2024-01-15 10:00 UTC, for unit tests.
    pub(crate) fn sample(topic: &str) -> Ticket {
        let t0: DateTime<Utc> = "2024-01-15T10:00:00Z".parse().unwrap();
        Ticket {
            id: TicketId(1),
            no: TicketNo(1),
            guild: GuildId(1),
            owner: UserId(10),
            opened_by: UserId(10),
            thread: None,
            topic: topic.into(),
            category: None,
            tier: Tier(1),
            status: Status::Open,
            priority: Priority::Normal,
            claimed_by: None,
            opened_at: t0,
            first_response_at: None,
            first_responder: None,
            claimed_at: None,
            closed_at: None,
            closed_by: None,
            resolution: None,
            reopened_at: None,
            reopen_count: 0,
            agent_responses: 0,
            sla_due_at: None,
            first_sla_due_at: t0,
            closed_inactive: false,
        }
    }
}
