//! `/tag add name [description]`, `/tag remove name`, `/tag list`: the server's tags, kept by
//! its moderators (and members with Manage Server; agents may list them). Changes are told in
//! the log channel. Agents put tags on tickets with `/ticket tag add|remove`.

use super::{sub, text};
use crate::bot::options::{subcommand, OptionError};
use crate::bot::reply::{or_refuse, HandlerError, Reply, Response};
use crate::bot::{render, Bot};
use crate::desk::{Tag, MAX_TAGS};
use crate::tickets::{GuildId, Refusal, UserId};
use serenity::all::{AutocompleteChoice, CommandInteraction, Context, CreateCommand};

pub const NAME: &str = "tag";

/// Subcommand names.
pub mod subs {
    pub const ADD: &str = "add";
    pub const REMOVE: &str = "remove";
    pub const LIST: &str = "list";
}

/// Option names.
pub mod opts {
    pub const NAME: &str = "name";
    pub const DESCRIPTION: &str = "description";
}

/// The declaration of `/tag`.
pub fn declare() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("The server's ticket tags")
        .dm_permission(false)
        .add_option(
            sub(subs::ADD, "Moderators: add a tag agents can put on tickets")
                .add_sub_option(
                    text(opts::NAME, "Lowercase letters, digits and hyphens", true).max_length(32),
                )
                .add_sub_option(text(opts::DESCRIPTION, "What it is for", false).max_length(100)),
        )
        .add_option(
            sub(
                subs::REMOVE,
                "Moderators: remove a tag (and take it off every ticket)",
            )
            .add_sub_option(
                text(opts::NAME, "The tag", true)
                    .max_length(32)
                    .set_autocomplete(true),
            ),
        )
        .add_option(sub(
            subs::LIST,
            "The tags, with how many tickets carry each",
        ))
}

/// `/tag <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagCommand {
    Add { name: String, description: String },
    Remove { name: String },
    List,
}

impl TagCommand {
    /// Reads `/tag <sub> ...`.
    pub fn parse(cmd: &CommandInteraction) -> Result<TagCommand, OptionError> {
        let s = subcommand(cmd);
        match s.name.as_str() {
            subs::ADD => Ok(TagCommand::Add {
                name: s.required_text(opts::NAME)?,
                description: s.text(opts::DESCRIPTION)?.unwrap_or_default(),
            }),
            subs::REMOVE => Ok(TagCommand::Remove {
                name: s.required_text(opts::NAME)?,
            }),
            subs::LIST => Ok(TagCommand::List),
            _ => Err(s.unknown(NAME)),
        }
    }
}

/// Runs a `/tag` command.
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    command: TagCommand,
) -> Result<Reply<'a>, HandlerError> {
    let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
    let listing = command == TagCommand::List;
    if let Some(r) = super::moderators_only(&server, cmd, listing, Refusal::TagsModeratorsOnly) {
        return Ok(Reply::refused(r));
    }
    let guild = server.guild;
    let by = cmd.user.id.get();
    let (said, log) = match command {
        TagCommand::List => {
            let tags = or_refuse!(bot.desk.tags(guild).await);
            return Ok(Reply::ephemeral(listed(&tags)));
        }
        TagCommand::Add { name, description } => {
            let name = or_refuse!(
                bot.desk
                    .create_tag(guild, &name, &description, UserId(by), bot.now())
                    .await
            );
            (
                format!("Added the tag `{name}`; agents put it on tickets with `/ticket tag add`."),
                format!("<@{by}> added the tag `{name}`."),
            )
        }
        TagCommand::Remove { name } => {
            let n = or_refuse!(bot.desk.remove_tag(guild, &name).await);
            let name = crate::desk::tag_name(&name).unwrap_or_default();
            (
                format!("Removed the tag `{name}` (it was on {n} ticket(s))."),
                format!("<@{by}> removed the tag `{name}` (it was on {n} ticket(s))."),
            )
        }
    };
    Ok(Reply::ephemeral(said).then(async move {
        bot.post_log(&ctx.http, guild.0, &log).await;
        Ok(())
    }))
}

fn listed(tags: &[Tag]) -> String {
    if tags.is_empty() {
        return "This server has no tags yet; moderators add them with `/tag add`.".to_string();
    }
    let lines: Vec<String> = tags
        .iter()
        .map(|t| {
            let about = if t.description.is_empty() {
                String::new()
            } else {
                format!(": {}", render::inert(&t.description))
            };
            format!("- `{}`{about} ({} ticket(s))", t.name, t.tickets)
        })
        .collect();
    render::clip(
        &format!(
            "**Tags** ({} of at most {MAX_TAGS}):\n{}",
            tags.len(),
            lines.join("\n")
        ),
        render::MAX_CONTENT,
    )
}

/// Autocomplete of a tag option (`/tag remove`, `/ticket tag`, `/ticket queue`): the
/// server's tags containing what was typed.
pub async fn autocomplete<'a>(
    bot: &'a Bot,
    cmd: &'a CommandInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let typed = crate::bot::options::typed(cmd);
    let guild = GuildId(cmd.guild_id.map_or(0, |g| g.get()));
    let tags = bot.desk.tags(guild).await?;
    let choices = tags
        .into_iter()
        .filter(|t| t.name.contains(typed.trim_start_matches('#')))
        .take(25)
        .map(|t| AutocompleteChoice::new(t.name.clone(), t.name))
        .collect();
    Ok(Response::Choices(choices).into())
}
