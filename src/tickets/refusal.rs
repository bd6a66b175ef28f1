//! Refusals: the desk saying "no" to a person, as values the front ends put in the person's
//! language ([`Refusal::text`], from the `refusal-` messages of `locales/*/refusals.ftl`).
//! `Display` is the English text (for logs and the CLI).

use super::ids::{TicketNo, UserId};
use super::model::Tier;
use crate::i18n::{Args, Lang};

/// A request the rules do not allow. The text is meant for the person who asked.
///
/// `action` fields name what was asked by a key of the `action-` messages (`"close"`:
/// "close this ticket").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The member already holds the maximum number of open tickets.
    TooManyOpen { max: u32, open: Vec<TicketNo> },
    /// The member opened too many tickets too quickly.
    OpeningTooFast {
        max: u32,
        minutes: i64,
        again_at: chrono::DateTime<chrono::Utc>,
    },
    /// A ticket needs a topic.
    EmptyTopic,
    /// No ticket with this number.
    NoSuchTicket(TicketNo),
    /// The channel is not a ticket thread.
    NotATicket,
    /// Only agents may do this.
    AgentsOnly { action: &'static str },
    /// Only moderators and agents may do this.
    ModeratorsOnly,
    /// The agent's tier is below the ticket's.
    TierTooLow { needed: Tier, action: &'static str },
    /// Someone else already holds the ticket.
    AlreadyClaimed { ticket: TicketNo, by: UserId },
    /// The action needs a claimed ticket.
    NotClaimed(TicketNo),
    /// Only the agent holding the ticket (or a higher tier) may do this.
    NotTheHolder {
        ticket: TicketNo,
        holder: UserId,
        action: &'static str,
    },
    /// Only the ticket's owner or an agent may do this.
    OwnerOrAgentOnly {
        ticket: TicketNo,
        action: &'static str,
    },
    /// The ticket is closed.
    Closed(TicketNo),
    /// Nowhere higher to escalate.
    AtTopTier { ticket: TicketNo, tier: Tier },
    /// Escalation must go up.
    NotHigher { ticket: TicketNo, current: Tier },
    /// A tier that is not configured.
    NoSuchTier { requested: Tier, max: u8 },
    /// The transfer target cannot take the ticket.
    TargetTierTooLow {
        ticket: TicketNo,
        target: UserId,
        needed: Tier,
    },
    /// The member was blocked from opening tickets (by whom is not said).
    Blocked {
        until: Option<chrono::DateTime<chrono::Utc>>,
    },
    /// Only the ticket's owner answers a close request.
    OwnerAnswersCloseRequest { owner: UserId },
    /// No pending close request.
    NoCloseRequest(TicketNo),
    /// No tag of that name on this server.
    NoSuchTag(String),
    /// A tag name that is not `[a-z0-9-]`, 1 to 32 characters.
    BadTagName(String),
    /// The server has that tag already.
    TagExists(String),
    /// The most tags one server may have.
    TooManyTags(usize),
    /// Only moderators manage the server's tags.
    TagsModeratorsOnly,
    /// No category of that name on this server.
    NoSuchCategory(String),
    /// A category that cannot be saved: each problem on its line.
    BadCategory(String),
    /// Another category has the name.
    CategoryExists(String),
    /// The most categories one server may have.
    TooManyCategories(usize),
    /// Only moderators manage the server's categories and panels.
    CategoriesModeratorsOnly,
    /// The ticket is in that category already.
    SameCategory { ticket: TicketNo, category: String },
    /// No panel of that number on this server.
    NoSuchPanel,
    /// A panel's words that cannot be used: each problem on its line.
    BadPanel(String),
    /// A form answer that does not fit its question.
    BadAnswer(String),
    /// A note needs some text.
    EmptyNote,
    /// Only moderators may block members.
    BlocksModeratorsOnly,
    /// Ratings come after closing.
    NotClosedYet(TicketNo),
    /// No agent answered the ticket: there is nothing to rate (and no CSAT to count).
    NotAnswered(TicketNo),
    /// A rating outside 1..=5.
    BadScore(u8),
    /// Too late to reopen.
    ReopenWindowPassed { ticket: TicketNo, days: i64 },
}

fn list(ids: &[TicketNo]) -> String {
    ids.iter()
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

impl Refusal {
    /// The refusal in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let mut a = Args::new();
        let ticket = |a: &mut Args<'_>, t: &TicketNo| a.set("ticket", t.to_string());
        let mention = |a: &mut Args<'_>, name: &'static str, u: &UserId| {
            a.set(name, format!("<@{}>", u.0));
        };
        let action = |a: &mut Args<'_>, key: &str| {
            a.set(
                "action",
                crate::i18n::text(lang, &format!("action-{key}"), None),
            );
        };
        let id = match self {
            Refusal::TooManyOpen { max, open } => {
                a.set("count", open.len());
                a.set("open", list(open));
                a.set("max", *max);
                "refusal-too-many-open"
            }
            Refusal::OpeningTooFast {
                max,
                minutes,
                again_at,
            } => {
                a.set("max", *max);
                a.set("minutes", *minutes);
                a.set("again", again_at.timestamp().to_string());
                "refusal-opening-too-fast"
            }
            Refusal::EmptyTopic => "refusal-empty-topic",
            Refusal::NoSuchTicket(t) => {
                ticket(&mut a, t);
                "refusal-no-such-ticket"
            }
            Refusal::NotATicket => "refusal-not-a-ticket",
            Refusal::AgentsOnly { action: act } => {
                action(&mut a, act);
                "refusal-agents-only"
            }
            Refusal::ModeratorsOnly => "refusal-moderators-only",
            Refusal::TierTooLow {
                needed,
                action: act,
            } => {
                a.set("tier", needed.0);
                action(&mut a, act);
                "refusal-tier-too-low"
            }
            Refusal::AlreadyClaimed { ticket: t, by } => {
                ticket(&mut a, t);
                mention(&mut a, "by", by);
                "refusal-already-claimed"
            }
            Refusal::NotClaimed(t) => {
                ticket(&mut a, t);
                "refusal-not-claimed"
            }
            Refusal::NotTheHolder {
                ticket: t,
                holder,
                action: act,
            } => {
                ticket(&mut a, t);
                mention(&mut a, "holder", holder);
                action(&mut a, act);
                "refusal-not-the-holder"
            }
            Refusal::OwnerOrAgentOnly {
                ticket: t,
                action: act,
            } => {
                ticket(&mut a, t);
                action(&mut a, act);
                "refusal-owner-or-agent-only"
            }
            Refusal::Closed(t) => {
                ticket(&mut a, t);
                "refusal-closed"
            }
            Refusal::AtTopTier { ticket: t, tier } => {
                ticket(&mut a, t);
                a.set("tier", tier.0);
                "refusal-at-top-tier"
            }
            Refusal::NotHigher { ticket: t, current } => {
                ticket(&mut a, t);
                a.set("tier", current.0);
                "refusal-not-higher"
            }
            Refusal::NoSuchTier { requested, max } => {
                a.set("tier", requested.0);
                a.set("max", *max);
                "refusal-no-such-tier"
            }
            Refusal::TargetTierTooLow {
                ticket: t,
                target,
                needed,
            } => {
                ticket(&mut a, t);
                mention(&mut a, "target", target);
                a.set("tier", needed.0);
                "refusal-target-tier-too-low"
            }
            Refusal::Blocked { until: None } => "refusal-blocked",
            Refusal::Blocked { until: Some(u) } => {
                a.set("until", u.timestamp().to_string());
                "refusal-blocked-until"
            }
            Refusal::OwnerAnswersCloseRequest { owner } => {
                mention(&mut a, "owner", owner);
                "refusal-owner-answers-close-request"
            }
            Refusal::NoCloseRequest(t) => {
                ticket(&mut a, t);
                "refusal-no-close-request"
            }
            Refusal::NoSuchTag(tag) => {
                a.set("tag", tag.clone());
                "refusal-no-such-tag"
            }
            Refusal::BadTagName(tag) => {
                a.set("tag", tag.clone());
                "refusal-bad-tag-name"
            }
            Refusal::TagExists(tag) => {
                a.set("tag", tag.clone());
                "refusal-tag-exists"
            }
            Refusal::TooManyTags(n) => {
                a.set("count", *n);
                "refusal-too-many-tags"
            }
            Refusal::TagsModeratorsOnly => "refusal-tags-moderators-only",
            Refusal::NoSuchCategory(c) => {
                a.set("category", c.clone());
                "refusal-no-such-category"
            }
            Refusal::BadCategory(problems) => {
                a.set("problems", problems.clone());
                "refusal-bad-category"
            }
            Refusal::CategoryExists(c) => {
                a.set("category", c.clone());
                "refusal-category-exists"
            }
            Refusal::TooManyCategories(n) => {
                a.set("count", *n);
                "refusal-too-many-categories"
            }
            Refusal::CategoriesModeratorsOnly => "refusal-categories-moderators-only",
            Refusal::SameCategory {
                ticket: t,
                category,
            } => {
                ticket(&mut a, t);
                a.set("category", category.clone());
                "refusal-same-category"
            }
            Refusal::NoSuchPanel => "refusal-no-such-panel",
            Refusal::BadPanel(problems) => {
                a.set("problems", problems.clone());
                "refusal-bad-panel"
            }
            // The form's own words about the answer (the moderators' language).
            Refusal::BadAnswer(text) => return text.clone(),
            Refusal::EmptyNote => "refusal-empty-note",
            Refusal::BlocksModeratorsOnly => "refusal-blocks-moderators-only",
            Refusal::NotClosedYet(t) => {
                ticket(&mut a, t);
                "refusal-not-closed-yet"
            }
            Refusal::NotAnswered(t) => {
                ticket(&mut a, t);
                "refusal-not-answered"
            }
            Refusal::BadScore(n) => {
                a.set("score", *n);
                "refusal-bad-score"
            }
            Refusal::ReopenWindowPassed { ticket: t, days } => {
                ticket(&mut a, t);
                a.set("days", *days);
                "refusal-reopen-window-passed"
            }
        };
        crate::i18n::text(lang, id, Some(&a))
    }
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

impl std::error::Error for Refusal {}

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
