//! The commands as registered: [`super::all`]'s English declarations with Discord's
//! `name_localizations` and `description_localizations` for every shipped language, from the
//! `cmd-` messages of `locales/*/commands.ftl`. A message's id is the path of English names
//! (`cmd-ticket-open-topic`), a choice's adds `-choice-` and its value
//! (`cmd-ticket-priority-level-choice-urgent`), so the declarations stay in one place and
//! the catalogues only translate them.

use crate::i18n::{self, Lang};
use serde_json::{Map, Value};

/// Every command as JSON, with its localisations.
pub fn all() -> Vec<Value> {
    let declared = serde_json::to_value(super::all()).expect("commands serialise");
    let Value::Array(mut commands) = declared else {
        unreachable!("a list of commands serialises as an array")
    };
    for c in &mut commands {
        let name = c["name"].as_str().unwrap_or_default().to_string();
        localise(c, &[name]);
    }
    commands
}

/// A path of names as a message id: `cmd-` and the names, lowercase, `-`-joined (a message
/// command's spaces become `-`).
pub fn message_id(path: &[String]) -> String {
    let parts: Vec<String> = path
        .iter()
        .map(|p| p.to_lowercase().replace(' ', "-"))
        .collect();
    format!("cmd-{}", parts.join("-"))
}

/// Adds `node`'s localisations (a command or an option at `path`), then its choices' and
/// its options'.
fn localise(node: &mut Value, path: &[String]) {
    let id = message_id(path);
    let has_description = node["description"].as_str().is_some_and(|d| !d.is_empty());
    let mut names = Map::new();
    let mut descriptions = Map::new();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        if !i18n::has_message(lang, &id) {
            continue;
        }
        let name = i18n::text(lang, &id, None);
        let description = has_description.then(|| i18n::attribute(lang, &id, "description", None));
        for locale in lang.discord_locales() {
            names.insert((*locale).into(), Value::String(name.clone()));
            if let Some(d) = &description {
                descriptions.insert((*locale).into(), Value::String(d.clone()));
            }
        }
    }
    if !names.is_empty() {
        node["name_localizations"] = Value::Object(names);
    }
    if !descriptions.is_empty() {
        node["description_localizations"] = Value::Object(descriptions);
    }
    if let Some(choices) = node.get_mut("choices").and_then(Value::as_array_mut) {
        for choice in choices {
            let value = match &choice["value"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let choice_id = format!("{id}-choice-{}", value.to_lowercase().replace(' ', "-"));
            let mut names = Map::new();
            for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
                if i18n::has_message(lang, &choice_id) {
                    let name = i18n::text(lang, &choice_id, None);
                    for locale in lang.discord_locales() {
                        names.insert((*locale).into(), Value::String(name.clone()));
                    }
                }
            }
            if !names.is_empty() {
                choice["name_localizations"] = Value::Object(names);
            }
        }
    }
    if let Some(options) = node.get_mut("options").and_then(Value::as_array_mut) {
        for option in options {
            let mut path = path.to_vec();
            path.push(option["name"].as_str().unwrap_or_default().to_string());
            localise(option, &path);
        }
    }
}

/// Each declared name, description and choice name with the English message it should
/// equal: `(message id, attribute, declared text)`. The catalogue must say the same (a test
/// holds it to it), so English is written once, in the declarations.
pub fn declared_texts() -> Vec<(String, Option<&'static str>, String)> {
    fn walk(node: &Value, path: &[String], out: &mut Vec<(String, Option<&'static str>, String)>) {
        let id = message_id(path);
        out.push((
            id.clone(),
            None,
            node["name"].as_str().unwrap_or_default().into(),
        ));
        if let Some(d) = node["description"].as_str().filter(|d| !d.is_empty()) {
            out.push((id.clone(), Some("description"), d.into()));
        }
        for choice in node["choices"].as_array().into_iter().flatten() {
            let value = match &choice["value"] {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            out.push((
                format!("{id}-choice-{}", value.to_lowercase().replace(' ', "-")),
                None,
                choice["name"].as_str().unwrap_or_default().into(),
            ));
        }
        for option in node["options"].as_array().into_iter().flatten() {
            let mut path = path.to_vec();
            path.push(option["name"].as_str().unwrap_or_default().to_string());
            walk(option, &path, out);
        }
    }
    let declared = serde_json::to_value(super::all()).expect("commands serialise");
    let mut out = Vec::new();
    for c in declared.as_array().into_iter().flatten() {
        walk(
            c,
            &[c["name"].as_str().unwrap_or_default().to_string()],
            &mut out,
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_catalogue_says_what_the_declarations_say() {
        for (id, attr, declared) in declared_texts() {
            let catalogue = match attr {
                Some(a) => i18n::attribute(Lang::En, &id, a, None),
                None => i18n::text(Lang::En, &id, None),
            };
            assert_eq!(catalogue, declared, "{id} {attr:?}");
        }
    }

    #[test]
    fn every_language_localises_every_command_option_and_choice() {
        let commands = all();
        let ticket = commands.iter().find(|c| c["name"] == "ticket").unwrap();
        assert_eq!(
            ticket["name_localizations"]["de"],
            i18n::text(Lang::De, "cmd-ticket", None)
        );
        fn count(node: &Value, missing: &mut Vec<String>) {
            for key in ["name_localizations"] {
                for locale in ["de", "fr", "es-ES", "es-419", "pt-BR", "ru"] {
                    if node[key][locale].as_str().is_none() {
                        missing.push(format!("{} {key} {locale}", node["name"]));
                    }
                }
            }
            for c in node["choices"].as_array().into_iter().flatten() {
                count(c, missing);
            }
            for o in node["options"].as_array().into_iter().flatten() {
                count(o, missing);
            }
        }
        let mut missing = Vec::new();
        for c in &commands {
            count(c, &mut missing);
        }
        assert!(missing.is_empty(), "{missing:?}");
    }
}
