//! `/category add|edit|remove|list`: the server's ticket categories (departments), kept by its
//! moderators (and members with Manage Server; agents may list them). `add` and `edit` take
//! the settings as options and open a form ([`form`]) for the name, emoji, description and the
//! questions asked when a ticket of the category opens. Changes are audited and told in the
//! log channel.

use super::{moderators_only, sub, text};
use crate::bot::options::{subcommand, Expected, OptionError, Unit};
use crate::bot::reply::{or_refuse, HandlerError, Reply, Response};
use crate::bot::{render, Bot};
use crate::i18n::Lang;
use crate::t;
use crate::tickets::category::{form_text, MAX_CATEGORIES, TARGET_MAX_MINUTES};
use crate::tickets::{Category, GuildId, Priority, Refusal, UserId};
use serenity::all::{
    AutocompleteChoice, CommandInteraction, CommandOptionType, Context, CreateCommand,
    CreateCommandOption,
};

pub mod form;

pub const NAME: &str = "category";

/// Subcommand names.
pub mod subs {
    pub const ADD: &str = "add";
    pub const EDIT: &str = "edit";
    pub const REMOVE: &str = "remove";
    pub const LIST: &str = "list";
}

/// Option names.
pub mod opts {
    pub const NAME: &str = "name";
    pub const TEAM: &str = "team";
    pub const NO_TEAM: &str = "no-team";
    pub const FIRST_RESPONSE: &str = "first-response";
    pub const PRIORITY: &str = "priority";
    pub const INACTIVITY: &str = "inactivity";
}

/// The options `add` and `edit` share: the category's settings beside its form.
fn settings(sub: CreateCommandOption, adding: bool) -> CreateCommandOption {
    let sub = sub
        .add_sub_option(CreateCommandOption::new(
            CommandOptionType::Role,
            opts::TEAM,
            "The team pinged for its tickets, allowed to work them at tier 1",
        ))
        .add_sub_option(
            CreateCommandOption::new(
                CommandOptionType::Integer,
                opts::FIRST_RESPONSE,
                "First-response target in minutes at tier 1 (0: the server's)",
            )
            .min_int_value(0)
            .max_int_value(u64::from(TARGET_MAX_MINUTES)),
        )
        .add_sub_option(Priority::ALL.into_iter().fold(
            text(opts::PRIORITY, "The priority its tickets start at", false),
            |o, p| o.add_string_choice(p.as_str(), p.as_str()),
        ))
        .add_sub_option(CreateCommandOption::new(
            CommandOptionType::Boolean,
            opts::INACTIVITY,
            "Ask its members \"Is this solved?\" after their silence (default: yes)",
        ));
    if adding {
        sub
    } else {
        sub.add_sub_option(CreateCommandOption::new(
            CommandOptionType::Boolean,
            opts::NO_TEAM,
            "True: no team of its own (the tier-1 role is pinged)",
        ))
    }
}

/// A category option, completed from the server's categories.
pub fn category_option(name: &str, description: &str, required: bool) -> CreateCommandOption {
    text(name, description, required)
        .max_length(32)
        .set_autocomplete(true)
}

/// The declaration of `/category`.
pub fn declare() -> CreateCommand {
    CreateCommand::new(NAME)
        .description("The server's ticket categories (departments)")
        .dm_permission(false)
        .add_option(settings(
            sub(
                subs::ADD,
                "Moderators: add a category (a form asks its name and questions)",
            ),
            true,
        ))
        .add_option(settings(
            sub(subs::EDIT, "Moderators: change a category").add_sub_option(category_option(
                opts::NAME,
                "The category",
                true,
            )),
            false,
        ))
        .add_option(
            sub(
                subs::REMOVE,
                "Moderators: remove a category (its tickets keep it)",
            )
            .add_sub_option(category_option(opts::NAME, "The category", true)),
        )
        .add_option(sub(subs::LIST, "The categories and what each does"))
}

/// The settings given as options (none: not given; on `edit`, kept as they are).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Given {
    /// `Some(None)`: no team (`no-team: True`).
    pub team: Option<Option<u64>>,
    /// `Some(None)`: the server's targets (`first-response: 0`).
    pub first_response: Option<Option<u32>>,
    pub priority: Option<Priority>,
    pub inactivity: Option<bool>,
}

/// `/category <sub>`, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CategoryCommand {
    Add(Given),
    Edit { name: String, given: Given },
    Remove { name: String },
    List,
}

impl CategoryCommand {
    /// Reads `/category <sub> ...`.
    pub fn parse(cmd: &CommandInteraction) -> Result<CategoryCommand, OptionError> {
        let s = subcommand(cmd);
        let given = || -> Result<Given, OptionError> {
            let minutes = s.int(
                opts::FIRST_RESPONSE,
                0..=i64::from(TARGET_MAX_MINUTES),
                Unit::FirstResponseMinutes,
            )?;
            let priority = match s.text(opts::PRIORITY)? {
                Some(p) => Some(
                    Priority::parse(&p)
                        .ok_or_else(|| s.invalid(opts::PRIORITY, Expected::Priority))?,
                ),
                None => None,
            };
            let team = match (s.role(opts::TEAM)?, s.boolean(opts::NO_TEAM)?) {
                (Some(role), _) => Some(Some(role)),
                (None, Some(true)) => Some(None),
                _ => None,
            };
            Ok(Given {
                team,
                first_response: minutes.map(|m| u32::try_from(m).ok().filter(|m| *m > 0)),
                priority,
                inactivity: s.boolean(opts::INACTIVITY)?,
            })
        };
        match s.name.as_str() {
            subs::ADD => Ok(CategoryCommand::Add(given()?)),
            subs::EDIT => Ok(CategoryCommand::Edit {
                name: s.required_text(opts::NAME)?,
                given: given()?,
            }),
            subs::REMOVE => Ok(CategoryCommand::Remove {
                name: s.required_text(opts::NAME)?,
            }),
            subs::LIST => Ok(CategoryCommand::List),
            _ => Err(s.unknown(NAME)),
        }
    }
}

