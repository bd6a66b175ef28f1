//! Checks on the application commands a bot registers (`POST` and bulk `PUT` of
//! `/applications/{app}[/guilds/{g}]/commands`), as Discord refuses them: 400, code 50035
//! "Invalid Form Body", the error under the field's path (`0.options.1.name_localizations.de`
//! as client libraries print it; the error codes are Discord's where known). From Discord's
//! docs (application commands, "Application Command Naming", the locales table), which win
//! where the OpenAPI spec says otherwise (it allows string choice values of 6000 characters
//! and two more locales, `ar` and `he`):
//!
//! - names: of `CHAT_INPUT` commands and of every option (subcommands, groups, parameters)
//!   1-32 characters matching `^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$`, lowercase
//!   where a character has a lowercase variant; of `USER` and `MESSAGE` commands 1-32
//!   characters, any case, spaces allowed;
//! - descriptions: 1-100 characters (chat input commands and options); user and message
//!   commands have an empty one and no options;
//! - `name_localizations` and `description_localizations` (commands, options; choices have
//!   names only): keys among Discord's [`LOCALES`], values `null` (none) or as the field they
//!   localise;
//! - at most 25 options in a list and 25 choices in an option; choice names 1-100
//!   characters, string choice values at most 100;
//! - option names unique among siblings, also once localised (a localised name is neither a
//!   sibling's name nor a sibling's name in that locale); required options first;
//! - a group holds only subcommands, a subcommand no subcommand or group, and a command's
//!   options are either all subcommands and groups or none;
//! - at most 8000 characters in all (see [`size`]);
//! - a bulk `PUT` ([`check_set`]): at most 100 chat input commands and 15 each of user and
//!   message ones, names unique per type.

use serde_json::{Map, Value};

/// Discord's locales, the keys of a localisation dictionary (the docs' table).
pub(crate) const LOCALES: [&str; 32] = [
    "id", "da", "de", "en-GB", "en-US", "es-ES", "es-419", "fr", "hr", "it", "lt", "hu", "nl",
    "no", "pl", "pt-BR", "ro", "fi", "sv-SE", "vi", "tr", "cs", "el", "bg", "ru", "uk", "hi", "th",
    "zh-CN", "ja", "zh-TW", "ko",
];

const OPTIONS_MAX: usize = 25;
const CHOICES_MAX: usize = 25;
const CHOICE_VALUE_MAX: usize = 100;
/// The combined size of a chat input command (docs: 8000 since February 2024, 4000 before).
const SIZE_MAX: usize = 8000;
const SUB_COMMAND: u64 = 1;
const SUB_COMMAND_GROUP: u64 = 2;

/// What Discord refuses and where: `path` under `errors` (`["0", "options", "1", "name"]`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Refusal {
    pub path: Vec<String>,
    pub code: &'static str,
    pub message: String,
}

impl Refusal {
    /// The path as client libraries print it: `0.options.1.name`.
    #[cfg(test)]
    fn dotted(&self) -> String {
        self.path.join(".")
    }

    /// The same refusal one level down, under `key` (a command's index in a bulk `PUT`).
    pub(crate) fn under(mut self, key: impl ToString) -> Refusal {
        self.path.insert(0, key.to_string());
        self
    }

    /// The 400 reply: code 50035 with the error under the path in `errors`.
    pub(crate) fn reply(&self) -> (u16, Value) {
        let path: Vec<&str> = self.path.iter().map(String::as_str).collect();
        super::components::form_error(&path, self.code, &self.message)
    }
}

type Check = Result<(), Refusal>;

fn refuse(path: Vec<String>, code: &'static str, message: impl Into<String>) -> Check {
    Err(Refusal {
        path,
        code,
        message: message.into(),
    })
}

/// `path` and then `key`.
fn at(path: &[String], key: impl ToString) -> Vec<String> {
    let mut p = path.to_vec();
    p.push(key.to_string());
    p
}

fn kind_of(cmd: &Value) -> u64 {
    cmd["type"].as_u64().unwrap_or(1)
}

fn chars(v: &Value) -> usize {
    v.as_str().map_or(0, |s| s.chars().count())
}

/// The rules of one text field (and of its localisations).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Text {
    /// A chat input command's or an option's name: 1-32, the naming regex, lowercase.
    ChatName,
    /// A user or message command's name: 1-32, anything.
    ContextName,
    /// A chat input command's or an option's description, a choice's name: 1-100.
    Upto100,
    /// A user or message command's description (checked apart: empty): keys only.
    Unchecked,
}

impl Text {
    fn check(self, s: &str) -> Result<(), (&'static str, String)> {
        let max = match self {
            Text::ChatName | Text::ContextName => 32,
            Text::Upto100 => 100,
            Text::Unchecked => return Ok(()),
        };
        let n = s.chars().count();
        if n == 0 || n > max {
            return Err((
                "BASE_TYPE_BAD_LENGTH",
                format!("Must be between 1 and {max} in length."),
            ));
        }
        if self == Text::ChatName && !chat_name(s) {
            return Err((
                "APPLICATION_COMMAND_INVALID_NAME",
                "Command name is invalid".to_string(),
            ));
        }
        Ok(())
    }
}

