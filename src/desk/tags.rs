//! Tags: each server's list of labels, kept by its moderators, put on tickets by agents. The
//! queue filters by them, the transcript and history show them, the KPIs break down by them.

use super::{Desk, DeskError};
use crate::store::events::NewEvent;
use crate::store::tags::{Tag, Tagged};
use crate::tickets::{rules, text, Actor, EventKind, GuildId, Refusal, TicketId, UserId};
use chrono::{DateTime, Utc};

/// The most tags one server may have.
pub const MAX_TAGS: usize = 50;
/// The longest tag description, in characters.
pub const TAG_DESCRIPTION_MAX: usize = 100;

/// A tag name as typed, checked and lowercased: `[a-z0-9-]`, 1 to 32 characters.
pub fn tag_name(typed: &str) -> Result<String, Refusal> {
    let name = typed.trim().trim_start_matches('#').to_lowercase();
    let ok = (1..=32).contains(&name.chars().count())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if ok {
        Ok(name)
    } else {
        Err(Refusal::BadTagName(
            text::one_line(typed).chars().take(40).collect(),
        ))
    }
}

impl Desk {
    /// Adds a tag to `guild`'s list (the caller checked that `by` may moderate).
    pub async fn create_tag(
        &self,
        guild: GuildId,
        name: &str,
        description: &str,
        by: UserId,
        now: DateTime<Utc>,
    ) -> Result<String, DeskError> {
        let name = tag_name(name)?;
        if self.store.tags(guild).await?.len() >= MAX_TAGS {
            return Err(Refusal::TooManyTags(MAX_TAGS).into());
        }
        let description: String = text::one_line(description)
            .chars()
            .take(TAG_DESCRIPTION_MAX)
            .collect();
        if !self
            .store
            .create_tag(guild, &name, &description, by, now)
            .await?
        {
            return Err(Refusal::TagExists(name).into());
        }
        Ok(name)
    }

    /// Removes a tag from `guild`'s list and its tickets; returns how many carried it.
    pub async fn remove_tag(&self, guild: GuildId, name: &str) -> Result<u64, DeskError> {
        let name = tag_name(name)?;
        match self.store.remove_tag(guild, &name).await? {
            Some(n) => Ok(n),
            None => Err(Refusal::NoSuchTag(name).into()),
        }
    }

    /// `guild`'s tags by name, with how many tickets carry each.
    pub async fn tags(&self, guild: GuildId) -> Result<Vec<Tag>, DeskError> {
        Ok(self.store.tags(guild).await?)
    }

    /// Puts the tag `name` on a ticket (`on`) or takes it off: agents. Returns whether it
    /// changed anything.
    pub async fn tag_ticket(
        &self,
        id: TicketId,
        actor: &Actor,
        name: &str,
        on: bool,
        now: DateTime<Utc>,
    ) -> Result<bool, DeskError> {
        rules::may_tag(actor)?;
        let name = tag_name(name)?;
        let t = self.ticket(id).await?;
        let kind = if on {
            EventKind::TagAdded
        } else {
            EventKind::TagRemoved
        };
        let event = NewEvent::by(actor.user, kind, now).reason(Some(name.clone()));
        match self
            .store
            .set_ticket_tag(id, t.guild, &name, on, &event)
            .await?
        {
            Tagged::Done => Ok(true),
            Tagged::Already => Ok(false),
            Tagged::NoSuchTag => Err(Refusal::NoSuchTag(name).into()),
        }
    }

    /// The tags a ticket carries.
    pub async fn ticket_tags(&self, id: TicketId) -> Result<Vec<String>, DeskError> {
        Ok(self.store.tags_of_ticket(id).await?)
    }
}