/// Runs a `/category` command.
pub async fn run<'a>(
    bot: &'a Bot,
    ctx: &'a Context,
    cmd: &'a CommandInteraction,
    command: CategoryCommand,
) -> Result<Reply<'a>, HandlerError> {
    let server = bot.server(cmd.guild_id.map_or(0, |g| g.get())).await?;
    let listing = command == CategoryCommand::List;
    if let Some(r) = moderators_only(&server, cmd, listing, Refusal::CategoriesModeratorsOnly) {
        return Ok(Reply::refused(r));
    }
    let guild = server.guild;
    let by = cmd.user.id.get();
    let lang = crate::bot::locale::lang();
    match command {
        CategoryCommand::List => {
            let categories = or_refuse!(bot.desk.categories(guild).await);
            Ok(Reply::ephemeral(listed(lang, &categories)))
        }
        CategoryCommand::Add(given) => {
            if server.categories.len() >= MAX_CATEGORIES {
                return Ok(Reply::refused(Refusal::TooManyCategories(MAX_CATEGORIES)));
            }
            Ok(Response::Modal(form::modal(lang, None, given)).into())
        }
        CategoryCommand::Edit { name, given } => {
            let c = or_refuse!(bot.desk.category_named(guild, &name).await);
            Ok(Response::Modal(form::modal(lang, Some(&c), given)).into())
        }
        CategoryCommand::Remove { name } => {
            let c = or_refuse!(
                bot.desk
                    .remove_category(guild, &name, UserId(by), bot.now())
                    .await
            );
            let name = render::inert(&c.name);
            Ok(
                Reply::ephemeral(t!(lang, "category-removed", name = name.clone())).then(
                    async move {
                        let lang = crate::bot::locale::server_lang(bot, guild.0).await;
                        let log = t!(
                            lang,
                            "category-removed-log",
                            member = format!("<@{by}>"),
                            name = name
                        );
                        bot.post_log(&ctx.http, guild.0, &log).await;
                        crate::bot::panels::refresh_all(bot, &ctx.http, guild.0).await;
                        Ok(())
                    },
                ),
            )
        }
    }
}

/// One category in words, in `lang`, for `/category list` and the answer to its form.
pub fn described(lang: Lang, c: &Category) -> String {
    let mut parts = Vec::new();
    parts.push(match c.team_role {
        Some(r) => t!(lang, "category-team", role = format!("<@&{r}>")),
        None => t!(lang, "category-tier-1-role"),
    });
    if let Some(m) = c.first_response_minutes {
        parts.push(t!(
            lang,
            "category-first-response",
            minutes = render::ungrouped(m)
        ));
    }
    if c.priority != Priority::Normal {
        parts.push(t!(lang, "category-starts", priority = c.priority.as_str()));
    }
    if !c.inactivity {
        parts.push(t!(lang, "category-never-asked"));
    }
    parts.push(t!(lang, "category-form", count = c.form.len()));
    let label = render::category_label(c);
    let details = parts.join(", ");
    if c.description.is_empty() {
        t!(
            lang,
            "category-described-plain",
            category = label,
            details = details
        )
    } else {
        t!(
            lang,
            "category-described",
            category = label,
            description = render::inert(&c.description),
            details = details
        )
    }
}

fn listed(lang: Lang, categories: &[Category]) -> String {
    if categories.is_empty() {
        return t!(lang, "category-none");
    }
    let lines: Vec<String> = categories
        .iter()
        .map(|c| {
            let questions = if c.form.is_empty() {
                String::new()
            } else {
                format!("\n```\n{}\n```", form_text(&c.form).replace("```", "'''"))
            };
            format!("- {}{questions}", described(lang, c))
        })
        .collect();
    render::clip(
        &t!(
            lang,
            "category-list",
            count = categories.len(),
            max = MAX_CATEGORIES,
            categories = lines.join("\n")
        ),
        render::MAX_CONTENT,
    )
}

/// Autocomplete of a category option (`/category edit|remove`, `/ticket open|move|queue`,
/// `/support stats`): the server's categories containing what was typed.
pub async fn autocomplete<'a>(
    bot: &'a Bot,
    cmd: &'a CommandInteraction,
) -> Result<Reply<'a>, HandlerError> {
    let typed = crate::bot::options::typed(cmd);
    let guild = GuildId(cmd.guild_id.map_or(0, |g| g.get()));
    let categories = bot.desk.server(guild).await?.categories.clone();
    let choices = categories
        .into_iter()
        .filter(|c| c.name.to_lowercase().contains(&typed))
        .take(25)
        .map(|c| AutocompleteChoice::new(c.label(), c.name))
        .collect();
    Ok(Response::Choices(choices).into())
}
