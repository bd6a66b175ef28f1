//! The support desk's use cases: plain calls in, plain values out, no Discord here.
//!
//! Each use case loads the ticket, asks the pure rules in [`crate::tickets::rules`] whether it may
//! go ahead, then applies the change with one conditional UPDATE plus its event row in one
//! transaction. If someone else changed the ticket in between, the update matches nothing and the
//! use case re-reads and re-decides, so two agents claiming at once get one winner and one
//! "already claimed by ..." refusal. Time always comes in as a `now` argument.

mod blocks;
mod categories;
mod close_requests;
mod dashboard;
mod directory;
mod feedback;
mod finishing;
mod kb_edits;
mod kb_figures;
mod lifecycle;
mod membership;
mod notes;
mod panels;
mod queue;
mod reports;
mod servers;
mod sla;
mod tags;
mod ticket_list;

pub use crate::store::answers::UnansweredQuestion;
pub use crate::store::blocks::Block;
pub use crate::store::close_requests::CloseRequest;
pub use crate::store::entry_figures::EntryFigures;
pub use crate::store::guilds::Deleted;
pub use crate::store::notes::Note;
pub use crate::store::panels::{Panel, PanelStyle};
pub use crate::store::tags::Tag;
pub use blocks::MAX_BLOCK_DAYS;
pub use close_requests::CloseAnswer;
pub use dashboard::{
    new_token, same_secret, token_hash, Access, Session, LINK_MINUTES, LINK_MINUTES_MAX,
    LOCAL_ADMIN,
};
pub use directory::{Directory, DirectoryError, MemberView, NoDirectory, ServerNames};
pub use feedback::{MessageOutcome, Rated};
pub use kb_edits::{new_patterns, KbAction, KbChanged, KbEditError};
pub use kb_figures::{GapGroup, GapQuestion, MAX_GAP_QUESTIONS};
pub use notes::NOTE_MAX;
pub use panels::{panel_words, PANEL_DESCRIPTION_MAX, PANEL_TITLE_MAX};
pub use queue::{Queue, QueueEntry, QueueFilter};
pub use servers::{Seeded, Server, SettingsError};
pub use sla::DueEscalation;
pub use tags::{tag_name, MAX_TAGS};
pub use ticket_list::{
    CategoryFilter, PageRequest, TicketListFilter, TicketListRow, TicketPage, MAX_PAGE_SIZE,
};

use crate::metrics::Metrics;
use crate::store::events::NewEvent;
use crate::store::tickets::{Inserted, NewTicket};
use crate::store::transition::Transition;
use crate::store::{Store, StoreOptions};
use crate::tickets::text;
use crate::tickets::transcript::Transcript;
use crate::tickets::{
    rules, transcript, Actor, CategoryId, ChannelId, Event, EventKind, GuildId, InteractionId,
    Notify, Priority, Refusal, Ticket, TicketId, TicketNo, Tier, UserId,
};
use chrono::{DateTime, Utc};
use std::sync::Arc;
use thiserror::Error;

pub use crate::store::answers::{KnowledgeGap, NewAgentAnswer, NewAnswer, NewQuestion};
pub use crate::store::messages::NewMessage;
pub use crate::store::StoreError;
pub use crate::tickets::DeskRules;

/// Why a desk call did not happen.
#[derive(Debug, Error)]
pub enum DeskError {
    /// The rules say no; show the text to the person who asked.
    #[error("{0}")]
    Refused(Refusal),
    /// The database failed; log it, tell the person to try again.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<Refusal> for DeskError {
    fn from(r: Refusal) -> DeskError {
        DeskError::Refused(r)
    }
}

impl DeskError {
    /// The refusal, if this is one.
    pub fn refusal(&self) -> Option<&Refusal> {
        match self {
            DeskError::Refused(r) => Some(r),
            DeskError::Store(_) => None,
        }
    }
}

/// The result of a change: the ticket afterwards, whether it was already so, and who to ping.
#[derive(Debug, Clone, PartialEq)]
pub struct Outcome {
    pub ticket: Ticket,
    /// Nothing changed: the ticket was already in the requested state (e.g. a re-delivered event).
    pub already: bool,
    pub notify: Vec<Notify>,
}

