//! The `people` table: the names the bot has seen people by, for reports and transcripts.

use super::{ts, with_pool, Store, StoreError};
use crate::tickets::UserId;
use chrono::{DateTime, Utc};
use std::collections::HashMap;

impl Store {
    /// Remembers the name `user` goes by now.
    pub async fn remember_name(
        &self,
        user: UserId,
        name: &str,
        at: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        with_pool!(self, |p| sqlx::query(
            "INSERT INTO people (user_id, name, seen_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_id) DO UPDATE SET name = excluded.name, seen_at = excluded.seen_at",
        )
        .bind(user.to_db())
        .bind(name)
        .bind(ts(at))
        .execute(p)
        .await
        .map(|_| ()))?;
        Ok(())
    }

    /// The names known for `users` (those never seen are missing).
    pub async fn names_of(&self, users: &[UserId]) -> Result<HashMap<UserId, String>, StoreError> {
        let mut out = HashMap::new();
        let mut wanted: Vec<i64> = users.iter().map(|u| u.to_db()).collect();
        wanted.sort_unstable();
        wanted.dedup();
        for chunk in wanted.chunks(100) {
            let marks: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT user_id, name FROM people WHERE user_id IN ({})",
                marks.join(", ")
            );
            let rows: Vec<(i64, String)> = with_pool!(self, |p| {
                let mut q = sqlx::query_as(&sql);
                for id in chunk {
                    q = q.bind(*id);
                }
                q.fetch_all(p).await
            })?;
            out.extend(rows.into_iter().map(|(id, n)| (UserId::from_db(id), n)));
        }
        Ok(out)
    }
}
