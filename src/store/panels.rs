//! The `panels` table: the ticket panels the bot posted in each server (where, and the title,
//! description and style a moderator gave them).

use super::{ts, with_pool, Store, StoreError};
use crate::tickets::{ChannelId, GuildId, MessageId, UserId};
use chrono::{DateTime, Utc};

/// How a panel offers the categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PanelStyle {
    /// Buttons for up to five categories, a select menu for more.
    Auto,
    /// One button per category (up to 25, five to a row).
    Buttons,
    /// A select menu.
    Menu,
}

impl PanelStyle {
    /// The name stored (and typed in `/panel post style:`).
    pub fn as_str(self) -> &'static str {
        match self {
            PanelStyle::Auto => "auto",
            PanelStyle::Buttons => "buttons",
            PanelStyle::Menu => "menu",
        }
    }

    /// Parses a stored or typed name.
    pub fn parse(s: &str) -> Option<PanelStyle> {
        [PanelStyle::Auto, PanelStyle::Buttons, PanelStyle::Menu]
            .into_iter()
            .find(|p| p.as_str() == s)
    }
}

/// A posted panel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panel {
    pub id: i64,
    pub guild: GuildId,
    pub channel: ChannelId,
    pub message: MessageId,
    pub title: String,
    pub description: String,
    pub style: PanelStyle,
}

type PanelRow = (i64, i64, i64, i64, String, String, String);

const COLS: &str = "id, guild_id, channel_id, message_id, title, description, style";

fn panel(r: PanelRow) -> Result<Panel, StoreError> {
    Ok(Panel {
        id: r.0,
        guild: GuildId::from_db(r.1),
        channel: ChannelId::from_db(r.2),
        message: MessageId::from_db(r.3),
        title: r.4,
        description: r.5,
        style: PanelStyle::parse(&r.6)
            .ok_or_else(|| StoreError::Data(format!("panel {}: style `{}`", r.0, r.6)))?,
    })
}

impl Store {
    /// Records a panel the bot posted; returns its id.
    pub async fn insert_panel(
        &self,
        p: &Panel,
        by: UserId,
        at: DateTime<Utc>,
    ) -> Result<i64, StoreError> {
        Ok(with_pool!(self, |pool| sqlx::query_scalar(
            "INSERT INTO panels (guild_id, channel_id, message_id, title, description, style, \
             created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id"
        )
        .bind(p.guild.to_db())
        .bind(p.channel.to_db())
        .bind(p.message.to_db())
        .bind(&p.title)
        .bind(&p.description)
        .bind(p.style.as_str())
        .bind(by.to_db())
        .bind(ts(at))
        .fetch_one(pool)
        .await)?)
    }

    /// Changes a panel's title, description and style; false if `guild` has no such panel.
    pub async fn update_panel(&self, p: &Panel) -> Result<bool, StoreError> {
        let n = with_pool!(self, |pool| sqlx::query(
            "UPDATE panels SET title = $3, description = $4, style = $5 \
             WHERE guild_id = $1 AND id = $2"
        )
        .bind(p.guild.to_db())
        .bind(p.id)
        .bind(&p.title)
        .bind(&p.description)
        .bind(p.style.as_str())
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n > 0)
    }

    /// `guild`'s panels, oldest first.
    pub async fn panels(&self, guild: GuildId) -> Result<Vec<Panel>, StoreError> {
        let sql = format!("SELECT {COLS} FROM panels WHERE guild_id = $1 ORDER BY id");
        let rows: Vec<PanelRow> = with_pool!(self, |pool| sqlx::query_as(&sql)
            .bind(guild.to_db())
            .fetch_all(pool)
            .await)?;
        rows.into_iter().map(panel).collect()
    }

    /// Forgets a panel; false if `guild` had no such panel.
    pub async fn delete_panel(&self, guild: GuildId, id: i64) -> Result<bool, StoreError> {
        let n = with_pool!(self, |pool| sqlx::query(
            "DELETE FROM panels WHERE guild_id = $1 AND id = $2"
        )
        .bind(guild.to_db())
        .bind(id)
        .execute(pool)
        .await
        .map(|r| r.rows_affected()))?;
        Ok(n > 0)
    }
}
