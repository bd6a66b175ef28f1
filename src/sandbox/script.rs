//! The sandbox's input language: one line, one action. Pure parsing, no I/O.
//!
//! ```text
//! how do I reset my password        post a message as the current user in the current channel
//! /ticket open printer on fire      a slash command (options by position, see below)
//! :as alice | :as agent-bob         switch user
//! :in #help | :in ticket-3          switch channel
//! :react 4️⃣                         react on the bot's last message here
//! :click solved | :click human      press a button on the bot's last message that has it
//! :pick tier 1: @helpers, @experts   choose in a select menu (nothing after `:` clears it)
//! :guild [name]                     go to another server (no name: list them)
//! :tick [minutes]                   move the clock forward and run the SLA clock
//! :stats  :who  :help  :quit
//! ```

/// One parsed line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// Nothing to do (blank or a `#` comment).
    Nothing,
    /// A message posted as the current user.
    Say(String),
    /// `/name sub args...`.
    Slash {
        name: String,
        sub: Option<String>,
        args: String,
    },
    As(String),
    In(String),
    React(String),
    Click(String),
    /// `:pick <menu>: <values>`: the words of the menu's placeholder, then its values
    /// (comma-separated; none clears the menu).
    Pick {
        menu: String,
        values: Vec<String>,
    },
    /// `:guild [name]`: go to a server (`None`: list them).
    Guild(Option<String>),
    Tick(i64),
    Stats,
    Who,
    Help,
    Quit,
}

/// Parses one line; errors say what was expected.
pub fn parse(line: &str) -> Result<Line, String> {
    let line = line.trim();
    if line.is_empty() || line.starts_with('#') && !line.starts_with("#!") {
        return Ok(Line::Nothing);
    }
    if let Some(rest) = line.strip_prefix('/') {
        let mut parts = rest.splitn(3, ' ');
        let name = parts.next().unwrap_or_default().to_string();
        if name.is_empty() {
            return Err("a slash command needs a name, like /ticket open".into());
        }
        let sub = parts.next().map(str::to_string).filter(|s| !s.is_empty());
        let args = parts.next().unwrap_or_default().trim().to_string();
        return Ok(Line::Slash { name, sub, args });
    }
    if let Some(rest) = line.strip_prefix(':') {
        let (verb, arg) = match rest.split_once(' ') {
            Some((v, a)) => (v, a.trim()),
            None => (rest, ""),
        };
        let need = |what: &str| -> Result<String, String> {
            if arg.is_empty() {
                Err(format!(":{verb} needs {what}"))
            } else {
                Ok(arg.to_string())
            }
        };
        return match verb {
            "as" => need("a user, like :as alice").map(Line::As),
            "in" => need("a channel, like :in #help")
                .map(|c| Line::In(c.trim_start_matches('#').to_string())),
            "react" => need("an emoji, like :react 4️⃣").map(Line::React),
            "click" => need("a button, :click solved or :click human").map(Line::Click),
            "pick" => {
                let usage = "a menu and what to choose, like :pick tier 1: @helpers";
                let arg = need(usage)?;
                let Some((menu, values)) = arg.split_once(':') else {
                    return Err(format!(":pick needs {usage} (a `:` after the menu)"));
                };
                if menu.trim().is_empty() {
                    return Err(format!(":pick needs {usage} (the menu's words before `:`)"));
                }
                Ok(Line::Pick {
                    menu: menu.trim().to_string(),
                    values: values
                        .split(',')
                        .map(|v| v.trim().to_string())
                        .filter(|v| !v.is_empty())
                        .collect(),
                })
            }
            "guild" | "server" => Ok(Line::Guild(Some(arg.to_string()).filter(|a| !a.is_empty()))),
            "tick" => {
                let minutes = if arg.is_empty() {
                    60
                } else {
                    arg.parse()
                        .map_err(|_| format!("`{arg}` is not a number of minutes"))?
                };
                Ok(Line::Tick(minutes))
            }
            "stats" => Ok(Line::Stats),
            "who" => Ok(Line::Who),
            "help" => Ok(Line::Help),
            "quit" | "q" | "exit" => Ok(Line::Quit),
            other => Err(format!("unknown command :{other} (try :help)")),
        };
    }
    Ok(Line::Say(line.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_line() {
        assert_eq!(parse("  "), Ok(Line::Nothing));
        assert_eq!(parse("# a comment"), Ok(Line::Nothing));
        assert_eq!(
            parse("how do I reset my password"),
            Ok(Line::Say("how do I reset my password".into()))
        );
        assert_eq!(
            parse("/ticket open printer on fire"),
            Ok(Line::Slash {
                name: "ticket".into(),
                sub: Some("open".into()),
                args: "printer on fire".into()
            })
        );
        assert_eq!(
            parse("/ticket claim"),
            Ok(Line::Slash {
                name: "ticket".into(),
                sub: Some("claim".into()),
                args: String::new()
            })
        );
        assert_eq!(parse(":as agent-bob"), Ok(Line::As("agent-bob".into())));
        assert_eq!(parse(":in #help"), Ok(Line::In("help".into())));
        assert_eq!(parse(":react 4️⃣"), Ok(Line::React("4️⃣".into())));
        assert_eq!(parse(":click solved"), Ok(Line::Click("solved".into())));
        assert_eq!(
            parse(":pick tier 1: @helpers, @experts "),
            Ok(Line::Pick {
                menu: "tier 1".into(),
                values: vec!["@helpers".into(), "@experts".into()]
            })
        );
        assert_eq!(
            parse(":pick on-call:"),
            Ok(Line::Pick {
                menu: "on-call".into(),
                values: vec![]
            })
        );
        assert!(parse(":pick tier 1").unwrap_err().contains("a `:` after"));
        assert!(parse(":pick : x").unwrap_err().contains("words before"));
        assert_eq!(parse(":guild"), Ok(Line::Guild(None)));
        assert_eq!(
            parse(":guild Second Server"),
            Ok(Line::Guild(Some("Second Server".into())))
        );
        assert_eq!(parse(":tick"), Ok(Line::Tick(60)));
        assert_eq!(parse(":tick 90"), Ok(Line::Tick(90)));
        assert_eq!(parse(":quit"), Ok(Line::Quit));
        assert!(parse(":as").unwrap_err().contains("needs a user"));
        assert!(parse(":dance").unwrap_err().contains("unknown command"));
        assert!(parse("/").is_err());
    }
}
