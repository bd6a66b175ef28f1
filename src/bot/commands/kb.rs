//! `/kb send|test|reload|gaps`: the agents' canned answers and the moderators' tuning tools,
//! with autocomplete over entry ids and titles for `/kb send entry`.

use super::{roles, sub, text};
use crate::bot::options::{subcommand, OptionError};
use crate::bot::reply::{or_refuse, HandlerError, Msg, Reply, Response};
use crate::bot::roles::Staff;
use crate::bot::{canned, render, Bot};
use crate::tickets::{rules, ChannelId};
use serenity::all::{AutocompleteChoice, CommandInteraction, Context, CreateCommand};

pub const NAME: &str = "kb";

/// Subcommand names.
pub mod subs {
    pub const SEND: &str = "send";
    pub const TEST: &str = "test";
    pub const RELOAD: &str = "reload";
    pub const GAPS: &str = "gaps";
}

/// Option names.
pub mod opts {
    pub const ENTRY: &str = "entry";
    pub const QUESTION: &str = "question";
}

/// The declaration of `/kb`.
pub fn declare() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("Knowledge base: canned answers and tuning")
        .dm_permission(false)
        .add_option(
            sub(
                subs::SEND,
                "Agents: post a canned answer here (a ticket or any channel)",
            )
            .add_sub_option(
                text(opts::ENTRY, "The entry (id or title)", true).set_autocomplete(true),
            ),
        )
        .add_option(
            sub(subs::TEST, "Moderators: what would the bot answer, and why").add_sub_option(text(
                opts::QUESTION,
                "A question as a member would ask it",
                true,
            )),
        )
        .add_option(sub(
            subs::RELOAD,
            "Moderators: reload the response files now",
        ))
        .add_option(sub(
            subs::GAPS,
            "Moderators: unanswered questions that became tickets",
        ))
}

/// `/kb <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KbCommand {
    Send { entry: String },
    Test { question: String },
    Reload,
    Gaps,
}

impl KbCommand {
    /// Reads `/kb <sub> ...`.
    pub fn parse(cmd: &CommandInteraction) -> Result<KbCommand, OptionError> {
        let s = subcommand(cmd);
        Ok(match s.name.as_str() {
            subs::SEND => KbCommand::Send {
                entry: s.required_text(opts::ENTRY)?,
            },
            subs::TEST => KbCommand::Test {
                question: s.required_text(opts::QUESTION)?,
            },
            subs::RELOAD => KbCommand::Reload,
            subs::GAPS => KbCommand::Gaps,
            _ => return Err(s.unknown(NAME)),
        })
    }
}

/// Runs a `/kb` command.
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    command: KbCommand,
) -> Result<Reply<'a>, HandlerError> {
    let roles = roles(cmd);
    let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
    let actor = server.actor(cmd.user.id.get(), &roles);
    let allowed = match &command {
        KbCommand::Send { .. } => rules::may_send_canned(&actor),
        _ => rules::may_use_tools(&actor, server.is_moderator(&roles)),
    };
    if let Err(r) = allowed {
        return Ok(Reply::refused(r));
    }
    match command {
        KbCommand::Send { entry } => send(bot, ctx, cmd, entry).await,
        KbCommand::Test { question } => {
            let kb = bot.kb.current();
            let m = kb.best_match_in(&question, Some(cmd.channel_id.get()));
            let explained = crate::kb::explain::explain(&kb, &question, &m);
            Ok(Reply::ephemeral(render::code_block(&explained)))
        }
        KbCommand::Reload => Ok(reload(bot)),
        KbCommand::Gaps => {
            let since = bot.now() - chrono::Duration::days(30);
            let gaps = or_refuse!(bot.desk.knowledge_gaps(server.guild, since, 15).await);
            Ok(Reply::ephemeral(render::gaps(&gaps)))
        }
    }
}

/// `/kb reload`: loading (and training) can take seconds, so it is deferred and runs off the
/// async workers; the old base answers until the swap.
fn reload(bot: &Bot) -> Reply<'_> {
    Reply::later(async move {
        let kb = bot.kb.clone();
        let outcome = tokio::task::spawn_blocking(move || kb.reload()).await?;
        Ok(Msg::ephemeral(render::reloaded(
            &outcome,
            render::ReloadedBy::Command,
        )))
    })
}

/// `/kb send <entry>`: posts a canned answer where the agent is: in a ticket as their
/// response, elsewhere as an agent answer in the channel.
async fn send<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    wanted: String,
) -> Result<Reply<'a>, HandlerError> {
    let kb = bot.kb.current();
    let Some(entry) = kb.entry_by_id_or_title(&wanted).cloned() else {
        return Ok(Reply::refused(render::no_such_entry(&wanted)));
    };
    let agent_roles = roles(cmd);
    Ok(Reply::later(async move {
        let post = canned::Post {
            guild: cmd.guild_id.map_or(0, |g| g.get()),
            channel: cmd.channel_id.get(),
            agent: cmd.user.id.get(),
            agent_name: &cmd.user.name,
            agent_roles: &agent_roles,
            reply_to: None,
        };
        Ok(match canned::post(bot, &ctx.http, post, &entry).await? {
            Ok(done) => Msg::ephemeral(done),
            Err(refusal) => Msg::ephemeral(refusal.to_string()),
        })
    }))
}

/// Autocomplete for `/kb send entry`: in a ticket, entries that best match its topic first;
/// then entries whose id or title contains what was typed.
pub async fn autocomplete<'a>(
    bot: &'a Bot,
    cmd: &'a CommandInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let typed = cmd
        .data
        .autocomplete()
        .map(|o| o.value.to_lowercase())
        .unwrap_or_default();
    let kb = bot.kb.current();
    let topic = match bot
        .desk
        .ticket_in_thread(ChannelId(cmd.channel_id.get()))
        .await
    {
        Ok(t) => Some(t.topic),
        Err(crate::desk::DeskError::Refused(_)) => None,
        Err(err) => {
            // Suggestions without the ticket's topic still help; /kb send will tell of the fault.
            tracing::warn!(error = %err, "autocomplete could not read the ticket; suggesting by name");
            None
        }
    };
    let choices = kb
        .suggest(topic.as_deref(), &typed, 25)
        .into_iter()
        .map(|e| {
            let label = match &e.title {
                Some(t) => format!("{} — {}", e.id, t),
                None => e.id.clone(),
            };
            AutocompleteChoice::new(render::clip(&label, 100), e.id.clone())
        })
        .collect();
    Ok(Response::Choices(choices).into())
}
