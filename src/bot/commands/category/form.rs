//! The moderators' form of `/category add|edit`: the name, emoji, description and the
//! questions (one per line) in a modal; the settings given as options ride in its custom id
//! (`category:form:<id, 0 when adding>:<team>:<minutes>:<priority>:<inactivity>`, `-` for one
//! not given). Its answer is the category saved, or every problem at once.

use super::Given;
use crate::bot::options::modal_value;
use crate::bot::reply::{HandlerError, Reply};
use crate::bot::{render, Bot};
use crate::i18n::Lang;
use crate::t;
use crate::tickets::category::{
    form_text, CategoryDraft, DESCRIPTION_MAX, MAX_QUESTIONS, NAME_MAX,
};
use crate::tickets::{Category, CategoryId, GuildId, Priority, UserId};
use serenity::all::{
    Context, CreateActionRow, CreateInputText, CreateModal, InputTextStyle, ModalInteraction,
};

pub const PREFIX: &str = "category:form:";
const NAME: &str = "name";
const EMOJI: &str = "emoji";
const DESCRIPTION: &str = "description";
const QUESTIONS: &str = "questions";

/// A submitted category form: which category (none: a new one) and the settings given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Editing {
    pub id: Option<CategoryId>,
    pub given: Given,
}

fn opt<T: ToString>(v: Option<T>) -> String {
    v.map_or_else(|| "-".to_string(), |v| v.to_string())
}

impl Editing {
    /// The custom id of its modal (at most about 70 characters).
    pub fn custom_id(&self) -> String {
        let g = &self.given;
        format!(
            "{PREFIX}{}:{}:{}:{}:{}",
            self.id.map_or(0, |c| c.0),
            opt(g.team.map(|t| t.unwrap_or(0))),
            opt(g.first_response.map(|m| m.unwrap_or(0))),
            opt(g.priority.map(Priority::as_str)),
            opt(g.inactivity)
        )
    }

    /// Reads a custom id; none for one this bot does not make.
    pub fn parse(id: &str) -> Option<Editing> {
        let mut p = id.strip_prefix(PREFIX)?.split(':');
        let id: i64 = p.next()?.parse().ok()?;
        fn field(s: Option<&str>) -> Option<&str> {
            s.filter(|s| *s != "-")
        }
        let team = match field(p.next()) {
            Some(t) => Some(Some(t.parse::<u64>().ok()?).filter(|t| *t != 0)),
            None => None,
        };
        let first_response = match field(p.next()) {
            Some(m) => Some(Some(m.parse::<u32>().ok()?).filter(|m| *m != 0)),
            None => None,
        };
        let priority = match field(p.next()) {
            Some(pr) => Some(Priority::parse(pr)?),
            None => None,
        };
        let inactivity = match field(p.next()) {
            Some(b) => Some(b.parse::<bool>().ok()?),
            None => None,
        };
        Some(Editing {
            id: (id != 0).then_some(CategoryId(id)),
            given: Given {
                team,
                first_response,
                priority,
                inactivity,
            },
        })
    }
}

/// The modal for a new category (`None`) or to edit `current`, in `lang`.
pub fn modal(lang: Lang, current: Option<&Category>, given: Given) -> CreateModal {
    let editing = Editing {
        id: current.map(|c| c.id),
        given,
    };
    let field = |style, label: &str, id: &str, max: usize, value: Option<String>| {
        let mut f = CreateInputText::new(style, label, id)
            .max_length(u16::try_from(max).unwrap_or(4000))
            .required(id == NAME);
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            f = f.value(v);
        }
        CreateActionRow::InputText(f)
    };
    let title = match current {
        Some(c) => render::clip(
            &t!(lang, "category-form-title-edit", name = c.name.clone()),
            45,
        ),
        None => t!(lang, "category-form-title-new"),
    };
    CreateModal::new(editing.custom_id(), title).components(vec![
        field(
            InputTextStyle::Short,
            &t!(lang, "category-form-name"),
            NAME,
            NAME_MAX,
            current.map(|c| c.name.clone()),
        ),
        field(
            InputTextStyle::Short,
            &t!(lang, "category-form-emoji"),
            EMOJI,
            64,
            current.and_then(|c| c.emoji.clone()),
        ),
        field(
            InputTextStyle::Short,
            &t!(lang, "category-form-description"),
            DESCRIPTION,
            DESCRIPTION_MAX,
            current.map(|c| c.description.clone()),
        ),
        {
            let mut questions = CreateInputText::new(
                InputTextStyle::Paragraph,
                t!(lang, "category-form-questions", max = MAX_QUESTIONS),
                QUESTIONS,
            )
            .placeholder(t!(lang, "category-form-questions-example"))
            .max_length(2000)
            .required(false);
            // An empty pre-filled value is refused by Discord: none is given then.
            if let Some(text) = current
                .map(|c| form_text(&c.form))
                .filter(|t| !t.is_empty())
            {
                questions = questions.value(text);
            }
            CreateActionRow::InputText(questions)
        },
    ])
}

