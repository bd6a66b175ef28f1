//! The queue: open tickets, urgent first then longest waiting, with the time left to their
//! deadlines and an estimated wait from recent first-response times.

use super::{Desk, DeskError};
use crate::tickets::{CategoryId, GuildId, Status, Ticket, TicketId, Tier};
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;

/// Which tickets the queue shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct QueueFilter {
    /// Only this server's tickets (none: every server's, for the process's own clocks).
    pub guild: Option<GuildId>,
    /// Only this tier.
    pub tier: Option<Tier>,
    /// Also show tickets an agent holds.
    pub include_claimed: bool,
    /// Only tickets with this tag (with `guild`).
    pub tag: Option<String>,
    /// Only tickets in one of these categories (none: every ticket).
    pub categories: Option<Vec<CategoryId>>,
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
    /// Its tags, by name (filled when the queue is one server's).
    pub tags: Vec<String>,
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
    /// Open tickets, urgent first then longest waiting, with time left and estimated wait.
    pub async fn queue(&self, now: DateTime<Utc>, filter: QueueFilter) -> Result<Queue, DeskError> {
        let typical = median_secs(
            self.store
                .recent_first_response_secs(now - Duration::days(14), 50)
                .await?,
        );
        let mut tags: HashMap<TicketId, Vec<String>> = HashMap::new();
        if let Some(guild) = filter.guild {
            for (t, name) in self.store.tags_of_active_tickets(guild).await? {
                tags.entry(t).or_default().push(name);
            }
        }
        let mut entries: Vec<QueueEntry> = self
            .store
            .active_tickets()
            .await?
            .into_iter()
            .filter(|t| filter.guild.is_none_or(|g| t.guild == g))
            .filter(|t| filter.include_claimed || t.status == Status::Open)
            .filter(|t| filter.tier.is_none_or(|tier| t.tier == tier))
            .filter(|t| {
                filter
                    .categories
                    .as_ref()
                    .is_none_or(|cs| t.category.is_some_and(|c| cs.contains(&c)))
            })
            .filter(|t| {
                filter
                    .tag
                    .as_ref()
                    .is_none_or(|tag| tags.get(&t.id).is_some_and(|on| on.contains(tag)))
            })
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
                    tags: tags.get(&t.id).cloned().unwrap_or_default(),
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
