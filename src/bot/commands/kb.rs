//! `/kb send|test|reload|gaps|add|edit|remove|list`: the agents' canned answers, the
//! moderators' tuning tools and their editing of the server's own entries (see
//! [`crate::bot::kb_edit`]), with autocomplete over entry ids and titles for `entry`.

use super::{roles, sub, text};
use crate::bot::options::{subcommand, OptionError, Unit};
use crate::bot::reply::{or_refuse, HandlerError, Msg, Reply, Response};
use crate::bot::roles::Staff;
use crate::bot::{canned, kb_edit, render, Bot};
use crate::tickets::{rules, ChannelId};
use serenity::all::{AutocompleteChoice, CommandInteraction, Context, CreateCommand};

pub const NAME: &str = "kb";

/// Subcommand names.
pub mod subs {
    pub const SEND: &str = "send";
    pub const TEST: &str = "test";
    pub const RELOAD: &str = "reload";
    pub const GAPS: &str = "gaps";
    pub const ADD: &str = "add";
    pub const EDIT: &str = "edit";
    pub const REMOVE: &str = "remove";
    pub const LIST: &str = "list";
}

/// Option names.
pub mod opts {
    pub const ENTRY: &str = "entry";
    pub const QUESTION: &str = "question";
    pub const PAGE: &str = "page";
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
        .add_option(sub(subs::ADD, "Moderators: a new entry for this server"))
        .add_option(
            sub(subs::EDIT, "Moderators: change an entry for this server").add_sub_option(
                text(opts::ENTRY, "The entry (id or title)", true).set_autocomplete(true),
            ),
        )
        .add_option(
            sub(
                subs::REMOVE,
                "Moderators: remove one of this server's entries",
            )
            .add_sub_option(
                text(opts::ENTRY, "The entry (id or title)", true).set_autocomplete(true),
            ),
        )
        .add_option(
            sub(
                subs::LIST,
                "Moderators: the entries this server answers from",
            )
            .add_sub_option(
                serenity::all::CreateCommandOption::new(
                    serenity::all::CommandOptionType::Integer,
                    opts::PAGE,
                    "The page (20 entries a page)",
                )
                .min_int_value(1)
                .max_int_value(1000)
                .required(false),
            ),
        )
}

/// `/kb <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KbCommand {
    Send { entry: String },
    Test { question: String },
    Reload,
    Gaps,
    Add,
    Edit { entry: String },
    Remove { entry: String },
    List { page: usize },
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
            subs::ADD => KbCommand::Add,
            subs::EDIT => KbCommand::Edit {
                entry: s.required_text(opts::ENTRY)?,
            },
            subs::REMOVE => KbCommand::Remove {
                entry: s.required_text(opts::ENTRY)?,
            },
            subs::LIST => KbCommand::List {
                page: s
                    .int(opts::PAGE, 1..=1000, Unit::Page)?
                    .and_then(|p| usize::try_from(p).ok())
                    .unwrap_or(1),
            },
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
    let actor = match &command {
        // A category's team may send canned answers in its tickets.
        KbCommand::Send { .. } => {
            crate::bot::roles::actor_in_channel(
                bot,
                &server,
                cmd.user.id.get(),
                &roles,
                cmd.channel_id.get(),
            )
            .await
        }
        _ => server.actor(cmd.user.id.get(), &roles),
    };
    let guild = server.guild.0;
    if matches!(
        command,
        KbCommand::Add | KbCommand::Edit { .. } | KbCommand::Remove { .. }
    ) && !kb_edit::may_edit(
        &server,
        &roles,
        cmd.member.as_ref().and_then(|m| m.permissions),
    ) {
        return Ok(Reply::ephemeral(render::kb_edit_only(
            crate::bot::locale::lang(),
        )));
    }
    let allowed = match &command {
        KbCommand::Send { .. } => rules::may_send_canned(&actor),
        KbCommand::Add | KbCommand::Edit { .. } | KbCommand::Remove { .. } => Ok(()),
        _ => rules::may_use_tools(&actor, server.is_moderator(&roles)),
    };
    if let Err(r) = allowed {
        return Ok(Reply::refused(r));
    }
    match command {
        KbCommand::Send { entry } => send(bot, ctx, cmd, entry).await,
        KbCommand::Test { question } => {
            let kb = bot.kb.for_server(server.guild.0);
            let m = kb.best_match_in(&question, Some(cmd.channel_id.get()));
            let mut explained = crate::kb::explain::explain(
                &m.base,
                &question,
                &m.found,
                crate::bot::locale::lang(),
            );
            if m.found.answer.is_some() && !std::sync::Arc::ptr_eq(&m.base, &kb.shared) {
                explained.push('\n');
                explained.push_str(&crate::t!(
                    crate::bot::locale::lang(),
                    "kb-test-own-entries"
                ));
            }
            Ok(Reply::ephemeral(render::code_block(&explained)))
        }
        KbCommand::Reload => Ok(reload(bot)),
        KbCommand::Gaps => {
            let since = bot.now() - chrono::Duration::days(30);
            let gaps = or_refuse!(bot.desk.knowledge_gaps(server.guild, since, 15).await);
            Ok(Reply::ephemeral(render::gaps(
                crate::bot::locale::lang(),
                &gaps,
            )))
        }
        KbCommand::Add => Ok(kb_edit::open_form(bot, guild, None)),
        KbCommand::Edit { entry } => Ok(kb_edit::open_form(bot, guild, Some(&entry))),
        KbCommand::Remove { entry } => {
            kb_edit::remove(bot, ctx, guild, cmd.user.id.get(), entry).await
        }
        KbCommand::List { page } => Ok(kb_edit::list(bot, guild, page)),
    }
}

/// `/kb reload`: loading (and training) can take seconds, so it is deferred and runs off the
/// async workers; the old base answers until the swap.
fn reload(bot: &Bot) -> Reply<'_> {
    Reply::later(async move {
        let kb = bot.kb.clone();
        let outcome = tokio::task::spawn_blocking(move || kb.reload()).await?;
        Ok(Msg::ephemeral(render::reloaded(
            crate::bot::locale::lang(),
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
    let kb = bot.kb.for_server(cmd.guild_id.map_or(0, |g| g.get()));
    let Some(entry) = kb.entry_by_id_or_title(&wanted).cloned() else {
        return Ok(Reply::refused(render::no_such_entry(
            crate::bot::locale::lang(),
            &wanted,
        )));
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
            Err(refusal) => Msg::ephemeral(refusal.text(crate::bot::locale::lang())),
        })
    }))
}

/// Autocomplete for `/kb send entry`: in a ticket, entries that best match its topic first;
/// then entries whose id or title contains what was typed.
pub async fn autocomplete<'a>(
    bot: &'a Bot,
    cmd: &'a CommandInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let typed = crate::bot::options::typed(cmd);
    let kb = bot.kb.for_server(cmd.guild_id.map_or(0, |g| g.get()));
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
