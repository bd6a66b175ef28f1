//! A member's change to their server's settings from Discord (`/config set|reset`, `/setup`):
//! checked by the settings' validators, audited as theirs, and said in words, one line a
//! changed setting (in whatever language it is told in); what was wrong is said per setting,
//! in the member's language, and nothing is written then.

use super::commands::config::said;
use super::reply::HandlerError;
use super::{render, Bot};
use crate::desk::{DeskError, SettingsError};
use crate::i18n::Lang;
use crate::settings::{keys, Change, Source};
use crate::t;
use crate::tickets::{GuildId, UserId};

/// What a change did.
pub enum Changed {
    /// The settings that changed (none: it was already so).
    Done(Vec<Change>),
    /// Nothing written: each bad setting with what is wrong (`key`: problem), in the
    /// language of the member who asked.
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
        Ok(changed) => Ok(Changed::Done(changed)),
        Err(SettingsError::Invalid(problems)) => {
            let lang = super::locale::lang();
            let lines = problems
                .iter()
                .map(|(k, p)| problem_line(lang, k, &p.text(lang)))
                .collect();
            Ok(Changed::Refused(lines))
        }
        Err(SettingsError::Store(e)) => Err(DeskError::Store(e).into()),
    }
}

fn problem_line(lang: Lang, key: &str, problem: &str) -> String {
    t!(
        lang,
        "config-problem",
        key = key.to_string(),
        problem = render::inert(problem)
    )
}

/// Each change in words, in `lang`.
pub fn described(lang: Lang, changes: &[Change]) -> Vec<String> {
    changes
        .iter()
        .filter_map(|c| keys::by_name(&c.name).map(|k| said(lang, k, c)))
        .collect()
}

/// The log channel's line for one change, in `lang` (the server's); `via`: the command's
/// English name, when not `/config`.
pub fn logged(lang: Lang, actor: UserId, via: Option<&str>, said: &str) -> String {
    let member = format!("<@{}>", actor.0);
    match via {
        Some(via) => t!(
            lang,
            "config-changed-log-via",
            member = member,
            command = format!("/{}", t!(lang, &format!("cmd-{via}"))),
            change = said.to_string()
        ),
        None => t!(
            lang,
            "config-changed-log",
            member = member,
            change = said.to_string()
        ),
    }
}
