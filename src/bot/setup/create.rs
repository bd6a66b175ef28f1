//! "Create it for me" in `/setup`: the tier roles, an on-call role, `#help`, `#tickets` and
//! `#support-log`, made with the permissions the README's checklist asks for. One that exists
//! by its name already is used, not made twice. The bot grants only permissions it has.

use super::Make;
use crate::bot::reply::HandlerError;
use crate::bot::Bot;
use crate::i18n::Lang;
use crate::settings::ServerSettings;
use crate::t;
use serenity::all::{
    ChannelId, ChannelType, Context, CreateChannel, EditRole, GuildId, PermissionOverwrite,
    PermissionOverwriteType, Permissions, RoleId, UserId,
};

/// Setting changes to apply and what to tell the member, or why nothing was made.
pub type Made = Result<(Vec<(String, Option<String>)>, String), String>;

/// The role names made for tiers 1 to 3 and on-call.
pub const TIER_ROLE: &str = "Support tier";
pub const ON_CALL_ROLE: &str = "Support on call";
/// The channels' names.
pub const HELP: &str = "help";
pub const TICKETS: &str = "tickets";
pub const LOG: &str = "support-log";

/// What members may do in `#tickets`: see it and their own threads, not write in it.
fn member_in_tickets() -> (Permissions, Permissions) {
    (
        Permissions::VIEW_CHANNEL
            | Permissions::READ_MESSAGE_HISTORY
            | Permissions::SEND_MESSAGES_IN_THREADS,
        Permissions::SEND_MESSAGES
            | Permissions::CREATE_PUBLIC_THREADS
            | Permissions::CREATE_PRIVATE_THREADS,
    )
}

/// What agents and moderators may do in `#tickets` (Manage Threads: they see private threads).
fn staff_in_tickets() -> Permissions {
    Permissions::VIEW_CHANNEL
        | Permissions::READ_MESSAGE_HISTORY
        | Permissions::SEND_MESSAGES_IN_THREADS
        | Permissions::MANAGE_THREADS
}

/// What the bot needs in `#tickets`.
fn bot_in_tickets() -> Permissions {
    staff_in_tickets()
        | Permissions::SEND_MESSAGES
        | Permissions::CREATE_PRIVATE_THREADS
        | Permissions::EMBED_LINKS
        | Permissions::ATTACH_FILES
        | Permissions::ADD_REACTIONS
}

/// What agents and moderators may do in `#support-log`.
fn staff_in_log() -> Permissions {
    Permissions::VIEW_CHANNEL | Permissions::READ_MESSAGE_HISTORY
}

/// What the bot needs in `#support-log`.
fn bot_in_log() -> Permissions {
    staff_in_log()
        | Permissions::SEND_MESSAGES
        | Permissions::EMBED_LINKS
        | Permissions::ATTACH_FILES
}

/// Makes `what` in `guild`; `mine` are the bot's own permissions (what it may grant).
pub async fn make(
    bot: &Bot,
    ctx: &Context,
    guild: u64,
    what: Make,
    mine: Permissions,
) -> Result<Made, HandlerError> {
    let s = bot.server(guild).await?.settings.clone();
    let maker = Maker {
        lang: crate::bot::locale::lang(),
        server_lang: crate::bot::locale::server_lang(bot, guild).await,
        ctx,
        guild: GuildId::new(guild.max(1)),
        mine: if mine.administrator() {
            Permissions::all()
        } else {
            mine
        },
        bot: ctx.cache.current_user().id,
    };
    Ok(match what {
        Make::TierRoles => maker.tier_roles(&s).await,
        Make::OnCallRole => maker.on_call_role().await,
        Make::HelpChannel => maker.help_channel(&s).await,
        Make::TicketChannel => maker.ticket_channel(&s).await,
        Make::LogChannel => maker.log_channel(&s).await,
    })
}

struct Maker<'a> {
    /// The language of the member who pressed (what they are told).
    lang: Lang,
    /// The server's (the channels' topics).
    server_lang: Lang,
    ctx: &'a Context,
    guild: GuildId,
    /// What the bot may grant.
    mine: Permissions,
    bot: UserId,
}

