//! Buttons and select menus on the bot's messages, found by the words a sandbox user types:
//! `:click create tier roles` presses the button whose label holds those words, `:pick tier
//! 1: @helpers` picks in the select menu whose placeholder holds them. Pure: the messages
//! come newest first, and names are turned into ids by a [`Lookup`] the caller gives.

use discord_emulator::Message;
use serde_json::Value;

/// Discord's component types.
pub const BUTTON: u64 = 2;
pub const STRING_SELECT: u64 = 3;
pub const USER_SELECT: u64 = 5;
pub const ROLE_SELECT: u64 = 6;
pub const MENTIONABLE_SELECT: u64 = 7;
pub const CHANNEL_SELECT: u64 = 8;

/// A message's components, its action rows flattened.
pub fn parts(components: &[Value]) -> impl Iterator<Item = &Value> {
    components
        .iter()
        .flat_map(|row| row["components"].as_array().into_iter().flatten())
}

/// Whether a component is a select menu (string, user, role, mentionable or channel).
pub fn is_select(c: &Value) -> bool {
    matches!(
        c["type"].as_u64(),
        Some(STRING_SELECT | USER_SELECT..=CHANNEL_SELECT)
    )
}

fn disabled(c: &Value) -> bool {
    c["disabled"].as_bool().unwrap_or(false)
}

/// Lowercase words: runs of letters and digits.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// Whether every word of `wanted` begins a word of `text` (any case, any order):
/// `create tier roles` and `tier roles` are in "Create tier roles for me".
pub fn words_match(wanted: &str, text: &str) -> bool {
    let have = words(text);
    let want = words(wanted);
    !want.is_empty()
        && want
            .iter()
            .all(|w| have.iter().any(|h| h.starts_with(w.as_str())))
}

/// What a button or a menu is called: its label or placeholder, else its custom id.
pub fn title(c: &Value) -> String {
    c["label"]
        .as_str()
        .or_else(|| c["placeholder"].as_str())
        .or_else(|| c["custom_id"].as_str())
        .unwrap_or_default()
        .to_string()
}

/// The components of the newest message that has any `wanted` names among those `kind`
/// accepts: the one whose title is `wanted` (any case), else those holding its words, else
/// those with `wanted` as a part of their custom id (`answer:human:…`). Disabled ones are
/// told apart, as are several that fit.
fn find<'m>(
    messages: &'m [Message],
    wanted: &str,
    kind: &dyn Fn(&Value) -> bool,
    what: &str,
) -> Result<Option<(&'m Message, &'m Value)>, String> {
    let want = wanted.trim().to_lowercase();
    for m in messages {
        let all: Vec<&Value> = parts(&m.components).filter(|c| kind(c)).collect();
        let exact: Vec<&Value> = all
            .iter()
            .copied()
            .filter(|c| title(c).to_lowercase() == want)
            .collect();
        let found = if exact.is_empty() {
            all.into_iter()
                .filter(|c| {
                    let id = c["custom_id"].as_str().unwrap_or_default().to_lowercase();
                    words_match(&want, &title(c)) || id.split(':').any(|p| p == want)
                })
                .collect()
        } else {
            exact
        };
        if found.is_empty() {
            continue;
        }
        let usable: Vec<&Value> = found.iter().copied().filter(|c| !disabled(c)).collect();
        return match usable.as_slice() {
            [one] => Ok(Some((m, one))),
            [] => Err(format!(
                "the {what} [{}] is disabled (the bot greys it out until it can be used)",
                title(found[0])
            )),
            several => Err(format!(
                "`{wanted}` fits several {what}s: {}; give more of the words",
                several
                    .iter()
                    .map(|c| format!("[{}]", title(c)))
                    .collect::<Vec<_>>()
                    .join(" ")
            )),
        };
    }
    Ok(None)
}

/// The button `wanted` names on the newest message that has one (see [`words_match`]), and
/// its custom id. `Ok(None)`: no message has such a button.
pub fn button<'m>(
    messages: &'m [Message],
    wanted: &str,
) -> Result<Option<(&'m Message, String)>, String> {
    let is_button = |c: &Value| c["type"] == BUTTON && c["custom_id"].is_string();
    Ok(find(messages, wanted, &is_button, "button")?.map(|(m, b)| {
        let id = b["custom_id"].as_str().unwrap_or_default().to_string();
        (m, id)
    }))
}

/// The select menu `wanted` names (by its placeholder) on the newest message that has one.
/// `Ok(None)`: no message has such a menu.
pub fn menu<'m>(
    messages: &'m [Message],
    wanted: &str,
) -> Result<Option<(&'m Message, &'m Value)>, String> {
    find(messages, wanted, &is_select, "menu")
}

