//! Reactions: 1️⃣-5️⃣ in a closed ticket's thread rate it (a changed reaction replaces the
//! rating, a removed one removes it); 👍/👎 on an auto-answer are recorded as feedback.

use super::{render, Bot};
use crate::desk::DeskError;
use crate::tickets::{ChannelId, MessageId, Refusal, Status, UserId};
use serenity::all::{Context, Reaction, ReactionType};

/// Handles a reaction added (`added`) or removed.
pub async fn on_reaction(
    bot: &Bot,
    ctx: &Context,
    r: &Reaction,
    added: bool,
) -> anyhow::Result<()> {
    let Some(user) = r.user_id else { return Ok(()) };
    if user == ctx.cache.current_user().id {
        return Ok(());
    }
    let emoji = match &r.emoji {
        ReactionType::Unicode(s) => s.as_str(),
        _ => return Ok(()),
    };
    let now = bot.now();
    let user = UserId(user.get());
    if let Some(score) = render::rating_of(emoji) {
        let _in_order = bot.ratings_in_order.lock().await;
        return match rating(bot, ctx, r, user, score, added).await {
            Err(DeskError::Store(err)) if added => {
                // Never lose a rating silently: the rater is asked to give it again, in their
                // language (else the server's). A reaction outside a server rates nothing, but
                // has no server language to fall back on: English.
                let lang = match r.guild_id {
                    Some(g) => super::locale::person_lang(bot, user, g.get()).await,
                    None => crate::i18n::Lang::En,
                };
                let text = format!("<@{}>, {}", user.0, render::rating_not_saved(lang));
                let ask =
                    render::notice(&text, &[]).allowed_mentions(render::pings(&[], &[user.0]));
                let _ = r.channel_id.send_message(&ctx.http, ask).await;
                Err(err.into())
            }
            other => other.map_err(Into::into),
        };
    }
    let helpful = match emoji {
        render::THUMBS_UP => Some(true),
        render::THUMBS_DOWN => Some(false),
        _ => return Ok(()),
    };
    let feedback = if added { helpful } else { None };
    bot.desk
        .answer_feedback(MessageId(r.message_id.get()), user, feedback, now)
        .await?;
    Ok(())
}

/// A 1️⃣-5️⃣ reaction in a thread: rates the ticket once it is closed (refusals change
/// nothing); the owner's rating finishes the ticket (thread locked, transcript sent) once the
/// time to change it has passed.
async fn rating(
    bot: &Bot,
    ctx: &Context,
    r: &Reaction,
    user: UserId,
    score: u8,
    added: bool,
) -> Result<(), DeskError> {
    let now = bot.now();
    let ticket = match bot
        .desk
        .ticket_in_thread(ChannelId(r.channel_id.get()))
        .await
    {
        Ok(t) => t,
        Err(DeskError::Refused(Refusal::NotATicket)) => return Ok(()),
        Err(err) => return Err(err),
    };
    if ticket.status != Status::Closed {
        return Ok(());
    }
    if !added {
        // Removing one of several number reactions removes only that score.
        let current = bot.desk.ratings(ticket.id).await?;
        if current.iter().any(|x| x.rater == user && x.score == score) {
            bot.desk.unrate(ticket.id, user, now).await?;
        }
        return Ok(());
    }
    let rated = match bot.desk.rate(ticket.id, user, score, now).await {
        Ok(rated) => rated,
        Err(DeskError::Refused(_)) => return Ok(()),
        Err(err) => return Err(err),
    };
    tracing::info!(
        ticket = ticket.id.0,
        score,
        counted = rated.counted,
        "rating recorded"
    );
    // The owner may change their rating for a short while; the grace clock locks the thread
    // after that. With no time to change it, the first rating locks it at once.
    let settings = &bot.server(ticket.guild.0).await?.settings;
    if rated.counted
        && rated.changed
        && !settings.rating_grace.is_zero()
        && settings.rating_change.is_zero()
    {
        super::tasks::finish(bot, ctx.http.as_ref(), &rated.ticket).await;
    }
    Ok(())
}
