//! Reading slash-command options: the subcommand and its typed values.

use serenity::all::{CommandDataOptionValue, CommandInteraction, ResolvedOption, ResolvedValue};

/// The subcommand's name and its options (`/ticket open topic:...` -> `("open", [topic])`).
pub fn subcommand(cmd: &CommandInteraction) -> (String, Vec<ResolvedOption<'_>>) {
    match cmd.data.options().into_iter().next() {
        Some(ResolvedOption {
            name,
            value: ResolvedValue::SubCommand(opts),
            ..
        }) => (name.to_string(), opts),
        _ => (String::new(), Vec::new()),
    }
}

/// A string option.
pub fn text<'a>(opts: &'a [ResolvedOption<'a>], name: &str) -> Option<&'a str> {
    opts.iter()
        .find(|o| o.name == name)
        .and_then(|o| match o.value {
            ResolvedValue::String(s) => Some(s),
            _ => None,
        })
}

/// An integer option.
pub fn int(opts: &[ResolvedOption<'_>], name: &str) -> Option<i64> {
    opts.iter()
        .find(|o| o.name == name)
        .and_then(|o| match o.value {
            ResolvedValue::Integer(i) => Some(i),
            _ => None,
        })
}

/// A user option of the subcommand, as a raw id.
pub fn user(cmd: &CommandInteraction, name: &str) -> Option<u64> {
    cmd.data
        .options
        .iter()
        .flat_map(|o| match &o.value {
            CommandDataOptionValue::SubCommand(inner) => inner.clone(),
            _ => Vec::new(),
        })
        .find(|o| o.name == name)
        .and_then(|o| o.value.as_user_id())
        .map(|u| u.get())
}

/// The roles a user option's member holds (from the interaction's resolved data).
pub fn user_roles(cmd: &CommandInteraction, user: u64) -> Vec<serenity::all::RoleId> {
    cmd.data
        .resolved
        .members
        .get(&serenity::all::UserId::new(user))
        .map(|m| m.roles.clone())
        .unwrap_or_default()
}
