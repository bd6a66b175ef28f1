//! Reading slash-command options into typed values, once per interaction. A missing required
//! option, a value of the wrong type or out of range, or a subcommand the bot does not know is
//! an [`OptionError`]: shown to the person, never a panic.

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
        expected: &'static str,
    },
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OptionError::UnknownCommand(command) => write!(
                f,
                "I don't know `/{command}`; Discord may still show an old version of my commands, try again in a minute."
            ),
            OptionError::UnknownSubcommand { command, sub } if sub.is_empty() => write!(
                f,
                "`/{command}` needs a subcommand; Discord may still show an old version of it, try again in a minute."
            ),
            OptionError::UnknownSubcommand { command, sub } => write!(
                f,
                "I don't know `/{command} {sub}`; Discord may still show an old version of the command, try again in a minute."
            ),
            OptionError::Missing { command, option } => {
                write!(f, "`/{command}` needs the option `{option}`.")
            }
            OptionError::Invalid {
                command,
                option,
                expected,
            } => write!(f, "`/{command}`: the option `{option}` must be {expected}."),
        }
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
    pub fn invalid(&self, option: &'static str, expected: &'static str) -> OptionError {
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
            Some(_) => Err(self.invalid(name, "text")),
        }
    }

    /// A required text option.
    pub fn required_text(&self, name: &'static str) -> Result<String, OptionError> {
        self.text(name)?.ok_or_else(|| self.missing(name))
    }

    /// A whole-number option within `range`.
    pub fn int(
        &self,
        name: &'static str,
        range: std::ops::RangeInclusive<i64>,
        expected: &'static str,
    ) -> Result<Option<i64>, OptionError> {
        match self.find(name) {
            None => Ok(None),
            Some(ResolvedValue::Integer(i)) if range.contains(i) => Ok(Some(*i)),
            Some(_) => Err(self.invalid(name, expected)),
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
            Some(_) => Err(self.invalid(name, "a member of this server")),
        }
    }

    /// A required channel option: the channel's id.
    pub fn required_channel(&self, name: &'static str) -> Result<u64, OptionError> {
        match self.find(name) {
            None => Err(self.missing(name)),
            Some(ResolvedValue::Channel(c)) => Ok(c.id.get()),
            Some(_) => Err(self.invalid(name, "a channel of this server")),
        }
    }

    /// A role option: the role's id.
    pub fn role(&self, name: &'static str) -> Result<Option<u64>, OptionError> {
        match self.find(name) {
            None => Ok(None),
            Some(ResolvedValue::Role(role)) => Ok(Some(role.id.get())),
            Some(_) => Err(self.invalid(name, "a role of this server")),
        }
    }

    /// A true/false option.
    pub fn boolean(&self, name: &'static str) -> Result<Option<bool>, OptionError> {
        match self.find(name) {
            None => Ok(None),
            Some(ResolvedValue::Boolean(b)) => Ok(Some(*b)),
            Some(_) => Err(self.invalid(name, "true or false")),
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
