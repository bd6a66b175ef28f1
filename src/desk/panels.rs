//! Ticket panels as the desk keeps them: where each was posted and what it says. The front end
//! posts (or edits) the message; the desk checks the words and remembers the panel.

use super::{Desk, DeskError};
use crate::store::panels::Panel;
use crate::tickets::{text, GuildId, Refusal, UserId};
use chrono::{DateTime, Utc};

/// The longest panel title (an embed title holds 256 characters).
pub const PANEL_TITLE_MAX: usize = 256;
/// The longest panel description.
pub const PANEL_DESCRIPTION_MAX: usize = 2000;

/// A panel's title and description as typed, checked: a title on one line, 1 to 256
/// characters; a description of at most 2 000.
pub fn panel_words(title: &str, description: &str) -> Result<(String, String), Refusal> {
    let title = text::one_line(title).trim().to_string();
    let description = text::clean(description).trim().to_string();
    let (t, d) = (title.chars().count(), description.chars().count());
    let mut problems = Vec::new();
    if t == 0 || !text::is_visible(&title) {
        problems.push("title: a panel needs a title".to_string());
    } else if t > PANEL_TITLE_MAX {
        problems.push(format!(
            "title: {t} characters, the most is {PANEL_TITLE_MAX}"
        ));
    }
    if d > PANEL_DESCRIPTION_MAX {
        problems.push(format!(
            "description: {d} characters, the most is {PANEL_DESCRIPTION_MAX}"
        ));
    }
    if problems.is_empty() {
        Ok((title, description))
    } else {
        Err(Refusal::BadPanel(problems.join("\n")))
    }
}

impl Desk {
    /// Remembers a panel the front end posted; returns it with its id.
    pub async fn record_panel(
        &self,
        mut panel: Panel,
        by: UserId,
        now: DateTime<Utc>,
    ) -> Result<Panel, DeskError> {
        panel.id = self.store.insert_panel(&panel, by, now).await?;
        Ok(panel)
    }

    /// Saves a panel's new words and style.
    pub async fn update_panel(&self, panel: &Panel) -> Result<(), DeskError> {
        if self.store.update_panel(panel).await? {
            Ok(())
        } else {
            Err(Refusal::NoSuchPanel.into())
        }
    }

    /// `guild`'s panels, oldest first.
    pub async fn panels(&self, guild: GuildId) -> Result<Vec<Panel>, DeskError> {
        Ok(self.store.panels(guild).await?)
    }

    /// One of `guild`'s panels, or a "no such panel" refusal.
    pub async fn panel(&self, guild: GuildId, id: i64) -> Result<Panel, DeskError> {
        self.panels(guild)
            .await?
            .into_iter()
            .find(|p| p.id == id)
            .ok_or_else(|| Refusal::NoSuchPanel.into())
    }

    /// Forgets one of `guild`'s panels.
    pub async fn remove_panel(&self, guild: GuildId, id: i64) -> Result<(), DeskError> {
        if self.store.delete_panel(guild, id).await? {
            Ok(())
        } else {
            Err(Refusal::NoSuchPanel.into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panel_words_are_checked() {
        assert_eq!(
            panel_words(" Get help \n", " Press a button. ").unwrap(),
            ("Get help".to_string(), "Press a button.".to_string())
        );
        let e = panel_words("", &"d".repeat(2001)).unwrap_err().to_string();
        assert!(e.contains("title: a panel needs a title"), "{e}");
        assert!(e.contains("description: 2001 characters"), "{e}");
    }
}
