//! `/setup`: sets Concierge up in this server from Discord, for members with Manage Server
//! (Discord shows it only to them; the bot checks the permission it computed for the
//! member). The guided flow itself, its menus and "create it for me", is [`crate::bot::setup`].

use super::config::may_manage;
use crate::bot::reply::{HandlerError, Reply};
use crate::bot::{render, setup, Bot};
use serenity::all::{CommandInteraction, CreateCommand, Permissions};

pub const NAME: &str = "setup";

/// The declaration of `/setup` (no options).
pub fn declare() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("Set Concierge up here: agents' roles, help channels, ticket and log channels")
        .dm_permission(false)
        .default_member_permissions(Permissions::MANAGE_GUILD)
}

/// Runs `/setup`: its first step, only to whoever asked.
pub async fn run<'a>(bot: &'a Bot, cmd: &'a CommandInteraction) -> Result<Reply<'a>, HandlerError> {
    if !may_manage(cmd) {
        return Ok(Reply::ephemeral(render::manage_server_only(
            crate::bot::locale::lang(),
        )));
    }
    setup::start(bot, cmd.guild_id.map_or(0, |g| g.get())).await
}