/// `obj[key]` (refused when missing if `required`) and `obj[key + "_localizations"]`: keys
/// among [`LOCALES`], values `null` or as `text` says.
fn field(
    obj: &Map<String, Value>,
    key: &str,
    text: Text,
    required: bool,
    path: &[String],
) -> Check {
    let value = |v: &Value, path: Vec<String>| match v {
        Value::String(s) => text
            .check(s)
            .or_else(|(code, message)| refuse(path, code, message)),
        other => refuse(
            path,
            "STRING_TYPE_CONVERT",
            format!("Could not interpret \"{other}\" as string."),
        ),
    };
    match obj.get(key) {
        None | Some(Value::Null) if required => {
            refuse(
                at(path, key),
                "BASE_TYPE_REQUIRED",
                "This field is required",
            )?;
        }
        None | Some(Value::Null) => {}
        Some(v) => value(v, at(path, key))?,
    }
    let lkey = format!("{key}_localizations");
    let lpath = at(path, &lkey);
    match obj.get(&lkey) {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Object(m)) => {
            for (locale, v) in m {
                if !LOCALES.contains(&locale.as_str()) {
                    refuse(
                        at(&lpath, locale),
                        "ENUM_TYPE_COERCE",
                        format!("Value \"{locale}\" is not a valid enum value."),
                    )?;
                }
                if !v.is_null() {
                    value(v, at(&lpath, locale))?;
                }
            }
            Ok(())
        }
        Some(_) => refuse(
            lpath,
            "DICT_TYPE_CONVERT",
            "Only dictionaries may be used in a DictType",
        ),
    }
}

/// Checks one command body (of a `POST`, or one item of a bulk `PUT`: put the refusal
/// [`Refusal::under`] its index).
pub(crate) fn check(cmd: &Value) -> Check {
    let Some(obj) = cmd.as_object() else {
        return refuse(
            vec![],
            "DICT_TYPE_CONVERT",
            "Only dictionaries may be used in a DictType",
        );
    };
    let chat = kind_of(cmd) == 1;
    if chat {
        field(obj, "name", Text::ChatName, true, &[])?;
        field(obj, "description", Text::Upto100, true, &[])?;
        options(&cmd["options"], Level::Command, &[])?;
        let n = size(cmd);
        if n > SIZE_MAX {
            return refuse(
                vec![],
                "APPLICATION_COMMAND_TOO_LARGE",
                format!("Command exceeds maximum size ({SIZE_MAX}): {n} characters"),
            );
        }
        return Ok(());
    }
    field(obj, "name", Text::ContextName, true, &[])?;
    // As Discord: a user or message command (types 2, 3) has no description and no options.
    if (kind_of(cmd) == 2 || kind_of(cmd) == 3)
        && cmd["description"].as_str().is_some_and(|d| !d.is_empty())
    {
        return refuse(
            vec!["description".into()],
            "BASE_TYPE_INVALID",
            "must be empty for user and message commands",
        );
    }
    field(obj, "description", Text::Unchecked, false, &[])?;
    if cmd["options"].as_array().is_some_and(|o| !o.is_empty()) {
        return refuse(
            vec!["options".into()],
            "BASE_TYPE_INVALID",
            "user and message commands take no options",
        );
    }
    Ok(())
}

/// Where a list of options is: what it may hold.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Level {
    /// A command's options: all subcommands and groups, or none.
    Command,
    /// A group's: subcommands only.
    Group,
    /// A subcommand's: no subcommands nor groups.
    Sub,
}

fn nested(kind: u64) -> bool {
    kind == SUB_COMMAND || kind == SUB_COMMAND_GROUP
}

/// `list` (a `options` field under `path`) and every option in it, at any depth.
fn options(list: &Value, level: Level, path: &[String]) -> Check {
    let path = at(path, "options");
    let items = match list {
        Value::Null => return Ok(()),
        Value::Array(items) => items,
        _ => return refuse(path, "BASE_TYPE_ARRAY", "Must be an array."),
    };
    if items.len() > OPTIONS_MAX {
        return refuse(
            path,
            "BASE_TYPE_MAX_LENGTH",
            format!("Must be {OPTIONS_MAX} or fewer in length."),
        );
    }
    let mut kinds = Vec::with_capacity(items.len());
    for (i, o) in items.iter().enumerate() {
        let here = at(&path, i);
        let Some(obj) = o.as_object() else {
            return refuse(
                here,
                "DICT_TYPE_CONVERT",
                "Only dictionaries may be used in a DictType",
            );
        };
        let kind = match obj.get("type") {
            None | Some(Value::Null) => {
                return refuse(
                    at(&here, "type"),
                    "BASE_TYPE_REQUIRED",
                    "This field is required",
                )
            }
            Some(t) => match t.as_u64().filter(|t| (1..=11).contains(t)) {
                Some(k) => k,
                None => {
                    return refuse(
                        at(&here, "type"),
                        "BASE_TYPE_CHOICES",
                        format!("Value must be one of (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11): {t}"),
                    )
                }
            },
        };
        match level {
            Level::Group if kind != SUB_COMMAND => {
                return refuse(
                    at(&here, "type"),
                    "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                    "A subcommand group holds subcommands only",
                )
            }
            Level::Sub if nested(kind) => {
                return refuse(
                    at(&here, "type"),
                    "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
                    "A subcommand holds no subcommands or subcommand groups",
                )
            }
            _ => {}
        }
        field(obj, "name", Text::ChatName, true, &here)?;
        field(obj, "description", Text::Upto100, true, &here)?;
        match kind {
            SUB_COMMAND => options(&o["options"], Level::Sub, &here)?,
            SUB_COMMAND_GROUP => options(&o["options"], Level::Group, &here)?,
            _ => choices(&o["choices"], &here)?,
        }
        kinds.push(kind);
    }
    let subs = kinds.iter().filter(|k| nested(**k)).count();
    if level == Level::Command && subs > 0 && subs < kinds.len() {
        return refuse(
            path,
            "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID",
            "Sub-command and sub-command group option types are mutually exclusive to all other types",
        );
    }
    let mut optional = false;
    for (i, o) in items.iter().enumerate() {
        if nested(kinds[i]) {
            continue;
        }
        let required = o["required"].as_bool().unwrap_or(false);
        if required && optional {
            return refuse(
                at(&at(&path, i), "required"),
                "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID",
                "Required options must be placed before non-required options",
            );
        }
        optional |= !required;
    }
    unique_names(items, &path)
}

