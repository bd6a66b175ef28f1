//! Refusals: the desk saying "no" to a person, as values whose `Display` reads well in Discord.

use super::ids::{TicketNo, UserId};
use super::model::Tier;
use thiserror::Error;

/// A request the rules do not allow. The text is meant for the person who asked.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum Refusal {
    /// The member already holds the maximum number of open tickets.
    #[error("You already have {} open ticket(s) ({}), the most one member may hold at once ({max}). Please continue in one of them, or close one first.", open.len(), list(open))]
    TooManyOpen { max: u32, open: Vec<TicketNo> },
    /// The member opened too many tickets too quickly.
    #[error("You have opened {max} tickets in the last {minutes} minutes, the most one member may. You can open another <t:{}:R>; meanwhile, please continue in one of your tickets.", again_at.timestamp())]
    OpeningTooFast {
        max: u32,
        minutes: i64,
        again_at: chrono::DateTime<chrono::Utc>,
    },
    /// A ticket needs a topic.
    #[error("Please give your ticket a short topic.")]
    EmptyTopic,
    /// No ticket with this number.
    #[error("There is no ticket {0}.")]
    NoSuchTicket(TicketNo),
    /// The channel is not a ticket thread.
    #[error("This channel is not a ticket.")]
    NotATicket,
    /// Only agents may do this.
    #[error("Only support agents can {action}.")]
    AgentsOnly { action: &'static str },
    /// Only moderators and agents may do this.
    #[error("Only moderators and support agents can do that.")]
    ModeratorsOnly,
    /// The agent's tier is below the ticket's.
    #[error("Only {needed} agents (or higher) can {action} this ticket.")]
    TierTooLow { needed: Tier, action: &'static str },
    /// Someone else already holds the ticket.
    #[error("Ticket {ticket} is already claimed by <@{by}>.")]
    AlreadyClaimed { ticket: TicketNo, by: UserId },
    /// The action needs a claimed ticket.
    #[error("Ticket {0} is not claimed by anyone.")]
    NotClaimed(TicketNo),
    /// Only the agent holding the ticket (or a higher tier) may do this.
    #[error("Only the agent holding ticket {ticket} (<@{holder}>) or a higher-tier agent can {action} it.")]
    NotTheHolder {
        ticket: TicketNo,
        holder: UserId,
        action: &'static str,
    },
    /// Only the ticket's owner or an agent may do this.
    #[error("Only the person who opened ticket {ticket} or a support agent can {action} it.")]
    OwnerOrAgentOnly {
        ticket: TicketNo,
        action: &'static str,
    },
    /// The ticket is closed.
    #[error("Ticket {0} is closed.")]
    Closed(TicketNo),
    /// Nowhere higher to escalate.
    #[error(
        "Ticket {ticket} is already at the top tier ({tier}); it cannot be escalated further."
    )]
    AtTopTier { ticket: TicketNo, tier: Tier },
    /// Escalation must go up.
    #[error("Ticket {ticket} is at {current}; it can only be escalated to a higher tier.")]
    NotHigher { ticket: TicketNo, current: Tier },
    /// A tier that is not configured.
    #[error("There is no {requested}: tiers go from 1 to {max}.")]
    NoSuchTier { requested: Tier, max: u8 },
    /// The transfer target cannot take the ticket.
    #[error("<@{target}> cannot take ticket {ticket}: it needs a {needed} agent (or higher).")]
    TargetTierTooLow {
        ticket: TicketNo,
        target: UserId,
        needed: Tier,
    },
    /// The member was blocked from opening tickets (by whom is not said).
    #[error("You can't open tickets on this server{}. If you think this is a mistake, please contact the server's moderators.", until.map(|u| format!(" until <t:{}:f>", u.timestamp())).unwrap_or_default())]
    Blocked {
        until: Option<chrono::DateTime<chrono::Utc>>,
    },
    /// Only the ticket's owner answers a close request.
    #[error("Only <@{owner}>, who opened the ticket, can answer this.")]
    OwnerAnswersCloseRequest { owner: UserId },
    /// No pending close request.
    #[error(
        "Ticket {0} has no close request waiting for an answer (it was answered, or it ended)."
    )]
    NoCloseRequest(TicketNo),
    /// No tag of that name on this server.
    #[error("There is no tag `{0}` on this server; `/tag list` shows them.")]
    NoSuchTag(String),
    /// A tag name that is not `[a-z0-9-]`, 1 to 32 characters.
    #[error("`{0}` is no tag name: use 1 to 32 lowercase letters, digits and hyphens, like `billing` or `bug-report`.")]
    BadTagName(String),
    /// The server has that tag already.
    #[error("This server has a tag `{0}` already.")]
    TagExists(String),
    /// The most tags one server may have.
    #[error("This server has {0} tags, the most it may have; remove one first.")]
    TooManyTags(usize),
    /// Only moderators manage the server's tags.
    #[error("Only this server's moderators (and members with Manage Server) can change its tags.")]
    TagsModeratorsOnly,
    /// No category of that name on this server.
    #[error("There is no category `{0}` on this server; `/category list` shows them.")]
    NoSuchCategory(String),
    /// A category that cannot be saved: each problem on its line.
    #[error("That category cannot be saved:\n{0}")]
    BadCategory(String),
    /// Another category has the name.
    #[error("This server has a category `{0}` already.")]
    CategoryExists(String),
    /// The most categories one server may have.
    #[error("This server has {0} categories, the most it may have; remove one first.")]
    TooManyCategories(usize),
    /// Only moderators manage the server's categories and panels.
    #[error("Only this server's moderators (and members with Manage Server) can change its categories and panels.")]
    CategoriesModeratorsOnly,
    /// The ticket is in that category already.
    #[error("Ticket {ticket} is in {category} already.")]
    SameCategory { ticket: TicketNo, category: String },
    /// No panel of that number on this server.
    #[error("There is no such panel on this server; `/panel list` shows them.")]
    NoSuchPanel,
    /// A panel's words that cannot be used: each problem on its line.
    #[error("That panel cannot be saved:\n{0}")]
    BadPanel(String),
    /// A form answer that does not fit its question.
    #[error("{0}")]
    BadAnswer(String),
    /// A note needs some text.
    #[error("A note needs some text.")]
    EmptyNote,
    /// Only moderators may block members.
    #[error("Only this server's moderators (and members with Manage Server) can block members from opening tickets.")]
    BlocksModeratorsOnly,
    /// Ratings come after closing.
    #[error("Ticket {0} can be rated once it is closed.")]
    NotClosedYet(TicketNo),
    /// No agent answered the ticket: there is nothing to rate (and no CSAT to count).
    #[error("Ticket {0} was closed before an agent answered it, so there is nothing to rate.")]
    NotAnswered(TicketNo),
    /// A rating outside 1..=5.
    #[error("A rating goes from 1 to 5 (got {0}).")]
    BadScore(u8),
    /// Too late to reopen.
    #[error("Ticket {ticket} was closed more than {days} day(s) ago and can no longer be reopened. Please open a new ticket.")]
    ReopenWindowPassed { ticket: TicketNo, days: i64 },
}

fn list(ids: &[TicketNo]) -> String {
    ids.iter()
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn too_many_open_names_the_tickets() {
        let r = Refusal::TooManyOpen {
            max: 3,
            open: vec![TicketNo(1), TicketNo(4), TicketNo(9)],
        };
        let s = r.to_string();
        assert!(s.contains("#1, #4, #9"), "{s}");
        assert!(s.contains("(3)"), "{s}");
    }

    #[test]
    fn already_claimed_says_who() {
        let s = Refusal::AlreadyClaimed {
            ticket: TicketNo(2),
            by: UserId(77),
        }
        .to_string();
        assert_eq!(s, "Ticket #2 is already claimed by <@77>.");
    }
}
