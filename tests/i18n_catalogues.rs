//! The shipped catalogues (`locales/<lang>/*.ftl`): each parses cleanly, every language has
//! every English message and attribute and no other, each translation uses exactly the
//! variables of its English message, and the command names obey Discord's naming rules in
//! every language.

use concierge::i18n::{message_ids, variables_of, Lang};
use std::collections::BTreeMap;

fn ids(lang: Lang) -> BTreeMap<String, Vec<String>> {
    let mut out = BTreeMap::new();
    for (id, mut attrs) in message_ids(lang) {
        attrs.sort();
        assert!(
            out.insert(id.clone(), attrs).is_none(),
            "{lang}: message {id} is defined twice"
        );
    }
    out
}

#[test]
fn every_catalogue_parses() {
    for lang in Lang::ALL {
        for file in concierge::i18n::FILES {
            let path = format!("{}/locales/{lang}/{file}.ftl", env!("CARGO_MANIFEST_DIR"));
            let text = std::fs::read_to_string(&path).unwrap();
            if let Err((_, errors)) = fluent_syntax::parser::parse(text.as_str()) {
                panic!("{path}: {errors:?}");
            }
        }
    }
}

#[test]
fn every_language_has_every_message_and_no_other() {
    let english = ids(Lang::En);
    assert!(english.len() > 100, "the English catalogue is the source");
    for lang in Lang::ALL.into_iter().skip(1) {
        let theirs = ids(lang);
        let missing: Vec<&String> = english
            .keys()
            .filter(|k| !theirs.contains_key(*k))
            .collect();
        let extra: Vec<&String> = theirs
            .keys()
            .filter(|k| !english.contains_key(*k))
            .collect();
        assert!(missing.is_empty(), "{lang} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{lang} has messages English lacks: {extra:?}"
        );
        for (id, attrs) in &english {
            assert_eq!(&theirs[id], attrs, "{lang}: the attributes of {id}");
        }
    }
}

#[test]
fn translations_keep_every_variable() {
    for (id, attrs) in ids(Lang::En) {
        for attr in std::iter::once(None).chain(attrs.iter().map(|a| Some(a.as_str()))) {
            let english = variables_of(Lang::En, &id, attr);
            for lang in Lang::ALL.into_iter().skip(1) {
                assert_eq!(
                    variables_of(lang, &id, attr),
                    english,
                    "{lang}: {id}{} uses other variables than English",
                    attr.map(|a| format!(".{a}")).unwrap_or_default()
                );
            }
        }
    }
}

#[test]
fn command_names_follow_discords_rules_in_every_language() {
    let name = regex::Regex::new(r"^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$").unwrap();
    for lang in Lang::ALL {
        for (id, attrs) in ids(lang) {
            if !id.starts_with("cmd-") || id.contains("-choice-") {
                continue;
            }
            let text = concierge::i18n::text(lang, &id, None);
            if id == "cmd-answer-with-knowledge-base" {
                // A message command: any case, spaces allowed.
                assert!(
                    (1..=32).contains(&text.chars().count()),
                    "{lang}: {id} = {text}"
                );
                continue;
            }
            assert!(
                name.is_match(&text),
                "{lang}: {id} = {text:?} is no command name"
            );
            assert_eq!(
                text.to_lowercase(),
                text,
                "{lang}: {id} = {text:?} is not lowercase"
            );
            if attrs.iter().any(|a| a == "description") {
                let d = concierge::i18n::attribute(lang, &id, "description", None);
                assert!(
                    (1..=100).contains(&d.chars().count()),
                    "{lang}: {id}.description = {d:?}"
                );
            }
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    use concierge::t;
    let one = t!(Lang::En, "wait-days", days = 1);
    let two = t!(Lang::En, "wait-days", days = 2);
    assert_eq!(
        (one.as_str(), two.as_str()),
        ("within 1 day", "within 2 days")
    );
    // Russian has three forms for whole numbers: 1, 2-4, 5+.
    let ru: Vec<String> = [1, 3, 5, 21]
        .iter()
        .map(|n| t!(Lang::Ru, "wait-days", days = *n))
        .collect();
    assert_eq!(
        ru[0],
        ru[3].replace("21", "1"),
        "1 and 21 take the same form: {ru:?}"
    );
    assert_ne!(
        ru[1].replace('3', ""),
        ru[2].replace('5', ""),
        "2-4 and 5+ differ: {ru:?}"
    );
}
