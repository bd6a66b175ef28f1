//! A member's change to their server's settings from Discord (`/config set|reset`, `/setup`):
//! checked by the settings' validators, audited as theirs, and said in words, one line a
//! changed setting; what was wrong is said per setting, and nothing is written then.

use super::commands::config::said;
use super::reply::HandlerError;
use super::{render, Bot};
use crate::desk::{DeskError, SettingsError};
use crate::settings::{keys, Source};
use crate::tickets::{GuildId, UserId};

/// What a change did.
pub enum Changed {
    /// Each changed setting in words (none: it was already so).
    Done(Vec<String>),
    /// Nothing written: each bad setting with what is wrong (`key`: problem).
    Refused(Vec<String>),
}

/// Applies `changes` to `guild`'s settings as `actor` did in Discord.
pub async fn change(
    bot: &Bot,
    guild: u64,
    actor: UserId,
    changes: &[(String, Option<String>)],
) -> Result<Changed, HandlerError> {
    let done = bot
        .desk
        .change_settings(
            GuildId(guild),
            changes,
            Some(actor),
            Source::Discord,
            bot.now(),
        )
        .await;
    match done {
        Ok(changed) => Ok(Changed::Done(
            changed
                .iter()
                .filter_map(|c| keys::by_name(&c.name).map(|k| said(k, c)))
                .collect(),
        )),
        Err(SettingsError::Invalid(problems)) => Ok(Changed::Refused(
            problems
                .iter()
                .map(|(k, p)| format!("`{k}`: {}", render::inert(p)))
                .collect(),
        )),
        Err(SettingsError::Store(e)) => Err(DeskError::Store(e).into()),
    }
}

/// The log channel's line for one change (`via`: the command, when not `/config`).
pub fn logged(actor: UserId, via: Option<&str>, said: &str) -> String {
    match via {
        Some(via) => format!("<@{}> changed a setting with {via}: {said}", actor.0),
        None => format!("<@{}> changed a setting: {said}", actor.0),
    }
}
