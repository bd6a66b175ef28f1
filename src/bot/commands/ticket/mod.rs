//! `/ticket ...`: open a private ticket thread; inside one, claim, unclaim, escalate, close,
//! reopen, add, transfer and set the priority, and for agents staff notes and the history
//! ([`staff`]); anywhere, the agents' queue. Refusals are ephemeral, say why,
//! and change nothing.

use super::{roles, sub, text};
use crate::bot::commands::category::category_option;
use crate::bot::opening::{self, OnBehalf};
use crate::bot::options::{subcommand, Expected, Named, OptionError, Unit};
use crate::bot::render::Change;
use crate::bot::reply::{or_refuse, HandlerError, Msg, Reply};
use crate::bot::roles::Staff;
use crate::bot::{render, Bot};
use crate::desk::Server;
use crate::desk::{Outcome, QueueFilter};
use crate::tickets::{rules, Actor, ChannelId, Priority, Ticket, Tier};
use serenity::all::{
    CommandInteraction, CommandOptionType, Context, CreateCommand, CreateCommandOption, EditThread,
    Http,
};

pub const NAME: &str = "ticket";

/// Subcommand names.
pub mod subs {
    pub const OPEN: &str = "open";
    pub const CLAIM: &str = "claim";
    pub const UNCLAIM: &str = "unclaim";
    pub const ESCALATE: &str = "escalate";
    pub const CLOSE: &str = "close";
    pub const REOPEN: &str = "reopen";
    pub const QUEUE: &str = "queue";
    pub const ADD: &str = "add";
    pub const TRANSFER: &str = "transfer";
    pub const PRIORITY: &str = "priority";
    pub const NOTE: &str = "note";
    pub const NOTES: &str = "notes";
    pub const HISTORY: &str = "history";
    pub const CLOSE_REQUEST: &str = "close-request";
    /// The group of `tag add` and `tag remove`.
    pub const TAG: &str = "tag";
    pub const TAG_ADD: &str = "tag add";
    pub const TAG_REMOVE: &str = "tag remove";
    pub const MOVE: &str = "move";
}

/// Option names.
pub mod opts {
    pub const TOPIC: &str = "topic";
    pub const MEMBER: &str = "member";
    pub const REASON: &str = "reason";
    pub const TIER: &str = "tier";
    pub const RESOLUTION: &str = "resolution";
    pub const USER: &str = "user";
    pub const AGENT: &str = "agent";
    pub const LEVEL: &str = "level";
    pub const TEXT: &str = "text";
    pub const TAG: &str = "tag";
    pub const CATEGORY: &str = "category";
}

pub mod close_request;
mod staff;

pub use crate::bot::open_form::TOPIC_MAX;

