//! The knowledge base's figures for its front ends: how each entry did over a period, and
//! the questions it could not answer grouped into topics, with patterns for a new entry.

use super::{Desk, DeskError};
use crate::kb::grouping;
use crate::store::answers::UnansweredQuestion;
use crate::store::entry_figures::EntryFigures;
use crate::tickets::{ChannelId, GuildId, TicketNo, UserId};
use chrono::{DateTime, Utc};

/// The most recent unanswered questions [`Desk::gap_groups`] reads: grouping compares each
/// question with the groups sharing a word with it, so a cap keeps a busy server's page fast.
pub const MAX_GAP_QUESTIONS: u16 = 3000;

/// One unanswered question in a [`GapGroup`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapQuestion {
    /// As the member wrote it (clipped by the bot; member text: render it inert).
    pub text: String,
    pub asker: UserId,
    pub channel: ChannelId,
    pub at: DateTime<Utc>,
    /// The ticket the asker opened within 24 h, by its number in the server.
    pub ticket: Option<TicketNo>,
}

/// Unanswered questions on one topic (see [`grouping`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapGroup {
    /// The question that stands for the group (its most often asked wording, else its most
    /// central one).
    pub representative: String,
    /// The group's questions, newest first.
    pub questions: Vec<GapQuestion>,
    /// `questions.len()`.
    pub count: usize,
    /// Of the questions, those followed by a ticket.
    pub tickets: usize,
    /// When the newest was asked.
    pub latest: DateTime<Utc>,
    /// Up to five cleaned-up wordings to start a new entry's patterns with
    /// ([`grouping::suggest_patterns`]).
    pub suggested_patterns: Vec<String>,
}

/// Groups questions (newest first) into topics, ordered by tickets, then questions, then the
/// newest question (most first); equal groups keep the order of their newest question.
fn gap_groups_of(questions: Vec<UnansweredQuestion>) -> Vec<GapGroup> {
    let groups = grouping::group_questions(
        &questions
            .iter()
            .map(|q| q.text.as_str())
            .collect::<Vec<_>>(),
    );
    let mut out: Vec<GapGroup> = groups
        .into_iter()
        .map(|g| {
            let representative = questions[g.representative].text.clone();
            let members: Vec<GapQuestion> = g
                .members
                .iter()
                .map(|&i| {
                    let q = &questions[i];
                    GapQuestion {
                        text: q.text.clone(),
                        asker: q.asker,
                        channel: q.channel,
                        at: q.at,
                        ticket: q.ticket,
                    }
                })
                .collect();
            let texts: Vec<&str> = members.iter().map(|q| q.text.as_str()).collect();
            GapGroup {
                suggested_patterns: grouping::suggest_patterns(&representative, &texts),
                representative,
                count: members.len(),
                tickets: members.iter().filter(|q| q.ticket.is_some()).count(),
                latest: members.iter().map(|q| q.at).max().unwrap_or_default(),
                questions: members,
            }
        })
        .collect();
    out.sort_by(|a, b| {
        b.tickets
            .cmp(&a.tickets)
            .then(b.count.cmp(&a.count))
            .then(b.latest.cmp(&a.latest))
    });
    out
}

impl Desk {
    /// `guild`'s figures per knowledge-base entry that answered in `[since, until]`
    /// ([`EntryFigures`]: uses, votes, and outcomes as the deflection KPI decides them, taken
    /// as of `until`), most used first.
    pub async fn entry_figures(
        &self,
        guild: GuildId,
        since: DateTime<Utc>,
        until: DateTime<Utc>,
    ) -> Result<Vec<EntryFigures>, DeskError> {
        Ok(self.store.entry_figures(guild, since, until).await?)
    }

    /// `guild`'s unanswered questions since `since`, those that became tickets and those
    /// that did not, grouped by similarity: the `limit` groups with the most tickets, then
    /// the most questions, then the newest. Reads the [`MAX_GAP_QUESTIONS`] most recent
    /// questions only.
    pub async fn gap_groups(
        &self,
        guild: GuildId,
        since: DateTime<Utc>,
        limit: usize,
    ) -> Result<Vec<GapGroup>, DeskError> {
        let questions = self
            .store
            .unanswered_since(guild, since, i64::from(MAX_GAP_QUESTIONS))
            .await?;
        let mut groups = gap_groups_of(questions);
        groups.truncate(limit);
        Ok(groups)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str, minute: i64, ticket: Option<i64>) -> UnansweredQuestion {
        UnansweredQuestion {
            asker: UserId(1),
            channel: ChannelId(2),
            text: text.into(),
            at: DateTime::from_timestamp(minute * 60, 0).unwrap_or_default(),
            ticket: ticket.map(TicketNo),
        }
    }

    #[test]
    fn groups_are_ordered_by_tickets_then_count_then_latest() {
        let groups = gap_groups_of(vec![
            q("bot offline?", 9, None),
            q("how do I export invoices", 8, None),
            q("refund please", 7, None),
            q("export invoices??", 6, None),
            q("reset my password", 5, Some(3)),
            q("refund my order", 4, None),
        ]);
        let reps: Vec<(&str, usize, usize)> = groups
            .iter()
            .map(|g| (g.representative.as_str(), g.tickets, g.count))
            .collect();
        assert_eq!(
            reps,
            vec![
                ("reset my password", 1, 1),
                ("how do I export invoices", 0, 2),
                ("refund please", 0, 2),
                ("bot offline?", 0, 1),
            ]
        );
        assert_eq!(groups[1].latest.timestamp(), 8 * 60);
        assert!(gap_groups_of(Vec::new()).is_empty());
    }
}