/// Sibling options' names differ, and so do their localised names: one localised in a
/// locale is neither another's name nor another's name in that locale (Discord's docs,
/// "Localization"; a localisation equal to the option's own name is fine).
fn unique_names(items: &[Value], path: &[String]) -> Check {
    for (i, o) in items.iter().enumerate() {
        if items[..i].iter().any(|p| p["name"] == o["name"]) {
            return refuse(
                at(&at(path, i), "name"),
                "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME",
                "Command option names must be unique",
            );
        }
    }
    for (i, o) in items.iter().enumerate() {
        let Some(localised) = o["name_localizations"].as_object() else {
            continue;
        };
        for (locale, name) in localised {
            let Some(name) = name.as_str() else { continue };
            let clash = items.iter().enumerate().any(|(j, other)| {
                j != i && (other["name"] == name || other["name_localizations"][locale] == name)
            });
            if clash {
                return refuse(
                    at(&at(&at(path, i), "name_localizations"), locale),
                    "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME",
                    format!("Command option names must be unique (\"{name}\" in {locale})"),
                );
            }
        }
    }
    Ok(())
}

/// An option's `choices`: at most 25, names 1-100 (localised too), string values at most
/// 100 characters.
fn choices(list: &Value, path: &[String]) -> Check {
    let path = at(path, "choices");
    let items = match list {
        Value::Null => return Ok(()),
        Value::Array(items) => items,
        _ => return refuse(path, "BASE_TYPE_ARRAY", "Must be an array."),
    };
    if items.len() > CHOICES_MAX {
        return refuse(
            path,
            "BASE_TYPE_MAX_LENGTH",
            format!("Must be {CHOICES_MAX} or fewer in length."),
        );
    }
    for (k, c) in items.iter().enumerate() {
        let here = at(&path, k);
        let Some(obj) = c.as_object() else {
            return refuse(
                here,
                "DICT_TYPE_CONVERT",
                "Only dictionaries may be used in a DictType",
            );
        };
        field(obj, "name", Text::Upto100, true, &here)?;
        match obj.get("value") {
            None | Some(Value::Null) => {
                return refuse(
                    at(&here, "value"),
                    "BASE_TYPE_REQUIRED",
                    "This field is required",
                )
            }
            Some(Value::String(s)) if s.chars().count() > CHOICE_VALUE_MAX => {
                return refuse(
                    at(&here, "value"),
                    "BASE_TYPE_MAX_LENGTH",
                    format!("Must be {CHOICE_VALUE_MAX} or fewer in length."),
                )
            }
            Some(_) => {}
        }
    }
    Ok(())
}

/// The characters of a chat input command that Discord counts towards its 8000: every
/// `name`, `description` and choice `value` of the command, of its options at any depth
/// (subcommands and groups included) and of their choices. For a localised field only its
/// longest form counts, the default or one of its localisations (Discord's docs: "only the
/// longest localization for each field (including the default value) is counted"), not
/// their sum. Lengths are in characters (Unicode scalar values); a string value by its
/// characters, a number by its JSON text (`42` is 2).
pub(crate) fn size(cmd: &Value) -> usize {
    fn longest(obj: &Value, key: &str) -> usize {
        let localised = obj[format!("{key}_localizations")]
            .as_object()
            .map_or(0, |m| m.values().map(chars).max().unwrap_or(0));
        chars(&obj[key]).max(localised)
    }
    fn option(o: &Value) -> usize {
        let own = longest(o, "name") + longest(o, "description");
        let choices: usize = o["choices"].as_array().map_or(0, |cs| {
            cs.iter()
                .map(|c| {
                    let value = match &c["value"] {
                        Value::String(s) => s.chars().count(),
                        Value::Null => 0,
                        v => v.to_string().chars().count(),
                    };
                    longest(c, "name") + value
                })
                .sum()
        });
        own + choices + options(o)
    }
    fn options(o: &Value) -> usize {
        o["options"]
            .as_array()
            .map_or(0, |os| os.iter().map(option).sum())
    }
    longest(cmd, "name") + longest(cmd, "description") + options(cmd)
}

/// A bulk `PUT`'s list as a whole (each command is checked by [`check`]): at most 100 chat
/// input commands, 15 user and 15 message ones; names unique per type (the second of two is
/// refused, under its index).
pub(crate) fn check_set(cmds: &[Value]) -> Check {
    for (kind, max, what) in [(1, 100, "chat input"), (2, 15, "user"), (3, 15, "message")] {
        let n = cmds.iter().filter(|c| kind_of(c) == kind).count();
        if n > max {
            return refuse(
                vec![],
                "BASE_TYPE_MAX_LENGTH",
                format!("Must be {max} or fewer in length ({n} {what} commands)."),
            );
        }
    }
    for (i, c) in cmds.iter().enumerate() {
        let twice = cmds[..i]
            .iter()
            .any(|p| p["name"] == c["name"] && kind_of(p) == kind_of(c));
        if twice {
            return refuse(
                vec![i.to_string()],
                "APPLICATION_COMMANDS_DUPLICATE_NAME",
                "Application command names must be unique",
            );
        }
    }
    Ok(())
}

/// A chat input name (of a command or an option, or a localisation of one): only characters
/// of `[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]`, and each already lowercase where it has a
/// lowercase form (`to_lowercase` changes nothing). The length is checked apart.
fn chat_name(s: &str) -> bool {
    s.chars().all(name_char) && s.to_lowercase() == s
}

fn name_char(c: char) -> bool {
    matches!(c, '-' | '_' | '\'')
        || devanagari_or_thai(c)
        || ((c.is_alphabetic() || c.is_numeric()) && !other_alphabetic(c))
}

