//! Buttons and forms: "Solved" and "Talk to a human" under an auto-answer, and the topic form
//! of `/ticket open` without a topic. Their custom ids are built and parsed here only.

use super::opening::{self, OnBehalf};
use super::reply::{HandlerError, Msg, Reply};
use super::{render, Bot};
use crate::tickets::{MessageId, UserId};
use serenity::all::{
    ActionRowComponent, ComponentInteraction, ComponentInteractionDataKind, Context,
    ModalInteraction,
};

/// Button ids on an answer: `answer:solved:<asker>` and `answer:human:<asker>`.
const SOLVED: &str = "answer:solved";
const HUMAN: &str = "answer:human";
/// The form that asks for a ticket's topic, and its one field.
pub const OPEN_FORM: &str = "ticket:open";
pub const OPEN_FORM_TOPIC: &str = "topic";

/// A button the bot put on a message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Button {
    /// The asker says the auto-answer solved it.
    Solved { asker: u64 },
    /// The asker wants a human: opens a ticket.
    Human { asker: u64 },
}

impl Button {
    /// The custom id to put on the button.
    pub fn custom_id(self) -> String {
        match self {
            Button::Solved { asker } => format!("{SOLVED}:{asker}"),
            Button::Human { asker } => format!("{HUMAN}:{asker}"),
        }
    }

    /// Reads a custom id; none for one this bot does not make.
    pub fn parse(id: &str) -> Option<Button> {
        let (kind, asker) = id.rsplit_once(':')?;
        let asker = asker.parse().ok()?;
        match kind {
            SOLVED => Some(Button::Solved { asker }),
            HUMAN => Some(Button::Human { asker }),
            _ => None,
        }
    }
}

/// The select menu id of "Answer with knowledge base": `kb:answer:<message>:<author>`.
const ANSWER_WITH: &str = "kb:answer";

/// A select menu the bot showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    /// The entries to answer a member's message (`message`, by `author`) with.
    AnswerWith { message: u64, author: u64 },
}

impl Menu {
    /// The custom id to put on the menu.
    pub fn custom_id(self) -> String {
        match self {
            Menu::AnswerWith { message, author } => format!("{ANSWER_WITH}:{message}:{author}"),
        }
    }

    /// Reads a custom id; none for one this bot does not make.
    pub fn parse(id: &str) -> Option<Menu> {
        let rest = id.strip_prefix(ANSWER_WITH)?.strip_prefix(':')?;
        let (message, author) = rest.split_once(':')?;
        Some(Menu::AnswerWith {
            message: message.parse().ok()?,
            author: author.parse().ok()?,
        })
    }
}

/// A submitted form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Form {
    /// `/ticket open`'s topic.
    OpenTicket { topic: String },
}

impl Form {
    /// Reads a submitted form; none for one this bot does not make.
    pub fn parse(m: &ModalInteraction) -> Option<Form> {
        if m.data.custom_id != OPEN_FORM {
            return None;
        }
        let topic = m
            .data
            .components
            .iter()
            .flat_map(|row| row.components.iter())
            .find_map(|c| match c {
                ActionRowComponent::InputText(t) if t.custom_id == OPEN_FORM_TOPIC => {
                    t.value.clone()
                }
                _ => None,
            })
            .unwrap_or_default();
        Some(Form::OpenTicket {
            topic: topic.trim().to_string(),
        })
    }
}

