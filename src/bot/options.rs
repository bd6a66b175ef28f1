//! Reading slash-command options into typed values, once per interaction. A missing required
//! option, a value of the wrong type or out of range, or a subcommand the bot does not know is
//! an [`OptionError`]: shown to the person, never a panic.

use crate::i18n::Lang;
use crate::t;
use serenity::all::{
    ActionRowComponent, CommandInteraction, ModalInteraction, ResolvedOption, ResolvedValue, RoleId,
};
use std::fmt;

/// A slash command the bot cannot read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OptionError {
    /// A command the bot does not declare (a stale registration).
    UnknownCommand(String),
    /// The subcommand is not one the bot declares (stale registration, or none given).
    UnknownSubcommand { command: String, sub: String },
    /// A required option is missing.
    Missing {
        command: String,
        option: &'static str,
    },
    /// An option has the wrong type or is out of range.
    Invalid {
        command: String,
        option: &'static str,
        expected: Expected,
    },
}

/// What an option takes, said when it was given something else.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expected {
    Text,
    Member,
    Channel,
    Role,
    TrueOrFalse,
    /// low, normal, high or urgent.
    Priority,
    /// auto, buttons or menu.
    PanelStyle,
    /// A whole number from `min` to `max` of what `unit` says.
    Number {
        unit: Unit,
        min: i64,
        max: i64,
    },
}

/// What a whole-number option counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    /// A category's first-response target, in minutes (at most a week).
    FirstResponseMinutes,
    Page,
    Days,
    Tier,
}

impl Expected {
    /// What the option takes, in `lang`.
    pub fn text(self, lang: Lang) -> String {
        let id = match self {
            Expected::Text => "option-expected-text",
            Expected::Member => "option-expected-member",
            Expected::Channel => "option-expected-channel",
            Expected::Role => "option-expected-role",
            Expected::TrueOrFalse => "option-expected-true-or-false",
            Expected::Priority => "option-expected-priority",
            Expected::PanelStyle => "option-expected-panel-style",
            Expected::Number { unit, min, max } => {
                let id = match unit {
                    Unit::FirstResponseMinutes => "option-expected-first-response",
                    Unit::Page => "option-expected-page",
                    Unit::Days => "option-expected-days",
                    Unit::Tier => "option-expected-tier",
                };
                // Written as the range is declared, without digit grouping.
                return t!(lang, id, min = min.to_string(), max = max.to_string());
            }
        };
        t!(lang, id)
    }
}

/// A command's or option's path of English names (`ticket open`, or an option's `topic`
/// after its command's path) as `lang` names them in the command picker.
fn shown_in(lang: Lang, path: &str, option: Option<&str>) -> (String, Option<String>) {
    let mut id = String::from("cmd");
    let mut shown = Vec::new();
    for word in path.split(' ').filter(|w| !w.is_empty()) {
        id.push('-');
        id.push_str(word);
        shown.push(if crate::i18n::has_message(lang, &id) {
            t!(lang, &id)
        } else {
            word.to_string()
        });
    }
    let option = option.map(|o| {
        let id = format!("{id}-{o}");
        if crate::i18n::has_message(lang, &id) {
            t!(lang, &id)
        } else {
            o.to_string()
        }
    });
    (shown.join(" "), option)
}

impl OptionError {
    /// What is wrong, in `lang`, naming the command and its options as `lang` shows them.
    pub fn text(&self, lang: Lang) -> String {
        match self {
            OptionError::UnknownCommand(command) => {
                t!(lang, "option-unknown-command", command = command.clone())
            }
            OptionError::UnknownSubcommand { command, sub } if sub.is_empty() => t!(
                lang,
                "option-needs-subcommand",
                command = shown_in(lang, command, None).0
            ),
            OptionError::UnknownSubcommand { command, sub } => t!(
                lang,
                "option-unknown-subcommand",
                command = shown_in(lang, command, None).0,
                sub = sub.clone()
            ),
            OptionError::Missing { command, option } => {
                let (command, option) = shown_in(lang, command, Some(option));
                t!(
                    lang,
                    "option-missing",
                    command = command,
                    option = option.unwrap_or_default()
                )
            }
            OptionError::Invalid {
                command,
                option,
                expected,
            } => {
                let (command, option) = shown_in(lang, command, Some(option));
                t!(
                    lang,
                    "option-invalid",
                    command = command,
                    option = option.unwrap_or_default(),
                    expected = expected.text(lang)
                )
            }
        }
    }
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text(Lang::En))
    }
}

/// A member named in a user option, with the roles the interaction resolved for them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub id: u64,
    pub roles: Vec<RoleId>,
}

/// The chosen subcommand of a command and its options.
pub struct Sub<'a> {
    /// `ticket open`, for messages.
    shown: String,
    pub name: String,
    opts: Vec<ResolvedOption<'a>>,
}

/// The subcommand of `/name sub ...` with its options; in a group, `group sub` (`tag add`).
pub fn subcommand(cmd: &CommandInteraction) -> Sub<'_> {
    let (name, opts) = match cmd.data.options().into_iter().next() {
        Some(ResolvedOption {
            name,
            value: ResolvedValue::SubCommand(opts),
            ..
        }) => (name.to_string(), opts),
        Some(ResolvedOption {
            name: group,
            value: ResolvedValue::SubCommandGroup(subs),
            ..
        }) => match subs.into_iter().next() {
            Some(ResolvedOption {
                name,
                value: ResolvedValue::SubCommand(opts),
                ..
            }) => (format!("{group} {name}"), opts),
            _ => (group.to_string(), Vec::new()),
        },
        _ => (String::new(), Vec::new()),
    };
    Sub {
        shown: format!("{} {name}", cmd.data.name),
        name,
        opts,
    }
}

