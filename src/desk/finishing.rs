//! The end of a closed ticket's life: once its owner rated it or its rating grace period
//! passed, its thread is locked and its transcript sent. This finds the ones due.

use super::{Desk, DeskError};
use crate::tickets::{Status, Ticket};
use chrono::{DateTime, Duration, Utc};

impl Desk {
    /// Closed tickets with a thread whose grace period (`grace` after closing) has passed by
    /// `now`, looking back over the reopen window.
    pub async fn past_rating_grace(
        &self,
        now: DateTime<Utc>,
        grace: Duration,
    ) -> Result<Vec<Ticket>, DeskError> {
        let window = self.rules.reopen_window + Duration::days(1);
        let tickets = self.store.tickets_for_report(now - grace - window).await?;
        Ok(tickets
            .into_iter()
            .filter(|t| t.thread.is_some() && t.status == Status::Closed)
            .filter(|t| t.closed_at.is_some_and(|closed| closed <= now - grace))
            .collect())
    }
}
