//! The dashboard's sign-ins: sessions (`dashboard_sessions`) and one-time login links
//! (`dashboard_links`), both keyed by the SHA-256 hash of a random token the browser holds.

use super::{ts, with_pool, Store, StoreError};
use crate::tickets::{GuildId, UserId};
use chrono::{DateTime, Utc};

/// A signed-in browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// Who signed in with Discord; none for a one-time link login.
    pub user: Option<UserId>,
    pub user_name: String,
    /// The one server a link login may see; none for a Discord login.
    pub guild: Option<GuildId>,
    /// The servers Discord listed for a Discord login when it signed in.
    pub guilds: Vec<GuildId>,
    pub csrf: String,
    pub expires_at: DateTime<Utc>,
    /// The language chosen with the dashboard's language menu (a `Lang` code); none: the
    /// browser's.
    pub language: Option<String>,
}

type SessionRow = (
    Option<i64>,
    String,
    Option<i64>,
    String,
    String,
    i64,
    Option<String>,
);

impl Store {
    /// Keeps a new session under `token_hash`.
    pub async fn insert_session(
        &self,
        token_hash: &str,
        s: &SessionRecord,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let sql = "INSERT INTO dashboard_sessions \
                   (token_hash, user_id, user_name, guild_id, guilds, csrf, created_at, expires_at, language) \
                   VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
        let guilds: Vec<String> = s.guilds.iter().map(|g| g.0.to_string()).collect();
        with_pool!(self, |p| sqlx::query(sql)
            .bind(token_hash)
            .bind(s.user.map(UserId::to_db))
            .bind(&s.user_name)
            .bind(s.guild.map(GuildId::to_db))
            .bind(guilds.join(","))
            .bind(&s.csrf)
            .bind(ts(now))
            .bind(ts(s.expires_at))
            .bind(&s.language)
            .execute(p)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// The session under `token_hash`, if it exists and has not expired at `now`.
    pub async fn session(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<SessionRecord>, StoreError> {
        let sql = "SELECT user_id, user_name, guild_id, guilds, csrf, expires_at, language \
                   FROM dashboard_sessions \
                   WHERE token_hash = $1 AND expires_at > $2";
        let row: Option<SessionRow> = with_pool!(self, |p| sqlx::query_as(sql)
            .bind(token_hash)
            .bind(ts(now))
            .fetch_optional(p)
            .await)?;
        Ok(row.map(|r| SessionRecord {
            user: r.0.map(UserId::from_db),
            user_name: r.1,
            guild: r.2.map(GuildId::from_db),
            guilds: r
                .3
                .split(',')
                .filter_map(|g| g.parse().ok().map(GuildId))
                .collect(),
            csrf: r.4,
            expires_at: super::from_ts(r.5),
            language: r.6,
        }))
    }

    /// Keeps the language the session under `token_hash` chose (none: the browser's again);
    /// false if there is no such session.
    pub async fn set_session_language(
        &self,
        token_hash: &str,
        language: Option<&str>,
    ) -> Result<bool, StoreError> {
        let n = with_pool!(self, |p| sqlx::query(
            "UPDATE dashboard_sessions SET language = $2 WHERE token_hash = $1"
        )
        .bind(token_hash)
        .bind(language)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n > 0)
    }

    /// Ends the session under `token_hash` (signing out); false if there was none.
    pub async fn delete_session(&self, token_hash: &str) -> Result<bool, StoreError> {
        let n = with_pool!(self, |p| sqlx::query(
            "DELETE FROM dashboard_sessions WHERE token_hash = $1"
        )
        .bind(token_hash)
        .execute(p)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n > 0)
    }

    /// Forgets sessions and links that expired before `now`; returns how many.
    pub async fn delete_expired_sign_ins(&self, now: DateTime<Utc>) -> Result<u64, StoreError> {
        let mut n = 0;
        for sql in [
            "DELETE FROM dashboard_sessions WHERE expires_at <= $1",
            "DELETE FROM dashboard_links WHERE expires_at <= $1",
        ] {
            n += with_pool!(self, |p| sqlx::query(sql)
                .bind(ts(now))
                .execute(p)
                .await
                .map(|r| r.rows_affected()))?;
        }
        Ok(n)
    }

    /// Keeps a one-time login link for `guild`, valid until `expires_at`.
    pub async fn insert_login_link(
        &self,
        token_hash: &str,
        guild: GuildId,
        now: DateTime<Utc>,
        expires_at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        let sql = "INSERT INTO dashboard_links (token_hash, guild_id, created_at, expires_at) \
                   VALUES ($1, $2, $3, $4)";
        with_pool!(self, |p| sqlx::query(sql)
            .bind(token_hash)
            .bind(guild.to_db())
            .bind(ts(now))
            .bind(ts(expires_at))
            .execute(p)
            .await
            .map(|_| ()))?;
        Ok(())
    }

    /// Spends the link under `token_hash`: its server if it was unused and unexpired at
    /// `now` (it is then used, in the same statement, so two sign-ins cannot both spend it).
    pub async fn spend_login_link(
        &self,
        token_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<GuildId>, StoreError> {
        let sql = "UPDATE dashboard_links SET used_at = $2 \
                   WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2 \
                   RETURNING guild_id";
        let g: Option<i64> = with_pool!(self, |p| sqlx::query_scalar(sql)
            .bind(token_hash)
            .bind(ts(now))
            .fetch_optional(p)
            .await)?;
        Ok(g.map(GuildId::from_db))
    }
}
