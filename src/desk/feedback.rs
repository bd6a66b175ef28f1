//! What people say: ticket messages (responses, urgent first messages), ratings, auto-answers.

use super::{Desk, DeskError, Plan};
use crate::store::answers::{KnowledgeGap, NewAgentAnswer, NewAnswer, NewQuestion};
use crate::store::events::NewEvent;
use crate::store::messages::{MessageStored, NewMessage};
use crate::store::ratings::Rating;
use crate::store::transition::Transition;
use crate::tickets::GuildId;
use crate::tickets::{
    rules, Actor, AuthorKind, ChannelId, EventKind, MessageId, Notify, Priority, Status, Ticket,
    TicketId, UserId,
};
use chrono::{DateTime, Utc};

/// What recording a ticket message did.
#[derive(Debug, Clone, PartialEq)]
pub struct MessageOutcome {
    pub ticket: TicketId,
    /// The message id was recorded before: nothing changed.
    pub already: bool,
    /// This was the ticket's first agent response (the first-response clock stopped).
    pub first_response: bool,
    /// The owner's first message made the ticket urgent: the keywords found.
    pub became_urgent: Vec<String>,
    pub notify: Vec<Notify>,
}

/// A rating was stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Rated {
    pub ticket: Ticket,
    /// From the owner: counts toward CSAT. Others are kept as community feedback.
    pub counted: bool,
    /// False when the same score was already stored.
    pub changed: bool,
}

impl Desk {
    /// Records a message posted in a ticket's thread (once per Discord message id). A message
    /// from an agent who may work the ticket (its holder, or a high enough tier:
    /// [`rules::counts_as_response`]) is a response; the first stops the first-response clock.
    /// Other agents' messages and the bot's never do. The owner's first message is checked for urgent words.
    pub async fn record_message(
        &self,
        thread: ChannelId,
        m: NewMessage,
    ) -> Result<MessageOutcome, DeskError> {
        let t = self.ticket_in_thread(thread).await?;
        let author = Actor {
            user: m.author,
            tier: m.author_tier,
        };
        let response = m.kind == AuthorKind::Agent && rules::counts_as_response(&t, &author);
        let stored = self
            .store
            .record_message(t.id, t.owner, &m, response)
            .await?;
        let mut out = MessageOutcome {
            ticket: t.id,
            already: false,
            first_response: false,
            became_urgent: Vec::new(),
            notify: Vec::new(),
        };
        if matches!(stored, MessageStored::Owner(_)) {
            // The member spoke: a pending question (the bot's "is this solved?" or an agent's
            // close request) no longer stands; their words are the answer.
            self.store.end_close_request(t.id, None).await?;
        }
        match stored {
            MessageStored::Duplicate => out.already = true,
            MessageStored::Agent(after) => out.first_response = after.agent_responses == 1,
            MessageStored::Owner(1)
                if t.priority != Priority::Urgent && t.status != Status::Closed =>
            {
                let words = self.server(t.guild).await?.rules.urgent.find(&m.content);
                if !words.is_empty() {
                    let reason = format!("urgent: {}", words.join(", "));
                    let raised = self
                        .change(t.id, |t, policy| {
                            if t.priority == Priority::Urgent {
                                return Ok(Plan::Already);
                            }
                            let due = policy.deadline(Priority::Urgent, t.tier, m.at);
                            let due = t.sla_due_at.map_or(due, |d| d.min(due));
                            Ok(Plan::Go {
                                change: Transition::SetPriority {
                                    from: t.priority,
                                    to: Priority::Urgent,
                                    due,
                                },
                                event: NewEvent {
                                    actor: Some(m.author),
                                    kind: EventKind::PriorityRaised,
                                    at: m.at,
                                    from_tier: None,
                                    to_tier: None,
                                    reason: Some(reason.clone()),
                                    automatic: true,
                                },
                                notify: policy.notify(Priority::Urgent, t.tier),
                            })
                        })
                        .await?;
                    if !raised.already {
                        out.became_urgent = words;
                        out.notify = raised.notify;
                    }
                }
            }
            MessageStored::Owner(_) | MessageStored::Other => {}
        }
        Ok(out)
    }