/// `\p{sc=Deva}` and `\p{sc=Thai}`: the Devanagari and Thai blocks less their Common and
/// Inherited characters (dandas U+0964-5, Vedic accents U+0951-4, the baht sign U+0E3F) and
/// unassigned code points, plus Devanagari Extended and Extended-A.
fn devanagari_or_thai(c: char) -> bool {
    matches!(
        u32::from(c),
        0x900..=0x950
            | 0x955..=0x963
            | 0x966..=0x97F
            | 0xE01..=0xE3A
            | 0xE40..=0xE5B
            | 0xA8E0..=0xA8FF
            | 0x11B00..=0x11B09
    )
}

/// Characters `char::is_alphabetic` accepts that are neither `\p{L}` nor `\p{N}`: Unicode's
/// `Other_Alphabetic` (combining vowel signs and the like, circled and squared Latin letters),
/// less Devanagari and Thai (allowed anyway).
fn other_alphabetic(c: char) -> bool {
    let u = u32::from(c);
    let (mut lo, mut hi) = (0, OTHER_ALPHABETIC.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if OTHER_ALPHABETIC[2 * mid + 1] < u {
            lo = mid + 1;
        } else if OTHER_ALPHABETIC[2 * mid] > u {
            hi = mid;
        } else {
            return true;
        }
    }
    false
}