/// A request to open a ticket.
#[derive(Debug, Clone)]
pub struct OpenRequest {
    pub guild: GuildId,
    /// The member the ticket is for.
    pub owner: UserId,
    /// Who asked: the owner, or an agent on their behalf.
    pub opened_by: Actor,
    pub topic: String,
    /// The member's first message, if given with the request (checked for urgent words).
    pub first_message: Option<String>,
    /// The ticket's thread, if it already exists (else see [`Desk::attach_thread`]).
    pub thread: Option<ChannelId>,
    /// The interaction that asked (unique: a re-delivered interaction opens nothing new).
    pub interaction: Option<InteractionId>,
    /// The category chosen (one of the server's in use), if any.
    pub category: Option<CategoryId>,
    /// The answers to the category's form, in its order (checked against it here).
    pub answers: Vec<String>,
}

/// A ticket was opened (or had already been opened by the same interaction).
#[derive(Debug, Clone, PartialEq)]
pub struct Opened {
    pub ticket: Ticket,
    pub already: bool,
    /// Who to ping: the ticket's tier role, and the urgent role for emergencies.
    pub notify: Vec<Notify>,
    /// The urgent keywords found (empty for a normal ticket).
    pub urgent_keywords: Vec<String>,
    /// When the member can expect a first answer (the SLA deadline).
    pub expect_answer_by: DateTime<Utc>,
    /// Outside business hours: when the desk opens next.
    pub desk_opens_at: Option<DateTime<Utc>>,
    /// The answers to the category's form, as checked and kept.
    pub answers: Vec<crate::tickets::FormAnswer>,
}

/// What a use case decided after looking at the current ticket.
pub(crate) enum Plan {
    /// Nothing to do; report success.
    Already,
    /// Apply this transition (the store checks its guard) with its audit event.
    Go {
        change: Transition,
        event: NewEvent,
        notify: Vec<Notify>,
    },
}

/// The support desk: rules plus a store.
#[derive(Clone)]
pub struct Desk {
    store: Store,
    /// The rules of a server with no settings stored.
    rules: DeskRules,
    /// Each server's settings and rules, cached ([`servers`]).
    servers: servers::Cache,
    /// The operators' figures: the desk counts tickets opened and closed.
    metrics: Arc<Metrics>,
}

impl Desk {
    /// A desk over an opened store.
    pub fn new(store: Store, rules: DeskRules) -> Desk {
        Desk {
            store,
            rules,
            servers: servers::Cache::default(),
            metrics: Arc::new(Metrics::new()),
        }
    }

    /// Opens (and migrates) the database named by `url` and puts the desk on it.
    pub async fn connect(url: &str, rules: DeskRules) -> Result<Desk, StoreError> {
        Desk::connect_with(url, StoreOptions::default(), rules).await
    }

    /// [`Desk::connect`] with explicit connection settings.
    pub async fn connect_with(
        url: &str,
        opts: StoreOptions,
        rules: DeskRules,
    ) -> Result<Desk, StoreError> {
        Ok(Desk::new(Store::open_with(url, opts).await?, rules))
    }

