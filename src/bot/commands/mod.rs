//! The slash commands: one file per command group, each with its declaration, a typed enum
//! of its subcommands parsed once from the interaction, and the handlers. This is the one
//! dispatcher and the registration list.
//!
//! - [`ticket`]: `/ticket open|claim|unclaim|escalate|close|reopen|queue|add|transfer`
//! - [`kb`]: `/kb send|test|reload|gaps|add|edit|remove|list` (and the autocomplete of
//!   `entry`)
//! - [`support`]: `/support stats`, `/support block|unblock|blocks`
//! - [`config`]: `/config show|set|reset` (Manage Server) and `/config delete-data` (owner)
//! - [`setup`]: `/setup`, the guided set-up (Manage Server)
//! - [`tag`]: `/tag add|remove|list`, the server's ticket tags (moderators)
//! - [`category`]: `/category add|edit|remove|list`, the server's ticket categories
//!   (moderators)
//! - [`panel`]: `/panel post|edit|remove|list`, the server's ticket panels (moderators)
//!
//! In a server that is not set up, every command but `/setup` and `/config` says so.

pub mod answer_with;
pub mod category;
pub mod config;
pub mod kb;
pub mod localised;
pub mod panel;
pub mod setup;
pub mod support;
pub mod tag;
pub mod ticket;

use super::options::OptionError;
use super::reply::{HandlerError, Reply};
use super::{render, Bot};
use serenity::all::{
    CommandInteraction, CommandOptionType, Context, CreateCommand, CreateCommandOption, RoleId,
};

/// Every command as declared, in English; [`localised::all`] is what is registered.
pub fn all() -> Vec<CreateCommand> {
    vec![
        ticket::declare(),
        kb::declare(),
        support::declare(),
        config::declare(),
        setup::declare(),
        tag::declare(),
        category::declare(),
        panel::declare(),
        answer_with::declare(),
    ]
}

/// A subcommand option, for the declarations.
pub(crate) fn sub(name: &str, description: &str) -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::SubCommand, name, description)
}

/// A text option, for the declarations.
pub(crate) fn text(name: &str, description: &str, required: bool) -> CreateCommandOption {
    CreateCommandOption::new(CommandOptionType::String, name, description).required(required)
}

/// The roles of whoever used a command.
pub(crate) fn roles(cmd: &CommandInteraction) -> Vec<RoleId> {
    cmd.member
        .as_ref()
        .map(|m| m.roles.clone())
        .unwrap_or_default()
}

/// Who may run a command of the moderators' groups (`/tag`, `/category`): listing is also
/// for agents; the rest is for moderators and members with Manage Server. The refusal, if
/// `cmd`'s user may not (`not_moderator` for a change).
pub(crate) fn moderators_only(
    server: &crate::desk::Server,
    cmd: &CommandInteraction,
    listing: bool,
    not_moderator: crate::tickets::Refusal,
) -> Option<crate::tickets::Refusal> {
    use super::roles::Staff;
    let moderates = super::roles::member_moderates(server, cmd.member.as_deref());
    if listing {
        let actor = server.actor(cmd.user.id.get(), &roles(cmd));
        crate::tickets::rules::may_use_tools(&actor, moderates).err()
    } else {
        (!moderates).then_some(not_moderator)
    }
}

/// A parsed slash command.
pub enum Command {
    Ticket(ticket::TicketCommand),
    Kb(kb::KbCommand),
    Support(support::SupportCommand),
    Config(config::ConfigCommand),
    /// `/setup` (no options).
    Setup,
    Tag(tag::TagCommand),
    Category(category::CategoryCommand),
    Panel(panel::PanelCommand),
    /// The message menu "Answer with knowledge base" (no options).
    AnswerWith,
}

impl Command {
    /// Reads the interaction into a typed command, or says what is wrong with it.
    pub fn parse(cmd: &CommandInteraction) -> Result<Command, OptionError> {
        match cmd.data.name.as_str() {
            ticket::NAME => ticket::TicketCommand::parse(cmd).map(Command::Ticket),
            kb::NAME => kb::KbCommand::parse(cmd).map(Command::Kb),
            support::NAME => support::SupportCommand::parse(cmd).map(Command::Support),
            config::NAME => config::ConfigCommand::parse(cmd).map(Command::Config),
            setup::NAME => Ok(Command::Setup),
            tag::NAME => tag::TagCommand::parse(cmd).map(Command::Tag),
            category::NAME => category::CategoryCommand::parse(cmd).map(Command::Category),
            panel::NAME => panel::PanelCommand::parse(cmd).map(Command::Panel),
            answer_with::NAME => Ok(Command::AnswerWith),
            other => Err(OptionError::UnknownCommand(other.to_string())),
        }
    }
}

/// Handles a slash command: parse, then run its handler.
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let command = match Command::parse(cmd) {
        Ok(c) => c,
        Err(e) => return Ok(Reply::refused(e.text(crate::bot::locale::lang()))),
    };
    // A server that is not set up: only `/setup` and `/config` work there, to set it up.
    if !matches!(command, Command::Config(_) | Command::Setup) {
        let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
        if !server.settings.is_set_up() {
            return Ok(Reply::ephemeral(render::not_set_up(
                crate::bot::locale::lang(),
            )));
        }
    }
    match command {
        Command::Ticket(c) => ticket::run(bot, ctx, cmd, c).await,
        Command::Kb(c) => kb::run(bot, ctx, cmd, c).await,
        Command::Support(c) => support::run(bot, ctx, cmd, c).await,
        Command::Config(c) => config::run(bot, ctx, cmd, c).await,
        Command::Setup => setup::run(bot, cmd).await,
        Command::Tag(c) => tag::run(bot, ctx, cmd, c).await,
        Command::Category(c) => category::run(bot, ctx, cmd, c).await,
        Command::Panel(c) => panel::run(bot, ctx, cmd, c).await,
        Command::AnswerWith => answer_with::run(bot, cmd).await,
    }
}

/// Handles an autocomplete request (`/kb send entry`, `/config set|reset key`).
pub async fn autocomplete<'a>(
    bot: &'a Bot,
    cmd: &'a CommandInteraction,
) -> Result<Reply<'a>, HandlerError> {
    match cmd.data.name.as_str() {
        kb::NAME => kb::autocomplete(bot, cmd).await,
        config::NAME => Ok(config::autocomplete(cmd)),
        _ if cmd.data.autocomplete().is_some_and(|o| {
            o.name == ticket::opts::CATEGORY || cmd.data.name == category::NAME
        }) =>
        {
            category::autocomplete(bot, cmd).await
        }
        panel::NAME => panel::autocomplete(bot, cmd).await,
        tag::NAME | ticket::NAME => tag::autocomplete(bot, cmd).await,
        _ => Ok(super::reply::Response::Nothing.into()),
    }
}
