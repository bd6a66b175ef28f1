//! Close requests: an agent asks the member whether their ticket may close
//! (`/ticket close-request`), or the bot does when the member said nothing for the server's
//! `inactivity_hours` after an agent's last word; the member closes it or keeps it open. With
//! no answer in time (`close_request_hours`, `inactivity_close_hours`) the clock closes it; an
//! unanswered inactivity question closes it *for inactivity* (counted apart, never rated).
//! Driven from the database like the SLA clock: each silence is asked about once, and a
//! request is ended exactly once, whoever ends it first.

use super::{Desk, DeskError, Outcome, Plan};
use crate::store::close_requests::{CloseKind, CloseRequest};
use crate::store::events::NewEvent;
use crate::store::transition::Transition;
use crate::tickets::{rules, text, Actor, EventKind, GuildId, Refusal, Status, Ticket, TicketId};
use chrono::{DateTime, Duration, Utc};

/// How the member answered.
#[derive(Debug, Clone)]
pub enum CloseAnswer {
    /// Closed, with the request's reason as its resolution.
    Closed(Box<Outcome>),
    /// Kept open: the request (with the agent who asked) is gone.
    KeptOpen { request: CloseRequest },
}

impl Desk {
    /// An agent who may work the ticket asks its owner whether it may close (replacing a
    /// pending request).
    pub async fn request_close(
        &self,
        id: TicketId,
        actor: &Actor,
        reason: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<CloseRequest, DeskError> {
        let t = self.ticket(id).await?;
        rules::may_request_close(&t, actor)?;
        let hours = self.server(t.guild).await?.settings.close_request_hours;
        let reason = reason
            .map(|r| text::clean(&r))
            .filter(|r| text::is_visible(r));
        let request = CloseRequest {
            kind: CloseKind::Agent,
            ticket: id,
            by: actor.user,
            at: now,
            due: now + Duration::hours(i64::from(hours)),
            reason: reason.clone(),
        };
        let event = NewEvent::by(actor.user, EventKind::CloseRequested, now).reason(reason);
        self.store.request_close(&request, &event).await?;
        Ok(request)
    }

    /// The clock: asks the members of `guild`'s tickets waiting on them (an agent had the
    /// last word `inactivity_hours` ago or more) whether the ticket is solved; each silence
    /// once. Off when the setting is 0. Returns each new question with its ticket and when
    /// the agent spoke.
    pub async fn ask_inactive(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
    ) -> Result<Vec<(CloseRequest, Ticket, DateTime<Utc>)>, DeskError> {
        let server = self.server(guild).await?;
        let settings = &server.settings;
        if settings.inactivity_hours == 0 {
            return Ok(Vec::new());
        }
        // Categories whose tickets are never asked (off per category).
        let quiet: Vec<_> = server
            .categories
            .iter()
            .filter(|c| !c.inactivity)
            .map(|c| Some(c.id))
            .collect();
        let before = now - Duration::hours(i64::from(settings.inactivity_hours));
        let close_after = Duration::hours(i64::from(settings.inactivity_close_hours));
        let mut asked = Vec::new();
        for (id, agent, said_at) in self.store.waiting_on_member(guild, before).await? {
            if !quiet.is_empty() && quiet.contains(&self.ticket(id).await?.category) {
                continue;
            }
            let request = CloseRequest {
                kind: CloseKind::Inactivity,
                ticket: id,
                by: agent,
                at: now,
                due: now + close_after,
                reason: None,
            };
            let event = NewEvent {
                actor: None,
                kind: EventKind::InactivityAsked,
                at: now,
                from_tier: None,
                to_tier: None,
                reason: None,
                automatic: true,
            };
            if self.store.ask_inactive(&request, &event, said_at).await? {
                asked.push((request, self.ticket(id).await?, said_at));
            }
        }
        Ok(asked)
    }

    /// A question that could not be posted in the thread is withdrawn: nothing closes on a
    /// question nobody saw. (The silence stays asked about: a thread Discord refuses is not
    /// retried every tick; the agent's next message starts a new one.)
    pub async fn withdraw_close_request(&self, r: &CloseRequest) -> Result<(), DeskError> {
        self.store.end_close_request(r.ticket, None).await?;
        Ok(())
    }

    /// The owner answers the pending close request: `close` closes the ticket, else it stays
    /// open. Anyone but the owner, or a request already ended, is refused.
    pub async fn answer_close_request(
        &self,
        id: TicketId,
        owner: Actor,
        close: bool,
        now: DateTime<Utc>,
    ) -> Result<CloseAnswer, DeskError> {
        let t = self.ticket(id).await?;
        if owner.user != t.owner {
            return Err(Refusal::OwnerAnswersCloseRequest { owner: t.owner }.into());
        }
        let Some(request) = self.store.close_request_of(id).await? else {
            return Err(Refusal::NoCloseRequest(t.no).into());
        };
        if close {
            let outcome = self.close(id, owner, request.reason.clone(), now).await?;
            return Ok(CloseAnswer::Closed(Box::new(outcome)));
        }
        let event = NewEvent::by(owner.user, EventKind::CloseRequestDeclined, now);
        if !self.store.end_close_request(id, Some(&event)).await? {
            return Err(Refusal::NoCloseRequest(t.no).into());
        }
        Ok(CloseAnswer::KeptOpen { request })
    }

    /// The clock: closes the tickets whose close request went unanswered past its time (by
    /// the agent who asked, marked automatic). The request is taken first, so an answer or
    /// another process that ended it meanwhile wins and nothing closes twice.
    pub async fn due_close_requests(&self, now: DateTime<Utc>) -> Result<Vec<Outcome>, DeskError> {
        let mut closed = Vec::new();
        for r in self.store.due_close_requests(now).await? {
            if !self.store.take_due_close_request(r.ticket, now).await? {
                continue;
            }
            let hours = (r.due - r.at).num_hours();
            let inactive = r.kind == CloseKind::Inactivity;
            let (resolution, why) = if inactive {
                (
                    Some("Closed for inactivity".to_string()),
                    format!("closed for inactivity: no answer within {hours} h"),
                )
            } else {
                (
                    r.reason.clone(),
                    format!("no answer to the close request within {hours} h"),
                )
            };
            let outcome = self
                .change(r.ticket, |t, _| {
                    if t.status == Status::Closed {
                        return Ok(Plan::Already);
                    }
                    Ok(Plan::Go {
                        change: Transition::Close {
                            at: now,
                            by: r.by,
                            resolution: resolution.clone(),
                            inactive,
                        },
                        event: NewEvent {
                            actor: Some(r.by),
                            kind: EventKind::Closed,
                            at: now,
                            from_tier: None,
                            to_tier: None,
                            reason: Some(why.clone()),
                            automatic: true,
                        },
                        notify: Vec::new(),
                    })
                })
                .await?;
            if !outcome.already {
                closed.push(outcome);
            }
        }
        Ok(closed)
    }
}
