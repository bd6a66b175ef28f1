//! Categories (departments): each server's list, kept by its moderators (checked as a whole,
//! audited), and moving a ticket from one to another (agents). A ticket's category decides
//! who is pinged and may work it at tier 1, its first-response target, its starting priority,
//! whether the inactivity clock asks about it, and the form asked when it opens.

use super::{Desk, DeskError, Outcome, Plan};
use crate::store::categories::Written;
use crate::store::events::NewEvent;
use crate::store::transition::Transition;
use crate::tickets::category::{CategoryDraft, MAX_CATEGORIES};
use crate::tickets::rules::{self, Check};
use crate::tickets::{Actor, Category, EventKind, FormAnswer, GuildId, Refusal, TicketId, UserId};
use chrono::{DateTime, Utc};

impl Desk {
    /// `guild`'s categories in use, in panel order (read fresh, not from the cache).
    pub async fn categories(&self, guild: GuildId) -> Result<Vec<Category>, DeskError> {
        Ok(self
            .store
            .categories(guild, false)
            .await?
            .into_iter()
            .map(|c| c.category)
            .collect())
    }

    /// A category in use by name (any case), or a "no such category" refusal.
    pub async fn category_named(&self, guild: GuildId, name: &str) -> Result<Category, DeskError> {
        let name = name.trim();
        self.categories(guild)
            .await?
            .into_iter()
            .find(|c| c.name.to_lowercase() == name.to_lowercase())
            .ok_or_else(|| Refusal::NoSuchCategory(clip(name)).into())
    }

    /// Adds a category to `guild` (the caller checked that `by` may moderate); every problem
    /// of the draft at once.
    pub async fn create_category(
        &self,
        guild: GuildId,
        draft: &CategoryDraft,
        by: UserId,
        now: DateTime<Utc>,
    ) -> Result<Category, DeskError> {
        let checked = draft
            .check()
            .map_err(|p| Refusal::BadCategory(p.to_string()))?;
        let written = self
            .store
            .write_category(guild, None, &checked, MAX_CATEGORIES, by, now)
            .await?;
        self.written(guild, written, &checked.name).await
    }

    /// Changes the category `name` of `guild` to `draft` (which may rename it).
    pub async fn edit_category(
        &self,
        guild: GuildId,
        name: &str,
        draft: &CategoryDraft,
        by: UserId,
        now: DateTime<Utc>,
    ) -> Result<Category, DeskError> {
        let old = self.category_named(guild, name).await?;
        let checked = draft
            .check()
            .map_err(|p| Refusal::BadCategory(p.to_string()))?;
        let written = self
            .store
            .write_category(guild, Some(old.id), &checked, MAX_CATEGORIES, by, now)
            .await?;
        self.written(guild, written, &checked.name).await
    }

    async fn written(
        &self,
        guild: GuildId,
        written: Written,
        name: &str,
    ) -> Result<Category, DeskError> {
        self.forget_server(guild);
        match written {
            Written::Done(id) => self
                .categories(guild)
                .await?
                .into_iter()
                .find(|c| c.id == id)
                .ok_or_else(|| Refusal::NoSuchCategory(clip(name)).into()),
            Written::NameTaken => Err(Refusal::CategoryExists(clip(name)).into()),
            Written::Missing => Err(Refusal::NoSuchCategory(clip(name)).into()),
            Written::TooMany(max) => Err(Refusal::TooManyCategories(max).into()),
        }
    }

    /// Removes the category `name` from `guild`: no new tickets in it; its tickets keep it
    /// (and their figures). Returns it.
    pub async fn remove_category(
        &self,
        guild: GuildId,
        name: &str,
        by: UserId,
        now: DateTime<Utc>,
    ) -> Result<Category, DeskError> {
        let c = self.category_named(guild, name).await?;
        self.store.remove_category(guild, c.id, by, now).await?;
        self.forget_server(guild);
        Ok(c)
    }

    /// The answers a ticket's form was given.
    pub async fn form_answers(&self, id: TicketId) -> Result<Vec<FormAnswer>, DeskError> {
        Ok(self.store.answers_of(id).await?)
    }

    /// Moves a ticket to the category `to` (an agent who may work it): back in the queue at
    /// its tier, for the new team at tier 1, with a new first-response deadline by the new
    /// category's target. Audited as a `moved` event.
    pub async fn move_ticket(
        &self,
        id: TicketId,
        actor: Actor,
        to: &str,
        now: DateTime<Utc>,
    ) -> Result<Outcome, DeskError> {
        let ticket = self.ticket(id).await?;
        let server = self.server(ticket.guild).await?;
        let target = server
            .category_named(to)
            .cloned()
            .ok_or_else(|| Refusal::NoSuchCategory(clip(to)))?;
        let from_name = |t: &crate::tickets::Ticket| {
            server
                .category(t.category)
                .map_or_else(|| "no category".to_string(), |c| c.name.clone())
        };
        let rules_to = server.rules_for(Some(target.id)).clone();
        self.change(id, |t, _| {
            if t.category == Some(target.id) {
                return Err(Refusal::SameCategory {
                    ticket: t.no,
                    category: target.name.clone(),
                });
            }
            Ok(match rules::may_move(t, &actor)? {
                Check::Already => Plan::Already,
                Check::Go => {
                    Plan::Go {
                        change: Transition::Move {
                            from: t.category,
                            to: target.id,
                            due: rules_to.deadline(t.priority, t.tier, now),
                            tier: t.tier,
                            holder: t.claimed_by,
                        },
                        event: NewEvent::by(actor.user, EventKind::Moved, now)
                            .reason(Some(format!("{} → {}", from_name(t), target.name))),
                        notify: rules_to.notify(t.priority, t.tier),
                    }
                }
            })
        })
        .await
    }
}

/// A name as typed, cut for a refusal.
fn clip(name: &str) -> String {
    crate::tickets::text::one_line(name)
        .chars()
        .take(40)
        .collect()
}