    /// The newest message recorded in a ticket, if any.
    pub async fn last_message_in(&self, id: TicketId) -> Result<Option<MessageId>, DeskError> {
        Ok(self.store.last_message_of(id).await?)
    }

    /// Rates a closed ticket 1-5. The owner's rating counts toward CSAT (a later one replaces
    /// it); anyone else's is kept as community feedback.
    pub async fn rate(
        &self,
        id: TicketId,
        rater: UserId,
        score: u8,
        now: DateTime<Utc>,
    ) -> Result<Rated, DeskError> {
        let ticket = self.ticket(id).await?;
        let counted = rules::may_rate(&ticket, rater, score)?;
        let changed = self
            .store
            .upsert_rating(&Rating {
                ticket: id,
                rater,
                score,
                is_owner: counted,
                at: now,
            })
            .await?;
        Ok(Rated {
            ticket,
            counted,
            changed,
        })
    }

    /// Removes someone's rating (their reaction was removed); false when there was none.
    pub async fn unrate(
        &self,
        id: TicketId,
        rater: UserId,
        now: DateTime<Utc>,
    ) -> Result<bool, DeskError> {
        self.ticket(id).await?;
        Ok(self.store.delete_rating(id, rater, now).await?)
    }

    /// The ratings of a ticket, owner's first.
    pub async fn ratings(&self, id: TicketId) -> Result<Vec<Rating>, DeskError> {
        Ok(self.store.ratings_of(id).await?)
    }

    /// Records a canned answer an agent posted outside a ticket.
    pub async fn record_agent_answer(&self, a: NewAgentAnswer) -> Result<bool, DeskError> {
        Ok(self.store.record_agent_answer(&a).await?)
    }

    /// Records a change to a server's knowledge base made from Discord.
    pub async fn record_kb_change(
        &self,
        c: crate::store::kb_changes::KbChange,
    ) -> Result<(), DeskError> {
        Ok(self.store.record_kb_change(&c).await?)
    }

    /// The newest changes to a server's knowledge base, newest first.
    pub async fn kb_changes(
        &self,
        guild: GuildId,
        limit: u32,
    ) -> Result<Vec<crate::store::kb_changes::KbChange>, DeskError> {
        Ok(self.store.kb_changes(guild, limit).await?)
    }

    /// Takes a question for answering; false when it was taken before (the same message
    /// delivered twice): then nothing is to be sent.
    pub async fn take_question(
        &self,
        message: MessageId,
        guild: GuildId,
        channel: ChannelId,
        now: DateTime<Utc>,
    ) -> Result<bool, DeskError> {
        Ok(self
            .store
            .take_question(message, guild, channel, now)
            .await?)
    }

    /// Gives a taken question back after its answer could not be posted.
    pub async fn give_back_question(&self, message: MessageId) -> Result<(), DeskError> {
        Ok(self.store.give_back_question(message).await?)
    }

    /// Records an auto-answer the bot posted; false if already recorded (same message id).
    pub async fn record_auto_answer(&self, a: NewAnswer) -> Result<bool, DeskError> {
        Ok(self.store.record_answer(&a).await?)
    }

    /// Someone marked an auto-answer helpful (`Some(true)`), not helpful (`Some(false)`), or took
    /// their vote back (`None`). False when the message is not a recorded answer.
    pub async fn answer_feedback(
        &self,
        answer_message: MessageId,
        user: UserId,
        helpful: Option<bool>,
        now: DateTime<Utc>,
    ) -> Result<bool, DeskError> {
        Ok(self
            .store
            .answer_feedback(answer_message, user, helpful, now)
            .await?)
    }

    /// Records a question the knowledge base could not answer.
    pub async fn record_unanswered(&self, q: NewQuestion) -> Result<bool, DeskError> {
        Ok(self.store.record_unanswered(&q).await?)
    }

    /// `guild`'s unanswered questions since `since` that the asker followed with a ticket
    /// within 24 h.
    pub async fn knowledge_gaps(
        &self,
        guild: GuildId,
        since: DateTime<Utc>,
        limit: i64,
    ) -> Result<Vec<KnowledgeGap>, DeskError> {
        Ok(self.store.knowledge_gaps(guild, since, limit).await?)
    }
}
