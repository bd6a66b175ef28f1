//! How the sandbox shows Discord things in a terminal: messages with their embeds, buttons,
//! reactions and files as text, mentions and timestamps as names and dates, light Markdown,
//! and colours (ANSI) only when asked for.

use chrono::{DateTime, Utc};
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Colours on or off (`NO_COLOR`, or output that is not a terminal: off).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color && !text.is_empty() {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }
    /// The bot's name and other speakers.
    pub fn author(&self, text: &str) -> String {
        self.paint("1;36", text)
    }
    /// Emphasis (`**bold**` in Markdown, embed titles).
    pub fn bold(&self, text: &str) -> String {
        self.paint("1", text)
    }
    /// Asides: footers, "only you see this", what the sandbox itself says.
    pub fn dim(&self, text: &str) -> String {
        self.paint("2", text)
    }
    /// Buttons and reactions: things to act on.
    pub fn action(&self, text: &str) -> String {
        self.paint("33", text)
    }
    /// Mistakes and refusals by Discord.
    pub fn error(&self, text: &str) -> String {
        self.paint("31", text)
    }
    /// The prompt's user.
    pub fn user(&self, text: &str) -> String {
        self.paint("1;32", text)
    }
}

/// Names for the ids inside message text.
pub trait Names {
    /// A user's name (without `@`).
    fn user(&self, id: u64) -> Option<String>;
    /// A role's name (without `@`).
    fn role(&self, id: u64) -> Option<String>;
    /// A channel's or thread's name (without `#`).
    fn channel(&self, id: u64) -> Option<String>;
}

/// One message to show.
pub struct Shown<'a> {
    /// Who wrote it.
    pub author: &'a str,
    /// Where: `#help`; `None` for a reply only the current user sees.
    pub place: Option<&'a str>,
    pub content: &'a str,
    pub embeds: &'a [Value],
    pub components: &'a [Value],
    pub reactions: &'a BTreeMap<String, Vec<u64>>,
    /// File names and sizes.
    pub files: Vec<(&'a str, usize)>,
}

fn mention_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"<(@!?|@&|#)(\d+)>|<t:(-?\d+)(?::[tTdDfFR])?>").expect("a valid regex")
    })
}

fn bold_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| Regex::new(r"\*\*(.+?)\*\*").expect("a valid regex"))
}

/// A Discord timestamp as the sandbox shows it.
pub fn time(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

/// Message text for the terminal: mentions and timestamps resolved, the zero-width spaces
/// that make mentions inert dropped, `**bold**` rendered, code fences removed.
pub fn text(names: &dyn Names, style: Style, raw: &str) -> String {
    let resolved = mention_re().replace_all(raw, |c: &regex::Captures<'_>| {
        if let Some(secs) = c.get(3) {
            return secs
                .as_str()
                .parse::<i64>()
                .ok()
                .and_then(|s| DateTime::<Utc>::from_timestamp(s, 0))
                .map_or_else(|| c[0].to_string(), time);
        }
        let id: u64 = c[2].parse().unwrap_or_default();
        let (sigil, name) = match &c[1] {
            "#" => ("#", names.channel(id)),
            "@&" => ("@", names.role(id)),
            _ => ("@", names.user(id)),
        };
        format!("{sigil}{}", name.unwrap_or_else(|| id.to_string()))
    });
    let resolved = resolved.replace('\u{200b}', "");
    let lines: Vec<&str> = resolved
        .lines()
        .filter(|l| !l.trim_start().starts_with("```"))
        .collect();
    bold_re()
        .replace_all(&lines.join("\n"), |c: &regex::Captures<'_>| {
            style.bold(&c[1])
        })
        .into_owned()
}

/// The labels of a message's buttons (and select menus), in order.
pub fn buttons(components: &[Value]) -> Vec<String> {
    components
        .iter()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| {
            c["label"]
                .as_str()
                .or_else(|| c["placeholder"].as_str())
                .or_else(|| c["custom_id"].as_str())
                .map(str::to_string)
        })
        .collect()
}

