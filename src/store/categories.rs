//! The `categories` and `ticket_answers` tables: each server's ticket categories (a removed one
//! keeps its row, for its tickets' names), and the answers a ticket's form was given. Every
//! change of a category is audited in `settings_audit` (as `category:<name>`) in the same
//! transaction.

use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::settings::Source;
use crate::tickets::{Category, CategoryId, FormAnswer, GuildId, Priority, TicketId, UserId};
use chrono::{DateTime, Utc};

/// One row of `settings_audit` for a category change (a Discord change: `/category`), on
/// `$tx`: `(guild, at, by, name, old, new)`.
macro_rules! audit {
    ($tx:expr, $guild:expr, $at:expr, $by:expr, $name:expr, $old:expr, $new:expr) => {
        sqlx::query(
            "INSERT INTO settings_audit (guild_id, at, actor_id, source, name, old_value, new_value) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($guild.to_db())
        .bind(ts($at))
        .bind($by.to_db())
        .bind(Source::Discord.as_str())
        .bind($name)
        .bind($old)
        .bind($new)
        .execute(&mut *$tx)
        .await?
    };
}

/// Binds `$1` (the server) and `$2`..`$9` (the category's fields, `form` as JSON) onto a
/// query, in the order both writes name them.
macro_rules! bind_fields {
    ($q:expr, $guild:expr, $c:expr, $form:expr) => {
        $q.bind($guild.to_db())
            .bind(&$c.name)
            .bind(&$c.emoji)
            .bind(&$c.description)
            .bind($c.team_role.map(u64::cast_signed))
            .bind($c.first_response_minutes.map(i64::from))
            .bind($c.priority.as_str())
            .bind($c.inactivity)
            .bind($form)
    };
}

const COLS: &str = "id, name, emoji, description, team_role, first_response_minutes, priority, \
    inactivity, form, removed_at";

#[derive(sqlx::FromRow)]
struct CategoryRow {
    id: i64,
    name: String,
    emoji: Option<String>,
    description: String,
    team_role: Option<i64>,
    first_response_minutes: Option<i64>,
    priority: String,
    inactivity: bool,
    form: String,
    removed_at: Option<i64>,
}

/// A category as stored, with when it was removed (none: in use).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCategory {
    pub category: Category,
    pub removed_at: Option<DateTime<Utc>>,
}

impl TryFrom<CategoryRow> for StoredCategory {
    type Error = StoreError;

    fn try_from(r: CategoryRow) -> Result<StoredCategory, StoreError> {
        let bad = |what: &str| StoreError::Data(format!("category {}: {what}", r.id));
        Ok(StoredCategory {
            category: Category {
                id: CategoryId(r.id),
                emoji: r.emoji,
                description: r.description,
                team_role: r.team_role.map(i64::cast_unsigned),
                first_response_minutes: r
                    .first_response_minutes
                    .and_then(|m| u32::try_from(m).ok()),
                priority: Priority::parse(&r.priority).ok_or_else(|| bad("priority"))?,
                inactivity: r.inactivity,
                form: serde_json::from_str(&r.form).map_err(|e| bad(&format!("form: {e}")))?,
                name: r.name,
            },
            removed_at: r.removed_at.map(from_ts),
        })
    }
}

/// How a category is written in the audit log: every field on one line.
fn audit_text(c: &Category) -> String {
    serde_json::json!({
        "name": c.name,
        "emoji": c.emoji,
        "description": c.description,
        "team_role": c.team_role.map(|r| r.to_string()),
        "first_response_minutes": c.first_response_minutes,
        "priority": c.priority.as_str(),
        "inactivity": c.inactivity,
        "form": c.form,
    })
    .to_string()
}

/// What writing a category did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Done(CategoryId),
    /// Another category in use has that name.
    NameTaken,
    /// No such category (in use) to change.
    Missing,
    /// The server has this many categories in use already (adding only).
    TooMany(usize),
}

/// The name as categories are compared: lowercased here, so SQLite (whose `lower()` folds
/// only ASCII) and PostgreSQL agree (migration 0017).
fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Whether a write failed on a unique index (two moderators saving the same name at once).
fn unique_violation(e: &sqlx::Error) -> bool {
    matches!(e, sqlx::Error::Database(d) if d.is_unique_violation())
}

impl Store {
    /// `guild`'s categories, oldest first (the order panels show), with the removed ones
    /// when `removed` is set.
    pub async fn categories(
        &self,
        guild: GuildId,
        removed: bool,
    ) -> Result<Vec<StoredCategory>, StoreError> {
        let sql = format!(
            "SELECT {COLS} FROM categories WHERE guild_id = $1 {} ORDER BY id",
            if removed {
                ""
            } else {
                "AND removed_at IS NULL"
            }
        );
        let rows: Vec<CategoryRow> = with_pool!(self, |p| sqlx::query_as(&sql)
            .bind(guild.to_db())
            .fetch_all(p)
            .await)?;
        rows.into_iter().map(StoredCategory::try_from).collect()
    }