/// Handles a button press or a menu choice.
pub async fn on_component<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    c: &'a ComponentInteraction,
) -> Result<Reply<'a>, HandlerError> {
    if let ComponentInteractionDataKind::StringSelect { values } = &c.data.kind {
        return match Menu::parse(&c.data.custom_id) {
            Some(menu) => on_menu(bot, ctx, c, menu, values.first().cloned()).await,
            None => Ok(Reply::ephemeral(render::STALE_BUTTON)),
        };
    }
    let Some(button) = Button::parse(&c.data.custom_id) else {
        return Ok(Reply::ephemeral(render::STALE_BUTTON));
    };
    let presser = c.user.id.get();
    let (Button::Solved { asker } | Button::Human { asker }) = button;
    if presser != asker {
        return Ok(Reply::ephemeral(render::NOT_YOUR_ANSWER));
    }
    let answer = MessageId(c.message.id.get());
    let now = bot.now();
    if let Button::Solved { .. } = button {
        reply_or_refuse(
            bot.desk
                .answer_feedback(answer, UserId(presser), Some(true), now)
                .await,
        )?;
        return Ok(Reply::ephemeral(render::THANKS_SOLVED));
    }
    Ok(Reply::later(async move {
        let question = c
            .message
            .referenced_message
            .as_ref()
            .map(|m| m.content.clone())
            .filter(|q| !q.trim().is_empty())
            .or_else(|| c.message.embeds.first().and_then(|e| e.title.clone()))
            .unwrap_or_else(|| "Help with an automatic answer".to_string());
        let entry = c
            .message
            .embeds
            .first()
            .and_then(|e| e.title.clone())
            .unwrap_or_else(|| "an automatic answer".into());
        let note = render::answer_did_not_help(&entry);
        let roles = c
            .member
            .as_ref()
            .map(|m| m.roles.clone())
            .unwrap_or_default();
        let who = OnBehalf {
            owner: presser,
            agent: bot.actor(presser, &roles),
        };
        let guild = c.guild_id.map(|g| g.get()).unwrap_or_default();
        let opened = opening::open_ticket(
            bot,
            ctx,
            guild,
            who,
            question,
            Some(c.id.get()),
            Some(&note),
        )
        .await?;
        Ok(Msg::ephemeral(match opened {
            Ok((thread, ticket)) => {
                if let Err(err) = bot
                    .desk
                    .answer_feedback(answer, UserId(presser), Some(false), now)
                    .await
                {
                    tracing::warn!(error = %err, "recording that the answer did not help failed");
                }
                render::opened_reply(thread, &ticket)
            }
            Err(refused) => refused,
        }))
    }))
}

/// A desk result whose refusal does not matter here; a storage failure is an internal error.
fn reply_or_refuse<T>(r: Result<T, crate::desk::DeskError>) -> Result<(), HandlerError> {
    match r {
        Ok(_) | Err(crate::desk::DeskError::Refused(_)) => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Handles a submitted form.
pub async fn on_form<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    m: &'a ModalInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let Some(Form::OpenTicket { topic }) = Form::parse(m) else {
        return Ok(Reply::ephemeral(render::STALE_BUTTON));
    };
    if topic.is_empty() {
        return Ok(Reply::refused(crate::tickets::Refusal::EmptyTopic));
    }
    Ok(Reply::later(async move {
        let roles = m
            .member
            .as_ref()
            .map(|mm| mm.roles.clone())
            .unwrap_or_default();
        let user = m.user.id.get();
        let who = OnBehalf {
            owner: user,
            agent: bot.actor(user, &roles),
        };
        let guild = m.guild_id.map(|g| g.get()).unwrap_or_default();
        let opened =
            opening::open_ticket(bot, ctx, guild, who, topic, Some(m.id.get()), None).await?;
        Ok(Msg::ephemeral(match opened {
            Ok((thread, ticket)) => render::opened_reply(thread, &ticket),
            Err(refused) => refused,
        }))
    }))
}

/// An agent chose the entry to answer a member's message with.
async fn on_menu<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    c: &'a ComponentInteraction,
    menu: Menu,
    chosen: Option<String>,
) -> Result<Reply<'a>, HandlerError> {
    let Menu::AnswerWith { message, author } = menu;
    let roles = c
        .member
        .as_ref()
        .map(|m| m.roles.clone())
        .unwrap_or_default();
    if let Err(r) = crate::tickets::rules::may_send_canned(&bot.actor(c.user.id.get(), &roles)) {
        return Ok(Reply::refused(r));
    }
    let kb = bot.kb.current();
    let Some(entry) = chosen.and_then(|id| kb.entry(&id).cloned()) else {
        return Ok(Reply::ephemeral(render::STALE_BUTTON));
    };
    Ok(Reply::later(async move {
        let post = super::canned::Post {
            channel: c.channel_id.get(),
            agent: c.user.id.get(),
            agent_name: &c.user.name,
            agent_roles: &roles,
            reply_to: Some((message, author)),
        };
        Ok(
            match super::canned::post(bot, &ctx.http, post, &entry).await? {
                Ok(done) => Msg::ephemeral(done),
                Err(refusal) => Msg::ephemeral(refusal.to_string()),
            },
        )
    }))
}
