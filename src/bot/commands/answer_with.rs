//! The message menu command "Answer with knowledge base": an agent picks a member's message
//! (right click → Apps), chooses an entry from the best matches for it, and the bot replies
//! to that message with the entry as the agent's answer (see [`crate::bot::canned`]).

use super::roles;
use crate::bot::components::Menu;
use crate::bot::reply::{HandlerError, Msg, Reply};
use crate::bot::{render, Bot};
use crate::tickets::rules;
use serenity::all::{
    CommandInteraction, CommandType, CreateActionRow, CreateCommand, CreateSelectMenu,
    CreateSelectMenuKind, CreateSelectMenuOption,
};

/// The menu entry's name, as Discord shows it.
pub const NAME: &str = "Answer with knowledge base";

/// How many entries the picker offers (Discord's limit for a select menu).
const CHOICES: usize = 25;

/// The declaration: a message command (no options, no description).
pub fn declare() -> CreateCommand {
    CreateCommand::new(NAME)
        .kind(CommandType::Message)
        .dm_permission(false)
}

/// Shows the agent the best matching entries for the picked message.
pub async fn run<'a>(bot: &'a Bot, cmd: &'a CommandInteraction) -> Result<Reply<'a>, HandlerError> {
    let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
    let actor = crate::bot::roles::actor_in_channel(
        bot,
        &server,
        cmd.user.id.get(),
        &roles(cmd),
        cmd.channel_id.get(),
    )
    .await;
    if let Err(r) = rules::may_send_canned(&actor) {
        return Ok(Reply::refused(r));
    }
    let target = cmd
        .data
        .target_id
        .and_then(|id| cmd.data.resolved.messages.get(&id.to_message_id()));
    let Some(target) = target else {
        return Ok(Reply::ephemeral(render::pick_a_message(
            crate::bot::locale::lang(),
        )));
    };
    if target.author.bot {
        return Ok(Reply::ephemeral(render::pick_a_message(
            crate::bot::locale::lang(),
        )));
    }
    let kb = bot.kb.for_server(server.guild.0);
    let suggested = kb.suggest(Some(&target.content), "", CHOICES);
    if suggested.is_empty() {
        return Ok(Reply::ephemeral(render::no_entries(
            crate::bot::locale::lang(),
        )));
    }
    let options: Vec<CreateSelectMenuOption> = suggested
        .iter()
        .map(|e| {
            let label = match &e.title {
                Some(t) => format!("{} — {}", e.id, t),
                None => e.id.clone(),
            };
            CreateSelectMenuOption::new(render::clip(&label, 100), e.id.clone())
        })
        .collect();
    let menu = Menu::AnswerWith {
        message: target.id.get(),
        author: target.author.id.get(),
    };
    let select = CreateSelectMenu::new(menu.custom_id(), CreateSelectMenuKind::String { options })
        .placeholder(crate::t!(
            crate::bot::locale::lang(),
            "answer-with-placeholder"
        ));
    let mut msg = Msg::ephemeral(render::pick_an_entry(
        crate::bot::locale::lang(),
        &target.content,
    ));
    msg.components = vec![CreateActionRow::SelectMenu(select)];
    Ok(msg.into())
}
