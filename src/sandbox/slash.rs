//! Turning a REPL slash line into the options Discord would send, from the commands the
//! bot registered (so the sandbox follows `bot/commands/` by itself). Pure: users are
//! resolved by a function given by the caller.
//!
//! The text after the subcommand fills the subcommand's first option (`/ticket open printer
//! on fire` -> `topic`, `/ticket transfer agent-bob` -> `agent`, `/support stats 7` ->
//! `days`); any option can also be given by name as Discord shows it, `name:value`
//! (`/ticket escalate tier:3 needs the database team`). A user, integer or boolean option
//! takes one word; a text option takes the rest up to the next `name:`.

use discord_emulator::Opt;
use serde_json::Value;

/// Discord's option types.
const SUB_COMMAND: u64 = 1;
const SUB_COMMAND_GROUP: u64 = 2;
const STRING: u64 = 3;
const INTEGER: u64 = 4;
const BOOLEAN: u64 = 5;
const USER: u64 = 6;
const NUMBER: u64 = 10;

/// One option a subcommand declares.
#[derive(Debug, Clone)]
struct Declared {
    name: String,
    kind: u64,
    required: bool,
    description: String,
}

/// The options of `/name sub args`, ready for the emulator.
pub fn options(
    commands: &[Value],
    name: &str,
    sub: Option<&str>,
    args: &str,
    user: &dyn Fn(&str) -> Option<u64>,
) -> Result<Vec<Opt>, String> {
    // Slash commands only (type 1); the message menu commands are not typed.
    let slash = |c: &&Value| c["type"].as_u64().unwrap_or(1) == 1;
    let Some(cmd) = commands.iter().filter(slash).find(|c| c["name"] == name) else {
        let names: Vec<String> = commands
            .iter()
            .filter(slash)
            .filter_map(|c| c["name"].as_str().map(|n| format!("/{n}")))
            .collect();
        return Err(format!(
            "there is no /{name} command (the bot has {})",
            names.join(", ")
        ));
    };
    let list = |v: &Value| v["options"].as_array().cloned().unwrap_or_default();
    let top = list(cmd);
    let subs: Vec<&Value> = top
        .iter()
        .filter(|o| matches!(o["type"].as_u64(), Some(SUB_COMMAND | SUB_COMMAND_GROUP)))
        .collect();
    let declared_in = if subs.is_empty() {
        top.clone()
    } else {
        let names: Vec<&str> = subs.iter().filter_map(|s| s["name"].as_str()).collect();
        let Some(sub) = sub else {
            return Err(format!("/{name} needs one of: {}", names.join(", ")));
        };
        // In a group, `group leaf` (`tag add`): the leaf's options.
        let (first, leaf) = match sub.split_once(' ') {
            Some((g, l)) => (g, Some(l)),
            None => (sub, None),
        };
        let Some(found) = subs.iter().find(|s| s["name"] == first) else {
            return Err(format!(
                "/{name} has no `{sub}` (it has {})",
                names.join(", ")
            ));
        };
        if found["type"].as_u64() == Some(SUB_COMMAND_GROUP) {
            let leaves = list(found);
            let names: Vec<&str> = leaves.iter().filter_map(|s| s["name"].as_str()).collect();
            let Some(l) = leaf.and_then(|l| leaves.iter().find(|s| s["name"] == l)) else {
                return Err(format!(
                    "/{name} {first} needs one of: {}",
                    names.join(", ")
                ));
            };
            list(l)
        } else {
            list(found)
        }
    };
    let declared: Vec<Declared> = declared_in
        .iter()
        .map(|o| Declared {
            name: o["name"].as_str().unwrap_or_default().to_string(),
            kind: o["type"].as_u64().unwrap_or(STRING),
            required: o["required"].as_bool().unwrap_or(false),
            description: o["description"].as_str().unwrap_or_default().to_string(),
        })
        .collect();
    // Without subcommands, the "sub" word is the start of the arguments.
    let args = match (subs.is_empty(), sub) {
        (true, Some(s)) => format!("{s} {args}"),
        _ => args.to_string(),
    };
    let shown = match sub.filter(|_| !subs.is_empty()) {
        Some(s) => format!("/{name} {s}"),
        None => format!("/{name}"),
    };
    fill(&shown, &declared, args.trim(), user)
}

