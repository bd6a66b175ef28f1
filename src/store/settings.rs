//! Server settings and their audit: `guild_settings` (one row per setting that is set),
//! `guilds` (when `.env` seeded a server) and `settings_audit` (every change).

use super::guilds::WRITE_FIRST;
use super::{from_ts, transaction, ts, with_pool, Store, StoreError};
use crate::settings::{Audited, Change, Source};
use crate::tickets::{GuildId, UserId};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

impl Store {
    /// The settings stored for `guild`, by name (those not stored have their default).
    pub async fn settings_of(
        &self,
        guild: GuildId,
    ) -> Result<BTreeMap<String, String>, StoreError> {
        let rows: Vec<(String, String)> = with_pool!(self, |p| sqlx::query_as(
            "SELECT name, value FROM guild_settings WHERE guild_id = $1"
        )
        .bind(guild.to_db())
        .fetch_all(p)
        .await)?;
        Ok(rows.into_iter().collect())
    }

    /// Sets (or, with none, unsets) settings of `guild` in one transaction, auditing each one
    /// whose value changed; returns those. With `Source::Env` the server is also marked as
    /// seeded from `.env`.
    pub async fn change_settings(
        &self,
        guild: GuildId,
        changes: &[(String, Option<String>)],
        actor: Option<UserId>,
        source: Source,
        at: DateTime<Utc>,
    ) -> Result<Vec<Change>, StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            sqlx::query(WRITE_FIRST)
                .bind(guild.to_db())
                .execute(&mut *tx)
                .await?;
            let mut done = Vec::new();
            for (name, new) in changes {
                let old: Option<String> = sqlx::query_scalar(
                    "SELECT value FROM guild_settings WHERE guild_id = $1 AND name = $2",
                )
                .bind(guild.to_db())
                .bind(name)
                .fetch_optional(&mut *tx)
                .await?;
                if &old == new {
                    continue;
                }
                match new {
                    Some(value) => {
                        sqlx::query(
                            "INSERT INTO guild_settings (guild_id, name, value, changed_at) \
                             VALUES ($1, $2, $3, $4) ON CONFLICT (guild_id, name) \
                             DO UPDATE SET value = excluded.value, changed_at = excluded.changed_at",
                        )
                        .bind(guild.to_db())
                        .bind(name)
                        .bind(value)
                        .bind(ts(at))
                        .execute(&mut *tx)
                        .await?;
                    }
                    None => {
                        sqlx::query("DELETE FROM guild_settings WHERE guild_id = $1 AND name = $2")
                            .bind(guild.to_db())
                            .bind(name)
                            .execute(&mut *tx)
                            .await?;
                    }
                }
                sqlx::query(
                    "INSERT INTO settings_audit (guild_id, at, actor_id, source, name, old_value, new_value) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7)",
                )
                .bind(guild.to_db())
                .bind(ts(at))
                .bind(actor.map(UserId::to_db))
                .bind(source.as_str())
                .bind(name)
                .bind(&old)
                .bind(new)
                .execute(&mut *tx)
                .await?;
                done.push(Change {
                    name: name.clone(),
                    old,
                    new: new.clone(),
                });
            }
            let seeded = (source == Source::Env).then(|| ts(at));
            sqlx::query(
                "INSERT INTO guilds (guild_id, seeded_at) VALUES ($1, $2) ON CONFLICT (guild_id) \
                 DO UPDATE SET seeded_at = COALESCE(guilds.seeded_at, excluded.seeded_at)",
            )
            .bind(guild.to_db())
            .bind(seeded)
            .execute(&mut *tx)
            .await?;
            done
        }))
    }

    /// Gives `guild` the answers and questions recorded before rows carried their server
    /// (migration 0007 could not tell whose they were); returns how many.
    pub async fn adopt_unscoped(&self, guild: GuildId) -> Result<u64, StoreError> {
        with_pool!(self, |p| transaction!(p, |tx| {
            let mut n = 0;
            for table in [
                "answers",
                "unanswered",
                "agent_answers",
                "handled_questions",
            ] {
                n += sqlx::query(&format!(
                    "UPDATE {table} SET guild_id = $1 WHERE guild_id = 0"
                ))
                .bind(guild.to_db())
                .execute(&mut *tx)
                .await?
                .rows_affected();
            }
            n
        }))
    }

    /// When `.env` first seeded `guild`'s settings, if it did.
    pub async fn seeded_at(&self, guild: GuildId) -> Result<Option<DateTime<Utc>>, StoreError> {
        let at: Option<Option<i64>> = with_pool!(self, |p| sqlx::query_scalar(
            "SELECT seeded_at FROM guilds WHERE guild_id = $1"
        )
        .bind(guild.to_db())
        .fetch_optional(p)
        .await)?;
        Ok(at.flatten().map(from_ts))
    }

    /// The servers the database keeps settings or tickets for, in id order.
    pub async fn known_guilds(&self) -> Result<Vec<GuildId>, StoreError> {
        let ids: Vec<i64> = with_pool!(self, |p| sqlx::query_scalar(
            "SELECT guild_id FROM guilds UNION SELECT guild_id FROM tickets ORDER BY 1"
        )
        .fetch_all(p)
        .await)?;
        Ok(ids.into_iter().map(GuildId::from_db).collect())
    }

    /// Whether the database holds `guild` (as [`Store::known_guilds`] would list it), by its
    /// indexes: no scan of every ticket.
    pub async fn guild_known(&self, guild: GuildId) -> Result<bool, StoreError> {
        let found: Option<i32> = with_pool!(self, |p| sqlx::query_scalar(
            "SELECT 1 WHERE EXISTS (SELECT 1 FROM guilds WHERE guild_id = $1) \
             OR EXISTS (SELECT 1 FROM tickets WHERE guild_id = $1)"
        )
        .bind(guild.to_db())
        .fetch_optional(p)
        .await)?;
        Ok(found.is_some())
    }

    /// The newest `limit` setting changes of `guild`, newest first.
    pub async fn settings_audit(
        &self,
        guild: GuildId,
        limit: u32,
    ) -> Result<Vec<Audited>, StoreError> {
        type Row = (
            i64,
            Option<i64>,
            String,
            String,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = with_pool!(self, |p| sqlx::query_as(
            "SELECT at, actor_id, source, name, old_value, new_value FROM settings_audit \
             WHERE guild_id = $1 ORDER BY id DESC LIMIT $2"
        )
        .bind(guild.to_db())
        .bind(i64::from(limit))
        .fetch_all(p)
        .await)?;
        rows.into_iter()
            .map(|(at, actor, source, name, old, new)| {
                Ok(Audited {
                    guild,
                    at: from_ts(at),
                    actor: actor.map(UserId::from_db),
                    source: Source::parse(&source).ok_or_else(|| {
                        StoreError::Data(format!("unknown settings source `{source}`"))
                    })?,
                    change: Change { name, old, new },
                })
            })
            .collect()
    }
}
