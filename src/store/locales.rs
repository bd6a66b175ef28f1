//! The `member_locales` table: the Discord locale each person last used the bot in.

use super::{ts, with_pool, Store, StoreError};
use crate::tickets::UserId;
use chrono::{DateTime, Utc};

impl Store {
    /// Remembers the locale `user` uses Discord in now (`de`, `pt-BR`).
    pub async fn remember_locale(
        &self,
        user: UserId,
        locale: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        with_pool!(self, |p| {
            sqlx::query(
            "INSERT INTO member_locales (user_id, locale, seen_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET locale = excluded.locale, seen_at = excluded.seen_at",
        )
        .bind(user.to_db())
        .bind(locale)
        .bind(ts(at))
        .execute(p)
        .await
        .map(|_| ())
        })?;
        Ok(())
    }

    /// The locale `user` last used, if they ever interacted with the bot.
    pub async fn locale_of(&self, user: UserId) -> Result<Option<String>, StoreError> {
        Ok(with_pool!(self, |p| sqlx::query_scalar(
            "SELECT locale FROM member_locales WHERE user_id = $1"
        )
        .bind(user.to_db())
        .fetch_optional(p)
        .await)?)
    }
}