/// The current server's channels, roles and people by name, for [`resolve`].
pub trait Lookup {
    /// A channel by name (without `#`): its id and Discord channel type.
    fn channel(&self, name: &str) -> Option<(u64, u64)>;
    /// A role by name (without `@`).
    fn role(&self, name: &str) -> Option<u64>;
    /// A member by name (without `@`).
    fn member(&self, name: &str) -> Option<u64>;
    /// What there is, for a message saying what was meant: `#help, #general`.
    fn channels(&self) -> Vec<String>;
    fn roles(&self) -> Vec<String>;
    fn members(&self) -> Vec<String>;
}

/// A pick, ready for the emulator: option values, or the ids of users, roles or channels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    Strings(Vec<String>),
    Users(Vec<u64>),
    Roles(Vec<u64>),
    Channels(Vec<u64>),
}

impl Pick {
    fn len(&self) -> usize {
        match self {
            Pick::Strings(v) => v.len(),
            Pick::Users(v) | Pick::Roles(v) | Pick::Channels(v) => v.len(),
        }
    }
}

/// What a channel type is called: `text channel`, `category`.
pub fn channel_kind(kind: u64) -> &'static str {
    match kind {
        0 => "text channel",
        2 => "voice channel",
        4 => "category",
        5 => "announcement channel",
        10..=12 => "thread",
        13 => "stage",
        15 => "forum",
        16 => "media channel",
        _ => "channel",
    }
}

/// How many may be chosen in a menu: (min_values, max_values), Discord's defaults 1 and 1.
pub fn bounds(menu: &Value) -> (u64, u64) {
    (
        menu["min_values"].as_u64().unwrap_or(1),
        menu["max_values"].as_u64().unwrap_or(1),
    )
}

/// Adds an id once (a name given twice is one choice).
fn add(ids: &mut Vec<u64>, id: u64) {
    if !ids.contains(&id) {
        ids.push(id);
    }
}

fn unknown(what: &str, value: &str, there: &[String]) -> String {
    if there.is_empty() {
        format!("there is no {what} `{value}` here")
    } else {
        format!(
            "there is no {what} `{value}` here (there are {})",
            there.join(", ")
        )
    }
}