/// The declaration of `/ticket`.
pub fn declare() -> CreateCommand {
    let user = |name: &str, description: &str, required: bool| {
        CreateCommandOption::new(CommandOptionType::User, name, description).required(required)
    };
    CreateCommand::new(NAME)
        .description("Support tickets: open one, or work one as an agent")
        .dm_permission(false)
        .add_option(
            sub(subs::OPEN, "Open a private ticket with the support team")
                .add_sub_option(
                    text(opts::TOPIC, "What do you need help with?", false).max_length(TOPIC_MAX),
                )
                .add_sub_option(user(
                    opts::MEMBER,
                    "Agents: open it on behalf of this member",
                    false,
                ))
                .add_sub_option(category_option(
                    opts::CATEGORY,
                    "What it is about (its team answers)",
                    false,
                )),
        )
        .add_option(sub(subs::CLAIM, "Agents: take this ticket"))
        .add_option(sub(
            subs::UNCLAIM,
            "Agents: give this ticket back to the queue",
        ))
        .add_option(
            sub(subs::ESCALATE, "Agents: hand this ticket to a higher tier")
                .add_sub_option(
                    text(opts::REASON, "Why it needs a higher tier", false).max_length(300),
                )
                .add_sub_option(
                    CreateCommandOption::new(
                        CommandOptionType::Integer,
                        opts::TIER,
                        "Escalate straight to this tier",
                    )
                    .min_int_value(2)
                    .max_int_value(9)
                    .required(false),
                ),
        )
        .add_option(
            sub(subs::CLOSE, "Close this ticket").add_sub_option(
                text(opts::RESOLUTION, "How it was resolved", false).max_length(500),
            ),
        )
        .add_option(sub(subs::REOPEN, "Reopen this closed ticket"))
        .add_option(
            sub(
                subs::QUEUE,
                "Agents: open tickets by priority (urgent first), then oldest",
            )
            .add_sub_option(tag_option("Only tickets with this tag", false))
            .add_sub_option(category_option(
                opts::CATEGORY,
                "Only tickets in this category",
                false,
            )),
        )
        .add_option(
            sub(subs::MOVE, "Agents: move this ticket to another category").add_sub_option(
                category_option(opts::CATEGORY, "The category (its team takes over)", true),
            ),
        )
        .add_option(
            CreateCommandOption::new(
                CommandOptionType::SubCommandGroup,
                subs::TAG,
                "Agents: this ticket's tags",
            )
            .add_sub_option(
                sub("add", "Put a tag on this ticket")
                    .add_sub_option(tag_option("The tag (/tag list shows them)", true)),
            )
            .add_sub_option(
                sub("remove", "Take a tag off this ticket")
                    .add_sub_option(tag_option("The tag", true)),
            ),
        )
        .add_option(
            sub(subs::ADD, "Add someone to this ticket's thread").add_sub_option(user(
                opts::USER,
                "Who to add",
                true,
            )),
        )
        .add_option(
            sub(
                subs::TRANSFER,
                "Agents: hand this claimed ticket to another agent",
            )
            .add_sub_option(user(opts::AGENT, "The agent taking over", true)),
        )
        .add_option(
            sub(subs::PRIORITY, "Agents: set this ticket's priority").add_sub_option(
                Priority::ALL.into_iter().fold(
                    text(opts::LEVEL, "Low, normal, high or urgent", true),
                    |o, p| o.add_string_choice(p.as_str(), p.as_str()),
                ),
            ),
        )
        .add_option(
            sub(
                subs::NOTE,
                "Agents: a note only agents see, never the member",
            )
            .add_sub_option(
                text(opts::TEXT, "The note", true)
                    .max_length(u16::try_from(crate::desk::NOTE_MAX).unwrap_or(1000)),
            ),
        )
        .add_option(
            sub(
                subs::CLOSE_REQUEST,
                "Agents: ask the member whether this ticket may close",
            )
            .add_sub_option(
                text(
                    opts::REASON,
                    "What was done (becomes the resolution)",
                    false,
                )
                .max_length(500),
            ),
        )
        .add_option(sub(subs::NOTES, "Agents: this ticket's staff notes"))
        .add_option(sub(
            subs::HISTORY,
            "Agents: everything that happened to this ticket",
        ))
}

/// A tag option, completed from the server's tags.
fn tag_option(description: &str, required: bool) -> CreateCommandOption {
    text(opts::TAG, description, required)
        .max_length(32)
        .set_autocomplete(true)
}

/// `/ticket <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TicketCommand {
    /// Without a topic, a form asks for one.
    Open {
        topic: Option<String>,
        member: Option<Named>,
        category: Option<String>,
    },
    Queue {
        tag: Option<String>,
        category: Option<String>,
    },
    /// A subcommand used inside a ticket's thread.
    Here(InThread),
}

/// The subcommands that act on the ticket whose thread they are used in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InThread {
    Claim,
    Unclaim,
    Escalate {
        reason: Option<String>,
        tier: Option<Tier>,
    },
    Close {
        resolution: Option<String>,
    },
    Reopen,
    Add {
        user: Named,
    },
    Transfer {
        agent: Named,
    },
    Priority {
        level: Priority,
    },
    Note {
        text: String,
    },
    Notes,
    History,
    CloseRequest {
        reason: Option<String>,
    },
    /// Put a tag on (`on`) or take it off.
    Tag {
        name: String,
        on: bool,
    },
    Move {
        category: String,
    },
}