    /// The operators' figures this desk counts into (the front ends count theirs there too).
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// The store (for tests, benchmarks and the command line's reports).
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// Remembers the name a person goes by (shown in reports and transcripts).
    pub async fn remember_name(
        &self,
        user: UserId,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<(), DeskError> {
        let name = text::one_line(name);
        if !text::is_visible(&name) {
            return Ok(());
        }
        let name: String = name.chars().take(100).collect();
        Ok(self.store.remember_name(user, &name, now).await?)
    }

    /// Remembers the Discord locale a person uses (an interaction carries it), so posts to
    /// them later are in their language. Only a locale tag's own characters are kept.
    pub async fn remember_locale(
        &self,
        user: UserId,
        locale: &str,
        now: DateTime<Utc>,
    ) -> Result<(), DeskError> {
        let locale: String = locale
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .take(35)
            .collect();
        if locale.is_empty() {
            return Ok(());
        }
        Ok(self.store.remember_locale(user, &locale, now).await?)
    }

    /// The shipped language closest to the locale `user` last used the bot in; `None` when
    /// they never used it.
    pub async fn language_of(&self, user: UserId) -> Result<Option<crate::i18n::Lang>, DeskError> {
        Ok(self
            .store
            .locale_of(user)
            .await?
            .map(|l| crate::i18n::Lang::negotiate(&l)))
    }

    /// The names the bot last saw these people by (those it has seen).
    pub async fn names_of(
        &self,
        users: &[UserId],
    ) -> Result<std::collections::HashMap<UserId, String>, DeskError> {
        Ok(self.store.names_of(users).await?)
    }

    /// Whether the database answers (for `/readyz`).
    pub async fn ping(&self) -> Result<(), DeskError> {
        Ok(self.store.ping().await?)
    }

    /// Closes the database cleanly (waits for running operations).
    pub async fn shutdown(&self) {
        self.store.close().await;
    }

    /// Brings the database back after it lost its tables (dropped and created again): applies
    /// the migrations, which does nothing when they are in place.
    pub async fn recover(&self) -> Result<(), DeskError> {
        Ok(self.store.migrate().await?)
    }

    /// The rules of a server with no settings stored.
    pub fn rules(&self) -> &DeskRules {
        &self.rules
    }

    /// One ticket, or a "no such ticket" refusal.
    pub async fn ticket(&self, id: TicketId) -> Result<Ticket, DeskError> {
        self.store
            .ticket(id)
            .await?
            .ok_or(DeskError::Refused(Refusal::NoSuchTicket(TicketNo(id.0))))
    }

    /// A server's ticket by the number its members see, or a "no such ticket" refusal (a
    /// number from another server is no ticket here).
    pub async fn ticket_by_number(
        &self,
        guild: GuildId,
        no: TicketNo,
    ) -> Result<Ticket, DeskError> {
        self.store
            .ticket_by_number(guild, no)
            .await?
            .ok_or(DeskError::Refused(Refusal::NoSuchTicket(no)))
    }

    /// The ticket living in a thread, or a "not a ticket" refusal.
    pub async fn ticket_in_thread(&self, thread: ChannelId) -> Result<Ticket, DeskError> {
        self.store
            .ticket_by_thread(thread)
            .await?
            .ok_or(DeskError::Refused(Refusal::NotATicket))
    }

    /// A member's open tickets in a guild.
    pub async fn open_tickets_of(
        &self,
        guild: GuildId,
        owner: UserId,
    ) -> Result<Vec<Ticket>, DeskError> {
        Ok(self.store.open_tickets_of(guild, owner).await?)
    }

    /// Why `opener` may not open a ticket for `owner` at `now` (not an agent opening for
    /// someone else, a block, the owner's open-ticket limit, or their opening rate), if they
    /// may not.
    /// [`Desk::open`] checks again atomically; this lets a front end refuse before it creates
    /// anything.
    pub async fn refusal_to_open(
        &self,
        guild: GuildId,
        owner: UserId,
        opener: &Actor,
        now: DateTime<Utc>,
    ) -> Result<Option<Refusal>, DeskError> {
        if let Err(r) = rules::may_open_for(opener, owner) {
            return Ok(Some(r));
        }
        if let Some(r) = self.blocked(guild, owner, opener, now).await? {
            return Ok(Some(r));
        }
        let open: Vec<TicketNo> = self
            .open_tickets_of(guild, owner)
            .await?
            .into_iter()
            .map(|t| t.no)
            .collect();
        let server = self.server(guild).await?;
        if let Err(r) = rules::may_open_more(&open, server.rules.max_open) {
            return Ok(Some(r));
        }
        // The member's own opening rate (tickets agents open for them do not count).
        if let (true, Some(rate)) = (opener.user == owner, server.rules.open_rate) {
            let times: Vec<DateTime<Utc>> = self
                .store
                .opened_by_member_since(guild, owner, now - rate.per)
                .await?
                .into_iter()
                .map(|(at, _)| at)
                .collect();
            if let Err(r) = rules::may_open_again(&times, now, Some(rate)) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// A ticket's audit log, oldest first.
    pub async fn events(&self, id: TicketId) -> Result<Vec<Event>, DeskError> {
        Ok(self.store.events_of(id).await?)
    }

    /// Opens a ticket: at most `max_open` per member, urgent when its words say so.
    pub async fn open(&self, req: OpenRequest, now: DateTime<Utc>) -> Result<Opened, DeskError> {
        rules::may_open_for(&req.opened_by, req.owner)?;
        if let Some(r) = self
            .blocked(req.guild, req.owner, &req.opened_by, now)
            .await?
        {
            return Err(r.into());
        }
        let topic: String = text::one_line(&req.topic).chars().take(200).collect();
        if !text::is_visible(&topic) {
            return Err(Refusal::EmptyTopic.into());
        }
        let server = self.server(req.guild).await?;
        let category = match req.category {
            Some(id) => Some(
                server
                    .category(Some(id))
                    .ok_or_else(|| Refusal::NoSuchCategory(id.to_string()))?,
            ),
            None => None,
        };
        let answers = match category {
            Some(c) => crate::tickets::category::check_answers(&c.form, &req.answers)
                .map_err(Refusal::BadAnswer)?,
            None => Vec::new(),
        };
        let rules = server.rules_for(req.category);
        let mut words = rules.urgent.find(&topic);
        if let Some(first) = &req.first_message {
            for w in rules.urgent.find(first) {
                if !words.contains(&w) {
                    words.push(w);
                }
            }
        }
        let priority = if words.is_empty() {
            category.map_or(Priority::Normal, |c| c.priority)
        } else {
            Priority::Urgent
        };
        // A member's own recent opens: the opening rate, and whether on-call was pinged
        // about them lately. Tickets agents open for a member count for neither.
        let own = req.opened_by.user == req.owner;
        let recent = if own {
            let window = rules
                .open_rate
                .map_or(rules.on_call_window, |r| r.per.max(rules.on_call_window));
            self.store
                .opened_by_member_since(req.guild, req.owner, now - window)
                .await?
        } else {
            Vec::new()
        };
        if own {
            let times: Vec<DateTime<Utc>> = recent.iter().map(|(at, _)| *at).collect();
            rules::may_open_again(&times, now, rules.open_rate)?;
        }
        let earlier_urgent: Vec<DateTime<Utc>> = recent
            .iter()
            .filter(|(_, p)| *p == Priority::Urgent)
            .map(|(at, _)| *at)
            .collect();
        let ping_on_call = rules::pings_on_call(&earlier_urgent, now, rules.on_call_window);
        let due = rules.deadline(priority, Tier::FIRST, now);
        let new = NewTicket {
            guild: req.guild,
            owner: req.owner,
            opened_by: req.opened_by.user,
            thread: req.thread,
            interaction: req.interaction,
            topic,
            category: req.category,
            answers: answers.clone(),
            tier: Tier::FIRST,
            priority,
            opened_at: now,
            sla_due_at: due,
        };
        let mut event = NewEvent::by(req.opened_by.user, EventKind::Opened, now);
        if !words.is_empty() {
            event.reason = Some(format!("urgent: {}", words.join(", ")));
        }
        let (ticket, already) = match self
            .store
            .insert_ticket(&new, rules.max_open, event)
            .await?
        {
            Inserted::Created(t) => {
                self.metrics.tickets_opened.inc();
                (t, false)
            }
            Inserted::Duplicate(t) => (t, true),
            Inserted::TooMany(open) => {
                return Err(Refusal::TooManyOpen {
                    max: rules.max_open,
                    open,
                }
                .into())
            }
        };
        let desk_opens_at = rules
            .hours
            .as_ref()
            .filter(|h| !h.is_open(now))
            .map(|h| h.next_open(now));
        Ok(Opened {
            notify: if already {
                Vec::new()
            } else {
                let mut n = rules.notify(ticket.priority, ticket.tier);
                if !ping_on_call {
                    n.retain(|n| *n != Notify::UrgentRole);
                }
                n
            },
            expect_answer_by: ticket.sla_due_at.unwrap_or(ticket.first_sla_due_at),
            urgent_keywords: if already { Vec::new() } else { words },
            ticket,
            already,
            desk_opens_at,
            answers,
        })
    }

    /// Links a ticket to its thread once created (idempotent; events name the thread).
    pub async fn attach_thread(
        &self,
        id: TicketId,
        thread: ChannelId,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        self.change(id, |t, _| {
            if t.thread == Some(thread) {
                return Ok(Plan::Already);
            }
            Ok(Plan::Go {
                change: Transition::AttachThread { thread },
                event: NewEvent {
                    actor: None,
                    kind: EventKind::ThreadAttached,
                    at: now,
                    from_tier: None,
                    to_tier: None,
                    reason: Some(format!("thread {thread}")),
                    automatic: true,
                },
                notify: Vec::new(),
            })
        })
        .await
    }

    /// Loads the ticket, plans, applies conditionally; re-plans if someone changed it meanwhile.
    pub(crate) async fn change<F>(&self, id: TicketId, mut plan: F) -> Result<Outcome, DeskError>
    where
        F: FnMut(&Ticket, &DeskRules) -> Result<Plan, Refusal>,
    {
        for _ in 0..8 {
            let ticket = self.ticket(id).await?;
            let server = self.server(ticket.guild).await?;
            match plan(&ticket, server.rules_for(ticket.category))? {
                Plan::Already => {
                    return Ok(Outcome {
                        ticket,
                        already: true,
                        notify: Vec::new(),
                    })
                }
                Plan::Go {
                    change,
                    event,
                    notify,
                } => {
                    if let Some(ticket) = self.store.transition(id, &change, event).await? {
                        if matches!(change, Transition::Close { .. }) {
                            self.metrics.tickets_closed.inc();
                        }
                        return Ok(Outcome {
                            ticket,
                            already: false,
                            notify,
                        });
                    }
                }
            }
        }
        Err(StoreError::Unavailable(format!("ticket {id} kept changing; try again")).into())
    }

    /// The staff transcript: the ticket, its messages, its staff notes and its history.
    pub async fn transcript(&self, id: TicketId) -> Result<Transcript, DeskError> {
        let ticket = self.ticket(id).await?;
        let messages = self.store.messages_of(id).await?;
        let rating = self
            .store
            .ratings_of(id)
            .await?
            .into_iter()
            .find(|r| r.is_owner)
            .map(|r| r.score);
        let notes = self.store.notes_of(id).await?;
        let tags = self.store.tags_of_ticket(id).await?;
        let events = self.store.events_of(id).await?;
        let answers = self.store.answers_of(id).await?;
        let category = match ticket.category {
            Some(c) => self
                .store
                .categories(ticket.guild, true)
                .await?
                .into_iter()
                .find(|s| s.category.id == c)
                .map(|s| s.category.name),
            None => None,
        };
        let mut people = vec![ticket.owner, ticket.opened_by];
        people.extend(ticket.claimed_by);
        people.extend(ticket.closed_by);
        people.extend(notes.iter().map(|n| n.author));
        people.extend(events.iter().filter_map(|e| e.actor));
        let names = self.store.names_of(&people).await?;
        Ok(Transcript {
            ticket,
            messages,
            names,
            rating,
            notes: notes
                .into_iter()
                .map(|n| transcript::StaffNote {
                    author: n.author,
                    at: n.at,
                    body: n.body,
                })
                .collect(),
            events,
            tags,
            category,
            answers,
        })
    }

    /// The transcript as Markdown, its headings in `lang`.
    pub async fn transcript_markdown(
        &self,
        id: TicketId,
        lang: crate::i18n::Lang,
    ) -> Result<String, DeskError> {
        Ok(transcript::markdown_in(lang, &self.transcript(id).await?))
    }

    /// The transcript as one self-contained HTML page, its headings in `lang`.
    pub async fn transcript_html(
        &self,
        id: TicketId,
        lang: crate::i18n::Lang,
    ) -> Result<String, DeskError> {
        Ok(transcript::html_in(lang, &self.transcript(id).await?))
    }
}
