//! Changing a server's own knowledge-base entries, for both front ends (`/kb add|edit|remove`
//! in Discord, the dashboard's gaps page): the validated write of [`crate::kb::edit`] (every
//! problem, nothing written when there is one), the reload of the server's part of the live
//! knowledge base that makes the change answer at once, and the audit in `kb_changes`.
//! Telling the server's log channel is the Discord front end's.

use super::{Desk, DeskError};
use crate::kb::edit::{self, EntryForm, Saved};
use crate::kb::files::What;
use crate::kb::live::{LiveKb, Part};
use crate::kb::{text, Problem};
use crate::store::kb_changes::KbChange;
use crate::tickets::{GuildId, UserId};
use chrono::{DateTime, Utc};
use std::path::Path;
use thiserror::Error;

/// What a change did to an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KbAction {
    Added,
    Updated,
    /// The server's own version of a shared entry.
    Overrode,
    Removed,
}

impl KbAction {
    /// As the audit records it.
    pub fn as_str(self) -> &'static str {
        match self {
            KbAction::Added => "added",
            KbAction::Updated => "updated",
            KbAction::Overrode => "overrode",
            KbAction::Removed => "removed",
        }
    }
}

/// A change made, live and audited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KbChanged {
    pub action: KbAction,
    /// The entry's id.
    pub id: String,
    /// The file written, relative to the responses folder.
    pub file: String,
}

/// Why a change was not made (or not audited).
#[derive(Debug, Error)]
pub enum KbEditError {
    /// The change would not validate (or could not be written): every problem; nothing
    /// was changed.
    #[error("the knowledge base was not changed: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    Invalid(Vec<Problem>),
    /// Written and live, but recording it in the audit failed.
    #[error(transparent)]
    Desk(#[from] DeskError),
}

fn problem(at: &Path, what: What) -> Problem {
    Problem::of(at, what)
}

/// Held while a write reads, changes and writes a server's file, so two changes made at once
/// in this process (a moderator in Discord, another on the dashboard) never lose one another.
static WRITING: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Runs a write off the async workers (reading, validating and indexing take a while), one
/// at a time; a panic in it is a problem, not a crash.
async fn blocking<T: Send + 'static>(
    kb: &LiveKb,
    work: impl FnOnce() -> Result<T, Vec<Problem>> + Send + 'static,
) -> Result<T, KbEditError> {
    let dir = kb.dir().to_path_buf();
    let one_at_a_time = move || {
        let _writing = WRITING.lock().unwrap_or_else(|p| p.into_inner());
        work()
    };
    match tokio::task::spawn_blocking(one_at_a_time).await {
        Ok(done) => done.map_err(KbEditError::Invalid),
        Err(err) => Err(KbEditError::Invalid(vec![problem(
            &dir,
            What::SaveFailed {
                error: err.to_string(),
            },
        )])),
    }
}

/// `file` relative to the responses folder.
fn relative(kb: &LiveKb, file: &Path) -> String {
    file.strip_prefix(kb.dir())
        .unwrap_or(file)
        .display()
        .to_string()
}

/// Patterns to add to an entry: the new ones, trimmed, none the entry (or an earlier one of
/// them) already has in its normalised form.
pub fn new_patterns(existing: &[String], wanted: &[String]) -> Vec<String> {
    let mut seen: Vec<String> = existing.iter().map(|p| text::normalize(p)).collect();
    let mut out = Vec::new();
    for p in wanted.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        let form = text::normalize(p);
        if !seen.contains(&form) {
            seen.push(form);
            out.push(p.to_string());
        }
    }
    out
}

/// Saves `form` in `guild`'s folder and reloads the server's part (live at once; the
/// watcher's reload that follows changes nothing more). Blocking.
fn save_live(
    live: &LiveKb,
    guild: GuildId,
    form: &EntryForm,
    editing: Option<&str>,
) -> Result<Saved, Vec<Problem>> {
    let dir = live.server_dir(guild.0);
    let saved = edit::save(&live.for_server(guild.0), &dir, form, editing)?;
    live.reload_part(Part::Server(guild.0))?;
    Ok(saved)
}

fn action_of(saved: &Saved) -> KbAction {
    match saved {
        Saved::Added(_) => KbAction::Added,
        Saved::Updated(_) => KbAction::Updated,
        Saved::Overrode(_) => KbAction::Overrode,
    }
}