impl TicketCommand {
    /// Reads `/ticket <sub> ...`.
    pub fn parse(cmd: &CommandInteraction) -> Result<TicketCommand, OptionError> {
        let s = subcommand(cmd);
        let here = TicketCommand::Here;
        Ok(match s.name.as_str() {
            subs::OPEN => TicketCommand::Open {
                topic: s.text(opts::TOPIC)?,
                member: s.user(opts::MEMBER)?,
                category: s.text(opts::CATEGORY)?,
            },
            subs::QUEUE => TicketCommand::Queue {
                tag: s.text(opts::TAG)?,
                category: s.text(opts::CATEGORY)?,
            },
            subs::MOVE => here(InThread::Move {
                category: s.required_text(opts::CATEGORY)?,
            }),
            subs::TAG_ADD | subs::TAG_REMOVE => here(InThread::Tag {
                name: s.required_text(opts::TAG)?,
                on: s.name == subs::TAG_ADD,
            }),
            subs::CLAIM => here(InThread::Claim),
            subs::UNCLAIM => here(InThread::Unclaim),
            subs::ESCALATE => here(InThread::Escalate {
                reason: s.text(opts::REASON)?,
                tier: s
                    .int(opts::TIER, 1..=9, Unit::Tier)?
                    .and_then(|t| u8::try_from(t).ok())
                    .map(Tier),
            }),
            subs::CLOSE => here(InThread::Close {
                resolution: s.text(opts::RESOLUTION)?,
            }),
            subs::REOPEN => here(InThread::Reopen),
            subs::ADD => here(InThread::Add {
                user: s.required_user(opts::USER)?,
            }),
            subs::TRANSFER => here(InThread::Transfer {
                agent: s.required_user(opts::AGENT)?,
            }),
            subs::NOTE => here(InThread::Note {
                text: s.required_text(opts::TEXT)?,
            }),
            subs::NOTES => here(InThread::Notes),
            subs::CLOSE_REQUEST => here(InThread::CloseRequest {
                reason: s.text(opts::REASON)?,
            }),
            subs::HISTORY => here(InThread::History),
            subs::PRIORITY => {
                let level = s.required_text(opts::LEVEL)?;
                here(InThread::Priority {
                    level: Priority::parse(&level)
                        .ok_or_else(|| s.invalid(opts::LEVEL, Expected::Priority))?,
                })
            }
            _ => return Err(s.unknown(NAME)),
        })
    }
}

/// Runs a `/ticket` command.
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    command: TicketCommand,
) -> Result<Reply<'a>, HandlerError> {
    let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
    let roles = roles(cmd);
    let actor = server.actor(cmd.user.id.get(), &roles);
    match command {
        TicketCommand::Open {
            topic,
            member,
            category,
        } => {
            let category = match category {
                Some(name) => match server.category_named(&name) {
                    Some(c) => Some(c.clone()),
                    None => {
                        return Ok(Reply::refused(crate::tickets::Refusal::NoSuchCategory(
                            crate::tickets::text::one_line(&name)
                                .chars()
                                .take(40)
                                .collect(),
                        )))
                    }
                },
                None => None,
            };
            let actor = server.actor_on(actor.user.0, &roles, category.as_ref().map(|c| c.id));
            let owner = member
                .map(|m| m.id)
                .filter(|m| *m != actor.user.0)
                .unwrap_or(actor.user.0);
            match (topic, category) {
                (Some(topic), Some(c)) if c.form.is_empty() => {
                    Ok(open(bot, ctx, cmd, actor, owner, topic, Some(c.id)))
                }
                (Some(topic), None) => Ok(open(bot, ctx, cmd, actor, owner, topic, None)),
                (topic, category) => {
                    crate::bot::open_form::start(
                        bot,
                        &server,
                        actor,
                        owner,
                        category.as_ref(),
                        topic.as_deref(),
                    )
                    .await
                }
            }
        }
        TicketCommand::Queue { tag, category } => {
            queue(bot, &server, &roles, actor, tag, category).await
        }
        TicketCommand::Here(action) => in_thread(bot, ctx, cmd, &server, &roles, action).await,
    }
}

