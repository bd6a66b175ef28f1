//! OAuth2 as Discord does it (the authorization-code grant): registered applications, who
//! answers the consent screen, codes (single use, 10 minutes) and access tokens (7 days, with
//! a refresh token). The HTTP side is `rest/oauth.rs`, the test API `test_oauth.rs`.

use std::collections::hash_map::RandomState;
use std::collections::BTreeMap;
use std::hash::{BuildHasher, Hasher};
use std::time::{Duration, Instant};

/// The scopes the authorize page accepts: the authorization-code scopes of Discord's
/// OpenAPI spec. Only `identify`, `email`, `guilds` and `guilds.members.read` open routes
/// here; the others are granted and listed, nothing more.
pub const SCOPES: &[&str] = &[
    "activities.invites.write",
    "activities.read",
    "activities.write",
    "applications.builds.read",
    "applications.builds.upload",
    "applications.commands",
    "applications.commands.permissions.update",
    "applications.entitlements",
    "applications.store.update",
    "bot",
    "connections",
    "dm_channels.read",
    "email",
    "gdm.join",
    "guilds",
    "guilds.join",
    "guilds.members.read",
    "identify",
    "messages.read",
    "openid",
    "relationships.read",
    "role_connections.write",
    "rpc",
    "rpc.activities.write",
    "rpc.notifications.read",
    "rpc.screenshare.read",
    "rpc.screenshare.write",
    "rpc.video.read",
    "rpc.video.write",
    "rpc.voice.read",
    "rpc.voice.write",
    "voice",
    "webhook.incoming",
];

/// How long an authorization code can be exchanged.
pub const CODE_LIFETIME: Duration = Duration::from_secs(600);
/// How long an access token works (`expires_in`).
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(604_800);

/// An OAuth2 application (client) as registered in the developer portal.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OAuthApp {
    pub client_id: u64,
    pub secret: String,
    /// Exact matches only, as on Discord (a trailing slash matters).
    pub redirect_uris: Vec<String>,
}

/// What the (emulated) user does on the consent screen.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Approval {
    /// Nobody is logged in: authorize answers 401 (the test forgot to choose).
    #[default]
    Nobody,
    /// This user approves every request.
    As(u64),
    /// The user presses Cancel: `error=access_denied`.
    Deny,
}

/// An authorization code not yet exchanged.
#[derive(Clone, Debug)]
pub struct Code {
    pub client_id: u64,
    pub user: u64,
    pub scopes: Vec<String>,
    pub redirect_uri: String,
    pub issued: Instant,
    pub used: bool,
}

/// An access token and what it grants.
#[derive(Clone, Debug)]
pub struct Grant {
    pub client_id: u64,
    pub user: u64,
    pub scopes: Vec<String>,
    pub issued: Instant,
    pub refresh_token: String,
}

impl Grant {
    pub fn has(&self, scope: &str) -> bool {
        self.scopes.iter().any(|s| s == scope)
    }
}

/// Why the token endpoint refuses (the HTTP shape is in `rest/oauth.rs`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TokenError {
    /// 401: unknown client or wrong secret.
    InvalidClient,
    /// 400: a bad, used or expired code or refresh token, or another redirect_uri.
    InvalidGrant(String),
    /// 400: a required field is missing.
    InvalidRequest(String),
    /// 400: a grant type other than `authorization_code` and `refresh_token`.
    UnsupportedGrantType(String),
}

/// A token response's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Issued {
    pub access_token: String,
    pub refresh_token: String,
    pub scopes: Vec<String>,
}

/// Everything OAuth2, in [`crate::state::State::oauth`].
#[derive(Debug, Default)]
pub struct OAuth {
    pub apps: BTreeMap<u64, OAuthApp>,
    pub approval: Approval,
    pub codes: BTreeMap<String, Code>,
    /// Access token -> grant.
    pub grants: BTreeMap<String, Grant>,
    /// How far the test moved the OAuth clock ([`crate::Emulator::oauth_advance_clock`]).
    pub skew: Duration,
}

