//! Who is asking: the session cookie (HttpOnly, SameSite=Lax, Secure when the dashboard is
//! reached over https), the signed-in person ([`Signed`]), their access to the server a page
//! is about ([`InGuild`], checked against Discord, never taken from the browser), the CSRF
//! token every form carries, and the language every page is in ([`language`]: the one the
//! session chose with the language menu, else the browser's `Accept-Language`).

use super::app::Dash;
use super::error::{self, WebError};
use super::layout::Menu;
use crate::desk::{same_secret, Access, Server, Session};
use crate::i18n::Lang;
use crate::t;
use crate::tickets::GuildId;
use axum::async_trait;
use axum::extract::{FromRequestParts, Path, Request, State};
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE, SET_COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::Response;
use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Arc;

/// The session cookie's name.
pub const COOKIE_NAME: &str = "concierge_session";

/// The value of cookie `name` in a request, if sent.
pub fn cookie<'a>(parts: &'a Parts, name: &str) -> Option<&'a str> {
    cookie_in(&parts.headers, name)
}

fn cookie_in<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
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

/// The language the browser asks for (`Accept-Language`), English when it names none we
/// ship.
fn browser_lang(headers: &HeaderMap) -> Lang {
    headers
        .get(ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .map_or(Lang::En, Lang::from_accept_language)
}

/// The language a session chose, if it chose one we still ship.
fn chosen(session: &Session) -> Option<Lang> {
    session.language.as_deref().and_then(Lang::parse)
}

/// The session the language layer found for a request (so the page does not ask the
/// database twice): its token and the session, none when the token names no live session.
#[derive(Clone)]
struct Found(Option<(String, Session)>);

/// The language layer, around every page: finds the request's language (the session's
/// choice, else the browser's), keeps it for the page ([`UiLang`], [`Signed::lang`]), and
/// puts a failure's page in it.
pub async fn language(State(dash): State<Dash>, mut req: Request, next: Next) -> Response {
    if req.uri().path().starts_with("/assets/") {
        return next.run(req).await;
    }
    let mut lang = browser_lang(req.headers());
    let mut menu = None;
    let token = cookie_in(req.headers(), COOKIE_NAME)
        .filter(|t| !t.is_empty())
        .map(str::to_string);
    if let Some(token) = token {
        // A failing database is left to the page, which says so.
        if let Ok(found) = dash.desk.session(&token, dash.clock.now()).await {
            if let Some(session) = &found {
                lang = chosen(session).unwrap_or(lang);
                let back = (req.method() == Method::GET).then(|| here(req.uri()));
                menu = Some((session.csrf.clone(), back.unwrap_or_else(|| "/".into())));
            }
            req.extensions_mut()
                .insert(Found(found.map(|s| (token, s))));
        }
    }
    req.extensions_mut().insert(lang);
    let res = next.run(req).await;
    let menu = menu.as_ref().map(|(csrf, back)| Menu { lang, csrf, back });
    error::localise(res, lang, menu.as_ref())
}

/// The path and query of a request, to come back to.
fn here(uri: &axum::http::Uri) -> String {
    uri.path_and_query()
        .map_or_else(|| uri.path().to_string(), |p| p.as_str().to_string())
}

/// The language a page is in, signed in or not.
#[derive(Debug, Clone, Copy)]
pub struct UiLang(pub Lang);

#[async_trait]
impl<S: Send + Sync> FromRequestParts<S> for UiLang {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<UiLang, Infallible> {
        Ok(UiLang(UiLang::of(parts)))
    }
}

impl UiLang {
    /// The language the layer found, else (outside it) the browser's.
    fn of(parts: &Parts) -> Lang {
        parts
            .extensions
            .get::<Lang>()
            .copied()
            .unwrap_or_else(|| browser_lang(&parts.headers))
    }
}

/// A signed-in person.
pub struct Signed {
    pub token: String,
    pub session: Session,
    /// The language their pages are in.
    pub lang: Lang,
    /// The page asked for (path and query), to come back to after choosing a language;
    /// none for a form sent (its answer comes back to its section's page).
    pub here: Option<String>,
}

impl Signed {
    /// Checks a form's CSRF token against the session's.
    pub fn check_csrf(&self, given: &str) -> Result<(), WebError> {
        if same_secret(given, &self.session.csrf) {
            Ok(())
        } else {
            Err(WebError::csrf(self.lang))
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
        let session = match parts.extensions.get::<Found>() {
            Some(Found(found)) => found
                .as_ref()
                .filter(|(t, _)| t == token)
                .map(|(_, session)| session.clone()),
            None => dash.desk.session(token, dash.clock.now()).await?,
        };
        let Some(session) = session else {
            return Err(WebError::SignIn("expired"));
        };
        let lang = chosen(&session).unwrap_or_else(|| UiLang::of(parts));
        Ok(Signed {
            token: token.to_string(),
            session,
            lang,
            here: (parts.method == Method::GET).then(|| here(&parts.uri)),
        })
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
    /// The language the person's pages are in.
    pub fn lang(&self) -> Lang {
        self.signed.lang
    }

    /// Refuses unless the person may edit the knowledge base.
    pub fn must_edit_kb(&self) -> Result<(), WebError> {
        if self.access.edits_kb() {
            Ok(())
        } else {
            Err(WebError::forbidden(t!(
                self.lang(),
                "web-error-kb-editors-only"
            )))
        }
    }

    /// Refuses unless the person may change settings.
    pub fn must_edit_settings(&self) -> Result<(), WebError> {
        if self.access.edits_settings() {
            Ok(())
        } else {
            Err(WebError::forbidden(t!(
                self.lang(),
                "web-error-settings-managers-only"
            )))
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
pub async fn guild_name(dash: &Dash, guild: GuildId, lang: Lang) -> String {
    match dash.directory.guild_name(guild).await {
        Ok(Some(name)) => name,
        _ => t!(lang, "web-server-fallback", id = guild.0.to_string()),
    }
}

#[async_trait]
impl FromRequestParts<Dash> for InGuild {
    type Rejection = WebError;

    async fn from_request_parts(parts: &mut Parts, dash: &Dash) -> Result<InGuild, WebError> {
        let signed = Signed::from_request_parts(parts, dash).await?;
        let lang = signed.lang;
        let params: Path<HashMap<String, String>> = Path::from_request_parts(parts, dash)
            .await
            .map_err(|_| WebError::not_found(t!(lang, "web-error-no-such-page")))?;
        let guild = params
            .get("guild")
            .and_then(|g| g.parse::<u64>().ok())
            .map(GuildId)
            .ok_or_else(|| WebError::not_found(t!(lang, "web-error-no-such-server")))?;
        let unknown = || WebError::not_found(t!(lang, "web-error-unknown-server"));
        if !dash.desk.knows_guild(guild).await? {
            return Err(unknown());
        }
        let server = dash.desk.server(guild).await?;
        let access = match access_of(dash, &signed.session, guild, &server).await? {
            Some(a) => a,
            None if signed.session.user.is_some() && signed.session.guilds.contains(&guild) => {
                return Err(WebError::forbidden(t!(lang, "web-error-not-staff")))
            }
            None => return Err(unknown()),
        };
        let name = guild_name(dash, guild, lang).await;
        Ok(InGuild {
            signed,
            guild,
            server,
            access,
            name,
        })
    }
}