    /// Adds a category to `guild` (or, with `id`, changes that one), audited; refused when
    /// another category in use has the name, or (adding) when `guild` has `max` already.
    pub async fn write_category(
        &self,
        guild: GuildId,
        id: Option<CategoryId>,
        c: &Category,
        max: usize,
        by: UserId,
        at: DateTime<Utc>,
    ) -> Result<Written, StoreError> {
        let key = name_key(&c.name);
        let form =
            serde_json::to_string(&c.form).map_err(|e| StoreError::Data(format!("form: {e}")))?;
        let new_text = audit_text(c);
        with_pool!(self, |p| transaction!(p, |tx| {
            // A write first, so a SQLite transaction takes its lock before it reads.
            sqlx::query("UPDATE categories SET name = name WHERE guild_id = $1 AND id = $2")
                .bind(guild.to_db())
                .bind(id.map_or(0, |i| i.0))
                .execute(&mut *tx)
                .await?;
            let clash: Option<i64> = sqlx::query_scalar(
                "SELECT id FROM categories WHERE guild_id = $1 AND name_key = $2 \
                 AND removed_at IS NULL AND id <> $3",
            )
            .bind(guild.to_db())
            .bind(&key)
            .bind(id.map_or(0, |i| i.0))
            .fetch_optional(&mut *tx)
            .await?;
            if clash.is_some() {
                return Ok(Written::NameTaken);
            }
            let (written, old_name, old_text) = match id {
                None => {
                    let n: i64 = sqlx::query_scalar(
                        "SELECT COUNT(*) FROM categories WHERE guild_id = $1 AND removed_at IS NULL",
                    )
                    .bind(guild.to_db())
                    .fetch_one(&mut *tx)
                    .await?;
                    if usize::try_from(n).unwrap_or(usize::MAX) >= max {
                        return Ok(Written::TooMany(max));
                    }
                    let q = sqlx::query_scalar(
                        "INSERT INTO categories (guild_id, name, emoji, description, team_role, \
                         first_response_minutes, priority, inactivity, form, created_by, created_at, \
                         name_key) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id",
                    );
                    let inserted = bind_fields!(q, guild, c, &form)
                        .bind(by.to_db())
                        .bind(ts(at))
                        .bind(&key)
                        .fetch_one(&mut *tx)
                        .await;
                    match inserted {
                        Ok(new) => (CategoryId(new), None, None),
                        Err(e) if unique_violation(&e) => return Ok(Written::NameTaken),
                        Err(e) => return Err(e.into()),
                    }
                }
                Some(id) => {
                    let sql = format!(
                        "SELECT {COLS} FROM categories WHERE guild_id = $1 AND id = $2 \
                         AND removed_at IS NULL"
                    );
                    let old: Option<CategoryRow> = sqlx::query_as(&sql)
                        .bind(guild.to_db())
                        .bind(id.0)
                        .fetch_optional(&mut *tx)
                        .await?;
                    let Some(old) = old else {
                        return Ok(Written::Missing);
                    };
                    let old = StoredCategory::try_from(old)?.category;
                    let old_text = audit_text(&old);
                    let q = sqlx::query(
                        "UPDATE categories SET name = $2, emoji = $3, description = $4, \
                         team_role = $5, first_response_minutes = $6, priority = $7, \
                         inactivity = $8, form = $9, name_key = $11 WHERE guild_id = $1 AND id = $10",
                    );
                    let updated = bind_fields!(q, guild, c, &form)
                        .bind(id.0)
                        .bind(&key)
                        .execute(&mut *tx)
                        .await;
                    match updated {
                        Ok(_) => {}
                        Err(e) if unique_violation(&e) => return Ok(Written::NameTaken),
                        Err(e) => return Err(e.into()),
                    }
                    (id, Some(old.name), Some(old_text))
                }
            };
            let name = format!("category:{}", old_name.unwrap_or_else(|| c.name.clone()));
            audit!(tx, guild, at, by, &name, old_text, Some(new_text.clone()));
            Written::Done(written)
        }))
    }

    /// Removes a category in use from `guild` (its tickets keep it), audited; false if there
    /// was none of that id.
    pub async fn remove_category(
        &self,
        guild: GuildId,
        id: CategoryId,
        by: UserId,
        at: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            let name: Option<String> = sqlx::query_scalar(
                "UPDATE categories SET removed_at = $3 WHERE guild_id = $1 AND id = $2 \
                 AND removed_at IS NULL RETURNING name",
            )
            .bind(guild.to_db())
            .bind(id.0)
            .bind(ts(at))
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(name) = &name {
                let key = format!("category:{name}");
                audit!(
                    tx,
                    guild,
                    at,
                    by,
                    &key,
                    Some("in use".to_string()),
                    None::<String>
                );
            }
            name.is_some()
        }))
    }

    /// The answers a ticket's form was given, in the form's order.
    pub async fn answers_of(&self, ticket: TicketId) -> Result<Vec<FormAnswer>, StoreError> {
        let rows: Vec<(String, String)> = with_pool!(self, |p| {
            sqlx::query_as(
            "SELECT question, answer FROM ticket_answers WHERE ticket_id = $1 ORDER BY position"
        )
        .bind(ticket.0)
        .fetch_all(p)
        .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(question, answer)| FormAnswer { question, answer })
            .collect())
    }
}