impl OAuth {
    /// The OAuth clock: now, plus what the test added.
    pub fn now(&self) -> Instant {
        Instant::now() + self.skew
    }

    /// The application when `secret` is its secret.
    pub fn authenticate(&self, client_id: &str, secret: &str) -> Result<u64, TokenError> {
        client_id
            .parse::<u64>()
            .ok()
            .and_then(|id| self.apps.get(&id))
            .filter(|app| app.secret == secret)
            .map(|app| app.client_id)
            .ok_or(TokenError::InvalidClient)
    }

    /// A new code for `user`, to be exchanged by `client_id` with the same `redirect_uri`.
    pub fn issue_code(
        &mut self,
        client_id: u64,
        user: u64,
        scopes: Vec<String>,
        redirect_uri: &str,
    ) -> String {
        let code = fresh(&self.codes);
        let issued = self.now();
        self.codes.insert(
            code.clone(),
            Code {
                client_id,
                user,
                scopes,
                redirect_uri: redirect_uri.to_string(),
                issued,
                used: false,
            },
        );
        code
    }

    /// Exchanges a code (once, within [`CODE_LIFETIME`], by the client it was issued to and
    /// with the redirect_uri of the authorize request). A mismatched redirect_uri leaves the
    /// code usable.
    pub fn exchange(
        &mut self,
        client_id: u64,
        code: &str,
        redirect_uri: &str,
    ) -> Result<Issued, TokenError> {
        let now = self.now();
        let bad_code = || TokenError::InvalidGrant("Invalid \"code\" in request.".into());
        let c = self.codes.get(code).ok_or_else(bad_code)?;
        if c.client_id != client_id || c.used || now.duration_since(c.issued) > CODE_LIFETIME {
            return Err(bad_code());
        }
        if c.redirect_uri != redirect_uri {
            return Err(TokenError::InvalidGrant(
                "Invalid \"redirect_uri\" in request.".into(),
            ));
        }
        let (user, scopes) = (c.user, c.scopes.clone());
        if let Some(c) = self.codes.get_mut(code) {
            c.used = true;
        }
        Ok(self.issue_token(client_id, user, scopes))
    }

    /// A new access token (and refresh token) for `user`.
    pub fn issue_token(&mut self, client_id: u64, user: u64, scopes: Vec<String>) -> Issued {
        let access_token = fresh(&self.grants);
        let refresh_token = loop {
            let t = random_string(30);
            if !self.grants.values().any(|g| g.refresh_token == t) {
                break t;
            }
        };
        let issued = self.now();
        self.grants.insert(
            access_token.clone(),
            Grant {
                client_id,
                user,
                scopes: scopes.clone(),
                issued,
                refresh_token: refresh_token.clone(),
            },
        );
        Issued {
            access_token,
            refresh_token,
            scopes,
        }
    }

    /// Trades a refresh token for a new pair; the old access and refresh tokens stop working.
    pub fn refresh(&mut self, client_id: u64, refresh_token: &str) -> Result<Issued, TokenError> {
        let found = self
            .grants
            .iter()
            .find(|(_, g)| g.refresh_token == refresh_token && g.client_id == client_id)
            .map(|(t, g)| (t.clone(), g.user, g.scopes.clone()));
        let Some((old, user, scopes)) = found else {
            return Err(TokenError::InvalidGrant(
                "Invalid \"refresh_token\" in request.".into(),
            ));
        };
        self.grants.remove(&old);
        Ok(self.issue_token(client_id, user, scopes))
    }

    /// Revokes the grant an access or refresh token belongs to (both tokens stop working).
    /// Unknown tokens are ignored, as RFC 7009 says.
    pub fn revoke(&mut self, client_id: u64, token: &str) {
        self.grants.retain(|access, g| {
            g.client_id != client_id || (access != token && g.refresh_token != token)
        });
    }

    /// The grant of an access token still valid.
    pub fn bearer(&self, token: &str) -> Option<&Grant> {
        let now = self.now();
        self.grants
            .get(token)
            .filter(|g| now.duration_since(g.issued) < TOKEN_LIFETIME)
    }
}