/// `/ticket open <topic> [member] [category]`: creating the thread takes a few calls, so it
/// is deferred.
fn open<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    actor: Actor,
    owner: u64,
    topic: String,
    category: Option<crate::tickets::CategoryId>,
) -> Reply<'a> {
    Reply::later(async move {
        let guild = cmd.guild_id.map(|g| g.get()).unwrap_or_default();
        let who = OnBehalf {
            owner,
            agent: actor,
        };
        let ask = opening::Ask {
            guild,
            who,
            topic,
            interaction: Some(cmd.id.get()),
            note: None,
            category,
            answers: Vec::new(),
        };
        let opened = opening::open_ticket(bot, ctx, ask).await?;
        Ok(Msg::ephemeral(match opened {
            Ok((thread, ticket)) => {
                render::opened_reply(crate::bot::locale::lang(), thread, &ticket)
            }
            Err(refused) => refused,
        }))
    })
}

/// `/ticket queue [tag] [category]`: agents see the open tickets, by priority then oldest;
/// a category's team (without a tier role) sees its categories' tickets.
async fn queue<'a>(
    bot: &'a Bot,
    server: &Server,
    roles: &[serenity::all::RoleId],
    actor: Actor,
    tag: Option<String>,
    category: Option<String>,
) -> Result<Reply<'a>, HandlerError> {
    let teams = server.teams_of(roles);
    let (actor, mut only) = if actor.is_agent() || teams.is_empty() {
        (actor, None)
    } else {
        (Actor::agent(actor.user, Tier::FIRST), Some(teams))
    };
    if let Err(r) = rules::may_see_queue(&actor) {
        return Ok(Reply::refused(r));
    }
    if let Some(name) = category {
        let Some(c) = server.category_named(&name) else {
            return Ok(Reply::refused(crate::tickets::Refusal::NoSuchCategory(
                crate::tickets::text::one_line(&name)
                    .chars()
                    .take(40)
                    .collect(),
            )));
        };
        only = Some(match only {
            Some(teams) => teams.into_iter().filter(|t| *t == c.id).collect(),
            None => vec![c.id],
        });
    }
    let tag = match tag.as_deref().map(crate::desk::tag_name).transpose() {
        Ok(t) => t,
        Err(r) => return Ok(Reply::refused(r)),
    };
    let now = bot.now();
    let filter = QueueFilter {
        guild: Some(server.guild),
        include_claimed: true,
        tag,
        categories: only,
        ..QueueFilter::default()
    };
    let q = or_refuse!(bot.desk.queue(now, filter).await);
    Ok(Reply::ephemeral(render::queue(
        crate::bot::locale::lang(),
        &q,
        now,
    )))
}

/// The outcome of a desk change, or `return`s the refusal, or why nothing changed.
macro_rules! changed {
    ($change:expr, $by:expr, $call:expr) => {{
        let outcome: Outcome = or_refuse!($call);
        if outcome.already {
            // Only the person who asked sees it: their language.
            let why = render::already(crate::bot::locale::lang(), $change, &outcome.ticket, $by);
            return Ok(Reply::ephemeral(why));
        }
        outcome
    }};
}