impl<'a> Sub<'a> {
    fn find(&self, name: &str) -> Option<&ResolvedValue<'a>> {
        self.opts.iter().find(|o| o.name == name).map(|o| &o.value)
    }

    /// The refusal for a subcommand the caller does not know.
    pub fn unknown(&self, command: &str) -> OptionError {
        OptionError::UnknownSubcommand {
            command: command.to_string(),
            sub: self.name.clone(),
        }
    }

    /// A value the option does not take, with what it takes.
    pub fn invalid(&self, option: &'static str, expected: Expected) -> OptionError {
        OptionError::Invalid {
            command: self.shown.clone(),
            option,
            expected,
        }
    }

    fn missing(&self, option: &'static str) -> OptionError {
        OptionError::Missing {
            command: self.shown.clone(),
            option,
        }
    }

    /// A text option, trimmed; none when absent or blank.
    pub fn text(&self, name: &'static str) -> Result<Option<String>, OptionError> {
        match self.find(name) {
            None => Ok(None),
            Some(ResolvedValue::String(s)) => {
                Ok(Some(s.trim().to_string()).filter(|s| !s.is_empty()))
            }
            Some(_) => Err(self.invalid(name, Expected::Text)),
        }
    }

    /// A required text option.
    pub fn required_text(&self, name: &'static str) -> Result<String, OptionError> {
        self.text(name)?.ok_or_else(|| self.missing(name))
    }

    /// A whole-number option within `range`, counting `unit`.
    pub fn int(
        &self,
        name: &'static str,
        range: std::ops::RangeInclusive<i64>,
        unit: Unit,
    ) -> Result<Option<i64>, OptionError> {
        match self.find(name) {
            None => Ok(None),
            Some(ResolvedValue::Integer(i)) if range.contains(i) => Ok(Some(*i)),
            Some(_) => Err(self.invalid(
                name,
                Expected::Number {
                    unit,
                    min: *range.start(),
                    max: *range.end(),
                },
            )),
        }
    }

    /// A user option, with their roles.
    pub fn user(&self, name: &'static str) -> Result<Option<Named>, OptionError> {
        match self.find(name) {
            None => Ok(None),
            Some(ResolvedValue::User(user, member)) => Ok(Some(Named {
                id: user.id.get(),
                roles: member.map(|m| m.roles.clone()).unwrap_or_default(),
            })),
            Some(_) => Err(self.invalid(name, Expected::Member)),
        }
    }

    /// A required channel option: the channel's id.
    pub fn required_channel(&self, name: &'static str) -> Result<u64, OptionError> {
        match self.find(name) {
            None => Err(self.missing(name)),
            Some(ResolvedValue::Channel(c)) => Ok(c.id.get()),
            Some(_) => Err(self.invalid(name, Expected::Channel)),
        }
    }

    /// A role option: the role's id.
    pub fn role(&self, name: &'static str) -> Result<Option<u64>, OptionError> {
        match self.find(name) {
            None => Ok(None),
            Some(ResolvedValue::Role(role)) => Ok(Some(role.id.get())),
            Some(_) => Err(self.invalid(name, Expected::Role)),
        }
    }

    /// A true/false option.
    pub fn boolean(&self, name: &'static str) -> Result<Option<bool>, OptionError> {
        match self.find(name) {
            None => Ok(None),
            Some(ResolvedValue::Boolean(b)) => Ok(Some(*b)),
            Some(_) => Err(self.invalid(name, Expected::TrueOrFalse)),
        }
    }

    /// A required user option.
    pub fn required_user(&self, name: &'static str) -> Result<Named, OptionError> {
        self.user(name)?.ok_or_else(|| self.missing(name))
    }
}

/// What was typed so far in the option being completed, trimmed and lowercased.
pub fn typed(cmd: &CommandInteraction) -> String {
    cmd.data
        .autocomplete()
        .map(|o| o.value.trim().to_lowercase())
        .unwrap_or_default()
}

/// The value of a submitted modal's text field, or empty.
pub fn modal_value(m: &ModalInteraction, field: &str) -> String {
    m.data
        .components
        .iter()
        .flat_map(|row| row.components.iter())
        .find_map(|c| match c {
            ActionRowComponent::InputText(t) if t.custom_id == field => t.value.clone(),
            _ => None,
        })
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_as_it_was_and_other_languages_name_their_commands() {
        let e = OptionError::Invalid {
            command: "ticket escalate".into(),
            option: "tier",
            expected: Expected::Number {
                unit: Unit::Tier,
                min: 1,
                max: 9,
            },
        };
        assert_eq!(
            e.to_string(),
            "`/ticket escalate`: the option `tier` must be a tier from 1 to 9."
        );
        let de = e.text(Lang::De);
        assert!(de.contains(&t!(Lang::De, "cmd-ticket-escalate")), "{de}");
        assert!(
            de.contains(&t!(Lang::De, "cmd-ticket-escalate-tier")),
            "{de}"
        );
        let e = OptionError::Invalid {
            command: "support block".into(),
            option: "days",
            expected: Expected::Number {
                unit: Unit::Days,
                min: 1,
                max: 3650,
            },
        };
        assert_eq!(
            e.to_string(),
            "`/support block`: the option `days` must be a number of days from 1 to 3650."
        );
        let e = OptionError::UnknownSubcommand {
            command: "ticket".into(),
            sub: String::new(),
        };
        assert_eq!(
            e.to_string(),
            "`/ticket` needs a subcommand; Discord may still show an old version of it, try again in a minute."
        );
    }
}