/// Inclusive ranges (first, last, first, last, ...), sorted: the characters of Unicode 17
/// for which Rust's `is_alphabetic() || is_numeric()` holds but Python's `regex` module's
/// `[\p{L}\p{N}]` does not, less `\p{sc=Deva}` and `\p{sc=Thai}` (generated by comparing the
/// two over every code point).
#[rustfmt::skip]
const OTHER_ALPHABETIC: &[u32] = &[
    0x345, 0x345,  0x363, 0x36F,  0x5B0, 0x5BD,  0x5BF, 0x5BF,  0x5C1, 0x5C2,
    0x5C4, 0x5C5,  0x5C7, 0x5C7,  0x610, 0x61A,  0x64B, 0x657,  0x659, 0x65F,
    0x670, 0x670,  0x6D6, 0x6DC,  0x6E1, 0x6E4,  0x6E7, 0x6E8,  0x6ED, 0x6ED,
    0x711, 0x711,  0x730, 0x73F,  0x7A6, 0x7B0,  0x816, 0x817,  0x81B, 0x823,
    0x825, 0x827,  0x829, 0x82C,  0x897, 0x897,  0x8D4, 0x8DF,  0x8E3, 0x8E9,
    0x8F0, 0x8FF,  0x981, 0x983,  0x9BE, 0x9C4,  0x9C7, 0x9C8,  0x9CB, 0x9CC,
    0x9D7, 0x9D7,  0x9E2, 0x9E3,  0xA01, 0xA03,  0xA3E, 0xA42,  0xA47, 0xA48,
    0xA4B, 0xA4C,  0xA51, 0xA51,  0xA70, 0xA71,  0xA75, 0xA75,  0xA81, 0xA83,
    0xABE, 0xAC5,  0xAC7, 0xAC9,  0xACB, 0xACC,  0xAE2, 0xAE3,  0xAFA, 0xAFC,
    0xB01, 0xB03,  0xB3E, 0xB44,  0xB47, 0xB48,  0xB4B, 0xB4C,  0xB56, 0xB57,
    0xB62, 0xB63,  0xB82, 0xB82,  0xBBE, 0xBC2,  0xBC6, 0xBC8,  0xBCA, 0xBCC,
    0xBD7, 0xBD7,  0xC00, 0xC04,  0xC3E, 0xC44,  0xC46, 0xC48,  0xC4A, 0xC4C,
    0xC55, 0xC56,  0xC62, 0xC63,  0xC81, 0xC83,  0xCBE, 0xCC4,  0xCC6, 0xCC8,
    0xCCA, 0xCCC,  0xCD5, 0xCD6,  0xCE2, 0xCE3,  0xCF3, 0xCF3,  0xD00, 0xD03,
    0xD3E, 0xD44,  0xD46, 0xD48,  0xD4A, 0xD4C,  0xD57, 0xD57,  0xD62, 0xD63,
    0xD81, 0xD83,  0xDCF, 0xDD4,  0xDD6, 0xDD6,  0xDD8, 0xDDF,  0xDF2, 0xDF3,
    0xEB1, 0xEB1,  0xEB4, 0xEB9,  0xEBB, 0xEBC,  0xECD, 0xECD,  0xF71, 0xF83,
    0xF8D, 0xF97,  0xF99, 0xFBC,  0x102B, 0x1036,  0x1038, 0x1038,  0x103B, 0x103E,
    0x1056, 0x1059,  0x105E, 0x1060,  0x1062, 0x1064,  0x1067, 0x106D,  0x1071, 0x1074,
    0x1082, 0x108D,  0x108F, 0x108F,  0x109A, 0x109D,  0x1712, 0x1713,  0x1732, 0x1733,
    0x1752, 0x1753,  0x1772, 0x1773,  0x17B6, 0x17C8,  0x1885, 0x1886,  0x18A9, 0x18A9,
    0x1920, 0x192B,  0x1930, 0x1938,  0x1A17, 0x1A1B,  0x1A55, 0x1A5E,  0x1A61, 0x1A74,
    0x1ABF, 0x1AC0,  0x1ACC, 0x1ACE,  0x1B00, 0x1B04,  0x1B35, 0x1B43,  0x1B80, 0x1B82,
    0x1BA1, 0x1BA9,  0x1BAC, 0x1BAD,  0x1BE7, 0x1BF1,  0x1C24, 0x1C36,  0x1DD3, 0x1DF4,
    0x24B6, 0x24E9,  0x2DE0, 0x2DFF,  0xA674, 0xA67B,  0xA69E, 0xA69F,  0xA802, 0xA802,
    0xA80B, 0xA80B,  0xA823, 0xA827,  0xA880, 0xA881,  0xA8B4, 0xA8C3,  0xA8C5, 0xA8C5,
    0xA926, 0xA92A,  0xA947, 0xA952,  0xA980, 0xA983,  0xA9B4, 0xA9BF,  0xA9E5, 0xA9E5,
    0xAA29, 0xAA36,  0xAA43, 0xAA43,  0xAA4C, 0xAA4D,  0xAA7B, 0xAA7D,  0xAAB0, 0xAAB0,
    0xAAB2, 0xAAB4,  0xAAB7, 0xAAB8,  0xAABE, 0xAABE,  0xAAEB, 0xAAEF,  0xAAF5, 0xAAF5,
    0xABE3, 0xABEA,  0xFB1E, 0xFB1E,  0x10376, 0x1037A,  0x10A01, 0x10A03,  0x10A05, 0x10A06,
    0x10A0C, 0x10A0F,  0x10D24, 0x10D27,  0x10D69, 0x10D69,  0x10EAB, 0x10EAC,  0x10EFA, 0x10EFC,
    0x11000, 0x11002,  0x11038, 0x11045,  0x11073, 0x11074,  0x11080, 0x11082,  0x110B0, 0x110B8,
    0x110C2, 0x110C2,  0x11100, 0x11102,  0x11127, 0x11132,  0x11145, 0x11146,  0x11180, 0x11182,
    0x111B3, 0x111BF,  0x111CE, 0x111CF,  0x1122C, 0x11234,  0x11237, 0x11237,  0x1123E, 0x1123E,
    0x11241, 0x11241,  0x112DF, 0x112E8,  0x11300, 0x11303,  0x1133E, 0x11344,  0x11347, 0x11348,
    0x1134B, 0x1134C,  0x11357, 0x11357,  0x11362, 0x11363,  0x113B8, 0x113C0,  0x113C2, 0x113C2,
    0x113C5, 0x113C5,  0x113C7, 0x113CA,  0x113CC, 0x113CD,  0x11435, 0x11441,  0x11443, 0x11445,
    0x114B0, 0x114C1,  0x115AF, 0x115B5,  0x115B8, 0x115BE,  0x115DC, 0x115DD,  0x11630, 0x1163E,
    0x11640, 0x11640,  0x116AB, 0x116B5,  0x1171D, 0x1172A,  0x1182C, 0x11838,  0x11930, 0x11935,
    0x11937, 0x11938,  0x1193B, 0x1193C,  0x11940, 0x11940,  0x11942, 0x11942,  0x119D1, 0x119D7,
    0x119DA, 0x119DF,  0x119E4, 0x119E4,  0x11A01, 0x11A0A,  0x11A35, 0x11A39,  0x11A3B, 0x11A3E,
    0x11A51, 0x11A5B,  0x11A8A, 0x11A97,  0x11B60, 0x11B67,  0x11C2F, 0x11C36,  0x11C38, 0x11C3E,
    0x11C92, 0x11CA7,  0x11CA9, 0x11CB6,  0x11D31, 0x11D36,  0x11D3A, 0x11D3A,  0x11D3C, 0x11D3D,
    0x11D3F, 0x11D41,  0x11D43, 0x11D43,  0x11D47, 0x11D47,  0x11D8A, 0x11D8E,  0x11D90, 0x11D91,
    0x11D93, 0x11D96,  0x11EF3, 0x11EF6,  0x11F00, 0x11F01,  0x11F03, 0x11F03,  0x11F34, 0x11F3A,
    0x11F3E, 0x11F40,  0x1611E, 0x1612E,  0x16F4F, 0x16F4F,  0x16F51, 0x16F87,  0x16F8F, 0x16F92,
    0x16FF0, 0x16FF1,  0x1BC9E, 0x1BC9E,  0x1E000, 0x1E006,  0x1E008, 0x1E018,  0x1E01B, 0x1E021,
    0x1E023, 0x1E024,  0x1E026, 0x1E02A,  0x1E08F, 0x1E08F,  0x1E6E3, 0x1E6E3,  0x1E6E6, 0x1E6E6,
    0x1E6EE, 0x1E6EF,  0x1E6F5, 0x1E6F5,  0x1E947, 0x1E947,  0x1F130, 0x1F149,  0x1F150, 0x1F169,
    0x1F170, 0x1F189,
];

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A valid command with subcommands, a group, choices and localisations in six locales.
    fn valid() -> Value {
        json!({
            "name": "ticket",
            "description": "Support tickets",
            "name_localizations": {"de": "ticket", "fr": "ticket", "es-ES": "tique", "pt-BR": "chamado", "ru": "тикет", "it": "ticket"},
            "description_localizations": {"de": "Support-Tickets", "fr": "Tickets d’assistance", "es-ES": "Tiques de soporte", "pt-BR": "Chamados de suporte", "ru": "Обращения в поддержку", "it": "Ticket di assistenza", "ja": null},
            "options": [
                {"type": 1, "name": "open", "description": "Open a ticket",
                 "name_localizations": {"de": "öffnen", "fr": "ouvrir", "es-ES": "abrir", "pt-BR": "abrir", "ru": "открыть", "it": "apri"},
                 "description_localizations": {"de": "Ein Ticket öffnen", "fr": "Ouvrir un ticket", "ru": "Открыть обращение"},
                 "options": [
                    {"type": 3, "name": "topic", "description": "What it is about", "required": true,
                     "name_localizations": {"de": "thema", "fr": "sujet", "es-ES": "tema", "pt-BR": "assunto", "ru": "тема", "it": "argomento"}},
                    {"type": 3, "name": "priority", "description": "How urgent",
                     "name_localizations": {"de": "priorität", "fr": "priorité", "es-ES": "prioridad", "pt-BR": "prioridade", "ru": "приоритет", "it": "priorità"},
                     "choices": [
                        {"name": "Low", "value": "low", "name_localizations": {"de": "Niedrig", "fr": "Basse", "es-ES": "Baja", "pt-BR": "Baixa", "ru": "Низкий", "it": "Bassa"}},
                        {"name": "High", "value": "high", "name_localizations": {"de": "Hoch", "fr": "Haute"}}]},
                    {"type": 4, "name": "count", "description": "How many", "choices": [{"name": "one", "value": 1}]}]},
                {"type": 2, "name": "admin", "description": "For moderators",
                 "options": [
                    {"type": 1, "name": "purge", "description": "Delete old tickets",
                     "name_localizations": {"de": "bereinigen", "hi": "हटाओ", "th": "ลบ"}}]}]
        })
    }

    fn refused(cmd: &Value) -> Refusal {
        check(cmd).expect_err("refused")
    }

    /// `cmd` with `value` at the JSON pointer `ptr` (created if need be).
    fn with(mut cmd: Value, ptr: &str, value: Value) -> Value {
        let (parent, key) = ptr.rsplit_once('/').unwrap();
        let p = cmd.pointer_mut(parent).unwrap();
        match p {
            Value::Array(a) => a[key.parse::<usize>().unwrap()] = value,
            _ => p[key] = value,
        }
        cmd
    }

    fn path_of(cmd: &Value) -> String {
        refused(cmd).dotted()
    }

    #[test]
    fn a_localised_command_passes() {
        assert_eq!(check(&valid()), Ok(()));
        assert_eq!(check_set(&[valid()]), Ok(()));
        let user = json!({"type": 2, "name": "Report User", "description": "", "name_localizations": {"de": "Nutzer melden"}});
        assert_eq!(check(&user), Ok(()));
        let msg = json!({"type": 3, "name": "Answer with KB"});
        assert_eq!(check(&msg), Ok(()));
    }

    #[test]
    fn chat_names() {
        for ok in [
            "ticket",
            "delete-data",
            "a_b",
            "don't",
            "état",
            "приоритет",
            "数字",
            "x1",
            "हटाओ",
            "ลบ",
            "ß",
            "ǆ",
        ] {
            assert!(chat_name(ok), "{ok}");
        }
        // Uppercase (with a lowercase form), spaces, punctuation, a typographic apostrophe,
        // emoji, a combining accent (NFD), circled letters, a Tamil vowel sign.
        for bad in [
            "Ticket",
            "tIcket",
            "two words",
            "a.b",
            "a/b",
            "l’aide",
            "🎫",
            "e\u{301}",
            "ⓐ",
            "தமிழ்",
            "İ",
            "ǅ",
            "Ⅻ",
        ] {
            assert!(!chat_name(bad), "{bad}");
        }
        assert_eq!(path_of(&with(valid(), "/name", json!("Ticket"))), "name");
        assert_eq!(
            refused(&with(valid(), "/name", json!("Ticket"))).code,
            "APPLICATION_COMMAND_INVALID_NAME"
        );
        let long = "a".repeat(33);
        let r = refused(&with(valid(), "/name", json!(long)));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("name", "BASE_TYPE_BAD_LENGTH")
        );
        assert!(check(&with(valid(), "/name", json!("a".repeat(32)))).is_ok());
        assert_eq!(path_of(&with(valid(), "/name", json!(""))), "name");
        assert_eq!(
            path_of(&with(valid(), "/options/0/name", json!("Open"))),
            "options.0.name"
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/1/options/0/name",
                json!("purge all")
            )),
            "options.1.options.0.name"
        );
        assert_eq!(
            path_of(&with(valid(), "/options/0/options/1/name", json!("prio!"))),
            "options.0.options.1.name"
        );
        let r = refused(&json!({"description": "x"}));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("name", "BASE_TYPE_REQUIRED")
        );
    }

    #[test]
    fn user_and_message_names() {
        let cmd = |name: &str| json!({"type": 3, "name": name});
        assert!(check(&cmd("Answer With KB: Now!")).is_ok());
        assert_eq!(path_of(&cmd(&"x".repeat(33))), "name");
        assert_eq!(path_of(&cmd("")), "name");
        let loc =
            json!({"type": 2, "name": "Report", "name_localizations": {"fr": "x".repeat(33)}});
        assert_eq!(path_of(&loc), "name_localizations.fr");
        let desc = json!({"type": 2, "name": "Report", "description": "Reports"});
        assert_eq!(path_of(&desc), "description");
        let opts = json!({"type": 3, "name": "Report", "options": [{"type": 3, "name": "a", "description": "b"}]});
        assert_eq!(path_of(&opts), "options");
    }

    #[test]
    fn descriptions() {
        let r = refused(&with(valid(), "/description", json!("")));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("description", "BASE_TYPE_BAD_LENGTH")
        );
        assert_eq!(
            path_of(&with(valid(), "/description", json!("d".repeat(101)))),
            "description"
        );
        assert!(check(&with(valid(), "/description", json!("d".repeat(100)))).is_ok());
        let mut missing = valid();
        missing.as_object_mut().unwrap().remove("description");
        assert_eq!(path_of(&missing), "description");
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/0/options/0/description",
                json!("é".repeat(101))
            )),
            "options.0.options.0.description"
        );
        let mut missing = valid();
        missing["options"][1]["options"][0]
            .as_object_mut()
            .unwrap()
            .remove("description");
        assert_eq!(path_of(&missing), "options.1.options.0.description");
    }

    #[test]
    fn localisations() {
        // A key that is no locale.
        let r = refused(&with(valid(), "/name_localizations/en", json!("ticket")));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("name_localizations.en", "ENUM_TYPE_COERCE")
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/description_localizations/pt-PT",
                json!("x")
            )),
            "description_localizations.pt-PT"
        );
        assert_eq!(
            path_of(&with(valid(), "/name_localizations/ar", json!("x"))),
            "name_localizations.ar"
        );
        // Localised names follow the naming rule; localised descriptions 1-100.
        let r = refused(&with(
            valid(),
            "/options/0/options/1/name_localizations/de",
            json!("Priorität"),
        ));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            (
                "options.0.options.1.name_localizations.de",
                "APPLICATION_COMMAND_INVALID_NAME"
            )
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/name_localizations/fr",
                json!("mon ticket")
            )),
            "name_localizations.fr"
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/name_localizations/ru",
                json!("т".repeat(33))
            )),
            "name_localizations.ru"
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/0/name_localizations/it",
                json!("")
            )),
            "options.0.name_localizations.it"
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/0/description_localizations/de",
                json!("d".repeat(101))
            )),
            "options.0.description_localizations.de"
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/description_localizations/es-ES",
                json!("")
            )),
            "description_localizations.es-ES"
        );
        // Choice names: 1-100, any case.
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/0/options/1/choices/0/name_localizations/pt-BR",
                json!("b".repeat(101))
            )),
            "options.0.options.1.choices.0.name_localizations.pt-BR"
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/0/options/1/choices/0/name_localizations/xx",
                json!("Baja")
            )),
            "options.0.options.1.choices.0.name_localizations.xx"
        );
        // null means none; not a string or not a dictionary is refused.
        assert!(check(&with(valid(), "/name_localizations", Value::Null)).is_ok());
        assert!(check(&with(
            valid(),
            "/options/0/name_localizations/de",
            Value::Null
        ))
        .is_ok());
        assert_eq!(
            path_of(&with(valid(), "/name_localizations/de", json!(5))),
            "name_localizations.de"
        );
        assert_eq!(
            path_of(&with(valid(), "/name_localizations", json!(["de"]))),
            "name_localizations"
        );
        // Every documented locale is a key.
        let all: Map<String, Value> = LOCALES
            .iter()
            .map(|l| ((*l).to_string(), json!("ticket")))
            .collect();
        assert!(check(&with(valid(), "/name_localizations", Value::Object(all))).is_ok());
    }

    #[test]
    fn counts() {
        let opt = |i: usize| json!({"type": 3, "name": format!("o{i}"), "description": "d"});
        let many = |n: usize| json!({"name": "c", "description": "d", "options": (0..n).map(opt).collect::<Vec<_>>()});
        assert!(check(&many(25)).is_ok());
        let r = refused(&many(26));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("options", "BASE_TYPE_MAX_LENGTH")
        );
        let sub = json!({"name": "c", "description": "d", "options": [{"type": 1, "name": "s", "description": "d", "options": (0..26).map(opt).collect::<Vec<_>>()}]});
        assert_eq!(path_of(&sub), "options.0.options");
        let choice = |i: usize| json!({"name": format!("C{i}"), "value": format!("v{i}")});
        let choices = |n: usize| {
            with(
                valid(),
                "/options/0/options/1/choices",
                (0..n).map(choice).collect(),
            )
        };
        assert!(check(&choices(25)).is_ok());
        assert_eq!(path_of(&choices(26)), "options.0.options.1.choices");
        let r = refused(&with(
            valid(),
            "/options/0/options/1/choices/1/name",
            json!("n".repeat(101)),
        ));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("options.0.options.1.choices.1.name", "BASE_TYPE_BAD_LENGTH")
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/0/options/1/choices/1/name",
                json!("")
            )),
            "options.0.options.1.choices.1.name"
        );
        assert!(check(&with(
            valid(),
            "/options/0/options/1/choices/1/value",
            json!("v".repeat(100))
        ))
        .is_ok());
        let r = refused(&with(
            valid(),
            "/options/0/options/1/choices/1/value",
            json!("v".repeat(101)),
        ));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            (
                "options.0.options.1.choices.1.value",
                "BASE_TYPE_MAX_LENGTH"
            )
        );
    }

    #[test]
    fn sibling_names_and_required_first() {
        let r = refused(&with(valid(), "/options/0/options/1/name", json!("topic")));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            (
                "options.0.options.1.name",
                "APPLICATION_COMMAND_OPTIONS_DUPLICATE_NAME"
            )
        );
        assert_eq!(
            path_of(&with(valid(), "/options/1/name", json!("open"))),
            "options.1.name"
        );
        // The same name in two subcommands is fine.
        assert!(check(&with(valid(), "/options/1/options/0/name", json!("topic"))).is_ok());
        // A localised name: not a sibling's name, nor a sibling's name in that locale.
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/0/options/1/name_localizations/de",
                json!("topic")
            )),
            "options.0.options.1.name_localizations.de"
        );
        assert_eq!(
            path_of(&with(
                valid(),
                "/options/0/options/1/name_localizations/fr",
                json!("sujet")
            )),
            "options.0.options.0.name_localizations.fr"
        );
        assert!(
            check(&with(
                valid(),
                "/options/0/options/1/name_localizations/de",
                json!("priority")
            ))
            .is_ok(),
            "its own name"
        );
        // Required options first.
        let r = refused(&with(valid(), "/options/0/options/2/required", json!(true)));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            (
                "options.0.options.2.required",
                "APPLICATION_COMMAND_OPTIONS_REQUIRED_INVALID"
            )
        );
        assert!(check(&with(
            valid(),
            "/options/0/options/0/required",
            json!(false)
        ))
        .is_ok());
    }

    #[test]
    fn subcommands_and_groups() {
        let plain = json!({"type": 3, "name": "text", "description": "d"});
        let sub = json!({"type": 1, "name": "s", "description": "d"});
        let group = json!({"type": 2, "name": "g", "description": "d", "options": [sub.clone()]});
        // A group holds subcommands only.
        let r = refused(&with(valid(), "/options/1/options/0", plain.clone()));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            (
                "options.1.options.0.type",
                "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID"
            )
        );
        assert_eq!(
            path_of(&with(valid(), "/options/1/options/0", group.clone())),
            "options.1.options.0.type"
        );
        // A subcommand holds no subcommands nor groups.
        assert_eq!(
            path_of(&with(valid(), "/options/0/options/2", sub.clone())),
            "options.0.options.2.type"
        );
        assert_eq!(
            path_of(&with(valid(), "/options/0/options/2", group)),
            "options.0.options.2.type"
        );
        // Subcommands and parameters side by side.
        let r = refused(&with(valid(), "/options/1", plain));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("options", "APPLICATION_COMMAND_OPTIONS_TYPE_INVALID")
        );
        // An option's type is one of Discord's.
        assert_eq!(
            path_of(&with(valid(), "/options/0/options/2/type", json!(12))),
            "options.0.options.2.type"
        );
        let mut untyped = valid();
        untyped["options"][0]["options"][0]
            .as_object_mut()
            .unwrap()
            .remove("type");
        assert_eq!(path_of(&untyped), "options.0.options.0.type");
    }

    #[test]
    fn size_counts_the_longest_form_of_each_field() {
        let cmd = json!({"name": "abc", "name_localizations": {"de": "abcdef", "fr": "ab"}, "description": "1234",
            "options": [{"type": 3, "name": "o", "description": "dd", "description_localizations": {"ru": "ddd"},
                         "choices": [{"name": "n", "name_localizations": {"it": "nnnn"}, "value": "vv"}, {"name": "m", "value": 42}]}]});
        // 6 (de name) + 4 + 1 + 3 (ru) + 4 (it) + 2 + 1 + 2 (42).
        assert_eq!(size(&cmd), 23);
        // 8000 exactly: 25 options of 32 + 100, the first with 25 choices of 100 + 86, and
        // "big" with a description of 47: 3 + 47 + 25 * 132 + 25 * 186.
        let choice = |i: usize| json!({"name": format!("{i:0>100}"), "value": format!("{i:0>86}")});
        let opts: Vec<Value> = (0..25)
            .map(|i| {
                let choices: Vec<Value> = if i == 0 { (0..25).map(choice).collect() } else { vec![] };
                json!({"type": 3, "name": format!("{i:0>32}"), "description": "d".repeat(100), "choices": choices})
            })
            .collect();
        let big = |description: usize| json!({"name": "big", "description": "d".repeat(description), "options": opts.clone()});
        assert_eq!(size(&big(47)), 8000);
        assert!(check(&big(47)).is_ok());
        let r = refused(&big(48));
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("", "APPLICATION_COMMAND_TOO_LARGE")
        );
        // A localisation longer than the default is what counts, not the sum of them.
        let mut local = big(47);
        local["options"][1]["description"] = json!("d");
        local["options"][1]["description_localizations"] =
            json!({"de": "d".repeat(100), "fr": "d".repeat(99)});
        assert_eq!(size(&local), 8000);
        local["options"][1]["name_localizations"] = json!({"de": format!("{:x>32}", "")});
        assert!(check(&local).is_ok());
        local["options"][1]["description_localizations"]["it"] = json!("d".repeat(100));
        assert!(check(&local).is_ok());
        local["name_localizations"] = json!({"de": "bigger"});
        assert_eq!(size(&local), 8003);
        assert!(check(&local).is_err());
    }

    #[test]
    fn bulk_lists() {
        let chat = |i: usize| json!({"name": format!("c{i}"), "description": "d"});
        let hundred: Vec<Value> = (0..100).map(chat).collect();
        assert!(check_set(&hundred).is_ok());
        let r = check_set(&(0..101).map(chat).collect::<Vec<_>>()).unwrap_err();
        assert_eq!((r.dotted().as_str(), r.code), ("", "BASE_TYPE_MAX_LENGTH"));
        let users: Vec<Value> = (0..16)
            .map(|i| json!({"type": 2, "name": format!("U{i}")}))
            .collect();
        assert!(check_set(&users[..15]).is_ok());
        assert!(check_set(&users).is_err());
        // Names are unique per type: the second is refused, under its index.
        let r = check_set(&[chat(0), chat(1), chat(0)]).unwrap_err();
        assert_eq!(
            (r.dotted().as_str(), r.code),
            ("2", "APPLICATION_COMMANDS_DUPLICATE_NAME")
        );
        let same_name = [
            json!({"name": "report", "description": "d"}),
            json!({"type": 3, "name": "report"}),
        ];
        assert!(check_set(&same_name).is_ok());
    }

    #[test]
    fn the_reply_has_discords_shape() {
        let r = refused(&with(
            valid(),
            "/options/0/options/1/name_localizations/de",
            json!("Priorität"),
        ))
        .under(0);
        assert_eq!(r.dotted(), "0.options.0.options.1.name_localizations.de");
        let (status, body) = r.reply();
        assert_eq!(status, 400);
        assert_eq!(body["code"], 50035);
        assert_eq!(body["message"], "Invalid Form Body");
        let e = &body["errors"]["0"]["options"]["0"]["options"]["1"]["name_localizations"]["de"]
            ["_errors"][0];
        assert_eq!(e["code"], "APPLICATION_COMMAND_INVALID_NAME");
        assert!(e["message"].is_string());
        // Not a dictionary at all.
        assert_eq!(refused(&json!("ticket")).code, "DICT_TYPE_CONVERT");
    }
}
