//! The form a member fills to open a ticket: the topic, or, for a category with a form, its
//! questions. Shown by `/ticket open` and by a panel's buttons; its custom id says the category
//! and, when an agent opens it for someone, the member (`ticket:open:<category>:<member>`, 0
//! for none; a bare `ticket:open` is the plain topic form).

use super::opening::{self, Ask, OnBehalf};
use super::reply::{HandlerError, Msg, Reply};
use super::roles::Staff;
use super::{render, Bot};
use crate::i18n::Lang;
use crate::t;
use crate::tickets::{Category, CategoryId, Refusal};
use serenity::all::{
    ActionRowComponent, Context, CreateActionRow, CreateInputText, CreateModal, InputTextStyle,
    ModalInteraction,
};

/// The plain topic form's custom id, and its one field.
pub const OPEN_FORM: &str = "ticket:open";
pub const OPEN_FORM_TOPIC: &str = "topic";
/// The longest topic a member may type.
pub const TOPIC_MAX: u16 = 200;

/// Which ticket a form opens.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OpenForm {
    pub category: Option<CategoryId>,
    /// The member it is for, when an agent opens it for someone.
    pub member: Option<u64>,
    /// The category's form as shown ([`form_version`]): answers to a form changed since are
    /// not filed under the new questions.
    pub version: u32,
}

/// A short fingerprint of a form's questions (FNV-1a of their written form): the same in
/// every process, different when a question is added, removed, moved or changed.
pub fn form_version(c: &Category) -> u32 {
    crate::tickets::category::form_text(&c.form)
        .bytes()
        .fold(0x811c_9dc5_u32, |h, b| {
            (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
        })
}

impl OpenForm {
    /// The modal's custom id.
    pub fn custom_id(self) -> String {
        if self == OpenForm::default() {
            return OPEN_FORM.to_string();
        }
        format!(
            "{OPEN_FORM}:{}:{}:{:x}",
            self.category.map_or(0, |c| c.0),
            self.member.unwrap_or(0),
            self.version
        )
    }

    /// Reads a custom id; none for one this bot does not make.
    pub fn parse(id: &str) -> Option<OpenForm> {
        let rest = id.strip_prefix(OPEN_FORM)?;
        if rest.is_empty() {
            return Some(OpenForm::default());
        }
        let mut parts = rest.strip_prefix(':')?.split(':');
        let category: i64 = parts.next()?.parse().ok()?;
        let member: u64 = parts.next()?.parse().ok()?;
        // Forms shown before versions were carried read as version 0.
        let version = match parts.next() {
            Some(v) => u32::from_str_radix(v, 16).ok()?,
            None => 0,
        };
        Some(OpenForm {
            category: (category != 0).then_some(CategoryId(category)),
            member: (member != 0).then_some(member),
            version,
        })
    }

    /// The modal in `lang`: the category's questions (after the topic already typed, when
    /// there is room for it), or the topic. The questions are the moderators' words, as
    /// they wrote them.
    pub fn modal(
        self,
        lang: Lang,
        category: Option<&Category>,
        topic: Option<&str>,
    ) -> CreateModal {
        let title = match category {
            Some(c) => render::clip(
                &t!(lang, "open-form-title-category", category = c.name.clone()),
                45,
            ),
            None => t!(lang, "open-form-title"),
        };
        let topic_field = |value: Option<&str>| {
            let mut f = CreateInputText::new(
                InputTextStyle::Paragraph,
                t!(lang, "open-form-topic"),
                OPEN_FORM_TOPIC,
            )
            .max_length(TOPIC_MAX)
            .required(true);
            if let Some(v) = value.filter(|v| !v.is_empty()) {
                f = f.value(render::clip(v, usize::from(TOPIC_MAX)));
            }
            CreateActionRow::InputText(f)
        };
        let rows = match category.filter(|c| !c.form.is_empty()) {
            Some(c) => topic
                .filter(|_| c.form.len() < crate::tickets::category::MAX_QUESTIONS)
                .map(|t| topic_field(Some(t)))
                .into_iter()
                .chain(c.form.iter().enumerate().map(|(i, q)| {
                    let style = if q.paragraph {
                        InputTextStyle::Paragraph
                    } else {
                        InputTextStyle::Short
                    };
                    CreateActionRow::InputText(
                        CreateInputText::new(style, q.label.clone(), format!("q{i}"))
                            .min_length(q.min)
                            .max_length(q.max)
                            .required(q.required),
                    )
                }))
                .collect(),
            None => vec![topic_field(topic)],
        };
        CreateModal::new(self.custom_id(), title).components(rows)
    }
}

/// Starts opening a ticket for `owner` (asked by `actor`) in `category`: the form to fill. A
/// category's form is shown only to someone who may open a ticket now (a block, too many open
/// tickets, the opening rate are told first: nobody fills a form for nothing); the plain topic
/// form needs no database (the desk checks everything when it is submitted).
pub async fn start<'a>(
    bot: &Bot,
    server: &crate::desk::Server,
    actor: crate::tickets::Actor,
    owner: u64,
    category: Option<&Category>,
    topic: Option<&str>,
) -> Result<Reply<'a>, HandlerError> {
    let form = OpenForm {
        category: category.map(|c| c.id),
        member: (owner != actor.user.0).then_some(owner),
        version: category.map_or(0, form_version),
    };
    if category.is_some() {
        let refusal = bot
            .desk
            .refusal_to_open(
                server.guild,
                crate::tickets::UserId(owner),
                &actor,
                bot.now(),
            )
            .await?;
        if let Some(r) = refusal {
            return Ok(Reply::refused(r));
        }
    }
    Ok(super::reply::Response::Modal(form.modal(super::locale::lang(), category, topic)).into())
}

