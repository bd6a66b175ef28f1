//! Staff notes and a ticket's history, for agents only. A note is never posted in the
//! ticket's thread: the agent who writes it sees it in an ephemeral reply, agents read them
//! with `/ticket notes` and `/ticket history`, and the staff transcript in the log channel
//! carries them (see docs/desk.md, "Staff notes").

use super::{Desk, DeskError};
use crate::store::notes::Note;
use crate::tickets::{rules, text, Actor, Event, Refusal, TicketId};
use chrono::{DateTime, Utc};

/// The longest note kept, in characters.
pub const NOTE_MAX: usize = 1000;

impl Desk {
    /// Adds a staff note to a ticket (any agent of the server; a closed ticket too, for the
    /// record). Line breaks are kept, invisible characters removed.
    pub async fn add_note(
        &self,
        id: TicketId,
        actor: &Actor,
        body: &str,
        now: DateTime<Utc>,
    ) -> Result<Note, DeskError> {
        rules::may_read_staff_notes(actor)?;
        let body: String = text::clean(body).chars().take(NOTE_MAX).collect();
        if !text::is_visible(&body) {
            return Err(Refusal::EmptyNote.into());
        }
        let ticket = self.ticket(id).await?;
        let note = Note {
            ticket: ticket.id,
            author: actor.user,
            at: now,
            body,
        };
        self.store.add_note(&note).await?;
        Ok(note)
    }

    /// A ticket's notes, oldest first (agents only).
    pub async fn notes(&self, id: TicketId, actor: &Actor) -> Result<Vec<Note>, DeskError> {
        rules::may_read_staff_notes(actor)?;
        Ok(self.store.notes_of(id).await?)
    }

    /// A ticket's history: every event, oldest first (agents only).
    pub async fn history(&self, id: TicketId, actor: &Actor) -> Result<Vec<Event>, DeskError> {
        rules::may_read_staff_notes(actor)?;
        self.events(id).await
    }
}