/// A random string of letters and digits not yet a key of `taken`.
fn fresh<V>(taken: &BTreeMap<String, V>) -> String {
    loop {
        let s = random_string(30);
        if !taken.contains_key(&s) {
            return s;
        }
    }
}

/// `n` random letters and digits (std's per-process random hash keys; no `rand` needed).
pub fn random_string(n: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let keys = RandomState::new();
    (0..n)
        .map(|i| {
            let mut h = keys.build_hasher();
            h.write_usize(i);
            let k = usize::try_from(h.finish() % 62).unwrap_or(0);
            char::from(ALPHABET[k])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn oauth() -> OAuth {
        let mut o = OAuth::default();
        o.apps.insert(
            7,
            OAuthApp {
                client_id: 7,
                secret: "s".into(),
                redirect_uris: vec!["http://app/cb".into()],
            },
        );
        o
    }

    fn scopes(s: &[&str]) -> Vec<String> {
        s.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn clients_authenticate_with_their_secret() {
        let o = oauth();
        assert_eq!(o.authenticate("7", "s"), Ok(7));
        assert_eq!(o.authenticate("7", "x"), Err(TokenError::InvalidClient));
        assert_eq!(o.authenticate("8", "s"), Err(TokenError::InvalidClient));
        assert_eq!(o.authenticate("seven", "s"), Err(TokenError::InvalidClient));
    }

    #[test]
    fn a_code_is_exchanged_once_with_its_redirect() {
        let mut o = oauth();
        let code = o.issue_code(7, 42, scopes(&["identify"]), "http://app/cb");
        assert_eq!(code.len(), 30);
        let wrong = o.exchange(7, &code, "http://app/cb/");
        assert!(
            matches!(wrong, Err(TokenError::InvalidGrant(ref d)) if d.contains("redirect_uri"))
        );
        assert!(
            o.exchange(8, &code, "http://app/cb").is_err(),
            "another client"
        );
        let t = o.exchange(7, &code, "http://app/cb").unwrap();
        assert_eq!(t.scopes, vec!["identify"]);
        let g = o.bearer(&t.access_token).unwrap();
        assert_eq!((g.user, g.client_id), (42, 7));
        let again = o.exchange(7, &code, "http://app/cb");
        assert!(matches!(again, Err(TokenError::InvalidGrant(ref d)) if d.contains("code")));
        assert!(o.exchange(7, "nope", "http://app/cb").is_err());
    }

    #[test]
    fn codes_and_tokens_expire() {
        let mut o = oauth();
        let code = o.issue_code(7, 42, scopes(&["identify"]), "http://app/cb");
        let t = o.issue_token(7, 42, scopes(&["identify"]));
        o.skew = CODE_LIFETIME + Duration::from_secs(1);
        assert!(o.exchange(7, &code, "http://app/cb").is_err());
        assert!(o.bearer(&t.access_token).is_some());
        o.skew = TOKEN_LIFETIME + Duration::from_secs(1);
        assert!(o.bearer(&t.access_token).is_none());
    }

    #[test]
    fn refreshing_replaces_both_tokens_and_revoking_ends_the_grant() {
        let mut o = oauth();
        let t = o.issue_token(7, 42, scopes(&["identify", "guilds"]));
        assert!(o.refresh(8, &t.refresh_token).is_err(), "another client");
        let t2 = o.refresh(7, &t.refresh_token).unwrap();
        assert_eq!(t2.scopes, vec!["identify", "guilds"]);
        assert!(o.bearer(&t.access_token).is_none());
        assert!(o.bearer(&t2.access_token).is_some());
        assert!(o.refresh(7, &t.refresh_token).is_err(), "used up");
        o.revoke(7, &t2.refresh_token);
        assert!(o.bearer(&t2.access_token).is_none());
    }

    #[test]
    fn random_strings_differ() {
        let a = random_string(30);
        assert!(a.bytes().all(|b| b.is_ascii_alphanumeric()));
        assert_ne!(a, random_string(30));
    }
}