/// Turns the values typed for `menu` (`#help`, `@helpers`, `alice`, an option's label or
/// value) into a pick, checked as Discord's client would: known names only, of the kinds
/// the menu takes, at least `min_values` and at most `max_values` of them.
pub fn resolve(menu: &Value, given: &[String], lookup: &dyn Lookup) -> Result<Pick, String> {
    let name = title(menu);
    let mut values: Vec<&str> = Vec::new();
    for v in given.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
        if !values.contains(&v) {
            values.push(v);
        }
    }
    let pick = match menu["type"].as_u64() {
        Some(STRING_SELECT) => {
            let options = menu["options"].as_array().cloned().unwrap_or_default();
            let labels: Vec<String> = options
                .iter()
                .map(|o| o["label"].as_str().unwrap_or_default().to_string())
                .collect();
            let mut picked = Vec::new();
            for v in &values {
                let same = |o: &&Value| {
                    ["label", "value"]
                        .iter()
                        .any(|k| o[*k].as_str().is_some_and(|s| s.eq_ignore_ascii_case(v)))
                };
                let fitting: Vec<&Value> = match options.iter().find(same) {
                    Some(o) => vec![o],
                    None => options
                        .iter()
                        .filter(|o| words_match(v, o["label"].as_str().unwrap_or_default()))
                        .collect(),
                };
                match fitting.as_slice() {
                    [o] => {
                        let value = o["value"].as_str().unwrap_or_default().to_string();
                        if !picked.contains(&value) {
                            picked.push(value);
                        }
                    }
                    [] => return Err(unknown("option", v, &labels)),
                    _ => {
                        return Err(format!(
                            "`{v}` fits several options of `{name}` ({}); give more of the words",
                            labels.join(", ")
                        ))
                    }
                }
            }
            Pick::Strings(picked)
        }
        Some(USER_SELECT) => {
            let mut ids = Vec::new();
            for v in &values {
                let who = v.trim_start_matches('@');
                let id = lookup
                    .member(who)
                    .ok_or_else(|| unknown("member", who, &lookup.members()))?;
                add(&mut ids, id);
            }
            Pick::Users(ids)
        }
        Some(ROLE_SELECT) => {
            let mut ids = Vec::new();
            for v in &values {
                let role = v.trim_start_matches('@');
                let id = lookup
                    .role(role)
                    .ok_or_else(|| unknown("role", &format!("@{role}"), &lookup.roles()))?;
                add(&mut ids, id);
            }
            Pick::Roles(ids)
        }
        Some(CHANNEL_SELECT) => {
            let allowed: Vec<u64> = menu["channel_types"]
                .as_array()
                .map(|a| a.iter().filter_map(Value::as_u64).collect())
                .unwrap_or_default();
            let mut ids = Vec::new();
            for v in &values {
                let channel = v.trim_start_matches('#');
                let (id, kind) = lookup.channel(channel).ok_or_else(|| {
                    unknown("channel", &format!("#{channel}"), &lookup.channels())
                })?;
                if !allowed.is_empty() && !allowed.contains(&kind) {
                    let takes: Vec<&str> = allowed.iter().map(|k| channel_kind(*k)).collect();
                    return Err(format!(
                        "#{channel} is a {}; `{name}` takes a {}",
                        channel_kind(kind),
                        takes.join(" or ")
                    ));
                }
                add(&mut ids, id);
            }
            Pick::Channels(ids)
        }
        _ => {
            return Err(format!(
                "the sandbox cannot pick in `{name}` (a menu of roles and people together)"
            ))
        }
    };
    let (min, max) = bounds(menu);
    let n = pick.len() as u64;
    if n > max {
        return Err(format!(
            "`{name}` takes at most {max} (you gave {n}: {})",
            values.join(", ")
        ));
    }
    if n < min {
        return Err(if n == 0 {
            format!("`{name}` cannot be left empty: choose at least {min}")
        } else {
            format!("`{name}` needs at least {min} (you gave {n})")
        });
    }
    Ok(pick)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn message(id: u64, components: Value) -> Message {
        Message {
            id,
            channel_id: 1,
            author_id: 2,
            content: String::new(),
            embeds: vec![],
            components: components.as_array().cloned().unwrap_or_default(),
            message_reference: None,
            allowed_mentions: None,
            attachments: vec![],
            flags: 64,
            webhook_id: None,
            interaction_id: None,
            timestamp: String::new(),
            edited_timestamp: None,
            reactions: Default::default(),
        }
    }

    fn setup() -> Message {
        message(
            9,
            json!([
                {"type": 1, "components": [{"type": 6, "custom_id": "setup:tier1",
                    "placeholder": "Tier 1 agents' role", "min_values": 0, "max_values": 1}]},
                {"type": 1, "components": [{"type": 6, "custom_id": "setup:tier2",
                    "placeholder": "Tier 2 agents' role (optional)", "min_values": 0}]},
                {"type": 1, "components": [{"type": 8, "custom_id": "setup:watched",
                    "placeholder": "Channels where members ask (watched)", "min_values": 0,
                    "max_values": 5, "channel_types": [0]}]},
                {"type": 1, "components": [{"type": 3, "custom_id": "setup:lang",
                    "placeholder": "Language", "options": [
                        {"label": "English", "value": "en"},
                        {"label": "Français", "value": "fr"}]}]},
                {"type": 1, "components": [
                    {"type": 2, "label": "Create tier roles for me", "custom_id": "setup:roles"},
                    {"type": 2, "label": "Create #tickets for me", "custom_id": "setup:tickets"},
                    {"type": 2, "label": "Finish", "custom_id": "setup:finish", "disabled": true},
                    {"type": 2, "label": "Docs", "style": 5, "url": "https://example.com"}]}
            ]),
        )
    }

    struct Here;
    impl Lookup for Here {
        fn channel(&self, name: &str) -> Option<(u64, u64)> {
            match name {
                "lobby" => Some((10, 0)),
                "support" => Some((11, 4)),
                _ => None,
            }
        }
        fn role(&self, name: &str) -> Option<u64> {
            (name == "helpers").then_some(20)
        }
        fn member(&self, name: &str) -> Option<u64> {
            (name == "alice").then_some(30)
        }
        fn channels(&self) -> Vec<String> {
            vec!["#lobby".into(), "#support".into()]
        }
        fn roles(&self) -> Vec<String> {
            vec!["@helpers".into()]
        }
        fn members(&self) -> Vec<String> {
            vec!["alice".into()]
        }
    }

    fn values(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn buttons_by_the_words_of_their_label() {
        let answer = message(
            3,
            json!([{"type": 1, "components": [
                {"type": 2, "label": "Solved", "custom_id": "answer:solved:1"},
                {"type": 2, "label": "Talk to a human", "custom_id": "answer:human:1"}]}]),
        );
        let both = [setup(), answer];
        let (m, id) = button(&both, "create tier roles").unwrap().unwrap();
        assert_eq!((m.id, id.as_str()), (9, "setup:roles"));
        assert_eq!(
            button(&both, "TICKETS").unwrap().unwrap().1,
            "setup:tickets"
        );
        // Not on the newest message: an older one.
        assert_eq!(button(&both, "human").unwrap().unwrap().1, "answer:human:1");
        assert!(button(&both, "nothing like it").unwrap().is_none());
        let err = button(&both, "create").unwrap_err();
        assert!(
            err.contains("[Create tier roles for me] [Create #tickets for me]"),
            "{err}"
        );
        assert!(button(&both, "finish").unwrap_err().contains("is disabled"));
    }

    #[test]
    fn a_panel_button_by_its_category_on_the_newest_message_that_has_it() {
        let panel = |id: u64, categories: &[(&str, &str, u64)]| {
            let buttons: Vec<Value> = categories
                .iter()
                .map(|(emoji, label, n)| {
                    json!({"type": 2, "label": label, "emoji": {"name": emoji},
                        "custom_id": format!("panel:open:{n}")})
                })
                .collect();
            message(id, json!([{"type": 1, "components": buttons}]))
        };
        let answer = message(
            5,
            json!([{"type": 1, "components": [
                {"type": 2, "label": "Solved", "custom_id": "answer:solved:1"},
                {"type": 2, "label": "Talk to a human", "custom_id": "answer:human:1"}]}]),
        );
        // Newest first: a newer panel, the answer, the older panel.
        let messages = [
            panel(7, &[("💳", "Billing", 3)]),
            answer,
            panel(3, &[("💳", "Billing", 1), ("🛠️", "Technical", 2)]),
        ];
        let (m, id) = button(&messages, "billing").unwrap().unwrap();
        assert_eq!((m.id, id.as_str()), (7, "panel:open:3"));
        assert_eq!(
            button(&messages, "💳 Billing").unwrap().unwrap().1,
            "panel:open:3"
        );
        assert_eq!(
            button(&messages, "tech").unwrap().unwrap().1,
            "panel:open:2"
        );
        assert_eq!(
            button(&messages, "human").unwrap().unwrap().1,
            "answer:human:1"
        );
    }

    #[test]
    fn menus_by_the_words_of_their_placeholder() {
        let m = [setup()];
        let (_, tier1) = menu(&m, "tier 1").unwrap().unwrap();
        assert_eq!(tier1["custom_id"], "setup:tier1");
        let (_, tier2) = menu(&m, "tier 2 agents").unwrap().unwrap();
        assert_eq!(tier2["custom_id"], "setup:tier2");
        assert_eq!(
            menu(&m, "Channels where members ask (watched)")
                .unwrap()
                .unwrap()
                .1["custom_id"],
            "setup:watched"
        );
        assert!(menu(&m, "tier").unwrap_err().contains("several menus"));
        assert!(menu(&m, "moderators").unwrap().is_none());
    }

    #[test]
    fn values_are_names_checked_against_the_menu() {
        let m = setup();
        let tier1 = menu(std::slice::from_ref(&m), "tier 1").unwrap().unwrap().1;
        assert_eq!(
            resolve(tier1, &values(&["@helpers"]), &Here),
            Ok(Pick::Roles(vec![20]))
        );
        assert_eq!(resolve(tier1, &values(&[]), &Here), Ok(Pick::Roles(vec![])));
        let err = resolve(tier1, &values(&["@staff"]), &Here).unwrap_err();
        assert_eq!(err, "there is no role `@staff` here (there are @helpers)");
        let watched = menu(std::slice::from_ref(&m), "watched")
            .unwrap()
            .unwrap()
            .1;
        assert_eq!(
            resolve(watched, &values(&["#lobby", "lobby"]), &Here),
            Ok(Pick::Channels(vec![10]))
        );
        let err = resolve(watched, &values(&["#support"]), &Here).unwrap_err();
        assert!(err.contains("#support is a category"), "{err}");
        assert!(resolve(watched, &values(&["#nowhere"]), &Here)
            .unwrap_err()
            .contains("no channel `#nowhere`"));
        let lang = menu(std::slice::from_ref(&m), "language")
            .unwrap()
            .unwrap()
            .1;
        let err = resolve(lang, &values(&[]), &Here).unwrap_err();
        assert_eq!(err, "`Language` cannot be left empty: choose at least 1");
        assert_eq!(
            resolve(lang, &values(&["français"]), &Here),
            Ok(Pick::Strings(vec!["fr".into()]))
        );
        assert_eq!(
            resolve(lang, &values(&["en"]), &Here),
            Ok(Pick::Strings(vec!["en".into()]))
        );
        let err = resolve(lang, &values(&["en", "fr"]), &Here).unwrap_err();
        assert_eq!(err, "`Language` takes at most 1 (you gave 2: en, fr)");
        let users = json!({"type": 5, "placeholder": "Who", "max_values": 2});
        assert_eq!(
            resolve(&users, &values(&["@alice"]), &Here),
            Ok(Pick::Users(vec![30]))
        );
    }
}
