//! Which language the bot speaks to whom:
//! - a reply to an interaction: the language of the member who interacted (the interaction's
//!   `locale`), set for the whole handling by the reply seam ([`scope`], read with [`lang`]);
//! - a post in a ticket's thread: its owner's language, remembered from their interactions
//!   ([`remember_later`], [`owner_lang`]), else the server's;
//! - a post in a channel: the server's language (its Discord community locale).

use super::Bot;
use crate::i18n::Lang;
use crate::tickets::{Ticket, UserId};
use std::future::Future;
use std::sync::Arc;

tokio::task_local! {
    static LANG: Lang;
}

/// The language of the person being answered; English outside an interaction's handling.
pub fn lang() -> Lang {
    LANG.try_with(|l| *l).unwrap_or(Lang::En)
}

/// Runs `work` answering in `lang` (what [`lang`] returns inside it).
pub async fn scope<F: Future>(lang: Lang, work: F) -> F::Output {
    LANG.scope(lang, work).await
}

/// The server's language: its `language` setting, else its community locale as its
/// GUILD_CREATE said, else English.
pub async fn server_lang(bot: &Bot, guild: u64) -> Lang {
    match bot.server(guild).await.map(|s| s.settings.language) {
        Ok(Some(lang)) => return lang,
        Ok(None) => {}
        Err(err) => tracing::debug!(error = %err, "reading the server's language failed"),
    }
    bot.guild_locales
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&guild)
        .map_or(Lang::En, |l| Lang::negotiate(l))
}

/// The language to post to a ticket's owner in: theirs if they ever used the bot, else the
/// server's.
pub async fn owner_lang(bot: &Bot, ticket: &Ticket) -> Lang {
    person_lang(bot, ticket.owner, ticket.guild.0).await
}

/// `user`'s language if they ever used the bot, else `guild`'s.
pub async fn person_lang(bot: &Bot, user: UserId, guild: u64) -> Lang {
    let known = bot
        .locales_seen
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .get(&user.0)
        .map(|l| Lang::negotiate(l));
    if let Some(l) = known {
        return l;
    }
    match bot.desk.language_of(user).await {
        Ok(Some(l)) => l,
        Ok(None) => server_lang(bot, guild).await,
        Err(err) => {
            tracing::debug!(error = %err, "reading a member's language failed");
            server_lang(bot, guild).await
        }
    }
}

/// Remembers the locale `user` interacted in, when it is new or changed, in a task of its own
/// (never in the way of the answer).
pub fn remember_later(bot: Arc<Bot>, user: u64, locale: &str) {
    {
        let mut seen = bot.locales_seen.lock().unwrap_or_else(|p| p.into_inner());
        if seen.get(&user).map(String::as_str) == Some(locale) {
            return;
        }
        // Known at once to this process; written to the database for the others and later.
        seen.insert(user, locale.to_string());
    }
    let locale = locale.to_string();
    tokio::spawn(async move {
        if let Err(err) = bot
            .desk
            .remember_locale(UserId(user), &locale, bot.now())
            .await
        {
            tracing::debug!(error = %err, "remembering a locale failed");
            // Tried again the next time they interact.
            bot.locales_seen
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&user);
        }
    });
}
