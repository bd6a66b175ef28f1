//! Discord's side of "Sign in with Discord" (OAuth2 authorization code, scopes `identify
//! guilds`): the authorize address, the code exchanged for an access token, and who the
//! token's owner is and which servers they are in. The token is used for the sign-in only,
//! never stored and never logged.

use crate::config::OAuthApp;
use crate::i18n::Lang;
use crate::t;
use serde::Deserialize;

/// The scopes asked for: who you are, and your servers' list.
pub const SCOPES: &str = "identify guilds";

/// Discord's answer to a sign-in, once the code is exchanged.
pub struct Person {
    pub id: u64,
    pub name: String,
    pub guilds: Vec<u64>,
}

/// What went wrong asking Discord, put in words for the person signing in by [`OAuthError::said`].
#[derive(Debug)]
pub enum OAuthError {
    /// Discord refused a step (the code, who you are, your servers), saying why.
    Refused {
        step: Step,
        why: String,
    },
    Unreachable(String),
    BadId(String),
}

/// In English, for the log.
impl std::fmt::Display for OAuthError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.said(Lang::En))
    }
}

impl std::error::Error for OAuthError {}

/// The step of a sign-in Discord refused.
#[derive(Debug, Clone, Copy)]
pub enum Step {
    Code,
    Me,
    Guilds,
}

impl OAuthError {
    /// What went wrong, in `lang`.
    pub fn said(&self, lang: Lang) -> String {
        match self {
            OAuthError::Refused { step, why } => {
                let id = match step {
                    Step::Code => "web-oauth-refused-code",
                    Step::Me => "web-oauth-refused-me",
                    Step::Guilds => "web-oauth-refused-guilds",
                };
                t!(lang, id, why = why.as_str())
            }
            OAuthError::Unreachable(e) => t!(lang, "web-oauth-unreachable", error = e.as_str()),
            OAuthError::BadId(id) => t!(lang, "web-oauth-bad-id", id = id.as_str()),
        }
    }
}

#[derive(Deserialize)]
struct TokenReply {
    access_token: String,
}

#[derive(Deserialize)]
struct ErrorReply {
    error: String,
    #[serde(default)]
    error_description: Option<String>,
}

#[derive(Deserialize)]
struct Me {
    id: String,
    username: String,
    #[serde(default)]
    global_name: Option<String>,
}

#[derive(Deserialize)]
struct PartialGuild {
    id: String,
}

/// The authorize page's address, sending the person back to `redirect_uri` with `state`.
pub fn authorize_url(discord: &str, app: &OAuthApp, redirect_uri: &str, state: &str) -> String {
    let q = serde_urlencoded::to_string([
        ("response_type", "code"),
        ("client_id", &app.client_id.to_string()),
        ("scope", SCOPES),
        ("state", state),
        ("redirect_uri", redirect_uri),
    ])
    .unwrap_or_default();
    format!("{discord}/oauth2/authorize?{q}")
}

async fn failure(step: Step, res: reqwest::Response) -> OAuthError {
    let status = res.status();
    let text = res.text().await.unwrap_or_default();
    let why = serde_json::from_str::<ErrorReply>(&text).map_or_else(
        |_| status.to_string(),
        |e| e.error_description.unwrap_or(e.error),
    );
    OAuthError::Refused { step, why }
}

/// Exchanges the code Discord sent back for the person it vouches for.
pub async fn person(
    http: &reqwest::Client,
    discord: &str,
    app: &OAuthApp,
    code: &str,
    redirect_uri: &str,
) -> Result<Person, OAuthError> {
    let api = format!("{discord}/api/v10");
    let unreachable = |e: reqwest::Error| OAuthError::Unreachable(e.to_string());
    let res = http
        .post(format!("{api}/oauth2/token"))
        .basic_auth(app.client_id, Some(&app.client_secret))
        .form(&[
            ("grant_type", "authorization_code"),
            ("code", code),
            ("redirect_uri", redirect_uri),
        ])
        .send()
        .await
        .map_err(unreachable)?;
    if !res.status().is_success() {
        return Err(failure(Step::Code, res).await);
    }
    let token: TokenReply = res.json().await.map_err(unreachable)?;
    let bearer = format!("Bearer {}", token.access_token);
    let res = http
        .get(format!("{api}/users/@me"))
        .header(reqwest::header::AUTHORIZATION, &bearer)
        .send()
        .await
        .map_err(unreachable)?;
    if !res.status().is_success() {
        return Err(failure(Step::Me, res).await);
    }
    let me: Me = res.json().await.map_err(unreachable)?;
    let id = me
        .id
        .parse()
        .map_err(|_| OAuthError::BadId(me.id.clone()))?;
    // Discord lists at most 200 servers a page: ask for the next page after the last one.
    let mut guilds: Vec<u64> = Vec::new();
    loop {
        let mut url = format!("{api}/users/@me/guilds?limit=200");
        if let Some(last) = guilds.last() {
            url.push_str(&format!("&after={last}"));
        }
        let res = http
            .get(url)
            .header(reqwest::header::AUTHORIZATION, &bearer)
            .send()
            .await
            .map_err(unreachable)?;
        if !res.status().is_success() {
            return Err(failure(Step::Guilds, res).await);
        }
        let page: Vec<PartialGuild> = res.json().await.map_err(unreachable)?;
        let n = page.len();
        guilds.extend(page.iter().filter_map(|g| g.id.parse::<u64>().ok()));
        if n < 200 {
            break;
        }
    }
    Ok(Person {
        id,
        name: me.global_name.unwrap_or(me.username),
        guilds,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_authorize_url_carries_the_app_scopes_state_and_redirect() {
        let app = OAuthApp {
            client_id: 42,
            client_secret: "s".into(),
        };
        let url = authorize_url("https://discord.com", &app, "https://x.org/cb?a=1", "st&t");
        assert!(url.starts_with("https://discord.com/oauth2/authorize?response_type=code"));
        assert!(url.contains("client_id=42"));
        assert!(url.contains("scope=identify+guilds"));
        assert!(url.contains("state=st%26t"));
        assert!(url.contains("redirect_uri=https%3A%2F%2Fx.org%2Fcb%3Fa%3D1"));
    }
}