type Named<'d, 'a> = Option<(&'d Declared, Vec<&'a str>)>;

/// `/name sub args` with `sub` a group of subcommands: the group and the first word of
/// `args` (its subcommand) become the subcommand (`tag add`), the rest the arguments.
pub fn group_leaf(
    commands: &[Value],
    name: &str,
    sub: &str,
    args: &str,
) -> Option<(String, String)> {
    let cmd = commands.iter().find(|c| c["name"] == name)?;
    let is_group = cmd["options"]
        .as_array()?
        .iter()
        .any(|o| o["name"] == sub && o["type"].as_u64() == Some(SUB_COMMAND_GROUP));
    if !is_group {
        return None;
    }
    let (leaf, rest) = args.trim().split_once(' ').unwrap_or((args.trim(), ""));
    Some((format!("{sub} {leaf}"), rest.to_string()))
}

/// Ends a `name:value` part: a text option takes all its words, others one (the rest
/// goes back to the positional text).
fn flush<'d, 'a>(
    current: &mut Named<'d, 'a>,
    given: &mut Vec<(&'d Declared, String)>,
    positional: &mut Vec<&'a str>,
) {
    if let Some((d, words)) = current.take() {
        if d.kind == STRING {
            given.push((d, words.join(" ")));
        } else {
            let mut words = words.into_iter();
            given.push((d, words.next().unwrap_or_default().to_string()));
            positional.extend(words);
        }
    }
}

/// Splits `args` into positional text and `name:value` parts, then types each value.
fn fill(
    shown: &str,
    declared: &[Declared],
    args: &str,
    user: &dyn Fn(&str) -> Option<u64>,
) -> Result<Vec<Opt>, String> {
    let mut given: Vec<(&Declared, String)> = Vec::new();
    let mut positional: Vec<&str> = Vec::new();
    let mut current: Named<'_, '_> = None;
    for word in args.split_whitespace() {
        let named = word.split_once(':').and_then(|(key, rest)| {
            declared
                .iter()
                .find(|d| d.name.eq_ignore_ascii_case(key))
                .map(|d| (d, rest))
        });
        match named {
            Some((d, rest)) => {
                flush(&mut current, &mut given, &mut positional);
                current = Some((d, rest.split_whitespace().collect()));
            }
            None => match &mut current {
                Some((_, words)) => words.push(word),
                None => positional.push(word),
            },
        }
    }
    flush(&mut current, &mut given, &mut positional);
    if !positional.is_empty() {
        let free = declared
            .iter()
            .find(|d| !given.iter().any(|(g, _)| g.name == d.name));
        match free {
            Some(d) if d.kind == STRING => given.push((d, positional.join(" "))),
            Some(d) if positional.len() == 1 => given.push((d, positional[0].to_string())),
            Some(d) => {
                return Err(format!(
                    "{shown}: `{}` takes one word, not `{}`",
                    d.name,
                    positional.join(" ")
                ))
            }
            None if declared.is_empty() => {
                return Err(format!("{shown} takes no options"));
            }
            None => {
                return Err(format!(
                    "{shown}: nothing left for `{}`",
                    positional.join(" ")
                ))
            }
        }
    }
    let mut out = Vec::new();
    for (d, raw) in given {
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let opt = match d.kind {
            STRING => Opt::string(&d.name, raw),
            INTEGER => Opt::integer(
                &d.name,
                raw.parse()
                    .map_err(|_| format!("{shown}: `{}` must be a whole number", d.name))?,
            ),
            NUMBER => Opt::number(
                &d.name,
                raw.parse()
                    .map_err(|_| format!("{shown}: `{}` must be a number", d.name))?,
            ),
            BOOLEAN => match raw.to_ascii_lowercase().as_str() {
                "true" | "yes" | "on" => Opt::boolean(&d.name, true),
                "false" | "no" | "off" => Opt::boolean(&d.name, false),
                _ => return Err(format!("{shown}: `{}` must be true or false", d.name)),
            },
            USER => {
                let who = raw.trim_start_matches('@');
                let id = user(who).ok_or_else(|| {
                    format!("{shown}: nobody is called `{who}` (:who lists everyone)")
                })?;
                Opt::user(&d.name, id)
            }
            other => {
                return Err(format!(
                    "{shown}: the sandbox cannot give `{}` options of type {other}",
                    d.name
                ))
            }
        };
        out.push(opt);
    }
    if let Some(missing) = declared
        .iter()
        .find(|d| d.required && !out.iter().any(|o| o.name == d.name))
    {
        return Err(format!(
            "{shown} needs `{}` ({})",
            missing.name,
            missing.description.trim_end_matches('.')
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::commands::{self, support, ticket};
    use serde_json::json;

    /// The commands exactly as the bot registers them.
    fn commands() -> Vec<Value> {
        serde_json::to_value(commands::all())
            .unwrap()
            .as_array()
            .unwrap()
            .clone()
    }

    fn run(line: &str) -> Result<Vec<(String, Value)>, String> {
        let mut parts = line.splitn(3, ' ');
        let name = parts.next().unwrap();
        let sub = parts.next();
        let args = parts.next().unwrap_or_default();
        let people = |n: &str| (n == "agent-bob").then_some(42);
        options(&commands(), name, sub, args, &people)
            .map(|v| v.into_iter().map(|o| (o.name, o.value)).collect())
    }

    #[test]
    fn a_subcommand_group_takes_its_subcommand_from_the_next_word() {
        let (sub, rest) = group_leaf(&commands(), "ticket", "tag", "add billing").unwrap();
        assert_eq!(
            (sub.as_str(), rest.as_str()),
            (ticket::subs::TAG_ADD, "billing")
        );
        let people = |_: &str| None;
        let opts = options(&commands(), "ticket", Some(&sub), &rest, &people).unwrap();
        assert_eq!(
            opts.into_iter()
                .map(|o| (o.name, o.value))
                .collect::<Vec<_>>(),
            vec![(ticket::opts::TAG.into(), json!("billing"))]
        );
        assert!(group_leaf(&commands(), "ticket", "open", "printer").is_none());
        let err = options(&commands(), "ticket", Some("tag nope"), "", &people).unwrap_err();
        assert!(err.contains("needs one of: add, remove"), "{err}");
    }

    #[test]
    fn positional_text_fills_the_first_option() {
        assert_eq!(
            run("ticket open printer on fire").unwrap(),
            vec![(ticket::opts::TOPIC.into(), json!("printer on fire"))]
        );
        assert_eq!(run("ticket open").unwrap(), vec![]);
        assert_eq!(
            run("ticket escalate needs a DBA").unwrap(),
            vec![(ticket::opts::REASON.into(), json!("needs a DBA"))]
        );
        assert_eq!(
            run("support stats 7").unwrap(),
            vec![(support::opts::DAYS.into(), json!(7))]
        );
    }

    #[test]
    fn named_options_and_the_rest() {
        assert_eq!(
            run("ticket escalate tier:3 needs a DBA").unwrap(),
            vec![
                (ticket::opts::TIER.into(), json!(3)),
                (ticket::opts::REASON.into(), json!("needs a DBA"))
            ]
        );
        assert_eq!(
            run("ticket escalate reason:db is down tier:3").unwrap(),
            vec![
                (ticket::opts::REASON.into(), json!("db is down")),
                (ticket::opts::TIER.into(), json!(3))
            ]
        );
    }

    #[test]
    fn users_are_resolved_by_name() {
        assert_eq!(
            run("ticket transfer @agent-bob").unwrap(),
            vec![(ticket::opts::AGENT.into(), json!("42"))]
        );
        assert!(run("ticket transfer zed").unwrap_err().contains("nobody"));
        assert!(run("ticket transfer")
            .unwrap_err()
            .contains("needs `agent` (The agent taking over)"));
    }

    #[test]
    fn mistakes_say_what_is_there() {
        assert!(run("ticket claim now")
            .unwrap_err()
            .contains("takes no options"));
        assert!(run("ticket fly").unwrap_err().contains("open, claim"));
        assert!(run("ticket").unwrap_err().contains("needs one of"));
        assert!(run("dance").unwrap_err().contains("/ticket, /kb, /support"));
        assert!(run("support stats many")
            .unwrap_err()
            .contains("whole number"));
    }
}
