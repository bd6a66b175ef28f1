//! The dashboard's [`Directory`] through the bot's REST client: a person's roles in a server
//! (`GET /guilds/{g}/members/{u}`) and whether they manage it (the server's owner, or a role
//! of theirs, `@everyone` included, with Manage Server or Administrator: `GET /guilds/{g}`).

use crate::desk::{Directory, DirectoryError, MemberView, ServerNames};
use crate::tickets::{GuildId, UserId};
use async_trait::async_trait;
use serenity::all::{Http, HttpError, Permissions};
use std::sync::Arc;

/// Asks Discord with the bot's token.
pub struct BotDirectory {
    http: Arc<Http>,
}

impl BotDirectory {
    /// A directory over this REST client.
    pub fn new(http: Arc<Http>) -> BotDirectory {
        BotDirectory { http }
    }

    /// A directory for `token`, through `api_base` when set (a proxy or the emulator).
    pub fn for_token(token: &str, api_base: Option<&str>) -> BotDirectory {
        let mut http = serenity::http::HttpBuilder::new(token);
        if let Some(base) = api_base {
            http = http.proxy(base).ratelimiter_disabled(true);
        }
        BotDirectory::new(Arc::new(http.build()))
    }
}

/// Whether Discord answered 404 (an unknown member, or a server the bot is not in: 403).
fn not_found(err: &serenity::Error) -> bool {
    matches!(err, serenity::Error::Http(HttpError::UnsuccessfulRequest(r))
        if matches!(r.status_code.as_u16(), 403 | 404))
}

fn failed(what: &str, err: serenity::Error) -> DirectoryError {
    DirectoryError(format!("asking Discord for {what} failed: {err}"))
}

#[async_trait]
impl Directory for BotDirectory {
    async fn member(
        &self,
        guild: GuildId,
        user: UserId,
    ) -> Result<Option<MemberView>, DirectoryError> {
        let g = serenity::all::GuildId::new(guild.0);
        let member = match self.http.get_member(g, user.0.into()).await {
            Ok(m) => m,
            Err(e) if not_found(&e) => return Ok(None),
            Err(e) => return Err(failed("the member", e)),
        };
        let server = match self.http.get_guild(g).await {
            Ok(s) => s,
            Err(e) if not_found(&e) => return Ok(None),
            Err(e) => return Err(failed("the server", e)),
        };
        let everyone = g.get();
        let perms = server
            .roles
            .values()
            .filter(|r| r.id.get() == everyone || member.roles.contains(&r.id))
            .fold(Permissions::empty(), |acc, r| acc | r.permissions);
        let manages =
            server.owner_id.get() == user.0 || perms.administrator() || perms.manage_guild();
        Ok(Some(MemberView {
            roles: member.roles.iter().map(|r| r.get()).collect(),
            manages,
        }))
    }

    async fn guild_name(&self, guild: GuildId) -> Result<Option<String>, DirectoryError> {
        match self
            .http
            .get_guild(serenity::all::GuildId::new(guild.0))
            .await
        {
            Ok(g) => Ok(Some(g.name)),
            Err(e) if not_found(&e) => Ok(None),
            Err(e) => Err(failed("the server", e)),
        }
    }

    async fn names(&self, guild: GuildId) -> Result<ServerNames, DirectoryError> {
        let g = serenity::all::GuildId::new(guild.0);
        let (roles, channels) =
            match tokio::try_join!(self.http.get_guild_roles(g), self.http.get_channels(g)) {
                Ok(both) => both,
                Err(e) if not_found(&e) => return Ok(ServerNames::default()),
                Err(e) => return Err(failed("the server's roles and channels", e)),
            };
        let mut roles: Vec<_> = roles
            .into_iter()
            .filter(|r| r.id.get() != guild.0)
            .map(|r| (r.position, r.id.get(), r.name))
            .collect();
        roles.sort_by_key(|r| std::cmp::Reverse(r.0));
        let mut channels: Vec<_> = channels
            .into_iter()
            .map(|c| (c.position, c.id.get(), c.name))
            .collect();
        channels.sort_by_key(|c| c.0);
        Ok(ServerNames {
            roles: roles.into_iter().map(|(_, id, n)| (id, n)).collect(),
            channels: channels.into_iter().map(|(_, id, n)| (id, n)).collect(),
        })
    }
}
