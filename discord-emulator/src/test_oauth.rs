//! The test API for OAuth2 (a web dashboard logging in with Discord): register the
//! application, choose who answers the consent screen, age codes and tokens, or mint a token
//! without the browser dance. The endpoints are in `rest/oauth.rs`.

use crate::oauth::{Approval, OAuthApp, SCOPES};
use crate::Emulator;
use std::time::Duration;

impl Emulator {
    /// Registers (or replaces) an OAuth2 application: its client id (usually
    /// [`Emulator::application_id`]), client secret and the redirect URIs the authorize page
    /// accepts (exact matches).
    pub fn oauth_app(&self, client_id: u64, secret: &str, redirect_uris: &[&str]) {
        let app = OAuthApp {
            client_id,
            secret: secret.to_string(),
            redirect_uris: redirect_uris.iter().map(|u| u.to_string()).collect(),
        };
        self.inner
            .state
            .lock()
            .unwrap()
            .oauth
            .apps
            .insert(client_id, app);
    }

    /// From now on `user` is logged in and approves every `GET /oauth2/authorize`: each one
    /// redirects to `redirect_uri?code=...&state=...`. Panics on an unknown or bot user.
    pub fn oauth_approve_as(&self, user: u64) {
        let mut s = self.inner.state.lock().unwrap();
        let known = s
            .users
            .get(&user)
            .unwrap_or_else(|| panic!("no user {user}"));
        assert!(
            !known.bot,
            "{user} is a bot: bots do not log in with OAuth2"
        );
        s.oauth.approval = Approval::As(user);
    }

    /// From now on the user presses Cancel: authorize redirects to
    /// `redirect_uri?error=access_denied&error_description=...&state=...`.
    pub fn oauth_deny(&self) {
        self.inner.state.lock().unwrap().oauth.approval = Approval::Deny;
    }

    /// Moves the OAuth2 clock forward: codes expire after 10 minutes, access tokens after 7
    /// days (`expires_in` 604800).
    pub fn oauth_advance_clock(&self, by: Duration) {
        self.inner.state.lock().unwrap().oauth.skew += by;
    }

    /// An access token for `user` granting `scopes` to `client_id`, as if the whole flow had
    /// run (for tests of what comes after the login). Panics on an unknown scope or user.
    pub fn oauth_token(&self, client_id: u64, user: u64, scopes: &[&str]) -> String {
        for scope in scopes {
            assert!(SCOPES.contains(scope), "unknown OAuth2 scope {scope}");
        }
        let mut s = self.inner.state.lock().unwrap();
        assert!(s.users.contains_key(&user), "no user {user}");
        let scopes = scopes.iter().map(|x| x.to_string()).collect();
        s.oauth.issue_token(client_id, user, scopes).access_token
    }
}
