//! Who is asking: the session cookie (HttpOnly, SameSite=Lax, Secure when the dashboard is
//! reached over https), the signed-in person ([`Signed`]), their access to the server a page
//! is about ([`InGuild`], checked against Discord, never taken from the browser), and the
//! CSRF token every form carries.

use super::app::Dash;
use super::error::WebError;
use crate::desk::{same_secret, Access, Server, Session};
use crate::tickets::GuildId;
use axum::async_trait;
use axum::extract::{FromRequestParts, Path};
use axum::http::header::{COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::HeaderValue;
use std::collections::HashMap;
use std::sync::Arc;

/// The session cookie's name.
pub const COOKIE_NAME: &str = "concierge_session";

/// The value of cookie `name` in a request, if sent.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    parts
        .headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// A `Set-Cookie` header for `name`, HttpOnly and SameSite=Lax (sent on the redirect back
/// from Discord's login, never on another site's form or request), Secure when `secure`;
/// `max_age` 0 deletes it.
pub fn set_cookie(
    name: &str,
    value: &str,
    max_age: i64,
    secure: bool,
) -> (axum::http::HeaderName, HeaderValue) {
    let secure = if secure { "; Secure" } else { "" };
    let v = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}");
    (
        SET_COOKIE,
        HeaderValue::from_str(&v).unwrap_or_else(|_| HeaderValue::from_static("")),
    )
}

/// A signed-in person.
pub struct Signed {
    pub token: String,
    pub session: Session,
}

impl Signed {
    /// Checks a form's CSRF token against the session's.
    pub fn check_csrf(&self, given: &str) -> Result<(), WebError> {
        if same_secret(given, &self.session.csrf) {
            Ok(())
        } else {
            Err(WebError::csrf())
        }
    }
}

#[async_trait]
impl FromRequestParts<Dash> for Signed {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, dash: &Dash) -> Result<Signed, WebError> {
        let Some(token) = cookie(parts, COOKIE_NAME).filter(|t| !t.is_empty()) else {
            return Err(WebError::SignIn("signin"));
        };
        match dash.desk.session(token, dash.clock.now()).await? {
            Some(session) => Ok(Signed {
                token: token.to_string(),
                session,
            }),
            None => Err(WebError::SignIn("expired")),
        }
    }
}

/// A signed-in person on a page about one server (`/g/{guild}/…`) they may see.
pub struct InGuild {
    pub signed: Signed,
    pub guild: GuildId,
    pub server: Arc<Server>,
    pub access: Access,
    /// The server's name (its id when Discord cannot say).
    pub name: String,
}

impl InGuild {
    /// Refuses unless the person may edit the knowledge base.
    pub fn must_edit_kb(&self) -> Result<(), WebError> {
        if self.access.edits_kb() {
            Ok(())
        } else {
            Err(WebError::forbidden(
                "Only moderators and members with Manage Server may change the knowledge base.",
            ))
        }
    }

    /// Refuses unless the person may change settings.
    pub fn must_edit_settings(&self) -> Result<(), WebError> {
        if self.access.edits_settings() {
            Ok(())
        } else {
            Err(WebError::forbidden(
                "Only members with Manage Server may change the server's settings.",
            ))
        }
    }
}

/// A person's access to a server: a link login has a manager's on its one server; a Discord
/// login what their roles give them now, as Discord says (remembered for a minute).
pub async fn access_of(
    dash: &Dash,
    session: &Session,
    guild: GuildId,
    server: &Server,
) -> Result<Option<Access>, WebError> {
    let Some(user) = session.user else {
        return Ok((session.guild == Some(guild)).then_some(Access::Manager));
    };
    if !session.guilds.contains(&guild) {
        return Ok(None);
    }
    if let Some(known) = dash.cached_access(guild, user) {
        return Ok(known);
    }
    let access = dash
        .directory
        .member(guild, user)
        .await?
        .and_then(|m| server.access(&m.roles, m.manages));
    dash.remember_access(guild, user, access);
    Ok(access)
}

/// The server's name, as Discord says, else its id.
pub async fn guild_name(dash: &Dash, guild: GuildId) -> String {
    match dash.directory.guild_name(guild).await {
        Ok(Some(name)) => name,
        _ => format!("Server {}", guild.0),
    }
}

#[async_trait]
impl FromRequestParts<Dash> for InGuild {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, dash: &Dash) -> Result<InGuild, WebError> {
        let signed = Signed::from_request_parts(parts, dash).await?;
        let params: Path<HashMap<String, String>> = Path::from_request_parts(parts, dash)
            .await
            .map_err(|_| WebError::not_found("No such page."))?;
        let guild = params
            .get("guild")
            .and_then(|g| g.parse::<u64>().ok())
            .map(GuildId)
            .ok_or_else(|| WebError::not_found("No such server."))?;
        let unknown = || {
            WebError::not_found(
                "This server is not one you may see here: the bot is not in it, or you are not \
                 its agent, moderator or manager.",
            )
        };
        if !dash.desk.knows_guild(guild).await? {
            return Err(unknown());
        }
        let server = dash.desk.server(guild).await?;
        let access = match access_of(dash, &signed.session, guild, &server).await? {
            Some(a) => a,
            None if signed.session.user.is_some() && signed.session.guilds.contains(&guild) => {
                return Err(WebError::forbidden(
                    "You are a member of this server but not one of its agents, moderators or \
                     managers, so its support desk is not yours to see.",
                ))
            }
            None => return Err(unknown()),
        };
        let name = guild_name(dash, guild).await;
        Ok(InGuild {
            signed,
            guild,
            server,
            access,
            name,
        })
    }
}
