//! How the sandbox shows Discord things in a terminal: messages with their embeds, buttons,
//! select menus, reactions and files as text, mentions and timestamps as names and dates, light Markdown,
//! and colours (ANSI) only when asked for; in a terminal, long lines wrap to its width under
//! their indent or `│` gutter, their styles carried over.

use super::components::{
    bounds, channel_kind, parts, title, BUTTON, MENTIONABLE_SELECT, ROLE_SELECT, STRING_SELECT,
    USER_SELECT,
};
use chrono::{DateTime, Utc};
use regex::Regex;
use serde_json::Value;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// How output looks: colours on or off (`NO_COLOR`, or output that is not a terminal: off),
/// and the terminal's width to wrap messages at (`None`: no wrapping, as in scripts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub color: bool,
    pub width: Option<usize>,
}

/// The ANSI code that ends every style.
const RESET: &str = "\x1b[0m";

impl Style {
    /// Plain text: no colours, no wrapping.
    pub const PLAIN: Style = Style {
        color: false,
        width: None,
    };

    fn paint(&self, code: &str, text: &str) -> String {
        if self.color && !text.is_empty() {
            // A style inside this one (bold in a footer) ends with a reset, which would end
            // this one too: open it again after each.
            let open = format!("\x1b[{code}m");
            let inner = text.replace(RESET, &format!("{RESET}{open}"));
            match inner.strip_suffix(&open) {
                Some(ended) => format!("{open}{ended}"),
                None => format!("{open}{inner}{RESET}"),
            }
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
    /// Shown again because it was edited (`Concierge in #help (edited):`).
    pub edited: bool,
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

/// The labels of a message's buttons, in order, after their emoji (a Unicode one, as
/// `💳 Billing`); a disabled one as `Finish (disabled)`.
pub fn buttons(components: &[Value]) -> Vec<String> {
    parts(components)
        .filter(|c| c["type"] == BUTTON)
        .map(|c| {
            let label = match c["emoji"]["name"].as_str() {
                Some(e) if c["emoji"]["id"].is_null() && !e.is_empty() => {
                    format!("{e} {}", title(c))
                }
                _ => title(c),
            };
            if c["disabled"].as_bool().unwrap_or(false) {
                format!("{label} (disabled)")
            } else {
                label
            }
        })
        .collect()
}

/// A select menu as the sandbox shows it: its placeholder, then what it takes, how many may
/// be chosen and what is chosen now (its default values, by name): `Tier 1 agents' role
/// (role, choose up to 1; now @helpers)`.
pub fn menu(names: &dyn Names, c: &Value) -> String {
    let kind = match c["type"].as_u64() {
        Some(STRING_SELECT) => {
            let labels: Vec<&str> = c["options"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|o| o["label"].as_str())
                .collect();
            format!("one of {}", labels.join(", "))
        }
        Some(USER_SELECT) => "person".to_string(),
        Some(ROLE_SELECT) => "role".to_string(),
        Some(MENTIONABLE_SELECT) => "role or person".to_string(),
        _ => channel_kinds(
            &c["channel_types"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_u64)
                .collect::<Vec<_>>(),
        ),
    };
    let how_many = match bounds(c) {
        (0, max) => format!("choose up to {max}"),
        (min, max) if min == max => format!("choose {min}"),
        (min, max) => format!("choose {min} to {max}"),
    };
    let chosen: Vec<String> = if c["type"] == STRING_SELECT {
        c["options"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|o| o["default"].as_bool().unwrap_or(false))
            .filter_map(|o| o["label"].as_str().map(str::to_string))
            .collect()
    } else {
        c["default_values"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|d| {
                let id = d["id"]
                    .as_str()
                    .and_then(|i| i.parse().ok())
                    .or_else(|| d["id"].as_u64())
                    .unwrap_or_default();
                let (sigil, name) = match d["type"].as_str() {
                    Some("channel") => ("#", names.channel(id)),
                    Some("role") => ("@", names.role(id)),
                    _ => ("@", names.user(id)),
                };
                format!("{sigil}{}", name.unwrap_or_else(|| id.to_string()))
            })
            .collect()
    };
    let now = if chosen.is_empty() {
        "none".to_string()
    } else {
        chosen.join(", ")
    };
    let disabled = if c["disabled"].as_bool().unwrap_or(false) {
        ", disabled"
    } else {
        ""
    };
    format!("{} ({kind}, {how_many}; now {now}{disabled})", title(c))
}

/// What a channel menu takes: `channel` (any), `text channel`, `text, announcement or
/// forum channel`, `category`.
fn channel_kinds(kinds: &[u64]) -> String {
    let short = |k: u64| match k {
        0 => Some("text"),
        2 => Some("voice"),
        5 => Some("announcement"),
        13 => Some("stage"),
        15 => Some("forum"),
        16 => Some("media"),
        _ => None,
    };
    let or = |words: Vec<&str>| match words.split_last() {
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    };
    if kinds.is_empty() {
        return "channel".into();
    }
    match kinds.iter().map(|k| short(*k)).collect::<Option<Vec<_>>>() {
        Some(words) => format!("{} channel", or(words)),
        None => or(kinds.iter().map(|k| channel_kind(*k)).collect()),
    }
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

/// How many columns a character takes in a terminal: none for combining marks, variation
/// selectors and joiners, two for emoji and East Asian wide characters, else one.
fn columns(c: char) -> usize {
    match u32::from(c) {
        0x0300..=0x036F | 0x200B..=0x200F | 0x20D0..=0x20FF | 0xFE00..=0xFE0F => 0,
        0x1100..=0x115F
        | 0x2E80..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x1F300..=0x1FAFF
        | 0x20000..=0x3FFFD => 2,
        _ => 1,
    }
}

/// A line cut into colour codes and characters.
enum Piece<'a> {
    Code(&'a str),
    Char(char),
}

fn pieces(line: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if let Some(end) = rest.strip_prefix("\x1b[").and_then(|r| r.find('m')) {
            let (code, after) = rest.split_at(end + 3);
            out.push(Piece::Code(code));
            rest = after;
        } else {
            out.push(Piece::Char(c));
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// How many columns `line` takes (colour codes take none).
pub fn width(line: &str) -> usize {
    pieces(line)
        .iter()
        .map(|p| match p {
            Piece::Char(c) => columns(*c),
            Piece::Code(_) => 0,
        })
        .sum()
}

/// Lines being filled by [`wrap`].
struct Filling<'a> {
    lines: Vec<String>,
    cur: String,
    used: usize,
    /// The colour codes in effect (since the last reset).
    active: Vec<&'a str>,
    first: usize,
    next: usize,
}

impl<'a> Filling<'a> {
    fn room(&self) -> usize {
        if self.lines.is_empty() {
            self.first
        } else {
            self.next
        }
    }
    fn cut(&mut self) {
        let mut done = std::mem::replace(&mut self.cur, self.active.concat());
        if !self.active.is_empty() {
            done.push_str(RESET);
        }
        self.lines.push(done);
        self.used = 0;
    }
    /// The colour codes among `pieces`, without their characters.
    fn codes_only(&mut self, pieces: Vec<Piece<'a>>) {
        for p in pieces {
            if let Piece::Code(_) = p {
                self.push(p);
            }
        }
    }
    fn push(&mut self, p: Piece<'a>) {
        match p {
            Piece::Code(code) => {
                self.cur.push_str(code);
                if code == RESET {
                    self.active.clear();
                } else {
                    self.active.push(code);
                }
            }
            Piece::Char(c) => {
                let w = columns(c);
                if self.used > 0 && self.used + w > self.room() {
                    self.cut();
                }
                self.cur.push(c);
                self.used += w;
            }
        }
    }
}

/// Cuts one line (which may hold colour codes) into lines of at most `first` columns, then
/// `next` columns, at spaces (a longer word is cut where it must be). A cut line ends its
/// styles and the next one opens again those in effect, so bold stays bold on the next
/// line, behind whatever gutter it gets.
pub fn wrap(line: &str, first: usize, next: usize) -> Vec<String> {
    // Words and runs of spaces, each with its width. A reset goes with what it ends, any
    // other colour code with what it starts.
    let mut tokens: Vec<(bool, Vec<Piece<'_>>, usize)> = Vec::new();
    let mut opening: Vec<Piece<'_>> = Vec::new();
    for p in pieces(line) {
        let c = match p {
            Piece::Code(code) if code != RESET || tokens.is_empty() => {
                opening.push(p);
                continue;
            }
            Piece::Code(_) => {
                if let Some(t) = tokens.last_mut() {
                    t.1.push(p);
                }
                continue;
            }
            Piece::Char(c) => c,
        };
        let space = c == ' ';
        match tokens.last_mut() {
            Some(t) if t.0 == space => {
                t.1.append(&mut opening);
                t.1.push(p);
                t.2 += columns(c);
            }
            _ => {
                let mut pieces = std::mem::take(&mut opening);
                pieces.push(p);
                tokens.push((space, pieces, columns(c)));
            }
        }
    }
    match tokens.last_mut() {
        Some(t) => t.1.append(&mut opening),
        None => tokens.push((false, opening, 0)),
    }
    let mut f = Filling {
        lines: Vec::new(),
        cur: String::new(),
        used: 0,
        active: Vec::new(),
        first: first.max(1),
        next: next.max(1),
    };
    // Spaces wait for the next word: where a line is cut they are not shown (their colour
    // codes still count).
    let mut spaces: (Vec<Piece<'_>>, usize) = (Vec::new(), 0);
    for (space, token, w) in tokens {
        if space {
            if f.used == 0 && !f.lines.is_empty() {
                f.codes_only(token);
            } else {
                spaces.0.extend(token);
                spaces.1 += w;
            }
            continue;
        }
        let (before, before_w) = std::mem::take(&mut spaces);
        if f.used > 0 && f.used + before_w + w > f.room() && w <= f.next {
            f.codes_only(before);
            f.cut();
        } else {
            for p in before {
                f.push(p);
            }
        }
        for p in token {
            f.push(p);
        }
    }
    f.codes_only(spaces.0);
    f.lines.push(f.cur);
    f.lines
}

/// A whole message: a header line (`Concierge in #help: first line`), then the rest of
/// the content, embeds (`│ ` lines), buttons, files and reactions, indented. With a width,
/// long lines are wrapped under their indent (embed lines keep their `│` gutter).
pub fn message(names: &dyn Names, style: Style, m: &Shown<'_>) -> String {
    let edited = if m.edited { " (edited)" } else { "" };
    let where_ = match m.place {
        Some(p) => format!(" in {p}{edited}"),
        None if m.edited => format!(" {}", style.dim("(only you see this, edited)")),
        None => format!(" {}", style.dim("(only you see this)")),
    };
    let header = format!("{}{where_}:", style.author(m.author));
    // (what comes before the text, before its wrapped lines, the text)
    let mut rows: Vec<(String, String, String)> = Vec::new();
    let body = text(names, style, m.content);
    let mut lines = body.lines();
    match lines.next() {
        Some(first) => rows.push((format!("{header} "), "  ".into(), first.to_string())),
        None => rows.push((header, "  ".into(), String::new())),
    }
    for l in lines {
        rows.push(("  ".into(), "  ".into(), l.to_string()));
    }
    let gutter = format!("  {} ", style.dim("│"));
    for e in m.embeds {
        let mut push = |s: String| {
            for l in s.lines() {
                rows.push((gutter.clone(), gutter.clone(), l.to_string()));
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
    let mut aside = |s: String| rows.push(("  ".into(), "  ".into(), s));
    for c in parts(m.components).filter(|c| super::components::is_select(c)) {
        aside(format!("menu: {}", style.action(&menu(names, c))));
    }
    let labels = buttons(m.components);
    if !labels.is_empty() {
        let shown: Vec<String> = labels
            .iter()
            .map(|l| style.action(&format!("[{l}]")))
            .collect();
        aside(format!("buttons: {}", shown.join(" ")));
    }
    for (name, bytes) in &m.files {
        aside(format!("file: {name} ({})", size(*bytes)));
    }
    let r = reactions(m.reactions);
    if !r.is_empty() {
        aside(format!("reactions: {}", style.action(&r)));
    }
    let mut out: Vec<String> = Vec::new();
    for (first, next, text) in rows {
        let Some(total) = style.width else {
            out.push(format!("{first}{text}"));
            continue;
        };
        // At least 20 columns of text, however narrow the terminal.
        let room = |prefix: &str| total.saturating_sub(width(prefix)).max(20);
        for (i, l) in wrap(&text, room(&first), room(&next)).iter().enumerate() {
            out.push(format!("{}{l}", if i == 0 { &first } else { &next }));
        }
    }
    out.join("\n")
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

    const PLAIN: Style = Style::PLAIN;
    const COLOR: Style = Style {
        color: true,
        width: None,
    };

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
        let bold = text(&N, COLOR, "a **b** c");
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
            edited: false,
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

    #[test]
    fn select_menus_show_what_they_take_and_hold() {
        let components = [
            json!({"type": 1, "components": [{"type": 6, "custom_id": "s:t1",
                "placeholder": "Tier 1 agents' role", "min_values": 0, "max_values": 1,
                "default_values": [{"id": "2", "type": "role"}]}]}),
            json!({"type": 1, "components": [{"type": 8, "custom_id": "s:w",
                "placeholder": "Channels where members ask (watched)", "min_values": 0,
                "max_values": 5, "channel_types": [0, 5],
                "default_values": [{"id": "3", "type": "channel"}, {"id": "9", "type": "channel"}]}]}),
            json!({"type": 1, "components": [{"type": 3, "custom_id": "s:l",
                "placeholder": "Language", "options": [
                    {"label": "English", "value": "en", "default": true},
                    {"label": "Français", "value": "fr"}]}]}),
            json!({"type": 1, "components": [{"type": 5, "custom_id": "s:u",
                "placeholder": "Who", "min_values": 1, "max_values": 3, "disabled": true}]}),
            json!({"type": 1, "components": [
                {"type": 2, "label": "Back", "custom_id": "s:back"},
                {"type": 2, "label": "Finish", "custom_id": "s:finish", "disabled": true}]}),
        ];
        let none = BTreeMap::new();
        let shown = Shown {
            author: "Concierge",
            place: None,
            edited: true,
            content: "Set-up, step 1 of 2",
            embeds: &[],
            components: &components,
            reactions: &none,
            files: vec![],
        };
        assert_eq!(
            message(&N, PLAIN, &shown),
            "Concierge (only you see this, edited): Set-up, step 1 of 2\n  \
             menu: Tier 1 agents' role (role, choose up to 1; now @tier-1)\n  \
             menu: Channels where members ask (watched) (text or announcement channel, choose up to 5; now #ticket-1 printer, #9)\n  \
             menu: Language (one of English, Français, choose 1; now English)\n  \
             menu: Who (person, choose 1 to 3; now none, disabled)\n  \
             buttons: [Back] [Finish (disabled)]"
        );
        let in_channel = Shown {
            place: Some("#help"),
            components: &[],
            ..shown
        };
        assert_eq!(
            message(&N, PLAIN, &in_channel),
            "Concierge in #help (edited): Set-up, step 1 of 2"
        );
    }

    #[test]
    fn buttons_show_their_emoji_before_their_label() {
        let rows = [json!({"type": 1, "components": [
            {"type": 2, "label": "Billing", "emoji": {"name": "💳"}, "custom_id": "panel:open:1"},
            {"type": 2, "label": "Custom", "emoji": {"name": "shop", "id": "123"},
                "custom_id": "panel:open:2"},
            {"type": 2, "label": "Solved", "custom_id": "answer:solved:1"}]})];
        assert_eq!(buttons(&rows), ["💳 Billing", "Custom", "Solved"]);
    }

    #[test]
    fn channel_menus_say_which_channels() {
        assert_eq!(channel_kinds(&[]), "channel");
        assert_eq!(channel_kinds(&[0]), "text channel");
        assert_eq!(
            channel_kinds(&[0, 5, 15]),
            "text, announcement or forum channel"
        );
        assert_eq!(channel_kinds(&[4]), "category");
        assert_eq!(channel_kinds(&[0, 4]), "text channel or category");
    }

    #[test]
    fn a_style_inside_another_keeps_both() {
        // Bold in a footer: the footer stays dim after the bold words.
        let footer = COLOR.dim(&text(&N, COLOR, "see **Help** first"));
        assert_eq!(footer, "\x1b[2msee \x1b[1mHelp\x1b[0m\x1b[2m first\x1b[0m");
        // Bold in a bold title: bold to the end.
        let title = COLOR.bold(&text(&N, COLOR, "**Ticket 1** closed"));
        assert_eq!(title, "\x1b[1m\x1b[1mTicket 1\x1b[0m\x1b[1m closed\x1b[0m");
        assert_eq!(COLOR.bold(&COLOR.dim("x")), "\x1b[1m\x1b[2mx\x1b[0m");
    }

    #[test]
    fn wrapping_cuts_at_spaces_and_carries_styles_over() {
        assert_eq!(
            wrap("one two three four", 9, 9),
            ["one two", "three", "four"]
        );
        assert_eq!(wrap("abcdefghij kl", 4, 4), ["abcd", "efgh", "ij", "kl"]);
        assert_eq!(wrap("  indented", 20, 20), ["  indented"]);
        assert_eq!(wrap("", 10, 10), [""]);
        // Emoji take two columns, keycaps' selectors none.
        assert_eq!(width("1\u{fe0f}\u{20e3} 👍"), 4);
        // A bold phrase cut in two: the first line ends the bold, the next opens it again.
        assert_eq!(
            wrap("a \x1b[1mbold phrase\x1b[0m end", 7, 10),
            ["a \x1b[1mbold\x1b[0m", "\x1b[1mphrase\x1b[0m end"]
        );
    }

    #[test]
    fn wrapped_embed_lines_keep_their_gutter_and_their_bold() {
        let embeds = [json!({"title": "Installing the app",
            "description": "- **Windows installer:** run the file and follow its steps"})];
        let none = BTreeMap::new();
        let shown = Shown {
            author: "Concierge",
            place: Some("#help"),
            edited: false,
            content: "An answer for @alice, who asked about the app",
            embeds: &embeds,
            components: &[],
            reactions: &none,
            files: vec![],
        };
        let narrow = Style {
            color: false,
            width: Some(30),
        };
        assert_eq!(
            message(&N, narrow, &shown),
            "Concierge in #help: An answer for\n  @alice, who asked about the\n  app\n  \
             │ Installing the app\n  │ - Windows installer: run\n  │ the file and follow its\n  │ steps"
        );
        let colored = Style {
            color: true,
            width: Some(30),
        };
        let bar = "\x1b[2m│\x1b[0m";
        let out = message(&N, colored, &shown);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[4],
            format!("  {bar} - \x1b[1mWindows installer:\x1b[0m run")
        );
        for l in &lines[3..] {
            assert!(l.starts_with(&format!("  {bar} ")), "{l:?}");
            assert!(width(l) <= 30, "{l:?}");
        }
        // Without a width (a script's output), nothing is wrapped.
        assert_eq!(message(&N, PLAIN, &shown).lines().count(), 3);
        // A bold word that does not fit goes whole to the next line, bold.
        let embeds = [json!({"description": "Open the menu, then **Settings**"})];
        let out = message(
            &N,
            colored,
            &Shown {
                embeds: &embeds,
                content: "",
                ..shown
            },
        );
        assert_eq!(
            out,
            format!(
                "\x1b[1;36mConcierge\x1b[0m in #help:\n  {bar} Open the menu, then\n  {bar} \x1b[1mSettings\x1b[0m"
            )
        );
    }
}