/// Reactions as `1️⃣ 2️⃣ 4️⃣×2`.
pub fn reactions(r: &BTreeMap<String, Vec<u64>>) -> String {
    let mut list: Vec<(&String, usize)> = r
        .iter()
        .filter(|(_, users)| !users.is_empty())
        .map(|(e, users)| (e, users.len()))
        .collect();
    // Number emoji sort by their digit; keep the map's order otherwise.
    list.sort_by_key(|(e, _)| e.chars().next().filter(char::is_ascii_digit));
    list.iter()
        .map(|(e, n)| {
            if *n > 1 {
                format!("{e}×{n}")
            } else {
                e.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn size(bytes: usize) -> String {
    if bytes < 1024 {
        format!("{bytes} B")
    } else {
        format!("{:.1} kB", bytes as f64 / 1024.0)
    }
}

/// A whole message: a header line (`Concierge in #help: first line`), then the rest of
/// the content, embeds (`│ ` lines), buttons, files and reactions, indented.
pub fn message(names: &dyn Names, style: Style, m: &Shown<'_>) -> String {
    let where_ = match m.place {
        Some(p) => format!(" in {p}"),
        None => format!(" {}", style.dim("(only you see this)")),
    };
    let mut out = format!("{}{where_}:", style.author(m.author));
    let body = text(names, style, m.content);
    let mut lines = body.lines();
    if let Some(first) = lines.next() {
        out.push(' ');
        out.push_str(first);
    }
    for l in lines {
        out.push_str("\n  ");
        out.push_str(l);
    }
    let bar = style.dim("│");
    for e in m.embeds {
        let mut push = |s: String| {
            for l in s.lines() {
                out.push_str(&format!("\n  {bar} {l}"));
            }
        };
        if let Some(t) = e["title"].as_str() {
            push(style.bold(&text(names, style, t)));
        }
        if let Some(d) = e["description"].as_str() {
            push(text(names, style, d));
        }
        for f in e["fields"].as_array().into_iter().flatten() {
            push(format!(
                "{}: {}",
                style.bold(f["name"].as_str().unwrap_or_default()),
                text(names, style, f["value"].as_str().unwrap_or_default())
            ));
        }
        if let Some(f) = e["footer"]["text"].as_str() {
            push(style.dim(&text(names, style, f)));
        }
    }
    let labels = buttons(m.components);
    if !labels.is_empty() {
        let shown: Vec<String> = labels
            .iter()
            .map(|l| style.action(&format!("[{l}]")))
            .collect();
        out.push_str(&format!("\n  buttons: {}", shown.join(" ")));
    }
    for (name, bytes) in &m.files {
        out.push_str(&format!("\n  file: {name} ({})", size(*bytes)));
    }
    let r = reactions(m.reactions);
    if !r.is_empty() {
        out.push_str(&format!("\n  reactions: {}", style.action(&r)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    struct N;
    impl Names for N {
        fn user(&self, id: u64) -> Option<String> {
            (id == 1).then(|| "alice".into())
        }
        fn role(&self, id: u64) -> Option<String> {
            (id == 2).then(|| "tier-1".into())
        }
        fn channel(&self, id: u64) -> Option<String> {
            (id == 3).then(|| "ticket-1 printer".into())
        }
    }

    const PLAIN: Style = Style { color: false };

    #[test]
    fn mentions_timestamps_and_markdown() {
        assert_eq!(
            text(
                &N,
                PLAIN,
                "**Ticket 1** for <@1> and <@!1>, <@&2> in <#3>, @\u{200b}everyone"
            ),
            "Ticket 1 for @alice and @alice, @tier-1 in #ticket-1 printer, @everyone"
        );
        assert_eq!(
            text(&N, PLAIN, "by <t:0:f> <@9>"),
            "by 1970-01-01 00:00 UTC @9"
        );
        assert_eq!(text(&N, PLAIN, "```\nfigures\n```"), "figures");
        let bold = text(&N, Style { color: true }, "a **b** c");
        assert_eq!(bold, "a \x1b[1mb\x1b[0m c");
    }

    #[test]
    fn a_whole_answer() {
        let mut r = BTreeMap::new();
        r.insert("4\u{fe0f}\u{20e3}".to_string(), vec![1, 2]);
        r.insert("1\u{fe0f}\u{20e3}".to_string(), vec![1]);
        let embeds = [
            json!({"title": "Passwords", "description": "Reset it, <@1>.",
            "footer": {"text": "Automatic answer"}}),
        ];
        let components = [json!({"type": 1, "components": [
            {"type": 2, "label": "Solved", "custom_id": "a"},
            {"type": 2, "label": "Talk to a human", "custom_id": "b"}]})];
        let shown = Shown {
            author: "Concierge",
            place: Some("#help"),
            content: "",
            embeds: &embeds,
            components: &components,
            reactions: &r,
            files: vec![("ticket-1.md", 2048)],
        };
        assert_eq!(
            message(&N, PLAIN, &shown),
            "Concierge in #help:\n  │ Passwords\n  │ Reset it, @alice.\n  │ Automatic answer\n  \
             buttons: [Solved] [Talk to a human]\n  file: ticket-1.md (2.0 kB)\n  reactions: 1\u{fe0f}\u{20e3} 4\u{fe0f}\u{20e3}×2"
        );
        let only_me = Shown {
            place: None,
            content: "Ticket 1 closed.\nThanks",
            embeds: &[],
            components: &[],
            files: vec![],
            ..shown
        };
        assert_eq!(
            message(&N, PLAIN, &only_me),
            "Concierge (only you see this): Ticket 1 closed.\n  Thanks\n  reactions: 1\u{fe0f}\u{20e3} 4\u{fe0f}\u{20e3}×2"
        );
    }
}