impl Desk {
    /// Saves an entry form for `guild` (`editing`: the id of the entry being edited; none:
    /// a new entry), live at once and audited as `actor`'s.
    pub async fn save_kb_entry(
        &self,
        kb: &LiveKb,
        guild: GuildId,
        actor: UserId,
        form: EntryForm,
        editing: Option<String>,
        at: DateTime<Utc>,
    ) -> Result<KbChanged, KbEditError> {
        let live = kb.clone();
        let id = form.id.clone();
        let saved = blocking(kb, move || {
            save_live(&live, guild, &form, editing.as_deref())
        })
        .await?;
        let file = relative(kb, saved.file());
        self.audit_kb(guild, actor, action_of(&saved), &id, &file, at)
            .await
    }

    /// Adds `patterns` (those the entry has not already) to `guild`'s entry `id`, as
    /// `/kb edit` would save it: a shared entry becomes the server's own version. Refused,
    /// naming `patterns`, when none is new. Returns the change and how many were added.
    pub async fn add_kb_patterns(
        &self,
        kb: &LiveKb,
        guild: GuildId,
        actor: UserId,
        id: &str,
        patterns: &[String],
        at: DateTime<Utc>,
    ) -> Result<(KbChanged, usize), KbEditError> {
        let live = kb.clone();
        let (wanted, id) = (patterns.to_vec(), id.to_string());
        // The entry is read under the same lock as the write: a change made meanwhile is kept.
        let (saved, id, added) = blocking(kb, move || {
            let dir = live.server_dir(guild.0);
            let server = live.for_server(guild.0);
            let Some(entry) = server.entry(&id) else {
                return Err(vec![problem(&dir, What::NoSuchEntry { id })]);
            };
            let added = new_patterns(&entry.patterns, &wanted);
            if added.is_empty() {
                let why = if wanted.iter().all(|p| p.trim().is_empty()) {
                    What::NoPatternChosen
                } else {
                    What::HasEveryPattern { id }
                };
                return Err(vec![problem(&dir, why)]);
            }
            let mut form = EntryForm::of(entry);
            form.patterns.extend(added.iter().cloned());
            let saved = save_live(&live, guild, &form, Some(&form.id))?;
            Ok((saved, form.id, added.len()))
        })
        .await?;
        let file = relative(kb, saved.file());
        let changed = self
            .audit_kb(guild, actor, action_of(&saved), &id, &file, at)
            .await?;
        Ok((changed, added))
    }

    /// Removes `guild`'s own entry `id` (a shared one cannot be removed for one server),
    /// live at once and audited.
    pub async fn remove_kb_entry(
        &self,
        kb: &LiveKb,
        guild: GuildId,
        actor: UserId,
        id: &str,
        at: DateTime<Utc>,
    ) -> Result<KbChanged, KbEditError> {
        let live = kb.clone();
        let gone = id.to_string();
        let file = blocking(kb, move || {
            let file = edit::remove(&live.for_server(guild.0), &gone)?;
            live.reload_part(Part::Server(guild.0))?;
            Ok(file)
        })
        .await?;
        let file = relative(kb, &file);
        self.audit_kb(guild, actor, KbAction::Removed, id, &file, at)
            .await
    }

    async fn audit_kb(
        &self,
        guild: GuildId,
        actor: UserId,
        action: KbAction,
        id: &str,
        file: &str,
        at: DateTime<Utc>,
    ) -> Result<KbChanged, KbEditError> {
        self.record_kb_change(KbChange {
            guild,
            at,
            actor,
            action: action.as_str().into(),
            entry_id: id.into(),
            file: file.into(),
        })
        .await?;
        Ok(KbChanged {
            action,
            id: id.to_string(),
            file: file.to_string(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_new_patterns_are_added_once_each() {
        let existing = vec!["How do I reset my password?".to_string()];
        let wanted: Vec<String> = [
            "how do i reset my password",
            "  ",
            "password reset??",
            "Password reset",
            "forgot my password ",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            new_patterns(&existing, &wanted),
            ["password reset??", "forgot my password"]
        );
        assert!(new_patterns(&existing, &[]).is_empty());
    }
}
