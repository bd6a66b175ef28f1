//! The end of a closed ticket's life: once its owner rated it (and the short time to change
//! that rating passed) or its rating grace period passed, its thread is locked and its
//! transcript sent. This finds the ones due.

use super::{Desk, DeskError};
use crate::tickets::{GuildId, Status, Ticket};
use chrono::{DateTime, Duration, Utc};

impl Desk {
    /// `guild`'s closed tickets with a thread that are done by `now`: closed at least its
    /// rating grace period ago, or rated by their owner at least its rating-change time ago
    /// (the owner may change a rating until then). Looks back over the reopen window.
    pub async fn past_rating_grace(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
    ) -> Result<Vec<Ticket>, DeskError> {
        let server = self.server(guild).await?;
        let grace = Duration::from_std(server.settings.rating_grace).unwrap_or_default();
        let change = Duration::from_std(server.settings.rating_change).unwrap_or_default();
        let window = server.rules.reopen_window + Duration::days(1);
        let since = now - grace - window;
        let tickets = self.store.tickets_for_report(guild, since).await?;
        let rated = self
            .store
            .owner_rated_between(guild, since, now - change)
            .await?;
        Ok(tickets
            .into_iter()
            .filter(|t| t.thread.is_some() && t.status == Status::Closed)
            .filter(|t| {
                t.closed_at.is_some_and(|closed| closed <= now - grace) || rated.contains(&t.id)
            })
            .collect())
    }
}