/// A submitted form: the topic typed (if asked) and the answers in order.
fn fields(m: &ModalInteraction) -> (Option<String>, Vec<String>) {
    let mut topic = None;
    let mut answers = Vec::new();
    for c in m
        .data
        .components
        .iter()
        .flat_map(|row| row.components.iter())
    {
        if let ActionRowComponent::InputText(t) = c {
            let v = t.value.clone().unwrap_or_default();
            if t.custom_id == OPEN_FORM_TOPIC {
                topic = Some(v.trim().to_string());
            } else if let Some(i) = t
                .custom_id
                .strip_prefix('q')
                .and_then(|i| i.parse::<usize>().ok())
                .filter(|i| *i < crate::tickets::category::MAX_QUESTIONS)
            {
                if answers.len() <= i {
                    answers.resize(i + 1, String::new());
                }
                answers[i] = v;
            }
        }
    }
    (topic, answers)
}

/// The topic of a ticket opened from a category's form: its first answer, else the category.
fn topic_from(category: &Category, answers: &[String]) -> String {
    answers
        .iter()
        .map(|a| crate::tickets::text::one_line(a))
        .find(|a| !a.trim().is_empty())
        .map(|a| render::cut_at_word(&a, 100))
        .unwrap_or_else(|| category.name.clone())
}

/// Handles a submitted open-ticket form: opens the ticket (deferred: the thread takes a few
/// calls), or says why not.
pub async fn on_form<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    m: &'a ModalInteraction,
    form: OpenForm,
) -> Result<Reply<'a>, HandlerError> {
    let (topic, answers) = fields(m);
    if topic.as_deref().is_some_and(str::is_empty) {
        return Ok(Reply::refused(Refusal::EmptyTopic));
    }
    let guild = m.guild_id.map(|g| g.get()).unwrap_or_default();
    let server = bot.server(guild).await?;
    let category = match form.category {
        Some(id) => match server.category(Some(id)) {
            Some(c) if !c.form.is_empty() && form_version(c) != form.version => {
                return Ok(Reply::refused(render::form_changed(super::locale::lang())))
            }
            Some(c) => Some(c.clone()),
            None => return Ok(Reply::refused(render::category_gone(super::locale::lang()))),
        },
        None => None,
    };
    let topic = match (topic, &category) {
        (Some(t), _) => t,
        (None, Some(c)) => topic_from(c, &answers),
        (None, None) => return Ok(Reply::refused(Refusal::EmptyTopic)),
    };
    let roles = m
        .member
        .as_ref()
        .map(|mm| mm.roles.clone())
        .unwrap_or_default();
    let user = m.user.id.get();
    let who = OnBehalf {
        owner: form.member.unwrap_or(user),
        agent: server.actor_on(user, &roles, form.category),
    };
    Ok(Reply::later(async move {
        let ask = Ask {
            guild,
            who,
            topic,
            interaction: Some(m.id.get()),
            note: None,
            category: category.map(|c| c.id),
            answers,
        };
        let opened = opening::open_ticket(bot, ctx, ask).await?;
        Ok(Msg::ephemeral(match opened {
            Ok((thread, ticket)) => render::opened_reply(super::locale::lang(), thread, &ticket),
            Err(refused) => refused,
        }))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn custom_ids_read_back() {
        for f in [
            OpenForm::default(),
            OpenForm {
                category: Some(CategoryId(7)),
                member: None,
                version: u32::MAX,
            },
            OpenForm {
                category: None,
                member: Some(u64::MAX),
                version: 0,
            },
        ] {
            let id = f.custom_id();
            assert!(id.len() <= 100);
            assert_eq!(OpenForm::parse(&id), Some(f));
        }
        assert_eq!(OpenForm::default().custom_id(), "ticket:open");
        assert_eq!(OpenForm::parse("ticket:open:x:1"), None);
        assert_eq!(OpenForm::parse("ticket:opened"), None);
    }
}