/// The subcommands used inside a ticket's thread.
async fn in_thread<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    server: &Server,
    roles: &[serenity::all::RoleId],
    action: InThread,
) -> Result<Reply<'a>, HandlerError> {
    let thread = cmd.channel_id;
    let ticket = or_refuse!(bot.desk.ticket_in_thread(ChannelId(thread.get())).await);
    if ticket.guild != server.guild {
        // A ticket of another server is no ticket here.
        return Ok(Reply::refused(crate::tickets::Refusal::NotATicket));
    }
    // A category's team works its tickets at tier 1.
    let actor = server.actor_on(cmd.user.id.get(), roles, ticket.category);
    let (now, id, user) = (bot.now(), ticket.id, actor.user.0);
    Ok(match action {
        InThread::Claim => {
            let o = changed!(Change::Claim, user, bot.desk.claim(id, actor, now).await);
            follow(ctx, thread, &o.ticket).await;
            // A post in the thread: its owner's language.
            let lang = crate::bot::locale::owner_lang(bot, &o.ticket).await;
            Reply::public(render::claimed(lang, &o.ticket, user))
        }
        InThread::Unclaim => {
            let o = changed!(
                Change::Unclaim,
                user,
                bot.desk.unclaim(id, actor, now).await
            );
            // A post in the thread: its owner's language.
            let lang = crate::bot::locale::owner_lang(bot, &o.ticket).await;
            Reply::public(render::released(lang, &o.ticket, user))
        }
        InThread::Transfer { agent } => {
            let to = server.actor_on(agent.id, &agent.roles, ticket.category);
            let o = changed!(
                Change::Transfer,
                user,
                bot.desk.transfer(id, actor, to, now).await
            );
            follow(ctx, thread, &o.ticket).await;
            let lang = crate::bot::locale::owner_lang(bot, &o.ticket).await;
            Reply::public(render::transferred(lang, &o.ticket))
        }
        InThread::Escalate { reason, tier } => {
            let o = changed!(
                Change::Escalate,
                user,
                bot.desk
                    .escalate(id, actor, tier, reason.clone(), now)
                    .await
            );
            // Said in the thread in its owner's language, in the log channel in the server's.
            let lang = crate::bot::locale::owner_lang(bot, &o.ticket).await;
            let said = render::escalated(lang, &o.ticket, Some(user), reason.as_deref(), false);
            let roles = server.notify_roles(&o.notify);
            let guild = server.guild.0;
            Reply::public(said).then(async move {
                let note = render::notice(&render::tier_needed(lang, &o.ticket), &roles);
                thread.send_message(&ctx.http, note).await?;
                let log_lang = crate::bot::locale::server_lang(bot, guild).await;
                let logged =
                    render::escalated(log_lang, &o.ticket, Some(user), reason.as_deref(), false);
                bot.post_log(&ctx.http, guild, &logged).await;
                Ok(())
            })
        }
        InThread::Close { resolution } => {
            let o = changed!(
                Change::Close,
                user,
                bot.desk.close(id, actor, resolution, now).await
            );
            // Only the agent who closed it sees it: their language.
            Reply::ephemeral(render::closed_reply(crate::bot::locale::lang(), &o.ticket))
                .then(async move { close_thread(bot, &ctx.http, &o.ticket).await })
        }
        InThread::Reopen => {
            let o = changed!(Change::Reopen, user, bot.desk.reopen(id, actor, now).await);
            thread
                .edit_thread(&ctx.http, EditThread::new().archived(false).locked(false))
                .await?;
            let roles = server.notify_roles(&o.notify);
            // Posts in the thread: its owner's language.
            let lang = crate::bot::locale::owner_lang(bot, &o.ticket).await;
            Reply::public(render::reopened(lang, &o.ticket, user)).then(async move {
                let holders = crate::bot::roles::notify_agents(&o.notify);
                if !roles.is_empty() || !holders.is_empty() {
                    let note = render::needs_an_agent_again(lang, &roles, &holders);
                    thread.send_message(&ctx.http, note).await?;
                }
                Ok(())
            })
        }
        InThread::Priority { level } => {
            let was = ticket.priority;
            let o = changed!(
                Change::Priority,
                user,
                bot.desk.set_priority(id, actor, level, now).await
            );
            // Said in the thread in its owner's language, in the log channel in the server's.
            let lang = crate::bot::locale::owner_lang(bot, &o.ticket).await;
            let said = render::priority_set(lang, &o.ticket, was, user);
            let roles = server.notify_roles(&o.notify);
            let server_on_call = server.settings.on_call_role.is_some();
            let guild = server.guild.0;
            Reply::public(said).then(async move {
                if o.ticket.priority == crate::tickets::Priority::Urgent {
                    let on_call =
                        o.notify.contains(&crate::tickets::Notify::UrgentRole) && server_on_call;
                    let urgent = render::made_urgent(lang, &o.ticket, on_call);
                    let note = render::notice(&urgent, &roles);
                    thread.send_message(&ctx.http, note).await?;
                }
                let log_lang = crate::bot::locale::server_lang(bot, guild).await;
                let logged = render::priority_set(log_lang, &o.ticket, was, user);
                bot.post_log(&ctx.http, guild, &logged).await;
                Ok(())
            })
        }
        InThread::Note { text } => staff::note(bot, &ticket, &actor, &text).await?,
        InThread::Notes => staff::notes(bot, &ticket, &actor).await?,
        InThread::Tag { name, on } => staff::tag(bot, &ticket, &actor, &name, on).await?,
        InThread::CloseRequest { reason } => {
            close_request::ask(bot, ctx, &ticket, &actor, reason).await?
        }
        InThread::History => staff::history(bot, &ticket, &actor).await?,
        InThread::Move { category } => {
            let o = or_refuse!(bot.desk.move_ticket(id, actor, &category, now).await);
            let server = bot.server(server.guild.0).await?;
            let to = server.category(o.ticket.category).cloned();
            // Said in the thread in its owner's language, in the log channel in the server's.
            let lang = crate::bot::locale::owner_lang(bot, &o.ticket).await;
            let said = render::moved(lang, &o.ticket, to.as_ref(), user);
            let roles = server.notify_roles(&o.notify);
            let guild = server.guild.0;
            Reply::public(said).then(async move {
                let named = EditThread::new().name(render::thread_name(&o.ticket, to.as_ref()));
                if let Err(err) = thread.edit_thread(&ctx.http, named).await {
                    tracing::warn!(error = %err, "renaming the moved ticket's thread failed");
                }
                let team = render::needs_team(lang, &o.ticket, to.as_ref());
                let note = render::notice(&team, &roles);
                thread.send_message(&ctx.http, note).await?;
                let log_lang = crate::bot::locale::server_lang(bot, guild).await;
                let logged = render::moved(log_lang, &o.ticket, to.as_ref(), user);
                bot.post_log(&ctx.http, guild, &logged).await;
                Ok(())
            })
        }
        InThread::Add { user: target } => {
            if let Err(r) = rules::may_add_member(&ticket, &actor) {
                return Ok(Reply::refused(r));
            }
            thread
                .add_thread_member(&ctx.http, serenity::all::UserId::new(target.id))
                .await?;
            // A post in the thread: its owner's language.
            let lang = crate::bot::locale::owner_lang(bot, &ticket).await;
            Reply::public(render::added(lang, user, target.id))
        }
    })
}