/// A submitted category form: saved (and told in the log channel), or every problem.
pub async fn on_form<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    m: &'a ModalInteraction,
    editing: Editing,
) -> Result<Reply<'a>, HandlerError> {
    let guild = GuildId(m.guild_id.map_or(0, |g| g.get()));
    let server = bot.server(guild.0).await?;
    if !crate::bot::roles::member_moderates(&server, m.member.as_ref()) {
        return Ok(Reply::refused(
            crate::tickets::Refusal::CategoriesModeratorsOnly,
        ));
    }
    let current = editing.id.and_then(|id| server.category(Some(id)).cloned());
    if editing.id.is_some() && current.is_none() {
        return Ok(Reply::refused(render::category_gone(
            crate::bot::locale::lang(),
        )));
    }
    let g = editing.given;
    let draft = CategoryDraft {
        name: modal_value(m, NAME),
        emoji: Some(modal_value(m, EMOJI)),
        description: modal_value(m, DESCRIPTION),
        team_role: g
            .team
            .unwrap_or_else(|| current.as_ref().and_then(|c| c.team_role)),
        first_response_minutes: g
            .first_response
            .unwrap_or_else(|| current.as_ref().and_then(|c| c.first_response_minutes)),
        priority: g.priority.or(current.as_ref().map(|c| c.priority)),
        inactivity: g.inactivity.or(current.as_ref().map(|c| c.inactivity)),
        form: modal_value(m, QUESTIONS),
    };
    let by = m.user.id.get();
    let now = bot.now();
    let saved = match &current {
        None => {
            bot.desk
                .create_category(guild, &draft, UserId(by), now)
                .await
        }
        Some(c) => {
            bot.desk
                .edit_category(guild, &c.name, &draft, UserId(by), now)
                .await
        }
    };
    let c = crate::bot::reply::or_refuse!(saved);
    let (said, logged) = if current.is_some() {
        ("category-changed", "category-changed-log")
    } else {
        ("category-added", "category-added-log")
    };
    let lang = crate::bot::locale::lang();
    let said = t!(lang, said, category = super::described(lang, &c));
    Ok(Reply::ephemeral(said).then(async move {
        // The log channel hears it in the server's language.
        let lang = crate::bot::locale::server_lang(bot, guild.0).await;
        let log = t!(
            lang,
            logged,
            member = format!("<@{by}>"),
            category = super::described(lang, &c)
        );
        bot.post_log(&ctx.http, guild.0, &log).await;
        crate::bot::panels::refresh_all(bot, &ctx.http, guild.0).await;
        Ok(())
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_custom_id_carries_what_was_given() {
        let e = Editing {
            id: Some(CategoryId(i64::MAX)),
            given: Given {
                team: Some(Some(u64::MAX)),
                first_response: Some(None),
                priority: Some(Priority::Urgent),
                inactivity: Some(false),
            },
        };
        let id = e.custom_id();
        assert!(id.len() <= 100, "{id}");
        assert_eq!(Editing::parse(&id), Some(e));
        let blank = Editing {
            id: None,
            given: Given::default(),
        };
        assert_eq!(Editing::parse(&blank.custom_id()), Some(blank));
        assert_eq!(Editing::parse("category:form:x"), None);
    }
}
