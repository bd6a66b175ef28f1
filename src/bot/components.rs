//! Buttons and forms: "Solved" and "Talk to a human" under an auto-answer, and the topic form
//! of `/ticket open` without a topic. Their custom ids are built and parsed here only.

use super::commands::ticket::close_request;
use super::opening::{self, OnBehalf};
use super::reply::{HandlerError, Msg, Reply};
use super::{render, Bot};
use crate::bot::roles::Staff;
use crate::desk::NewAnswer;
use crate::t;
use crate::tickets::{ChannelId, MessageId, UserId};
use serenity::all::{
    ComponentInteraction, ComponentInteractionDataKind, Context, ModalInteraction,
};

/// Button ids on an answer: `answer:solved:<asker>:<score %>:<entry>` and
/// `answer:human:<asker>:<score %>:<entry>`. The answer they sit on is described by the
/// button itself, so it works even when recording the answer failed (the database was
/// down): pressing it records the answer then. Older buttons carry only the asker.
const SOLVED: &str = "answer:solved";
const HUMAN: &str = "answer:human";

/// Which button under an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerButton {
    /// The asker says the auto-answer solved it.
    Solved,
    /// The asker wants a human: opens a ticket.
    Human,
}

/// The auto-answer a button sits on: who asked, the entry that answered and how sure it was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    pub asker: u64,
    /// None on buttons made before answers described themselves.
    pub entry: Option<String>,
    /// The match score in percent.
    pub score_percent: u8,
}

/// A button the bot put on a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub kind: AnswerButton,
    pub answer: Answered,
}

impl Button {
    /// The custom id to put on the button (at most 100 characters: entry ids are at most
    /// [`crate::kb::MAX_ID_CHARS`] long).
    pub fn custom_id(&self) -> String {
        let kind = match self.kind {
            AnswerButton::Solved => SOLVED,
            AnswerButton::Human => HUMAN,
        };
        let a = &self.answer;
        match &a.entry {
            Some(entry) => format!("{kind}:{}:{}:{entry}", a.asker, a.score_percent),
            None => format!("{kind}:{}", a.asker),
        }
    }

    /// Reads a custom id; none for one this bot does not make.
    pub fn parse(id: &str) -> Option<Button> {
        let (kind, rest) = if let Some(rest) = id.strip_prefix(SOLVED) {
            (AnswerButton::Solved, rest)
        } else {
            (AnswerButton::Human, id.strip_prefix(HUMAN)?)
        };
        let mut parts = rest.strip_prefix(':')?.splitn(3, ':');
        let asker = parts.next()?.parse().ok()?;
        let answer = match (parts.next(), parts.next()) {
            (None, _) => Answered {
                asker,
                entry: None,
                score_percent: 0,
            },
            (Some(score), Some(entry)) if !entry.is_empty() => Answered {
                asker,
                entry: Some(entry.to_string()),
                score_percent: score.parse().ok().filter(|s| *s <= 100)?,
            },
            _ => return None,
        };
        Some(Button { kind, answer })
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

/// Handles a button press or a menu choice.
pub async fn on_component<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    c: &'a ComponentInteraction,
) -> Result<Reply<'a>, HandlerError> {
    if let Some((close, ticket)) = close_request::parse(&c.data.custom_id) {
        return close_request::on_button(bot, ctx, c, close, ticket).await;
    }
    if c.data.custom_id.starts_with(super::panels::PREFIX) {
        return super::panels::on_press(bot, c).await;
    }
    if c.data.custom_id.starts_with(super::setup::PREFIX) {
        return super::setup::on_component(bot, ctx, c).await;
    }
    if let ComponentInteractionDataKind::StringSelect { values } = &c.data.kind {
        return match Menu::parse(&c.data.custom_id) {
            Some(menu) => on_menu(bot, ctx, c, menu, values.first().cloned()).await,
            None => Ok(Reply::ephemeral(
                render::stale_button(super::locale::lang()),
            )),
        };
    }
    if c.data
        .custom_id
        .starts_with(super::commands::config::DELETE_BUTTON)
    {
        return super::commands::config::confirm_delete(bot, ctx, c).await;
    }
    let Some(button) = Button::parse(&c.data.custom_id) else {
        return Ok(Reply::ephemeral(
            render::stale_button(super::locale::lang()),
        ));
    };
    let presser = c.user.id.get();
    if presser != button.answer.asker {
        return Ok(Reply::ephemeral(render::not_your_answer(
            super::locale::lang(),
        )));
    }
    let now = bot.now();
    if button.kind == AnswerButton::Solved {
        reply_or_refuse(feedback(bot, c, &button.answer, true, now).await)?;
        return Ok(Reply::ephemeral(render::thanks_solved(
            super::locale::lang(),
        )));
    }
    Ok(Reply::later(async move {
        let question = c
            .message
            .referenced_message
            .as_ref()
            .map(|m| m.content.clone())
            .filter(|q| !q.trim().is_empty())
            .or_else(|| c.message.embeds.first().and_then(|e| e.title.clone()))
            .unwrap_or_else(|| t!(super::locale::lang(), "answer-ticket-topic"));
        let entry = c
            .message
            .embeds
            .first()
            .and_then(|e| e.title.clone())
            .unwrap_or_else(|| t!(super::locale::lang(), "answer-untitled"));
        // A line of the intro, which is in the owner's language: the presser is the owner.
        let note = render::answer_did_not_help(super::locale::lang(), &entry);
        let roles = c
            .member
            .as_ref()
            .map(|m| m.roles.clone())
            .unwrap_or_default();
        let guild = c.guild_id.map(|g| g.get()).unwrap_or_default();
        let who = OnBehalf {
            owner: presser,
            agent: bot.server(guild).await?.actor(presser, &roles),
        };
        let ask = opening::Ask {
            guild,
            who,
            topic: question,
            interaction: Some(c.id.get()),
            note: Some(&note),
            category: None,
            answers: Vec::new(),
        };
        let opened = opening::open_ticket(bot, ctx, ask).await?;
        Ok(Msg::ephemeral(match opened {
            Ok((thread, ticket)) => {
                if let Err(err) = feedback(bot, c, &button.answer, false, now).await {
                    tracing::warn!(error = %err, "recording that the answer did not help failed");
                }
                render::opened_reply(super::locale::lang(), thread, &ticket)
            }
            Err(refused) => refused,
        }))
    }))
}