impl Maker<'_> {
    fn refused(&self, what: &str, err: &serenity::Error) -> String {
        tracing::warn!(error = %err, "creating {what} for /setup failed");
        t!(
            self.lang,
            "setup-create-failed",
            what = what.to_string(),
            error = err.to_string()
        )
    }

    /// A role by name: the existing one, or a new mentionable one (so its pings reach).
    async fn role(&self, name: &str) -> Result<(u64, bool), String> {
        if !self.mine.manage_roles() {
            return Err(t!(
                self.lang,
                "setup-create-needs-manage-roles",
                role = name.to_string()
            ));
        }
        let existing = self
            .guild
            .roles(&self.ctx.http)
            .await
            .map_err(|e| self.refused(name, &e))?;
        if let Some(r) = existing.values().find(|r| r.name == name) {
            return Ok((r.id.get(), false));
        }
        let made = self
            .guild
            .create_role(&self.ctx.http, EditRole::new().name(name).mentionable(true))
            .await
            .map_err(|e| self.refused(name, &e))?;
        Ok((made.id.get(), true))
    }

    async fn tier_roles(&self, s: &ServerSettings) -> Made {
        let mut tiers = s.tier_roles.clone();
        let mut made = Vec::new();
        let mut failed = None;
        for n in tiers.len() + 1..=3 {
            let name = format!("{TIER_ROLE} {n}");
            let (id, new) = match self.role(&name).await {
                Ok(r) => r,
                Err(why) => {
                    failed = Some(why);
                    break;
                }
            };
            if tiers.contains(&id) {
                continue;
            }
            tiers.push(id);
            made.push(t!(
                self.lang,
                "setup-made-role",
                new = yes(new),
                role = format!("<@&{id}>")
            ));
        }
        if made.is_empty() {
            return Err(failed.unwrap_or_else(|| t!(self.lang, "setup-every-tier-has-a-role")));
        }
        let mut said = t!(self.lang, "setup-made-tier-roles", roles = made.join(", "));
        if let Some(why) = failed {
            said.push_str(&format!(" ⚠️ {why}"));
        }
        // Agents see the private ticket threads and the log, if those channels are set.
        let new_roles: Vec<u64> = tiers[s.tier_roles.len()..].to_vec();
        for (channel, allow) in [
            (s.ticket_channel, staff_in_tickets()),
            (s.log_channel, staff_in_log()),
        ] {
            let Some(channel) = channel else { continue };
            for role in &new_roles {
                let o = self.overwrite(
                    PermissionOverwriteType::Role(RoleId::new(*role)),
                    allow,
                    Permissions::empty(),
                );
                if let Err(err) = ChannelId::new(channel)
                    .create_permission(&self.ctx.http, o)
                    .await
                {
                    tracing::warn!(error = %err, "letting a tier role see a channel failed");
                    said.push_str(" ⚠️ ");
                    said.push_str(&t!(
                        self.lang,
                        "setup-cannot-show-channel",
                        role = format!("<@&{role}>"),
                        channel = format!("<#{channel}>"),
                        error = err.to_string()
                    ));
                }
            }
        }
        said.push(' ');
        said.push_str(&t!(self.lang, "setup-give-tier-roles"));
        Ok((vec![("tier_roles".into(), Some(ids(&tiers)))], said))
    }

    async fn on_call_role(&self) -> Made {
        let (id, new) = self.role(ON_CALL_ROLE).await?;
        Ok((
            vec![("on_call_role".into(), Some(id.to_string()))],
            t!(
                self.lang,
                "setup-made-on-call",
                new = yes(new),
                role = format!("<@&{id}>")
            ),
        ))
    }

    /// A text channel by name: the existing one, or a new one with `overwrites`.
    async fn channel(
        &self,
        name: &str,
        topic: &str,
        overwrites: Vec<PermissionOverwrite>,
    ) -> Result<(u64, bool), String> {
        let existing = self
            .guild
            .channels(&self.ctx.http)
            .await
            .map_err(|e| self.refused(&format!("#{name}"), &e))?;
        if let Some(c) = existing
            .values()
            .find(|c| c.name == name && c.kind == ChannelType::Text)
        {
            return Ok((c.id.get(), false));
        }
        if !self.mine.manage_channels() {
            return Err(t!(
                self.lang,
                "setup-create-needs-manage-channels",
                channel = name.to_string()
            ));
        }
        let made = self
            .guild
            .create_channel(
                &self.ctx.http,
                CreateChannel::new(name)
                    .kind(ChannelType::Text)
                    .topic(topic)
                    .permissions(overwrites),
            )
            .await
            .map_err(|e| self.refused(&format!("#{name}"), &e))?;
        Ok((made.id.get(), true))
    }

    /// An overwrite with only what the bot may grant.
    fn overwrite(
        &self,
        kind: PermissionOverwriteType,
        allow: Permissions,
        deny: Permissions,
    ) -> PermissionOverwrite {
        PermissionOverwrite {
            allow: allow & self.mine,
            deny: deny & self.mine,
            kind,
        }
    }

    /// The overwrites of a staff-only or staff-run channel: `@everyone`, the bot, agents and
    /// moderators.
    fn overwrites(
        &self,
        s: &ServerSettings,
        everyone: (Permissions, Permissions),
        staff: Permissions,
        bot: Permissions,
    ) -> Vec<PermissionOverwrite> {
        let everyone_role = RoleId::new(self.guild.get());
        let mut list = vec![
            self.overwrite(
                PermissionOverwriteType::Role(everyone_role),
                everyone.0,
                everyone.1,
            ),
            self.overwrite(
                PermissionOverwriteType::Member(self.bot),
                bot,
                Permissions::empty(),
            ),
        ];
        let mut staff_roles: Vec<u64> = s.tier_roles.clone();
        staff_roles.extend(
            s.moderator_roles
                .iter()
                .filter(|r| !s.tier_roles.contains(r)),
        );
        for r in staff_roles {
            list.push(self.overwrite(
                PermissionOverwriteType::Role(RoleId::new(r)),
                staff,
                Permissions::empty(),
            ));
        }
        list
    }

    async fn help_channel(&self, s: &ServerSettings) -> Made {
        let (id, new) = self
            .channel(HELP, &t!(self.server_lang, "setup-topic-help"), Vec::new())
            .await?;
        let mut watched = s.support_channels.clone();
        if watched.contains(&id) {
            return Err(t!(
                self.lang,
                "setup-already-watched",
                channel = format!("<#{id}>")
            ));
        }
        watched.push(id);
        Ok((
            vec![("support_channels".into(), Some(ids(&watched)))],
            t!(
                self.lang,
                "setup-made-help",
                new = yes(new),
                channel = format!("<#{id}>")
            ),
        ))
    }

    async fn ticket_channel(&self, s: &ServerSettings) -> Made {
        let overwrites =
            self.overwrites(s, member_in_tickets(), staff_in_tickets(), bot_in_tickets());
        let (id, new) = self
            .channel(
                TICKETS,
                &t!(self.server_lang, "setup-topic-tickets"),
                overwrites,
            )
            .await?;
        Ok((
            vec![("ticket_channel".into(), Some(id.to_string()))],
            t!(
                self.lang,
                "setup-made-tickets",
                new = yes(new),
                channel = format!("<#{id}>")
            ),
        ))
    }

    async fn log_channel(&self, s: &ServerSettings) -> Made {
        let hidden = (Permissions::empty(), Permissions::VIEW_CHANNEL);
        let overwrites = self.overwrites(s, hidden, staff_in_log(), bot_in_log());
        let (id, new) = self
            .channel(LOG, &t!(self.server_lang, "setup-topic-log"), overwrites)
            .await?;
        Ok((
            vec![("log_channel".into(), Some(id.to_string()))],
            t!(
                self.lang,
                "setup-made-log",
                new = yes(new),
                channel = format!("<#{id}>")
            ),
        ))
    }
}

/// Whether a role or channel was made now, as the `setup-made-` messages select on it.
fn yes(new: bool) -> &'static str {
    if new {
        "yes"
    } else {
        "no"
    }
}

fn ids(v: &[u64]) -> String {
    v.iter().map(u64::to_string).collect::<Vec<_>>().join(",")
}
