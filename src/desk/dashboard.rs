//! The dashboard's sign-ins (sessions, one-time login links) and who may see what. Tokens
//! are random, given to the browser once and kept only as SHA-256 hashes.

use super::{Desk, DeskError, Server};
use crate::store::dashboard::SessionRecord;
use crate::tickets::{GuildId, UserId};
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};

/// A signed-in browser.
pub type Session = SessionRecord;

/// How long a Discord login lasts.
pub const SESSION_DAYS: i64 = 7;
/// How long a link login lasts (a local administrator's sitting).
pub const LINK_SESSION_HOURS: i64 = 12;
/// How long a printed login link may wait to be used, by default and at most.
pub const LINK_MINUTES: u32 = 15;
pub const LINK_MINUTES_MAX: u32 = 24 * 60;
/// The name a link login goes by.
pub const LOCAL_ADMIN: &str = "local administrator";

/// 32 random bytes from the operating system's generator, as hex.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The hash a token is stored under.
pub fn token_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// What a person may do on a server's dashboard, as in Discord: agents read tickets,
/// moderators also edit the knowledge base, managers (Manage Server) also change settings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    Agent,
    Moderator,
    Manager,
}

impl Access {
    /// Moderators and managers edit the knowledge base.
    pub fn edits_kb(self) -> bool {
        self >= Access::Moderator
    }

    /// Managers change settings and categories.
    pub fn edits_settings(self) -> bool {
        self == Access::Manager
    }

    /// How the dashboard names it.
    pub fn label(self) -> &'static str {
        match self {
            Access::Agent => "agent",
            Access::Moderator => "moderator",
            Access::Manager => "manager",
        }
    }
}

impl Server {
    /// A member's access from their roles (and whether they manage the server); none for a
    /// member who is neither staff nor a manager.
    pub fn access(&self, roles: &[u64], manages: bool) -> Option<Access> {
        let s = &self.settings;
        let has = |ids: &[u64]| roles.iter().any(|r| ids.contains(r));
        if manages {
            Some(Access::Manager)
        } else if has(&s.moderator_roles) {
            Some(Access::Moderator)
        } else if has(&s.tier_roles) || self.teams.iter().any(|(_, team)| roles.contains(team)) {
            Some(Access::Agent)
        } else {
            None
        }
    }
}

impl Desk {
    /// A one-time login link's token for `guild`, usable once within `minutes`.
    pub async fn create_login_link(
        &self,
        guild: GuildId,
        now: DateTime<Utc>,
        minutes: u32,
    ) -> Result<String, DeskError> {
        let token = new_token();
        let until = now + Duration::minutes(i64::from(minutes.clamp(1, LINK_MINUTES_MAX)));
        self.store
            .insert_login_link(&token_hash(&token), guild, now, until)
            .await?;
        Ok(token)
    }

    /// Spends a login link: a new session's token and the session, or none if the link is
    /// unknown, used or expired.
    pub async fn sign_in_with_link(
        &self,
        link: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<(String, Session)>, DeskError> {
        let Some(guild) = self.store.spend_login_link(&token_hash(link), now).await? else {
            return Ok(None);
        };
        let session = Session {
            user: None,
            user_name: LOCAL_ADMIN.to_string(),
            guild: Some(guild),
            guilds: vec![guild],
            csrf: new_token(),
            expires_at: now + Duration::hours(LINK_SESSION_HOURS),
            language: None,
        };
        Ok(Some((self.keep_session(&session, now).await?, session)))
    }

    /// Signs in a person Discord vouched for, with the servers Discord listed for them: a new
    /// session's token and the session.
    pub async fn sign_in(
        &self,
        user: UserId,
        name: &str,
        guilds: Vec<GuildId>,
        now: DateTime<Utc>,
    ) -> Result<(String, Session), DeskError> {
        let session = Session {
            user: Some(user),
            user_name: name.to_string(),
            guild: None,
            guilds,
            csrf: new_token(),
            expires_at: now + Duration::days(SESSION_DAYS),
            language: None,
        };
        Ok((self.keep_session(&session, now).await?, session))
    }

    async fn keep_session(&self, s: &Session, now: DateTime<Utc>) -> Result<String, DeskError> {
        // Expired sign-ins are swept whenever someone signs in.
        self.store.delete_expired_sign_ins(now).await?;
        let token = new_token();
        self.store
            .insert_session(&token_hash(&token), s, now)
            .await?;
        Ok(token)
    }

    /// The session a browser's token names, if it is live at `now`.
    pub async fn session(
        &self,
        token: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<Session>, DeskError> {
        Ok(self.store.session(&token_hash(token), now).await?)
    }

    /// Keeps the language a session chose on the dashboard (a `Lang` code; none: the
    /// browser's); false if the session had ended.
    pub async fn set_session_language(
        &self,
        token: &str,
        language: Option<&str>,
    ) -> Result<bool, DeskError> {
        Ok(self
            .store
            .set_session_language(&token_hash(token), language)
            .await?)
    }

    /// Ends a session (signing out); false if it had already ended.
    pub async fn sign_out(&self, token: &str) -> Result<bool, DeskError> {
        Ok(self.store.delete_session(&token_hash(token)).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_random_hex_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(token_hash(&a).len(), 64);
        assert_ne!(token_hash(&a), a);
        assert!(same_secret(&a, &a.clone()));
        assert!(!same_secret(&a, &b));
        assert!(!same_secret(&a, &a[..63]));
    }

    #[test]
    fn access_follows_roles() {
        let mut server = Server::for_tests();
        server.settings.tier_roles = vec![10, 11];
        server.settings.moderator_roles = vec![20];
        server.teams = vec![(crate::tickets::CategoryId(1), 30)];
        assert_eq!(server.access(&[], false), None);
        assert_eq!(server.access(&[99], false), None);
        assert_eq!(server.access(&[11], false), Some(Access::Agent));
        assert_eq!(server.access(&[30], false), Some(Access::Agent));
        assert_eq!(server.access(&[20, 10], false), Some(Access::Moderator));
        assert_eq!(server.access(&[], true), Some(Access::Manager));
        assert!(Access::Moderator.edits_kb() && !Access::Agent.edits_kb());
        assert!(Access::Manager.edits_settings() && !Access::Moderator.edits_settings());
    }
}