/// Records the asker's verdict on the answer `c` sits on. An answer the database missed
/// (it was unavailable when the bot posted it) is recorded now, from the button: it was
/// shown, so it counts. False only for an old button on an unrecorded answer.
async fn feedback(
    bot: &Bot,
    c: &ComponentInteraction,
    answer: &Answered,
    helpful: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<bool, crate::desk::DeskError> {
    let message = MessageId(c.message.id.get());
    let asker = UserId(answer.asker);
    if bot
        .desk
        .answer_feedback(message, asker, Some(helpful), now)
        .await?
    {
        return Ok(true);
    }
    let Some(entry) = &answer.entry else {
        tracing::warn!("feedback on an answer that was never recorded (an old button)");
        return Ok(false);
    };
    let posted =
        chrono::DateTime::from_timestamp(c.message.timestamp.unix_timestamp(), 0).unwrap_or(now);
    let record = NewAnswer {
        message_id: message,
        guild: crate::tickets::GuildId(c.guild_id.map_or(0, |g| g.get())),
        channel: ChannelId(c.channel_id.get()),
        asker,
        entry_id: entry.clone(),
        score: f64::from(answer.score_percent) / 100.0,
        at: posted,
    };
    bot.desk.record_auto_answer(record).await?;
    tracing::info!(entry = %entry, "recorded an answer the database had missed, from its button");
    bot.desk
        .answer_feedback(message, asker, Some(helpful), now)
        .await
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
    if let Some((editing, form)) = super::kb_edit::parse_form(m) {
        return super::kb_edit::on_form(bot, ctx, m, editing, form).await;
    }
    if m.data.custom_id.starts_with(super::commands::panel::FORM) {
        return super::commands::panel::on_form(bot, ctx, m).await;
    }
    if let Some(editing) = super::commands::category::form::Editing::parse(&m.data.custom_id) {
        return super::commands::category::form::on_form(bot, ctx, m, editing).await;
    }
    match super::open_form::OpenForm::parse(&m.data.custom_id) {
        Some(form) => super::open_form::on_form(bot, ctx, m, form).await,
        None => Ok(Reply::ephemeral(
            render::stale_button(super::locale::lang()),
        )),
    }
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
    let server = bot.server(c.guild_id.map_or(0, |g| g.get())).await?;
    let actor = crate::bot::roles::actor_in_channel(
        bot,
        &server,
        c.user.id.get(),
        &roles,
        c.channel_id.get(),
    )
    .await;
    if let Err(r) = crate::tickets::rules::may_send_canned(&actor) {
        return Ok(Reply::refused(r));
    }
    let kb = bot.kb.for_server(server.guild.0);
    let Some(entry) = chosen.and_then(|id| kb.entry(&id).cloned()) else {
        return Ok(Reply::ephemeral(
            render::stale_button(super::locale::lang()),
        ));
    };
    Ok(Reply::later(async move {
        let post = super::canned::Post {
            guild: c.guild_id.map_or(0, |g| g.get()),
            channel: c.channel_id.get(),
            agent: c.user.id.get(),
            agent_name: &c.user.name,
            agent_roles: &roles,
            reply_to: Some((message, author)),
        };
        Ok(
            match super::canned::post(bot, &ctx.http, post, &entry).await? {
                Ok(done) => Msg::ephemeral(done),
                Err(refusal) => Msg::ephemeral(refusal.text(super::locale::lang())),
            },
        )
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_button_describes_its_answer_and_reads_back() {
        let b = Button {
            kind: AnswerButton::Human,
            answer: Answered {
                asker: u64::MAX,
                entry: Some("e".repeat(crate::kb::MAX_ID_CHARS)),
                score_percent: 100,
            },
        };
        let id = b.custom_id();
        assert!(id.len() <= 100, "Discord's limit: {} characters", id.len());
        assert_eq!(Button::parse(&id), Some(b));
    }

    #[test]
    fn older_buttons_still_read() {
        let b = Button::parse("answer:solved:42").unwrap();
        assert_eq!(b.kind, AnswerButton::Solved);
        assert_eq!((b.answer.asker, b.answer.entry), (42, None));
        assert_eq!(
            Button::parse("answer:solved:42:101:x"),
            None,
            "score over 100"
        );
        assert_eq!(Button::parse("answer:solved:42:90:"), None, "no entry");
        assert_eq!(Button::parse("answer:other:42"), None);
    }
}