/// The agent who holds a ticket is in its thread (followed, notified of replies).
async fn follow(ctx: &Context, thread: serenity::all::ChannelId, t: &Ticket) {
    if let Some(holder) = t.claimed_by {
        let member = serenity::all::UserId::new(holder.0);
        if let Err(err) = thread.add_thread_member(&ctx.http, member).await {
            tracing::warn!(error = %err, "adding the agent to the ticket thread failed");
        }
    }
}

/// After a close: the rating prompt with its reactions. The thread is locked and the
/// transcript sent once the owner rates, or after the grace period.
pub async fn close_thread(bot: &Bot, http: &Http, t: &Ticket) -> Result<(), HandlerError> {
    let Some(thread) = t.thread else {
        return Ok(());
    };
    let thread = serenity::all::ChannelId::new(thread.0);
    let server = bot.server(t.guild.0).await?;
    let (grace_time, change) = (server.settings.rating_grace, server.settings.rating_change);
    let grace = grace_time.as_secs() / 3600;
    let lang = crate::bot::locale::owner_lang(bot, t).await;
    if !t.was_answered() {
        // Nobody answered: nothing to rate, no CSAT. The grace clock still locks it later.
        thread
            .send_message(http, render::closed_unanswered(lang, t, grace))
            .await?;
        if grace_time.is_zero() {
            crate::bot::tasks::finish(bot, http, t).await;
        }
        return Ok(());
    }
    let prompt = thread
        .send_message(
            http,
            render::rating_prompt(lang, t, grace, change.as_secs() / 60),
        )
        .await?;
    for emoji in render::RATING_EMOJI {
        prompt
            .react(
                http,
                serenity::all::ReactionType::Unicode(emoji.to_string()),
            )
            .await?;
    }
    if grace_time.is_zero() {
        crate::bot::tasks::finish(bot, http, t).await;
    }
    Ok(())
}
